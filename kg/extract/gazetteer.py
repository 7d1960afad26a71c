"""Find lexicon names in sentences: an indexed trie of folded words, inflection-aware.

Each text word is looked up under every dictionary form it may be an inflection of
(kg.analyse.morphology), so "Южной Кореи", "Каобанга" and "w Wietnamie" match the names
"Южная Корея", "Каобанг" and "Wietnam". Names no form matches are tried once more by
phonetic key (kg.extract.transliteration): "Каобані" → "Цаобан" → Cao Bang.

World place names that are also common words or people's names (Entry.needs_context) are taken
only with context: a capital not at the start of the sentence, a place preposition before, a class
noun next to them ("край", "województwo", "Land"), or their country in the same sentence.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.analyse.morphology import PYMORPHY_LANGS, morphology
from kg.analyse.normalise import fold, is_acronym, is_vietnamese_spelling, norm, unify, words
from kg.extract.lexicon import DEMONYM, Entry
from kg.extract.place_nouns import place_nouns
from kg.extract.transliteration import is_cyrillic, phonetic_key
from kg.model import Mention, Sentence
from kg.profile import profile

MAX_PHONETIC_WORDS = 4
MIN_PHONETIC_KEY = 5
PHONETIC_CLASSES = {"Locality", "Person", "HeritageSite", "Region"}
EXACT = "="          # prefix of trie keys that must match case-sensitively (acronyms)


@dataclass(frozen=True)
class Target:
    entity_id: str
    cls: str
    needs_capital: bool     # a proper name: the text's first word must be capitalised
    needs_context: int = 0          # an ambiguous world name: kg.world.ambiguity's level
    country: str | None = None      # the country whose mention is context for it
    commas: bool = False            # the name has a comma inside ("Ministry of Culture, Sports and Tourism")
    lang: str = ""                  # a common word's language: only its texts read it ("premier" is pl's prime minister)


COMMON_CLASSES = frozenset({"Sector", "Pillar", "Position", "BodyType"})    # named by common words, any case
TARGETS = ""         # the key under which a trie node (a dict of words) keeps its targets: no word is empty

# A trie node is a plain dict {folded word: child node, TARGETS: (Target, ...)}: 116,000 of them unpickle in
# half the time _Node objects with slots took (the index is loaded at every start).
Node = dict


class Gazetteer:
    """All lexicon names in one trie, plus a phonetic index of Vietnamese names."""

    def __init__(self, entries: dict[str, Entry]):
        self.root: Node = {}
        self.phonetic: dict[str, Target] = {}
        shared: dict[Target, Target] = {}     # one object per distinct target
        for entry in entries.values():
            country = _country(entry, entries) if entry.needs_context else None
            # aliases (names of no known language) are indexed as written: pymorphy3 guesses lemmas of
            # unknown names that are common words ("Хото" → "хотя")
            for name, lang in entry.all_names() + [(a, "") for a in entry.aliases]:
                target = Target(entry.id, entry.match_class, False, entry.needs_context.get(fold(name), 0), country)
                if lang in PYMORPHY_LANGS and not is_acronym(name):
                    # "зовнішня політика" is also found as "зовнішньою політикою", whose lemmas
                    # are "зовнішній політика": index each word under its own form and its lemma
                    # (the first combination is the name as written)
                    morph = morphology(lang)
                    forms = [[fold(w)] + sorted({morph.lemma(norm(w))} - {fold(w)}) for w, _, _ in words(name)]
                    for combination in itertools.islice(itertools.product(*forms), 64):
                        self._add(shared, " ".join(combination), target, proper=name[:1].isupper())
                else:
                    # a Vietnamese name of one syllable keeps its tone marks: "Bí thư" holds no "Bỉ" (Belgium)
                    # a common word is read only in its own language's texts when it is one word, or Vietnamese
                    # ("Van Tai" in "Chairman Ho Van Tai" is no transport sector)
                    common = name[:1].islower() or entry.match_class in COMMON_CLASSES
                    own = lang if lang and common and (len(words(name)) == 1 or lang == "vi") else ""
                    self._add(shared, name, replace(target, lang=own), marked=lang == "vi" and len(words(name)) == 1)
                if entry.cls in PHONETIC_CLASSES and lang in ("vi", "ru", "uk") and not entry.template:
                    key = phonetic_key(name)
                    if len(key) >= MIN_PHONETIC_KEY:
                        self.phonetic.setdefault(key, target)
            for lang, adjectives in entry.adjectives.items():
                for adjective in adjectives:
                    self._add(shared, adjective, Target(entry.id, DEMONYM, False))

    def _add(self, shared: dict[Target, Target], name: str, target: Target, proper: bool | None = None,
             marked: bool = False) -> None:
        parts = [w for w, _, _ in words(name)]
        if not parts:
            return
        if is_acronym(name) or marked:
            keys = [EXACT + unify(p) for p in parts]
        else:
            keys = [fold(p) for p in parts]
        node = self.root
        for key in keys:
            node = node.setdefault(key, {})
        # a name needs its first word capitalised unless the words after it mix a capitalised word with
        # lowercase ones: "le ministère des Affaires étrangères" is written with a lowercase head; "nhân dân" is
        # no "Nhân Dân"
        later = parts[1:]
        mixed = any(p[:1].isupper() for p in later) and any(p[:1].islower() for p in later)
        proper = (name[:1].isupper() if proper is None else proper) and target.cls not in COMMON_CLASSES and not mixed
        final = Target(target.entity_id, target.cls, proper, target.needs_context, target.country, "," in name,
                       target.lang)
        final = shared.setdefault(final, final)
        targets = node.get(TARGETS, ())
        if final not in targets:
            node[TARGETS] = targets + (final,)

    def find(self, sentence: Sentence) -> list[Mention]:
        """Longest non-overlapping lexicon mentions, left to right, then phonetic ones."""
        morph = morphology(sentence.lang)
        keys = [{EXACT + w.text} | morph.candidates(w.norm) for w in sentence.words]
        mentions, waiting = self._longest(sentence, keys, frozenset())
        if waiting:     # an ambiguous name whose country may be named in the sentence
            mentions, _ = self._longest(sentence, keys, frozenset(m.entity_id for m in mentions))
        mentions = [m for m in mentions if not _currency(sentence, m)]
        return mentions + self._phonetic(sentence, mentions)

    def _longest(self, sentence: Sentence, keys: list[set[str]], countries: frozenset[str]) -> tuple[list[Mention], bool]:
        """Longest non-overlapping mentions; whether an ambiguous name lacked context."""
        ws = sentence.words
        inflected = profile(sentence.lang).morphology.inflected
        mentions: list[Mention] = []
        waiting = False
        vietnamese = [is_vietnamese_spelling(w.text) for w in ws]
        i = 0
        while i < len(ws):
            best: tuple[int, Target] | None = None
            frontier = [(self.root, True)]     # (node, reached by the words as written, not a form undone)
            j = i
            comma = False       # the words so far cross a comma: only a name with one inside may match them
            while frontier and j < len(ws):
                own = ws[j].folded
                frontier = [(n[k], written and k == own) for n, written in frontier for k in sorted(keys[j]) if k in n]
                comma = comma or (j > i and "," in sentence.gap(j - 1, j))
                # an ambiguous world name in a language whose names take no endings must be written as it is:
                # "Assises" is not the plural of Assis (Brazil)
                # nor is a word spelt as Vietnamese ("Lục Ngạn") a world name read without its marks ("Luc", Łódź)
                fitting = [t for node, written in frontier for t in node.get(TARGETS, ())
                           if (not t.needs_capital or ws[i].is_capitalised) and (t.commas or not comma)
                           and (written or not t.needs_context or inflected)
                           and (not t.lang or t.lang == sentence.lang)
                           and not (t.needs_context and vietnamese[i])]
                ambiguous = [t for t in fitting if t.needs_context]
                waiting = waiting or 0 < len(ambiguous) < len(fitting)     # its country may decide between them
                if ambiguous and not _in_context(sentence, i, j, max(t.needs_context for t in ambiguous)):
                    kept = [t for t in ambiguous if t.country in countries]
                    waiting = waiting or len(kept) < len(ambiguous)
                    fitting = [t for t in fitting if not t.needs_context] + kept
                if fitting:     # a name before an adjective read into the same words ("do Polski": Poland), an
                    # unambiguous name before an ambiguous one ("z Chin": China, not Chin State) unless the ambiguous
                    # one's country is named in the sentence ("Hà Nam (Trung Quốc)": Henan); min keeps the first
                    # by other words ("Singapore": the country, not its city, though these words name the country)
                    # else a name as written before one reached by undoing an ending ("Botschafter" is the
                    # ambassador, not "Botschaft" with an ending)
                    if len(fitting) == 1:
                        best = (j, fitting[0])
                    else:
                        as_written = {id(t) for node, written in frontier if written for t in node.get(TARGETS, ())}
                        ids = {t.entity_id for t in fitting}
                        best = (j, min(fitting, key=lambda t: (t.cls == DEMONYM, *_unnamed_country(t, countries, ids),
                                                               id(t) not in as_written)))
                j += 1
            if best:
                last, target = best
                mentions.append(Mention(sentence, i, last, target.entity_id, target.cls, "lexicon"))
                i = last + 1
            else:
                i += 1
        return mentions, waiting

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


CURRENCY_SIGNS = ("$", "€", "£", "¥", "₫")
CURRENCY_WORDS = ("dollar", "доллар", "долар", "dolar")     # folded starts: "US-Dollar", "US dollars", "долларов США"


def _currency(sentence: Sentence, m: Mention) -> bool:
    """True for a one-word acronym right before a currency sign or word: "US$48 million", "US-Dollar" name
    money, no country."""
    word = sentence.words[m.first]
    after = m.last + 1 < len(sentence.words) and sentence.words[m.last + 1].folded.startswith(CURRENCY_WORDS)
    return m.first == m.last and is_acronym(word.text) \
        and (sentence.text[word.end - sentence.start:].startswith(CURRENCY_SIGNS) or after)


def _country(entry: Entry, entries: dict[str, Entry]) -> str | None:
    """The country `entry` lies in, following part_of."""
    seen = set()
    while entry.part_of in entries and entry.id not in seen:
        seen.add(entry.id)
        entry = entries[entry.part_of]
        if entry.cls == "Country":
            return entry.id
    return None


@lru_cache(maxsize=None)
def _place_words(lang: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """Place prepositions, class nouns (folded) and whether every noun is capitalised, for `lang`."""
    nouns = place_nouns(lang)
    return frozenset(profile(lang).patterns.place_prepositions), nouns.class_nouns, nouns.capitalised


def _unnamed_country(target: Target, countries: frozenset[str], ids: set[str]) -> tuple[bool, bool]:
    """Sort keys of a reading: an ambiguous one whose country the sentence names elsewhere (not by the words
    read, whose readings are `ids`) comes first, then the unambiguous ones, then the other ambiguous ones."""
    named = target.country in countries and target.country not in ids
    return target.needs_context > 0 and not named, target.needs_context == 0 or not named


def _in_context(sentence: Sentence, first: int, last: int, level: int) -> bool:
    """Words around `first`..`last` that make an ambiguous world name of `level` a place."""
    ws = sentence.words
    prepositions, nouns, capitalised_nouns = _place_words(sentence.lang)
    capital = level == 1 and ws[first].is_capitalised and not capitalised_nouns
    if first > 0 and (ws[first - 1].norm in prepositions or capital):
        return True
    morph = morphology(sentence.lang)
    for a, b in ((first - 2, first), (first - 1, first), (last + 1, last + 2), (last + 1, last + 3)):
        span = ws[max(a, 0):b]
        if len(span) == 1 and morph.candidates(span[0].norm) & nouns or \
                span and " ".join(w.folded for w in span) in nouns:
            return True
    return False


def gazetteer() -> Gazetteer:
    """The gazetteer of the whole lexicon (kg.extract.index: built once, cached on disk)."""
    from kg.extract.index import index

    return index().gazetteer
