"""End to end: build the real corpus through the CLI, read the outputs back with independent
parsers and ask the graph questions in SPARQL."""
import subprocess
import sys

import pyoxigraph
import pytest
from rdflib import Graph

KG = "https://w3id.org/kg-vn/ontology#"
RES = "https://w3id.org/kg-vn/resource/"


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus_dir):
    out = tmp_path_factory.mktemp("out")
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus_dir), "--out", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return out, run.stderr


@pytest.fixture(scope="module")
def store(built):
    s = pyoxigraph.Store()
    s.load(path=str(built[0] / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    return s


def ask(store, where: str) -> bool:
    return bool(store.query(f"PREFIX kg: <{KG}> PREFIX res: <{RES}> ASK {{ {where} }}"))


def test_summary_is_printed(built):
    assert "triples with evidence" in built[1] and "documents" in built[1]


@pytest.mark.parametrize("fact", [
    "res:cao-bang kg:bordersOn res:guangxi",
    "res:guangxi kg:locatedIn res:china",
    "res:quang-ninh kg:cooperatesWith res:guangxi",
    "res:resolution-59 kg:defines res:people-to-people-diplomacy",
    "res:pham-minh-chinh kg:holdsPosition res:prime-minister",
    "res:japan-mekong-delta-conference kg:heldIn res:can-tho",
    'res:meet-korea-2025 kg:heldOn "2025-05-14"^^<http://www.w3.org/2001/XMLSchema#date>',
])
def test_facts_of_the_articles(store, fact):
    assert ask(store, fact)


def test_every_fact_has_evidence_with_offsets_into_its_file(store, corpus_dir):
    rows = list(store.query(f"""PREFIX kg: <{KG}>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?doc ?text ?start ?end WHERE {{
          ?e a rdf:Statement ; prov:wasDerivedFrom ?doc ; kg:evidenceText ?text ; kg:charStart ?start ; kg:charEnd ?end }}"""))
    assert len(rows) > 50
    for row in rows:
        name = row["doc"].value.rsplit("doc-", 1)[1] + ".txt"
        original = (corpus_dir / name).read_text(encoding="utf-8")
        assert original[int(row["start"].value):int(row["end"].value)] == row["text"].value
    facts = list(store.query(f"""PREFIX kg: <{KG}>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?p ?o WHERE {{ ?s ?p ?o . FILTER(STRSTARTS(STR(?p), "{KG}"))
          FILTER(?p NOT IN (kg:evidenceText, kg:charStart, kg:charEnd, kg:extractor, kg:confidence, kg:language, kg:sourceFile, kg:characterCount,
                            kg:partOf, kg:mergedInto))
          FILTER NOT EXISTS {{ ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
          FILTER NOT EXISTS {{ ?s kg:locatedIn ?o }} }}"""))
    assert facts == []


def test_one_node_per_entity_across_languages(store):
    # Cao Bang is named in Ukrainian in four spellings and inflections: one node carries them all
    rows = list(store.query(f"""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?label WHERE {{ <{RES}cao-bang> skos:altLabel ?label }}"""))
    labels = {r["label"].value for r in rows}
    assert {"Каобані", "Цаобан", "Цао Банг"} <= labels
    nodes = list(store.query(f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?n WHERE {{ ?n rdfs:label "Cao Bang"@en }}"""))
    assert len(nodes) == 1


def test_turtle_is_read_by_rdflib_too(built, store):
    g = Graph()
    g.parse(built[0] / "graph.ttl", format="turtle")
    assert len(g) == len(store)


def test_builds_are_byte_identical(built, corpus_dir, tmp_path):
    subprocess.run([sys.executable, "-m", "kg", "build", str(corpus_dir), "--out", str(tmp_path), "--quiet"],
                   check=True)
    for name in ("graph.ttl", "graph.cypher"):
        assert (tmp_path / name).read_bytes() == (built[0] / name).read_bytes()


def test_cypher_script_shape(built):
    script = (built[0] / "graph.cypher").read_text(encoding="utf-8")
    statements = [s for s in script.split(";\n") if s.strip()]
    assert statements[0].startswith("CREATE CONSTRAINT") and "IF NOT EXISTS" in statements[0]
    assert any(":COOPERATES_WITH]" in s for s in statements)
    assert all(s.startswith(("CREATE CONSTRAINT", "UNWIND")) for s in statements)


def test_written_graph_reads_back_to_the_same_outputs(built, tmp_path):
    """load_graph(out/) gives a KnowledgeGraph whose Turtle and Cypher are byte-identical to the build's."""
    from kg.export.cypher import write_cypher
    from kg.export.rdf_formats import write_turtle
    from kg.graph import load_graph

    graph = load_graph(built[0])
    assert {d.lang for d in graph.documents} >= {"ru", "uk", "pl", "de"}
    assert graph.entities["cao-bang"].cls == "Locality"
    write_turtle(graph, tmp_path / "graph.ttl")
    write_cypher(graph, tmp_path / "graph.cypher")
    assert (tmp_path / "graph.ttl").read_bytes() == (built[0] / "graph.ttl").read_bytes()
    assert (tmp_path / "graph.cypher").read_bytes() == (built[0] / "graph.cypher").read_bytes()


def test_load_graph_refuses_a_folder_without_a_graph(tmp_path):
    from kg.errors import KgError
    from kg.graph import load_graph

    with pytest.raises(KgError, match="no built graph"):
        load_graph(tmp_path)
