"""Articles given as records: JSON Lines files (one JSON object per line) and the texts passed to kg.build.

A record is an object with `id` and `text` and optionally `lang`, `url`, `date` and `title`; other keys are
ignored. Each record is one Document whose evidence offsets count characters of its `text`."""
from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import NamedNode

from kg.analyse.language import unsupported_language, unsupported_script
from kg.errors import KgError
from kg.model import LANGUAGES, Document
from kg.read.decode import decode

RECORD_KEYS = ("id", "text", "lang", "url", "date", "title")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def _kind(value) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)


def checked_text(text: str, where: str, lang: str | None = None, known: bool = False) -> str:
    """`text` if kg can read it; a KgError naming `where` for an empty text or one in no language kg reads
    (another script, or a language in the seven's scripts such as Spanish, unless `lang` forces one or the text
    is `known`: read before, its result cached)."""
    if not text.strip():
        raise KgError(f"{where}: empty text")
    script = unsupported_script(text)
    if script:
        raise KgError(f"{where}: no text in a language kg reads ({', '.join(LANGUAGES)}): the letters are {script}")
    other = None if lang or known else unsupported_language(text)
    if other:
        raise KgError(f"{where}: the text is in {other}, not a language kg reads ({', '.join(LANGUAGES)}); "
                      "--lang forces one")
    return text


def checked_url(url: str, where: str) -> str:
    if not SCHEME.match(url):
        raise KgError(f"{where}: url {url!r} is not an absolute address (https://...)")
    try:
        NamedNode(url)
    except ValueError:
        raise KgError(f"{where}: url {url!r} is not a valid IRI") from None
    return url


def checked_date(date: str, where: str) -> str:
    """A date as YYYY-MM-DD or an xsd:dateTime (2025-03-14T09:30:00+07:00), kept as written."""
    match = DATE.fullmatch(date) or DATE_TIME.fullmatch(date)
    try:
        if match:
            datetime.date.fromisoformat(date[:10])
            if "T" in date:
                datetime.datetime.fromisoformat(date.replace("Z", "+00:00"))
            return date
    except ValueError:
        pass
    raise KgError(f"{where}: date {date!r} is not YYYY-MM-DD or an ISO 8601 date and time (2025-03-14T09:30:00Z)")


def record_document(record, where: str, path: str, lang: str | None = None) -> Document:
    """One record (a dict) as a Document; `where` names it in messages ("articles.jsonl:3"), `lang` is the
    language of records without their own. KgError for a record kg cannot use."""
    if not isinstance(record, dict):
        raise KgError(f"{where}: not a JSON object but {_kind(record)}")
    for key in ("id", "text"):
        if record.get(key) is None:
            raise KgError(f"{where}: no {key!r} (a record needs 'id' and 'text')")
    doc_id = record["id"]
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise KgError(f"{where}: 'id' must be a non-empty string, not {_kind(doc_id) if doc_id != '' else 'empty'}")
    try:
        for key in RECORD_KEYS[1:]:
            value = record.get(key)
            if value is not None and not isinstance(value, str):
                raise KgError(f"{where}: {key!r} must be a string, not {_kind(value)}")
        own = record.get("lang") or None
        if own is not None and own not in LANGUAGES:
            raise KgError(f"{where}: unknown language {own!r} (kg reads {', '.join(LANGUAGES)})")
        text = checked_text(record["text"], where, own or lang)
        url, date, title = record.get("url") or None, record.get("date") or None, record.get("title") or None
        return Document(id=doc_id, path=path, text=text, lang=own or lang,
                        url=checked_url(url, where) if url else None,
                        date=checked_date(date, where) if date else None, title=title)
    except KgError as err:
        raise KgError(f"{err} (id {doc_id!r})") from None


def read_jsonl(path: Path, data: bytes, lang: str | None = None) -> tuple[list[Document], list[str]]:
    """The records of a JSON Lines file (its bytes) and one message per bad record ("FILE:LINE: reason").
    Blank lines are skipped; an id met twice is refused the second time. KgError when the file itself
    cannot be read (not UTF-8, no record at all)."""
    text = decode(data, str(path))
    docs: list[Document] = []
    bad: list[str] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            bad.append(f"{where}: not JSON ({err.msg} at column {err.colno})")
            continue
        try:
            doc = record_document(record, where, str(path), lang)
        except KgError as err:
            bad.append(str(err))
            continue
        if doc.id in first_line:
            bad.append(f"{where}: duplicate id {doc.id!r} (first on line {first_line[doc.id]})")
            continue
        first_line[doc.id] = number
        docs.append(doc)
    if not docs and not bad:
        raise KgError(f"{path}: empty file (no JSON Lines records)")
    return docs, bad


def text_documents(texts: Iterable, lang: str | None = None) -> list[Document]:
    """The texts given to kg.build: strings (ids text-1, text-2, ... by position), (id, text) pairs, or
    records (dicts with id, text and optional lang, url, date, title). KgError for the first bad one."""
    if isinstance(texts, (str, dict)):
        texts = [texts]         # one text or record, not a sequence of them
    docs = []
    for number, item in enumerate(texts, start=1):
        where = f"texts[{number - 1}]"
        if isinstance(item, str):
            item = {"id": f"text-{number}", "text": item}
        elif isinstance(item, (tuple, list)):
            if len(item) != 2:
                raise KgError(f"{where}: a pair (id, text) has two items, not {len(item)}")
            item = {"id": item[0], "text": item[1]}
        elif not isinstance(item, dict):
            raise KgError(f"{where}: a text is a string, an (id, text) pair or a dict, not {_kind(item)}")
        docs.append(record_document(item, where, "<text>", lang))
    return docs
