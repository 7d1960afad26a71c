"""Country adjectives that stand for the country: "вьетнамские товары" (Vietnam exports),
"japanische Investoren" (investment from Japan). Other adjectives stay parts of names."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.extract.lexicon import DEMONYM, load_lexicon
from kg.extract.place_nouns import place_nouns
from kg.extract.triggers import TriggerSet
from kg.model import Mention, Sentence
from kg.profile import profile


SOURCE = "pattern:demonym"
PLACE_SOURCE = "pattern:demonym-place"    # "вьетнамская провинция Хатинь": the country the place lies in
PLACE_CLASSES = {"Locality", "ForeignRegion"}
MAX_PLACE_GAP = 2        # words between the adjective and the place ("the Vietnamese province of Quang Tri")
# the only facts a country adjective can be an end of: trade and investment
RELATIONS = frozenset({"exportsTo", "attractsInvestmentFrom"})


@lru_cache(maxsize=None)
def _heads(lang: str) -> TriggerSet:
    return TriggerSet({"head": profile(lang).patterns.demonym_heads})


def promote_demonyms(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Demonym mentions next to an economic head noun become mentions of their country."""
    heads = _heads(sentence.lang)
    demonyms = [m for m in mentions if m.cls == DEMONYM]
    demonym_words = {k for m in demonyms for k in range(m.first, m.last + 1)}
    # coordinated adjectives share the noun: "японские и корейские компании"
    joiners = set(profile(sentence.lang).patterns.list_separators)
    lexicon = load_lexicon()
    out = []
    for m in demonyms:
        k = m.last + 1
        while k < len(sentence.words) and (k in demonym_words or sentence.words[k].norm in joiners):
            k += 1
        after = k < len(sentence.words) and any(h.first == k for h in heads.find_at(sentence, k))
        before = m.first > 0 and any(h.last == m.first - 1 for i in range(max(0, m.first - 3), m.first)
                                     for h in heads.find_at(sentence, i))
        if m.entity_id in lexicon and lexicon[m.entity_id].cls == "Country" and _describes_organisation(sentence, m, mentions):
            # "koreańską firmą Daesung Precision", "la société vietnamienne Hoàng Phát Fruit": where it is from
            out.append(replace(m, cls="Country", source=PLACE_SOURCE))
        elif (after or before) and m.entity_id in lexicon:
            out.append(replace(m, cls=lexicon[m.entity_id].cls, source=SOURCE))
        elif m.entity_id in lexicon and _describes_place(sentence, m, mentions):
            out.append(replace(m, cls=lexicon[m.entity_id].cls, source=PLACE_SOURCE))
    return out


def country_adjectives(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A country's name used as its adjective before a class noun and a place of that country ("the Lao
    provinces of Sekong and Attapeu") says where the place lies, like a demonym: its mention gets PLACE_SOURCE."""
    nouns = place_nouns(sentence.lang)
    ws = sentence.words
    return [replace(m, source=PLACE_SOURCE) if m.cls == "Country" and m.last + 1 < len(ws)
            and nouns.is_class_noun(ws[m.last + 1], sentence.lang) and _describes_place(sentence, m, mentions)
            else m for m in mentions]


def place_after(adjective: Mention, mentions: list[Mention]) -> Mention | None:
    """The first mention after a country adjective (the place it may describe)."""
    return min((m for m in mentions if m.first > adjective.last and m.cls != DEMONYM), key=lambda m: m.first,
               default=None)


def _describes_place(sentence: Sentence, adjective: Mention, mentions: list[Mention]) -> bool:
    """True for a country adjective right before a place of that country: "Вьетнамская провинция Хатинь",
    "wietnamska prowincja Quang Tri", "the Vietnamese province of Quang Tri" (the lexicon must agree)."""
    lexicon = load_lexicon()
    place = place_after(adjective, mentions)
    if place is None or place.cls not in PLACE_CLASSES or place.first - adjective.last - 1 > MAX_PLACE_GAP \
            or re.search(r"[^\w\s]", sentence.gap(adjective.last, place.first)):
        return False
    entry = lexicon.get(place.entity_id)
    return place.place == adjective.entity_id if entry is None else entry.part_of == adjective.entity_id


ORGANISATION_GAP = 1     # words between a country adjective and the organisation ("Korean manufacturer Hanwol")


def _describes_organisation(sentence: Sentence, adjective: Mention, mentions: list[Mention]) -> bool:
    """True for a country adjective right before an organisation no lexicon places, a lowercase noun at most
    between them: "Vietnamese developer Hoang Long Industrial Development JSC", "koreańską firmą Daesung"."""
    org = place_after(adjective, mentions)
    if org is None or org.cls != "Organization" or org.entity_id in load_lexicon() \
            or org.first - adjective.last - 1 > ORGANISATION_GAP or re.search(r"[^\w\s]", sentence.gap(adjective.last, org.first)):
        return False
    return all(not w.is_capitalised for w in sentence.words[adjective.last + 1:org.first])
