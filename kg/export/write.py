"""Write several formats of a graph into a folder atomically: all of them or none."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from kg.errors import KgError
from kg.graph import KnowledgeGraph


def write_outputs(graph: KnowledgeGraph, out: Path, formats: list[str]) -> list[Path]:
    """Write every format into a temporary folder beside `out`, then move the results in (files, or folders
    for formats that write several files): a failure leaves `out` as it was. Returns the written paths."""
    from kg.export import FORMATS

    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise KgError(f"unknown format {unknown[0]!r} (known: {', '.join(sorted(FORMATS))})")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise KgError(f"{out} is a file, not a folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        (tmp / "new").mkdir()
        for name in formats:
            filename, writer = FORMATS[name]
            writer(graph, tmp / "new" / filename)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in formats:
            target = out / FORMATS[name][0]
            if target.is_dir():   # a folder cannot be replaced in one step: move the old one aside first
                target.replace(tmp / "old")
            (tmp / "new" / FORMATS[name][0]).replace(target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
