"""The pipeline: read → analyse → extract entities → extract relations → resolve → graph."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kg.analyse import analyse
from kg.analyse.clean import CleanText
from kg.extract.anaphora import event_references, plural_references
from kg.extract.entities import find_mentions
from kg.extract.positions import drop_idle_roles
from kg.extract.relations import extract_relations, sentence_topic
from kg.graph import KnowledgeGraph
from kg.graph.knowledge_graph import SourceDocument
from kg.model import Document, Fact, Mention
from kg.read import read_documents
from kg.resolve import resolve


def in_original(fact: Fact, cleaned: CleanText) -> Fact:
    """The fact with its evidence span and sentence as they are in the original text."""
    start, end = cleaned.original_span(fact.evidence.start, fact.evidence.end)
    return replace(fact, evidence=replace(fact.evidence, start=start, end=end, sentence=cleaned.original[start:end]))


def extract_document(doc: Document) -> tuple[str, list[tuple[Mention, str]], list[Fact]]:
    """Language, mentions and facts of one document (evidence offsets into the original text)."""
    analysed = analyse(doc)
    text = analysed.cleaned.text
    mentions: list[tuple[Mention, str]] = []
    facts: list[Fact] = []
    topic, previous, last_event, paragraph = None, [], None, -1
    for sentence in analysed.sentences:
        if sentence.in_references:
            continue
        found = find_mentions(sentence)
        if sentence.paragraph != paragraph:
            topic, previous, paragraph = None, [], sentence.paragraph   # subjects carry over within a paragraph
        references = plural_references(sentence, found, previous) + event_references(sentence, found, last_event)
        sentence_facts, implied = extract_relations(sentence, sorted(found + references, key=lambda m: (m.first, -m.last)),
                                                    topic)
        facts += sentence_facts
        mentions += [(m, text) for m in drop_idle_roles(found, sentence_facts)]
        mentions += [(m, text) for m in implied]
        topic = sentence_topic(sentence, found, topic)
        previous = found
        last_event = next((m for m in reversed(found) if m.cls == "Event"), last_event)
    return analysed.lang, mentions, [in_original(f, analysed.cleaned) for f in facts]


def build_documents(docs: list[Document], progress: Callable[[Document], None] | None = None) -> KnowledgeGraph:
    """The graph of the documents; they are taken in the order of their ids, so the order given changes nothing."""
    started = time.perf_counter()
    mentions: list[tuple[Mention, str]] = []
    facts: list[Fact] = []
    sources: list[SourceDocument] = []
    for doc in sorted(docs, key=lambda d: d.id):
        lang, doc_mentions, doc_facts = extract_document(doc)
        mentions += doc_mentions
        facts += doc_facts
        sources.append(SourceDocument(doc.id, doc.path, lang, len(doc.text)))
        if progress:
            progress(doc)
    entities = resolve(mentions, facts)
    return KnowledgeGraph(entities, facts, sources, seconds=time.perf_counter() - started)


def build(paths: list[str | Path] | str | Path, lang: str | None = None) -> KnowledgeGraph:
    """Build the knowledge graph of the text files (or directories of them) at `paths`."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return build_documents(read_documents(list(paths), lang))
