"""What a property graph loaded from kg's Neo4j outputs must hold, read independently from graph.ttl with
SPARQL, and the same view read back from a Cypher engine, so that the two can be compared whole."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

KG = "https://w3id.org/kg-vn/ontology#"
PREFIXES = f"""PREFIX kg: <{KG}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@dataclass
class GraphView:
    """Nodes and relationships keyed by IRI (every node carries its IRI as the property `iri`)."""

    labels: dict[str, frozenset[str]]                  # node IRI → labels
    names: dict[str, frozenset[tuple[str, str]]]       # entity IRI → {(name, language)}
    sentences: dict[tuple[str, str, str], list[str]]   # (start IRI, TYPE, end IRI) → evidence sentences, sorted
    dates: dict[tuple[str, str], str]                  # (entity IRI, property) → ISO date

    @property
    def counts(self) -> tuple[int, int]:
        return len(self.labels), len(self.sentences)


def upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def from_turtle(path: Path) -> GraphView:
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)

    def rows(where: str, *names: str):
        return [[row[n] for n in names] for row in store.query(PREFIXES + f"SELECT * WHERE {{ {where} }}")]

    labels = {}
    for node, cls in rows(f'?s a ?c FILTER(STRSTARTS(STR(?c), "{KG}"))', "s", "c"):
        name = cls.value[len(KG):]
        labels[node.value] = frozenset({"Document"} if name == "Document" else {"Entity", name})
    names = defaultdict(set)
    for node, label in rows("?s rdfs:label|skos:altLabel ?l FILTER(LANG(?l) != '')", "s", "l"):
        names[node.value].add((label.value, label.language))
    provenance = _provenance(rows)
    labels |= {e.value: frozenset({"Evidence"}) for (e,) in rows("?e a rdf:Statement", "e")}
    sentences = defaultdict(list, provenance)
    for s, p, o in rows(f'?s ?p ?o FILTER(STRSTARTS(STR(?p), "{KG}") && isIRI(?o)) '
                        "FILTER NOT EXISTS { ?s a rdf:Statement }", "s", "p", "o"):
        sentences[(s.value, upper_snake(p.value[len(KG):]), o.value)] = []
    for s, p, o, text in rows("?e a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
                              "kg:evidenceText ?t FILTER(isIRI(?o))", "s", "p", "o", "t"):
        sentences[(s.value, upper_snake(p.value[len(KG):]), o.value)].append(text.value)
    dates = {(s.value, p.value[len(KG):]): d.value
             for s, p, d in rows("?s ?p ?d FILTER(DATATYPE(?d) = xsd:date) FILTER NOT EXISTS { ?s a rdf:Statement }",
                                 "s", "p", "d")}
    return GraphView(labels, {k: frozenset(v) for k, v in names.items()},
                     {k: sorted(v) for k, v in sentences.items()}, dates)


def _provenance(rows) -> dict[tuple[str, str, str], list[str]]:
    """The provenance relationships graph.ttl implies (kg/export/property_graph.py): each evidence statement
    FROM_DOCUMENT its document, to its SUBJECT and OBJECT (an entity), and each document MENTIONS the entities
    of its statements. They carry no sentences."""
    links = {}
    for e, d, s, o in rows("?e a rdf:Statement ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?d ; rdf:subject ?s ; "
                           "rdf:object ?o", "e", "d", "s", "o"):
        links[(e.value, "FROM_DOCUMENT", d.value)] = []
        links[(e.value, "SUBJECT", s.value)] = []
        links[(d.value, "MENTIONS", s.value)] = []
        if isinstance(o, pyoxigraph.NamedNode):
            links[(e.value, "OBJECT", o.value)] = []
            links[(d.value, "MENTIONS", o.value)] = []
    return links


def node_names(props: dict) -> frozenset[tuple[str, str]]:
    """{(name, language)} of an entity node's properties name, name_vi and names_<lang>."""
    names = {(props["name"], "en")}
    if props.get("name_vi") is not None:
        names.add((props["name_vi"], "vi"))
    for key, values in props.items():
        if key.startswith("names_"):
            names |= {(v, key[len("names_"):]) for v in values}
    return frozenset(names)


def from_cypher(run: Callable[[str], list[list]], date_props: tuple[str, ...] = ("heldOn",)) -> GraphView:
    """The view of a graph in a Cypher engine; `run(query)` returns the result rows."""
    labels = {iri: frozenset(ls) for iri, ls in run("MATCH (n) RETURN n.iri, labels(n)")}
    names = {iri: node_names(props) for iri, props in run("MATCH (n:Entity) RETURN n.iri, properties(n)")}
    sentences = {(a, t, b): sorted(s or []) for a, t, b, s in
                 run("MATCH (a)-[r]->(b) RETURN a.iri, type(r), b.iri, r.sentences")}
    dates = {}
    for prop in date_props:
        dates |= {(iri, prop): d for iri, d in
                  run(f"MATCH (n:Entity) WHERE n.{prop} IS NOT NULL RETURN n.iri, toString(n.{prop})")}
    return GraphView(labels, names, sentences, dates)
