"""Places no lexicon lists, named with their country in brackets: "Менгма (Китай)" is a place in
China. Only foreign places: inside Vietnam the ontology's Locality is a province, and a village or
site in brackets ("Pac Bo (Vietnam)") is none."""
from __future__ import annotations

from kg.analyse.normalise import slug
from kg.extract.transliteration import latinise
from kg.model import Mention, Sentence

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
        if first == country.first or first == 0:
            continue        # nothing capitalised before the bracket, or only the sentence's first word
        name = " ".join(w.text for w in sentence.words[first:country.first])
        out.append(Mention(sentence, first, country.first - 1, slug(latinise(name)), CLASS, "pattern:place",
                           en=latinise(name), place=country.entity_id))
    return out
