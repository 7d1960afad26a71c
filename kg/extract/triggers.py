"""Trigger phrases: words written as stems ("сотруднич", "при поддержк") matched by prefix (after the first, a one-letter stem
is a function word, matched whole: "forum z" is no prefix of "Forum zorganizowały");
"*" inside a phrase stands for at most one word of any kind ("проник на * рын"); a stem ending in "$"
matches that whole word only ("minister$": not "ministerstwo"). Filler words may stand between the words of a
phrase ("trafia m.in. do", "geht vor allem nach" match "trafia do", "geht nach")."""
from __future__ import annotations

from dataclasses import dataclass

from kg.analyse.normalise import fold, norm, words
from kg.model import Sentence


WHOLE = "$"     # a stem that must match a whole word
MAX_CACHED_FORMS = 200_000      # word forms a set remembers the first stems of


SHORT_WORD = 1   # letters of a stem that is a whole function word (two-letter stems may be prefixes: "эт дв город")


def _stems(token: str, marks: bool = False) -> list[str]:
    """The folded stems of one token of a phrase (with their diacritics when `marks`); a final "$" stays on the last."""
    stems = [(norm if marks else fold)(w) for w, _, _ in words(token)]
    return stems[:-1] + [stems[-1] + WHOLE] if stems and token.endswith(WHOLE) else stems


def _whole_short_words(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The stems of a phrase, those after the first of SHORT_WORD letters or fewer made to match whole words."""
    return stems[:1] + tuple(s + WHOLE if len(s) <= SHORT_WORD and s != "*" and not s.endswith(WHOLE) else s
                             for s in stems[1:])


@dataclass(frozen=True)
class Hit:
    first: int      # index of the first word
    last: int       # index of the last word (inclusive)
    label: str      # what the phrase stands for (a relation, a kind, a month...)
    phrase: str


class TriggerSet:
    """Phrases indexed by their first stem, so a sentence is scanned in O(words × word length)."""

    def __init__(self, phrases: dict[str, list[str]], exact: bool = False, marks: bool = False,
                 fillers: frozenset[str] = frozenset()):
        self.exact = exact
        self.fillers = fillers      # word norms skipped between a phrase's words      # whole words only (function words: "в", "що", "он")
        self.form = "norm" if marks else "folded"   # vi: "nên" (should) is not "nền" (foundation)
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for label, items in phrases.items():
            for phrase in items or []:
                stems = _whole_short_words(tuple(stem for token in str(phrase).split()
                                                 for stem in (["*"] if token == "*" else _stems(token, marks))))
                if stems:
                    self.by_first.setdefault(stems[0].rstrip(WHOLE), []).append((stems, label, str(phrase)))
        self.lengths = sorted({len(first) for first in self.by_first}, reverse=True)   # prefix lengths worth trying
        self._last: tuple[Sentence | None, list[tuple[Hit, ...]]] = (None, [])
        # word form → the phrases whose first stem it starts with: a text repeats its words, and trying every
        # prefix length of a word for every set is most of the scan (hand-kept: a dict lookup, no library needed)
        self._firsts: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = {}

    def find(self, sentence: Sentence) -> list[Hit]:
        """Every match, longest first at each position (overlaps allowed)."""
        return [hit for hits in self._scan(sentence) for hit in hits]

    def find_at(self, sentence: Sentence, index: int) -> list[Hit]:
        """Matches starting at word `index`, longest first."""
        return list(self._scan(sentence)[index])

    def _scan(self, sentence: Sentence) -> list[tuple[Hit, ...]]:
        """The matches at every word of `sentence`, found in one pass and kept until the next sentence: the
        rules ask one set about the same sentence many times. (One tuple, so threads never see half of it.)"""
        last = self._last
        if last[0] is not sentence:
            last = self._last = (sentence, [self._match_at(sentence.words, i) for i in range(len(sentence.words))])
        return last[1]

    def _match_at(self, ws: list, index: int) -> tuple[Hit, ...]:
        text = getattr(ws[index], self.form)
        candidates = self._firsts.get(text)
        if candidates is None:
            candidates = self._first_stems(text)
        if not candidates:
            return ()
        out = [Hit(index, end, label, phrase) for stems, label, phrase in candidates
               for end in self._ends(ws, index, stems, inner=False)]
        out.sort(key=lambda h: h.first - h.last)
        return tuple(out)

    def _first_stems(self, text: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
        """The phrases whose first stem `text` starts with (equals, for an exact set), longest stem first,
        remembered for the next time the word form comes."""
        cuts = (len(text),) if self.exact else (n for n in self.lengths if n <= len(text))
        found = tuple(entry for cut in cuts for entry in self.by_first.get(text[:cut], ()))
        if len(self._firsts) < MAX_CACHED_FORMS:
            self._firsts[text] = found
        return found

    def _ends(self, ws, index: int, stems: tuple[str, ...], inner: bool = True) -> list[int]:
        """Indexes of the last word of every match of `stems` starting at word `index` (`inner`: after the
        phrase's first word, where fillers are skipped)."""
        if not stems:
            return [index - 1]
        if index >= len(ws):
            return []
        head, rest = stems[0], stems[1:]
        if head == "*":     # skip nothing or one word
            return self._ends(ws, index, rest) + self._ends(ws, index + 1, rest)
        word = getattr(ws[index], self.form)
        if word == head.rstrip(WHOLE) if self.exact or head.endswith(WHOLE) else word.startswith(head):
            return self._ends(ws, index + 1, rest)
        if inner and ws[index].norm in self.fillers:
            return self._ends(ws, index + 1, stems)
        return []
