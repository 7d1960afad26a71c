"""World places as lexicon entries: ForeignRegion, locatedIn their subdivision or country.

A place whose name is already a name of a hand-kept entry in the same country is that entry (it
keeps its id and gains the data's names and code), so one real place is one node. Other places get
the slug of the data's name as id (with the code appended when two places share it).
"""
from __future__ import annotations

from dataclasses import replace

from kg.analyse.normalise import fold, slug
from kg.extract.lexicon import Entry
from kg.model import LANGUAGES
from kg.world.ambiguity import ambiguity
from kg.world.places import Place, cities, subdivisions

CLASS = "ForeignRegion"


def _names_of(entry: Entry) -> set[str]:
    return {fold(n) for n, _ in entry.all_names()} | {fold(a) for a in entry.aliases}


def _place_names(place: Place) -> list[str]:
    return [place.name] + [n for lang in LANGUAGES for n in place.names.get(lang, ())] + list(place.aliases)


def world_entries(lexicon: dict[str, Entry]) -> dict[str, Entry]:
    """`lexicon` with the ISO 3166-2 subdivisions and GeoNames cities merged in."""
    entries = dict(lexicon)
    country_of = {e.code: e.id for e in lexicon.values() if e.cls == "Country" and e.code}
    taken = {fold(n): e.id for e in lexicon.values() for n, _ in e.all_names()}   # a name of another entity stays its
    by_country: dict[tuple[str, str], str] = {}     # (country id, folded name) → entry id
    for e in lexicon.values():
        if e.part_of in country_of.values():
            for name in _names_of(e):
                by_country.setdefault((e.part_of, name), e.id)
    region_of: dict[str, str] = {}                  # ISO 3166-2 code → entry id
    for place in subdivisions() + cities():
        country = country_of.get(place.country)
        if not country:
            continue
        folded = [fold(n) for n in _place_names(place)]
        known = next((by_country[(country, n)] for n in folded if (country, n) in by_country), None)
        entry = entries[known] if known else _new_entry(place, entries, region_of.get(place.parent or "", country))
        entry = _with_names(entry, place, taken)
        entries[entry.id] = entry
        if not place.code.startswith("geonames:"):
            region_of[place.code] = entry.id
        for n in folded:
            by_country.setdefault((country, n), entry.id)
    return entries


def _new_entry(place: Place, entries: dict[str, Entry], container: str) -> Entry:
    entry_id = slug(place.name)
    if not entry_id or entry_id in entries:
        entry_id = f"{entry_id}-{slug(place.code)}".strip("-")
    return Entry(id=entry_id, cls=CLASS, en=place.name, vi=None, names={lang: () for lang in LANGUAGES},
                 part_of=container, source_file="world", code=place.code)


def _with_names(entry: Entry, place: Place, taken: dict[str, str]) -> Entry:
    """`entry` plus the place's names no other entity has; the ambiguous ones need context."""
    own = _names_of(entry)

    def fresh(name: str) -> bool:
        return taken.get(fold(name), entry.id) == entry.id and fold(name) not in own

    names = {lang: entry.names.get(lang, ()) + tuple(n for n in dict.fromkeys(place.names.get(lang, ())) if fresh(n))
             for lang in LANGUAGES}
    aliases = entry.aliases + tuple(a for a in place.aliases if fresh(a))
    added = [n for lang in LANGUAGES for n in names[lang][len(entry.names.get(lang, ())):]] + list(aliases)
    if entry.source_file == "world":
        added.append(entry.en)
    # the variants of an ambiguous name are as ambiguous ("Esse" is read into "Essen")
    floor = ambiguity(entry.en) if entry.source_file == "world" else 0
    needs_context = dict(entry.needs_context)
    for name in added:
        level = max(floor, ambiguity(name))
        if level:
            needs_context[fold(name)] = max(level, needs_context.get(fold(name), 0))
    if entry.source_file == "world" and place.code.startswith("geonames:") and not entry.code.startswith("geonames:"):
        # a city that is a subdivision of its own (Moskva): GeoNames' name is the English one
        aliases = tuple(dict.fromkeys((entry.en,) + aliases)) if fold(entry.en) != fold(place.name) else aliases
        entry = replace(entry, en=place.name)
    return replace(entry, names=names, aliases=aliases, needs_context=needs_context,
                   code=entry.code or place.code)
