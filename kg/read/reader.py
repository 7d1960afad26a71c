"""Find and read the inputs, refusing what is not text kg can read (one reason per bad input): text files,
JSON Lines files (one article per line), HTML pages (their main text), and standard input ("-")."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.model import Document
from kg.read.decode import decode
from kg.read.html import HTML_SUFFIXES, extract_page, is_html
from kg.read.records import checked_text, checked_url, read_jsonl

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl",)
INPUT_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
STDIN = "-"           # the input name that reads standard input
STDIN_ID = "stdin"    # the document id of that text
STDIN_PATH = "<stdin>"
NOT_REGULAR = "not a regular file (a FIFO, device or broken link)"


@dataclass
class Inputs:
    """What the input paths gave: the documents read, and one message per bad input ("path: reason")."""

    documents: list[Document] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def _is_input_name(name: str) -> bool:
    return Path(name).suffix.lower() in INPUT_SUFFIXES


def find_files(path: Path, refused: list[str]) -> list[Path]:
    """The regular files named by `path`: the file itself, or a folder's .txt, .md, .jsonl and .html files
    (subfolders too, sorted).
    What cannot be read (a missing path, an unreadable folder, a FIFO or device named *.txt) goes to `refused`."""
    if path.is_dir():
        files: list[Path] = []
        walk = os.walk(path, onerror=lambda err: refused.append(f"{err.filename}: cannot read folder ({err.strerror})"))
        for folder, _, names in walk:
            files += [Path(folder) / name for name in names if _is_input_name(name)]
        regular = sorted(p for p in files if p.is_file())
        refused += [f"{p}: {NOT_REGULAR}" for p in sorted(set(files) - set(regular))]
        if not files:
            refused.append(f"no text files ({', '.join(INPUT_SUFFIXES)}) in directory: {path}")
        return regular
    if not os.path.lexists(path):
        refused.append(f"no such file or directory: {path}")
    elif not path.is_file():
        refused.append(f"{path}: {NOT_REGULAR}")
    else:
        return [path]
    return []


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise KgError(f"{path}: cannot read ({err.strerror})") from None


# (document id, forced language, text) → True when that text was read before (kg.cache.ResultCache.knows)
Known = Callable[[str, str | None, str], bool]


def _checked(text: str, name: str, lang: str | None, empty: str = "empty file", known: bool = False) -> str:
    if not text.strip():
        raise KgError(f"{name}: {empty}")
    return checked_text(text, name, lang, known)


def read_document(path: Path, lang: str | None = None, known: Known | None = None) -> Document:
    """One text or HTML file as a Document; KgError when it cannot be read or holds no text kg can read (a
    text `known` to have been read before is not checked for its language again)."""
    data = _read_bytes(path)

    def checked(text: str) -> str:
        return _checked(text, str(path), lang, known=known is not None and known(path.stem, lang, text))

    if is_html(path):
        page = extract_page(data, str(path))
        url = page.url
        try:
            url = checked_url(url, str(path)) if url else None
        except KgError:
            url = None          # a relative or broken canonical link is no address
        return Document(id=path.stem, path=str(path), text=checked(page.text), lang=lang, url=url,
                        date=page.date, title=page.title)
    return Document(id=path.stem, path=str(path), text=checked(decode(data, str(path))), lang=lang)


def read_stdin(lang: str | None = None) -> Document:
    """The text on standard input as the document `stdin`; the same refusals as a file's."""
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    if stream is None:
        raise KgError("standard input: none is open")
    try:
        data = stream.read()
    except OSError as err:
        raise KgError(f"standard input: cannot read ({err.strerror})") from None
    if isinstance(data, str):       # a text stream with no bytes underneath (an embedding's replacement)
        data = data.encode("utf-8")
    text = decode(data, "standard input")
    return Document(id=STDIN_ID, path=STDIN_PATH, text=_checked(text, "standard input", lang, "empty (no text was piped in)"),
                    lang=lang)


def read_file(path: Path, lang: str | None, refused: list[str], known: Known | None = None) -> list[Document]:
    """The documents of one file: one, or a JSON Lines file's records. Bad records go to `refused`; a file
    that cannot be read at all raises KgError."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        docs, bad = read_jsonl(path, _read_bytes(path), lang)
        refused += bad
        return docs
    return [read_document(path, lang, known)]


def read_inputs(paths: list[str | Path], lang: str | None = None, skip_bad: bool = False,
                extra: Sequence[Document] = (), known: Known | None = None) -> Inputs:
    """Read every input: files, folders of them, and "-" for standard input (`extra`: documents made
    elsewhere, e.g. the texts given to kg.build, checked for duplicate ids with the rest). By default the
    first bad input (a file or a JSON Lines record) stops the run with a KgError; with `skip_bad` the bad ones
    are listed in `refused` and the good ones read (a KgError only when none is left). A text file `known` to
    have been read before (its result cached) is not checked for its language again."""
    found = Inputs()
    if not paths and not extra:
        raise KgError("no input files given")
    if sum(str(p) == STDIN for p in paths) > 1:
        raise KgError("standard input (-) can be read only once")
    for raw in paths:
        files = [None] if str(raw) == STDIN else find_files(Path(raw), found.refused)
        for path in files:
            if found.refused and not skip_bad:
                break
            try:
                found.documents += [read_stdin(lang)] if path is None else read_file(path, lang, found.refused, known)
            except KgError as err:
                found.refused.append(str(err))
        if found.refused and not skip_bad:
            raise KgError(found.refused[0])
    found.documents += list(extra)
    sources: dict[str, list[str]] = {}
    for doc in found.documents:
        sources.setdefault(doc.id, []).append(doc.path)
    dupes = sorted(i for i, where in sources.items() if len(where) > 1)
    if dupes:
        where = " and ".join(sorted(set(sources[dupes[0]])))
        raise KgError(f"two inputs share the document id {dupes[0]!r} ({where}); document ids must be unique")
    if not found.documents:
        raise KgError("no input file could be read: " + "; ".join(found.refused))
    return found


def read_documents(paths: list[str | Path], lang: str | None = None) -> list[Document]:
    """Read every input file; the first bad one stops the run with a KgError."""
    return read_inputs(paths, lang).documents
