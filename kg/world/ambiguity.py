"""Which data place names cannot be taken alone: common words, months, people's names, short names.

A name from the data libraries is trusted as a place only when it is unlikely to be anything else;
the others need context in the sentence (kg/extract/gazetteer.py). Frequencies come from wordfreq's
word lists, month names from CLDR, people's names from pymorphy3's tags and the hand-kept persons.
"""
from __future__ import annotations

from functools import lru_cache

from kg.analyse.normalise import fold, words
from kg.extract.transliteration import is_cyrillic
from kg.model import LANGUAGES
from kg.world.cldr import month_names

COMMON_ZIPF = 4.3       # ≥ 20 uses per million words (Paris 4.8, Split 4.7; Osaka is 3.6)
VERY_COMMON_ZIPF = 5.0  # ≥ 100 per million (Nice, Essen, East, мира, est)
MIN_LETTERS = 4
CYRILLIC_LANGS = ("ru", "uk")
PERSON_TAGS = {"Name", "Surn", "Patr"}


@lru_cache(maxsize=None)
def _months() -> frozenset[str]:
    return frozenset(fold(m) for lang in LANGUAGES for m in month_names(lang))


@lru_cache(maxsize=None)
def _person_words() -> frozenset[str]:
    from kg.extract.lexicon import hand_kept

    return frozenset(fold(w) for e in hand_kept().values() if e.cls == "Person"
                     for name, _ in e.all_names() for w, _, _ in words(name))


def _zipf(name: str) -> float:
    """The highest word frequency of `name` among the seven languages written in its script."""
    from wordfreq import zipf_frequency

    langs = CYRILLIC_LANGS if is_cyrillic(name) else tuple(lang for lang in LANGUAGES if lang not in CYRILLIC_LANGS)
    return max(zipf_frequency(name, lang) for lang in langs)


def _person(word: str) -> bool:
    if fold(word) in _person_words():
        return True
    if is_cyrillic(word):
        from kg.analyse.morphology import pymorphy

        return any(PERSON_TAGS & p.tag.grammemes for lang in CYRILLIC_LANGS
                   for p in pymorphy(lang).parse(word)[:1])
    return False


def ambiguity(name: str) -> int:
    """0: a place name only; 1: also a common word or a month (a capital mid-sentence is context enough);
    2: shorter than four letters, a person's name or a very common word (a capital proves nothing)."""
    parts = [w for w, _, _ in words(name)]
    if sum(c.isalpha() for c in name) < MIN_LETTERS or not parts or (len(parts) == 1 and _person(name)):
        return 2
    zipf = _zipf(name)
    if zipf >= VERY_COMMON_ZIPF:
        return 2
    return 1 if zipf >= COMMON_ZIPF or (len(parts) == 1 and fold(name) in _months()) else 0
