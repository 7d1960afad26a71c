"""String normalisation shared by the analyser and the matchers."""
from __future__ import annotations

import re
import unicodedata

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'", "ʹ": "'"})
# French elisions (l', d', qu') are words of their own; Ukrainian apostrophes stay inside words; an English
# possessive "'s" is no part of a word ("Japan's Osaka Prefecture", "People's Committee": Japan, People)
WORD_RE = re.compile(r"\b(?:[LlDdJjMmNnSsTtCc]|[Qq]u)'(?=[^\W\d_])|(?<=\w)(?P<possessive>'s)\b|\w+(?:'(?!s\b)\w+)*")
POSSESSIVE = ("'s", "’s")


def unify(text: str) -> str:
    """Unify apostrophes (so В’єтнам and В'єтнам are one word) keeping string length."""
    return text.translate(APOSTROPHES)


def norm(text: str) -> str:
    """Lower case, ё→е, unified apostrophes."""
    return unify(text).lower().replace("ё", "е")


# letters that carry no combining mark to strip (Unicode gives them no decomposition)
UNDECOMPOSED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """norm() without diacritics (Cao Bằng → cao bang; đ → d; Michał → michal)."""
    text = unicodedata.normalize("NFKD", norm(text).translate(UNDECOMPOSED))
    return "".join(c for c in text if not unicodedata.combining(c))


# combining marks only Vietnamese spelling uses among kg's languages: dot below, hook above, horn
VIETNAMESE_MARKS = frozenset("\u0323\u0309\u031b")


def is_vietnamese_spelling(word: str) -> bool:
    """True for a word spelt with a letter only Vietnamese uses ("Lục", "Đà", "Hưng", "Ngạn"): no name of another
    language is written so."""
    return "đ" in word.lower() or any(c in VIETNAMESE_MARKS for c in unicodedata.normalize("NFD", word))


def folded_title(text: str) -> str:
    """`text` folded, each word capitalised: the ASCII spelling of a Vietnamese name in English ("Bình Vàng" →
    "Binh Vang")."""
    return " ".join(part[:1].upper() + part[1:] for part in fold(text).split())


def words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for each word of `text`; punctuation and spaces are dropped."""
    return [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(unify(text)) if not m.group("possessive")]


CYRILLIC_TO_ASCII = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
})


def slug(text: str) -> str:
    """An ASCII id: 'Resolution 59-NQ/TW' → 'resolution-59-nq-tw'; Cyrillic is transliterated."""
    ascii_text = unicodedata.normalize("NFC", norm(text)).translate(CYRILLIC_TO_ASCII)
    return re.sub(r"[^a-z0-9]+", "-", fold(ascii_text)).strip("-")


def is_acronym(name: str) -> bool:
    """Names written in capitals (EU, ЕС, АСЕАН, VSIP) are matched case-sensitively."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(name) <= 8 and " " not in name
