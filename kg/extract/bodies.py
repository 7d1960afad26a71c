"""Bodies named by a type and a place: "Ludowy Komitet prowincji Hung Yen" → Hung Yen People's
Committee; "koreanische Botschaft in Vietnam" → Korean Embassy in Vietnam."""
from __future__ import annotations

from kg.extract.lexicon import BODY_TYPE, DEMONYM, load_lexicon
from kg.model import Mention, Sentence

WINDOW = 3                # words allowed between the type and its place
HOST_CLASSES = {"Country", "Locality", "ForeignRegion"}    # where a mission is: "in Vietnam", "in Da Nang"


def _near(mentions: list[Mention], anchor: Mention, classes: set[str], after: bool) -> Mention | None:
    if after:
        cands = [m for m in mentions if m.cls in classes and 0 < m.first - anchor.last <= WINDOW]
        return min(cands, key=lambda m: m.first, default=None)
    cands = [m for m in mentions if m.cls in classes and 0 < anchor.first - m.last <= 1]
    return max(cands, key=lambda m: m.last, default=None)


def _country_name(entity_id: str) -> str:
    entry = load_lexicon()[entity_id]
    return (entry.adjectives.get("en") or (entry.en,))[0]


def find_bodies(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """One GovernmentBody (or Organization) mention per body type with a place next to it."""
    lexicon = load_lexicon()
    out: list[Mention] = []
    for typ in (m for m in mentions if m.cls == BODY_TYPE):
        entry = lexicon[typ.entity_id]
        template = entry.template or "{locality} " + entry.en
        if "{country}" in template:
            country = _near(mentions, typ, {"Country", DEMONYM}, after=False) or \
                _near(mentions, typ, {"Country", DEMONYM}, after=True)
            if not country:
                continue
            host = _near(mentions, country if country.first > typ.last else typ, HOST_CLASSES, after=True)
            host = host if host is not None and host is not country else None
            host_id = host.entity_id if host else "vietnam"
            first, last = min(typ.first, country.first), max(typ.last, country.last, host.last if host else 0)
            label = template.format(country=_country_name(country.entity_id), host=lexicon[host_id].en
                                    if host_id in lexicon else host_id)
            entity_id = f"{entry.id}-of-{country.entity_id}-in-{host_id}"
            place_id = host_id if host_id in lexicon else None     # a mission lies in its host country or city
        else:
            place = _near(mentions, typ, {"Locality"}, after=True) or _near(mentions, typ, {"Locality"}, after=False)
            if not place:
                continue
            first, last = min(typ.first, place.first), max(typ.last, place.last)
            label = template.format(locality=lexicon[place.entity_id].en)
            entity_id = f"{place.entity_id}-{entry.id}"
            place_id = place.entity_id
        out.append(Mention(sentence, first, last, entity_id, entry.cls, "pattern:body", en=label, place=place_id))
    return out
