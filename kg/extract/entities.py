"""Stage 3: entity mentions of a sentence, from the lexicon and from patterns."""
from __future__ import annotations

from kg.extract.bodies import find_bodies, foreign_counterparts
from kg.extract.dates import find_dates
from kg.extract.companies import cut_at_form, described_companies, find_companies, with_branch_places
from kg.extract.demonyms import country_adjectives, promote_demonyms
from kg.extract.events import find_events
from kg.extract.gazetteer import gazetteer
from kg.extract.lexicon import BODY_TYPE, DEMONYM, EVENT_SERIES
from kg.extract.organisations import (based_names, bracketed_aliases, find_organisations, listed_companies,
                                      listed_projects, quoted_names)
from kg.extract.people import find_people
from kg.extract.positions import find_roles
from kg.extract.places import find_bracketed_places, find_classed_places
from kg.extract.policy import find_policy_documents
from kg.extract.sectors import find_compound_sectors, listed_sectors
from kg.model import Mention, Sentence

HELPER_CLASSES = {BODY_TYPE, DEMONYM, EVENT_SERIES}


def _drop_covered(mentions: list[Mention], wholes: list[Mention]) -> list[Mention]:
    """Mentions not inside one of `wholes` (a body or event name swallows its parts)."""
    return [m for m in mentions
            if not any(w is not m and w.first <= m.first and m.last <= w.last for w in wholes)]


def find_mentions(sentence: Sentence, body_types: list[Mention] | None = None) -> list[Mention]:
    """Entity and date mentions, sorted by position, without overlaps between wholes and parts; the body types
    no body took up ("UBND tỉnh" with no name) are appended to `body_types` when one is given."""
    found = gazetteer().find(sentence)
    bodies = find_bodies(sentence, found)
    bodies += foreign_counterparts(sentence, found)
    found = _drop_covered(found, bodies) + bodies
    taken = {k for m in found for k in range(m.first, m.last + 1) if m.cls != "Sector"}
    found += find_policy_documents(sentence, taken)
    events = find_events(sentence, found)
    found = _drop_covered(found, events) + events
    quoted = quoted_names(sentence, found)
    found = _drop_covered(found, quoted) + quoted
    organisations = find_organisations(sentence, found)
    found = _drop_covered(found, organisations) + organisations
    companies = find_companies(sentence, found)
    companies += described_companies(sentence, found + companies)
    found = [m for m in found if not (cut_at_form(sentence, m) and any(c.first <= m.last and m.first <= c.last
                                                                        for c in companies))]
    found = bracketed_aliases(sentence, _drop_covered(found, companies) + companies)
    found = with_branch_places(sentence, found)
    found += listed_companies(sentence, found)
    found += listed_projects(sentence, found)
    found += based_names(sentence, found)
    found += find_roles(sentence, found)
    people = find_people(sentence, found)
    found = _drop_covered(found, people) + people
    found += find_bracketed_places(sentence, found)
    found += find_classed_places(sentence, found)
    found += find_compound_sectors(sentence, found)
    listed = listed_sectors(sentence, found)
    found = _drop_covered(found, listed) + listed
    found += promote_demonyms(sentence, found)
    found = country_adjectives(sentence, found)
    if body_types is not None:
        body_types.extend(m for m in found if m.cls == BODY_TYPE)
    found = [m for m in found if m.cls not in HELPER_CLASSES]
    found += find_dates(sentence)
    return sorted(found, key=lambda m: (m.first, -m.last))
