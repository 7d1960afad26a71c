"""Find and read the input texts, refusing what is not UTF-8 text."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from kg.errors import KgError
from kg.model import Document

TEXT_SUFFIXES = (".txt", ".text", ".md")


def find_files(paths: list[str | Path]) -> list[Path]:
    """Files named by `paths`: files as given, directories searched for text files."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise KgError(f"no such file or directory: {path}")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                raise KgError(f"no text files ({', '.join(TEXT_SUFFIXES)}) in directory: {path}")
            found += files
        else:
            found.append(path)
    if not found:
        raise KgError("no input files given")
    return found


def read_document(path: Path, lang: str | None = None) -> Document:
    data = path.read_bytes()
    if b"\x00" in data:
        raise KgError(f"{path}: binary data, not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise KgError(f"{path}: not valid UTF-8 (byte {err.start}); convert it to UTF-8 first") from None
    if not text.strip():
        raise KgError(f"{path}: empty file")
    return Document(id=path.stem, path=str(path), text=text, lang=lang)


def read_documents(paths: list[str | Path], lang: str | None = None) -> list[Document]:
    """Read every input file; the first bad one stops the run with a KgError."""
    docs = [read_document(p, lang) for p in find_files(paths)]
    dupes = sorted(i for i, n in Counter(d.id for d in docs).items() if n > 1)
    if dupes:
        raise KgError(f"two input files share the name {dupes[0]!r}; document ids must be unique")
    return docs
