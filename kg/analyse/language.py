"""Language identification with lingua, restricted to the languages kg supports."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.model import LANGUAGES

MIN_LETTERS = 25   # shorter lines inherit the document's language
URL_RE = re.compile(r"\S+://\S+|www\.\S+")


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the language of `text`, or None when lingua cannot tell."""
    found = _detector().detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found else None


def detect_lines(lines: list[str]) -> tuple[str, list[str]]:
    """The document language and one language per line (short lines take the document's)."""
    per_line: list[str | None] = []
    weight: Counter[str] = Counter()
    for line in lines:
        line = URL_RE.sub(" ", line)
        letters = sum(c.isalpha() for c in line)
        lang = detect(line) if letters >= MIN_LETTERS else None
        per_line.append(lang)
        if lang:
            weight[lang] += letters
    if weight:
        main = weight.most_common(1)[0][0]
    else:
        main = detect(" ".join(lines)) or "en"
    return main, [lang or main for lang in per_line]
