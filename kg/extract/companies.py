"""Companies named by the legal form after their name: "Saale Solartechnik GmbH", "Hanbit Renewables Co., Ltd.",
"PZP Precision sp. z o.o." (forms in kg/data/company_forms.yaml); and by a company noun before it: "das Lübecker
Unternehmen Baltic Aqua Systems", "la société Aquitaine Fruits Export" (`org_descriptors` in patterns.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.analyse.normalise import slug, words
from kg.extract.lexicon import DEMONYM
from kg.extract.organisations import descriptor_at, descriptor_hits, person_starts_at
from kg.model import Mention, Sentence
from kg.profile import profile
from kg.resources import load_yaml

CLASS = "Organization"
SOURCE = "pattern:company"
MAX_NAME_WORDS = 4
# mentions a company's name may contain: "Hanbit Renewables" (a sector), "Samsung Display Vietnam" (a country)
INNER_CLASSES = {"Sector", "Country", "Locality", "ForeignRegion"}
FORM_GAP = re.compile(r"^[\s.,&]*$")


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The legal forms by their first word (as written and in capitals: "SE" is no "se"), each as its words,
    longest first."""
    forms = {tuple(w for w, _, _ in words(form)) for form in (load_yaml("company_forms.yaml") or {})["forms"]}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(forms, key=len, reverse=True):
        for first in {form[0], form[0].upper()}:
            by_first.setdefault(first, []).append(form)
    return {first: tuple(found) for first, found in by_first.items()}


def find_companies(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """An Organization for the capitalised words (up to MAX_NAME_WORDS) right before a legal form; the name
    without its form is the id, so "Hanbit Renewables" and "Hanbit Renewables Co., Ltd." are one node."""
    ws = sentence.words
    blocked = {k for m in mentions if m.cls not in INNER_CLASSES for k in range(m.first, m.last + 1)}
    articles = profile(sentence.lang).patterns.articles
    out: list[Mention] = []
    k = 1
    while k < len(ws):
        form = _form_at(sentence, k)
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


def _form_at(sentence: Sentence, k: int) -> int:
    """The number of words of the legal form starting at word k, or 0."""
    ws = sentence.words
    for form in _forms().get(ws[k].text, ()):
        if k + len(form) <= len(ws) and all(ws[k + i].text in (part, part.upper()) for i, part in enumerate(form)) \
                and all(FORM_GAP.match(sentence.gap(k + i, k + i + 1)) for i in range(len(form) - 1)):
            return len(form)
    return 0


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
        if first >= len(ws) or first in blocked or sentence.gap(first - 1, first) != " " \
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
