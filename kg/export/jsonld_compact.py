"""graph.compact.jsonld: compact JSON-LD beside the expanded graph.jsonld. The `@context` is derived from the
ontology (ontology/kg.ttl): the prefixes of graph.ttl, one term per class ("Locality"), per object property
(typed "@id", so objects are compact IRIs: "res:cao-bang") and per datatype property (typed by its range:
"heldOn" values are xsd:date), plus the RDF, RDFS, SKOS and PROV terms kg uses (label, prefLabel, altLabel,
Statement, subject, predicate, object, wasDerivedFrom) and the Dublin Core terms of documents
(source, date, title). JSON-LD 1.0 features only, so 1.0 readers take it.
One node object per subject in "@graph", in the sorted order of the triples; same triples as graph.ttl."""
from __future__ import annotations

import json
from pathlib import Path

from pyoxigraph import Literal, NamedNode
from rdflib import OWL, RDF, RDFS

from kg.graph import KnowledgeGraph
from kg.graph.rdf import PREFIXES, RDF_NS, RDFS_NS, SKOS_NS, XSD_NS, rdf_triples
from kg.ontology import DCTERMS, KG, PROV, ontology

PLAIN = {str(RDF.langString), XSD_NS + "string"}
EXTRA = {"Statement": RDF_NS + "Statement", "label": RDFS_NS + "label", "prefLabel": SKOS_NS + "prefLabel",
         "altLabel": SKOS_NS + "altLabel", "subject": (RDF_NS + "subject", "@id"),
         "predicate": (RDF_NS + "predicate", "@id"), "object": RDF_NS + "object",
         "wasDerivedFrom": (str(PROV) + "wasDerivedFrom", "@id"), "source": (str(DCTERMS) + "source", "@id"),
         "date": str(DCTERMS) + "date", "title": str(DCTERMS) + "title"}


def compact(iri: str) -> str:
    """prefix:local for an IRI under one of the prefixes (the longest match), else the IRI."""
    matches = [(len(ns), p) for p, ns in PREFIXES.items() if iri.startswith(ns) and not iri[len(ns):].startswith("//")]
    if not matches:
        return iri
    _, prefix = max(matches)
    return f"{prefix}:{iri[len(PREFIXES[prefix]):]}"


def terms() -> dict[str, tuple[str, str | None]]:
    """Term → (IRI, the type its values are coerced to, or None), from the ontology and EXTRA."""
    graph = ontology().graph
    found: dict[str, tuple[str, str | None]] = {}
    for subject in graph.subjects(RDF.type, OWL.Class):
        found[str(subject)[len(str(KG)):]] = (str(subject), None)
    for subject in graph.subjects(RDF.type, OWL.ObjectProperty):
        found[str(subject)[len(str(KG)):]] = (str(subject), "@id")
    for subject in graph.subjects(RDF.type, OWL.DatatypeProperty):
        rng = graph.value(subject, RDFS.range)
        found[str(subject)[len(str(KG)):]] = (str(subject), None if rng is None or str(rng) in PLAIN else str(rng))
    found = {term: value for term, value in found.items() if value[0].startswith(str(KG))}
    for term, value in EXTRA.items():
        found[term] = value if isinstance(value, tuple) else (value, None)
    return dict(sorted(found.items()))


def context() -> dict:
    ctx: dict = dict(PREFIXES)
    for term, (iri, kind) in terms().items():
        kind = kind if kind in (None, "@id") else compact(kind)
        ctx[term] = compact(iri) if kind is None else {"@id": compact(iri), "@type": kind}
    return ctx


def _value(obj, kind: str | None):
    if isinstance(obj, NamedNode):
        return compact(obj.value) if kind == "@id" else {"@id": compact(obj.value)}
    if not isinstance(obj, Literal):
        raise ValueError(f"no compact JSON-LD for {obj!r}")
    if obj.language:
        return {"@value": obj.value, "@language": obj.language}
    datatype = obj.datatype.value
    if kind is not None and datatype == kind:
        return obj.value
    if datatype == XSD_NS + "string":
        return {"@value": obj.value} if kind else obj.value
    return {"@value": obj.value, "@type": compact(datatype)}


def document(graph: KnowledgeGraph) -> dict:
    """The compact JSON-LD document of the graph: {"@context": ..., "@graph": [node objects]}."""
    by_iri = {iri: (term, kind) for term, (iri, kind) in terms().items()}
    nodes: dict[str, dict[str, list]] = {}
    for t in rdf_triples(graph):
        node = nodes.setdefault(t.subject.value, {"@id": compact(t.subject.value)})
        if t.predicate.value == RDF_NS + "type":
            term = by_iri.get(t.object.value, (compact(t.object.value), None))[0]
            node.setdefault("@type", []).append(term)
            continue
        term, kind = by_iri.get(t.predicate.value, (compact(t.predicate.value), None))
        node.setdefault(term, []).append(_value(t.object, kind))
    return {"@context": context(),
            "@graph": [{k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in node.items()}
                       for node in nodes.values()]}


def write_jsonld_compact(graph: KnowledgeGraph, path: Path) -> None:
    path.write_text(json.dumps(document(graph), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
