"""The lexicon: every entry of kg/data/lexicon/*.yaml, by id."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kg.analyse.normalise import fold
from kg.model import LANGUAGES
from kg.resources import lexicon_entries
from kg.world.cldr import country_name

# Kinds of lexicon names that are not mentions of the entry itself but parts of larger names.
BODY_TYPE = "BodyType"         # local_bodies.yaml: "People's Committee" + a province
DEMONYM = "Demonym"            # a country's adjective: "koreanische Botschaft"
EVENT_SERIES = "EventSeries"   # a recurring event: "21st National Conference on Foreign Affairs"


@dataclass(frozen=True)
class Entry:
    id: str
    cls: str
    en: str
    vi: str | None
    names: dict[str, tuple[str, ...]]
    part_of: str | None = None
    merged_into: str | None = None
    body: str | None = None
    mission: str | None = None      # a diplomat's office: the body type of the mission whose members hold it
    template: str | None = None
    template_city: str | None = None    # the English label of the body of a centrally-run city
    vi_template: str | None = None      # its Vietnamese label: {kind} is "tỉnh" or "thành phố", {locality} the vi name
    series: bool = False
    adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source_file: str = ""
    code: str | None = None         # ISO 3166-1 alpha-2, ISO 3166-2, or "geonames:<id>" (kg.world)
    aliases: tuple[str, ...] = ()   # data names of no known language: matched, never labels
    needs_context: dict[str, int] = field(default_factory=dict)   # folded name → kg.world.ambiguity level

    def all_names(self) -> list[tuple[str, str]]:
        """(name, language) for the labels and every listed name."""
        out = [(self.en, "en")] + ([(self.vi, "vi")] if self.vi else [])
        out += [(n, lang) for lang in LANGUAGES for n in self.names.get(lang, ())]
        return out

    @property
    def match_class(self) -> str:
        """The class mentions of this entry get in the matcher."""
        if self.template:
            return BODY_TYPE
        if self.series:
            return EVENT_SERIES
        return self.cls


AMBIGUOUS = 2       # kg.world.ambiguity's level for a name that is a common word: taken only in context


def _names(raw: dict | None) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(str(n) for n in (raw or {}).get(lang) or ()) for lang in LANGUAGES}


def _with_cldr(names: dict[str, tuple[str, ...]], iso2: str | None) -> dict[str, tuple[str, ...]]:
    """A country's names plus CLDR's name of it in each language (the YAML keeps only what CLDR lacks)."""
    if not iso2:
        return names
    out = {}
    for lang in LANGUAGES:
        cldr = country_name(iso2, lang)
        out[lang] = names[lang] + ((cldr,) if cldr and cldr not in names[lang] else ())
    return out


def load_lexicon() -> dict[str, Entry]:
    """Every entry by id: the hand-kept lexicon and world geography (kg.extract.index, cached on disk)."""
    from kg.extract.index import index

    return index().entries


def named_container(entry: Entry | None) -> Entry | None:
    """The entry `entry` lies in when its English name holds that container's ("Ho Chi Minh City Union of Friendship
    Organizations": Ho Chi Minh City); None otherwise."""
    lexicon = load_lexicon()
    container = lexicon.get(entry.part_of) if entry is not None and entry.part_of else None
    return container if container is not None and container.en.lower() in entry.en.lower() else None


@lru_cache(maxsize=1)
def hand_kept() -> dict[str, Entry]:
    """Every entry of kg/data/lexicon/*.yaml by id (countries completed from CLDR); a later file never
    overrides an earlier id."""
    entries: dict[str, Entry] = {}
    for raw in lexicon_entries():
        if raw["id"] in entries:
            continue
        entries[raw["id"]] = Entry(
            id=raw["id"], cls=raw["class"], en=str(raw["en"]), vi=raw.get("vi"),
            names=_with_cldr(_names(raw.get("names")), raw.get("iso2")), part_of=raw.get("part_of"),
            merged_into=raw.get("merged_into"), body=raw.get("body"), mission=raw.get("mission"),
            template=raw.get("template"), template_city=raw.get("template_city"),
            vi_template=raw.get("vi_template"), series=bool(raw.get("series")),
            adjectives=_names(raw.get("adjectives")), source_file=raw["_file"], code=raw.get("iso2"),
            needs_context={fold(n): AMBIGUOUS for n in raw.get("ambiguous") or ()},
        )
    return entries
