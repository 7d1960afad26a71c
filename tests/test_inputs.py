"""Inputs beyond text files: standard input (`kg build -`), JSON Lines records, HTML pages, texts given to
kg.build with a progress callback, and the sample articles of examples/; and the CLI's -o, --json and --quiet.
Every evidence span is checked against the text it counts characters of (the record's text, the extracted
text of the page, what came on standard input)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import XSD

import kg
from kg.errors import KgError
from kg.export.write import write_outputs
from kg.graph import load_graph
from kg.pipeline import build_documents
from kg.read import read_inputs
from kg.read.html import extract_page

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
DCT = Namespace("http://purl.org/dc/terms/")
KG = Namespace("https://w3id.org/kg-vn/ontology#")
RES = Namespace("https://w3id.org/kg-vn/resource/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ENGLISH = "Da Nang cooperates with JICA and GIZ. Cao Bang borders Guangxi."
RECORDS = [
    {"id": "a1", "text": ENGLISH, "lang": "en", "url": "https://example.org/news/a1", "date": "2025-03-14",
     "title": "Da Nang and JICA", "section": "world"},
    {"id": "a2", "text": "Tỉnh Cao Bằng hợp tác với tỉnh Quảng Tây, Trung Quốc.", "date": "2025-03-15T09:30:00+07:00"},
    {"id": 7, "text": "Хайфон сотрудничает с Японией в области образования."},
]
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Da Nang and JICA sign a plan | Example News</title>
<meta property="og:title" content="Da Nang and JICA sign a plan">
<meta property="article:published_time" content="2025-03-14">
<link rel="canonical" href="https://example.org/news/da-nang-jica"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Da Nang and JICA sign a plan</h1>
<p>Da Nang cooperates with JICA and GIZ on urban transport &amp; flood control.</p>
<p>Cao Bang borders Guangxi. The province attracts investment from Japan and South Korea.</p></article>
<footer>Copyright 2025 Example News. Comments (0)</footer></body></html>"""


def run_kg(*args, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], input=stdin if stdin is not None else b"",
                          capture_output=True, timeout=timeout)


def refused(run: subprocess.CompletedProcess, *words: str) -> None:
    """Exit 2 with one line on stderr holding every word, and no traceback."""
    lines = run.stderr.decode().strip().splitlines()
    assert run.returncode == 2 and len(lines) == 1, run.stderr.decode()
    assert lines[0].startswith("error: ") and all(w in lines[0] for w in words), lines[0]


def turtle(out: Path) -> Graph:
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    return g


def spans(g: Graph) -> list[tuple[str, int, int, str]]:
    """(document label, start, end, evidence text) of every evidence statement."""
    rows = g.query("""SELECT ?label ?start ?end ?text WHERE { ?e kg:charStart ?start ; kg:charEnd ?end ;
                      kg:evidenceText ?text ; prov:wasDerivedFrom ?d . ?d rdfs:label ?label }""",
                   initNs={"kg": KG, "prov": PROV})
    return [(str(label), int(start), int(end), str(text)) for label, start, end, text in rows]


def check_spans(g: Graph, texts: dict[str, str]) -> int:
    found = spans(g)
    for label, start, end, text in found:
        assert texts[label][start:end] == text, (label, start, end)
    return len(found)


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n"
                            for line in lines), encoding="utf-8")
    return path


# ---------------------------------------------------------------- standard input

def test_kg_build_dash_reads_standard_input(tmp_path):
    out = tmp_path / "out"
    run = run_kg("build", "-", "-o", out, "--quiet", "--no-cache", "--workers", "1", stdin=ENGLISH.encode())
    assert run.returncode == 0, run.stderr.decode()
    g = turtle(out)
    doc = RES["doc-stdin"]
    assert (doc, KG.sourceFile, Literal("<stdin>")) in g and (doc, KG.characterCount, Literal(len(ENGLISH))) in g
    assert (RES["da-nang"], KG.cooperatesWith, RES["jica"]) in g
    assert check_spans(g, {"stdin": ENGLISH}) >= 2


@pytest.mark.parametrize("data, words", [
    (b"", ["standard input", "empty"]),
    (b"  \n\t\n", ["standard input", "empty"]),
    (b"\x89PNG\r\n\x1a\n\x00\x00", ["standard input", "binary"]),
    ("河内与日本合作，这是中文段落。".encode(), ["standard input", "CJK"]),
])
def test_bad_standard_input_is_refused_with_one_line(tmp_path, data, words):
    out = tmp_path / "out"
    refused(run_kg("build", "-", "--out", out, "--no-cache", stdin=data), *words)
    assert not out.exists()


def test_standard_input_is_read_once(tmp_path):
    with pytest.raises(KgError, match="only once"):
        read_inputs(["-", "-"])


# ---------------------------------------------------------------- JSON Lines

@pytest.fixture(scope="module")
def jsonl_build(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("jsonl")
    (folder / "in").mkdir()
    write_jsonl(folder / "in" / "articles.jsonl", RECORDS[:1] + [""] + RECORDS[1:])     # a blank line is skipped
    docs = read_inputs([folder / "in"]).documents
    out = folder / "out"
    write_outputs(build_documents(docs), out, ["turtle", "cypher", "neo4j-csv"])
    return out


def test_jsonl_records_are_documents_with_their_metadata_in_the_turtle(jsonl_build):
    g = turtle(jsonl_build)
    a1, a2, a7 = RES["doc-a1"], RES["doc-a2"], RES["doc-7"]
    assert (a1, DCT.source, URIRef("https://example.org/news/a1")) in g
    assert (a1, DCT.date, Literal("2025-03-14", datatype=XSD.date)) in g
    assert (a1, DCT.title, Literal("Da Nang and JICA")) in g
    assert (a2, DCT.date, Literal("2025-03-15T09:30:00+07:00", datatype=XSD.dateTime)) in g
    assert not list(g.objects(a7, DCT.source)) and not list(g.objects(a7, DCT.title))
    for doc in (a1, a2, a7):
        assert (doc, KG.sourceFile, Literal("articles.jsonl")) in g
    assert (a1, KG.language, Literal("en")) in g and (a7, KG.language, Literal("ru")) in g
    assert (RES["da-nang"], KG.cooperatesWith, RES["jica"]) in g
    assert (RES["cao-bang"], KG.cooperatesWith, RES["guangxi"]) in g
    texts = {str(r["id"]): r["text"] for r in RECORDS}
    assert check_spans(g, texts) >= 4
    assert {label for label, *_ in spans(g)} == {"a1", "a2", "7"}


def test_jsonl_metadata_reaches_the_property_graph_and_survives_a_reread(jsonl_build):
    from kg.validate import validate_file

    cypher = (jsonl_build / "graph.cypher").read_text(encoding="utf-8")
    assert "`url`: 'https://example.org/news/a1'" in cypher and "`title`: 'Da Nang and JICA'" in cypher
    import csv

    with (jsonl_build / "neo4j-csv" / "documents.csv").open(encoding="utf-8", newline="") as f:
        rows = {row["id:ID(Document)"]: row for row in csv.DictReader(f)}
    assert rows["a1"]["url:string"] == "https://example.org/news/a1" and rows["a1"]["date:string"] == "2025-03-14"
    assert rows["a1"]["title:string"] == "Da Nang and JICA" and rows["7"]["url:string"] == ""
    docs = {d.id: d for d in load_graph(jsonl_build).documents}
    assert (docs["a1"].url, docs["a1"].date, docs["a1"].title) == ("https://example.org/news/a1", "2025-03-14",
                                                                    "Da Nang and JICA")
    assert docs["a2"].date == "2025-03-15T09:30:00+07:00" and docs["7"].url is None
    assert validate_file(jsonl_build) == []


def test_the_shapes_check_document_metadata(jsonl_build, tmp_path):
    from kg.validate import validate_file

    text = (jsonl_build / "graph.ttl").read_text(encoding="utf-8")
    broken = text.replace('"2025-03-14"^^xsd:date', '"14 March"').replace("<https://example.org/news/a1>",
                                                                       '"https://example.org/news/a1"')
    assert broken != text
    (tmp_path / "broken.ttl").write_text(broken + '\nres:doc-a1 dcterms:title "Second title" .\n', encoding="utf-8")
    found = {(v.focus, v.path) for v in validate_file(tmp_path / "broken.ttl")}
    assert found == {("res:doc-a1", "dcterms:date"), ("res:doc-a1", "dcterms:source"), ("res:doc-a1", "dcterms:title")}


GOOD_LINE = {"id": "ok", "text": ENGLISH}
BAD_LINES = [
    ("{not json", "not JSON"),
    ('["a list"]', "not a JSON object"),
    ({"text": ENGLISH}, "no 'id'"),
    ({"id": "x"}, "no 'text'"),
    ({"id": "", "text": ENGLISH}, "'id' must be a non-empty string"),
    ({"id": ["x"], "text": ENGLISH}, "'id' must be a non-empty string"),
    ({"id": "x", "text": 42}, "'text' must be a string, not a number"),
    ({"id": "x", "text": "   "}, "empty text"),
    ({"id": "x", "text": ENGLISH, "lang": "zz"}, "unknown language 'zz'"),
    ({"id": "x", "text": "河内与日本合作，这是中文段落。"}, "the letters are CJK"),
    ({"id": "x", "text": ENGLISH, "date": "14/03/2025"}, "is not YYYY-MM-DD"),
    ({"id": "x", "text": ENGLISH, "date": "2025-02-30"}, "is not YYYY-MM-DD"),
    ({"id": "x", "text": ENGLISH, "url": "example.org/a"}, "not an absolute address"),
    ({"id": "x", "text": ENGLISH, "url": "https://example.org/a b"}, "not a valid IRI"),
    ({"id": "x", "text": ENGLISH, "title": 3}, "'title' must be a string"),
    ({"id": "ok", "text": ENGLISH}, "duplicate id 'ok' (first on line 1)"),
]


@pytest.mark.parametrize("line, reason", BAD_LINES, ids=[reason for _, reason in BAD_LINES])
def test_a_bad_record_is_refused_naming_file_and_line_or_skipped(tmp_path, line, reason):
    path = write_jsonl(tmp_path / "in.jsonl", [GOOD_LINE, line])
    with pytest.raises(KgError, match=f"^{path}:2: .*" + reason.replace("(", r"\(").replace(")", r"\)")):
        read_inputs([path])
    read = read_inputs([path], skip_bad=True)
    assert [d.id for d in read.documents] == ["ok"]
    assert len(read.refused) == 1 and read.refused[0].startswith(f"{path}:2: ") and reason in read.refused[0]


def test_bad_records_through_the_cli(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [GOOD_LINE, {"id": "x", "text": 42}, "{oops"])
    out = tmp_path / "out"
    refused(run_kg("build", path, "-o", out, "--no-cache"), f"{path}:2:", "'text' must be a string")
    assert not out.exists()
    run = run_kg("build", path, "-o", out, "--on-error", "skip", "--no-cache", "--workers", "1", "--json")
    assert run.returncode == 0, run.stderr.decode()
    stderr = run.stderr.decode()
    assert f"skipped {path}:2:" in stderr and f"skipped {path}:3: not JSON" in stderr
    summary = json.loads(run.stdout)
    assert summary["documents"] == 1 and len(summary["skipped"]) == 2


def test_an_empty_jsonl_file_and_a_record_id_shared_with_a_file_are_refused(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(KgError, match="empty.jsonl: empty file"):
        read_inputs([tmp_path / "empty.jsonl"])
    write_jsonl(tmp_path / "in.jsonl", [{"id": "note", "text": ENGLISH}])
    (tmp_path / "note.txt").write_text(ENGLISH, encoding="utf-8")
    with pytest.raises(KgError, match="share the document id 'note'"):
        read_inputs([tmp_path / "in.jsonl", tmp_path / "note.txt"])


def test_a_record_lang_wins_over_the_default_language(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ENGLISH, "lang": "en"}, {"id": "b", "text": ENGLISH}])
    assert [d.lang for d in read_inputs([path], lang="vi").documents] == ["en", "vi"]


# ---------------------------------------------------------------- HTML

def test_an_html_page_builds_from_its_main_text_with_offsets_into_that_text(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    extracted = extract_page(PAGE.encode(), "page.html").text
    assert "Home" not in extracted and "Copyright" not in extracted and "&amp;" not in extracted
    docs = read_inputs([tmp_path]).documents
    assert [(d.id, d.text) for d in docs] == [("page", extracted)]
    out = tmp_path / "out"
    write_outputs(build_documents(docs), out, ["turtle"])
    g = turtle(out)
    doc = RES["doc-page"]
    assert (doc, KG.sourceFile, Literal("page.html")) in g
    assert (doc, KG.characterCount, Literal(len(extracted))) in g
    assert (doc, DCT.title, Literal("Da Nang and JICA sign a plan")) in g
    assert (doc, DCT.date, Literal("2025-03-14", datatype=XSD.date)) in g
    assert (doc, DCT.source, URIRef("https://example.org/news/da-nang-jica")) in g
    assert (RES["cao-bang"], KG.bordersOn, RES["guangxi"]) in g
    assert check_spans(g, {"page": extracted}) >= 3


@pytest.mark.parametrize("name, data, reason", [
    ("nav.htm", b"<html><head><title>x</title></head><body></body></html>", "no text could be extracted"),
    ("bin.html", b"<html>\x00\x00\x01</html>", "binary data"),
    ("zh.html", "<html><body><article><p>河内与日本合作，这是中文段落。河内与日本合作。</p></article></body></html>".encode(),
     "the letters are CJK"),
])
def test_an_html_page_without_text_kg_reads_is_refused(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(KgError, match=f"{name}: .*{reason}"):
        read_inputs([tmp_path / name])


# ---------------------------------------------------------------- Python API

def test_kg_build_takes_texts_and_calls_progress_per_document():
    calls = []
    graph = kg.build(texts=[ENGLISH, ("hai-phong", "Хайфон сотрудничает с Японией в области образования."),
                            {"id": "rec", "text": "Tỉnh Cao Bằng hợp tác với tỉnh Quảng Tây, Trung Quốc.",
                             "url": "https://example.org/rec", "title": "Cao Bằng"}],
                     progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    docs = {d.id: d for d in graph.documents}
    assert set(docs) == {"text-1", "hai-phong", "rec"}
    assert (docs["rec"].url, docs["rec"].title, docs["hai-phong"].lang) == ("https://example.org/rec", "Cao Bằng", "ru")
    triples = {(t.subject, t.predicate, t.object) for t in graph.evidence}
    assert {("da-nang", "cooperatesWith", "jica"), ("hai-phong", "cooperatesWith", "japan"),
            ("cao-bang", "cooperatesWith", "guangxi")} <= triples
    texts = {"text-1": ENGLISH}
    for ev in (e for evs in graph.evidence.values() for e in evs if e.doc_id == "text-1"):
        assert texts["text-1"][ev.start:ev.end] == ev.sentence


def test_kg_build_mixes_paths_and_texts_and_refuses_bad_texts(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    graph = kg.build(tmp_path / "a.txt", texts=[("b", "Cao Bang borders Guangxi. Da Nang cooperates with JICA.")])
    assert [d.id for d in graph.documents] == ["a", "b"]
    for texts, message in ((["ok", ""], r"texts\[1\].*empty text"), ([("a", ENGLISH)], "share the document id 'a'"),
                           ([("x", "y", "z")], "two items"), ([42], "not a number"),
                           ([{"id": "x", "text": ENGLISH, "lang": "xx"}], "unknown language")):
        with pytest.raises(KgError, match=message):
            kg.build(tmp_path / "a.txt", texts=texts)
    with pytest.raises(KgError, match="no input"):
        kg.build(texts=[])


# ---------------------------------------------------------------- examples/ and the CLI options

@pytest.fixture(scope="module")
def examples_build(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("examples") / "out"
    run = run_kg("build", EXAMPLES, "-o", out, "--json", "--no-cache")
    assert run.returncode == 0, run.stderr.decode()
    return out, run


def test_examples_build_in_every_language_with_a_json_summary(examples_build):
    out, run = examples_build
    summary = json.loads(run.stdout)     # stdout holds the JSON alone; the table went to stderr
    assert "kg build" in run.stderr.decode()
    assert summary["kg_version"] == kg.__version__
    assert summary["documents"] == 9 and set(summary["languages"]) == {"ru", "uk", "pl", "de", "en", "fr", "vi"}
    assert summary["shacl_violations"] == 0 and summary["skipped"] == []
    assert summary["triples"]["cooperatesWith"] >= 5 and summary["triples"]["bordersOn"] >= 2
    assert summary["entities"]["Locality"] >= 5 and summary["seconds"] > 0
    assert summary["outputs"] == [str(out / "graph.ttl"), str(out / "graph.cypher")]
    g = turtle(out)
    files = {str(f) for f in g.objects(None, KG.sourceFile)}
    assert {"briefs.jsonl", "quang-ninh-korea.html", "vi-cao-bang.txt"} <= files
    assert (RES["doc-brief-quang-ninh"], DCT.title, Literal("Куангнінь і Гуансі")) in g
    assert (RES["doc-quang-ninh-korea"], DCT.date, Literal("2025-11-04", datatype=XSD.date)) in g
    texts = {p.stem: p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.txt")}
    texts |= {str(r["id"]): r["text"] for r in map(json.loads, (EXAMPLES / "briefs.jsonl").read_text("utf-8").splitlines())}
    texts["quang-ninh-korea"] = extract_page((EXAMPLES / "quang-ninh-korea.html").read_bytes(), "page").text
    assert check_spans(g, texts) >= 20
    assert {label for label, *_ in spans(g)} == set(texts)      # every example states some fact


def test_validate_and_query_quiet_print_only_the_result(examples_build):
    out, _ = examples_build
    run = run_kg("validate", out, "--quiet")
    assert run.returncode == 0 and run.stdout == b"" and run.stderr == b""
    (out.parent / "broken.ttl").write_text("@prefix kg: <https://w3id.org/kg-vn/ontology#> .\n"
                                           "<https://w3id.org/kg-vn/resource/x> a kg:Locality .\n", encoding="utf-8")
    run = run_kg("validate", out.parent / "broken.ttl", "--quiet")
    assert run.returncode == 1 and run.stdout == b"" and run.stderr == b""
    run = run_kg("query", out, "SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Document }", "--quiet")
    assert run.returncode == 0 and run.stderr == b"" and b"9" in run.stdout
    loud = run_kg("query", out, "SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Document }")
    assert b"1 row" in loud.stderr


def test_texts_as_one_string_or_record_and_an_empty_lang_means_none():
    from kg.read import text_documents

    assert [(d.id, d.text) for d in text_documents(ENGLISH)] == [("text-1", ENGLISH)]
    docs = text_documents({"id": "r", "text": ENGLISH, "lang": "", "url": "", "date": None})
    assert [(d.id, d.lang, d.url, d.date, d.path) for d in docs] == [("r", None, None, None, "<text>")]
