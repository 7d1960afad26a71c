"""Verb-final clauses (German): "Die Botschaft und das Generalkonsulat haben die Provinz von Anfang an
unterstützt", "Das Forum haben das Volkskomitee und die AHK gemeinsam ausgerichtet", "Baltic Aqua Systems hat 18
Millionen Euro in eine Anlage in Khanh Hoa investiert". The participle that states the relation ends the clause, so
both ends stand before it: the names before the auxiliary (the first field) and those between the auxiliary and the
participle (the middle field). Which field holds the subject is read from the classes the relation allows; where
both fit, the first field does (the usual order). Languages list their auxiliaries in `auxiliaries`
(kg/data/lang/<xx>/patterns.yaml); a language with none has no such clauses.

Separable verbs part the same way: the finite verb stands second and its particle ends the clause ("Auf
vietnamesischer Seite nahmen A und B an dem Forum teil"); relations.yaml lists the pairs under `split`."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.analyse.normalise import fold
from kg.extract.context import SentenceContext
from kg.extract.rules.triggered import RECEIVING_CLASSES, UNNAMED_CONFIDENCE
from kg.extract.triggers import Hit, TriggerSet
from kg.model import Mention
from kg.ontology import ontology
from kg.profile import profile

MAX_MIDDLE_FIELD = 12       # words between the auxiliary and the participle, a name counting as one
CONFIDENCE = 0.65


@lru_cache(maxsize=None)
def _auxiliaries(lang: str) -> TriggerSet:
    return TriggerSet({"aux": profile(lang).patterns.auxiliaries}, exact=True)


def verb_final(ctx: SentenceContext) -> None:
    """Facts of clauses whose trigger is their last verb, the subject and objects both before it."""
    if not profile(ctx.s.lang).patterns.auxiliaries:
        return
    auxiliaries = _auxiliaries(ctx.s.lang).find(ctx.s)
    if not auxiliaries:
        return
    for direction, hits in ((1, ctx.rules.forward.find(ctx.s)), (-1, ctx.rules.backward.find(ctx.s))):
        for hit in hits:
            relation = hit.label
            if relation not in ontology().relations or _clause_goes_on(ctx, hit):
                continue
            aux = next((a for a in reversed(auxiliaries) if a.last < hit.first
                        and ctx.distance(a.last, hit.first) <= MAX_MIDDLE_FIELD
                        and ctx.clause[a.last] == ctx.clause[hit.first]), None)
            if aux is None:
                continue
            # a place after "in" says where, except for a relation only places are subjects of (it receives)
            places = ctx.allowed(relation, "domain") <= RECEIVING_CLASSES
            first_field = _field(ctx, aux, lambda m: m.last < aux.first, places)
            middle = _field(ctx, aux, lambda m: aux.last < m.first and m.last < hit.first, places)
            _add(ctx, relation, direction, first_field, middle)


def _clause_goes_on(ctx: SentenceContext, hit: Hit) -> bool:
    """True when a name follows the trigger in its clause: then it is no clause-final participle."""
    return any(m.first > hit.last and ctx.clause[m.first] == ctx.clause[hit.last] for m in ctx.mentions)


def _field(ctx: SentenceContext, aux: Hit, inside, settings: bool) -> list[Mention]:
    """The names of one field in the auxiliary's clause, without the settings ("in Hanoi") that describe them
    unless `settings`."""
    return [m for m in ctx.mentions if inside(m) and ctx.clause[m.first] == ctx.clause[aux.first]
            and (settings or not ctx.is_setting(m))]


def _add(ctx: SentenceContext, relation: str, direction: int, first_field: list[Mention], middle: list[Mention]) -> None:
    domain, rng = ctx.allowed(relation, "domain"), ctx.allowed(relation, "range")
    # a passive participle ("finanziert wird") names its object first; an active one its subject
    fields = (first_field, middle) if direction > 0 else (middle, first_field)
    for subjects, objects in (fields, fields[::-1]):
        subjects = [m for m in subjects if m.cls in domain]
        objects = [m for m in objects if m.cls in rng]
        if subjects and objects:
            for subject in subjects:
                for obj in objects:
                    ctx.add(ctx.holder(subject, domain), relation, obj, f"trigger:{relation}", CONFIDENCE)
            return


@lru_cache(maxsize=None)
def _split_verbs(lang: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(finite verb, particle) → (relation, phrase), folded, from the `split` triggers of relations.yaml."""
    pairs = {}
    for relation, triggers in profile(lang).relations.items():
        for phrase in triggers.split:
            finite, particle = (fold(w) for w in phrase.split())
            pairs[(finite, particle)] = (relation, phrase)
    return pairs


def split_verbs(ctx: SentenceContext) -> None:
    """Facts of clauses a separable verb frames: the finite verb, the names, the particle at the clause's end.
    The classes the relation allows tell the subjects from the objects (a title's parts stand for its holder)."""
    pairs = _split_verbs(ctx.s.lang)
    if not pairs:
        return
    ws = ctx.s.words
    finites = {finite for finite, _ in pairs}
    for k, word in enumerate(ws):
        if word.folded not in finites:
            continue
        for p in range(k + 1, len(ws)):     # "nahm teil." frames nothing: its event may go unnamed
            if ctx.clause[p] != ctx.clause[k] or ctx.distance(k, p) > MAX_MIDDLE_FIELD:
                break
            found = pairs.get((word.folded, ws[p].folded))
            if found is not None and _ends_clause(ctx, p):
                _add_framed(ctx, *found, k, p)
                break


def _ends_clause(ctx: SentenceContext, k: int) -> bool:
    """True when word `k` ends its sentence or is followed by punctuation."""
    return k + 1 == len(ctx.s.words) or bool(re.search(r"[,.;:!?)–—]", ctx.s.gap(k, k + 1)))


def _add_framed(ctx: SentenceContext, relation: str, phrase: str, finite: int, particle: int) -> None:
    domain, rng = ctx.allowed(relation, "domain"), ctx.allowed(relation, "range")
    framed = [m for m in ctx.mentions if m.last < particle and ctx.clause[m.first] == ctx.clause[finite]
              and not ctx.is_setting(m)]
    subjects = {id(h): h for m in framed if m.cls in domain for h in [ctx.holder(m, domain)] if h.cls in domain}
    objects = [m for m in framed if m.cls in rng and m.first > finite]
    unnamed = ctx.event_at_hand(relation, phrase) if not objects else None     # "Auch X nahm teil."
    for subject in subjects.values():
        for obj in objects or ([unnamed] if unnamed is not None else []):
            if subject.entity_id != obj.entity_id:
                ctx.add(subject, relation, obj, f"trigger:{relation}" + (":at-hand" if obj is unnamed else ""),
                        CONFIDENCE if obj is not unnamed else UNNAMED_CONFIDENCE)
