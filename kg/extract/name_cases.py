"""People's names in Latin letters put back in the nominative by per-language case endings ("z Tomaszem
Wierzbickim" → "Tomasz Wierzbicki", "ambasador Joanny Kaczmarek" → "Joanna Kaczmarek"): the languages list, per
case, the endings of that case and those of the nominative (`person_cases` in kg/data/lang/<xx>/morphology.yaml).
No dictionary of Polish names' forms ships with the libraries kg uses (pymorphy3 reads Russian and Ukrainian
only), so the given name decides: a case applies when its endings turn the first word into a known given name
(kg/extract/given_names.py); the other words take the same case's endings, or stay as written (indeclinable
surnames such as "Kaczmarek" for a woman).

Vietnamese names in Cyrillic are declined like nouns that end in a consonant ("с Хоанг Вьет Фыонгом", "Нгуена
Суан Фука"), which pymorphy3's dictionaries cannot read: `vietnamese_name_endings` lists those endings."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.given_names import is_given_name, is_given_name_as_written, is_vietnamese_family_name
from kg.profile import profile

MIN_STEM = 2        # letters left before an ending
TELLING_ENDING = 2  # letters of an ending that shows the case beside a given name in its nominative form


Endings = list[tuple[str, ...]]


def _forms(word: str, endings: Endings, given: bool) -> list[str]:
    """The nominatives `word` may be the form of, by the endings it ends in (in their order); those marked
    "given" only for a given name ("Markiem" → "Marek", before "Mark")."""
    return [word[:len(word) - len(e[0])] + e[1] for e in endings
            if word.endswith(e[0]) and len(word) - len(e[0]) >= MIN_STEM and (given or len(e) == 2)]


def _telling(word: str, endings: Endings) -> bool:
    """True when `word` ends in an ending of the case at least TELLING_ENDING letters long."""
    return any(word.endswith(e[0]) and len(e[0]) >= TELLING_ENDING for e in endings if len(e) == 2)


@lru_cache(maxsize=20_000)
def nominative_name(lang: str, name: str) -> str:
    """`name` in the nominative, or as written when no case of the language explains it. A first word that is
    itself a given name is taken as nominative unless another word ends in an ending of two letters or more
    of the case ("Jana Kowalskiego" is Jan Kowalski's; "Anna Nowicka" and "Tomasz Nowak" stay)."""
    cases = profile(lang).morphology.person_cases
    words = name.split()
    if not cases or len(words) < 2:
        return name
    first, rest = words[0], words[1:]
    nominative_already = is_given_name_as_written(first)
    for endings in cases:
        given = next((form for form in _forms(first, endings, True) if is_given_name(lang, form)), None)
        if given is None or nominative_already and not any(_telling(w, endings) for w in rest):
            continue
        return " ".join([given, *((_forms(w, endings, False) or [w])[0] for w in rest)])
    return name


CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїє")


@lru_cache(maxsize=20_000)
def nominative_vietnamese(lang: str, name: str) -> str:
    """A Vietnamese name in Cyrillic (its first word a family name) in the nominative: each word loses an ending
    of `vietnamese_name_endings` that follows a consonant, when a vowel stays before it ("Фыонгом" → "Фыонг",
    "Фука" → "Фук"; "Хоа", "Нга", "Ву" stay)."""
    endings = profile(lang).morphology.vietnamese_name_endings
    words = name.split()
    if not endings or len(words) < 2 or not (is_vietnamese_family_name(words[0])
                                             or is_vietnamese_family_name(_vietnamese_word(words[0], endings))):
        return name
    return " ".join(_vietnamese_word(w, endings) for w in words)


def _vietnamese_word(word: str, endings: list[tuple[str, str]]) -> str:
    for ending, nominative in endings:
        stem = word[:len(word) - len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_STEM and stem[-1].lower() not in CYRILLIC_VOWELS \
                and stem[-1] not in "ьъ'’" and CYRILLIC_VOWELS & set(stem.lower()):
            return stem + nominative
    return word
