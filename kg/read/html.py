"""HTML pages: the main text taken out by trafilatura (navigation, footers, comments and boilerplate left
behind), with the title, date and address the page's metadata gives. Evidence offsets count characters of
the extracted text; the document's source file stays the HTML file."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.read.decode import BOMS, decode

HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    date: str | None      # YYYY-MM-DD, from the page's metadata only
    url: str | None       # the canonical address the page declares


def extract_page(data: bytes, name: str) -> Page:
    """The main text and metadata of the HTML `data` (a file called `name`, for messages). The encoding is
    the byte-order mark's, else the one the page declares or trafilatura detects. KgError for binary data and
    for a page with no text to extract."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)   # its warnings would break one-line errors
    if any(data.startswith(bom) for bom, _ in BOMS):
        content: bytes | str = decode(data, name)
    elif b"\x00" in data:
        decode(data, name)      # raises: binary data
        raise AssertionError("unreachable")
    else:
        content = data
    extracted = trafilatura.bare_extraction(
        content, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
        deduplicate=False, date_extraction_params={"extensive_search": False, "original_date": True,
                                                   "outputformat": "%Y-%m-%d"})
    fields = extracted if isinstance(extracted, dict) else {   # trafilatura 2 gives an object with __slots__
        key: getattr(extracted, key, None) for key in ("text", "title", "date", "url")}
    text = fields.get("text") or ""
    if not text.strip():
        raise KgError(f"{name}: no text could be extracted from the HTML (no article body found)")
    return Page(text, fields.get("title") or None, fields.get("date") or None, fields.get("url") or None)


def is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES
