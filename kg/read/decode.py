"""File bytes to text: a byte-order mark chooses UTF-8, UTF-16 or UTF-32 (and is not part of the text);
without one the file must be UTF-8."""
from __future__ import annotations

import codecs

from kg.errors import KgError

# UTF-32's little-endian mark begins with UTF-16's, so it is tried first
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str) -> str:
    """The text of a file called `name` (for messages); KgError for binary data or undecodable bytes."""
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    if encoding is None:
        if b"\x00" in data:
            raise KgError(f"{name}: binary data, not a text file (UTF-16 and UTF-32 are read only with a "
                          "byte-order mark)")
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        shown = encoding.removesuffix("-sig").upper()
        raise KgError(f"{name}: not valid {shown} (byte {err.start}); convert it to UTF-8 first") from None
