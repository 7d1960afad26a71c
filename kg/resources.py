"""Load the data files kept under kg/data (lexicons, per-language data) and the ontology."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

# package data, found through importlib.resources (a plain folder in a wheel or an editable install;
# kg/data/ontology is a link to the top-level ontology/ folder, copied into the wheel as files)
DATA = Path(str(files("kg") / "data"))
ONTOLOGY = DATA / "ontology" / "kg.ttl"
SHAPES = DATA / "ontology" / "shapes.ttl"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_yaml(relative: str) -> Any:
    """Parse kg/data/<relative>; a missing file gives None."""
    path = DATA / relative
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


def lang_data(lang: str, name: str) -> dict:
    """kg/data/lang/<lang>/<name>.yaml as a dict (empty when the file is missing)."""
    return load_yaml(f"lang/{lang}/{name}.yaml") or {}


@lru_cache(maxsize=None)
def lexicon_entries() -> tuple[dict, ...]:
    """Every entry of every lexicon file, in file order."""
    entries: list[dict] = []
    for path in sorted((DATA / "lexicon").glob("*.yaml")):
        for entry in load_yaml(f"lexicon/{path.name}") or []:
            entries.append({**entry, "_file": path.stem})
    return tuple(entries)
