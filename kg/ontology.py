"""The ontology as the extractors see it: classes, domains, ranges, symmetry (from ontology/kg.ttl)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg.resources import ONTOLOGY


class Namespace(str):
    """rdflib's Namespace (a str whose attributes and items are URIRefs), without importing rdflib until a
    term is asked for: importing rdflib was a sixth of every start, and most code only needs str(KG)."""

    def term(self, name: str):
        from rdflib import URIRef

        return URIRef(str(self) + name)

    def __getitem__(self, name):
        return self.term(name) if isinstance(name, str) else str.__getitem__(self, name)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return self.term(name)

    def __repr__(self) -> str:
        return f"Namespace({str.__repr__(self)})"


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


def _classes(graph, node) -> frozenset[str]:
    from rdflib import OWL
    from rdflib.collection import Collection

    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return frozenset(_local(c) for c in Collection(graph, union))
    return frozenset({_local(node)})


class Ontology:
    """Classes, their parents and the relations of ontology/kg.ttl; `graph` is the file parsed by rdflib,
    made when first asked for (the rest is kept in the on-disk cache without it)."""

    def __init__(self, graph):
        from rdflib import OWL, RDF, RDFS

        self.__dict__["graph"] = graph
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

    @cached_property
    def graph(self):
        from rdflib import Graph

        graph = Graph()
        graph.parse(ONTOLOGY)
        return graph

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "graph"}

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


def _parsed() -> Ontology:
    from rdflib import Graph

    graph = Graph()
    graph.parse(ONTOLOGY)
    return Ontology(graph)


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    """The ontology, read from the on-disk cache when kg.ttl and rdflib are those it was made from
    (parsing it with rdflib took ~0.3 s of every start)."""
    from kg.fingerprint import library_versions
    from kg.world.cache import cached

    key = hashlib.sha256(ONTOLOGY.read_bytes() + library_versions(("rdflib",)).encode()).hexdigest()
    return cached("ontology", key, _parsed)
