"""Offices: a role noun no lexicon position covers ("ambassador", "wicemarszałek", "Phó Chủ tịch"), and the
title chain a role heads: the role, what it is the role of and where it serves —
"Chairman of the Quang Ninh Provincial People's Committee", "ambassador of France to Vietnam",
"EuroCham chairman", "вице-губернатор Приморского края". The chain is what names the office
(kg/extract/rules/structural.py makes it a Position) and where a person's name may start after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.analyse.normalise import slug
from kg.extract.labels import ENGLISH, label_language, romanise
from kg.extract.lexicon import load_lexicon
from kg.extract.place_nouns import place_nouns
from kg.extract.triggers import TriggerSet
from kg.model import Fact, Mention, Sentence
from kg.profile import profile

CLASS = "Position"
SOURCE = "pattern:role"
CHAIN_SOURCE = "pattern:position"
ANCHOR_CLASSES = {"GovernmentBody", "Organization", "Locality", "Country", "ForeignRegion"}
BODY_CLASSES = {"GovernmentBody", "Organization"}     # an office of a body makes its holder a member
HOST_CLASSES = {"Country", "Locality", "ForeignRegion"}
MAX_CONNECTORS = 3        # words between a role and its anchor ("of the", "de la")
MAX_PORTFOLIO = 8         # words of a portfolio ("for Economic Affairs", "chargée de l'Europe et de l'international")


@lru_cache(maxsize=None)
def role_nouns(lang: str) -> TriggerSet:
    """The role nouns of a language, labelled with their English role."""
    patterns = profile(lang).patterns
    return TriggerSet(patterns.roles, exact=patterns.roles_whole_words)


@lru_cache(maxsize=None)
def _connectors(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    patterns = profile(lang).patterns
    return frozenset(patterns.role_connectors), frozenset(patterns.role_hosts)


def connector_words(lang: str) -> frozenset[str]:
    """The words between a role, or a document, and the body it belongs to ("of the", "de", "của")."""
    return _connectors(lang)[0]


def find_roles(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A Position mention for each role noun outside every other mention, longest first."""
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    deputies = tuple(profile(sentence.lang).patterns.role_deputies)
    ws = sentence.words
    out = []
    for hit in role_nouns(sentence.lang).find(sentence):
        span = range(hit.first, hit.last + 1)
        if any(k in taken for k in span):
            continue
        first, label = hit.first, hit.label
        if deputies and first > 0 and first - 1 not in taken and ws[first - 1].norm.startswith(deputies) \
                and not label.startswith(("Deputy", "Vice")) and not sentence.gap(first - 1, first).strip():
            first, label = first - 1, f"Deputy {label}"     # "заместителя губернатора", "Deputy Governor"
        out.append(Mention(sentence, first, hit.last, slug(label), CLASS, SOURCE, en=label))
        taken.update(range(first, hit.last + 1))
    return out


@lru_cache(maxsize=1)
def _offices_of_body() -> dict[str, tuple[str, ...]]:
    """Lexicon positions by the body they belong to ("peoples-committee" → its chairman, vice-chairman ...)."""
    offices: dict[str, list[str]] = {}
    for entry in load_lexicon().values():
        if entry.cls == CLASS and entry.body:
            offices.setdefault(entry.body, []).append(entry.id)
    return {body: tuple(ids) for body, ids in offices.items()}


@dataclass(frozen=True)
class TitleChain:
    role: Mention
    anchor: Mention | None        # what the office is of: a body, organisation or place
    host: Mention | None          # where it serves: "to Vietnam", "in Ho Chi Minh City"
    first: int                    # first and last word of the whole title
    last: int

    def office(self) -> Mention | None:
        """The office as one Position mention ("Ambassador of France to Vietnam"), or None for a bare role."""
        if self.anchor is None:
            return None
        lexicon = load_lexicon()

        def english(m: Mention) -> str:
            if m.entity_id in lexicon:
                return lexicon[m.entity_id].en
            if m.en and label_language(m) != ENGLISH:       # the text's own words: "Rector of the Novosibirskiy …"
                return romanise(m.written or m.en, m.sentence.lang)
            return m.en or m.entity_id

        anchor_id, anchor_en = self.anchor.entity_id, english(self.anchor)
        kind = self.anchor.place and anchor_id.removeprefix(f"{self.anchor.place}-")
        if kind and kind != anchor_id and kind in lexicon:
            # one office in every province, named without it (its body names the province): the lexicon's
            # "Chairman of the Provincial People's Committee" where it has one
            known = [i for i in _offices_of_body().get(kind, ()) if i.startswith(f"{self.role.entity_id}-")]
            if known:
                office = min(known, key=len)
                return Mention(self.role.sentence, self.first, self.last, office, CLASS, CHAIN_SOURCE)
            anchor_id, anchor_en = kind, lexicon[kind].en
        article = "the " if self.anchor.cls in BODY_CLASSES else ""
        label = f"{english(self.role)} of {article}{anchor_en}"
        entity_id = f"{self.role.entity_id}-of-{anchor_id}"
        if self.host is not None:
            word = "to" if self.role.entity_id.startswith("ambassador") else "in"
            label += f" {word} {english(self.host)}"
            entity_id += f"-{word}-{self.host.entity_id}"
        return Mention(self.role.sentence, self.first, self.last, entity_id, CLASS, CHAIN_SOURCE, en=label,
                       written=self.nominative())

    def nominative(self) -> str | None:
        """ru, uk: the title in its dictionary form, its head noun (and adjectives before it) in the nominative and
        the rest as written: "заместителем губернатора Новосибирской области" → "заместитель губернатора
        Новосибирской области"; None elsewhere."""
        sentence = self.role.sentence
        if profile(sentence.lang).patterns.name_shape != "slavic":
            return None
        from kg.analyse.morphology import pymorphy
        from kg.extract.organisations import nominative

        analyser = pymorphy(sentence.lang)
        head = next((k for k in range(self.role.first, self.role.last + 1)
                     if analyser.parse(sentence.words[k].text.lower())[0].tag.POS == "NOUN"), None)
        return None if head is None else nominative(sentence, self.first, self.last, head)


def words_only(gap: str) -> bool:
    """True when a gap holds words and spaces only (an elided "l'" too), no comma or bracket."""
    return not re.sub(r"\w+", "", gap).strip(" '’")


def title_chain(sentence: Sentence, mentions: list[Mention], role: Mention) -> TitleChain:
    """The title `role` heads in `mentions` (sorted by position): an anchor after it over connector words
    ("of the", "de", a genitive needs none), or a body right before it ("EuroCham chairman"), and a host
    place after a host word ("to Vietnam")."""
    connectors, hosts = _connectors(sentence.lang)
    articles = frozenset(profile(sentence.lang).patterns.articles)
    portfolios = frozenset(profile(sentence.lang).patterns.role_portfolios)
    nouns = place_nouns(sentence.lang)
    ws = sentence.words
    after = [m for m in mentions if m.first > role.last]
    anchor = host = None
    first, last = role.first, role.last

    def connects(k: int, nxt: Mention) -> bool:
        """Word k may stand between the role and `nxt`: a connector, a host word before a body ("im
        Ministerium"), a class noun before a place ("de la région Occitanie")."""
        word = ws[k].norm.rstrip("'’")
        return word in connectors or nxt.cls in BODY_CLASSES and word in hosts \
            or nxt.cls in HOST_CLASSES and nouns.is_class_noun(ws[k], sentence.lang)

    for end in dict.fromkeys((role.last, _portfolio_end(sentence, role.last, portfolios, connectors))):
        nxt = next((m for m in after if m.first > end), None)
        gap = nxt.first - end - 1 if nxt is not None else 0
        # a genitive needs no connector ("губернатора Приморского края"); after a portfolio one stands
        if nxt is not None and nxt.cls in ANCHOR_CLASSES and (gap > 0 or end == role.last) and gap <= MAX_CONNECTORS \
                and all(connects(k, nxt) for k in range(end + 1, nxt.first)) \
                and words_only(sentence.gap(role.last, nxt.first)):
            anchor, last = nxt, nxt.last
            break
    else:
        before = [m for m in mentions if m.last == role.first - 1 and m.cls in BODY_CLASSES]
        if before and not sentence.gap(before[-1].last, role.first).strip():
            anchor, first = before[-1], before[-1].first
    if anchor is not None:
        rest = [m for m in after if m.first > last]
        between = range(last + 1, rest[0].first) if rest else range(0)
        if rest and rest[0].cls in HOST_CLASSES and 1 <= len(between) <= 2 and ws[last + 1].norm in hosts \
                and all(ws[k].norm in hosts or ws[k].norm in articles for k in between) \
                and words_only(sentence.gap(last, rest[0].first)):
            host, last = rest[0], rest[0].last      # "to Vietnam", "to the Republic of Korea"
        last = _portfolio_after(sentence, last, portfolios - connectors, {m.first for m in after})
    return TitleChain(role, anchor, host, first, last)


def _portfolio_end(sentence: Sentence, last: int, portfolios: frozenset[str], connectors: frozenset[str]) -> int:
    """The word before the connector that ends a portfolio right after a role ("Vice Governor for Economic
    Affairs of ..."), or `last` when none follows."""
    ws = sentence.words
    if last + 1 >= len(ws) or ws[last + 1].norm not in portfolios:
        return last
    for k in range(last + 2, min(len(ws), last + 2 + MAX_PORTFOLIO)):
        if ws[k].norm in connectors and ws[k].norm not in portfolios and words_only(sentence.gap(last, k)):
            return k - 1
    return last


def _portfolio_after(sentence: Sentence, last: int, openers: frozenset[str], starts: set[int]) -> int:
    """The end of a portfolio after the whole title ("... de la région Occitanie chargée de l'Europe et de
    l'international, Mme ..."): up to the next punctuation, over no name; `last` when there is none."""
    ws = sentence.words
    if last + 1 >= len(ws) or ws[last + 1].norm not in openers:
        return last
    end = last + 1
    while end + 1 < len(ws) and end + 1 - last <= MAX_PORTFOLIO and end + 1 not in starts \
            and words_only(sentence.gap(end, end + 1)):
        end += 1
    return end if end + 1 >= len(ws) or not words_only(sentence.gap(end, end + 1)) else last


def drop_idle_roles(mentions: list[Mention], facts: list[Fact]) -> list[Mention]:
    """Mentions without the role nouns no fact names: "the director said" is no entity of its own."""
    named = {x for f in facts for x in (f.triple.subject, f.triple.object)}
    return [m for m in mentions if m.source != SOURCE or m.entity_id in named]
