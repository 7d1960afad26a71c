"""Given names, the cue that a capitalised word starts a person's name ("Anna Kordecka", "Андрей Ковригин"):
in Cyrillic, pymorphy3's Name tag (its dictionaries know Russian and Ukrainian given names in every case);
in Latin letters, kg/data/given_names.txt (tools/given_names.py made it from the names-dataset package). And
Vietnamese family names (kg/data/vi_family_names.yaml), which open a Vietnamese name in any script."""
from __future__ import annotations

from functools import lru_cache

from kg.analyse.normalise import fold
from kg.extract.transliteration import is_cyrillic, latinise
from kg.resources import DATA, load_yaml


@lru_cache(maxsize=None)
def _latin_names_as_written() -> frozenset[str]:
    with (DATA / "given_names.txt").open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def _latin_names() -> frozenset[str]:
    return frozenset(fold(name) for name in _latin_names_as_written())


def is_given_name_as_written(word: str) -> bool:
    """True when `word` in Latin letters is a given name letter for letter ("Joanna"; not the instrumental
    "Joanną", which folds to it)."""
    return word in _latin_names_as_written()


@lru_cache(maxsize=100_000)
def _cyrillic_name(lang: str, word: str) -> bool:
    """True when pymorphy3 reads `word` as a given name in the nominative ("Андрей", "Віталій"; "Ірина", whose
    first reading is an adjective; not "Андреем", which ends a genitive organisation name no more than it starts
    one)."""
    from kg.analyse.morphology import pymorphy

    return any("Name" in p.tag and "nomn" in p.tag for p in pymorphy(lang if lang in ("ru", "uk") else "ru").parse(word))


def is_given_name(lang: str, word: str) -> bool:
    """True when the capitalised `word` is a given name."""
    if not word[:1].isupper():
        return False
    if is_cyrillic(word):
        return _cyrillic_name(lang, word)
    return fold(word) in _latin_names()


@lru_cache(maxsize=None)
def _family_names() -> frozenset[str]:
    return frozenset(fold(n) for n in load_yaml("vi_family_names.yaml"))


def is_vietnamese_family_name(word: str) -> bool:
    """True when `word` (in Latin letters or Cyrillic) reads as a Vietnamese family name ("Phan", "Фан")."""
    return fold(latinise(word) if is_cyrillic(word) else word) in _family_names()


@lru_cache(maxsize=None)
def _korean_family_names() -> frozenset[str]:
    return frozenset(fold(n) for n in load_yaml("ko_family_names.yaml"))


def is_korean_family_name(word: str) -> bool:
    """True for a romanised Korean family name ("Park", "Kim")."""
    return word[:1].isupper() and fold(word) in _korean_family_names()
