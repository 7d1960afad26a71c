"""kg.graph.rdf makes the triples once per graph, grouped by subject: the result must be exactly the sorted
set of N-Triples lines, whatever the ids, strings and collisions."""
from __future__ import annotations

from graphs import NASTY

from kg.export.write import write_outputs
from kg.graph import KnowledgeGraph
from kg.graph.knowledge_graph import SourceDocument
from kg.graph.rdf import rdf_triples
from kg.model import Evidence, Fact, Triple
from kg.resolve import Entity


def tricky_graph() -> KnowledgeGraph:
    """Ids that are prefixes of each other ("doc-1", "doc-1-x"; "a", "a-b", "a0"), labels of every kind, two
    pieces of evidence sharing one statement node (same triple, document, start and extractor), the same
    evidence twice."""
    ids = ["a", "a-b", "a0", "doc-1-x", "b"]
    entities = {i: Entity(i, "Locality", f"Place {i}", "Cao Bằng" if i == "a" else None,
                          {(text, lang) for text in NASTY for lang in ("uk", "en")} | {(f"Place {i}", "en")},
                          part_of="b" if i != "b" else None)
                for i in ids}
    first = Evidence("1", "uk", "Перше речення.", 0, 14, "rule:x", 0.9)
    same_node = Evidence("1", "uk", "Перше речення, довше.", 0, 21, "rule:x", 0.8)
    other = Evidence("1-x", "en", NASTY[2], 5, 9, "rule:y", 1.0)
    facts = [Fact(Triple("a", "bordersOn", "a-b"), first), Fact(Triple("a", "bordersOn", "a-b"), same_node),
             Fact(Triple("a", "bordersOn", "a-b"), first), Fact(Triple("a0", "locatedIn", "b"), other),
             Fact(Triple("doc-1-x", "cooperatesWith", "a"), other)]
    docs = [SourceDocument("1", "in/1.txt", "uk", 100), SourceDocument("1-x", "in/1-x.txt", "en", 50)]
    return KnowledgeGraph(entities, facts, docs)


def test_triples_are_the_sorted_set_of_their_lines():
    triples = rdf_triples(tricky_graph())
    assert triples == sorted(set(triples), key=str)
    lines = [str(t) for t in triples]
    assert any(line.startswith("<https://w3id.org/kg-vn/resource/doc-1-x> ") for line in lines)
    assert sum('"Перше речення' in line for line in lines) == 2      # both sentences on the shared node
    assert len([t for t in triples if t.predicate.value.endswith("#locatedIn")]) == 4   # a, a-b, doc-1-x + a0


def test_every_writer_shares_one_list(tmp_path):
    graph = tricky_graph()
    write_outputs(graph, tmp_path, ["turtle", "ntriples", "trig"])
    assert rdf_triples(graph) is rdf_triples(graph) is graph.rdf_cache
    assert (tmp_path / "graph.nt").read_text(encoding="utf-8").count("\n") == len(graph.rdf_cache)


def test_the_same_evidence_twice_is_one():
    graph = tricky_graph()
    assert len(graph.evidence[Triple("a", "bordersOn", "a-b")]) == 2


def _pyoxigraph_writes(triples, fmt) -> bytes:
    import pyoxigraph

    from kg.graph.rdf import PREFIXES

    return pyoxigraph.serialize(triples, format=fmt, prefixes=PREFIXES)


def test_turtle_and_ntriples_are_pyoxigraphs_own():
    """kg assembles Turtle and N-Triples from its sorted groups of terms; pyoxigraph's writers give the same bytes."""
    import pyoxigraph

    from kg.graph.rdf import rdf_ntriples, rdf_turtle

    graph = tricky_graph()
    triples = rdf_triples(graph)
    assert rdf_turtle(graph) == _pyoxigraph_writes(triples, pyoxigraph.RdfFormat.TURTLE)
    assert rdf_ntriples(graph) == _pyoxigraph_writes(triples, pyoxigraph.RdfFormat.N_TRIPLES)


def test_a_list_of_triples_as_the_graph_is_pyoxigraphs_turtle():
    """When rdf_cache is the graph (a test's edit), Turtle is still pyoxigraph's: rdf:type as a subject and an
    object too (rdf:type, not "a"), "%" in a predicate's IRI and in strings, a predicate repeated."""
    import pyoxigraph
    from pyoxigraph import Literal, NamedNode, Triple

    from kg.graph.rdf import RDF_NS, rdf_turtle

    graph = tricky_graph()
    rdf_type, node, percent = NamedNode(RDF_NS + "type"), NamedNode("urn:kg:s"), NamedNode("https://example.org/p%20q")
    extra = {Triple(node, rdf_type, rdf_type), Triple(rdf_type, percent, Literal("100%")),
             Triple(node, percent, Literal("%s")), Triple(node, percent, Literal("%%"))}
    graph.rdf_cache = sorted({*rdf_triples(graph), *extra}, key=str)
    assert rdf_turtle(graph) == _pyoxigraph_writes(graph.rdf_cache, pyoxigraph.RdfFormat.TURTLE)


def test_every_character_is_escaped_as_pyoxigraph_does():
    """Strings are quoted by kg (N-Triples) and taken as they are into Turtle: both must be pyoxigraph's."""
    import pyoxigraph

    from kg.graph.rdf import _quoted

    node = pyoxigraph.NamedNode("urn:s")
    chunks = ["".join(chr(c) for c in range(start, min(start + 512, 0x110000)) if not 0xD800 <= c < 0xE000)
              for start in range(0, 0x110000, 512)] + ['"""', '\\"', "a\r\n\"b\"\\", "\u2028\u2029\x85"]
    for chunk in chunks:
        for literal in (pyoxigraph.Literal(chunk), pyoxigraph.Literal(chunk, language="uk")):
            triple = pyoxigraph.Triple(node, node, literal)
            nt = _pyoxigraph_writes([triple], pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8")
            assert nt == f"<urn:s> <urn:s> {str(literal)} .\n"
            assert _pyoxigraph_writes([triple], pyoxigraph.RdfFormat.TURTLE).decode("utf-8").endswith(nt)
        assert str(pyoxigraph.Literal(chunk)) == _quoted(chunk)
