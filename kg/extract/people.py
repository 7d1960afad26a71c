"""People named after a title: "премьер-министр Фам Минь Чинь", "Wiceminister Ngo Le Van"."""
from __future__ import annotations

import re

from kg.analyse.normalise import fold, slug
from kg.extract.transliteration import is_cyrillic, latinise
from kg.model import Mention, Sentence

CLASS = "Person"
MAX_NAME_WORDS = 4
MAX_SYLLABLE = 7          # Vietnamese syllables are short, also in Cyrillic ("Куонг", "Тхань")


def _name_words(sentence: Sentence, start: int, taken: set[int]) -> int:
    """How many capitalised, syllable-like words follow from `start`."""
    ws = sentence.words
    n = 0
    while start + n < len(ws) and n < MAX_NAME_WORDS:
        w = ws[start + n]
        if start + n in taken or not w.is_capitalised or len(w.text) > MAX_SYLLABLE or not w.text.isalpha():
            break
        if n and sentence.text[ws[start + n - 1].end - sentence.start:w.start - sentence.start].strip():
            break       # punctuation between words ends the name
        n += 1
    return n


def find_people(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A run of 2-4 name-like words right after a Position mention (a comma may stand between)."""
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    out: list[Mention] = []
    for pos in (m for m in mentions if m.cls == "Position"):
        start = pos.last + 1
        if start < len(sentence.words):
            gap = sentence.text[sentence.words[pos.last].end - sentence.start:
                                sentence.words[start].start - sentence.start].strip()
            if gap not in ("", ","):
                continue
        place = next((m for m in mentions if m.first == start and m.cls == "Locality"), None)
        if place is not None:       # "Секретар партії провінції Цао Банг Куан Мінь Куонг"
            start = place.last + 1
        n = _name_words(sentence, start, taken)
        if n < 2:
            continue
        name = " ".join(w.text for w in sentence.words[start:start + n])
        english = latinise(name) if is_cyrillic(name) else re.sub(r"\s+", " ", name)
        english = " ".join(part[:1].upper() + part[1:] for part in fold(english).split())
        out.append(Mention(sentence, start, start + n - 1, slug(english), CLASS, "pattern:person", en=english))
        taken.update(range(start, start + n))
    return out
