"""SHACL: the corpus build conforms to ontology/shapes.ttl; a graph broken on purpose gives exactly the
violations it should; the shapes say what ontology/kg.ttl says about every class and relation."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

import jena
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.graph.rdf import PREFIXES
from kg.ontology import ontology
from kg.validate import SHAPES, validate, validate_file

ROOT = Path(__file__).resolve().parents[1]
KG = Namespace("https://w3id.org/kg-vn/ontology#")
RES = Namespace("https://w3id.org/kg-vn/resource/")
SH = Namespace("http://www.w3.org/ns/shacl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
CONTRACT_CLASSES = {"Locality", "Country", "ForeignRegion", "Region", "GovernmentBody", "Organization", "Person",
                    "Position", "TradeAgreement", "PolicyDocument", "Pillar", "Event", "Project", "HeritageSite",
                    "Sector"}


def kg(*args):
    """Run the CLI; stderr with its line wrapping undone (rich wraps messages to the console width)."""
    run = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)
    run.stderr = " ".join(run.stderr.split())
    return run


@pytest.fixture(scope="module")
def corpus_graph(corpus_build) -> Graph:
    return Graph().parse(corpus_build[0] / "graph.ttl")


def test_the_corpus_build_has_no_violations(corpus_build):
    assert re.search(r"SHACL violations\W+0\W", corpus_build[1]), corpus_build[1]
    run = kg("validate", corpus_build[0])
    assert run.returncode == 0 and run.stdout == "" and "no SHACL violations" in run.stderr, run.stdout + run.stderr


@pytest.fixture(scope="module")
def broken_file(corpus_graph, tmp_path_factory):
    """The corpus graph with a missing English label, two wrong ranges, a wrong domain and an invalid date."""
    broken = Graph()
    for triple in corpus_graph:
        broken.add(triple)
    broken.remove((RES["cao-bang"], RDFS.label, Literal("Cao Bang", lang="en")))         # no English label
    broken.add((RES["pham-minh-chinh"], KG.holdsPosition, RES["china"]))                   # range: a Country
    broken.add((RES["china"], KG.prioritizes, RES["guangxi"]))                              # range: a ForeignRegion
    broken.add((RES["guangxi"], KG.defines, RES["people-to-people-diplomacy"]))            # domain: not a document
    broken.add((RES["meet-korea-2025"], KG.heldOn, Literal("2025-13-45", datatype=XSD.date)))  # not a date
    path = tmp_path_factory.mktemp("broken") / "broken.ttl"
    broken.serialize(path, format="turtle")
    return path


def test_a_broken_graph_gives_its_violations(broken_file):
    found = {(v.focus, v.path, v.value) for v in validate_file(broken_file)}
    assert found == {
        ("res:cao-bang", "rdfs:label", None),
        ("res:pham-minh-chinh", "kg:holdsPosition", "res:china"),
        ("res:china", "kg:prioritizes", "res:guangxi"),
        ("res:guangxi", None, "res:guangxi"),
        ("res:meet-korea-2025", "kg:heldOn", '"2025-13-45"^^xsd:date'),
    }
    run = kg("validate", broken_file)
    assert run.returncode == 1 and "5 SHACL violations" in run.stderr
    line = next(l for l in run.stdout.splitlines() if l.startswith("res:cao-bang"))
    assert line.split("\t")[:2] == ["res:cao-bang", "rdfs:label"] and "English rdfs:label" in line


def test_jena_shacl_finds_the_same(corpus_build, broken_file, tmp_path):
    """Apache Jena's SHACL engine, given the same shapes (and the ontology merged into the data, as pySHACL's
    ont_graph does), reports the same focus nodes and paths."""
    for data, expected in ((corpus_build[0] / "graph.ttl", []), (broken_file, validate_file(broken_file))):
        merged = Graph().parse(data).parse(ROOT / "ontology" / "kg.ttl")
        merged.serialize(tmp_path / "data.ttl", format="turtle")
        report = jena.shacl(SHAPES, tmp_path / "data.ttl")
        results = list(report.subjects(RDF.type, SH.ValidationResult))
        found = {(short(report.value(r, SH.focusNode)), short(report.value(r, SH.resultPath))) for r in results}
        assert found == {(v.focus, v.path) for v in expected}, data.name


def short(node) -> str | None:
    """prefix:name, as kg validate prints nodes."""
    if node is None:
        return None
    return next((f"{p}:{node[len(ns):]}" for p, ns in PREFIXES.items() if node.startswith(ns)), str(node))


def test_broken_evidence_is_reported(corpus_graph):
    statement = next(corpus_graph.subjects(RDF.type, RDF.Statement))
    broken = Graph()
    for s, p, o in corpus_graph:
        if s == statement and p in (KG.confidence, KG.charEnd):
            continue
        broken.add((s, p, o))
    broken.add((statement, KG.confidence, Literal("1.5", datatype=XSD.decimal)))
    broken.remove((corpus_graph.value(statement, RDF.subject), corpus_graph.value(statement, RDF.predicate),
                   corpus_graph.value(statement, RDF.object)))                              # the fact itself is gone
    messages = {(v.path, v.message) for v in validate(broken) if v.focus.endswith(str(statement).rsplit("/", 1)[1])}
    paths = {path for path, _ in messages}
    assert {"kg:confidence", "kg:charEnd", None} <= paths
    assert any("not in the graph" in m for _, m in messages)


def test_every_format_validates_the_same(corpus_build, tmp_path):
    assert kg("export", corpus_build[0], "--format", "trig", "--format", "jsonld", "--to", tmp_path).returncode == 0
    for name in ("graph.trig", "graph.jsonld"):
        assert validate_file(tmp_path / name) == [], name


def test_unreadable_input_exits_2(tmp_path):
    (tmp_path / "bad.ttl").write_text("this is not turtle", encoding="utf-8")
    assert kg("validate", tmp_path / "bad.ttl").returncode == 2
    assert kg("validate", tmp_path / "missing").returncode == 2


def _classes(graph: Graph, node) -> set[str]:
    """Local names of the classes in sh:class, or in the sh:class of each member of sh:or."""
    found = {str(c).split("#")[1] for c in graph.objects(node, SH["class"])}
    for union in graph.objects(node, SH["or"]):
        found |= {str(c).split("#")[1] for member in Collection(graph, union) for c in graph.objects(member, SH["class"])}
    return found


def test_shapes_follow_the_ontology():
    shapes = Graph().parse(SHAPES)
    onto = ontology()
    entity_targets = {str(c).split("#")[1] for c in shapes.objects(URIRef("https://w3id.org/kg-vn/shapes#Entity"), SH.targetClass)}
    assert entity_targets == CONTRACT_CLASSES <= onto.classes
    assert (None, SH.targetClass, KG.Document) in shapes
    for name, relation in onto.relations.items():
        if name.startswith(("char", "evidence", "extractor", "confidence", "language", "source", "characterCount")):
            continue                                                    # provenance: checked by the evidence shape
        shape = shapes.value(predicate=SH.targetSubjectsOf, object=KG[name])
        assert shape is not None, f"no shape for kg:{name}"
        assert _classes(shapes, shape) == set(relation.domain), name
        prop = next(p for p in shapes.objects(shape, SH.property) if shapes.value(p, SH.path) == KG[name])
        if relation.datatype:
            assert shapes.value(prop, SH.datatype) == XSD.date
        else:
            assert _classes(shapes, prop) == set(relation.range), name
    assert (OWL.ObjectProperty, RDF.type, OWL.Class) not in shapes     # shapes only, no ontology copied in
