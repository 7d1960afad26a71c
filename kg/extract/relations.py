"""Stage 4: relations between the mentions of a sentence: the rules of kg/extract/rules, run in the
order listed here over one SentenceContext (kg/extract/context.py); trigger rules only run in sentences
that assert (not in recommendations, wishes, plans or questions)."""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.analyse.normalise import POSSESSIVE
from kg.extract import anaphora, demonyms
from kg.extract.context import TOPIC_CLASSES, TOPIC_REACH, SentenceContext, rules
from kg.extract.organisations import based_on
from kg.extract.rules import cued, delegations, inclusions, investment, structural, triggered, verb_final
from kg.model import Fact, Mention, Sentence

Rule = Callable[[SentenceContext], None]

# in order: a rule may rely on the facts of those before it
STRUCTURAL_RULES: tuple[Rule, ...] = (structural.titles, structural.parentheses, structural.event_places,
                                      structural.containers, structural.situations, structural.capitals, structural.possessives,
                                      structural.settings, structural.affiliations,
                                      structural.issuers, structural.presence)
ASSERTION_RULES: tuple[Rule, ...] = (triggered.triggers, verb_final.verb_final, verb_final.split_verbs, cued.cues,
                                      investment.company_investments, delegations.led_delegations,
                                      inclusions.included_participants, triggered.prefer_specific,
                                      triggered.one_role)


def sentence_topic(sentence: Sentence, mentions: list[Mention], previous: Mention | None) -> Mention | None:
    """The subject later sentences may refer back to: a place or body the sentence starts with,
    not one a preposition governs ("invests in Korea", "з Республіки Корея")."""
    lang_rules = rules(sentence.lang)
    governed = lang_rules.comitative_words | lang_rules.direction_words | lang_rules.place_prepositions
    for m in mentions:
        if is_possessor(sentence, m):
            continue        # "South Korea's Doosan Enerbility ...": the possessor is not what the sentence is about
        if m.first <= TOPIC_REACH and m.cls in TOPIC_CLASSES and m.source != demonyms.PLACE_SOURCE and \
                (m.first == 0 or sentence.words[m.first - 1].norm not in governed):
            return m
    return previous


def opening_reference(references: list[Mention]) -> Mention | None:
    """A reference to the document's locality among a sentence's first words, governed by the word before it
    ("Năm 2024, kim ngạch xuất khẩu của tỉnh ..."): the subject the sentence's verbs may take, as a topic carried
    over would be."""
    return next((m for m in references if m.source == anaphora.SOURCE and m.cls == "Locality"
                 and 0 < m.first <= TOPIC_REACH and _governed(m)), None)


def _governed(m: Mention) -> bool:
    """True for a mention right after a word, no punctuation between, that is no number: "xuất khẩu của tỉnh";
    not "Năm 2024, tỉnh ...", where it is the subject itself."""
    before = m.sentence.words[m.first - 1]
    return not m.sentence.gap(m.first - 1, m.first).strip() and not before.text[:1].isdigit()


def extract_relations(sentence: Sentence, mentions: list[Mention], topic: Mention | None,
                      at_hand: Mention | None = None) -> tuple[list[Fact], list[Mention]]:
    """The facts of a sentence, and the entities its rules inferred (source IMPLIED); `at_hand` is the event
    the text is at, for verbs that leave it unnamed."""
    ctx = SentenceContext(sentence, mentions, topic, at_hand=at_hand)
    if not sentence.in_references:
        for rule in STRUCTURAL_RULES:
            rule(ctx)
        until = ctx.asserted_until()
        if until:
            # a possessor is neither subject nor object of a verb ("Vietnam's southernmost province exports ...",
            # "with South Korea's South Gyeongsang Province"): the trigger rules see the sentence without it,
            # and without the names a modal word governs
            triggers = {h.first for h in ctx.rules.forward.find(sentence)}
            kept = [m for m in mentions if m.last < until
                    and not (is_possessor(sentence, m) and not _owns_trigger(sentence, m, triggers))]
            view = ctx if len(kept) == len(mentions) else SentenceContext(sentence, kept, topic, ctx.store, at_hand)
            view.implied, view.subjects_of = ctx.implied, ctx.subjects_of
            for rule in ASSERTION_RULES:
                rule(view)
    return [Fact(t, e) for t, e in ctx.facts.items()], ctx.implied


POSSESSED_REACH = 2     # words from a possessor to a trigger it owns: "Tay Ninh's (investment) priorities are …"


def _owns_trigger(sentence: Sentence, m: Mention, triggers: set[int]) -> bool:
    """True when a trigger starts within POSSESSED_REACH words after the possessor `m`, no punctuation between:
    "Tay Ninh's investment priorities are …" is about Tay Ninh's priorities."""
    return any(k in triggers and not re.search(r"[,;:()]", sentence.gap(m.last, k))
               for k in range(m.last + 1, min(len(sentence.words), m.last + 1 + POSSESSED_REACH)))


def is_possessor(sentence: Sentence, m: Mention) -> bool:
    """True for a name an English possessive ends ("Japan's"), or that says where what follows is based
    ("Ca Mau-based Minh Phu": Minh Phu is the partner of "signed with")."""
    k = m.last + 1
    return k < len(sentence.words) and sentence.gap(m.last, k).startswith(POSSESSIVE) or based_on(sentence, m)
