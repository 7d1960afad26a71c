"""Organisations, bodies and projects no lexicon lists, found by their head noun ("University", "Izba",
"ministère", "университет", "khu công nghiệp") and the shape names take around it in each language
(`name_shape` in kg/data/lang/<xx>/patterns.yaml):

- capitalised (en, de, pl): capitalised words around a capitalised head, with inner words between them —
  "Far Eastern Federal University", "Port of Gdansk Authority", "Sächsisches Staatsministerium für Wirtschaft";
- head_phrase (fr): a head and its complements — "École française d'Extrême-Orient", "conseil régional de
  Nouvelle-Aquitaine": French capitalises only the first word, so the name runs over "de"-phrases and adjectives;
- slavic (ru, uk): adjectives before the head, the first capitalised ("Дальневосточный федеральный университет"),
  or a capitalised head and its genitive complements up to the name they end in ("Департамент туризма провинции
  Кханьхоа");
- head_capitalised (vi): a head and the capitalised syllables after it ("Trường Đại học Nha Trang",
  "Sở Du lịch tỉnh Khánh Hòa").

Any language: a lowercase head followed by a capitalised name ("park przemysłowy Tràng Duệ"). A Vietnamese
province or a foreign region inside the name is where the organisation lies (Mention.place).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.analyse.normalise import POSSESSIVE, fold, folded_title, slug
from kg.extract.capitals import in_capital_noun
from kg.extract.events import GERMAN_ADJECTIVE_RE
from kg.extract.given_names import is_given_name, is_vietnamese_family_name
from kg.extract.lexicon import DEMONYM
from kg.extract.name_forms import nominative_name
from kg.extract.place_nouns import place_nouns
from kg.extract.places import HOME
from kg.extract.positions import role_nouns
from kg.extract.transliteration import is_cyrillic, latinise
from kg.extract.triggers import Hit, TriggerSet
from kg.model import Mention, Sentence
from kg.profile import profile

SOURCE = "pattern:organisation"
PLACE_CLASSES = {"Locality", "ForeignRegion"}
# what a name may contain: "Polish-Vietnamese Chamber", "Sở Du lịch tỉnh Khánh Hòa", "Port of Gdansk Authority"
PART_CLASSES = PLACE_CLASSES | {"Country", "Region", "Sector", DEMONYM}
MAX_WORDS = 10            # words of one name
MAX_LIST_ITEMS = 5        # items of a list inside a name ("Ministry of Industry, Trade and Tourism")
HEADED_CLASSES = {"GovernmentBody", "Organization"}
STOP_PUNCTUATION = re.compile(r"[,.;:()«»„“”\"!?]")
PAIR_DASHES = ("-", "–", "—")      # between the two places a road or line joins
# French adjectives by their endings ("française", "régional", "internationale"): hand-written because no
# offline French tagger ships with the project (spaCy's would need a downloaded model)
FRENCH_ADJECTIVE = re.compile(r"(?:ale?s?|aux|aises?|ais|[ié]ennes?|[ié]ens?|iques?|ées?|és?|aires?|elles?|els?|ives?|ifs?|"
                              r"oises?|istes?|ines?|ains?|aines?|eurs?|euses?|ux)$")


@lru_cache(maxsize=None)
def _heads(lang: str) -> TriggerSet:
    """Head nouns; in Vietnamese with their tone marks ("sở" is a department, "Sóc" starts Sóc Trăng)."""
    patterns = profile(lang).patterns
    return TriggerSet(patterns.org_heads, marks=patterns.function_words_keep_marks)


def capitalised_head_before(sentence: Sentence, k: int) -> bool:
    """True when a capitalised head noun ends right before word k ("Trung tâm" + "Hội nghị Quốc gia"): k is inside
    that organisation's name."""
    return any(h.last == k - 1 and sentence.words[h.first].is_capitalised and not sentence.gap(h.last, k).strip()
               for i in range(max(0, k - 3), k) for h in _heads(sentence.lang).find_at(sentence, i))


@lru_cache(maxsize=None)
def _company_nouns(lang: str) -> TriggerSet:
    return TriggerSet({"company": profile(lang).patterns.company_nouns})


@lru_cache(maxsize=None)
def _examples(lang: str) -> TriggerSet:
    return TriggerSet({"example": profile(lang).patterns.example_words}, exact=True)


MAX_EXAMPLE_GAP = 3       # words between a company noun and "such as" ("tập đoàn lớn như", "deutsche Firmen, darunter")


def listed_companies(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Capitalised names listed after a noun for companies and an example word: "firms such as Bosch and
    Siemens Energy", "Nhiều tập đoàn lớn như Ajinomoto, Hisamitsu và Sojitz", "darunter Bosch": organisations
    (the names already known keep their mentions)."""
    ws = sentence.words
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    joiners = frozenset(w for phrase in profile(sentence.lang).patterns.list_separators for w in phrase.split())
    examples = _examples(sentence.lang)
    out: list[Mention] = []
    for noun in _company_nouns(sentence.lang).find(sentence):
        cue = next((h for k in range(noun.last + 1, min(len(ws), noun.last + 2 + MAX_EXAMPLE_GAP))
                    for h in examples.find_at(sentence, k)), None)
        if cue is None or any(ws[k].is_capitalised for k in range(noun.last + 1, cue.first)):
            continue
        k = cue.last + 1
        while k < len(ws) and ws[k].norm in examples.by_first:
            k += 1      # "such as", "takie jak"
        while k < len(ws) and not re.search(r"[.;:()!?]", sentence.gap(k - 1, k) if k > cue.last + 1 else ""):
            if k in taken:
                k = max(m.last for m in mentions if m.first <= k <= m.last) + 1
            elif ws[k].is_capitalised:
                last = k
                while last + 1 < len(ws) and ws[last + 1].is_capitalised and last + 1 not in taken \
                        and not STOP_PUNCTUATION.search(sentence.gap(last, last + 1)):
                    last += 1
                name = _text(sentence, k, last)
                out.append(Mention(sentence, k, last, slug(name), "Organization", SOURCE, en=name))
                k = last + 1
            else:
                break
            if k < len(ws) and ws[k].norm in joiners:
                k += 1
            elif k < len(ws) and "," not in sentence.gap(k - 1, k):
                break
    return out


@lru_cache(maxsize=None)
def _descriptors(lang: str) -> TriggerSet:
    patterns = profile(lang).patterns
    return TriggerSet({"descriptor": patterns.org_descriptors}, marks=patterns.function_words_keep_marks)


def descriptor_hits(sentence: Sentence) -> list[Hit]:
    """The company nouns of the sentence ("Unternehmen", "société", "компания")."""
    return _descriptors(sentence.lang).find(sentence)


def descriptor_at(sentence: Sentence, k: int) -> bool:
    """True when a noun that describes a company's name stands at word k ("Firma", "spółka", "công ty")."""
    return bool(_descriptors(sentence.lang).find_at(sentence, k))


@lru_cache(maxsize=None)
def _place_prepositions(lang: str) -> frozenset[str]:
    return frozenset(profile(lang).patterns.place_prepositions)


@lru_cache(maxsize=None)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Inner words of names, and words that never start one (articles, prepositions)."""
    patterns = profile(lang).patterns
    inner = frozenset(w.rstrip("'’") for w in patterns.name_inner_words)
    never = frozenset(patterns.articles + patterns.place_prepositions + patterns.agent_prepositions
                      + patterns.direction_words + patterns.comitative_words)
    return inner, never


def find_organisations(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """One mention per headed name that no mention already covers, longest first."""
    # a lexicon body named by its head noun alone ("Government") may head a longer name of a place's own body
    generic = {m.first for m in mentions if m.source == "lexicon" and m.first == m.last and m.cls in HEADED_CLASSES}
    taken = {k for m in mentions for k in range(m.first, m.last + 1) if m.cls not in PART_CLASSES} - generic
    inside = {k: m for m in mentions for k in range(m.first, m.last + 1)}
    shape = profile(sentence.lang).patterns.name_shape
    out: list[Mention] = []
    nouns = place_nouns(sentence.lang)
    foreign = {k for m in mentions if m.cls == DEMONYM and m.entity_id != HOME for k in (m.first - 1, m.last + 1)}
    for hit in _heads(sentence.lang).find(sentence):
        if any(k in taken for k in range(hit.first, hit.last + 1)) or in_capital_noun(sentence, hit.first, hit.last):
            continue        # "административный центр Алтайского края" is a city, no centre
        if hit.first == hit.last and hit.first in foreign and nouns.is_class_noun(sentence.words[hit.first], sentence.lang):
            continue        # "la préfecture japonaise de Kagoshima" is a place (kg.extract.places), no body
        span = _span(sentence, hit, shape, inside, taken)
        if span is None:
            continue
        first, last = _first_of_list(sentence, hit, *span)
        if last - first + 1 < 2 or any(k in taken for k in range(first, last + 1)):
            continue
        if any(descriptor_at(sentence, k) for k in range(hit.last + 1, last + 1)):
            continue        # "компания ООО «Оптима Агро»": a legal form names nothing, the quoted name does
        if any(m.first == first and m.last == last for m in mentions):
            continue        # "Российской Федерации" is the lexicon's Russia, no federation of that name
        if hit.first in generic and not any(_place_at(inside, k) and inside[k].cls in PLACE_CLASSES
                                            for k in range(first, last + 1)):
            continue        # "the Vietnamese Government" stays the lexicon's; "Gyeonggi Provincial Government" is new
        out.append(_mention(sentence, first, last, hit, inside))
        taken.update(range(first, last + 1))
    return out


QUOTES = {"«": "»", "„": "“”", "“": "”", '"': '"', "‚": "‘’"}     # opening quote → the quotes that close it


def _after(sentence: Sentence, k: int) -> str:
    """The text after word k, to the next word or the sentence's end."""
    ws = sentence.words
    end = ws[k + 1].start if k + 1 < len(ws) else sentence.start + len(sentence.text)
    return sentence.text[ws[k].end - sentence.start:end - sentence.start]


def quoted_names(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A head noun and the name in quotes right after it, whatever its words: "проєкт «Стала кава Тейнгуєну»",
    "Projekt „Grüne Berufsbildung im Mekongdelta“", "компанией «ТатАгроЭкспорт»" (a company noun: an
    organisation)."""
    ws = sentence.words
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    hits = [(h, h.label) for h in _heads(sentence.lang).find(sentence)]
    hits += [(h, "Organization") for h in _descriptors(sentence.lang).find(sentence)]
    out: list[Mention] = []
    for hit, cls in sorted(hits, key=lambda x: (x[0].first, x[0].first - x[0].last)):
        k = hit.last + 1
        opening = _after(sentence, hit.last).strip()[-1:] if k < len(ws) else ""
        if opening not in QUOTES or any(j in taken for j in range(hit.first, k + 1)):
            continue
        end = k
        while end - k < MAX_WORDS and not any(c in _after(sentence, end) for c in QUOTES[opening]):
            end += 1
            if end >= len(ws) or STOP_PUNCTUATION.sub("", _after(sentence, end - 1).replace(",", "")).strip():
                break
        if end >= len(ws) or not any(c in _after(sentence, end) for c in QUOTES[opening]) \
                or not ws[k].is_capitalised and not ws[k].text[:1].isdigit():
            continue
        name = _text(sentence, k, end)
        places = [m for m in mentions if k <= m.first and m.last <= end and m.cls in PLACE_CLASSES]
        out.append(Mention(sentence, k, end, slug(name), cls, SOURCE, en=name,
                           place=places[-1].entity_id if places else None))
        taken.update(range(k, end + 1))
    return out


@lru_cache(maxsize=None)
def _based_words(lang: str) -> frozenset[str]:
    return frozenset(profile(lang).patterns.based_words)


def based_on(sentence: Sentence, m: Mention) -> bool:
    """True when "-based" follows the mention ("Perth-based", based_words in patterns.yaml)."""
    k = m.last + 1
    return k < len(sentence.words) and sentence.gap(m.last, k) == "-" \
        and sentence.words[k].norm in _based_words(sentence.lang)


def based_from(sentence: Sentence, m: Mention) -> Mention:
    """`m` stretched back over a "Perth-based" before it ("Hai Phong-based Vietnam Maritime University"): the
    name and the place that says where it is based are one item of a list."""
    k = m.first
    if k < 2 or sentence.gap(k - 2, k - 1) != "-" or sentence.words[k - 1].norm not in _based_words(sentence.lang):
        return m
    first = k - 2
    while first > 0 and sentence.words[first - 1].is_capitalised and sentence.gap(first - 1, first) == " ":
        first -= 1
    return replace(m, first=first)


def based_names(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """"Perth-based Indian Ocean Aquagenetics": the capitalised words after a place and "-based" name an
    organisation there (one already named keeps its mention; rules/structural.py places it)."""
    ws = sentence.words
    taken = {k for m in mentions for k in range(m.first, m.last + 1) if m.cls not in PART_CLASSES}
    out = []
    for m in mentions:
        k = m.last + 1
        if m.cls not in PLACE_CLASSES | {"Country"} or not based_on(sentence, m) or k + 1 >= len(ws) \
                or k + 1 in taken or not ws[k + 1].is_capitalised:
            continue
        last = _capitalised_run(sentence, k + 1, {}, taken)
        if last > k + 1 or _heads(sentence.lang).find_at(sentence, last):
            name = _text(sentence, k + 1, last)
            out.append(Mention(sentence, k + 1, last, slug(name), "Organization", SOURCE, en=name, place=m.entity_id))
            taken.update(range(k + 1, last + 1))
    return out


def _first_of_list(sentence: Sentence, hit: Hit, first: int, last: int) -> tuple[int, int]:
    """The name only, when "and" joined two headed names into one span: "X University and Y University",
    "Centre de conservation ... et le conseil régional"."""
    separators = frozenset(profile(sentence.lang).patterns.list_separators)
    heads = [h.first for h in _heads(sentence.lang).find(sentence) if first <= h.first <= last and h.first != hit.first]
    for k in range(first, last + 1):
        if sentence.words[k].norm in separators:
            if k > hit.last and any(h > k for h in heads) and "," not in sentence.gap(hit.last, k):
                return first, k - 1     # not "für A, B und Digitale Gesellschaft": a list inside the name
            if k < hit.first and any(h < k for h in heads):
                first = k + 1
    return first, last


def _span(sentence: Sentence, hit: Hit, shape: str, inside: dict[int, Mention], taken: set[int]) -> tuple[int, int] | None:
    ws = sentence.words
    head_capital = ws[hit.first].is_capitalised
    if not head_capital:
        # a project's name may look like a person's ("промисловому парку Льєн Ха Тхай")
        after = _capitalised_run(sentence, hit.last + 1, inside, taken, people_end=hit.label != "Project")
        while hit.label == "Project" and after > hit.last and after + 1 < len(ws) and ws[after + 1].is_capitalised \
                and sentence.gap(after, after + 1).strip() in PAIR_DASHES:
            after = _capitalised_run(sentence, after + 1, inside, taken)    # "автодороги Хоабинь — Мокчау"
        if shape == "slavic":       # "Торгово-промисловою палатою України", "университет Нячанга"
            before = adjectives_before(sentence, hit, taken)
            first = before[0] if before else hit.first
            return (first, max(after, hit.last)) if first < hit.first or after > hit.last else None
        if after > hit.last:        # "park przemysłowy Tràng Duệ"
            return hit.first, after
        if shape != "head_phrase":
            return None
    if hit.label == "Project" and shape == "capitalised" and not (hit.first > 0 and ws[hit.first - 1].is_capitalised):
        after = _capitalised_run(sentence, hit.last + 1, inside, taken, people_end=False)
        if after > hit.last:        # "w Parku Przemysłowym Gián Khẩu": the kind, capitalised, then the name
            return hit.first, after
    if shape == "capitalised":
        return _around_capital_head(sentence, hit, inside, taken)
    if shape == "head_phrase":
        return _head_phrase(sentence, hit, inside, taken, head_capital)
    if shape == "slavic":
        before = adjectives_before(sentence, hit, taken)
        return before if before else _head_complements(sentence, hit, inside, taken)
    return _vietnamese(sentence, hit, inside, taken)


def _name_part(sentence: Sentence, k: int, inside: dict[int, Mention], taken: set[int]) -> bool:
    w = sentence.words[k]
    return k not in taken and (w.is_capitalised or k in inside or w.text.isdigit())


def person_starts_at(sentence: Sentence, k: int, inside: dict[int, Mention]) -> bool:
    """True when a person's name starts at word k: a given name and a capitalised word ("Izby Gospodarczej
    Dariusz Mielczarek", "университета Андрей Ковригин": the name after the head ends before the person)."""
    ws = sentence.words
    if not (k + 1 < len(ws) and k not in inside and k + 1 not in inside and ws[k + 1].is_capitalised
            and not sentence.gap(k, k + 1).strip()):
        return False
    if is_given_name(sentence.lang, ws[k].text):
        return True
    # "провинции Хатінь Фан Тхі Бік Лієн", "Can Tho University Tran Minh Khoa": a Vietnamese name, a family
    # name and two more words
    return k + 2 < len(ws) and k + 2 not in inside and ws[k + 2].is_capitalised \
        and not sentence.gap(k + 1, k + 2).strip() and is_vietnamese_family_name(ws[k].text)


def _place_at(inside: dict[int, Mention], k: int) -> bool:
    return k in inside and inside[k].cls in PLACE_CLASSES | {"Country", "Region"}


def _capitalised_run(sentence: Sentence, start: int, inside: dict[int, Mention], taken: set[int],
                     place_ends: bool = True, people_end: bool = True) -> int:
    """Index of the last of the capitalised words (or words of a place mention) from `start` on; a place
    ends the run when `place_ends` ("правительства Свердловской области Алексей Шмаков": the name ends at the
    region), a person's name when `people_end`."""
    last = start - 1
    while last + 1 < len(sentence.words) and last + 1 - start < MAX_WORDS \
            and _name_part(sentence, last + 1, inside, taken) \
            and (sentence.words[last + 1].is_capitalised or _place_at(inside, last + 1)) \
            and not (people_end and person_starts_at(sentence, last + 1, inside)) and last >= 0 and not STOP_PUNCTUATION.search(sentence.gap(last, last + 1)) \
            and not (place_ends and last >= start and _place_at(inside, last) and inside[last].last == last
                     and not _place_at(inside, last + 1)):
        last += 1
    return last


def _around_capital_head(sentence: Sentence, hit: Hit, inside: dict[int, Mention], taken: set[int]) -> tuple[int, int]:
    inner, never = _words(sentence.lang)
    ws = sentence.words

    def part(k: int) -> bool:
        return _name_part(sentence, k, inside, taken) and ws[k].norm not in never

    first = hit.first
    roles = role_nouns(sentence.lang)
    while first > 0 and not STOP_PUNCTUATION.search(sentence.gap(first - 1, first)):
        if roles.find_at(sentence, first - 1):
            break       # "Prezes Polsko-Wietnamskiej Izby": a title opening the sentence is no part of the name
        if sentence.gap(first - 1, first).startswith(POSSESSIVE) and _place_at(inside, first - 1):
            break       # "Dak Lak's Hoa Phu Industrial Park": the possessor is where it lies, no part of the name
        if part(first - 1):
            first -= 1
        elif first > 1 and ws[first - 1].norm in inner and part(first - 2) and not roles.find_at(sentence, first - 2):
            first -= 2      # not "Rektor der Hochschule Harz"
        else:
            break
    if first == 0 and first < hit.first and ws[0].norm in never:
        first += 1
    last, items = hit.last, 0
    joiners = frozenset(profile(sentence.lang).patterns.list_separators)
    while last + 1 < len(ws) and last + 1 - first - items < MAX_WORDS:
        listed = _listed_complement(sentence, last, inside, taken) if any(
            ws[k].norm in inner for k in range(hit.last + 1, last)) else None
        if listed is not None:
            items, last = listed - last, listed    # "Ministerium für Wirtschaft, Wissenschaft und Digitale Gesellschaft"
            continue
        if STOP_PUNCTUATION.search(sentence.gap(last, last + 1)) or person_starts_at(sentence, last + 1, inside):
            break
        if part(last + 1) or last + 1 > hit.last + 1 and _name_part(sentence, last + 1, inside, taken) \
                and ws[last + 1].is_capitalised and ws[last].is_capitalised and not sentence.gap(last, last + 1).strip():
            last += 1       # "Uniwersytetem Sao Do": a capitalised "Do" inside a name is no preposition
        elif hit.label in ("Project", "HeritageSite") and ws[last + 1].norm in _place_prepositions(sentence.lang):
            break           # "Hon La Economic Zone in Quang Binh": where the project is, no part of its name
        elif (topic := _adjective_topic(sentence, last + 1, part)) is not None:
            last = topic        # "Bundesministerium für wirtschaftliche Zusammenarbeit": adjectives before the noun
        elif last + 2 < len(ws) and ws[last + 1].norm in inner and part(last + 2) and ws[last + 2].is_capitalised \
                and not (ws[last + 1].norm in joiners and last == hit.last):
            # "Uniwersytet Ekonomiczny w Krakowie", "Chamber of Commerce and Industry"; not "Park Przemysłowy Yen Binh
            # w prowincji X", nor "Ha Long University and Temasek Polytechnic": an "and" right after the head
            # starts the next name of a list
            last += 2
        else:
            break
    return first, last


MAX_TOPIC_ADJECTIVES = 2


def _adjective_topic(sentence: Sentence, k: int, part) -> int | None:
    """de: the capitalised noun after a topic preposition at word `k` and up to two lowercase adjectives
    ("für wirtschaftliche Zusammenarbeit", "für ländlichen Raum"), or None."""
    ws = sentence.words
    if k >= len(ws) or ws[k].norm not in profile(sentence.lang).patterns.event_topic_prepositions:
        return None
    j = k + 1
    while j < len(ws) and j - k <= MAX_TOPIC_ADJECTIVES and not ws[j].is_capitalised \
            and GERMAN_ADJECTIVE_RE.search(ws[j].norm) and not sentence.gap(j - 1, j).strip():
        j += 1
    return j if j > k + 1 and j < len(ws) and part(j) and ws[j].is_capitalised else None


def _listed_complement(sentence: Sentence, last: int, inside: dict[int, Mention], taken: set[int]) -> int | None:
    """The last word of a list that continues a name's complement after word `last` (", Trade and Tourism"),
    its items capitalised words (one or two) that no mention names, closed by a list joiner; None otherwise."""
    ws = sentence.words
    joiners = frozenset(profile(sentence.lang).patterns.list_separators)

    def free(k: int) -> bool:       # a sector may be an item: "für Wirtschaft, Tourismus, Landwirtschaft"
        return k not in taken and (k not in inside or inside[k].cls == "Sector")

    def item(k: int) -> int | None:
        if k >= len(ws) or not free(k) or not ws[k].is_capitalised:
            return None
        two = k + 1 < len(ws) and free(k + 1) and ws[k + 1].is_capitalised and sentence.gap(k, k + 1) == " "
        return k + 1 if two else k

    k = last
    for _ in range(MAX_LIST_ITEMS):
        if k + 2 >= len(ws):
            return None
        gap = sentence.gap(k, k + 1).strip()
        if gap == "," and ws[k + 1].norm not in joiners:
            end = item(k + 1)
        elif gap in ("", ",") and ws[k + 1].norm in joiners and sentence.gap(k + 1, k + 2) == " ":
            end = item(k + 2)
            return end if end is not None and k != last else None
        else:
            return None
        if end is None:
            return None
        k = end
    return None


def _head_phrase(sentence: Sentence, hit: Hit, inside: dict[int, Mention], taken: set[int],
                 head_capital: bool) -> tuple[int, int] | None:
    """fr: the head, an adjective, then "de"-phrases (each an optional article, a word and an adjective); after
    a capitalised head, the capitalised words that follow."""
    inner, _ = _words(sentence.lang)
    ws = sentence.words
    last, capital = hit.last, False

    def adjective(k: int) -> bool:
        return k < len(ws) and k not in taken and not ws[k].is_capitalised and bool(FRENCH_ADJECTIVE.search(ws[k].norm))

    def joined(k: int) -> bool:
        return k < len(ws) and not STOP_PUNCTUATION.search(sentence.gap(k - 1, k))

    if joined(last + 1) and adjective(last + 1):
        last += 1
    while joined(last + 1) and ws[last + 1].norm.rstrip("'’") in inner and last - hit.first < MAX_WORDS:
        k = last + 2
        while joined(k) and k < len(ws) and ws[k].norm.rstrip("'’") in inner:
            k += 1          # "de la", "et des"
        if not joined(k) or k in taken:
            break
        last = k
        while last + 1 < len(ws) and (last in inside and last + 1 in inside and inside[last + 1] is inside[last]
                                      or sentence.gap(last, last + 1) == "-"):
            last += 1       # a place name of several words, "Extrême-Orient", "Nouvelle-Aquitaine"
        while ws[last].is_capitalised and last not in inside and last + 1 < len(ws) and joined(last + 1) \
                and ws[last + 1].is_capitalised and last + 1 not in taken and last + 1 not in inside \
                and last - hit.first < MAX_WORDS and not person_starts_at(sentence, last + 1, inside):
            last += 1       # a name of several words no lexicon knows: "parc national de Xuan Thuy", "de Van Trung"
        capital = capital or ws[k].is_capitalised or k in inside
        if joined(last + 1) and adjective(last + 1) and not ws[last].is_capitalised:
            last += 1       # "de coopération internationale"; not "de la Haute-Savoie chargé des ..."
    if head_capital:        # "Université Savoie Mont Blanc", "Chambre d'agriculture Savoie Mont-Blanc"
        last = max(last, _capitalised_run(sentence, last + 1, inside, taken, place_ends=False))
        capital = capital or last > hit.last and sentence.words[last].is_capitalised
    if last == hit.last or not (capital or (head_capital and hit.first > 0)):
        return None
    return hit.first, last


@lru_cache(maxsize=100_000)
def _is_adjective(lang: str, word: str) -> bool:
    """True when pymorphy3 reads the word as an adjective or participle first."""
    from kg.analyse.morphology import pymorphy

    return pymorphy(lang).parse(word)[0].tag.POS in ("ADJF", "PRTF")


def adjectives_before(sentence: Sentence, hit: Hit, taken: set[int]) -> tuple[int, int] | None:
    """ru, uk: "Дальневосточный федеральный университет": adjectives back to a capitalised one."""
    ws = sentence.words
    first = hit.first
    while first > 0 and first - 1 not in taken and sentence.gap(first - 1, first).strip() in ("", "-") \
            and (_is_adjective(sentence.lang, ws[first - 1].norm)
                 or ws[first - 1].norm.endswith("о") and sentence.gap(first - 1, first) == "-"):   # "Торгово-"
        first -= 1
        if ws[first].is_capitalised:
            return (first, hit.last) if first > 0 or hit.first - first >= 2 else None
    return None


def _head_complements(sentence: Sentence, hit: Hit, inside: dict[int, Mention], taken: set[int]) -> tuple[int, int] | None:
    """ru, uk: a capitalised head and its genitive complements up to the name they end in."""
    ws = sentence.words
    if hit.first == 0:
        return None
    last = hit.last
    while last + 1 < len(ws) and last + 1 - hit.first < MAX_WORDS and last + 1 not in taken \
            and not STOP_PUNCTUATION.search(sentence.gap(last, last + 1)) and not person_starts_at(sentence, last + 1, inside):
        if ws[last].is_capitalised and last > hit.last and not ws[last + 1].is_capitalised and last + 1 not in inside:
            break       # the name ended
        last += 1
    while last > hit.last and not (ws[last].is_capitalised or last in inside):
        last -= 1
    return (hit.first, last) if last > hit.last else None


def _vietnamese(sentence: Sentence, hit: Hit, inside: dict[int, Mention], taken: set[int]) -> tuple[int, int] | None:
    """vi: capitalised syllables after the head; one lowercase syllable may follow a capitalised one
    ("Du lịch", "Bảo tồn"), and a place mention may end the name ("tỉnh Khánh Hòa")."""
    ws = sentence.words
    _, never = _words(sentence.lang)
    never = never | frozenset(profile(sentence.lang).patterns.list_separators)     # "Kagawa và Văn phòng JETRO"
    last = hit.last
    while last + 1 < len(ws) and last + 1 - hit.first < MAX_WORDS and last + 1 not in taken \
            and not STOP_PUNCTUATION.search(sentence.gap(last, last + 1)):
        k = last + 1
        if k > hit.last + 1 and person_starts_at(sentence, k, inside):
            break           # "Trường Đại học Cần Thơ Trần Minh Khoa"; not "Trường Đại học Tôn Đức Thắng"
        if ws[k].is_capitalised or k in inside or (ws[last].is_capitalised and last > hit.last
                                                   and ws[k].norm not in never):
            last = k        # one lowercase syllable after a capitalised one, not a function word ("do", "của")
        else:
            break
    while last > hit.last and not (ws[last].is_capitalised or last in inside):
        last -= 1
    return (hit.first, last) if last > hit.last else None


def _text(sentence: Sentence, first: int, last: int) -> str:
    return " ".join(sentence.text[sentence.words[first].start - sentence.start:sentence.words[last].end - sentence.start].split())


def _mention(sentence: Sentence, first: int, last: int, hit: Hit, inside: dict[int, Mention]) -> Mention:
    head, cls = hit.first, hit.label
    name = _text(sentence, first, last)
    described = _descriptors(sentence.lang).find_at(sentence, head) if first == head < hit.last + 1 <= last else []
    if described and described[0].last < last:
        # "spółka Fructus Lublin", "Tập đoàn Sojitz", "компания Примрыбпром", "Công ty TNHH Hanul Components": the
        # class noun (and a legal form after it) describes the name
        name = _text(sentence, described[0].last + 1, last)
    elif profile(sentence.lang).morphology.lemmatiser == "pymorphy3":
        name = nominative(sentence, first, last, hit.last)     # the head noun ends a head of several words
    else:       # pl, de: "der Deutschen Industrie- und Handelskammer" → "Deutsche Industrie- und Handelskammer"
        name = nominative_name(sentence, first, last, hit.last) or name
    places = [m for k, m in sorted(inside.items()) if first <= m.first and m.last <= last and m.cls in PLACE_CLASSES]
    joined = any(sentence.gap(a.last, b.first).strip() in PAIR_DASHES for a, b in zip(places, places[1:]))
    place = places[-1].entity_id if places and not joined else None    # "Hanoi–Hai Phong" lies in neither alone
    written = name if profile(sentence.lang).morphology.lemmatiser == "pymorphy3" else None
    english = _project_label(sentence, hit, last) if cls == "Project" else None
    if english:     # "промышленный парк Бинь Ванг" and "khu công nghiệp Bình Vàng" are one Binh Vang Industrial Park
        return Mention(sentence, first, last, slug(english), cls, SOURCE, en=english, place=place, written=name)
    return Mention(sentence, first, last, slug(name), cls, SOURCE, en=name, place=place, written=written)


MAX_ITEM_WORDS = 4


def listed_projects(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Names listed after a project kind, each a project of that kind: "zwei große Industrieparks, Song Hau und Tan
    Phu Thanh", "deux parcs industriels, Song Hau et Tan Phu Thanh", "Các khu công nghiệp Giao Long và Phú Thuận"
    (the first may already be the kind's own name). Two names at least, "and" before the last."""
    patterns = profile(sentence.lang).patterns
    ws = sentence.words
    joiners = frozenset(w for phrase in patterns.list_separators for w in phrase.split())
    starts = {m.first: m for m in mentions}
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    out: list[Mention] = []
    for hit in _heads(sentence.lang).find(sentence):
        kind = patterns.project_kinds.get(hit.phrase)
        if hit.label != "Project" or kind is None:
            continue
        own = starts.get(hit.first)
        k = own.last + 1 if own is not None and own.cls == "Project" else hit.last + 1
        if own is None and k < len(ws) and sentence.gap(k - 1, k).strip() not in (",", ":"):
            continue
        items, closed = [], False
        while k < len(ws) and ws[k].is_capitalised and k not in taken:
            last = k
            while last + 1 < len(ws) and ws[last + 1].is_capitalised and last + 1 not in taken \
                    and last + 1 - k < MAX_ITEM_WORDS and not STOP_PUNCTUATION.search(sentence.gap(last, last + 1)):
                last += 1
            items.append((k, last))
            gap = sentence.gap(last, last + 1).strip() if last + 1 < len(ws) else "."
            if last + 2 < len(ws) and ws[last + 1].norm in joiners and gap == "":
                k, closed = last + 2, True
            elif gap == "," and not closed:
                k = last + 1
            else:
                break
        if not closed or len(items) + (own is not None) < 2:
            continue
        for first, last in items:
            name = _text(sentence, first, last)
            name = latinise(name) if is_cyrillic(name) else name
            label = f"{folded_title(name)} {kind}"
            out.append(Mention(sentence, first, last, slug(label), "Project", SOURCE, en=label))
    return out


def _project_label(sentence: Sentence, hit: Hit, last: int) -> str | None:
    """The English label "<name> <kind>" of a project whose kind (`project_kinds`) comes before a name of
    capitalised words ("Industriepark Nam Cam Ranh" → "Nam Cam Ranh Industrial Park"), Cyrillic read as
    Vietnamese; None for any other name."""
    kind = profile(sentence.lang).patterns.project_kinds.get(hit.phrase)
    ws = sentence.words
    if kind is None or last <= hit.last or not all(ws[k].is_capitalised for k in range(hit.last + 1, last + 1)):
        return None
    name = _text(sentence, hit.last + 1, last)
    name = latinise(name) if is_cyrillic(name) else name
    return f"{folded_title(name)} {kind}"


def nominative(sentence: Sentence, first: int, last: int, head: int) -> str:
    """ru, uk: the name in its dictionary form: the head and the adjectives before it in the nominative
    (agreeing with the head), the complements after it as written — "Университетом Нячанга" →
    "Университет Нячанга", "Дальневосточного федерального университета" → "Дальневосточный федеральный университет"."""
    from kg.analyse.morphology import pymorphy

    analyser = pymorphy(sentence.lang)
    ws = sentence.words
    parsed = analyser.parse(ws[head].text.lower())[0]
    known = next((found for stem, found in profile(sentence.lang).morphology.head_nominatives.items()
                  if ws[head].folded.startswith(fold(stem))), None)
    gender = known[1] if known else parsed.tag.gender
    out = []
    for k in range(first, last + 1):
        word = ws[k].text
        if k == head and known:
            word = _same_case(word, known[0])
        elif k <= head and not (k < last and sentence.gap(k, k + 1) == "-"):     # "Торгово-" stays as written
            parses = analyser.parse(word.lower())
            if k < head:    # before the head, an adjective: "Першого" is "перший", not the noun "перше"
                parses = [p for p in parses if p.tag.POS in ADJECTIVE_POS] or parses
            form = _nominative_form(parses[0], gender if k < head else None)
            word = _same_case(word, form) if form else word
        out.append(word + (sentence.gap(k, k + 1) if k < last else ""))
    return " ".join("".join(out).split())


ADJECTIVE_POS = ("ADJF", "PRTF")


def _nominative_form(parsed, gender: str | None) -> str | None:
    """The nominative singular of a parse (in `gender` for an adjective): a form of its lexeme, since
    pymorphy3's `inflect` finds none for many Ukrainian words."""
    for form in parsed.lexeme:
        if "nomn" in form.tag and "plur" not in form.tag and (gender is None or gender in form.tag):
            return form.word
    return None


def _same_case(original: str, form: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


def bracketed_aliases(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each discovered name followed by a bracketed name the lexicon knows made that entity:
    "der Deutschen Industrie- und Handelskammer in Vietnam (AHK Vietnam)", "Zagraniczne Biuro Handlowe (PAIH)"
    are the lexicon's AHK Vietnam and PAIH, one node with the long name as a label. A place after "in" may stand
    between them."""
    from kg.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    ordered = sorted(mentions, key=lambda m: m.first)
    prepositions = _place_prepositions(sentence.lang)
    out = []
    for i, m in enumerate(ordered):
        later = ordered[i + 1:i + 3]
        end = m.last
        if later and later[0].cls in PLACE_CLASSES | {"Country"} and later[0].first == m.last + 2 \
                and sentence.words[m.last + 1].norm in prepositions:
            end, later = later[0].last, later[1:]       # "... in Vietnam (AHK Vietnam)"
        alias = later[0] if later else None
        if m.source in (SOURCE, "pattern:company") and m.cls in HEADED_CLASSES and alias is not None \
                and alias.in_brackets and alias.cls in HEADED_CLASSES and alias.entity_id in lexicon \
                and sentence.gap(end, alias.first).strip() == "(":
            m = replace(m, entity_id=alias.entity_id, cls=alias.cls)
        out.append(m)
    return out
