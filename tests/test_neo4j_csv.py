"""neo4j-csv/: the bulk-import files read back with Python's csv module hold the graph of graph.ttl, with the
headers neo4j-admin expects; quotes, line breaks and delimiters in texts survive."""
from __future__ import annotations

import csv
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from expected_graph import GraphView, from_turtle
from kg.errors import KgError
from kg.export import FORMATS
from kg.export.neo4j_csv import ARRAY_DELIMITER, FILES, IMPORT, LINK_FILES, write_neo4j_csv
from kg.graph import KnowledgeGraph
from kg.graph.knowledge_graph import SourceDocument
from kg.model import Evidence, Fact, Triple
from kg.resolve import Entity

README = Path(__file__).resolve().parents[1] / "README.md"
HEADER = re.compile(r"(\w*):(ID\((Entity|Document|Evidence)\)|START_ID\((Entity|Document|Evidence)\)"
                    r"|END_ID\((Entity|Document)\)|TYPE|LABEL)"
                    r"|\w+:(string|long|double|boolean|date)(\[\])?")


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def array(row: dict[str, str], column: str) -> list[str]:
    return row[column].split(ARRAY_DELIMITER) if row.get(column) else []


def view(folder: Path) -> GraphView:
    """The graph the three files describe, keyed by IRI as in expected_graph."""
    _, documents = read(folder / "documents.csv")
    _, entities = read(folder / "entities.csv")
    _, relationships = read(folder / "relationships.csv")
    _, evidence = read(folder / "evidence.csv")
    iri = {row["id:ID(Entity)"]: row["iri:string"] for row in entities}
    iri |= {row["id:ID(Document)"]: row["iri:string"] for row in documents}
    iri |= {row["id:ID(Evidence)"]: row["iri:string"] for row in evidence}
    labels = {row["iri:string"]: frozenset(array(row, ":LABEL")) for row in documents + entities + evidence}
    names = {}
    for row in entities:
        found = {(row["name:string"], "en")} | ({(row["name_vi:string"], "vi")} if row.get("name_vi:string") else set())
        for column in row:
            if column.startswith("names_"):
                found |= {(name, column[len("names_"):].split(":")[0]) for name in array(row, column)}
        names[row["iri:string"]] = frozenset(found)
    sentences = {(iri[r[":START_ID(Entity)"]], r[":TYPE"], iri[r[":END_ID(Entity)"]]): sorted(array(r, "sentences:string[]"))
                 for r in relationships}
    for (start, _, end), name in LINK_FILES.items():
        _, links = read(folder / name)
        sentences |= {(iri[r[f":START_ID({start})"]], r[":TYPE"], iri[r[f":END_ID({end})"]]): [] for r in links}
    dates = {(row["iri:string"], "heldOn"): row["heldOn:date"] for row in entities if row.get("heldOn:date")}
    return GraphView(labels, names, sentences, dates)


@pytest.fixture(scope="module")
def exported(corpus_build, tmp_path_factory) -> Path:
    from kg.graph import load_graph

    folder_name, writer = FORMATS["neo4j-csv"]
    folder = tmp_path_factory.mktemp("csv") / folder_name
    writer(load_graph(corpus_build[0]), folder)
    return folder


def test_files_and_headers(exported):
    assert sorted(p.name for p in exported.iterdir()) == sorted(FILES)
    leading = {"documents.csv": ["id:ID(Document)", ":LABEL"], "entities.csv": ["id:ID(Entity)", ":LABEL"],
               "relationships.csv": [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"],
               "evidence.csv": ["id:ID(Evidence)", ":LABEL"], "mentions.csv": [":START_ID(Document)", ":END_ID(Entity)", ":TYPE"],
               "from_document.csv": [":START_ID(Evidence)", ":END_ID(Document)", ":TYPE"],
               "subject.csv": [":START_ID(Evidence)", ":END_ID(Entity)", ":TYPE"],
               "object.csv": [":START_ID(Evidence)", ":END_ID(Entity)", ":TYPE"]}
    for name, first in leading.items():
        header, rows = read(exported / name)
        assert header[:len(first)] == first and rows
        assert all(HEADER.fullmatch(column) for column in header), header
    header, _ = read(exported / "entities.csv")
    assert {"names_ru:string[]", "names_uk:string[]", "heldOn:date", "name:string", "iri:string"} <= set(header)
    header, _ = read(exported / "relationships.csv")
    assert {"confidence:double", "sentences:string[]", "char_starts:long[]", "documents:string[]"} <= set(header)


def test_csv_holds_the_graph_of_graph_ttl(exported, corpus_build):
    expected = from_turtle(corpus_build[0] / "graph.ttl")
    actual = view(exported)
    assert actual.counts == expected.counts
    assert actual.labels == expected.labels
    assert actual.names == expected.names
    assert actual.sentences == expected.sentences
    assert actual.dates == expected.dates and actual.dates


def test_relationships_reference_existing_nodes_and_arrays_align(exported):
    _, entities = read(exported / "entities.csv")
    ids = {row["id:ID(Entity)"] for row in entities}
    assert len(ids) == len(entities)
    _, relationships = read(exported / "relationships.csv")
    for row in relationships:
        assert row[":START_ID(Entity)"] in ids and row[":END_ID(Entity)"] in ids
        assert re.fullmatch(r"[A-Z]+(_[A-Z]+)*", row[":TYPE"])
        n = len(array(row, "sentences:string[]"))
        for column in ("char_starts:long[]", "char_ends:long[]", "confidences:double[]", "sentence_documents:string[]"):
            assert len(array(row, column)) == n, column
        if n:
            assert float(row["confidence:double"]) == max(map(float, array(row, "confidences:double[]")))
            assert all(int(s) < int(e) for s, e in zip(array(row, "char_starts:long[]"), array(row, "char_ends:long[]")))
        else:
            assert row["source:string"] == "lexicon"


def test_export_is_byte_identical(exported, corpus_build, tmp_path):
    from kg.graph import load_graph

    write_neo4j_csv(load_graph(corpus_build[0]), tmp_path / "again")
    for name in FILES:
        assert (tmp_path / "again" / name).read_bytes() == (exported / name).read_bytes()


def test_readme_gives_the_import_command():
    assert IMPORT in README.read_text(encoding="utf-8")
    for name in FILES:
        assert f"neo4j-csv/{name}" in IMPORT
    assert "--array-delimiter=U+001F" in IMPORT and ARRAY_DELIMITER == "\u001f"


def small_graph(name: str, alt: str, sentence: str) -> KnowledgeGraph:
    entities = {"a": Entity("a", "Locality", name, None, {(alt, "ru")}), "b": Entity("b", "Country", "B", None, set())}
    evidence = Evidence("d", "ru", sentence, 0, max(1, len(sentence)), "rule:test", 0.5)
    return KnowledgeGraph(entities, [Fact(Triple("a", "cooperatesWith", "b"), evidence)],
                          [SourceDocument("d", "d.txt", "ru", 1)])


# any text of a UTF-8 file except the array delimiter, which the writer refuses (tested below)
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters=ARRAY_DELIMITER), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(name=TEXT, alt=TEXT, sentence=TEXT)
def test_any_text_round_trips(name, alt, sentence):
    with tempfile.TemporaryDirectory() as folder:
        write_neo4j_csv(small_graph(name, alt, sentence), Path(folder))
        _, entities = read(Path(folder) / "entities.csv")
        _, relationships = read(Path(folder) / "relationships.csv")
    locality = next(row for row in entities if row["id:ID(Entity)"] == "a")
    assert locality["name:string"] == name
    assert array(locality, "names_ru:string[]") == [alt]
    assert array(relationships[0], "sentences:string[]") == [sentence]


def test_quotes_commas_semicolons_and_line_breaks_round_trip(tmp_path):
    name, alt, sentence = 'say "hi", it\'s; fine', "В'єтнам «м’який бар’єр»", "line one\nline two\r\n\"quoted\", a;b|c"
    write_neo4j_csv(small_graph(name, alt, sentence), tmp_path)
    _, entities = read(tmp_path / "entities.csv")
    _, relationships = read(tmp_path / "relationships.csv")
    locality = next(row for row in entities if row["id:ID(Entity)"] == "a")
    assert locality["name:string"] == name and array(locality, "names_ru:string[]") == [alt]
    assert array(relationships[0], "sentences:string[]") == [sentence]


def test_a_text_holding_the_array_delimiter_is_refused(tmp_path):
    with pytest.raises(KgError, match="U\\+001F"):
        write_neo4j_csv(small_graph("A", "x\x1fy", "s"), tmp_path)
