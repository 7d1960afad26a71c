"""A cache of per-document results on disk, so that a rebuild extracts only the documents that changed.

An entry is keyed by what a DocumentResult depends on: the document's id, text and forced language, and kg's
fingerprint (version, code and data files). One pickle per entry, written atomically; an unreadable entry
is a miss. The file's path and the document's url, date and title are not part of the key: a moved file keeps its
entry, with its new path and metadata."""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import replace
from pathlib import Path

from kg.errors import KgError
from kg.fingerprint import fingerprint
from kg.model import Document, DocumentResult


def default_dir() -> Path:
    """$XDG_CACHE_HOME/kg, or ~/.cache/kg."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


class ResultCache:
    """Per-document results under `root`, in one folder per kg fingerprint."""

    def __init__(self, root: Path):
        self.folder = Path(root) / fingerprint()[:16]
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise KgError(f"cannot use {root} as the cache folder ({err.strerror}); "
                          "choose another with --cache DIR, or --no-cache") from None

    def _file(self, doc: Document) -> Path:
        return self._entry(doc.id, doc.lang, doc.text)

    def _entry(self, doc_id: str, lang: str | None, text: str) -> Path:
        key = hashlib.sha256("\0".join([doc_id, lang or "", text]).encode("utf-8")).hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    def knows(self, doc_id: str, lang: str | None, text: str) -> bool:
        """True when a result of this text is stored: this kg read it before, so reading need not check its
        language again (lingua on every line was most of a rebuild)."""
        return self._entry(doc_id, lang, text).is_file()

    def get(self, doc: Document) -> DocumentResult | None:
        """The stored result of `doc`, or None."""
        try:
            with self._file(doc).open("rb") as handle:
                result = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None
        return (replace(result, path=doc.path, url=doc.url, date=doc.date, title=doc.title)
                if isinstance(result, DocumentResult) else None)

    def put(self, doc: Document, result: DocumentResult) -> None:
        """Store `result` (a temporary file renamed into place, so readers never see half an entry)."""
        file = self._file(doc)
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=file.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, file)
