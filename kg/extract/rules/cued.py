"""Cue rules: a relation stated by a cue word in any word order, where a trigger rule needs its subject before
and its objects after: "Приоритетными отраслями Нгеан называет электронику, логистику" (Nghe An prioritizes
both), "a fait des semi-conducteurs et du tourisme ses secteurs prioritaires", "kapitał napływa głównie z Chin,
Korei i Japonii". The objects are the list nearest the cue (for a relation with cue markers, only a list right
after a marker: "из", "z", "aus"); the subject is the nearest name of the relation's domain before that list, else
the sentence's topic. Cues and markers are data (`cues`, `cue_markers` in kg/data/lang/<xx>/relations.yaml)."""
from __future__ import annotations

from kg.extract.context import SentenceContext
from kg.extract.rules.triggered import ranked_after
from kg.extract.triggers import Hit
from kg.model import Mention
from kg.ontology import ontology

MARKER_REACH = 2        # words between a marker and its object ("z", "главным образом из", "vor allem aus")
CONFIDENCE = 0.55
SETTING_REACH = 2       # words from a cue to the place it is in ("largest investors in the province")


def _marked(ctx: SentenceContext, m: Mention, markers: frozenset[str]) -> bool:
    """True when a marker stands right before the mention, or a word or two before it ("aus" in "vor allem
    aus"; "z" in "głównie z")."""
    words = ctx.s.words
    return any(words[k].norm in markers for k in range(max(0, m.first - MARKER_REACH), m.first))


def _objects(ctx: SentenceContext, hit: Hit, rng: set[str], used: set[int]) -> list[Mention]:
    """The list nearest the cue in its clause, and the names ranked after it ("largest investor is A,
    followed by B and C")."""
    markers = None if hit.phrase in ctx.rules.unmarked_cues else ctx.rules.cue_markers.get(hit.label)
    near = [m for m in ctx.mentions if m.cls in rng and not m.in_brackets and ctx.level(m, hit)
            and ctx.clause[m.first] == ctx.clause[hit.first] and m.first not in used
            and (markers is None or m.first > hit.last and _marked(ctx, m, markers))
            and (ctx.distance(hit.last, m.first) if m.first > hit.last else ctx.distance(m.last, hit.first))
            <= ctx.rules.cue_reach]
    if not near:
        return []
    ranked = ranked_after(ctx, hit, rng)
    before = [m for m in near if m.last < hit.first]
    if ranked and before and markers is None:     # "Japan is the city's largest investor, followed by A and B"
        listed = ctx.chain(before[-1], rng, -1)[::-1]
        return listed + [m for m in ranked if m not in listed]
    nearest = min(near, key=lambda m: ctx.distance(hit.last, m.first) if m.first > hit.last
                  else ctx.distance(m.last, hit.first))
    listed = ctx.chain(nearest, rng, -1)[::-1] if markers is None else [nearest]
    listed += [m for m in ctx.chain(nearest, rng, 1)[1:] if m not in listed]
    return listed + [m for m in ranked_after(ctx, max(listed[-1], hit, key=lambda x: x.last), rng) if m not in listed]


def _subject(ctx: SentenceContext, hit: Hit, objects: list[Mention], domain: set[str], used: set[int]) -> Mention | None:
    """The nearest name of the domain before the objects that no "with" or "to" governs ("Ha Tinh, bordering
    Laos, ...: investment came from A and B": Ha Tinh); "in X" may be the subject ("в Нгеане ... инвесторы из").
    One in the objects' clause, else the topic, else one in an earlier clause ("Lao Cai grows; its markets ...");
    never another cue's object."""
    first = min(m.first for m in objects)
    governed = ctx.rules.comitative_words | (ctx.rules.direction_words - ctx.rules.place_prepositions)
    named = {o.entity_id for o in objects}
    before = [m for m in ctx.mentions if m.cls in domain and m.last < first and not m.in_brackets and ctx.level(m, hit)
              and m not in objects and m.first not in used and m.entity_id not in named
              and not (m.first and ctx.s.words[m.first - 1].norm in governed)]
    same_clause = [m for m in before if ctx.clause[m.last] == ctx.clause[first]]
    if same_clause:
        return same_clause[-1]
    # "A, B và C là những nhà đầu tư nước ngoài lớn tại tỉnh": the place the cue is "in" right after it
    settled = [m for m in ctx.mentions if m.cls in domain and m.first > hit.last and m not in objects
               and ctx.is_setting(m) and ctx.distance(hit.last, m.first) <= SETTING_REACH]
    if settled:
        return settled[0]
    if ctx.topic is not None and ctx.topic.cls in domain:
        return ctx.topic
    return before[-1] if before else None


def cues(ctx: SentenceContext) -> None:
    """Each cue's objects, none of them another cue's ("the largest investors are A and B, and the main markets
    C and D": the markets are C and D, however near A and B are)."""
    used: set[int] = set()
    for hit in ctx.rules.cues.find(ctx.s):
        if hit.label not in ontology().relations or any(m.first <= hit.first <= m.last for m in ctx.mentions):
            continue        # "priority" inside a name is no cue
        domain, rng = ctx.allowed(hit.label, "domain"), ctx.allowed(hit.label, "range")
        objects = _objects(ctx, hit, rng, used)
        subject = _subject(ctx, hit, objects, domain, used) if objects else None
        used.update(m.first for m in objects)
        if subject is None:
            continue
        stated = {t.object for t in ctx.facts if t.predicate == hit.label}
        for obj in objects:
            if obj.entity_id not in stated:
                ctx.add(subject, hit.label, obj, f"cue:{hit.label}", CONFIDENCE)
