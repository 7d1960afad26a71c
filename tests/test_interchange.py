"""`kg export` to GraphML, GEXF, CSV, Parquet and compact JSON-LD: each read back by independent readers
(networkx and igraph for GraphML, networkx and lxml for GEXF, pandas and pyarrow for Parquet, Python's csv and
pandas for CSV, Jena and pyoxigraph for JSON-LD) holds the entities and entity-to-entity triples of graph.ttl."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pyoxigraph
import pytest

import jena
from expected_graph import from_turtle, upper_snake
from graphs import NASTY, graph_with
from kg.export import FORMATS
from kg.graph import load_graph
from kg.graph.tables import EDGE_COLUMNS, NODE_COLUMNS

RES = "https://w3id.org/kg-vn/resource/"
TABLE_FORMATS = ["graphml", "gexf", "csv", "parquet", "jsonld-compact"]


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def exported(corpus_build, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("interchange")
    run = kg("export", corpus_build[0], *[a for f in TABLE_FORMATS for a in ("--format", f)], "--to", out, "--quiet")
    assert run.returncode == 0, run.stderr
    return out


@pytest.fixture(scope="module")
def expected(corpus_build):
    """Entity ids and (subject, relation, object) → sorted sentences, read from graph.ttl with SPARQL."""
    view = from_turtle(corpus_build[0] / "graph.ttl")
    nodes = {iri[len(RES):] for iri, labels in view.labels.items() if "Entity" in labels}
    edges = {(s[len(RES):], t, o[len(RES):]): sentences for (s, t, o), sentences in view.sentences.items()
             if "Entity" in view.labels[s] and "Entity" in view.labels[o]}      # not the provenance links
    assert len(nodes) > 100 and len(edges) > 100
    return nodes, edges


def edges_of(rows) -> dict[tuple[str, str, str], list[str]]:
    """(source, RELATION, target) → sorted sentences of rows with source, relation, target, evidence (a list)."""
    return {(r["source"], upper_snake(r["relation"]), r["target"]): sorted(r["evidence"]) for r in rows}


def test_every_format_has_a_row_in_the_registry():
    assert {f: FORMATS[f][0] for f in TABLE_FORMATS} == {
        "graphml": "graph.graphml", "gexf": "graph.gexf", "csv": "csv", "parquet": "parquet",
        "jsonld-compact": "graph.compact.jsonld"}


def test_graphml_read_by_networkx_and_igraph(exported, expected):
    import igraph

    g = nx.read_graphml(exported / "graph.graphml")
    assert set(g.nodes) == expected[0]
    rows = [{"source": s, "target": o, **d, "evidence": json.loads(d.get("evidence", "[]"))}
            for s, o, d in g.edges(data=True)]
    assert g.number_of_edges() == len(expected[1]) and edges_of(rows) == expected[1]
    assert g.nodes["cao-bang"]["cls"] == "Locality" and "Каобанг" in json.loads(g.nodes["cao-bang"]["names_ru"])
    other = igraph.Graph.Read_GraphML(str(exported / "graph.graphml"))
    assert (other.vcount(), other.ecount()) == (len(expected[0]), len(expected[1]))
    assert set(other.vs["id"]) == expected[0]
    assert {(other.vs[e.source]["id"], upper_snake(e["relation"]), other.vs[e.target]["id"]) for e in other.es} \
        == set(expected[1])


def test_gexf_read_by_networkx_and_lxml(exported, expected):
    from lxml import etree

    g = nx.read_gexf(exported / "graph.gexf")
    assert set(g.nodes) == expected[0] and g.nodes["cao-bang"]["label"] == "Cao Bang"
    rows = [{"source": s, "target": o, **d, "evidence": json.loads(d.get("evidence", "[]"))}
            for s, o, d in g.edges(data=True)]
    assert g.number_of_edges() == len(expected[1]) and edges_of(rows) == expected[1]
    tree = etree.parse(str(exported / "graph.gexf"))
    ns = {"g": "http://www.gexf.net/1.2draft"}
    assert len(tree.findall(".//g:nodes/g:node", ns)) == len(expected[0])
    edge_ids = [e.get("id") for e in tree.findall(".//g:edges/g:edge", ns)]
    assert len(edge_ids) == len(set(edge_ids)) == len(expected[1])        # GEXF edge ids are unique
    assert tree.find(".//g:meta", ns).get("lastmodifieddate") is None


def test_parquet_read_by_pyarrow_and_pandas(exported, expected):
    nodes = pq.read_table(exported / "parquet" / "nodes.parquet")
    edges = pq.read_table(exported / "parquet" / "edges.parquet")
    assert nodes.column_names[:len(NODE_COLUMNS)] == list(NODE_COLUMNS) and edges.column_names == list(EDGE_COLUMNS)
    assert edges.schema.field("documents").type.value_type == pa.string()
    assert str(edges.schema.field("confidence").type) == "double"
    assert set(nodes.column("id").to_pylist()) == expected[0]
    assert edges_of(edges.to_pylist()) == expected[1] and edges.num_rows == len(expected[1])
    frame = pd.read_parquet(exported / "parquet" / "edges.parquet")
    assert len(frame) == len(expected[1]) and len(pd.read_parquet(exported / "parquet" / "nodes.parquet")) == len(expected[0])
    lexicon = frame[frame.origin == "lexicon"]
    assert len(lexicon) and lexicon.confidence.isna().all() and (frame[frame.origin == "text"].confidence > 0).all()


def test_csv_read_by_csv_and_pandas(exported, expected):
    with (exported / "csv" / "edges.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert edges_of([{**r, "evidence": json.loads(r["evidence"])} for r in rows]) == expected[1]
    nodes = pd.read_csv(exported / "csv" / "nodes.csv", keep_default_na=False)
    assert set(nodes["id"]) == expected[0] and len(nodes) == len(expected[0])
    assert len(pd.read_csv(exported / "csv" / "edges.csv")) == len(expected[1])


def test_compact_jsonld_has_a_context_from_the_ontology_and_the_turtles_triples(exported, corpus_build):
    path = exported / "graph.compact.jsonld"
    doc = json.loads(path.read_text(encoding="utf-8"))
    context = doc["@context"]
    assert context["cooperatesWith"] == {"@id": "kg:cooperatesWith", "@type": "@id"}
    assert context["heldOn"] == {"@id": "kg:heldOn", "@type": "xsd:date"} and context["Locality"] == "kg:Locality"
    cao_bang = next(n for n in doc["@graph"] if n["@id"] == "res:cao-bang")
    assert cao_bang["@type"] == "Locality" and cao_bang["bordersOn"] == "res:guangxi"
    run = jena.validate(path)
    assert run.returncode == 0 and "WARN" not in run.stdout + run.stderr, run.stdout + run.stderr
    turtle = {str(q.triple) for q in pyoxigraph.parse(path=str(corpus_build[0] / "graph.ttl"),
                                                        format=pyoxigraph.RdfFormat.TURTLE)}
    assert jena.counted(run) == len(turtle)
    assert {str(q.triple) for q in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.JSON_LD)} == turtle
    back = kg("export", path, "--format", "turtle", "--to", exported / "again", "--quiet")
    assert back.returncode == 0 and (exported / "again" / "graph.ttl").read_bytes() == \
        (corpus_build[0] / "graph.ttl").read_bytes()


def test_exports_are_byte_identical_across_runs(exported, corpus_build, tmp_path):
    run = kg("export", corpus_build[0], *[a for f in TABLE_FORMATS for a in ("--format", f)], "--to", tmp_path, "--quiet")
    assert run.returncode == 0, run.stderr
    files = [Path(p) for p in ("graph.graphml", "graph.gexf", "graph.compact.jsonld", "csv/nodes.csv",
                                "csv/edges.csv", "parquet/nodes.parquet", "parquet/edges.parquet")]
    for file in files:
        assert (tmp_path / file).read_bytes() == (exported / file).read_bytes(), file


def test_to_networkx_writes_as_graphml_and_gexf(corpus_build):
    graph = load_graph(corpus_build[0])
    g = graph.to_networkx()
    for write, read in ((nx.write_graphml, nx.read_graphml), (nx.write_gexf, nx.read_gexf)):
        buffer = io.BytesIO()
        write(g, buffer)
        back = read(io.BytesIO(buffer.getvalue()))
        assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert all(isinstance(v, (str, float)) for *_, d in g.edges(data=True) for v in d.values())
    listed = graph.to_networkx(lists=True)
    assert listed.edges["cao-bang", "guangxi", "bordersOn"]["documents"] == \
        json.loads(g.edges["cao-bang", "guangxi", "bordersOn"]["documents"])
    assert g.number_of_edges() == sum(1 for t in graph.evidence if not t.literal)   # facts only, no lexicon


def test_nasty_strings_survive_every_table_format(tmp_path):
    labels = [("Nasty 'en' \"label\"\\", "en")] + [(s, lang) for s, lang in zip(NASTY, ["uk", "ru", "fr", "vi", "de"] * 9)]
    sentence = "\n".join(NASTY)
    graph = graph_with(labels, sentence)
    for name in TABLE_FORMATS:
        FORMATS[name][1](graph, tmp_path / FORMATS[name][0])
    uk = sorted(text for text, lang in labels if lang == "uk")
    readers = {
        "graphml": nx.read_graphml(tmp_path / "graph.graphml"), "gexf": nx.read_gexf(tmp_path / "graph.gexf")}
    for name, g in readers.items():
        assert json.loads(g.nodes["place"]["names_uk"]) == uk, name
        assert [json.loads(d["evidence"]) for *_, d in g.edges(data=True)] == [[sentence]], name
    nodes = pq.read_table(tmp_path / "parquet" / "nodes.parquet").to_pylist()
    assert next(n for n in nodes if n["id"] == "place")["names_uk"] == uk
    assert pq.read_table(tmp_path / "parquet" / "edges.parquet").to_pylist()[0]["evidence"] == [sentence]
    with (tmp_path / "csv" / "edges.csv").open(encoding="utf-8", newline="") as f:
        assert json.loads(next(csv.DictReader(f))["evidence"]) == [sentence]
    assert load_graph(tmp_path / "graph.compact.jsonld").evidence == graph.evidence
