"""Stage 4: relations between the mentions of a sentence: the rules of kg/extract/rules, run in the
order listed here over one SentenceContext (kg/extract/context.py); trigger rules only run in sentences
that assert (not in recommendations, wishes, plans or questions)."""
from __future__ import annotations

from collections.abc import Callable

from kg.extract import demonyms
from kg.extract.context import TOPIC_CLASSES, TOPIC_REACH, SentenceContext, rules
from kg.extract.rules import cued, structural, triggered
from kg.model import Fact, Mention, Sentence

Rule = Callable[[SentenceContext], None]

# in order: a rule may rely on the facts of those before it
STRUCTURAL_RULES: tuple[Rule, ...] = (structural.titles, structural.parentheses, structural.event_places,
                                      structural.containers, structural.settings, structural.issuers,
                                      structural.presence)
ASSERTION_RULES: tuple[Rule, ...] = (triggered.triggers, cued.cues, triggered.prefer_specific)


def sentence_topic(sentence: Sentence, mentions: list[Mention], previous: Mention | None) -> Mention | None:
    """The subject later sentences may refer back to: a place or body the sentence starts with,
    not one a preposition governs ("invests in Korea", "з Республіки Корея")."""
    lang_rules = rules(sentence.lang)
    governed = lang_rules.comitative_words | lang_rules.direction_words | lang_rules.place_prepositions
    for m in mentions:
        if m.first <= TOPIC_REACH and m.cls in TOPIC_CLASSES and m.source != demonyms.PLACE_SOURCE and \
                (m.first == 0 or sentence.words[m.first - 1].norm not in governed):
            return m
    return previous


def extract_relations(sentence: Sentence, mentions: list[Mention],
                      topic: Mention | None) -> tuple[list[Fact], list[Mention]]:
    """The facts of a sentence, and the entities its rules inferred (source IMPLIED)."""
    ctx = SentenceContext(sentence, mentions, topic)
    if not sentence.in_references:
        for rule in STRUCTURAL_RULES:
            rule(ctx)
        if ctx.is_assertion():
            for rule in ASSERTION_RULES:
                rule(ctx)
    return [Fact(t, e) for t, e in ctx.facts.items()], ctx.implied
