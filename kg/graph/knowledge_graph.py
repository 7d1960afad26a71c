"""The built graph: entities, facts with their evidence, source documents."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.model import Evidence, Fact, Triple
from kg.resolve import Entity


@dataclass
class SourceDocument:
    id: str
    path: str
    lang: str
    chars: int
    url: str | None = None
    date: str | None = None
    title: str | None = None


@dataclass
class KnowledgeGraph:
    entities: dict[str, Entity]
    facts: list[Fact]
    documents: list[SourceDocument]
    seconds: float = 0.0
    evidence: dict[Triple, list[Evidence]] = field(init=False)
    rdf_cache: list | None = field(default=None, init=False, repr=False, compare=False)   # kg.graph.rdf.rdf_triples
    groups_cache: list | None = field(default=None, init=False, repr=False, compare=False)   # kg.graph.rdf.rdf_groups

    def __post_init__(self) -> None:
        grouped: dict[Triple, dict[Evidence, None]] = defaultdict(dict)   # an ordered set per triple
        for fact in self.facts:
            grouped[fact.triple][fact.evidence] = None
        self.evidence = {t: sorted(ev, key=lambda e: (e.doc_id, e.start, e.extractor))
                         for t, ev in sorted(grouped.items(), key=lambda kv: (kv[0].subject, kv[0].predicate, kv[0].object))}

    @property
    def triples(self) -> list[Triple]:
        return list(self.evidence)

    def background(self) -> list[Triple]:
        """Containment known from the lexicons, between entities of the graph (no evidence)."""
        out = []
        for e in self.entities.values():
            if e.part_of and e.part_of in self.entities:
                out.append(Triple(e.id, "locatedIn", e.part_of))
            if e.merged_into and e.merged_into in self.entities:
                out.append(Triple(e.id, "mergedInto", e.merged_into))
        return sorted(set(out) - set(self.evidence), key=lambda t: (t.subject, t.predicate, t.object))

    def counts(self) -> dict[str, Counter]:
        return {
            "classes": Counter(e.cls for e in self.entities.values()),
            "relations": Counter(t.predicate for t in self.evidence),
            "languages": Counter(d.lang for d in self.documents),
        }

    def to_rdf(self):
        """An rdflib Graph with ontology individuals, labels, facts and provenance."""
        from kg.graph.rdf import to_rdflib

        return to_rdflib(self)

    def to_networkx(self, lists: bool = False):
        """A networkx MultiDiGraph of the extracted facts (the node and edge columns of kg.graph.tables, without
        the lexicons' containment): nodes carry cls, label, vi, names per language; edges relation,
        confidence, documents, evidence (sentences). Lists are JSON arrays in text, so nx.write_graphml and
        nx.write_gexf take the graph as it is; `lists=True` keeps them Python lists."""
        from kg.graph.tables import network

        return network(self, lexicon=False, lists=lists)
