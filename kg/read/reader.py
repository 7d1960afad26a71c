"""Find and read the input texts, refusing what is not text kg can read (one reason per bad input)."""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.analyse.language import unsupported_language, unsupported_script
from kg.errors import KgError
from kg.model import LANGUAGES, Document
from kg.read.decode import decode

TEXT_SUFFIXES = (".txt", ".text", ".md")
NOT_REGULAR = "not a regular file (a FIFO, device or broken link)"


@dataclass
class Inputs:
    """What the input paths gave: the documents read, and one message per bad input ("path: reason")."""

    documents: list[Document] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def _is_text_name(name: str) -> bool:
    return Path(name).suffix.lower() in TEXT_SUFFIXES


def find_files(path: Path, refused: list[str]) -> list[Path]:
    """The regular files named by `path`: the file itself, or a folder's text files (subfolders too, sorted).
    What cannot be read (a missing path, an unreadable folder, a FIFO or device named *.txt) goes to `refused`."""
    if path.is_dir():
        files: list[Path] = []
        walk = os.walk(path, onerror=lambda err: refused.append(f"{err.filename}: cannot read folder ({err.strerror})"))
        for folder, _, names in walk:
            files += [Path(folder) / name for name in names if _is_text_name(name)]
        regular = sorted(p for p in files if p.is_file())
        refused += [f"{p}: {NOT_REGULAR}" for p in sorted(set(files) - set(regular))]
        if not files:
            refused.append(f"no text files ({', '.join(TEXT_SUFFIXES)}) in directory: {path}")
        return regular
    if not os.path.lexists(path):
        refused.append(f"no such file or directory: {path}")
    elif not path.is_file():
        refused.append(f"{path}: {NOT_REGULAR}")
    else:
        return [path]
    return []


def read_document(path: Path, lang: str | None = None) -> Document:
    """One input file as a Document; KgError when it cannot be read or holds no text kg can read."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise KgError(f"{path}: cannot read ({err.strerror})") from None
    text = decode(data, str(path))
    if not text.strip():
        raise KgError(f"{path}: empty file")
    script = unsupported_script(text)
    if script:
        raise KgError(f"{path}: no text in a language kg reads ({', '.join(LANGUAGES)}): the letters are {script}")
    other = None if lang else unsupported_language(text)
    if other:
        raise KgError(f"{path}: the text is in {other}, not a language kg reads ({', '.join(LANGUAGES)}); "
                      "--lang forces one")
    return Document(id=path.stem, path=str(path), text=text, lang=lang)


def read_inputs(paths: list[str | Path], lang: str | None = None, skip_bad: bool = False) -> Inputs:
    """Read every input file. By default the first bad input stops the run with a KgError; with `skip_bad` the
    bad ones are listed in `refused` and the good ones read (a KgError only when none is left)."""
    found = Inputs()
    if not paths:
        raise KgError("no input files given")
    for raw in paths:
        for path in find_files(Path(raw), found.refused):
            if found.refused and not skip_bad:
                break
            try:
                found.documents.append(read_document(path, lang))
            except KgError as err:
                found.refused.append(str(err))
        if found.refused and not skip_bad:
            raise KgError(found.refused[0])
    dupes = sorted(i for i, n in Counter(d.id for d in found.documents).items() if n > 1)
    if dupes:
        raise KgError(f"two input files share the name {dupes[0]!r}; document ids must be unique")
    if not found.documents:
        raise KgError("no input file could be read: " + "; ".join(found.refused))
    return found


def read_documents(paths: list[str | Path], lang: str | None = None) -> list[Document]:
    """Read every input file; the first bad one stops the run with a KgError."""
    return read_inputs(paths, lang).documents
