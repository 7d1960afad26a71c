"""The pipeline: read → analyse → extract entities → extract relations → resolve → graph."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from kg.analyse import analyse
from kg.analyse.clean import CleanText
from kg.cache import ResultCache
from kg.extract.anaphora import (event_references, implied_bodies, locality_references, main_locality,
                                 plural_references, policy_references, relative_references, we_references)
from kg.extract.context import SEATED_CLASSES
from kg.extract.entities import find_mentions
from kg.extract.grounding import grounded_only
from kg.extract.labels import ENGLISH, label_language, romanise
from kg.extract.lexicon import load_lexicon, named_container
from kg.extract.missions import mission_members
from kg.extract.positions import drop_idle_roles
from kg.extract.relations import extract_relations, opening_reference, sentence_topic
from kg.graph import KnowledgeGraph
from kg.graph.knowledge_graph import SourceDocument
from kg.model import IMPLIED, Document, DocumentResult, Fact, Mention, MentionRecord
from kg.parallel import extract_all
from kg.read import read_inputs, text_documents
from kg.resolve import resolve


AT_HAND_SENTENCES = 3     # sentences after an event's last mention in which a verb may leave it unnamed


def in_original(fact: Fact, cleaned: CleanText) -> Fact:
    """The fact with its evidence span and sentence as they are in the original text."""
    start, end = cleaned.original_span(fact.evidence.start, fact.evidence.end)
    return replace(fact, evidence=replace(fact.evidence, start=start, end=end, sentence=cleaned.original[start:end]))


def _seat(mention: Mention) -> str | None:
    """The place a body's own name puts it in: the place a pattern found in it, or the lexicon's container
    when its name is part of the body's ("Ho Chi Minh City Union of Friendship Organizations")."""
    if mention.cls not in SEATED_CLASSES:
        return None
    if mention.place:
        return mention.place
    container = named_container(load_lexicon().get(mention.entity_id))
    return container.id if container is not None else None


def _record(mention: Mention, text: str) -> MentionRecord:
    """The mention reduced to what resolve reads."""
    surface = None if mention.source == IMPLIED else " ".join(mention.surface(text).split())
    lang = mention.sentence.lang
    seat = _seat(mention)
    if label_language(mention) == ENGLISH:
        return MentionRecord(mention.entity_id, mention.cls, mention.en, surface, lang, mention.vi, mention.written,
                             seat=seat)
    # the label's own words romanised; the dictionary form may add to them ("выставка «Иннопром-2025»")
    label = " ".join(mention.en.split())
    return MentionRecord(mention.entity_id, mention.cls, romanise(label, lang), surface, lang, mention.vi,
                         mention.written or label, romanised=True, seat=seat)


def extract_document(doc: Document) -> DocumentResult:
    """Language, mentions and facts of one document (evidence offsets into the original text); no sentence
    or word outlives the call."""
    analysed = analyse(doc)
    text = analysed.cleaned.text
    mentions: Counter[MentionRecord] = Counter()
    facts: list[Fact] = []
    topic, previous, last_event, last_policy, paragraph = None, [], None, None, -1
    event_seen = -AT_HAND_SENTENCES - 1     # the sentence that last named or referred to `last_event`
    sentences = [s for s in analysed.sentences if not s.in_references]
    body_types: list[list[Mention]] = [[] for _ in sentences]     # local bodies named without a place
    found_in = [find_mentions(sentence, types) for sentence, types in zip(sentences, body_types)]
    main = main_locality(found_in)
    for index, (sentence, found, types) in enumerate(zip(sentences, found_in, body_types)):
        if sentence.paragraph != paragraph:
            topic, previous, paragraph = None, [], sentence.paragraph   # subjects carry over within a paragraph
        references = plural_references(sentence, found, previous) + event_references(sentence, found, last_event) \
            + policy_references(sentence, found, last_policy) + locality_references(sentence, found, topic, main) \
            + we_references(sentence, found, main) + relative_references(sentence, found) \
            + implied_bodies(found, types, topic, main)
        at_hand = last_event if index - event_seen <= AT_HAND_SENTENCES else None
        sentence_facts, implied = extract_relations(sentence, sorted(found + references, key=lambda m: (m.first, -m.last)),
                                                    topic or opening_reference(references), at_hand)
        facts += sentence_facts
        mentions.update(_record(m, text) for m in drop_idle_roles(found, sentence_facts))
        mentions.update(_record(m, text) for m in implied)
        topic = sentence_topic(sentence, found, topic)
        previous = found
        if any(m.cls == "Event" for m in found + references):
            event_seen = index
        last_event = next((m for m in reversed(found) if m.cls == "Event"), last_event)
        last_policy = next((m for m in reversed(found) if m.cls == "PolicyDocument"), last_policy)
    facts += mission_members(facts, {m.entity_id for m in mentions if m.cls == "GovernmentBody"})
    mentions, facts = grounded_only(mentions, facts)
    return DocumentResult(doc.id, doc.path, analysed.lang, len(doc.text), tuple(mentions.items()),
                          tuple(in_original(f, analysed.cleaned) for f in facts), doc.url, doc.date, doc.title)


def graph_of(results: list[DocumentResult], started: float) -> KnowledgeGraph:
    """Merge per-document results into the graph, in document-id order whatever order they came in."""
    results = sorted(results, key=lambda r: r.doc_id)
    entities = resolve([m for r in results for m in r.mentions], [f for r in results for f in r.facts])
    return KnowledgeGraph(entities, [f for r in results for f in r.facts],
                          [SourceDocument(r.doc_id, r.path, r.lang, r.chars, r.url, r.date, r.title) for r in results],
                          seconds=time.perf_counter() - started)


def build_documents(docs: list[Document], progress: Callable[[Document], None] | None = None, workers: int = 1,
                    scheduler: str | None = None, cache: ResultCache | None = None) -> KnowledgeGraph:
    """The graph of `docs`, extracted in this process, in `workers` processes or on the Dask cluster whose
    scheduler address is `scheduler`; documents whose result `cache` holds are not extracted again. The
    same graph every way and in any order of `docs`."""
    started = time.perf_counter()
    results, todo = [], []
    for doc in docs:
        found = cache.get(doc) if cache else None
        if found is None:
            todo.append(doc)
            continue
        results.append(found)
        if progress:
            progress(doc)
    fresh = extract_all(extract_document, todo, workers, scheduler, progress)
    if cache:
        for doc, result in zip(todo, fresh):
            cache.put(doc, result)
    return graph_of(results + fresh, started)


def build(paths: list[str | Path] | str | Path | None = None, lang: str | None = None, workers: int = 1,
          scheduler: str | None = None, *, texts: Iterable[str | tuple[str, str] | dict] | None = None,
          progress: Callable[[int, int], None] | None = None) -> KnowledgeGraph:
    """Build the knowledge graph of the inputs at `paths` and of `texts`.

    paths: files or folders of them (.txt, .md, .jsonl: one article per line, .html/.htm: the page's main
        text), or "-" for standard input; a single path may be given as it is.
    texts: texts given directly, each a string (its document id is text-1, text-2, ... by position), an
        (id, text) pair, or a dict like a JSON Lines record: {"id", "text"} and optionally "lang", "url",
        "date" (YYYY-MM-DD or an ISO date-time) and "title".
    lang: the language of every input without its own (default: detected per paragraph).
    workers, scheduler: extract in `workers` local processes, or on the Dask cluster at `scheduler`.
    progress: called as progress(done, total) each time a document is finished (from this process).

    A bad input raises kg.errors.KgError naming it (the file, "file.jsonl:LINE" or "texts[i]").

        graph = kg.build(texts=["Cao Bang borders Guangxi.", ("note", "Da Nang cooperates with JICA.")],
                         progress=lambda done, total: print(f"{done}/{total}"))
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    extra = text_documents(texts, lang) if texts is not None else []
    docs = read_inputs(list(paths or []), lang, extra=extra).documents
    tick = None
    if progress is not None:
        done = 0

        def tick(_doc: Document) -> None:
            nonlocal done
            done += 1
            progress(done, len(docs))
    return build_documents(docs, progress=tick, workers=workers, scheduler=scheduler)
