"""The graph as RDF triples (pyoxigraph terms): individuals, labels, facts and reified evidence."""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Triple as OxTriple

from kg.graph.knowledge_graph import KnowledgeGraph
from kg.model import Evidence, Triple
from kg.ontology import KG, PROV, RES

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {"kg": str(KG), "res": str(RES), "rdf": RDF_NS, "rdfs": RDFS_NS, "skos": SKOS_NS,
            "xsd": XSD_NS, "prov": str(PROV)}

A = NamedNode(RDF_NS + "type")
LABEL = NamedNode(RDFS_NS + "label")
ALT = NamedNode(SKOS_NS + "altLabel")
PREF = NamedNode(SKOS_NS + "prefLabel")


def kg(name: str) -> NamedNode:
    return NamedNode(str(KG) + name)


def res(entity_id: str) -> NamedNode:
    return NamedNode(str(RES) + entity_id)


def doc_node(doc_id: str) -> NamedNode:
    """The document's IRI: its id (the file name without suffix, kept as the label) percent-encoded, so any
    file name gives a valid IRI ("my article" → res:doc-my%20article); ASCII letters, digits and _.-~ stay."""
    return res("doc-" + quote(doc_id, safe=""))


def doc_id_of(local: str) -> str:
    """The document id of a document IRI's local name ("doc-my%20article" → "my article")."""
    return unquote(local.removeprefix("doc-"))


def _typed(value, datatype: str) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD_NS + datatype))


def _object(triple: Triple):
    return _typed(triple.object, "date") if triple.literal else res(triple.object)


def evidence_node(triple: Triple, ev: Evidence) -> NamedNode:
    key = "|".join([triple.subject, triple.predicate, triple.object, ev.doc_id, str(ev.start), ev.extractor])
    return res("evidence-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])


def rdf_triples(graph: KnowledgeGraph) -> list[OxTriple]:
    """Every triple of the graph, sorted so that serialisations are byte-identical across runs."""
    out: list[OxTriple] = []
    for doc in graph.documents:
        node = doc_node(doc.id)
        out += [OxTriple(node, A, kg("Document")), OxTriple(node, LABEL, Literal(doc.id)),
                OxTriple(node, kg("language"), Literal(doc.lang)),
                OxTriple(node, kg("sourceFile"), Literal(Path(doc.path).name)),
                OxTriple(node, kg("characterCount"), _typed(doc.chars, "integer"))]
    for e in graph.entities.values():
        node = res(e.id)
        out += [OxTriple(node, A, kg(e.cls)), OxTriple(node, LABEL, Literal(e.en, language="en")),
                OxTriple(node, PREF, Literal(e.en, language="en"))]
        if e.vi:
            out.append(OxTriple(node, LABEL, Literal(e.vi, language="vi")))
        for text, lang in sorted(e.alt_labels):
            if text and (text, lang) != (e.en, "en") and (text, lang) != (e.vi, "vi"):
                out.append(OxTriple(node, ALT, Literal(text, language=lang)))
    for triple in graph.background():
        out.append(OxTriple(res(triple.subject), kg(triple.predicate), res(triple.object)))
    for triple, evidence in graph.evidence.items():
        obj = _object(triple)
        out.append(OxTriple(res(triple.subject), kg(triple.predicate), obj))
        for ev in evidence:
            node = evidence_node(triple, ev)
            out += [
                OxTriple(node, A, NamedNode(RDF_NS + "Statement")),
                OxTriple(node, NamedNode(RDF_NS + "subject"), res(triple.subject)),
                OxTriple(node, NamedNode(RDF_NS + "predicate"), kg(triple.predicate)),
                OxTriple(node, NamedNode(RDF_NS + "object"), obj),
                OxTriple(node, NamedNode(str(PROV) + "wasDerivedFrom"), doc_node(ev.doc_id)),
                OxTriple(node, kg("evidenceText"), Literal(ev.sentence, language=ev.lang)),
                OxTriple(node, kg("charStart"), _typed(ev.start, "integer")),
                OxTriple(node, kg("charEnd"), _typed(ev.end, "integer")),
                OxTriple(node, kg("extractor"), Literal(ev.extractor)),
                OxTriple(node, kg("confidence"), _typed(f"{ev.confidence:.2f}", "decimal")),
            ]
    return sorted(set(out), key=str)


def to_rdflib(graph: KnowledgeGraph):
    """The same triples as an rdflib Graph (parsed back from N-Triples)."""
    import pyoxigraph
    from rdflib import Graph

    data = pyoxigraph.serialize(rdf_triples(graph), format=pyoxigraph.RdfFormat.N_TRIPLES)
    g = Graph()
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri)
    g.parse(data=data.decode("utf-8"), format="nt")
    return g
