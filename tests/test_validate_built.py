"""The check `kg build` runs in memory (kg.validate.statements) reports exactly what pySHACL reports for the
written file (`kg validate`), on graphs with every kind of broken evidence."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg.export.write import write_outputs
from kg.graph import KnowledgeGraph
from kg.graph.knowledge_graph import SourceDocument
from kg.graph.rdf import evidence_node, rdf_triples
from kg.model import Evidence, Fact, Triple
from kg.pipeline import build_documents
from kg.read import read_documents
from kg.resolve import Entity
from kg.validate import validate_file
from kg.validate.statements import validate_graph

GOOD = Evidence("d1", "uk", "Каобанг межує з Гуансі.", 0, 22, "rule:test", 0.9)


def broken_graph(entity_ids: tuple[str, ...] = ()) -> KnowledgeGraph:
    entities = {
        "cao-bang": Entity("cao-bang", "Locality", "Cao Bang", "Cao Bằng", {("Каобанг", "uk")}),
        "guangxi": Entity("guangxi", "ForeignRegion", "Guangxi"),
        "pm": Entity("pm", "Position", ""),                        # an empty English label
        "fair": Entity("fair", "Event", "Fair"),
    }
    entities.update({i: Entity(i, "Locality", i) for i in entity_ids})
    border = Triple("cao-bang", "bordersOn", "guangxi")
    facts = [Fact(border, GOOD),
             Fact(border, replace(GOOD, confidence=1.5)),            # same node as GOOD: two confidences
             Fact(border, replace(GOOD, start=30, end=30, extractor="", confidence=-0.2)),
             Fact(border, replace(GOOD, start=-1, lang="xx", sentence="")),
             Fact(border, replace(GOOD, doc_id="missing", start=5)),
             Fact(Triple("cao-bang", "holdsPosition", "pm"), GOOD),   # out of the relation's domain
             Fact(Triple("fair", "heldOn", "2025-13-45", literal=True), replace(GOOD, start=7)),
             Fact(Triple("fair", "mergedInto", "cao-bang"), replace(GOOD, start=9))]    # not a contract relation
    return KnowledgeGraph(entities, facts, [SourceDocument("d1", "d1.txt", "uk", 40)])


def pyshacl_of(graph: KnowledgeGraph, tmp_path) -> list:
    write_outputs(graph, tmp_path, ["turtle"])
    return validate_file(tmp_path / "graph.ttl")


def test_broken_evidence_gives_pyshacls_violations(tmp_path):
    graph = broken_graph()
    expected = pyshacl_of(graph, tmp_path)
    assert len(expected) >= 12
    assert {v.path for v in expected} >= {"kg:confidence", "kg:charStart", "kg:extractor", "kg:evidenceText",
                                          "prov:wasDerivedFrom", "rdf:predicate", None}
    assert validate_graph(graph) == expected


def test_a_statement_node_that_is_more_goes_to_pyshacl_whole(tmp_path):
    node = evidence_node(Triple("cao-bang", "bordersOn", "guangxi"), GOOD).value.rsplit("/", 1)[1]
    graph = broken_graph((node,))                                     # an entity with a statement's IRI
    assert validate_graph(graph) == pyshacl_of(graph, tmp_path)


@pytest.mark.parametrize("shift", [0, 1000])
def test_corpus_graph_agrees(corpus_dir, tmp_path, shift):
    docs = read_documents([corpus_dir])[:2]
    graph = build_documents(docs)
    if shift:        # every charStart past its charEnd
        graph = KnowledgeGraph(graph.entities, [replace(f, evidence=replace(f.evidence, start=f.evidence.end + shift))
                                                for f in graph.facts], graph.documents)
    expected = pyshacl_of(graph, tmp_path)
    assert (len(expected) > 50) == bool(shift)
    assert validate_graph(graph) == expected


def test_a_statement_whose_triple_is_missing(tmp_path):
    graph = broken_graph()
    fact = next(t for t in rdf_triples(graph) if t.predicate.value.endswith("#bordersOn"))
    graph.rdf_cache = [t for t in rdf_triples(graph) if t != fact]      # what writers and checks will use
    expected = pyshacl_of(graph, tmp_path)
    assert sum(v.message == "the triple this evidence statement describes is not in the graph" for v in expected) == 4
    assert validate_graph(graph) == expected
