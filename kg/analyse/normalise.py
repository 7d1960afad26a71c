"""String normalisation shared by the analyser and the matchers."""
from __future__ import annotations

import re
import unicodedata

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'", "ʹ": "'"})
WORD_RE = re.compile(r"\w+(?:'\w+)*")


def unify(text: str) -> str:
    """Unify apostrophes (so В’єтнам and В'єтнам are one word) keeping string length."""
    return text.translate(APOSTROPHES)


def norm(text: str) -> str:
    """Lower case, ё→е, unified apostrophes."""
    return unify(text).lower().replace("ё", "е")


def fold(text: str) -> str:
    """norm() without diacritics (Cao Bằng → cao bang; đ → d)."""
    text = unicodedata.normalize("NFKD", norm(text).replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for each word of `text`; punctuation and spaces are dropped."""
    return [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(unify(text))]


def slug(text: str) -> str:
    """An ASCII id: 'Resolution 59-NQ/TW' → 'resolution-59-nq-tw'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def is_acronym(name: str) -> bool:
    """Names written in capitals (EU, ЕС, АСЕАН, VSIP) are matched case-sensitively."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(name) <= 8 and " " not in name
