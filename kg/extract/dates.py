"""Dates: "8 августа 2025 г.", "14. Mai 2025", "8 sierpnia 2025", "ngày 8 tháng 8 năm 2025", "18/12/2023"."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kg.extract.triggers import TriggerSet
from kg.model import Mention, Sentence
from kg.profile import profile

CLASS = "Date"
NUMERIC_RE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


@lru_cache(maxsize=None)
def _months(lang: str) -> TriggerSet:
    months = profile(lang).patterns.months
    by_number: dict[str, list[str]] = {}
    for stem, number in months.items():
        by_number.setdefault(str(number), []).append(str(stem))
    return TriggerSet(by_number)


DAY_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|\.)?$")


def _day(word: str) -> str | None:
    """The day of a word that may be one: "8", "1er", "21st"."""
    match = DAY_RE.match(word)
    return match.group(1) if match else None


def _iso(year: str, month: str | int, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def find_dates(sentence: Sentence) -> list[Mention]:
    ws = sentence.words
    out: list[Mention] = []
    months = _months(sentence.lang)
    month_word = profile(sentence.lang).patterns.month_word
    for i in range(len(ws) - 2):
        year = ws[i + 2].text
        if not (year.isdigit() and len(year) == 4):
            continue
        day, month_at = _day(ws[i].text), i + 1           # "8 August 2025", "1er août 2025"
        if day is None:
            day, month_at = _day(ws[i + 1].text), i      # "August 8, 2025"
        hit = next(iter(months.find_at(sentence, month_at)), None) if day is not None else None
        iso = _iso(year, hit.label, day) if hit else None
        if iso:
            out.append(Mention(sentence, i, i + 2, iso, CLASS, "pattern:date"))
    if month_word:      # vi: "ngày 8 tháng 8 năm 2025"
        for i in range(len(ws) - 4):
            if ws[i].text.isdigit() and ws[i + 1].norm == month_word and ws[i + 2].text.isdigit() \
                    and ws[i + 4].text.isdigit() and len(ws[i + 4].text) == 4:
                iso = _iso(ws[i + 4].text, ws[i + 2].text, ws[i].text)
                if iso:
                    out.append(Mention(sentence, i, i + 4, iso, CLASS, "pattern:date"))
    for match in NUMERIC_RE.finditer(sentence.text):
        iso = _iso(match.group(3), match.group(2), match.group(1))
        if iso:
            start = sentence.start + match.start()
            first = next(k for k, w in enumerate(ws) if w.start >= start)
            out.append(Mention(sentence, first, first + 2, iso, CLASS, "pattern:date"))
    return out
