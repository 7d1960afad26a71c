"""The graph as RDF triples (pyoxigraph terms): individuals, labels, facts and reified evidence."""
from __future__ import annotations

import gc
import hashlib
from pathlib import Path
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Triple as OxTriple

from kg.graph.knowledge_graph import KnowledgeGraph
from kg.model import Evidence, Triple
from kg.ontology import DCTERMS, KG, PROV, RES

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {"kg": str(KG), "res": str(RES), "rdf": RDF_NS, "rdfs": RDFS_NS, "skos": SKOS_NS,
            "xsd": XSD_NS, "prov": str(PROV), "dcterms": str(DCTERMS)}

A = NamedNode(RDF_NS + "type")
LABEL = NamedNode(RDFS_NS + "label")
ALT = NamedNode(SKOS_NS + "altLabel")
PREF = NamedNode(SKOS_NS + "prefLabel")
# a document's metadata (JSON Lines url, date, title; an HTML page's): the address as an IRI, the date as
# xsd:date or xsd:dateTime, the title as a plain string
SOURCE, DATE, TITLE = (NamedNode(str(DCTERMS) + name) for name in ("source", "date", "title"))


def date_literal(date: str) -> Literal:
    return _typed(date, "dateTime" if "T" in date else "date")


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


# the properties of an evidence statement, as _statement gives their values, and the order N-Triples
# sorting puts them in (each is a different predicate, so the predicate alone decides)
STATEMENT = (A, NamedNode(RDF_NS + "subject"), NamedNode(RDF_NS + "predicate"), NamedNode(RDF_NS + "object"),
             NamedNode(str(PROV) + "wasDerivedFrom"), kg("evidenceText"), kg("charStart"), kg("charEnd"),
             kg("extractor"), kg("confidence"))
STATEMENT_ORDER = sorted(range(len(STATEMENT)), key=lambda i: str(STATEMENT[i]))
RDF_STATEMENT = NamedNode(RDF_NS + "Statement")


class _Terms:
    """pyoxigraph terms made once per value: building a term checks it, and the same ids, documents,
    predicates and numbers recur across a large graph."""

    def __init__(self) -> None:
        self.nodes: dict[str, NamedNode] = {}
        self.documents: dict[str, NamedNode] = {}
        self.predicates: dict[str, NamedNode] = {}
        self.literals: dict[tuple[str, str], Literal] = {}

    def res(self, entity_id: str) -> NamedNode:
        node = self.nodes.get(entity_id)
        if node is None:
            node = self.nodes[entity_id] = res(entity_id)
        return node

    def doc(self, doc_id: str) -> NamedNode:
        node = self.documents.get(doc_id)
        if node is None:
            node = self.documents[doc_id] = doc_node(doc_id)
        return node

    def kg(self, name: str) -> NamedNode:
        node = self.predicates.get(name)
        if node is None:
            node = self.predicates[name] = kg(name)
        return node

    def typed(self, value, datatype: str) -> Literal:
        key = (str(value), datatype)
        found = self.literals.get(key)
        if found is None:
            found = self.literals[key] = _typed(value, datatype)
        return found

    def object(self, triple: Triple):
        return self.typed(triple.object, "date") if triple.literal else self.res(triple.object)


def _statement(terms: _Terms, triple: Triple, obj, ev: Evidence) -> tuple:
    """The values of STATEMENT for one piece of evidence."""
    return (RDF_STATEMENT, terms.res(triple.subject), terms.kg(triple.predicate),
            obj, terms.doc(ev.doc_id), Literal(ev.sentence, language=ev.lang),
            terms.typed(ev.start, "integer"), terms.typed(ev.end, "integer"), terms.typed(ev.extractor, "string"),
            terms.typed(f"{ev.confidence:.2f}", "decimal"))


def rdf_triples(graph: KnowledgeGraph) -> list[OxTriple]:
    """Every triple of the graph, without duplicates, in the order of their N-Triples lines, so that
    serialisations are byte-identical across runs. Made once per graph and shared by every writer.

    Sorting a million triples by their text is most of the cost of writing them, so the triples are grouped
    by subject and only the subjects are sorted (a subject's N-Triples term ends with ">", so the order of
    subjects decides between groups); an evidence statement's triples are made in their sorted order."""
    if graph.rdf_cache is None:
        enabled = gc.isenabled()
        gc.disable()        # a million new objects and no cycles among them: collections would only rescan them
        try:
            graph.rdf_cache = _make_triples(graph)
        finally:
            if enabled:
                gc.enable()
    return graph.rdf_cache


def _make_triples(graph: KnowledgeGraph) -> list[OxTriple]:
    terms = _Terms()
    unsorted: dict[str, list[OxTriple]] = {}    # subject IRI → triples, sorted at the end
    ordered: dict[str, list[OxTriple]] = {}     # subject IRI → triples already in order

    def add(node: NamedNode, *triples: OxTriple) -> None:
        unsorted.setdefault(node.value, []).extend(triples)

    for doc in graph.documents:
        node = terms.doc(doc.id)
        add(node, OxTriple(node, A, kg("Document")), OxTriple(node, LABEL, Literal(doc.id)),
            OxTriple(node, kg("language"), Literal(doc.lang)),
            OxTriple(node, kg("sourceFile"), Literal(Path(doc.path).name)),
            OxTriple(node, kg("characterCount"), _typed(doc.chars, "integer")))
        if doc.url:
            add(node, OxTriple(node, SOURCE, NamedNode(doc.url)))
        if doc.date:
            add(node, OxTriple(node, DATE, date_literal(doc.date)))
        if doc.title:
            add(node, OxTriple(node, TITLE, Literal(doc.title)))
    for e in graph.entities.values():
        node = terms.res(e.id)
        add(node, OxTriple(node, A, kg(e.cls)), OxTriple(node, LABEL, Literal(e.en, language="en")),
            OxTriple(node, PREF, Literal(e.en, language="en")))
        if e.vi:
            add(node, OxTriple(node, LABEL, Literal(e.vi, language="vi")))
        for text, lang in e.alt_labels:
            if text and (text, lang) != (e.en, "en") and (text, lang) != (e.vi, "vi"):
                add(node, OxTriple(node, ALT, Literal(text, language=lang)))
    for triple in graph.background():
        add(terms.res(triple.subject), OxTriple(terms.res(triple.subject), kg(triple.predicate), terms.res(triple.object)))
    for triple, evidence in graph.evidence.items():
        obj = terms.object(triple)
        add(terms.res(triple.subject), OxTriple(terms.res(triple.subject), terms.kg(triple.predicate), obj))
        for ev in evidence:
            node = evidence_node(triple, ev)
            values = _statement(terms, triple, obj, ev)
            statement = [OxTriple(node, STATEMENT[i], values[i]) for i in STATEMENT_ORDER]
            if node.value in ordered:           # one node for two pieces of evidence: merged and sorted below
                add(node, *ordered.pop(node.value), *statement)
            else:
                ordered[node.value] = statement
    out: list[OxTriple] = []
    for subject in sorted(unsorted.keys() | ordered.keys(), key=lambda iri: f"<{iri}>"):
        group = ordered.get(subject, [])
        out += sorted(set(unsorted[subject] + group), key=str) if subject in unsorted else group
    return out


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
