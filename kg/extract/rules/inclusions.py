"""Participants named as examples of a group that took part: "More than 40 German firms took part, including Bosch
and Siemens Energy", "Mehr als 40 Firmen nahmen teil, darunter …", "В нём приняли участие более 40 компаний, в том
числе …". The names listed after an inclusion word (`inclusion_words` in kg/data/lang/<xx>/patterns.yaml) that
follows a participation verb take part in the event the sentence names, or else in the event the text is at."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.context import SentenceContext
from kg.extract.triggers import TriggerSet
from kg.profile import profile

RELATION = "participatesIn"
CONFIDENCE = 0.55
LIST_REACH = 3      # words from the inclusion word to the first name (an article, a title's words)


@lru_cache(maxsize=None)
def _inclusions(lang: str) -> TriggerSet:
    return TriggerSet({"inclusion": profile(lang).patterns.inclusion_words}, exact=True)


@lru_cache(maxsize=None)
def _attendance(lang: str) -> TriggerSet:
    """The participation verbs that may leave their event unnamed, whole ("nahmen teil") or in two parts."""
    return TriggerSet({RELATION: profile(lang).relations[RELATION].unnamed} if RELATION in profile(lang).relations
                      else {})


def included_participants(ctx: SentenceContext) -> None:
    markers = _inclusions(ctx.s.lang).find(ctx.s)
    if not markers:
        return
    verbs = [h for h in ctx.rules.forward.find(ctx.s) + ctx.rules.backward.find(ctx.s) + _attendance(ctx.s.lang).find(ctx.s)
             if h.label == RELATION]
    if not verbs:
        return
    events = [m for m in ctx.mentions if m.cls == "Event"]
    event = events[0] if events else ctx.at_hand
    if event is None:
        return
    domain = ctx.allowed(RELATION, "domain")
    for marker in markers:
        if not any(v.last < marker.first for v in verbs):
            continue
        first = next((m for m in ctx.mentions if m.first > marker.last and m.cls in domain), None)
        if first is None or ctx.distance(marker.last, first.first) > LIST_REACH or ctx.governed(first):
            continue    # "darunter Vertreter von 40 Unternehmen aus Deutschland": where they came from
        for m in ctx.chain(first, domain, 1):
            ctx.add(ctx.holder(m, domain), RELATION, event, "rule:included", CONFIDENCE)

