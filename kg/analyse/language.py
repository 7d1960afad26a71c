"""Language identification with lingua, restricted to the languages kg supports."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from kg.model import LANGUAGES

MIN_LETTERS = 25   # shorter lines inherit the document's language
URL_RE = re.compile(r"\S+://\S+|www\.\S+")


# Languages written in the seven's scripts that kg does not read. A text in one of them is refused rather than
# misread: the seven-language detector calls Spanish "en" or Bulgarian "ru" with full confidence, so only a
# detector that knows the neighbours can tell.
NEIGHBOURS = ("es", "pt", "it", "nl", "ca", "ro", "sv", "da", "nb", "fi", "cs", "sk", "sl", "hr", "hu", "tr",
              "id", "ms", "tl", "lt", "lv", "et", "sq", "be", "bg", "mk", "sr")
CLEAR_MARGIN = 0.5   # lingua's confidence a neighbour needs above the best of the seven
SAMPLE_LINES = 40   # lines of MIN_LETTERS or more looked at to tell a document's language family


def _language(code: str):
    from lingua import IsoCode639_1, Language

    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*map(_language, LANGUAGES)).with_low_accuracy_mode().build()


@lru_cache(maxsize=1)
def _wide_detector():
    from lingua import LanguageDetectorBuilder

    codes = LANGUAGES + NEIGHBOURS
    return LanguageDetectorBuilder.from_languages(*map(_language, codes)).with_low_accuracy_mode().build()


def unsupported_language(text: str) -> str | None:
    """The name of the language most of `text` is in ("Spanish") when that is not one of kg's; None otherwise.
    Lines in other scripts are left to `unsupported_script`."""
    weight: Counter[str] = Counter()
    looked = 0
    for line in text.splitlines():
        line = URL_RE.sub(" ", line)
        letters = sum(c.isalpha() for c in line)
        if letters < MIN_LETTERS or not in_known_script(line):
            continue
        values = _wide_detector().compute_language_confidence_values(line)
        if not values:
            continue
        top = values[0]
        if top.language.iso_code_639_1.name.lower() in LANGUAGES:
            weight[""] += letters
        else:   # only a clear call counts: a line of names ("Cao Bang borders Guangxi.") is anyone's
            ours = max((v.value for v in values if v.language.iso_code_639_1.name.lower() in LANGUAGES), default=0.0)
            if top.value - ours >= CLEAR_MARGIN:
                weight[top.language.name.title()] += letters
        looked += 1
        if looked == SAMPLE_LINES:
            break
    if not weight:
        return None
    main, count = weight.most_common(1)[0]
    return main if main and 2 * count > sum(weight.values()) else None


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


LETTER = re.compile(r"[^\W\d_]")
# the scripts of the seven languages: Latin (with Vietnamese's extended block) and Cyrillic
KNOWN_LETTER = re.compile(r"[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff\u0400-\u052f]")


def in_known_script(line: str) -> bool:
    """False when most letters of `line` are outside the scripts of kg's languages (Chinese, Arabic, ...)."""
    letters = len(LETTER.findall(line))
    return 2 * len(KNOWN_LETTER.findall(line)) >= letters


def unsupported_script(text: str) -> str | None:
    """When no line of `text` is in a script of kg's languages, the script most of its letters are in
    (Unicode's name for it, e.g. "CJK", "ARABIC"); None when kg can read the text."""
    if any(in_known_script(line) and LETTER.search(line) for line in text.splitlines()):
        return None
    names = Counter(unicodedata.name(c, "?").split()[0] for c in LETTER.findall(text) if not KNOWN_LETTER.match(c))
    return names.most_common(1)[0][0] if names else None
