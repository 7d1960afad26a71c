"""Merge mentions into entities: lexicon ids are shared by every language; pattern ids
(documents, events, people) are built from language-independent parts, so they merge too."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.extract.lexicon import load_lexicon
from kg.model import Fact, MentionRecord


@dataclass
class Entity:
    id: str
    cls: str
    en: str
    vi: str | None = None
    alt_labels: set[tuple[str, str]] = field(default_factory=set)   # (text, language)
    part_of: str | None = None
    merged_into: str | None = None
    mentions: int = 0
    names: dict[str, str] = field(default_factory=dict)   # language → the name read in it, in dictionary form

    @property
    def native_labels(self) -> set[tuple[str, str]]:
        """`names` as (text, language) pairs, the shape of `alt_labels`."""
        return {(name, lang) for lang, name in self.names.items()}


def _from_lexicon(entity_id: str) -> Entity | None:
    entry = load_lexicon().get(entity_id)
    if entry is None:
        return None
    return Entity(entry.id, entry.cls, entry.en, entry.vi,
                  {(name, lang) for name, lang in entry.all_names()} - {(entry.en, "en")},
                  entry.part_of, entry.merged_into)


def resolve(mentions: list[tuple[MentionRecord, int]], facts: list[Fact]) -> dict[str, Entity]:
    """Entities for (mention, times seen) pairs and for every entity a fact names."""
    classes: dict[str, Counter] = defaultdict(Counter)
    labels: dict[str, set[str]] = defaultdict(set)
    romanised: dict[str, set[str]] = defaultdict(set)
    vi_labels: dict[str, set[str]] = defaultdict(set)
    written: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    surfaces: dict[str, set[tuple[str, str]]] = defaultdict(set)
    seats: dict[str, Counter] = defaultdict(Counter)
    for mention, count in mentions:
        if mention.cls == "Date":
            continue
        classes[mention.entity_id][mention.cls] += count
        if mention.en:
            (romanised if mention.romanised else labels)[mention.entity_id].add(mention.en)
        if mention.vi:
            vi_labels[mention.entity_id].add(mention.vi)
        if mention.seat:
            seats[mention.entity_id][mention.seat] += count
        if mention.surface is not None:     # a body a title implies has no words of its own in the text
            surfaces[mention.entity_id].add((mention.surface, mention.lang))
        if mention.written:
            surfaces[mention.entity_id].add((mention.written, mention.lang))
            if mention.lang != "en":
                written[mention.entity_id][mention.lang].add(mention.written)
    wanted = set(classes) | {x for f in facts for x in (f.triple.subject, f.triple.object) if not f.triple.literal} \
        | {place for found in seats.values() for place in found}      # a place named only inside a body's name
    entities: dict[str, Entity] = {}
    for entity_id in sorted(wanted):
        entity = _from_lexicon(entity_id)
        if entity is None:
            cls = classes[entity_id].most_common(1)[0][0] if classes[entity_id] else "Organization"
            # the longest proposed English label is the most specific ("Resolution 59-NQ/TW"); a romanised
            # name only where no English one was proposed
            en = _longest(labels[entity_id]) or _longest(romanised[entity_id]) or entity_id
            names = {lang: _longest(found) for lang, found in sorted(written[entity_id].items())}
            read_in_vi = names.pop("vi", None)      # a name read in Vietnamese is the entity's @vi label
            seat = min(seats[entity_id].items(), key=lambda kv: (-kv[1], kv[0]))[0] if seats[entity_id] else None
            entity = Entity(entity_id, cls, en, min(vi_labels[entity_id], default=None) or read_in_vi,
                            part_of=seat, names=names)
        entity.alt_labels |= surfaces[entity_id]
        entity.mentions = sum(classes[entity_id].values())
        entities[entity_id] = entity
    return entities


def _longest(labels: set[str]) -> str | None:
    return max(labels, key=lambda s: (len(s), s), default=None)
