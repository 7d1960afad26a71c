"""The text the analyser matches on: NFC, without invisible marks (zero-width, bidi controls, soft hyphens),
and for each of its characters the span of the original text it came from, so evidence offsets point into
the file as it is."""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass

# zero-width spaces and joiners, bidi marks, embeddings, overrides and isolates, soft hyphen, word joiner, BOM
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class CleanText:
    """`text` is `original` cleaned; `starts[i]`/`ends[i]` the original span of text[i] (None: unchanged)."""

    text: str
    original: str
    starts: array | None = None
    ends: array | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of `original` that text[start:end] (not empty) came from."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def clean(original: str) -> CleanText:
    """NFC without invisible marks. A base character and the combining marks after it are composed together
    (all that NFC does in kg's languages); every character made from them maps to their whole span."""
    if unicodedata.is_normalized("NFC", original) and not INVISIBLE.search(original):
        return CleanText(original, original)
    clusters: list[list] = []          # [start, end, characters] of a base character and its marks
    for i, char in enumerate(original):
        if INVISIBLE.match(char):
            continue
        if clusters and unicodedata.combining(char):
            clusters[-1][1], clusters[-1][2] = i + 1, clusters[-1][2] + char
        else:
            clusters.append([i, i + 1, char])
    pieces, starts, ends = [], array("q"), array("q")
    for start, end, chars in clusters:
        composed = unicodedata.normalize("NFC", chars)
        pieces.append(composed)
        starts.extend([start] * len(composed))
        ends.extend([end] * len(composed))
    return CleanText("".join(pieces), original, starts, ends)
