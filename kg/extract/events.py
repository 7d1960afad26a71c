"""Named events: a kind noun with a quoted name, a kind noun with a list of places
("konferencji Japonia-Delta Mekongu"), or a numbered instance of a recurring event."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from kg.analyse.normalise import fold, slug, words
from kg.extract.lexicon import EVENT_SERIES, load_lexicon
from kg.extract.name_forms import adjective_shaped, nominative_name
from kg.extract.place_nouns import place_nouns
from kg.extract.positions import role_nouns
from kg.extract.triggers import Hit, TriggerSet
from kg.model import Mention, Sentence
from kg.profile import profile

CLASS = "Event"
PROJECT_KINDS = {"project"}     # kinds in events.yaml whose names are projects


def _class(kind: str) -> str:
    return "Project" if kind in PROJECT_KINDS else CLASS
CLOSING_QUOTES = "»“”\"›"
PLACE_CLASSES = {"Country", "Locality", "Region", "ForeignRegion", "Organization"}
QUOTED_RE = re.compile(r"[«„“\"]([^«»„“”\"]{3,120})[»“”\"]")     # a quoted name
ORDINAL_RE = re.compile(r"(\d{1,3})(?:\.|-?(?:й|я|е|го|th|st|nd|rd|e|ème|er))?\s*$")


@lru_cache(maxsize=None)
def _kinds(lang: str) -> TriggerSet:
    return TriggerSet(profile(lang).events)


@lru_cache(maxsize=None)
def compound_heads(lang: str) -> tuple[tuple[str, str], ...]:
    """(folded kind noun, kind) for languages that write a kind as the head of a compound."""
    if not profile(lang).patterns.compound_kinds:
        return ()
    return tuple((fold(stem).rstrip("$"), kind) for kind, stems in profile(lang).events.items()
                 for stem in stems if " " not in stem)


MAX_KIND_ENDING = 3       # letters an inflection adds to a kind noun ("Konferenzen", "Kongresses")
MIN_COMPOUND_HEAD = 3     # letters before the kind noun: "Wirtschafts|forum", not "Forum"


def _kind_hits(sentence: Sentence) -> list[Hit]:
    """Kind nouns of a sentence: words that start with one ("Konferenz", "конференции") and, in languages
    that compound, capitalised words that end with one ("Investitionsförderungskonferenz", "Wirtschaftsforum")."""
    hits = _kinds(sentence.lang).find(sentence)
    heads = compound_heads(sentence.lang)
    if heads:       # "Kongresszentrum", "Messegelände": a kind noun that starts a compound is no head of it
        hits = [h for h in hits if h.first < h.last or len(sentence.words[h.first].folded) - len(fold(h.phrase))
                <= MAX_KIND_ENDING]
    starts = {h.first for h in hits}
    patterns = profile(sentence.lang).patterns
    for k, w in enumerate(sentence.words):
        if k in starts or not w.is_capitalised or w.norm in patterns.weekdays or w.norm in patterns.not_compound_kinds:
            continue
        head = next(((s, kind) for s, kind in heads if w.folded.endswith(s)
                     and len(w.folded) - len(s) >= MIN_COMPOUND_HEAD), None)
        if head is not None:
            hits.append(Hit(k, k, head[1], head[0]))
    return sorted(hits, key=lambda h: (h.first, h.first - h.last))


def _last_word_before(sentence: Sentence, offset: int) -> int:
    """Index of the last word that ends by absolute character `offset`."""
    return max(k for k, w in enumerate(sentence.words) if w.end <= offset)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _word_at(sentence: Sentence, offset: int) -> int:
    """Index of the word that covers or follows absolute character `offset`."""
    return next((k for k, w in enumerate(sentence.words) if w.end > offset), len(sentence.words) - 1)


def _composite(mentions: list[Mention], kind: str) -> tuple[str, str]:
    lexicon = load_lexicon()
    names = [lexicon[m.entity_id].en if m.entity_id in lexicon else m.entity_id for m in mentions]
    return "-".join([m.entity_id for m in mentions] + [kind]), "–".join(names) + " " + kind.capitalize()


def _quoted(sentence: Sentence, after: int, inside: list[Mention], kind: str) -> Mention | None:
    """The quoted name that starts right after word `after`: «Meet Korea 2025»."""
    rel = sentence.words[after].end - sentence.start
    gap = re.match(r"\s*([«„“\"‹])", sentence.text[rel:])
    if not gap:
        return None
    open_at = rel + gap.end()
    close = _closing_quote(sentence, open_at)
    if close <= open_at:
        return None
    name = sentence.text[open_at:close].strip()
    first = _word_at(sentence, sentence.start + open_at)
    last = _last_word_before(sentence, sentence.start + close)
    if last - first < 1 or last - first > 15:
        return None         # one quoted word is an epithet («зелёный»), not an event name
    places = [m for m in inside if first <= m.first and m.last <= last and m.cls in PLACE_CLASSES]
    covered = sum(m.last - m.first + 1 for m in places)
    if places and covered == last - first + 1 and len(places) >= 2:
        entity_id, label = _composite(places, kind)
    else:
        entity_id, label = slug(name), name
    year = _year_after_quote(sentence, last)
    if year is not None:        # «Корея — Куангнгай» 2025: that year's edition
        entity_id, label, last = f"{entity_id}-{sentence.words[year].text}", f"{label} {sentence.words[year].text}", year
    return Mention(sentence, after, last, entity_id, _class(kind), "pattern:event", en=label)


def _closing_quote(sentence: Sentence, at: int) -> int:
    """The offset in the sentence's text of the first closing quote at or after `at`, -1 when there is none."""
    return next((k for k in range(at, len(sentence.text)) if sentence.text[k] in CLOSING_QUOTES), -1)


def _year_after_quote(sentence: Sentence, last: int) -> int | None:
    """The index of a year right after the closing quote that follows word `last` ("«Башкортостан — Вьетнам»
    2025"), else None."""
    k = last + 1
    if k < len(sentence.words) and YEAR_RE.match(sentence.words[k].text) \
            and re.fullmatch(rf"\s*[{CLOSING_QUOTES}]\s+", sentence.gap(last, k)):
        return k
    return None


def _quoted_tail(sentence: Sentence, last: int) -> tuple[int, str]:
    """A quoted part right after word `last` that ends a name, with a year after it: "III Форум межрегионального
    сотрудничества «Башкортостан — Вьетнам» 2025". The index of its last word and its text (from the space
    before the quote); `last` and "" when none follows."""
    ws = sentence.words
    if last + 1 >= len(ws) or not re.fullmatch(r"\s+[«„“\"]", sentence.gap(last, last + 1)):
        return last, ""
    close = _closing_quote(sentence, ws[last + 1].start - sentence.start)
    if close < 0:
        return last, ""
    end = _last_word_before(sentence, sentence.start + close)
    year = _year_after_quote(sentence, end)
    end = year if year is not None else end
    text = sentence.text[ws[last].end - sentence.start:ws[end].end - sentence.start]
    return end, " " + " ".join(text.split())


PAIR_DASHES = ("–", "—", "-")
MAX_PAIR_WORDS = 3


def _pair_tail(sentence: Sentence, last: int) -> tuple[int, str]:
    """Two names joined by a dash right after word `last` that end a name, a year after them: "Форум місцевого
    співробітництва В'єтнам — Корея". The index of the last word and the text (from the space before); `last`
    and "" when none follows."""
    ws = sentence.words

    def run(k: int) -> int:
        """The last word of the capitalised words from k (at most MAX_PAIR_WORDS), or -1."""
        if k >= len(ws) or not ws[k].is_capitalised:
            return -1
        end = k
        while end + 1 < len(ws) and end + 1 - k < MAX_PAIR_WORDS and ws[end + 1].is_capitalised \
                and sentence.gap(end, end + 1) == " ":
            end += 1
        return end

    if last + 1 >= len(ws) or sentence.gap(last, last + 1) != " ":
        return last, ""
    left = run(last + 1)
    if left < 0 or left + 1 >= len(ws) or sentence.gap(left, left + 1).strip() not in PAIR_DASHES:
        return last, ""
    right = run(left + 1)
    if right < 0:
        return last, ""
    while right + 2 < len(ws) and sentence.gap(right, right + 1).strip() in PAIR_DASHES:
        further = run(right + 1)
        if further < 0:
            break
        right = further     # "В'єтнам – Лаос – Таїланд"
    if right + 1 < len(ws) and YEAR_RE.match(ws[right + 1].text) and sentence.gap(right, right + 1) == " ":
        right += 1
    text = sentence.text[ws[last].end - sentence.start:ws[right].end - sentence.start]
    return right, " " + " ".join(text.split())


def _joined_places(sentence: Sentence, after: int, mentions: list[Mention], kind: str) -> Mention | None:
    """Places joined by dashes right after the kind noun: "Japonia-Delta Mekongu"."""
    chain: list[Mention] = []
    position = after + 1
    for m in sorted(mentions, key=lambda m: m.first):
        if m.first != position or m.cls not in PLACE_CLASSES:
            continue
        if chain:
            gap = sentence.gap(chain[-1].last, m.first)
            if gap.strip() not in ("-", "–", "—"):
                break
        chain.append(m)
        position = m.last + 1
    if len(chain) < 2:
        return None
    entity_id, label = _composite(chain, kind)
    return Mention(sentence, after, chain[-1].last, entity_id, _class(kind), "pattern:event", en=label)


def _series_instance(sentence: Sentence, series: Mention) -> Mention:
    """"21. Krajowa Konferencja..." → the 21st instance; without a number, the series itself."""
    entry = load_lexicon()[series.entity_id]
    before = sentence.text[:sentence.words[series.first].start - sentence.start]
    number = ORDINAL_RE.search(before)
    if not number:
        return Mention(sentence, series.first, series.last, entry.id, CLASS, "lexicon")
    nth = _ordinal(int(number.group(1)))
    first = _word_at(sentence, sentence.start + number.start())
    return Mention(sentence, first, series.last, f"{nth}-{entry.id}", CLASS, "pattern:event",
                   en=f"{nth} {entry.en}")


def _quoted_by_kind(sentence: Sentence, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """A quoted name that itself starts with a kind noun: «Неделя дружбы Вьетнама и Японии»."""
    out = []
    for match in QUOTED_RE.finditer(sentence.text):
        first = _word_at(sentence, sentence.start + match.start(1))
        if first in taken or sentence.words[first].start >= sentence.start + match.end(1):
            continue
        hits = [h for k in (first, first + 1) if k < len(sentence.words)
                for h in _kinds(sentence.lang).find_at(sentence, k)]
        if not hits:
            continue
        last = _last_word_before(sentence, sentence.start + match.end(1))
        name = " ".join(match.group(1).split())
        out.append(Mention(sentence, first, last, slug(name), CLASS, "pattern:event", en=name))
        taken.update(range(first, last + 1))
    return out


FOOTNOTE_RE = re.compile(r"\(\d{1,3}\)")


@lru_cache(maxsize=None)
def _list_words(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Stems of list heads ("programm") and the words of "such as" in this language."""
    patterns = profile(lang).patterns
    heads = tuple(fold(h) for h in patterns.event_list_heads)
    examples = frozenset(fold(w) for phrase in patterns.example_words for w in phrase.split())
    return heads, examples


def _quoted_examples(sentence: Sentence, taken: set[int]) -> list[Mention]:
    """Quoted names listed as examples of programmes or events: "programmes such as «A» (6), «B»"."""
    heads, examples = _list_words(sentence.lang)
    out = []
    for match in QUOTED_RE.finditer(sentence.text):
        first = _word_at(sentence, sentence.start + match.start(1))
        if first in taken or sentence.words[first].start >= sentence.start + match.end(1):
            continue
        # the five words before the name, skipping earlier quoted items and footnote numbers of the list
        before = FOOTNOTE_RE.sub(" ", QUOTED_RE.sub(" ", sentence.text[:match.start()]))
        window = [fold(w) for w, _, _ in words(before)][-5:]
        if not (set(window) & examples and any(w.startswith(heads) for w in window)):
            continue
        last = _last_word_before(sentence, sentence.start + match.end(1))
        if last - first < 1:
            continue        # one quoted word is an epithet, not a name
        name = " ".join(match.group(1).split())
        out.append(Mention(sentence, first, last, slug(name), CLASS, "pattern:event", en=name))
        taken.update(range(first, last + 1))
    return out


YEAR_RE = re.compile(r"^(19|20)\d\d$")
YEAR_SUFFIX_RE = re.compile(r"-(19|20)\d\d$")      # the year an edition's id ends with


ORDINAL_WORD_RE = re.compile(r"^\d{1,3}(?:st|nd|rd|th|e|es|er|re|ère|ème)?$")


def _left_edge(sentence: Sentence, first: int, part: Callable[[int], bool], inner: frozenset[str] = frozenset(),
               item: Callable[[int], bool] | None = None) -> int:
    """The first word of a capitalised name that reaches back from word `first` over words that are `part`
    of it (no comma between, but for the items of a list the name ends in: "Thanh Hoa Investment, Trade and
    Tourism Promotion Conference", where `item` says which words may be one), and over an ordinal before them:
    "the 3rd Saxony–Vietnam Business Forum"."""
    listed = False
    while first > 0:
        if "," in sentence.gap(first - 1, first) and not (
                listed and item is not None and sentence.gap(first - 1, first).strip() == "," and item(first - 1)):
            break
        if part(first - 1):
            first -= 1
        elif first > 1 and sentence.words[first - 1].norm in inner and part(first - 2) \
                and not YEAR_RE.match(sentence.words[first - 2].text):
            first -= 2      # "Investment and Trade Forum", "Industrie- und Handelskammer"; not "2021 le Projet"
            listed = True
        else:
            break
    if first > 0:
        before = sentence.words[first - 1]
        numbered = ORDINAL_WORD_RE.match(before.text) and not YEAR_RE.match(before.text)
        if numbered and (not before.text.isdigit() or sentence.gap(first - 1, first).strip() == "."):
            first -= 1      # "23rd", "10e", "3. Sächsisch-Vietnamesisches Forum"
    return first


def _extended(sentence: Sentence, event: Mention, mentions: list[Mention], taken: set[int]) -> Mention | None:
    """A lexicon event inside a longer capitalised name: "Saxony–Vietnam Business Forum" around
    "Vietnam Business Forum"; the longer name is another event."""
    articles = set(profile(sentence.lang).patterns.articles)
    in_mention = {k for m in mentions for k in range(m.first, m.last + 1)}
    ws = sentence.words

    def part(k: int) -> bool:
        return k not in taken and (ws[k].is_capitalised or k in in_mention) and ws[k].norm not in articles

    first = _left_edge(sentence, event.first, part)
    if first == event.first or first == 0 and ws[0].is_capitalised and first + 1 == event.first:
        return None     # nothing before it, or only the sentence's capitalised first word
    name = sentence.text[ws[first].start - sentence.start:ws[event.last].end - sentence.start]
    return Mention(sentence, first, event.last, slug(name), CLASS, "pattern:event", en=" ".join(name.split()))


def _capitalised(sentence: Sentence, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """A capitalised name around a capitalised kind noun: "Mekong Delta Climate Resilience Forum 2025",
    "Polsko-Wietnamskie Forum Gospodarcze", "Festival de Hué 2025" (languages that capitalise names)."""
    from kg.extract.organisations import FRENCH_ADJECTIVE

    patterns = profile(sentence.lang).patterns
    inner = set(patterns.name_inner_words)
    articles = set(patterns.articles)
    function_words = set(patterns.place_prepositions) | set(patterns.agent_prepositions) | set(patterns.direction_words)
    if not inner:       # vi, ru, uk: a name capitalises only its first word
        return _adjective_names(sentence, taken) + _genitive_names(sentence, taken) + \
            _first_word_title(sentence, mentions, taken)
    hits = _kind_hits(sentence)
    if not hits:
        return []
    ws = sentence.words
    in_mention = {k for m in mentions for k in range(m.first, m.last + 1)}
    # a title is no part of a name ("am Rande des Forums der Staatssekretär …")
    titles = {k for h in role_nouns(sentence.lang).find(sentence) for k in range(h.first, h.last + 1)}
    months = profile(sentence.lang).patterns.months
    qualifiers = set(patterns.month_qualifiers)
    before_month = function_words | qualifiers | inner

    def timed(k: int) -> bool:
        """A month after a preposition or qualifier, or that qualifier: "in October", "on October 17", "Anfang
        Dezember" say when (not "Hanoi May Festival")."""
        if ws[k].norm in qualifiers:
            return k + 1 < len(ws) and ws[k + 1].folded in months
        return ws[k].folded in months and k > 0 and ws[k - 1].norm in before_month

    def part(k: int) -> bool:
        return k not in taken and k not in titles \
            and (ws[k].is_capitalised or k in in_mention or bool(YEAR_RE.match(ws[k].text))) \
            and ws[k].norm not in articles and ws[k].norm not in function_words and not timed(k)

    starts = {m.first: m for m in mentions}
    places = set(patterns.place_prepositions)

    def venue(k: int) -> bool:
        """"w Lublinie", "in Hanoi", "in Ha Long" after a name: where it is held, not part of it, unless a year
        ends the capitalised words after it ("Days of Ukrainian Culture in Vietnam 2025")."""
        if ws[k].norm not in places:
            return False
        after = starts[k + 1].last + 1 if k + 1 in starts and starts[k + 1].cls in PLACE_CLASSES else k + 1
        while after < len(ws) and ws[after].is_capitalised and not YEAR_RE.match(ws[after].text):
            after += 1
        return not (after < len(ws) and YEAR_RE.match(ws[after].text))

    def adjectives(k: int) -> int:
        """fr: the index after the lowercase adjectives from word `k` that a capitalised part or a complement
        follows ("Forum" + "économique" + "Vietnam–France 2025"); `k` when there are none."""
        end, count = k, 0
        while patterns.event_complements and end < len(ws) and count < 2 and not sentence.gap(end - 1, end).strip():
            stop = end      # "franco-vietnamien": a hyphenated adjective is read by its last part
            while stop + 1 < len(ws) and sentence.gap(stop, stop + 1) == "-" and not ws[stop + 1].is_capitalised:
                stop += 1
            if any(j in taken or ws[j].is_capitalised for j in range(end, stop + 1)) \
                    or not FRENCH_ADJECTIVE.search(ws[stop].norm):
                break
            end, count = stop + 1, count + 1
        follows = end < len(ws) and not sentence.gap(end - 1, end).strip(" -–") \
            and (part(end) or ws[end].norm in patterns.event_complements)     # "Journées européennes du patrimoine"
        return end if end > k and follows else k

    out = []
    kind_words = {k for h in hits for k in range(h.first, h.last + 1)}
    for hit in hits:
        if hit.first in taken or not ws[hit.first].is_capitalised:
            continue
        # "am Rande des Forums": a kind noun in the genitive is no name of the noun before it
        first = _left_edge(sentence, hit.first, part, frozenset(inner) - set(patterns.genitive_articles),
                           lambda k: ws[k].is_capitalised and k not in in_mention and k not in kind_words and part(k))
        if first == 0 < hit.first and 0 not in in_mention and sentence.gap(0, 1).strip() not in ("-", "–") \
                and (not adjective_shaped(sentence.lang, ws[0].text) and not ORDINAL_WORD_RE.match(ws[0].text)
                     or ws[0].norm in patterns.presence_words):
            first = 1       # "Organizatorem Polsko-Wietnamskiego Forum ...", "Lors des Assises": the sentence's
            while first < hit.first and (ws[first].norm in inner or ws[first].norm in articles):
                first += 1  # first word is no part, nor the article after it
        last = adjectives(hit.last + 1) - 1
        while last + 1 < len(ws) and not re.search(r"[,;:.()]", sentence.gap(last, last + 1)) \
                and (part(last + 1) or (ws[last + 1].norm in inner and last + 2 < len(ws)
                                        and part(last + 2) and not venue(last + 1))):
            last += 1       # up to a comma: "Assises, la vice-présidente …" names no event
        last = _complement(sentence, last, patterns, mentions)
        if first < hit.first or not ws[hit.first].folded.startswith(hit.phrase):
            last = _topic_tail(sentence, hit.last, last, patterns, mentions)    # a name, not "die Konferenz"
        if first == hit.first == 0 and last == hit.last:
            continue        # a kind noun opening the sentence is capitalised anyway
        if all(k in kind_words or ws[k].norm in inner for k in range(first, last + 1)):
            continue        # "Foren und Konferenzen": kind nouns only, no name
        if last == first:
            continue
        written = sentence.text[ws[first].start - sentence.start:ws[last].end - sentence.start]
        name = nominative_name(sentence, first, last, hit.first) or " ".join(written.split())
        out.append(Mention(sentence, first, last, slug(name), _class(hit.label), "pattern:event", en=name))
        taken.update(range(first, last + 1))
    return out


DASHES = ("-", "–", "—")
MAX_COMPLEMENT = 8     # lowercase words a name's complement may have


def _complement(sentence: Sentence, last: int, patterns, mentions: list[Mention]) -> int:
    """The last word of a name extended over a lowercase complement after it ("Assises" + "de la coopération
    décentralisée franco-vietnamienne", "Conférence" + "de promotion des investissements de Can Tho 2024"), up
    to a stop word, punctuation or a capitalised word that is no known name; a year ends it."""
    if not patterns.event_complements:
        return last
    ws, stops = sentence.words, set(patterns.event_complement_stops)
    opens = set(patterns.event_complements)
    named = {m.first: m.last for m in mentions if m.cls in PLACE_CLASSES}

    def bare(k: int) -> str:
        return ws[k].norm.rstrip("'’")      # "d'", "l'", "s'" are written with their apostrophe

    k = last + 1
    if k >= len(ws) or bare(k) not in opens or sentence.gap(last, k).strip():
        return last
    end = last
    while k < len(ws) and k - last <= MAX_COMPLEMENT and not sentence.gap(k - 1, k).strip(" '’-–—"):
        word, norm = ws[k], bare(k)
        if YEAR_RE.match(word.text):
            return k
        if word.is_capitalised and k in named:
            end = k = named[k]      # "de Can Tho": a place inside the name
        elif word.is_capitalised and end == k - 1 and sentence.gap(k - 1, k) in DASHES:
            end = k         # "Lai Châu–Honghe": the other of a pair of places
        elif norm in patterns.list_separators and k + 1 < len(ws) and bare(k + 1) in opens and end == k - 1:
            pass            # "du textile et de l'habillement": a second complement joined by "et"
        elif norm in stops or word.is_capitalised:
            break
        elif norm not in opens and norm not in ("la", "l", "les"):
            end = k         # a name ends on a content word, not on "de la"
        k += 1
    return end


GERMAN_ADJECTIVE_RE = re.compile(r"(e|en|er|es|em)$")


def _topic_tail(sentence: Sentence, head: int, last: int, patterns, mentions: list[Mention]) -> int:
    """de: the last word of a name extended over its topic after the kind noun: "Konferenz" + "für nachhaltige
    Landwirtschaft im Mekongdelta" (a preposition of `event_topic_prepositions`, lowercase adjectives before each
    capitalised noun, nouns joined by "und", and a region, which is no venue, after "im")."""
    ws = sentence.words
    opens = set(patterns.event_topic_prepositions)
    regions = {m.first: m.last for m in mentions if m.cls == "Region"}
    k = last + 1
    if k < len(ws) and ws[k].norm in patterns.place_prepositions and k + 1 in regions \
            and any(ws[j].norm in opens for j in range(head + 1, last)):
        return regions[k + 1]       # the name's words already run over its topic
    if k >= len(ws) or ws[k].norm not in opens or sentence.gap(last, k).strip():
        return last
    stops = set(patterns.articles) | set(patterns.list_separators)
    end, k = last, k + 1
    while k < len(ws) and not sentence.gap(k - 1, k).strip(" -"):
        word = ws[k]
        if word.is_capitalised:
            end = k         # a noun of the topic
        elif end > last and word.norm in patterns.list_separators:
            pass            # "für Handel und Investitionen"
        elif end > last and word.norm in patterns.place_prepositions and k + 1 in regions:
            return regions[k + 1]
        elif word.norm in stops or not GERMAN_ADJECTIVE_RE.search(word.norm):
            break
        k += 1
    return end


def _yearly_instance(sentence: Sentence, event: Mention) -> Mention | None:
    """"Festival de Hué 2025": a lexicon event followed by a year is that year's edition."""
    k = event.last + 1
    if k >= len(sentence.words) or not YEAR_RE.match(sentence.words[k].text) or \
            sentence.gap(event.last, k).strip():
        return None
    entry = load_lexicon()[event.entity_id]
    year = sentence.words[k].text
    return Mention(sentence, event.first, k, f"{entry.id}-{year}", CLASS, "pattern:event", en=f"{entry.en} {year}")


MAX_TITLE_NAME = 20      # words (Vietnamese syllables) of a name that runs to a comma


def _adjective_names(sentence: Sentence, taken: set[int]) -> list[Mention]:
    """ru, uk: adjectives before the kind noun, the first capitalised, and a year after it: "на Восточном
    экономическом форуме 2025" → "Восточный экономический форум 2025" (kg.extract.organisations' shape)."""
    if profile(sentence.lang).patterns.name_shape != "slavic":
        return []
    from kg.extract.organisations import adjectives_before, nominative

    ws = sentence.words
    out = []
    for hit in _kinds(sentence.lang).find(sentence):
        if hit.first > 0 and sentence.gap(hit.first - 1, hit.first) == "-" and not ws[hit.first - 1].is_capitalised:
            hit = Hit(hit.first - 1, hit.last, hit.label, hit.phrase)    # "бізнес-форум": one kind noun
        span = adjectives_before(sentence, hit, taken)
        if span is None or any(k in taken for k in range(span[0], hit.last + 1)):
            continue
        first = _ordinal_before(sentence, span[0])
        numbered = first < span[0]      # "III Азійському форумі зеленої логістики": an edition is a name
        last = _name_tail(sentence, hit.last, taken) if numbered else _year_tail(sentence, hit.last, taken)
        before = sentence.text[:ws[span[0]].start - sentence.start]
        if (hit.first - span[0] < 2 and last == hit.last and not numbered) or before.count("«") > before.count("»"):
            continue    # "Международная выставка" alone is a common noun phrase; a quoted name is another's
        end, quoted = _quoted_tail(sentence, last)       # "… по инвестициям, торговле и туризму «Каобанг — 2025»"
        name = nominative(sentence, span[0], last, hit.last) + quoted
        name = _with_ordinal(sentence, first, span[0], name)
        out.append(Mention(sentence, first, end, slug(name), _class(hit.label), "pattern:event", en=name))
        taken.update(range(first, end + 1))
    return out


ROMAN_RE = re.compile(r"^[IVXLCІХ]{1,6}$")      # Cyrillic І and Х stand in for I and X ("ІІ Форум")
ORDINAL_ENDINGS = ("й", "я", "е", "го", "ї", "ий", "ого", "му", "м", "ій", "ої")
SLAVIC_AND = {"и", "і", "та", "й"}


def _ordinal_before(sentence: Sentence, first: int) -> int:
    """`first`, or the index of an ordinal right before it: "II Форум", "23-ї ярмарки", "10-го форуму"."""
    ws = sentence.words
    if first > 0 and ROMAN_RE.match(ws[first - 1].text):
        return first - 1
    if first > 1 and ws[first - 2].text.isdigit() and ws[first - 1].norm in ORDINAL_ENDINGS \
            and sentence.gap(first - 2, first - 1).strip() == "-":
        return first - 2
    return first


def _with_ordinal(sentence: Sentence, first: int, start: int, name: str) -> str:
    """The name with the roman ordinal at word `first` before word `start` ("II Форум ..."); an inflected
    "10-му" is left out of the name."""
    word = sentence.words[first].text
    return f"{word} {name}" if first < start and ROMAN_RE.match(word) else name


@lru_cache(maxsize=50_000)
def _genitive(lang: str, word: str, pos: tuple[str, ...] | None = None) -> bool:
    """ru, uk: True when pymorphy3 can read the word as a genitive ("Совместной рабочей группы"), of one of the
    parts of speech `pos` when given."""
    from kg.analyse.morphology import pymorphy

    return any("gent" in p.tag and (pos is None or p.tag.POS in pos) for p in pymorphy(lang).parse(word.lower()))


NAME_WORDS = ("NOUN", "ADJF", "PRTF")


def _genitive_tail(sentence: Sentence, head: int, taken: set[int]) -> int:
    """The last word of the genitive complement after word `head` ("форум" + "межрегионального сотрудничества
    России и Вьетнама"): it ends on a genitive noun or a year; `head` when there is none."""
    ws = sentence.words

    def genitive(k: int, pos: tuple[str, ...] = NAME_WORDS) -> bool:
        return len(ws[k].text) > 2 and _genitive(sentence.lang, ws[k].text, pos)

    def closed_list(k: int) -> bool:
        """A comma before word `k` inside a list of genitive nouns that "и" closes: "инвестиций, торговли и
        туризма"."""
        while k + 1 < len(ws) and genitive(k, ("NOUN",)):
            gap = sentence.gap(k, k + 1).strip()
            if not gap and ws[k + 1].norm in SLAVIC_AND:
                return k + 2 < len(ws) and genitive(k + 2, ("NOUN",))
            if gap != ",":
                return False
            k += 1
        return False

    last = end = head
    while last + 1 < len(ws) and last + 1 not in taken and last + 1 - head < MAX_TITLE_NAME \
            and (not re.search(r"[,.;:()«»„“\"]", sentence.gap(last, last + 1))
                 or sentence.gap(last, last + 1).strip() == "," and last > head and closed_list(last + 1)):
        k = last + 1
        if YEAR_RE.match(ws[k].text):
            after = k + 1 < len(ws) and not sentence.gap(k, k + 1).strip() and (
                ws[k + 1].norm.startswith(YEAR_NOUN_STEMS) or ws[k + 1].norm == YEAR_ABBREVIATION)
            return k + 1 if after else k        # "… провинции Хатинь 2025 года": the year's noun is the name's too
        if genitive(k):
            last = k
        elif ws[k].is_capitalised and place_nouns(sentence.lang).is_class_noun(ws[last], sentence.lang):
            end = last = k      # "провинции Лаокай": a place's name after its class noun, declined or not
            continue
        elif ws[k].norm in SLAVIC_AND and k + 1 < len(ws) and genitive(k + 1) and last > head:
            last = k + 1
        else:
            break
        if genitive(last, ("NOUN",)):
            end = last
    return end


def _name_tail(sentence: Sentence, head: int, taken: set[int]) -> int:
    """The last word of a name's complements after word `head`: genitives ("форум межрегионального
    сотрудничества"), a topic after a preposition of `name_tail_prepositions` ("бізнес-форум з питань торгівлі та
    інвестицій"), or any words up to a year that ends the name (_year_tail)."""
    ws = sentence.words
    last = _genitive_tail(sentence, head, taken)
    case = profile(sentence.lang).patterns.name_tail_prepositions.get(ws[last + 1].norm) if last + 1 < len(ws) else None
    if case is not None and last + 2 < len(ws) and last + 2 not in taken and len(ws[last + 2].text) > 2 \
            and not re.search(r"[,.;:()«»„“\"]", sentence.gap(last, last + 2)) \
            and _case(sentence.lang, ws[last + 2].text, case):
        last = _genitive_tail(sentence, _case_list(sentence, last + 2, case, taken), taken)
    return max(last, _year_tail(sentence, head, taken))


MAX_LIST_ITEMS = 6       # words from a comma to the "и" that closes its list


def _case_list(sentence: Sentence, first: int, case: str, taken: set[int]) -> int:
    """The last word of the nouns in `case` from word `first` on, a list among them closed by "и"/"та"/"і":
    "по содействию инвестициям, торговле и туризму" (datives after "по"); `first` when none follows."""
    ws = sentence.words

    def in_case(k: int) -> bool:
        return k < len(ws) and k not in taken and len(ws[k].text) > 2 and not ws[k].is_capitalised \
            and _may_be(sentence.lang, ws[k].text.lower(), case)

    last, k = first, first + 1
    while k < len(ws):
        gap = sentence.gap(k - 1, k).strip()
        if gap == "" and in_case(k):
            last, k = k, k + 1
        elif gap in ("", ",") and ws[k].norm in SLAVIC_AND and in_case(k + 1):
            return k + 1 if gap == "" else last
        elif gap == "," and in_case(k) and any(ws[j].norm in SLAVIC_AND and in_case(j + 1)
                                                for j in range(k + 1, min(len(ws) - 1, k + MAX_LIST_ITEMS))):
            last, k = k, k + 1      # a comma inside a list that "и" closes further on
        else:
            break
    return last


@lru_cache(maxsize=50_000)
def _may_be(lang: str, word: str, case: str) -> bool:
    """ru, uk: True when one of pymorphy3's readings of a noun is in `case` ("торговле": dative or locative)."""
    from kg.analyse.morphology import pymorphy

    return any(case in p.tag and p.tag.POS == "NOUN" for p in pymorphy(lang).parse(word))


YEAR_NOUN_STEMS = ("год", "рок", "рік")     # "в 2024 году", "у 2024 році": a date, not the end of a name
YEAR_ABBREVIATION = "р"                       # "2024 р."
YEAR_NOUNS = (*YEAR_NOUN_STEMS, YEAR_ABBREVIATION)
CLAUSE_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})


def _year_tail(sentence: Sentence, head: int, taken: set[int]) -> int:
    """The year that ends a name within a few words after word `head` with no punctuation or verb between:
    "Конференция по содействию инвестициям в провинцию Куангчи 2024"; `head` when there is none."""
    ws = sentence.words
    for k in range(head + 1, min(len(ws), head + MAX_TITLE_NAME)):
        if k in taken or re.search(r"[,.;:()«»„“\"]", sentence.gap(k - 1, k)):
            return head
        if YEAR_RE.match(ws[k].text):
            after = ws[k + 1].norm if k + 1 < len(ws) and not sentence.gap(k, k + 1).strip() else ""
            return head if after.startswith(YEAR_NOUNS) else k
        if not ws[k].is_capitalised and _case(sentence.lang, ws[k].text, None, CLAUSE_POS):
            return head     # a verb: the clause goes on ("Куангчи" is a name, whatever pymorphy3 guesses)
    return head


@lru_cache(maxsize=50_000)
def _case(lang: str, word: str, case: str | None, pos: frozenset[str] | None = None) -> bool:
    """ru, uk: True when pymorphy3's likeliest reading of the word is in `case` (and of a part of speech in
    `pos`, when given): "питань" is genitive, "организовал" a verb."""
    from kg.analyse.morphology import pymorphy

    tag = pymorphy(lang).parse(word.lower())[0].tag
    return (case is None or case in tag) and (pos is None or tag.POS in pos)


@lru_cache(maxsize=None)
def _ordinal_words(lang: str) -> TriggerSet:
    return TriggerSet({"ordinal": profile(lang).patterns.ordinal_words})


def _ordinal_word(sentence: Sentence, k: int) -> bool:
    """True when word `k` is an ordinal numeral of `ordinal_words` ("Второго", "Третьому")."""
    return bool(_ordinal_words(sentence.lang).find_at(sentence, k))


def _genitive_names(sentence: Sentence, taken: set[int]) -> list[Mention]:
    """ru, uk: a kind noun capitalised inside a sentence and the genitive words after it: "II Форум
    межрегионального сотрудничества России и Вьетнама" ("на II Форуме ..." named in the nominative)."""
    if profile(sentence.lang).patterns.name_shape != "slavic":
        return []
    from kg.extract.organisations import nominative

    ws = sentence.words
    out = []
    for hit in _kinds(sentence.lang).find(sentence):
        # "на полях Второго форума межрегионального сотрудничества": a capitalised ordinal opens the name too
        ordinal_word = hit.first > 0 and ws[hit.first - 1].is_capitalised and _ordinal_word(sentence, hit.first - 1)
        if hit.first == 0 or not (ws[hit.first].is_capitalised or ordinal_word) \
                or any(k in taken for k in range(hit.first - ordinal_word, hit.last + 1)):
            continue
        last = _name_tail(sentence, hit.last, taken)
        if last == hit.last:
            continue
        first = hit.first - 1 if ordinal_word else _ordinal_before(sentence, hit.first)
        end, quoted = _quoted_tail(sentence, last)
        if not quoted:
            end, quoted = _pair_tail(sentence, last)
        name = nominative(sentence, hit.first - ordinal_word, last, hit.first) + quoted
        name = _with_ordinal(sentence, first, hit.first, name)
        last = end
        out.append(Mention(sentence, first, last, slug(name), _class(hit.label), "pattern:event", en=name))
        taken.update(range(first, last + 1))
    return out


def _first_word_title(sentence: Sentence, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """Names that capitalise their first word after the kind noun: "Hội nghị Xúc tiến đầu tư ... năm 2025",
    "конференция Совместной рабочей группы провинции Лаокай". The name runs to the next comma, full stop
    or bracket; a capitalised word that is itself a name ("форум Вьетнама") starts none."""
    from kg.extract.organisations import capitalised_head_before

    ws = sentence.words
    # a sector may open the name ("Diễn đàn Du lịch Bình Thuận năm 2025"); another name starts none
    in_mention = {k for m in mentions if m.cls != "Sector" for k in range(m.first, m.last + 1)}
    out = []
    patterns = profile(sentence.lang).patterns
    stops = set(patterns.place_prepositions) | set(patterns.agent_prepositions)    # "... LNG Bạc Liêu do Công ty X": by X
    ends = [tuple(p.split()) for p in patterns.clause_words + patterns.name_end_words]
    for hit in _kinds(sentence.lang).find(sentence):
        after = hit.last + 1
        # vi: a kind noun capitalised inside a sentence opens a name by itself ("tổ chức Hội nghị xúc tiến đầu tư ...")
        if patterns.event_kind_capitalised and capitalised_head_before(sentence, hit.first):
            continue        # "Trung tâm Hội nghị Quốc gia" is a centre, no conference
        named_kind = patterns.event_kind_capitalised and ws[hit.first].is_capitalised \
            and (hit.first > 0 or _year_ends_run(sentence, after, taken))   # "Hội nghị xúc tiến ... năm 2025 diễn ra"
        if hit.first in taken or after >= len(ws) or after in in_mention \
                or not (ws[after].is_capitalised or named_kind) \
                or (patterns.event_kind_capitalised and not ws[hit.first].is_capitalised) \
                or (patterns.name_shape == "slavic" and not _genitive(sentence.lang, ws[after].text)):
            continue        # "в рамках форума Дальневосточный федеральный университет ...": another name begins
        last = after
        while last + 1 < len(ws) and last + 1 - hit.first < MAX_TITLE_NAME and last + 1 not in taken \
                and not re.search(r"[,.;:()«»„“\"]", sentence.gap(last, last + 1)) \
                and ws[last + 1].norm not in stops and not _ends_name(ws, last + 1, ends) \
                and not (ws[last].text.isdigit() and not ws[last + 1].is_capitalised):
            last += 1       # up to a comma or stop, a place preposition ("tại"), a year or a number that ends the name
                            # ("lần thứ 3 với chủ đề"; not "lần thứ 12 Nhóm công tác ...")
        inside = next((m for m in mentions if m.first <= last < m.last and m.first > hit.first), None)
        if inside is not None and not re.search(r"[,.;:()«»„“\"]", sentence.gap(last, inside.last)):
            last = inside.last      # a long name cut inside the place it ends with ("... và Khu tự trị ... Quảng Tây")
        last = _venue_and_year(sentence, last, mentions, stops)
        name = sentence.text[ws[hit.first].start - sentence.start:ws[last].end - sentence.start]
        out.append(Mention(sentence, hit.first, last, slug(name), _class(hit.label), "pattern:event", en=name))
        taken.update(range(hit.first, last + 1))
    return out


def _venue_and_year(sentence: Sentence, last: int, mentions: list[Mention], prepositions: set[str]) -> int:
    """The year after a place preposition and a place ends the name, the venue inside it: "Hội nghị xúc tiến đầu
    tư tỉnh Bình Định tại Hàn Quốc năm 2025"; `last` when no year follows the place."""
    ws, k = sentence.words, last + 1
    if k + 1 >= len(ws) or ws[k].norm not in prepositions or re.search(r"[,.;:()]", sentence.gap(last, k + 1)):
        return last
    place = next((m for m in mentions if m.first == k + 1 and m.cls in PLACE_CLASSES), None)
    if place is None:
        return last
    year_nouns = profile(sentence.lang).patterns.year_nouns
    year = place.last + 1 + (place.last + 1 < len(ws) and ws[place.last + 1].norm in year_nouns)
    return year if year < len(ws) and YEAR_RE.match(ws[year].text) else last


def _ends_name(ws: list, k: int, ends: list[tuple[str, ...]]) -> bool:
    """True when one of `ends` starts, in lower case as written, at word `k`: a verb or a date after the name."""
    return any(tuple(w.text for w in ws[k:k + len(end)]) == end for end in ends)


def _year_ends_run(sentence: Sentence, first: int, taken: set[int]) -> bool:
    """True when the words from `first` run, with no punctuation or other name between, to a year followed by a
    lowercase word: a sentence opening "Hội nghị xúc tiến đầu tư tỉnh Bình Định năm 2025 diễn ra ..." names the
    conference although every sentence capitalises its first word."""
    ws = sentence.words
    clause = frozenset(profile(sentence.lang).patterns.clause_words)
    for k in range(first, min(len(ws), first + MAX_TITLE_NAME)):
        if k in taken or ws[k].norm in clause or (k > first and re.search(r"[,.;:()«»„“\"]", sentence.gap(k - 1, k))):
            return False
        if YEAR_RE.match(ws[k].text):
            return k + 1 < len(ws) and not ws[k + 1].is_capitalised
    return False


def _with_kind(sentence: Sentence, hit: Hit, quoted: Mention) -> Mention:
    """ru, uk: a quoted name labelled in the source language with its kind noun in the nominative, as it is
    cited, with the adjectives and a roman ordinal before it ("в 9-й выставке «Китай — Южная Азия»" → "выставка
    «Китай — Южная Азия»", "в XII Международном инвестиционном форуме «Днепровские горизонты»" → "XII
    Международный инвестиционный форум «Днепровские горизонты»")."""
    from kg.extract.organisations import adjectives_before, nominative

    adjectives = adjectives_before(sentence, hit, set())
    start = adjectives[0] if adjectives else hit.first
    kind = nominative(sentence, start, hit.last, hit.last)
    first = _ordinal_before(sentence, start)
    kind = _with_ordinal(sentence, first, start, kind if start < hit.first else kind[:1].lower() + kind[1:])
    ws = sentence.words
    year = quoted.last if quoted.last > hit.last + 1 and _year_after_quote(sentence, quoted.last - 1) else None
    end = quoted.last - 1 if year is not None else quoted.last
    quote = " ".join(sentence.text[ws[hit.last + 1].start - sentence.start:ws[end].end - sentence.start].split())
    edition = f" {ws[year].text}" if year is not None else ""
    return replace(quoted, first=first, written=f"{kind} «{quote}»{edition}")


def find_events(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """New event mentions; series mentions in `mentions` are replaced by their instances, and a
    lexicon event followed by a year by that year's edition."""
    out = [_series_instance(sentence, m) for m in mentions if m.cls == EVENT_SERIES]
    out += [e for m in mentions if m.cls == CLASS and m.source == "lexicon"
            for e in [_yearly_instance(sentence, m)] if e is not None]
    taken = {k for m in mentions for k in range(m.first, m.last + 1) if m.cls in (CLASS, EVENT_SERIES, "Project")}
    if profile(sentence.lang).patterns.name_inner_words:     # languages that capitalise every word of a name
        longer = [e for m in mentions if m.cls == CLASS and m.source == "lexicon"
                  for e in [_extended(sentence, m, mentions, set())] if e is not None]
        out += longer
        taken.update(k for e in longer for k in range(e.first, e.last + 1))
    for hit in _kinds(sentence.lang).find(sentence):
        if hit.first in taken:
            continue
        quoted = _quoted(sentence, hit.last, mentions, hit.label)
        found = quoted or _joined_places(sentence, hit.last, mentions, hit.label)
        if found:
            found.first = hit.first
            if quoted is not None and quoted.cls == CLASS and profile(sentence.lang).patterns.name_shape == "slavic":
                found = _with_kind(sentence, hit, found)
            out.append(found)
            taken.update(range(found.first, found.last + 1))
    out += _quoted_by_kind(sentence, mentions, taken)
    out += _quoted_examples(sentence, taken)
    return _described(sentence, out + _capitalised(sentence, mentions, taken), mentions)


def _described(sentence: Sentence, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """A discovered name right before a known event's name describes it: "у Міжнародному туристичному ярмарку
    ITE HCMC 2024" is ITE HCMC 2024, its words the known event's (one event, not two)."""
    lexicon = load_lexicon()

    def is_known(m: Mention) -> bool:     # a lexicon event or a year's edition of one
        return m.entity_id in lexicon or YEAR_SUFFIX_RE.sub("", m.entity_id) in lexicon

    known = {m.first: m for m in mentions + found if m.cls == CLASS and is_known(m)}
    out = list(found)
    for d in (m for m in found if m.cls == CLASS and not is_known(m)):
        event = known.get(d.last + 1)
        if event is not None and not sentence.gap(d.last, d.last + 1).strip():
            out = [m for m in out if m is not d and m is not event] + [replace(event, first=d.first)]
    return out



