"""A Cypher script that recreates the graph in Neo4j: constraints, then batched idempotent MERGEs."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from kg.export import cypher_queries as q
from kg.graph import KnowledgeGraph
from kg.graph.rdf import RES

BATCH = 500


def rel_type(predicate: str) -> str:
    """cooperatesWith → COOPERATES_WITH."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", predicate).upper()


def literal(value) -> str:
    """A Cypher literal for str, int, float, bool, list or dict values (strings single-quoted)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        # json.dumps escapes quotes, backslashes and control characters the way Cypher reads them
        body = json.dumps(value, ensure_ascii=False)[1:-1].replace('\\"', '"').replace("'", "\\'")
        return f"'{body}'"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def node_rows(graph: KnowledgeGraph) -> dict[str, list[dict]]:
    """Rows of node properties grouped by class label."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for e in graph.entities.values():
        props: dict = {"name": e.en, "iri": f"{RES}{e.id}", "class": e.cls}
        if e.vi:
            props["name_vi"] = e.vi
        by_lang: dict[str, list[str]] = defaultdict(list)
        for text, lang in sorted(e.alt_labels - {(e.en, "en"), (e.vi, "vi")}):
            by_lang[lang].append(text)
        for lang, names in sorted(by_lang.items()):
            props[f"names_{lang}"] = names
        rows[e.cls].append({"id": e.id, "props": props})
    return dict(sorted(rows.items()))


def relationship_rows(graph: KnowledgeGraph) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for triple, evidence in graph.evidence.items():
        if triple.literal:
            continue
        rows[rel_type(triple.predicate)].append({"s": triple.subject, "o": triple.object, "props": {
            "confidence": max(e.confidence for e in evidence),
            "documents": sorted({e.doc_id for e in evidence}),
            "sentences": [e.sentence for e in evidence],
            "extractors": sorted({e.extractor for e in evidence}),
        }})
    for triple in graph.background():
        rows[rel_type(triple.predicate)].append({"s": triple.subject, "o": triple.object,
                                                 "props": {"source": "lexicon"}})
    return dict(sorted(rows.items()))


def date_rows(graph: KnowledgeGraph) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for triple in graph.evidence:
        if triple.literal:
            rows[triple.predicate].append({"id": triple.subject, "date": triple.object})
    return dict(sorted(rows.items()))


def document_rows(graph: KnowledgeGraph) -> list[dict]:
    return [{"id": d.id, "props": {"path": Path(d.path).name, "language": d.lang}} for d in graph.documents]


def _batches(rows: list[dict]):
    for i in range(0, len(rows), BATCH):
        yield rows[i:i + BATCH]


def statements(graph: KnowledgeGraph) -> list[str]:
    """The whole script as statements (without the terminating semicolons)."""
    out = [q.CONSTRAINT, q.DOCUMENT_CONSTRAINT]
    for batch in _batches(document_rows(graph)):
        out.append(q.MERGE_DOCUMENTS.format(rows=literal(batch)))
    for label, rows in node_rows(graph).items():
        for batch in _batches(rows):
            out.append(q.MERGE_NODES.format(rows=literal(batch), label=label))
    for rtype, rows in relationship_rows(graph).items():
        for batch in _batches(rows):
            out.append(q.MERGE_RELATIONSHIPS.format(rows=literal(batch), type=rtype))
    for prop, rows in date_rows(graph).items():
        for batch in _batches(rows):
            out.append(q.SET_DATES.format(rows=literal(batch), prop=prop))
    return out


def write_cypher(graph: KnowledgeGraph, path: Path) -> None:
    path.write_text("".join(s + ";\n" for s in statements(graph)), encoding="utf-8")
