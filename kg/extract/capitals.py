"""Capital nouns ("capital", "административный центр", "Landeshauptstadt", "chef-lieu", "thủ phủ"; `capital_nouns`
in kg/data/lang/<xx>/patterns.yaml): in "Kiel, die Landeshauptstadt Schleswig-Holsteins" they say where the city
lies, and they are no organisation's head ("административный центр Алтайского края" is not a centre)."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.triggers import Hit, TriggerSet
from kg.model import Sentence
from kg.profile import profile


@lru_cache(maxsize=None)
def _capital_nouns(lang: str) -> TriggerSet:
    return TriggerSet({"capital": profile(lang).patterns.capital_nouns})


def capital_hits(sentence: Sentence) -> list[Hit]:
    """The capital nouns of the sentence, longest first at each word."""
    return _capital_nouns(sentence.lang).find(sentence)


def in_capital_noun(sentence: Sentence, first: int, last: int) -> bool:
    """True when words `first`..`last` lie inside a capital noun."""
    return any(h.first <= first and last <= h.last for h in capital_hits(sentence))
