"""The graph as a property graph for Neo4j: node and relationship rows with their properties.

One definition shared by the Cypher script (cypher.py), the bulk-import CSV files (neo4j_csv.py) and the
Bolt loader (kg/load), so all three give Neo4j the same nodes, labels, types and properties:

- documents: label `Document`, properties id, iri, name, file, language, characters, and url, date, title
  where the input gave them (JSON Lines records, HTML metadata);
- entities: labels `Entity` and their class, properties id, iri, class, name (English), name_vi and
  `names_<lang>` (every other name seen or known, per language); dates (heldOn) as Neo4j dates;
- relationships: type in UPPER_SNAKE_CASE; extracted ones carry their evidence as parallel lists, one
  item per piece of evidence (sentences, sentence_documents, sentence_languages, char_starts, char_ends,
  extractors, confidences, evidence = IRIs of the rdf:Statement nodes in graph.ttl), plus documents (the
  distinct source documents) and confidence (the highest); lexicon containment carries source "lexicon".

Provenance, so that Cypher can walk from an entity or a fact to the documents and sentences behind it:

- evidence: label `Evidence`, one node per piece of evidence (the rdf:Statement of graph.ttl: id is its local
  name), properties iri, predicate, sentence, language, char_start, char_end, extractor, confidence, and
  value for a datatype fact (the ISO date of heldOn);
- (:Evidence)-[:FROM_DOCUMENT]->(:Document), (:Evidence)-[:SUBJECT]->(:Entity) and, for facts between
  entities, (:Evidence)-[:OBJECT]->(:Entity);
- (:Document)-[:MENTIONS]->(:Entity) for every entity a fact of the document is about, with char_starts and
  char_ends: the offsets of those facts' sentences in the document, sorted.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter
from pathlib import Path

from kg.errors import KgError
from kg.export import cypher_queries as q
from kg.graph import KnowledgeGraph
from kg.graph.rdf import doc_node, evidence_node, res
from kg.model import Evidence, Triple
from kg.ontology import RES, ontology

BATCH = 500                       # rows per UNWIND statement
# the provenance relationships: (start label, type, end label)
PROVENANCE = (("Document", "MENTIONS", "Entity"), ("Evidence", "FROM_DOCUMENT", "Document"),
              ("Evidence", "SUBJECT", "Entity"), ("Evidence", "OBJECT", "Entity"))
IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def identifier(name: str) -> str:
    """`name` if it can be written into Cypher as a label, type or property key as it is (labels and
    relationship types cannot be query parameters); a KgError otherwise."""
    if not IDENTIFIER.fullmatch(name):
        raise KgError(f"{name!r} cannot be a Neo4j label, relationship type or property name")
    return name


def rel_type(predicate: str) -> str:
    """cooperatesWith → COOPERATES_WITH."""
    return identifier(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", predicate).upper())


def document_rows(graph: KnowledgeGraph) -> list[dict]:
    """One row per document; url, date (the ISO text) and title only where the document has them."""
    rows = []
    for d in graph.documents:
        props = {"iri": doc_node(d.id).value, "name": d.id, "file": Path(d.path).name, "language": d.lang,
                 "characters": d.chars}
        props.update({key: value for key, value in (("url", d.url), ("date", d.date), ("title", d.title)) if value})
        rows.append({"id": d.id, "props": props})
    return rows


def entity_rows(graph: KnowledgeGraph) -> dict[str, list[dict]]:
    """Rows {id, props} grouped by class label, labels sorted."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for e in graph.entities.values():
        props: dict = {"name": e.en, "iri": res(e.id).value, "class": e.cls}
        if e.vi:
            props["name_vi"] = e.vi
        for lang, name in sorted(e.names.items()):
            props[identifier(f"name_{lang.replace('-', '_')}")] = name
        by_lang: dict[str, list[str]] = defaultdict(list)
        for text, lang in sorted(e.alt_labels - {(e.en, "en"), (e.vi, "vi")} - e.native_labels):
            if text:
                by_lang[lang or "und"].append(text)
        for lang, names in sorted(by_lang.items()):
            props[identifier(f"names_{lang.replace('-', '_')}")] = names
        rows[identifier(e.cls)].append({"id": e.id, "props": props})
    return dict(sorted(rows.items()))


def relationship_rows(graph: KnowledgeGraph) -> dict[str, list[dict]]:
    """Rows {s, o, props} grouped by relationship type, types sorted."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for triple, evidence in graph.evidence.items():
        if triple.literal:
            continue
        rows[rel_type(triple.predicate)].append({"s": triple.subject, "o": triple.object, "props": {
            "confidence": round(float(max(e.confidence for e in evidence)), 2),
            "documents": sorted({e.doc_id for e in evidence}),
            "sentences": [e.sentence for e in evidence],
            "sentence_documents": [e.doc_id for e in evidence],
            "sentence_languages": [e.lang for e in evidence],
            "char_starts": [e.start for e in evidence],
            "char_ends": [e.end for e in evidence],
            "extractors": [e.extractor for e in evidence],
            "confidences": [round(float(e.confidence), 2) for e in evidence],   # never mixed with integers
            "evidence": [evidence_node(triple, e).value for e in evidence],
        }})
    for triple in graph.background():
        rows[rel_type(triple.predicate)].append({"s": triple.subject, "o": triple.object,
                                                 "props": {"source": "lexicon"}})
    return dict(sorted(rows.items()))


def _evidence(graph: KnowledgeGraph) -> list[tuple[str, Triple, Evidence]]:
    """(Evidence node id, triple, evidence) of every piece of evidence, sorted by id (stable: two pieces with
    one node keep their order). Tuples of what the graph already holds: the rows are made from them one at a
    time, so writing a large graph does not hold a row dict per piece of evidence."""
    start = len(str(RES))
    found = [(evidence_node(triple, e).value[start:], triple, e)
             for triple, evidence in graph.evidence.items() for e in evidence]
    found.sort(key=itemgetter(0))
    return found


def evidence_rows(graph: KnowledgeGraph) -> Iterator[dict]:
    """Rows {id, props} of the Evidence nodes, sorted by id."""
    for node, triple, e in _evidence(graph):
        props = {"iri": str(RES) + node, "predicate": triple.predicate, "sentence": e.sentence, "language": e.lang,
                 "char_start": e.start, "char_end": e.end, "extractor": e.extractor,
                 "confidence": round(float(e.confidence), 2)}
        if triple.literal:
            props["value"] = triple.object
        yield {"id": node, "props": props}


def _mentions(graph: KnowledgeGraph) -> Iterator[dict]:
    """(:Document)-[:MENTIONS]->(:Entity) rows, sorted: the spans of the facts' sentences about each entity."""
    spans: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for triple, evidence in graph.evidence.items():
        for e in evidence:
            spans[(e.doc_id, triple.subject)].add((e.start, e.end))
            if not triple.literal:
                spans[(e.doc_id, triple.object)].add((e.start, e.end))
    for (doc, entity), found in sorted(spans.items()):
        ordered = sorted(found)
        yield {"s": doc, "o": entity, "props": {"char_starts": [a for a, _ in ordered],
                                                "char_ends": [b for _, b in ordered]}}


def _evidence_links(evidence: list[tuple[str, Triple, Evidence]],
                    end: Callable[[Triple, Evidence], str | None]) -> Iterator[dict]:
    """Rows {s: Evidence id, o: end(triple, evidence)} sorted, for the `evidence` (_evidence) whose end is not None."""
    pairs = sorted((node, target) for node, triple, e in evidence if (target := end(triple, e)) is not None)
    for node, target in pairs:
        yield {"s": node, "o": target, "props": {}}


def provenance_rows(graph: KnowledgeGraph) -> dict[tuple[str, str, str], Iterator[dict]]:
    """Rows {s, o, props} of the provenance relationships, keyed by (start label, type, end label) as in
    PROVENANCE; rows sorted. Each link's rows are made when they are read, one link at a time; the evidence ids
    are made once for the three links that start at an Evidence node."""
    evidence = _evidence(graph)
    return {PROVENANCE[0]: _mentions(graph),
            PROVENANCE[1]: _evidence_links(evidence, lambda triple, e: e.doc_id),
            PROVENANCE[2]: _evidence_links(evidence, lambda triple, e: triple.subject),
            PROVENANCE[3]: _evidence_links(evidence, lambda triple, e: None if triple.literal else triple.object)}


def date_rows(graph: KnowledgeGraph) -> dict[str, list[dict]]:
    """Rows {id, date (ISO)} of datatype properties (heldOn), grouped by property name."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for triple in graph.evidence:
        if triple.literal:
            rows[identifier(triple.predicate)].append({"id": triple.subject, "date": triple.object})
    return dict(sorted(rows.items()))


@dataclass(frozen=True)
class Batch:
    """One UNWIND statement: its body after `UNWIND ... AS row` and the rows it runs on."""

    body: str
    rows: list[dict]


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    rows = iter(rows)
    while chunk := list(islice(rows, size)):
        yield chunk


def batches(graph: KnowledgeGraph, size: int = BATCH, sync: bool = False) -> Iterator[Batch]:
    """Every data statement in the order they must run: documents, entities, relationships, dates, then the
    provenance: evidence nodes and their relationships, mentions. With `sync`, the statements that replace
    properties and class labels (cypher_queries.SYNC_*). Made as they are read: a writer that streams them
    holds one batch of rows at a time."""
    classes = ":".join(identifier(c) for c in sorted(ontology().classes - {"Document"}))
    documents, nodes, relationships, evidence, links = (
        (q.SYNC_DOCUMENTS, q.SYNC_NODES, q.SYNC_RELATIONSHIPS, q.SYNC_EVIDENCE, q.SYNC_LINKS) if sync else
        (q.MERGE_DOCUMENTS, q.MERGE_NODES, q.MERGE_RELATIONSHIPS, q.MERGE_EVIDENCE, q.MERGE_LINKS))
    yield from (Batch(documents, chunk) for chunk in _chunks(document_rows(graph), size))
    for label, rows in entity_rows(graph).items():
        yield from (Batch(nodes.format(label=label, classes=classes), chunk) for chunk in _chunks(rows, size))
    for rtype, rows in relationship_rows(graph).items():
        yield from (Batch(relationships.format(type=rtype), chunk) for chunk in _chunks(rows, size))
    for prop, rows in date_rows(graph).items():
        yield from (Batch(q.SET_DATES.format(prop=prop), chunk) for chunk in _chunks(rows, size))
    yield from (Batch(evidence, chunk) for chunk in _chunks(evidence_rows(graph), size))
    for (start, rtype, end), rows in provenance_rows(graph).items():
        yield from (Batch(links.format(start=start, type=rtype, end=end), chunk) for chunk in _chunks(rows, size))


def prune(graph: KnowledgeGraph) -> list[tuple[str, dict]]:
    """(statement, parameters) that delete what kg put in a database and the graph no longer has:
    relationships of kg's types between pairs the graph lacks, then Evidence, Document and Entity nodes whose
    ids it lacks (with their relationships). Nodes without those labels and other types are not touched."""
    relations = {rel_type(name) for name, r in ontology().relations.items() if not r.datatype}
    current = relationship_rows(graph)
    out = [(q.PRUNE_RELATIONSHIPS.format(start="Entity", type=t, end="Entity"),
            {"keys": [[row["s"], row["o"]] for row in current.get(t, [])]}) for t in sorted(relations | set(current))]
    out += [(q.PRUNE_RELATIONSHIPS.format(start=start, type=t, end=end), {"keys": [[row["s"], row["o"]] for row in rows]})
            for (start, t, end), rows in provenance_rows(graph).items()]
    ids = {"Evidence": [row["id"] for row in evidence_rows(graph)], "Document": [d.id for d in graph.documents],
           "Entity": list(graph.entities)}
    return out + [(q.PRUNE_NODES.format(label=label), {"ids": found}) for label, found in ids.items()]
