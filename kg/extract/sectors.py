"""Sectors written as compounds in languages that compound (de): "Elektronikfertigung", "Halbleiterindustrie",
"Stahlbranche" are the lexicon's sector named by the word's first part ("Elektronik", "Halbleiter"), when the
rest is one of the language's sector heads (patterns.yaml `sector_compound_heads`)."""
from __future__ import annotations

from functools import lru_cache

from kg.analyse.normalise import fold
from kg.extract.lexicon import load_lexicon
from kg.model import Mention, Sentence
from kg.profile import profile

SOURCE = "pattern:sector"
MIN_STEM = 4        # letters of the sector part ("Stahl" in "Stahlindustrie")


@lru_cache(maxsize=None)
def _stems(lang: str) -> tuple[tuple[str, str], ...]:
    """(folded one-word sector name, sector id), longest first."""
    out = {fold(name): entry.id for entry in load_lexicon().values() if entry.cls == "Sector"
           for name in entry.names.get(lang, ()) if " " not in name and len(name) >= MIN_STEM}
    return tuple(sorted(out.items(), key=lambda item: -len(item[0])))


@lru_cache(maxsize=None)
def _heads(lang: str) -> tuple[str, ...]:
    return tuple(fold(h) for h in profile(lang).patterns.sector_compound_heads)


def find_compound_sectors(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A Sector mention for each compound of a lexicon sector and a sector head that no mention covers."""
    heads = _heads(sentence.lang)
    if not heads:
        return []
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    out = []
    for k, word in enumerate(sentence.words):
        if k in taken or not word.folded.endswith(heads):
            continue
        found = next((sector for stem, sector in _stems(sentence.lang)
                      if word.folded.startswith(stem) and word.folded[len(stem):].lstrip("s") in heads), None)
        if found:
            out.append(Mention(sentence, k, k, found, "Sector", SOURCE))
    return out
