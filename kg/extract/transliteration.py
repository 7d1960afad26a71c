"""Phonetic keys that make Cyrillic transliterations and Vietnamese spellings comparable.

"Каобанг", "Цаобан", "Цао Банг" and "Cao Bằng" all give the key "kaoban". No library maps
Russian/Ukrainian renderings of Vietnamese names back to Vietnamese, so the few rules are
written here (after ../shared/notes/offline-nlp-stack.md, where they put 16/16 seed names first).
"""
from __future__ import annotations

import re
import unicodedata

_CYRILLIC_DIGRAPHS = [("кв", "ку"), ("кх", "kh"), ("тх", "th"), ("нь", "nh"), ("нг", "ng")]
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "э": "e",
    "ё": "e", "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "h", "ц": "k", "ч": "ch", "ш": "s", "щ": "s", "ы": "u", "ю": "iu", "я": "ia",
    "ь": "", "ъ": "", "'": "",
})
_VIETNAMESE = [("gi", "z"), ("d", "z"), ("tr", "ch"), ("ph", "f"), ("qu", "ku"), ("x", "s"),
               ("y", "i"), ("ch", "\x02"), ("c", "k"), ("\x02", "ch")]
_MERGE = [("kh", "k"), ("th", "t"), ("nh", "n"), ("ng", "n"), ("ph", "f")]
_CYRILLIC_RE = re.compile(r"[а-яёєіїґ]")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text.lower()))


def _strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def phonetic_key(name: str) -> str:
    """A spelling-independent key for a Vietnamese name written in Cyrillic or Vietnamese."""
    text = name.lower().replace("’", "'").replace("ʼ", "'")
    if is_cyrillic(text):
        for a, b in _CYRILLIC_DIGRAPHS:
            text = text.replace(a, b)
        text = text.translate(_CYRILLIC)
    else:
        text = _strip_marks(text.replace("đ", "\x01"))
        for a, b in _VIETNAMESE:
            text = text.replace(a, b)
        text = text.replace("\x01", "d")
    text = re.sub(r"[^a-z]", "", text)
    for a, b in _MERGE:
        text = text.replace(a, b)
    return text


# Cyrillic → Vietnamese-style Latin, for English labels of names no lexicon lists
# (Куан Мінь Куонг → Quan Minh Cuong). Longest patterns first.
_TO_LATIN = [
    ("кв", "qu"), ("кху", "khu"), ("куо", "cuo"), ("уй", "ui"), ("ай", "ai"), ("ой", "oi"), ("ьє", "ie"), ("ье", "ie"), ("ку", "qu"), ("кх", "kh"), ("тх", "th"), ("нь", "nh"), ("нг", "ng"), ("зь", "gi"),
    ("ф", "ph"), ("ч", "ch"), ("ш", "s"), ("ж", "gi"), ("х", "h"), ("ц", "c"), ("к", "c"), ("ы", "u"),
    ("й", "y"), ("ь", ""), ("ъ", ""), ("э", "e"), ("є", "e"), ("ї", "i"), ("ю", "iu"), ("я", "ia"), ("ё", "io"),
]
# surnames whose Russian/Ukrainian rendering drops letters no rule restores (Nguyễn → Нгуен, Dương → Зыонг)
_SURNAMES = {"нгуен": "Nguyen", "нгуєн": "Nguyen", "зыонг": "Duong", "зионг": "Duong", "чан": "Tran",
             "чинь": "Trinh", "чыонг": "Truong", "чионг": "Truong"}
_LATIN_SIMPLE = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "з": "z",
                               "и": "i", "і": "i", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
                               "р": "r", "с": "s", "т": "t", "у": "u", "ґ": "g", "'": ""})


def latinise(name: str) -> str:
    """Vietnamese-style Latin spelling of a Cyrillic rendering of a Vietnamese name."""
    out = []
    for word in name.split():
        low = word.lower()
        if low in _SURNAMES and not out:
            out.append(_SURNAMES[low])
            continue
        for a, b in _TO_LATIN:
            low = low.replace(a, b)
        low = low.translate(_LATIN_SIMPLE)
        # "qu" only before a vowel (Куан → Quan); "c" before e/i is "k" in Vietnamese spelling
        low = re.sub(r"qu(?![aeiouy])", "cu", low)
        low = re.sub(r"c(?=[eiy])", "k", low)
        out.append(low[:1].upper() + low[1:])
    return " ".join(out)
