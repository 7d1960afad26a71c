"""Dictionary forms of words: a lemmatiser per language plus reverse-inflection rules for names.

pymorphy3 (ru, uk) gives lemmas of ordinary words; it guesses wrongly for transliterated
names (Куангниня → куангнинить), so `candidates` adds the forms obtained by undoing the
endings listed in kg/data/lang/<xx>/morphology.yaml. For pl, de, en and fr those endings are
all we use: simplemma's dictionaries took 1-6 s each to load here (pl 5.7 s), longer than
building the whole corpus, and names, not common words, are what the matchers look up.
"""
from __future__ import annotations

from functools import lru_cache

from kg.analyse.normalise import fold
from kg.model import LANGUAGES
from kg.profile import profile

PYMORPHY_LANGS = frozenset(lang for lang in LANGUAGES if profile(lang).morphology.lemmatiser == "pymorphy3")


@lru_cache(maxsize=None)
def pymorphy(lang: str):
    """pymorphy3's analyser for ru or uk (its dictionaries load once)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


class Morphology:
    """Lemmas and candidate dictionary forms for one language (results cached per word)."""

    def __init__(self, lang: str):
        self.lang = lang
        self.suffixes = profile(lang).morphology.suffixes
        self.pymorphy = profile(lang).morphology.lemmatiser == "pymorphy3"
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)
        self.candidates = lru_cache(maxsize=200_000)(self._candidates)

    def _lemma(self, word: str) -> str:
        """The lemma of a lower-cased word, folded."""
        if self.pymorphy and word.replace("'", "").replace("’", "").isalpha():     # "в'єтнамській"
            return fold(pymorphy(self.lang).parse(word)[0].normal_form)
        return fold(word)

    def _candidates(self, word: str) -> frozenset[str]:
        """Folded forms the lower-cased `word` may be an inflection of (itself included)."""
        forms = {word}
        for ending, base in self.suffixes:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                forms.add(word[: len(word) - len(ending)] + base)
        folded = {fold(f) for f in forms}
        folded.add(self.lemma(word))
        return frozenset(folded)


@lru_cache(maxsize=None)
def morphology(lang: str) -> Morphology:
    return Morphology(lang)
