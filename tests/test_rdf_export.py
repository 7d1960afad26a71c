"""`kg export` to Turtle, N-Triples, JSON-LD and TriG: read back by two independent parsers (Apache Jena's
riot and pyoxigraph), the same triples in every format, byte-identical across runs, nothing lost on the way."""
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest

import jena
from graphs import NASTY, graph_with
from kg.export import FORMATS
from kg.graph import load_graph

RDF_FORMATS = {"turtle": "graph.ttl", "ntriples": "graph.nt", "jsonld": "graph.jsonld", "trig": "graph.trig"}
KG = "https://w3id.org/kg-vn/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
SUFFIX_FORMAT = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
                 ".jsonld": pyoxigraph.RdfFormat.JSON_LD, ".trig": pyoxigraph.RdfFormat.TRIG}


def kg(*args):
    """Run the CLI; stderr with its line wrapping undone (rich wraps messages to the console width)."""
    run = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)
    run.stderr = " ".join(run.stderr.split())
    return run


def quads(path: Path) -> list[pyoxigraph.Quad]:
    return list(pyoxigraph.parse(path=str(path), format=SUFFIX_FORMAT[path.suffix]))


def triples(path: Path) -> set[str]:
    return {str(q.triple) for q in quads(path)}


@pytest.fixture(scope="module")
def exported(corpus_build, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export")
    args = [a for name in RDF_FORMATS for a in ("--format", name)]
    run = kg("export", corpus_build[0], *args, "--to", out)
    assert run.returncode == 0, run.stderr
    return out


def test_registry_names_every_rdf_format():
    assert {name: FORMATS[name][0] for name in RDF_FORMATS} == RDF_FORMATS


def test_export_is_byte_identical_across_runs_and_to_the_build(corpus_build, exported, tmp_path):
    args = [a for name in RDF_FORMATS for a in ("--format", name)]
    assert kg("export", corpus_build[0], *args, "--to", tmp_path, "--quiet").returncode == 0
    for filename in RDF_FORMATS.values():
        assert (tmp_path / filename).read_bytes() == (exported / filename).read_bytes(), filename
    assert (exported / "graph.ttl").read_bytes() == (corpus_build[0] / "graph.ttl").read_bytes()


@pytest.mark.parametrize("filename", RDF_FORMATS.values())
def test_jena_validates_and_counts_the_same_triples(exported, filename):
    path = exported / filename
    run = jena.validate(path)
    assert run.returncode == 0 and "WARN" not in run.stderr + run.stdout, run.stderr + run.stdout
    assert jena.counted(run) == len(quads(path)) == len(triples(exported / "graph.ttl"))


def test_every_format_holds_the_same_triples(exported):
    reference = triples(exported / "graph.ttl")
    assert len(reference) > 3000
    for filename in RDF_FORMATS.values():
        assert triples(exported / filename) == reference, filename


def test_trig_has_one_named_graph_per_document_with_its_evidence(exported):
    by_graph: dict[str, list[pyoxigraph.Quad]] = {}
    for quad in quads(exported / "graph.trig"):
        name = "" if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) else quad.graph_name.value
        by_graph.setdefault(name, []).append(quad)
    default = by_graph.pop("")
    documents = {q.subject.value for q in default if q.predicate.value == RDF + "type" and q.object.value == KG + "Document"}
    assert set(by_graph) and set(by_graph) <= documents
    assert not any(q.object.value == RDF + "Statement" for q in default)       # no evidence in the default graph
    for name, graph in by_graph.items():
        statements = {q.subject.value for q in graph}
        sources = {q.object.value for q in graph if q.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom"}
        assert sources == {name}                                                   # only this document's evidence
        assert statements == {q.subject.value for q in graph if q.object.value == RDF + "Statement"}


@pytest.mark.parametrize("filename", RDF_FORMATS.values())
def test_a_graph_read_back_from_any_format_exports_the_same_turtle(exported, filename, tmp_path):
    run = kg("export", exported / filename, "--format", "turtle", "--format", "cypher", "--to", tmp_path, "--quiet")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "graph.ttl").read_bytes() == (exported / "graph.ttl").read_bytes()


def test_dates_are_xsd_dates_in_every_format(exported):
    for filename in RDF_FORMATS.values():
        dates = [q.object for q in quads(exported / filename) if q.predicate.value == KG + "heldOn"]
        assert dates and all(d.datatype.value == XSD_DATE for d in dates), filename


def test_nasty_strings_survive_every_format(tmp_path):
    """Quotes, backslashes, line breaks, control and astral characters in labels and evidence: every file is
    valid for Jena, and pyoxigraph and kg's own reader get the strings back unchanged."""
    labels = [("Nasty 'en' \"label\"\\", "en")] + [(s, lang) for s, lang in zip(NASTY, ["uk", "ru", "fr", "vi", "de"] * 9)]
    sentence = "\n".join(NASTY)
    graph = graph_with(labels, sentence)
    for name, filename in RDF_FORMATS.items():
        path = tmp_path / filename
        FORMATS[name][1](graph, path)
        run = jena.validate(path)
        assert run.returncode == 0 and "WARN" not in run.stderr, (filename, run.stderr)
        literals = {(q.object.value, q.object.language) for q in quads(path) if isinstance(q.object, pyoxigraph.Literal)}
        assert set(labels) <= literals and (sentence, "uk") in literals, filename
        back = load_graph(path)
        assert back.entities["place"].alt_labels == set(labels[1:]) and back.entities["place"].en == labels[0][0]
        assert [e.sentence for evs in back.evidence.values() for e in evs] == [sentence, sentence]


def test_unknown_format_and_missing_graph_exit_2_and_write_nothing(tmp_path, corpus_build):
    bad_format = kg("export", corpus_build[0], "--format", "rdfxml", "--to", tmp_path / "a")
    assert bad_format.returncode == 2 and "rdfxml" in bad_format.stderr
    missing = kg("export", tmp_path / "nothing", "--format", "turtle", "--to", tmp_path / "b")
    assert missing.returncode == 2 and "no built graph" in missing.stderr
    (tmp_path / "broken.ttl").write_text("res:x a kg:Locality .", encoding="utf-8")   # undeclared prefixes
    broken = kg("export", tmp_path / "broken.ttl", "--format", "ntriples", "--to", tmp_path / "c")
    assert broken.returncode == 2 and "not a readable graph" in broken.stderr
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists() and not (tmp_path / "c").exists()
