"""The part of the graph a picture shows: everything, or what is near some entities along some relations."""
from __future__ import annotations

import networkx as nx
from rapidfuzz import process

from kg.errors import KgError
from kg.graph import KnowledgeGraph
from kg.ontology import RES


def find_entity(graph: KnowledgeGraph, name: str) -> str:
    """The id of the entity `name` designates: its id, its IRI, or any of its labels in any language
    (case-insensitive). An unknown name stops with the closest labels as suggestions."""
    wanted = name.strip().removeprefix(str(RES)).casefold()
    by_name: dict[str, set[str]] = {}
    for e in graph.entities.values():
        for label in {e.id, e.en, e.vi or ""} | {text for text, _ in e.alt_labels}:
            if label:
                by_name.setdefault(label.casefold(), set()).add(e.id)
    found = by_name.get(wanted, set())
    if len(found) == 1:
        return found.pop()
    if found:
        raise KgError(f"entity {name!r} is ambiguous: {', '.join(sorted(found))}; give its id")
    close = process.extract(wanted, list(by_name), limit=3, score_cutoff=60)
    hint = f"; did you mean {', '.join(repr(c[0]) for c in close)}?" if close else ""
    raise KgError(f"no entity {name!r} in the graph{hint}")


def select(graph: KnowledgeGraph, entities: tuple[str, ...] = (), relations: tuple[str, ...] = (),
           hops: int = 1) -> nx.MultiDiGraph:
    """The graph as networkx (`KnowledgeGraph.to_networkx`), cut down to the facts of `relations`
    (when given) and to the entities within `hops` facts of `entities` (when given). Entities that
    take part in no fact are left out unless asked for by name."""
    if hops < 0:
        raise KgError(f"--hops must be 0 or more, not {hops}")
    full = graph.to_networkx()
    if relations:
        known = {data["relation"] for _, _, data in full.edges(data=True)}
        unknown = sorted(set(relations) - known)
        if unknown:
            raise KgError(f"no fact with relation {', '.join(unknown)} in the graph "
                          f"(relations: {', '.join(sorted(known))})")
        edges = [(s, o, k) for s, o, k, rel in full.edges(keys=True, data="relation") if rel in relations]
        full = full.edge_subgraph(edges)
    if not entities:
        return nx.MultiDiGraph(full.subgraph(n for n in full if full.degree(n)))
    centres = [find_entity(graph, name) for name in entities]
    undirected = full.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        if centre not in full:
            raise KgError(f"entity {centre!r} has no fact of relation {', '.join(relations)}")
        keep |= set(nx.ego_graph(undirected, centre, radius=hops))
    return nx.MultiDiGraph(full.subgraph(keep))
