"""The graph as two tables, nodes and edges: what the interchange formats (CSV, Parquet, GraphML, GEXF) and
`KnowledgeGraph.to_networkx` hold, defined once.

- nodes: one row per entity: id, iri, cls (its class), label (English), vi (Vietnamese label or ""),
  `names_<lang>` (every name of the entity in that language, for each language of the graph, sorted) and
  one column per datatype property (heldOn: its ISO dates);
- edges: one row per entity-to-entity triple of graph.ttl: id ("subject relation object"), source, target,
  relation, origin ("text" for extracted facts, "lexicon" for containment known from the lexicons),
  confidence (the highest of its evidence; None for lexicon edges), documents (distinct, sorted), evidence
  (the sentences, one per piece of evidence) and statements (the IRIs of their rdf:Statement nodes).

Values are str, float, None or lists of str; every row of a table has every column."""
from __future__ import annotations

import json
from collections import defaultdict

from kg.graph.knowledge_graph import KnowledgeGraph
from kg.graph.rdf import evidence_node, res

NODE_COLUMNS = ("id", "iri", "cls", "label", "vi")          # then names_<lang> and the date properties
EDGE_COLUMNS = ("id", "source", "target", "relation", "origin", "confidence", "documents", "evidence", "statements")


def languages(graph: KnowledgeGraph) -> list[str]:
    """Every language an entity has a name in (en and vi always), sorted."""
    return sorted({"en", "vi"} | {lang or "und" for e in graph.entities.values() for _, lang in e.alt_labels}
                  | {lang for e in graph.entities.values() for lang in e.names})


def node_rows(graph: KnowledgeGraph) -> list[dict]:
    langs = languages(graph)
    dates: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for triple in graph.evidence:
        if triple.literal:
            dates[triple.predicate][triple.subject].append(triple.object)
    rows = []
    for e in graph.entities.values():
        names: dict[str, set[str]] = defaultdict(set)
        names["en"].add(e.en)
        if e.vi:
            names["vi"].add(e.vi)
        for text, lang in e.alt_labels | e.native_labels:
            if text:
                names[lang or "und"].add(text)
        row = {"id": e.id, "iri": res(e.id).value, "cls": e.cls, "label": e.en, "vi": e.vi or ""}
        row |= {f"names_{lang.replace('-', '_')}": sorted(names[lang]) for lang in langs}
        row |= {prop: sorted(by_subject.get(e.id, [])) for prop, by_subject in sorted(dates.items())}
        rows.append(row)
    return rows


def edge_rows(graph: KnowledgeGraph, lexicon: bool = True) -> list[dict]:
    """Extracted facts between entities, then (with `lexicon`) the lexicons' containment; sorted."""
    rows = []
    for triple, evidence in graph.evidence.items():
        if not triple.literal:
            rows.append(_edge(triple, "text", round(float(max(e.confidence for e in evidence)), 2),
                              sorted({e.doc_id for e in evidence}), [e.sentence for e in evidence],
                              [evidence_node(triple, e).value for e in evidence]))
    if lexicon:
        rows += [_edge(t, "lexicon", None, [], [], []) for t in graph.background()]
    return sorted(rows, key=lambda r: (r["source"], r["relation"], r["target"]))


def _edge(triple, origin: str, confidence: float | None, documents: list[str], evidence: list[str],
          statements: list[str]) -> dict:
    values = (f"{triple.subject} {triple.predicate} {triple.object}", triple.subject, triple.object,
              triple.predicate, origin, confidence, documents, evidence, statements)
    return dict(zip(EDGE_COLUMNS, values))


def columns(rows: list[dict], fixed: tuple[str, ...]) -> list[str]:
    """The columns of a table: those of its rows, or `fixed` for an empty one."""
    return list(rows[0]) if rows else list(fixed)


def scalar(value):
    """A value GraphML and GEXF can hold: lists as JSON arrays (text), everything else as it is."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def network(graph: KnowledgeGraph, lexicon: bool = True, lists: bool = False, id_keys: bool = False):
    """The tables as a networkx MultiDiGraph: edges keyed by relation (or, with `id_keys`, by their id, which
    is then no attribute: GraphML's edge ids), list values JSON-encoded unless `lists`, None values left out."""
    import networkx as nx

    convert = (lambda v: v) if lists else scalar
    g = nx.MultiDiGraph()
    for row in node_rows(graph):
        g.add_node(row["id"], **{k: convert(v) for k, v in row.items() if k != "id"})
    hidden = {"source", "target", "id"} if id_keys else {"source", "target"}
    for row in edge_rows(graph, lexicon):
        attrs = {k: convert(v) for k, v in row.items() if k not in hidden and v is not None}
        g.add_edge(row["source"], row["target"], key=row["id" if id_keys else "relation"], **attrs)
    return g
