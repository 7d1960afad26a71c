"""Delegations and who leads them: the people named after a leader phrase ("во главе с", "led by", "pod
przewodnictwem"; `leader_words` in kg/data/lang/<xx>/patterns.yaml) take part in what the delegation before it takes
part in — "Впервые в форуме приняла участие делегация Иркутской области во главе с заместителем губернатора Вадимом
Ершовым" — or, when the sentence names no event, in the event the text is at: "The Korean delegation was led by Park
Sung-ho"."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.context import SentenceContext
from kg.extract.triggers import Hit, TriggerSet
from kg.model import Mention
from kg.profile import profile

RELATION = "participatesIn"
LEADER_REACH = 6        # words from the leader phrase to the person (a title may stand between)
DELEGATION_REACH = 5    # words from "delegation" to the leader phrase
CONFIDENCE = 0.55


@lru_cache(maxsize=None)
def _leaders(lang: str) -> TriggerSet:
    return TriggerSet({"leader": profile(lang).patterns.leader_words})


@lru_cache(maxsize=None)
def _delegations(lang: str) -> TriggerSet:
    return TriggerSet({"delegation": profile(lang).patterns.delegation_words})


def led_delegations(ctx: SentenceContext) -> None:
    for hit in _leaders(ctx.s.lang).find(ctx.s):
        leaders = _leaders_after(ctx, hit)
        if not leaders:
            continue
        before = {m.entity_id for m in ctx.mentions if m.last < hit.first and ctx.clause[m.last] == ctx.clause[hit.first]}
        events = {t.object for t in ctx.facts if t.predicate == RELATION and t.subject in before}
        targets = [m for m in ctx.mentions if m.cls == "Event" and m.entity_id in events]
        if not targets and _after_delegation(ctx, hit) and ctx.at_hand is not None \
                and not any(m.cls == "Event" for m in ctx.mentions):
            targets = [ctx.at_hand]
        for leader in leaders:
            for event in targets:
                ctx.add(leader, RELATION, event, "rule:delegation-leader", CONFIDENCE)


def _leaders_after(ctx: SentenceContext, hit: Hit) -> list[Mention]:
    """The person named first after the phrase (past a title), with the people listed after them."""
    first = next((m for m in ctx.mentions if m.first > hit.last and m.cls == "Person"
                  and ctx.distance(hit.last, m.first) <= LEADER_REACH and ctx.clause[m.first] == ctx.clause[hit.last]), None)
    return ctx.chain(first, {"Person"}, 1) if first is not None else []


def _after_delegation(ctx: SentenceContext, hit: Hit) -> bool:
    """True when a word for a delegation stands shortly before the leader phrase ("the Korean delegation was led by")."""
    return any(d.last < hit.first and ctx.distance(d.last, hit.first) <= DELEGATION_REACH
               for d in _delegations(ctx.s.lang).find(ctx.s))
