"""People named after a title: "премьер-министр Фам Минь Чинь", "Wiceminister Ngo Le Van", and,
where no lexicon position matches, after a title noun: "wiceminister rozwoju Michał Baranowski"."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.analyse.normalise import CYRILLIC_TO_ASCII, folded_title, slug
from kg.extract.given_names import is_given_name, is_korean_family_name, is_vietnamese_family_name
from kg.extract.grounding import WORLD
from kg.extract.lexicon import load_lexicon
from kg.extract.name_cases import nominative_name, nominative_vietnamese
from kg.extract.positions import role_nouns, title_chain
from kg.extract.triggers import TriggerSet
from kg.extract.transliteration import is_cyrillic, latinise
from kg.model import Mention, Sentence
from kg.profile import profile

CLASS = "Person"
MAX_NAME_WORDS = 4
SOFT_CLASSES = {"Country", "ForeignRegion", "Locality"}
MAX_SYLLABLE = 7          # Vietnamese syllables are short, also in Cyrillic ("Куонг", "Тхань")
MAX_FOREIGN_WORD = 15     # after a title noun any name may follow ("Baranowski", "Aiwanger")
MAX_TITLE_WORDS = 3       # ... a run of 2-3 capitalised words
TITLE_REACH = 6           # words between a title noun and the name ("ambassadeur de France au Vietnam, Olivier")


def _letters(word: str) -> bool:
    """Letters only, an apostrophe inside a name too ("Олів'є", "O'Brien")."""
    return re.sub(r"['’ʼ]", "", word).isalpha()


@lru_cache(maxsize=None)
def _function_words(lang: str) -> frozenset[str]:
    patterns = profile(lang).patterns
    return frozenset(w for phrase in patterns.articles + patterns.definite_words + patterns.topic_words
                     for w in phrase.split())


def _name_words(sentence: Sentence, start: int, taken: set[int], longest: int = MAX_SYLLABLE,
                most: int = MAX_NAME_WORDS, closed: frozenset[int] = frozenset()) -> int:
    """How many capitalised, name-like words (at most `longest` letters) follow from `start`; a name does not
    open on a word of `closed`."""
    ws = sentence.words
    if start in closed or start < len(ws) and _honorifics(sentence.lang).find_at(sentence, start):
        return 0        # "Ông Yamamoto Kenji": the name follows the honorific
    n = 0
    while start + n < len(ws) and n < most:
        w = ws[start + n]
        hyphenated = n and sentence.gap(start + n - 1, start + n) == "-" and _letters(w.text)
        if not hyphenated and (start + n in taken or not w.is_capitalised or len(w.text) > longest
                               or not _letters(w.text)):
            break
        if n and not hyphenated and sentence.gap(start + n - 1, start + n).strip():
            break       # punctuation between words ends the name; a hyphen joins "Hyun-soo", "Jean-Pierre"
        n += 1
    return n


def find_people(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A run of 2-4 name-like words right after a title (a comma may stand between), or right before
    ", title"; and a capitalised run shortly after a role noun."""
    # a one-word place may end or sit inside a name ("Đào Minh Khôi", "Vu Thi Thanh Nga": Nga is Russia in
    # Vietnamese), never start one
    soft_places = [m for m in mentions if m.cls in SOFT_CLASSES and (m.first == m.last or _after_family_name(sentence, m))]
    # ... unless it is a given name read as a world-data place ("Karin Böhm": Karin is also Erzurum)
    soft = frozenset(m.first for m in soft_places if not _given_name_place(sentence, m))
    taken = {k for m in mentions for k in range(m.first, m.last + 1)} - {
        k for m in soft_places for k in range(m.first, m.last + 1)}
    ordered = sorted(mentions, key=lambda m: (m.first, -m.last))
    out: list[Mention] = []
    for pos in (m for m in ordered if m.cls == "Position"):
        chain = title_chain(sentence, ordered, pos)
        start = chain.last + 1
        if start < len(sentence.words):
            gap = sentence.gap(chain.last, start).strip()
            if gap not in ("", ","):
                start = len(sentence.words)
        place = next((m for m in mentions if m.first == start and m.cls == "Locality"), None)
        if place is not None:       # "Секретар партії провінції Цао Банг Куан Мінь Куонг"
            start = place.last + 1
        longest = MAX_SYLLABLE if pos.source == "lexicon" and chain.anchor is None else MAX_FOREIGN_WORD
        n = _name_words(sentence, start, taken - _place_in_name(sentence, mentions, start), longest, closed=soft)
        start, n = _from_given_name(sentence, start, n)
        if n >= 2:
            out.append(_person(sentence, start, n))
            taken.update(range(start, start + n))
        before = _name_before(sentence, chain.first, taken | soft)
        if before is not None:
            out.append(before)
            taken.update(range(before.first, before.last + 1))
    titles = {k for m in mentions if m.cls == "Position" for k in range(m.first, m.last + 1)}
    out += _after_title_nouns(sentence, taken | soft, titles)
    taken.update(k for m in out for k in range(m.first, m.last + 1))
    out += _after_honorifics(sentence, taken, soft)
    taken.update(k for m in out for k in range(m.first, m.last + 1))
    out += _by_given_name(sentence, taken | soft)
    out += _by_family_name(sentence, taken, soft)
    taken.update(k for m in out for k in range(m.first, m.last + 1))
    out += _korean_names(sentence, taken)
    return [m for m in out if not _quoted(sentence, m)]


MAX_KOREAN_SYLLABLE = 4      # letters of the lowercase half of a hyphenated given name ("Sang-min", "Jae-won")


def _korean_names(sentence: Sentence, taken: set[int]) -> list[Mention]:
    """A Korean family name and a hyphenated given name, no title needed: "Park Sang-min of KOTRA"."""
    ws = sentence.words
    out = []
    for k in range(len(ws) - 2):
        if any(j in taken for j in range(k, k + 3)) or not is_korean_family_name(ws[k].text) \
                or sentence.gap(k, k + 1) != " " or not ws[k + 1].is_capitalised or sentence.gap(k + 1, k + 2) != "-" \
                or not (ws[k + 2].text.isalpha() and ws[k + 2].text.islower()
                        and len(ws[k + 2].text) <= MAX_KOREAN_SYLLABLE):
            continue
        out.append(_person(sentence, k, 3))
        taken.update(range(k, k + 3))
    return out


OPENING_QUOTES = "«„“\""
CLOSING_QUOTES = "»“”\""


def _quoted(sentence: Sentence, m: Mention) -> bool:
    """True for words in quotes ("«Бангзянг Агро»"): a company's or a project's name, no person's."""
    before = sentence.text[:sentence.words[m.first].start - sentence.start].rstrip()
    after = sentence.text[sentence.words[m.last].end - sentence.start:].lstrip()
    return before[-1:] in OPENING_QUOTES and after[:1] in CLOSING_QUOTES


@lru_cache(maxsize=None)
def _honorifics(lang: str) -> TriggerSet:
    return TriggerSet({"honorific": profile(lang).patterns.honorifics}, exact=True)


def _after_honorifics(sentence: Sentence, taken: set[int], closed: frozenset[int]) -> list[Mention]:
    """2-4 capitalised words after "Dr.", "Prof. Dr.", "Herr", "ông", "pani": "Prof. Dr. Folker Brandt"; a
    name does not open on a word of `closed`."""
    honorifics = _honorifics(sentence.lang)
    out = []
    for hit in honorifics.find(sentence):
        k = hit.last + 1
        while k < len(sentence.words) and (more := honorifics.find_at(sentence, k)):
            k = more[0].last + 1        # "Prof. Dr."
        n = _name_words(sentence, k, taken, MAX_FOREIGN_WORD, closed=closed)
        if n >= 2 and not any(k <= m.first <= k + n - 1 for m in out):
            out.append(_person(sentence, k, n))
            taken.update(range(k, k + n))
    return out


def _by_given_name(sentence: Sentence, taken: set[int]) -> list[Mention]:
    """A given name and one or two capitalised words, anywhere: "Anna Kordecka", "Віталій Онищенко" in a
    caption, after a speech verb or a title no lexicon lists (a name inside a longer capitalised run is not one:
    "Jean Monnet University" was taken as an organisation before)."""
    ws = sentence.words
    out = []
    for k, w in enumerate(ws):
        if k in taken or not w.is_capitalised or not is_given_name(sentence.lang, w.text):
            continue
        if k and ws[k - 1].is_capitalised and not sentence.gap(k - 1, k).strip() and k - 1 not in taken \
                and not profile(sentence.lang).morphology.nouns_capitalised:
            continue
        n = _name_words(sentence, k, taken, MAX_FOREIGN_WORD, MAX_TITLE_WORDS)
        if n >= 2:
            out.append(_person(sentence, k, n))
            taken.update(range(k, k + n))
    return out


VIETNAMESE_NAME_WORDS = 3     # "Nguyen Huu Thanh": two words could be a place ("Van Phong", "Ha Long")


MIN_CUT_NAME = 4     # letters of a given name that cuts a run ("Тхи", a Vietnamese middle name, reads as one)


def _from_given_name(sentence: Sentence, start: int, n: int) -> tuple[int, int]:
    """The run `start`, `n` from the given name inside it, when one stands after its first word with a word after
    it: "prezes Verbena Cosmetics Marek Zając" is Marek Zając (the words before name his company)."""
    ws = sentence.words
    first = ws[start].text if n else ""
    if n and is_vietnamese_family_name(first):
        return start, n         # "Фам Тхи Ким Лан": a Vietnamese name, whatever its later words
    for j in range(start + 1, start + n - 1):
        if len(ws[j].text) >= MIN_CUT_NAME and is_given_name(sentence.lang, ws[j].text) \
                and not is_given_name(sentence.lang, ws[j - 1].text):
            return j, start + n - j
    return start, n


def _by_family_name(sentence: Sentence, taken: set[int], soft: frozenset[int]) -> list[Mention]:
    """Vietnamese names without a title: three or four short capitalised words led by a family name
    ("Nguyễn Hữu Thành", "Нгуен Хыу Тхань")."""
    ws = sentence.words
    out = []
    k = 0
    while k < len(ws):
        n = _name_words(sentence, k, taken, closed=soft)
        first = ws[k].text
        if n >= VIETNAMESE_NAME_WORDS and is_vietnamese_family_name(first):
            out.append(_person(sentence, k, n))
            taken.update(range(k, k + n))
            k += n
        else:
            k += 1
    return out


def _name_before(sentence: Sentence, title_first: int, taken: set[int]) -> Mention | None:
    """"Olivier Brochet, ambassador of France ...": 2-4 capitalised words that end right before ", title"."""
    end = title_first - 1
    if end < 1 or sentence.gap(end, title_first).strip() != ",":
        return None
    start = end
    while start - 1 >= 0 and end - start + 1 < MAX_NAME_WORDS and start - 1 not in taken \
            and _letters(sentence.words[start - 1].text) \
            and (sentence.words[start - 1].is_capitalised and not sentence.gap(start - 1, start).strip()
                 or sentence.gap(start - 1, start) == "-"):
        start -= 1
    if start in taken or not sentence.words[start].is_capitalised:
        return None
    if start == end or _name_words(sentence, start, taken, MAX_FOREIGN_WORD) != end - start + 1:
        return None
    function_words = _function_words(sentence.lang)
    if any(w.norm in function_words for w in sentence.words[start:end + 1]):
        return None     # "Die Delegation, Staatssekretär ...": German capitalises nouns after articles
    return _person(sentence, start, end - start + 1)


@lru_cache(maxsize=None)
def _romanisation(lang: str) -> tuple[dict[int, str], dict[str, str]]:
    morphology = profile(lang).morphology
    return str.maketrans(morphology.romanisation), morphology.romanisation_initial


def _romanised(word: str, lang: str) -> str:
    """One word in the language's own romanisation (morphology.yaml), the rest by the common table."""
    table, initial = _romanisation(lang)
    word = initial.get(word[:1], word[:1]) + word[1:]
    return word.translate(table).translate(CYRILLIC_TO_ASCII)


def _latin(name: str, lang: str) -> str:
    """A Cyrillic name in Latin letters: a Vietnamese one in its Vietnamese spelling (Нгуен Туан Ань →
    Nguyen Tuan Anh), any other romanised letter by letter, by Ukraine's rules in Ukrainian text (Олег
    Кожемяко → Oleg Kozhemiako, Віталій Онищенко → Vitalii Onyshchenko)."""
    vietnamese = latinise(name)
    if is_vietnamese_family_name(vietnamese.split()[0]):
        return vietnamese
    words = unicodedata.normalize("NFC", name.lower()).split()
    return " ".join(w[:1].upper() + w[1:] for w in (_romanised(word, lang) for word in words))


PERSON_TAGS = ("Name", "Surn", "Patr")


def _readings(lang: str, word: str) -> list[tuple[str, str, object]]:
    """(case, gender, parse) of pymorphy3's singular readings of `word` as a given name, surname or patronymic."""
    from kg.analyse.morphology import pymorphy

    return [(str(p.tag.case), str(p.tag.gender or "ms-f"), p) for p in pymorphy(lang).parse(word.lower())
            if any(t in p.tag for t in PERSON_TAGS) and "plur" not in p.tag]


@lru_cache(maxsize=20_000)
def nominative_person(lang: str, name: str) -> str:
    """A Russian or Ukrainian person's name in the nominative: "Ирины Белозеровой" → "Ирина Белозерова",
    "Олександра Коваленка" → "Олександр Коваленко". The case and gender are the first reading of the given name
    that every other word shares (a nominative one first); a name some word of which pymorphy3 cannot read so
    stays as written (foreign and Vietnamese names)."""
    words = name.split()
    if lang not in ("ru", "uk") or len(words) < 2:
        return name
    readings = [_readings(lang, w) for w in words]
    candidates = sorted({(case, gender) for case, gender, _ in readings[0]}, key=lambda c: c[0] != "nomn")
    for case, gender in candidates:
        chosen = [next((p for c, g, p in found if c == case and (g == gender or "ms-f" in (g, gender))), None)
                  for found in readings]
        if all(chosen) and case == "nomn":
            return name
        if all(chosen):
            forms = [(p.inflect({"nomn"}) or p).word for p in chosen]
            return " ".join(form[:1].upper() + form[1:] for form in forms)
    return name


def _person(sentence: Sentence, start: int, n: int) -> Mention:
    ws = sentence.words
    name = " ".join(sentence.text[ws[start].start - sentence.start:ws[start + n - 1].end - sentence.start].split())
    written = nominative_vietnamese(sentence.lang, nominative_person(sentence.lang, name)) if is_cyrillic(name) \
        else nominative_name(sentence.lang, name)
    english = _latin(written, sentence.lang) if is_cyrillic(name) else written
    english = folded_title(english)
    return Mention(sentence, start, start + n - 1, slug(english), CLASS, "pattern:person", en=english,
                   written=written if written != name else None)


def _place_in_name(sentence: Sentence, mentions: list[Mention], start: int) -> set[int]:
    """The words of a place of several words right after a Vietnamese family name at word `start`, after a
    title: the rest of the person's name ("Deputy Minister of Finance Le Thanh Hai": Thanh Hai is Qinghai)."""
    place = next((m for m in mentions if m.first == start + 1 and m.last > m.first and m.cls in SOFT_CLASSES
                  and _joined_to_family_name(sentence, m)), None)
    return set(range(place.first, place.last + 1)) if place is not None else set()


def _given_name_place(sentence: Sentence, place: Mention) -> bool:
    """True for a one-word world-data place that is a given name before a capitalised word."""
    entry = load_lexicon().get(place.entity_id)
    ws = sentence.words
    return entry is not None and entry.source_file == WORLD and place.first == place.last \
        and place.last + 1 < len(ws) and ws[place.last + 1].is_capitalised \
        and not sentence.gap(place.last, place.last + 1).strip() and is_given_name(sentence.lang, ws[place.first].text)


def _after_family_name(sentence: Sentence, place: Mention) -> bool:
    """True for a world-data place of several words right after a Vietnamese family name, the words joined by
    spaces: the rest of a name ("Đặng Văn Thành": Văn Thành is a Chinese city's Vietnamese name)."""
    entry = load_lexicon().get(place.entity_id)
    return entry is not None and entry.source_file == WORLD and _joined_to_family_name(sentence, place)


def _joined_to_family_name(sentence: Sentence, place: Mention) -> bool:
    """True when a Vietnamese family name stands right before the place, its words joined by spaces."""
    return place.first > 0 and is_vietnamese_family_name(sentence.words[place.first - 1].text) \
        and all(sentence.gap(k, k + 1) == " " for k in range(place.first - 1, place.last))


def _after_title_nouns(sentence: Sentence, taken: set[int], positions: set[int]) -> list[Mention]:
    """2-3 capitalised words shortly after a title noun (or a position no name follows directly),
    over lowercase words, names and commas."""
    ws = sentence.words
    portfolios = frozenset(profile(sentence.lang).patterns.role_portfolios)
    out = []
    for hit in role_nouns(sentence.lang).find(sentence):
        if hit.first in taken and hit.first not in positions:
            continue
        for k in range(hit.last + 1, min(len(ws), hit.last + 1 + TITLE_REACH)):
            joined = k > hit.last + 1 and ws[k - 1].is_capitalised and k - 1 not in taken \
                and not sentence.gap(k - 1, k).strip()
            if k in taken or not ws[k].is_capitalised or joined or ws[k - 1].norm in portfolios:
                continue    # German nouns are capitalised too: try each run start ("für Wirtschaft, ... Hubert");
                            # a portfolio is no name ("Vice Governor for Economic Affairs")
            n = _name_words(sentence, k, taken, MAX_FOREIGN_WORD, MAX_TITLE_WORDS)
            k, n = _from_given_name(sentence, k, n)
            cut = k + n < len(ws) and k + n in taken and ws[k + n].is_capitalised \
                and not sentence.gap(k + n - 1, k + n).strip()      # "Verbena Cosmetics" before "Marek Zając"
            if n >= 2 and not cut:
                out.append(_person(sentence, k, n))
                taken.update(range(k, k + n))
                break
    return out
