"""Plural references back to places: "Bac Ninh and Hai Phong. In these two cities ..." gives the
second sentence one mention standing for both localities of the first (`Mention.also`)."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.triggers import TriggerSet
from kg.model import Mention, Sentence
from kg.resources import lang_data

SOURCE = "anaphora"
REFERENT_CLASSES = {"Locality"}


@lru_cache(maxsize=None)
def _phrases(lang: str) -> TriggerSet:
    return TriggerSet({"places": lang_data(lang, "patterns").get("plural_anaphora") or []})


def plural_references(sentence: Sentence, mentions: list[Mention], previous: list[Mention]) -> list[Mention]:
    """A mention for each plural reference not already part of a name, standing for the localities
    of the previous sentence (when there are at least two)."""
    referents = sorted({m.entity_id: m for m in previous if m.cls in REFERENT_CLASSES}.values(), key=lambda m: m.first)
    if len(referents) < 2:
        return []
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    out = []
    for hit in _phrases(sentence.lang).find(sentence):
        if taken.isdisjoint(range(hit.first, hit.last + 1)) and not any(o.first <= hit.first <= o.last for o in out):
            out.append(Mention(sentence, hit.first, hit.last, referents[0].entity_id, referents[0].cls, SOURCE,
                               also=tuple(r.entity_id for r in referents[1:])))
    return out
