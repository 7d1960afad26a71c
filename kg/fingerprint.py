"""What a document's extraction depends on besides its text: kg's version, code and data files."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).parent
SOURCES = (PACKAGE, PACKAGE.parent / "ontology")
SUFFIXES = (".py", ".yaml", ".ttl")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hex digest of kg's version and every source, data and ontology file (path and content), so that an
    edited rule or lexicon changes it even when the version number stays."""
    from kg import __version__

    digest = hashlib.sha256(__version__.encode())
    for root in SOURCES:
        for path in sorted(p for p in root.rglob("*") if p.suffix in SUFFIXES and p.is_file()):
            digest.update(str(path.relative_to(root.parent)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
