"""Write several formats of a graph into a folder atomically: all of them or none, one writer at a time."""
from __future__ import annotations

import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import KgError
from kg.graph import KnowledgeGraph


def check_writable(out: Path) -> None:
    """KgError unless `out` is a folder that can be written, or can be made (checked before a long build)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise KgError(f"{out} is a file, not a folder")
    existing = next(p for p in (out, *out.absolute().parents) if p.exists())
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise KgError(f"cannot write {out}: {existing} is not a folder kg may write in")


def _same_file(handle, path: Path) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(handle.fileno()).st_ino
    except FileNotFoundError:
        return False


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold the lock file `.NAME.lock` beside `out` while writing; a second writer stops with a KgError. While it
    is held, temporary folders left by writers that were killed are removed. The file is deleted while still
    locked, so a writer that opened it just before must see that it locked a deleted file (_same_file)."""
    lock = out.parent / f".{out.name}.lock"
    with lock.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            busy = True
        else:
            busy = not _same_file(handle, lock)
        if busy:
            raise KgError(f"another kg process is writing {out}; try again when it has finished")
        try:
            stale = re.compile(re.escape(f".{out.name}.") + r"[a-z0-9_]{8}")   # tempfile.mkdtemp's names
            for path in out.parent.iterdir():
                if stale.fullmatch(path.name) and path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
            yield
        finally:
            lock.unlink(missing_ok=True)


def write_outputs(graph: KnowledgeGraph, out: Path, formats: list[str]) -> list[Path]:
    """Write every format into a temporary folder beside `out`, then move the results in (files, or folders
    for formats that write several files): a failure leaves `out` as it was. Returns the written paths."""
    from kg.export import FORMATS

    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise KgError(f"unknown format {unknown[0]!r} (known: {', '.join(sorted(FORMATS))})")
    out = Path(out)
    check_writable(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with _locked(out):
            return _write(graph, out, formats)
    except OSError as err:
        raise KgError(f"cannot write {out}: {err.strerror or err}") from None


def _write(graph: KnowledgeGraph, out: Path, formats: list[str]) -> list[Path]:
    from kg.export import FORMATS

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
