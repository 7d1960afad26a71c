"""The words that say a name is a place, per language (kg/data/world/place_nouns.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.analyse.morphology import morphology
from kg.analyse.normalise import fold, words
from kg.model import Word
from kg.resources import load_yaml


@dataclass(frozen=True)
class PlaceNouns:
    class_nouns: frozenset[str]         # folded dictionary forms: "провинция", "prefecture"
    connectors: frozenset[str]          # between a class noun and the name: "of", "de"
    capitalised: bool                   # every noun is written with a capital (de)

    def is_class_noun(self, word: Word, lang: str) -> bool:
        """True for an inflected form of a class noun ("провинциями", "provinces")."""
        return bool(morphology(lang).candidates(word.norm) & self.class_nouns)


@lru_cache(maxsize=None)
def place_nouns(lang: str) -> PlaceNouns:
    data = (load_yaml("world/place_nouns.yaml") or {}).get(lang) or {}
    nouns = frozenset(" ".join(fold(w) for w, _, _ in words(n)) for n in data.get("class_nouns") or ())
    return PlaceNouns(nouns, frozenset(fold(w) for w in data.get("name_connectors") or ()),
                      bool(data.get("nouns_capitalised")))
