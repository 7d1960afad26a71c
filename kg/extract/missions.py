"""Diplomats and their missions across a document: "Ambassador of Ukraine to Vietnam Andrii Doroshenko" and,
in another sentence, "the Embassy of Ukraine in Vietnam" → Doroshenko memberOf that embassy (the contract's
memberOf "where the body is named"). The office's id and the mission's are made from the same parts
(kg/extract/positions.py, kg/extract/bodies.py): "ambassador-of-X-to-Y" and "embassy-of-X-in-Y"."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg.extract.lexicon import load_lexicon
from kg.model import Fact, Triple

EXTRACTOR = "rule:mission-member"
CONFIDENCE = 0.7


@lru_cache(maxsize=1)
def _missions() -> tuple[tuple[str, str], ...]:
    """(office id, its mission's body type) of every lexicon office with a `mission`, longest first
    ("consul-general" before "consul")."""
    found = [(e.id, e.mission) for e in load_lexicon().values() if e.mission]
    return tuple(sorted(found, key=lambda pair: -len(pair[0])))


def mission_of(office: str) -> str | None:
    """The id of the mission an office belongs to: "ambassador-of-ukraine-to-vietnam" →
    "embassy-of-ukraine-in-vietnam"; None for an office of no mission or one with no host."""
    for role, mission in _missions():
        rest = office.removeprefix(f"{role}-of-")
        if rest != office:
            for word in ("-to-", "-in-"):
                country, _, host = rest.rpartition(word)
                if country and host:
                    return f"{mission}-of-{country}-in-{host}"
            return None
    return None


def mission_members(facts: list[Fact], bodies: set[str]) -> list[Fact]:
    """memberOf facts for holders of a diplomatic office whose mission is among `bodies` (the ids of the
    document's bodies), with the evidence of the holdsPosition fact they follow from."""
    out = []
    for fact in facts:
        if fact.triple.predicate != "holdsPosition":
            continue
        mission = mission_of(fact.triple.object)
        if mission in bodies:
            out.append(Fact(Triple(fact.triple.subject, "memberOf", mission),
                            replace(fact.evidence, extractor=EXTRACTOR, confidence=CONFIDENCE)))
    return out
