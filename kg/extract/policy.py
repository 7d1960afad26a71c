"""Policy documents: "Резолюция 59-NQ/TW", "Решение № 1812/QD-TTg", "резолюциях 57, 66 и 68"."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.analyse.normalise import fold
from kg.extract.triggers import TriggerSet
from kg.model import Mention, Sentence
from kg.profile import profile
from kg.resources import load_yaml

CLASS = "PolicyDocument"
NUMBER_MARKS = {"no", "nr", "so", "n"}           # "№" is punctuation and skipped by words()
CODE_RE = re.compile(r"^(\d{1,5})(?:/(\d{4}))?[-/]([A-ZĐa-zđ]{1,4})(?:[-/]([A-Za-zĐđ]{1,5}))?")
LIST_WORDS = {"и", "і", "й", "та", "and", "und", "i", "oraz", "et", "va", "a"}


@lru_cache(maxsize=None)
def _kinds(lang: str) -> TriggerSet:
    return TriggerSet(profile(lang).patterns.policy_kinds)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    return {str(k): str(v) for k, v in (load_yaml("policy_codes.yaml") or {}).items()}


def _code_at(sentence: Sentence, index: int) -> tuple[str, str, str | None, int] | None:
    """(number, kind from code, full code label, last word) for "59-NQ/TW" at word `index`."""
    word = sentence.words[index]
    match = CODE_RE.match(sentence.text[word.start - sentence.start:])
    if not match:
        return None
    kind = _codes().get(fold(match.group(3)).upper())
    if not kind:
        return None
    end = word.start + match.end()
    last = max(k for k, w in enumerate(sentence.words) if w.start < end)
    return match.group(1), kind, match.group(0).replace("Đ", "D").replace("đ", "d"), last


def _mention(sentence: Sentence, first: int, last: int, kind: str, number: str, code: str | None) -> Mention:
    label = f"{kind.capitalize()} {code or number}"
    return Mention(sentence, first, last, f"{kind}-{number}", CLASS, "pattern:policy", en=label)


def _numbered(sentence: Sentence, j: int, kind: str) -> tuple[str, str, str | None, int]:
    """(number, kind, code label, last word) of the document number at word j."""
    code = _code_at(sentence, j)
    return code if code else (sentence.words[j].text, kind, None, j)


def _next_in_list(sentence: Sentence, j: int) -> int | None:
    """The word index of the next number of a list ("57, 66 и 68"), if the list goes on."""
    ws = sentence.words
    if j < len(ws) - 1 and ws[j].norm in LIST_WORDS and ws[j + 1].text.isdigit():
        return j + 1
    if j < len(ws) and ws[j].text.isdigit():
        gap = sentence.gap(j - 1, j)
        if gap.strip() == ",":
            return j
    return None


def find_policy_documents(sentence: Sentence, taken: set[int]) -> list[Mention]:
    """Numbered documents after a kind word, and bare document codes."""
    ws = sentence.words
    out: list[Mention] = []
    i = 0
    while i < len(ws):
        hit = None if i in taken else next(iter(_kinds(sentence.lang).find_at(sentence, i)), None)
        if hit:
            j = hit.last + 1
            while j < len(ws) and ws[j].norm in NUMBER_MARKS:
                j += 1
            first = i
            while j is not None and j < len(ws) and ws[j].text.isdigit():
                number, kind, code, last = _numbered(sentence, j, hit.label)
                out.append(_mention(sentence, first, last, kind, number, code))
                first = j = last + 1
                j = _next_in_list(sentence, j)
                first = j if j is not None else first
            if first != i:
                i = max(m.last for m in out) + 1
                continue
        code = _code_at(sentence, i) if i not in taken and ws[i].text.isdigit() else None
        if code:
            number, kind, label, last = code
            out.append(_mention(sentence, i, last, kind, number, label))
            i = last + 1
            continue
        i += 1
    return out
