"""Places no lexicon lists, named with their country in brackets: "Менгма (Китай)" is a place in
China. Only foreign places: inside Vietnam the ontology's Locality is a province, and a village or
site in brackets ("Pac Bo (Vietnam)") is none."""
from __future__ import annotations

from kg.analyse.normalise import slug
from kg.extract.labels import romanise
from kg.extract.legal_forms import form_at
from kg.extract.lexicon import DEMONYM
from kg.extract.place_nouns import PlaceNouns, place_nouns
from kg.extract.transliteration import latinise
from kg.model import Mention, Sentence
from kg.profile import profile

CLASS = "ForeignRegion"
HOME = "vietnam"
MAX_WORDS = 3


def find_bracketed_places(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A ForeignRegion for the capitalised words right before "(Country)" that nothing else names."""
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    out = []
    for country in (m for m in mentions if m.cls == "Country" and m.entity_id != HOME and m.in_brackets):
        first = country.first
        while first - 1 >= 0 and country.first - first < MAX_WORDS and first - 1 not in taken \
                and sentence.words[first - 1].is_capitalised:
            gap = sentence.gap(first - 1, first)
            if first != country.first and gap.strip():
                break       # the name's words are separated by spaces only
            first -= 1
        if first == country.first or first == 0 or any(form_at(sentence, k) for k in range(first, country.first)):
            continue        # nothing capitalised before the bracket, only the sentence's first word, or "Ltd (Korea)"
        name = " ".join(w.text for w in sentence.words[first:country.first])
        out.append(Mention(sentence, first, country.first - 1, slug(latinise(name)), CLASS, "pattern:place",
                           en=latinise(name), place=country.entity_id))
    return out


def find_classed_places(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """ForeignRegions named after a country adjective and a class noun: "камбоджийскими провинциями Кратьэ и
    Мондулькири", "the Lao provinces of Sekong and Attapeu", "la province chinoise du Yunnan". Each name is
    the capitalised words of one list item that nothing else names; known places may be items too."""
    nouns = place_nouns(sentence.lang)
    separators = set(profile(sentence.lang).patterns.list_separators)
    ws = sentence.words
    taken = {k for m in mentions if m.cls != DEMONYM for k in range(m.first, m.last + 1)}
    out = []
    for adjective in (m for m in mentions if m.cls == DEMONYM and m.entity_id != HOME):
        noun = _class_noun_next_to(sentence, adjective, nouns)
        if noun is None:
            continue
        k = max(noun, adjective.last) + 1
        while k < len(ws) and ws[k].folded in nouns.connectors and not sentence.gap(k - 1, k).strip():
            k += 1
        while k < len(ws):
            known = next((m for m in mentions if m.cls != DEMONYM and m.first <= k <= m.last), None)
            if known is not None and known.cls in ("ForeignRegion", "Locality"):
                last = known.last
            elif k not in taken and ws[k].is_capitalised:
                last = _name_end(sentence, k, taken, 1 if nouns.capitalised else MAX_WORDS)
                name = " ".join(w.text for w in ws[k:last + 1])
                out.append(Mention(sentence, k, last, slug(romanise(name, sentence.lang)), CLASS, "pattern:place",
                                   en=name, place=adjective.entity_id))
            else:
                break
            k = _next_item(sentence, last, separators)
            if k is None:
                break
    return out


def _class_noun_next_to(sentence: Sentence, adjective: Mention, nouns: PlaceNouns) -> int | None:
    """The class noun right after the adjective (or right before it: "la province chinoise")."""
    ws = sentence.words
    for k in (adjective.last + 1, adjective.first - 1):
        if 0 <= k < len(ws) and nouns.is_class_noun(ws[k], sentence.lang) \
                and not sentence.gap(min(k, adjective.last), max(k, adjective.first)).strip():
            return k
    return None


def _name_end(sentence: Sentence, first: int, taken: set[int], most: int) -> int:
    """The last of the capitalised words from `first` joined by spaces or hyphens (at most `most`)."""
    ws = sentence.words
    last = first
    while last + 1 < len(ws) and last + 1 - first < most and last + 1 not in taken and ws[last + 1].is_capitalised \
            and sentence.gap(last, last + 1) in (" ", "-"):
        last += 1
    return last


def _next_item(sentence: Sentence, last: int, separators: set[str]) -> int | None:
    """The first word of the next list item after word `last` (", ", "и", ", and"), or None."""
    ws = sentence.words
    k = last + 1
    if k >= len(ws):
        return None
    gap = sentence.gap(last, k).strip()
    if gap not in ("", ","):
        return None
    while k < len(ws) and ws[k].norm in separators:
        k += 1
    return k if k > last + 1 or gap == "," else None
