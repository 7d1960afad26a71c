"""Sectors written as compounds in languages that compound (de): "Elektronikfertigung", "Halbleiterindustrie",
"Stahlbranche" are the lexicon's sector named by the word's first part ("Elektronik", "Halbleiter"), when the
rest is one of the language's sector heads (patterns.yaml `sector_compound_heads`)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.analyse.normalise import fold, slug
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


MAX_ITEM_WORDS = 3      # words of one sector no lexicon lists ("Luftfahrtdienstleistungen", "aviation services")
MIN_LETTERS = 4
ITEM_BREAK = re.compile(r"[.;:()!?«»„“”\"]")


def listed_sectors(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The other items of a list that names a lexicon sector are sectors too: "Logistik,
    Luftfahrtdienstleistungen, Hochtechnologie und Zulieferindustrie" (items of one to three words, between
    commas and the language's list words, that no other name covers); an item that ends on a lexicon sector is
    the narrower sector it names when one word stands before it ("mountain agriculture")."""
    patterns = profile(sentence.lang).patterns
    separators = frozenset(w for w in patterns.list_separators if " " not in w)
    determiners = frozenset(w.rstrip("'’") for w in patterns.articles + patterns.definite_words + patterns.direction_words
                            + patterns.place_prepositions + patterns.comitative_words + patterns.example_words
                            + [w for phrase in patterns.sector_fields for w in phrase.split()])
    ws = sentence.words
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    sectors = sorted((m for m in mentions if m.cls == "Sector"), key=lambda m: m.first)
    out: list[Mention] = []
    for known in sectors:
        for direction in (1, -1):
            edge = known.last if direction > 0 else known.first
            while True:
                item = _next_item(sentence, edge, direction, separators)
                if item is None:
                    break
                first, last, final = item
                while first < last and ws[first].norm.rstrip("'’") in determiners:
                    first += 1      # "la santé", "the marine economy", "to education", "в области ..."
                span = range(first, last + 1)
                inner = [m for m in mentions if first <= m.first and m.last <= last]
                if any(k in taken for k in span):
                    widened = [m for m in inner if m.cls == "Sector" and m.last == last and m.first == first + 1]
                    if widened and len(inner) == 1:
                        # "mountain agriculture": a lexicon sector with a word before it is a narrower sector
                        out.append(_sector(sentence, first, last))
                    elif not any(m.cls == "Sector" and m.first == first and m.last == last for m in mentions + out):
                        break
                elif last - first + 1 > MAX_ITEM_WORDS or not any(len(ws[k].text) >= MIN_LETTERS for k in span) \
                        or any(w.text.isdigit() or w.norm in separators for w in ws[first:last + 1]):
                    break
                else:
                    out.append(_sector(sentence, first, last))
                    taken.update(span)
                if final:
                    break
                edge = last if direction > 0 else first
    return out


def _sector(sentence: Sentence, first: int, last: int) -> Mention:
    """A sector named by words first..last, in the nominative where pymorphy3 knows the language
    ("переработке морепродуктов" → "переработка морепродуктов")."""
    from kg.extract.organisations import nominative

    ws = sentence.words
    if profile(sentence.lang).morphology.lemmatiser == "pymorphy3":      # the head: the first noun
        head = next((k for k in range(first, last + 1) if _is_noun(sentence.lang, ws[k].norm)), first)
        name = nominative(sentence, first, last, head)
    else:
        name = " ".join(sentence.text[ws[first].start - sentence.start:ws[last].end - sentence.start].split())
    return Mention(sentence, first, last, slug(name), "Sector", SOURCE, en=name)


@lru_cache(maxsize=10_000)
def _is_noun(lang: str, word: str) -> bool:
    from kg.analyse.morphology import pymorphy

    return pymorphy(lang).parse(word)[0].tag.POS == "NOUN"


def _next_item(sentence: Sentence, edge: int, direction: int, separators: frozenset[str]) -> tuple[int, int, bool] | None:
    """The list item after (direction 1) or before (-1) word `edge`: (first, last, whether "and" joined it, so
    the list ends there going right)."""
    ws = sentence.words
    k = edge + direction
    if not 0 <= k < len(ws):
        return None
    gap = sentence.gap(min(edge, k), max(edge, k))
    joined = ws[k].norm in separators and not ITEM_BREAK.search(gap)
    if joined:
        k += direction
        if not 0 <= k < len(ws):
            return None
        gap = sentence.gap(min(edge + direction, k), max(edge + direction, k))
    if ITEM_BREAK.search(gap) or not (joined or "," in gap):
        return None
    end = k
    while 0 <= end + direction < len(ws) and len(range(min(k, end), max(k, end) + 1)) < MAX_ITEM_WORDS + 1:
        between = sentence.gap(min(end, end + direction), max(end, end + direction))
        if between.strip() or ws[end + direction].norm in separators:
            break
        end += direction
    first, last = min(k, end), max(k, end)
    return first, last, joined and direction > 0
