"""A value built once and kept on disk: a pickle per key under the user cache folder."""
from __future__ import annotations

import gc
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
KEEP = 4        # values kept per name (one per recent key)


def cache_dir() -> Path:
    """$KG_CACHE_DIR, else $XDG_CACHE_HOME/kg, else ~/.cache/kg."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


def _keep(value: object) -> None:
    """Move what is alive now (`value` among it) out of the collector's sight: a cached value lives until the
    process ends, and walking the index's million objects at every later collection, and once more at exit,
    cost ~0.4 s of a short build (gc.freeze)."""
    gc.freeze()


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value stored under (name, key), or `build()` stored there atomically.

    A file that cannot be read back (truncated, corrupted, written by other code) is rebuilt; a folder
    that cannot be written only costs the rebuild at the next start.
    """
    folder = cache_dir()
    path = folder / f"{name}-{key[:20]}.pickle"
    try:
        with path.open("rb") as handle:
            gc.disable()        # the collector would walk the growing heap again and again while loading
            value = pickle.load(handle)
        _keep(value)
        return value
    except Exception:       # noqa: BLE001 - any unreadable cache is rebuilt
        pass
    finally:
        gc.enable()
    value = build()
    _keep(value)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        # several checkouts of kg may share the folder: keep the newest few keys, not only this one
        for old in sorted(folder.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
    return value
