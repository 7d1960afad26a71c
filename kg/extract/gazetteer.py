"""Find lexicon names in sentences: an indexed trie of folded words, inflection-aware.

Each text word is looked up under every dictionary form it may be an inflection of
(kg.analyse.morphology), so "Южной Кореи", "Каобанга" and "w Wietnamie" match the names
"Южная Корея", "Каобанг" and "Wietnam". Names no form matches are tried once more by
phonetic key (kg.extract.transliteration): "Каобані" → "Цаобан" → Cao Bang.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache

from kg.analyse.morphology import PYMORPHY_LANGS, morphology
from kg.analyse.normalise import fold, is_acronym, norm, unify, words
from kg.extract.lexicon import DEMONYM, Entry, load_lexicon
from kg.extract.transliteration import is_cyrillic, phonetic_key
from kg.model import Mention, Sentence

MAX_PHONETIC_WORDS = 4
MIN_PHONETIC_KEY = 5
PHONETIC_CLASSES = {"Locality", "Person", "HeritageSite", "Region"}
EXACT = "="          # prefix of trie keys that must match case-sensitively (acronyms)


@dataclass(frozen=True)
class Target:
    entity_id: str
    cls: str
    needs_capital: bool     # a proper name: the text's first word must be capitalised


@dataclass
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)


class Gazetteer:
    """All lexicon names in one trie, plus a phonetic index of Vietnamese names."""

    def __init__(self, entries: dict[str, Entry]):
        self.root = _Node()
        self.phonetic: dict[str, Target] = {}
        for entry in entries.values():
            target = Target(entry.id, entry.match_class, False)
            for name, lang in entry.all_names():
                if lang in PYMORPHY_LANGS and not is_acronym(name):
                    # "зовнішня політика" is also found as "зовнішньою політикою", whose lemmas
                    # are "зовнішній політика": index each word under its own form and its lemma
                    # (the first combination is the name as written)
                    morph = morphology(lang)
                    forms = [[fold(w)] + sorted({morph.lemma(norm(w))} - {fold(w)}) for w, _, _ in words(name)]
                    for combination in itertools.islice(itertools.product(*forms), 64):
                        self._add(" ".join(combination), target, proper=name[:1].isupper())
                else:
                    self._add(name, target)
                if entry.cls in PHONETIC_CLASSES and lang in ("vi", "ru", "uk") and not entry.template:
                    key = phonetic_key(name)
                    if len(key) >= MIN_PHONETIC_KEY:
                        self.phonetic.setdefault(key, target)
            for lang, adjectives in entry.adjectives.items():
                for adjective in adjectives:
                    self._add(adjective, Target(entry.id, DEMONYM, False))

    def _add(self, name: str, target: Target, proper: bool | None = None) -> None:
        parts = [w for w, _, _ in words(name)]
        if not parts:
            return
        if is_acronym(name):
            keys = [EXACT + unify(p) for p in parts]
        else:
            keys = [fold(p) for p in parts]
        node = self.root
        for key in keys:
            node = node.children.setdefault(key, _Node())
        proper = (name[:1].isupper() if proper is None else proper) \
            and target.cls not in ("Sector", "Pillar", "Position", "BodyType")
        final = Target(target.entity_id, target.cls, proper)
        if final not in node.targets:
            node.targets.append(final)

    def find(self, sentence: Sentence) -> list[Mention]:
        """Longest non-overlapping lexicon mentions, left to right, then phonetic ones."""
        morph = morphology(sentence.lang)
        ws = sentence.words
        keys = [{EXACT + w.text} | morph.candidates(w.norm) for w in ws]
        mentions: list[Mention] = []
        i = 0
        while i < len(ws):
            best: tuple[int, Target] | None = None
            frontier = [self.root]
            j = i
            while frontier and j < len(ws):
                frontier = [n.children[k] for n in frontier for k in sorted(keys[j]) if k in n.children]
                fitting = [t for node in frontier for t in node.targets if not t.needs_capital or ws[i].is_capitalised]
                if fitting:     # a name before an adjective read into the same words ("do Polski": Poland)
                    best = (j, min(fitting, key=lambda t: t.cls == DEMONYM))   # min keeps the first of equals
                j += 1
            if best:
                last, target = best
                mentions.append(Mention(sentence, i, last, target.entity_id, target.cls, "lexicon"))
                i = last + 1
            else:
                i += 1
        return mentions + self._phonetic(sentence, mentions)

    def _phonetic(self, sentence: Sentence, found: list[Mention]) -> list[Mention]:
        """Capitalised Cyrillic words no name matched, looked up by phonetic key."""
        ws = sentence.words
        taken = {k for m in found for k in range(m.first, m.last + 1)}
        morph = morphology(sentence.lang)
        out: list[Mention] = []
        i = 0
        while i < len(ws):
            hit = None
            for n in range(MAX_PHONETIC_WORDS, 0, -1):
                span = range(i, i + n)
                if i + n > len(ws) or any(k in taken or not ws[k].is_capitalised
                                          or not is_cyrillic(ws[k].text) for k in span):
                    continue
                head = "".join(ws[k].norm for k in span[:-1])
                for form in sorted(morph.candidates(ws[i + n - 1].norm) | {ws[i + n - 1].norm}):
                    target = self.phonetic.get(phonetic_key(head + form))
                    if target:
                        hit = (i + n - 1, target)
                        break
                if hit:
                    break
            if hit:
                out.append(Mention(sentence, i, hit[0], hit[1].entity_id, hit[1].cls, "lexicon:phonetic"))
                i = hit[0] + 1
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(load_lexicon())
