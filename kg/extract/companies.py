"""Companies named by the legal form after their name: "Saale Solartechnik GmbH", "Hanbit Renewables Co., Ltd.",
"PZP Precision sp. z o.o." (forms in kg/data/company_forms.yaml); and by a company noun before it: "das Lübecker
Unternehmen Baltic Aqua Systems", "la société Aquitaine Fruits Export" (`org_descriptors` in patterns.yaml)."""
from __future__ import annotations

from kg.analyse.normalise import slug
from kg.extract.legal_forms import form_at
from kg.extract.lexicon import DEMONYM
from kg.extract.organisations import SOURCE as ORGANISATION_SOURCE, descriptor_at, descriptor_hits, person_starts_at
from kg.model import Mention, Sentence
from kg.profile import profile

CLASS = "Organization"
SOURCE = "pattern:company"
MAX_NAME_WORDS = 4
# mentions a company's name may contain: "Hanbit Renewables" (a sector), "Samsung Display Vietnam" (a country)
INNER_CLASSES = {"Sector", "Country", "Locality", "ForeignRegion"}


def find_companies(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """An Organization for the capitalised words (up to MAX_NAME_WORDS) right before a legal form; the name
    without its form is the id, so "Hanbit Renewables" and "Hanbit Renewables Co., Ltd." are one node."""
    ws = sentence.words
    blocked = {k for m in mentions if m.cls not in INNER_CLASSES and not cut_at_form(sentence, m)
               for k in range(m.first, m.last + 1)}
    articles = profile(sentence.lang).patterns.articles
    out: list[Mention] = []
    k = 1
    while k < len(ws):
        form = form_at(sentence, k)
        if not form or k in blocked:
            k += 1
            continue
        first = k
        while first > 0 and k - first < MAX_NAME_WORDS and first - 1 not in blocked \
                and ws[first - 1].is_capitalised and sentence.gap(first - 1, first) in (" ", "-") \
                and not descriptor_at(sentence, first - 1):
            first -= 1
        while first < k - 1 and ws[first].norm in articles:
            first += 1      # "Die Neckar Kühltechnik GmbH" opening a sentence: the article is no part of the name
        last = k + form - 1
        if first < k and not any(first <= m.last and m.first <= last for m in out):
            name = " ".join(sentence.text[ws[first].start - sentence.start:ws[k - 1].end - sentence.start].split())
            written = " ".join(sentence.text[ws[first].start - sentence.start:ws[last].end - sentence.start].split())
            out.append(Mention(sentence, first, last, slug(name), CLASS, SOURCE, en=written))
        k = last + 1
    return out


def cut_at_form(sentence: Sentence, m: Mention) -> bool:
    """True for a headed name that a legal form inside cuts short: "компании Hanbit Energy Co" of "компании Hanbit
    Energy Co., Ltd." is the company before "Co., Ltd." (its descriptor in the genitive is no part of it)."""
    return m.source == ORGANISATION_SOURCE and any(form_at(sentence, k) for k in range(m.first + 1, m.last + 1))


def described_companies(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """An Organization for the capitalised words (up to MAX_NAME_WORDS) right after a company noun that no
    mention covers; where every noun is capitalised (German) two words at least, so "das Unternehmen Anlagen"
    names nothing."""
    ws = sentence.words
    blocked = {k for m in mentions if m.cls not in INNER_CLASSES for k in range(m.first, m.last + 1)}
    inside = {k for m in mentions for k in range(m.first, m.last + 1)}
    least = 2 if profile(sentence.lang).morphology.nouns_capitalised else 1
    out: list[Mention] = []
    adjectives = {m.first: m for m in mentions if m.cls == DEMONYM}
    for hit in descriptor_hits(sentence):
        first = hit.last + 1
        if first in adjectives and not ws[first].is_capitalised and sentence.gap(hit.last, first) == " ":
            first = adjectives[first].last + 1      # "la société vietnamienne Hoàng Phát Fruit"
        last = first
        if first >= len(ws) or first in blocked or sentence.gap(first - 1, first) != " " or descriptor_at(sentence, first) \
                or first == hit.last + 1 and person_starts_at(sentence, first, {}):
            continue
        while last < len(ws) and last - first < MAX_NAME_WORDS and last not in blocked and ws[last].is_capitalised \
                and (last == first or sentence.gap(last - 1, last) in (" ", "-")):
            last += 1
        last -= 1
        if last - first + 1 < least or all(k in inside for k in range(first, last + 1)):
            continue        # a place alone after the noun is where the company is ("Unternehmen aus Kiel")
        name = " ".join(sentence.text[ws[first].start - sentence.start:ws[last].end - sentence.start].split())
        out.append(Mention(sentence, first, last, slug(name), CLASS, SOURCE, en=name))
        blocked.update(range(first, last + 1))
    return out


BRANCH_PLACES = {"Country", "Locality"}


def with_branch_places(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a known organisation's name run over the country or locality written right after it:
    "Samsung Electronics Vietnam", "Canon Vietnam", "JICA Vietnam" name its branch there (the lexicon lists such
    names under the organisation), not a second party."""
    by_first = {m.first: m for m in mentions}
    out, dropped = [], set()
    for m in mentions:
        if id(m) in dropped:
            continue
        if m.cls == CLASS and m.source == "lexicon":
            while (n := by_first.get(m.last + 1)) is not None and n.cls in BRANCH_PLACES \
                    and sentence.gap(m.last, n.first) == " ":
                dropped.add(id(n))
                m = Mention(sentence, m.first, n.last, m.entity_id, m.cls, m.source)
        out.append(m)
    return [m for m in out if id(m) not in dropped]
