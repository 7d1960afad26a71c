"""Places from the world data (GeoNames cities, ISO 3166-2 subdivisions) stand only where the document names
their country: an article about Vietnam and Russia that reads "Marchand" or "Chinami" means no town in Haiti
or state of Myanmar. Hand-kept places need no such check."""
from __future__ import annotations

from collections import Counter

from kg.extract.lexicon import Entry, load_lexicon
from kg.model import Fact, MentionRecord

WORLD = "world"     # Entry.source_file of entries made from the data libraries (kg/world)


def country_of(entry_id: str, lexicon: dict[str, Entry]) -> str | None:
    """The country an entry lies in, following part_of (a city in a subdivision in a country)."""
    seen = set()
    while entry_id in lexicon and entry_id not in seen:
        seen.add(entry_id)
        entry = lexicon[entry_id]
        if entry.cls == "Country":
            return entry.id
        entry_id = entry.part_of
    return None


def ungrounded(mentions: list[MentionRecord], also: set[str] = frozenset()) -> set[str]:
    """Ids of the world-data places among `mentions` (and the ids `also`, such as places inside a name that
    only a fact names) whose country no mention of the document names."""
    lexicon = load_lexicon()
    named = {m.entity_id for m in mentions}
    countries = {country_of(i, lexicon) for i in named if i in lexicon and lexicon[i].source_file != WORLD}
    return {i for i in named | set(also) if i in lexicon and lexicon[i].source_file == WORLD
            and country_of(i, lexicon) not in countries}


def grounded_only(mentions: Counter[MentionRecord], facts: list[Fact]) -> tuple[Counter[MentionRecord], list[Fact]]:
    """`mentions` (counted) and `facts` without the ungrounded world places and every fact about one."""
    drop = ungrounded(list(mentions), {x for f in facts for x in (f.triple.subject, f.triple.object) if not f.triple.literal})
    if not drop:
        return mentions, facts
    return (Counter({m: n for m, n in mentions.items() if m.entity_id not in drop}),
            [f for f in facts if f.triple.subject not in drop and f.triple.object not in drop])
