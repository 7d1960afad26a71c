"""Cue rules: a relation stated by a cue word in any word order, where a trigger rule needs its subject before
and its objects after: "Приоритетными отраслями Нгеан называет электронику, логистику" (Nghe An prioritizes
both), "a fait des semi-conducteurs et du tourisme ses secteurs prioritaires", "kapitał napływa głównie z Chin,
Korei i Japonii". The objects are the list nearest the cue (for a relation with cue markers, only a list right
after a marker: "из", "z", "aus"); the subject is the nearest name of the relation's domain before that list, else
the sentence's topic. Cues and markers are data (`cues`, `cue_markers` in kg/data/lang/<xx>/relations.yaml)."""
from __future__ import annotations

from kg.extract.context import SentenceContext
from kg.extract.triggers import Hit
from kg.model import Mention
from kg.ontology import ontology

CUE_REACH = 10          # words between a cue and the nearest of its objects
MARKER_REACH = 2        # words between a marker and its object ("z", "главным образом из", "vor allem aus")
CONFIDENCE = 0.55


def _marked(ctx: SentenceContext, m: Mention, markers: frozenset[str]) -> bool:
    """True when a marker stands right before the mention, or a word or two before it ("aus" in "vor allem
    aus"; "z" in "głównie z")."""
    words = ctx.s.words
    return any(words[k].norm in markers for k in range(max(0, m.first - MARKER_REACH), m.first))


def _objects(ctx: SentenceContext, hit: Hit, rng: set[str]) -> list[Mention]:
    markers = ctx.rules.cue_markers.get(hit.label)
    near = [m for m in ctx.mentions if m.cls in rng and not m.in_brackets and ctx.level(m, hit)
            and (markers is None or m.first > hit.last and _marked(ctx, m, markers))
            and (ctx.distance(hit.last, m.first) if m.first > hit.last else ctx.distance(m.last, hit.first))
            <= CUE_REACH]
    if not near:
        return []
    nearest = min(near, key=lambda m: ctx.distance(hit.last, m.first) if m.first > hit.last
                  else ctx.distance(m.last, hit.first))
    listed = ctx.chain(nearest, rng, -1)[::-1] if markers is None else [nearest]
    return listed + [m for m in ctx.chain(nearest, rng, 1)[1:] if m not in listed]


def _subject(ctx: SentenceContext, hit: Hit, objects: list[Mention], domain: set[str]) -> Mention | None:
    """The nearest name of the domain before the objects that no "with" or "to" governs ("Ha Tinh, bordering
    Laos, ...: investment came from A and B": Ha Tinh); "in X" may be the subject ("в Нгеане ... инвесторы из")."""
    first = min(m.first for m in objects)
    governed = ctx.rules.comitative_words | (ctx.rules.direction_words - ctx.rules.place_prepositions)
    before = [m for m in ctx.mentions if m.cls in domain and m.last < first and not m.in_brackets and ctx.level(m, hit)
              and m not in objects and m.entity_id not in {o.entity_id for o in objects}
              and not (m.first and ctx.s.words[m.first - 1].norm in governed)]
    if before:
        return before[-1]
    return ctx.topic if ctx.topic is not None and ctx.topic.cls in domain else None


def cues(ctx: SentenceContext) -> None:
    for hit in ctx.rules.cues.find(ctx.s):
        if hit.label not in ontology().relations or any(m.first <= hit.first <= m.last for m in ctx.mentions):
            continue        # "priority" inside a name is no cue
        domain, rng = ctx.allowed(hit.label, "domain"), ctx.allowed(hit.label, "range")
        objects = _objects(ctx, hit, rng)
        subject = _subject(ctx, hit, objects, domain) if objects else None
        if subject is None:
            continue
        stated = {t.object for t in ctx.facts if t.predicate == hit.label}
        for obj in objects:
            if obj.entity_id not in stated:
                ctx.add(subject, hit.label, obj, f"cue:{hit.label}", CONFIDENCE)
