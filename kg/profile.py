"""One language's data (kg/data/lang/<xx>/*.yaml) as a typed profile, loaded once and checked.

Every key of a language file must be a field below: a typo or a key no code reads fails at load
time with the file and the key named, instead of being ignored in silence. What differs between
languages lives here as data, so a new language is a folder of YAML files, not code.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kg.errors import KgError
from kg.resources import lang_data as _read_lang_data

Phrases = list[str]
FILES = ("patterns", "morphology", "events", "relations")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Patterns(_Strict):
    """patterns.yaml: sentence-level cues and function words."""

    ordinal_dots: bool = False           # ordinals are written "18." ("am 18. Dezember"): no sentence ends there
    modality: Phrases = []               # recommendation, wish, obligation: the sentence states no fact
    modality_exceptions: Phrases = []    # "it should be noted": modal words that state nothing
    source_markers: Phrases = []         # a line that starts the reference list ("Source:")
    navigation_markers: Phrases = []     # a line that links to another article ("Read also: ..."): no text
    inclusion_words: Phrases = []        # "including", "darunter", "в том числе": examples of a group follow
    topic_words: Phrases = []            # "the province", "она": the subject carried over
    we_words: Phrases = []               # "wir", "chúng tôi" in an official's words: the document's locality
    locality_nouns: Phrases = []         # "the province", "провинци", "tỉnh" with no name: a locality named before
    distance_units: Phrases = []         # "km": a place right after "90 km south of" is a landmark
    distance_from: Phrases = []          # "de", "od", "от": the word right before such a landmark
    policy_kinds: dict[str, Phrases] = {}
    months: dict[str, int] = {}          # CLDR's month names plus the spellings patterns.yaml adds
    month_qualifiers: Phrases = []       # de: "Anfang", "Ende" before a month say when, no name's words
    weekdays: Phrases = []               # CLDR's weekday names ("Montag" is no compound of "Tag")
    month_word: str | None = None        # vi: "tháng 8"
    place_prepositions: Phrases = []
    container_links: Phrases = []        # after a place's class noun, before the region or country holding it
                                         # ("a province of Vietnam", "tỉnh ven biển thuộc vùng ...")
    auxiliaries: Phrases = []            # de: "hat", "haben": a participle after them may end the clause
                                         # with subject and objects before it (kg/extract/rules/verb_final.py)
    ordinal_words: Phrases = []          # ru, uk: stems of ordinal numerals ("втор", "трет"): "Второго форума ..." opens a name
    project_kinds: dict[str, str] = {}   # a Project head phrase of org_heads → its English kind ("Industrial Park")
    capital_nouns: Phrases = []          # stems: "X, the capital of Y", "Барнаул, административный центр края"
    agent_prepositions: Phrases = []
    list_separators: Phrases = []
    clause_breaks: Phrases = []
    between_words: Phrases = []
    comitative_words: Phrases = []
    presence_words: Phrases = []         # "at", "на", "tại" before an event: who is named before it is there
    co_agent_words: Phrases = []         # "A in coordination with B organised E": B organises too
    example_words: Phrases = []
    genitive_articles: Phrases = []      # "des", "der": an event's name does not reach back over them
    list_repeat_words: Phrases = []      # "Provinzen", "an": may stand between two items of a list
    cue_reach: int = 10                  # words from a cue to the nearest of its objects (vi counts syllables)
    based_words: Phrases = []            # "Perth-based X": the organisation X lies in Perth
    sector_fields: Phrases = []          # "в области", "in the field of": words before a sector, no part of it
    fillers: Phrases = []
    honorifics: Phrases = []             # "Dr.", "Herr", "ông": a person's name follows                # "m.in.", "vor allem", "mainly": words a relation's trigger runs over
    demonym_heads: Phrases = []
    plural_anaphora: Phrases = []
    event_pronoun_openers: Phrases = []  # ru/uk "его", "її" opening a sentence before an event verb: the event named before
    event_pronouns: Phrases = []         # "в его работе": a pronoun for the event named before
    relative_pronouns: Phrases = []      # "which", "das", "który" right after a name stand for it
    event_list_heads: Phrases = []
    articles: Phrases = []
    name_inner_words: Phrases = []       # lowercase words inside capitalised names ("of", "de")
    definite_words: Phrases = []
    direction_words: Phrases = []
    roles: dict[str, Phrases] = {}       # English role ("Ambassador") → stems of its nouns in this language
    roles_whole_words: bool = False      # match role nouns as whole words, not as stems
    role_deputies: Phrases = []          # stems of a word before a role that makes it "Deputy <role>"
    role_connectors: Phrases = []        # words between a role and what it is the role of ("of the", "de")
    role_hosts: Phrases = []             # words before the place a role serves in ("to", "au", "в")
    role_portfolios: Phrases = []        # words that open a role's portfolio ("for Economic Affairs", "chargée de")
    function_words_keep_marks: bool = False   # vi: modal and clause words differ by tone marks alone ("nên"/"nền")
    compound_kinds: bool = False         # a kind noun heads compounds ("Wirtschaftsforum", "Handelsmesse")
    not_compound_kinds: Phrases = []     # words that end in a kind noun and are no event ("Landtag")
    ranking_continuations: Phrases = []  # "X is the largest investor in Y, followed by A and B": A and B too
    sector_compound_heads: Phrases = []  # de: "fertigung", "industrie": "Elektronikfertigung" is electronics
    company_nouns: Phrases = []          # "firms", "tập đoàn", "Unternehmen": the names listed after them ("such as
                                         # A, B and C") are organisations
    org_descriptors: Phrases = []        # heads that describe a company's name rather than belong to it ("spółka")
    origin_words: Phrases = []           # "aus", "from": a company before it is from the place after it
    affiliation_words: Phrases = []      # "vom", "of", "z": a person before them belongs to the body after them
    leader_words: Phrases = []           # "во главе с", "led by": the people after them lead the delegation named before
    delegation_words: Phrases = []       # "delegation", "делегаци" (kg/extract/rules/delegations.py)
    investment_words: Phrases = []       # words that state a company's investment ("investment certificate",
                                         # "Investitionsvertrag", "vốn đầu tư"; kg/extract/rules/investment.py)
    org_heads: dict[str, Phrases] = {}   # class → head nouns of names no lexicon lists ("University")
    name_shape: Literal["capitalised", "head_phrase", "slavic", "head_capitalised"] = "capitalised"
    event_complements: Phrases = []      # fr: "de", "des" after a capitalised kind noun open a lowercase part of
                                         # the name ("Assises de la coopération décentralisée franco-vietnamienne")
    event_complement_stops: Phrases = []  # words that end such a part ("se", "qui", "organisées")
    event_topic_prepositions: Phrases = []    # de: "für", "zur" after a kind noun open the name's topic, lowercase
                                              # adjectives and capitalised nouns ("Konferenz für nachhaltige Landwirtschaft")
    event_kind_capitalised: bool = False  # an event's own name capitalises its kind noun ("Hội nghị ...")
    verb_second: bool = False      # de: a finite verb after a fronted phrase comes before its subject ("Seit 2019
                                   # unterstützt die GIZ Vinh Long")
    clause_words: Phrases = []     # vi: words that make a sentence-opening kind noun a subject, not a name
                                   # ("Hội nghị đã thông qua ..."); written in lower case they end a name too
    year_nouns: Phrases = []       # vi: the word before a year ("năm 2025")
    name_end_words: Phrases = []   # vi: words, in lower case, that end a name begun by a kind noun: its verb or
                                   # date ("Diễn đàn Hợp tác Yên Bái – Nhật Bản lần thứ hai diễn ra ngày 25/4")
    name_tail_prepositions: dict[str, str] = {}   # ru, uk: preposition → the case it governs in a name's topic


    @model_validator(mode="after")
    def _project_kinds_are_heads(self) -> "Patterns":
        unknown = set(self.project_kinds) - set(self.org_heads.get("Project", []))
        if unknown:
            raise ValueError(f"project_kinds names no Project head of org_heads: {sorted(unknown)}")
        return self


class NameForms(_Strict):
    """How a capitalised name's head noun and the adjectives agreeing with it go back to the nominative
    ("III Lubelskim Forum Gospodarczym" → "III Lubelskie Forum Gospodarcze", "ersten Deutsch-Vietnamesischen
    Wirtschaftstag" → "Deutsch-Vietnamesischer Wirtschaftstag")."""

    heads: dict[str, tuple[str, str]] = {}      # stem of a head noun → [its nominative, gender m|f|n|p]
    compound_heads: bool = False                # heads end compounds ("Wirtschafts|forum"): matched at the end
    adjective_stems: Phrases = []               # what an adjective's stem ends with ("sk", "isch")
    adjective_endings: Phrases = []             # case endings of adjectives, longest first
    nominative: dict[str, str] = {}             # gender → nominative ending
    soft_nominative: dict[str, str] = {}        # ... after a stem ending in k or g ("lubelski", "lubelskie")


class Morphology(_Strict):
    """morphology.yaml: how the language's words are put back into their dictionary form."""

    lemmatiser: str | None = None        # "pymorphy3" for ru and uk; none: the suffix rules alone
    inflected: bool = False              # names take case endings ("konferencji", "форуме")
    nouns_capitalised: bool = False      # de: every noun is capitalised ("Landrat Uwe Stelzner": a title, a name)
    suffixes: list[tuple[str, str]] = []  # [ending in the text, ending of the dictionary form]
    name_forms: NameForms = Field(default_factory=NameForms)
    # ru, uk: head nouns whose case pymorphy3 reads as another word's ("парке": a parka's, not a park's):
    # stem → [nominative, pymorphy3 gender]
    head_nominatives: dict[str, tuple[str, str]] = {}
    # per case, the endings of a person's name in it and of the nominative, longest first, a third item
    # "given" for those of given names only ("z Tomaszem Wierzbickim" → "Tomasz Wierzbicki"; kg/extract/name_cases.py)
    person_cases: list[list[tuple[str, str] | tuple[str, str, Literal["given"]]]] = []
    # endings a Vietnamese name takes after a consonant, and those of the nominative ("Хоанг Вьет Фыонгом" →
    # "Хоанг Вьет Фыонг"; kg/extract/name_cases.py)
    vietnamese_name_endings: list[tuple[str, str]] = []
    # letters of a person's name in this language's own romanisation, before the common Cyrillic table
    # (uk: "и" is y, "г" is h); `romanisation_initial`: the letters' forms at the start of a word
    romanisation: dict[str, str] = {}
    romanisation_initial: dict[str, str] = {}


class Triggers(_Strict):
    forward: Phrases = []                # subject before, objects after
    backward: Phrases = []               # objects before, subject after ("organised by")
    cues: Phrases = []                   # words that state the relation in any word order, the objects the
                                         # nearest list ("Приоритетными отраслями X называет A, B"; kg/extract/rules/cued.py)
    cue_markers: Phrases = []            # ... and a word one of those objects must follow ("капитал ... из A, B")
    unmarked_cues: Phrases = []          # cues whose objects need no marker ("the largest investors are A and B")
    split: Phrases = []                  # a finite verb and the particle that ends its clause, both ends of the
                                         # relation between them ("nahmen ... an dem Forum teil"; rules/verb_final.py)
    unnamed: Phrases = []                # forward, backward or split phrases whose object may go unnamed: the event
                                         # the text is at ("Auch der Botschafter nahm teil"; rules/triggered.py)


class Profile(_Strict):
    lang: str
    patterns: Patterns = Field(default_factory=Patterns)
    morphology: Morphology = Field(default_factory=Morphology)
    events: dict[str, Phrases] = {}      # event kind → kind nouns ("conference": [conference])
    relations: dict[str, Triggers] = {}  # ontology relation → its trigger phrases


def _read_all() -> dict[str, dict]:
    from kg.model import LANGUAGES
    from kg.world.cldr import month_names, weekday_names

    return {lang: {**{name: _read_lang_data(lang, name) for name in FILES}, "_months": month_names(lang),
                   "_weekdays": weekday_names(lang)} for lang in LANGUAGES}


@lru_cache(maxsize=1)
def _raw() -> dict[str, dict]:
    """Every language's data files and CLDR month names, from the on-disk cache when kg's files and babel are
    those it was made from (parsing the YAML and loading babel's locales took ~0.45 s of every start)."""
    import hashlib

    from kg.fingerprint import fingerprint, library_versions
    from kg.world.cache import cached

    key = hashlib.sha256(f"{fingerprint()};{library_versions(('babel', 'PyYAML'))}".encode()).hexdigest()
    return cached("langdata", key, _read_all)


def lang_data(lang: str, name: str) -> dict:
    """kg/data/lang/<lang>/<name>.yaml as a dict (empty when the file is missing)."""
    found = _raw().get(lang)
    return found[name] if found is not None else _read_lang_data(lang, name)


def _month_names(lang: str) -> dict[str, int]:
    found = _raw().get(lang)
    if found is not None:
        return found["_months"]
    from kg.world.cldr import month_names

    return month_names(lang)


def _weekday_names(lang: str) -> list[str]:
    found = _raw().get(lang)
    if found is not None:
        return found["_weekdays"]
    from kg.world.cldr import weekday_names

    return weekday_names(lang)


@lru_cache(maxsize=None)
def profile(lang: str) -> Profile:
    """The checked profile of language `lang`."""
    raw = {name: lang_data(lang, name) for name in FILES}
    raw["patterns"] = {**raw["patterns"], "months": {**_month_names(lang), **(raw["patterns"].get("months") or {})},
                       "weekdays": _weekday_names(lang)}
    try:
        return Profile(lang=lang, **{k: v for k, v in raw.items() if v})
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise KgError(f"kg/data/lang/{lang}: {where}: {first['msg']}") from None
