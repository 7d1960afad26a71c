"""The ontology as the extractors see it: classes, domains, ranges, symmetry (from ontology/kg.ttl)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import OWL, RDF, RDFS, Graph, Namespace
from rdflib.collection import Collection

from kg.resources import ONTOLOGY

KG = Namespace("https://w3id.org/kg-vn/ontology#")
RES = Namespace("https://w3id.org/kg-vn/resource/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")


@dataclass(frozen=True)
class Relation:
    name: str
    domain: frozenset[str]
    range: frozenset[str]
    symmetric: bool
    datatype: bool


def _local(iri) -> str:
    return str(iri).split("#")[-1]


def _classes(graph: Graph, node) -> frozenset[str]:
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return frozenset(_local(c) for c in Collection(graph, union))
    return frozenset({_local(node)})


class Ontology:
    def __init__(self, graph: Graph):
        self.graph = graph
        self.classes = {_local(c) for c in graph.subjects(RDF.type, OWL.Class) if str(c).startswith(str(KG))}
        self.parents = {_local(c): _local(p) for c, p in graph.subject_objects(RDFS.subClassOf)
                        if str(c).startswith(str(KG)) and str(p).startswith(str(KG))}
        self.relations: dict[str, Relation] = {}
        for kind, datatype in ((OWL.ObjectProperty, False), (OWL.DatatypeProperty, True)):
            for prop in graph.subjects(RDF.type, kind):
                domain, rng = graph.value(prop, RDFS.domain), graph.value(prop, RDFS.range)
                if domain is None or rng is None or not str(prop).startswith(str(KG)):
                    continue
                name = _local(prop)
                self.relations[name] = Relation(
                    name, _classes(graph, domain), frozenset() if datatype else _classes(graph, rng),
                    (prop, RDF.type, OWL.SymmetricProperty) in graph, datatype)

    def ancestors(self, cls: str) -> set[str]:
        out = {cls}
        while cls in self.parents:
            cls = self.parents[cls]
            out.add(cls)
        return out

    def allows(self, relation: str, subject_cls: str, object_cls: str | None) -> bool:
        """True when the relation's domain (and range, for object properties) admit the classes."""
        rel = self.relations.get(relation)
        if rel is None or not (self.ancestors(subject_cls) & rel.domain):
            return False
        return rel.datatype or (object_cls is not None and bool(self.ancestors(object_cls) & rel.range))


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    graph = Graph()
    graph.parse(ONTOLOGY)
    return Ontology(graph)
