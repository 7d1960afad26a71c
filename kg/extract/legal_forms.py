"""Companies' legal forms ("GmbH & Co. KG", "Co., Ltd.", "sp. z o.o.", kg/data/company_forms.yaml) found word by
word in a sentence."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.analyse.normalise import words
from kg.model import Sentence
from kg.resources import load_yaml

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


def form_at(sentence: Sentence, k: int) -> int:
    """The number of words of the legal form starting at word k, or 0."""
    ws = sentence.words
    for form in _forms().get(ws[k].text, ()):
        if k + len(form) <= len(ws) and all(ws[k + i].text in (part, part.upper()) for i, part in enumerate(form)) \
                and all(FORM_GAP.match(sentence.gap(k + i, k + i + 1)) for i in range(len(form) - 1)):
            return len(form)
    return 0
