"""Country, month and weekday names from CLDR through babel, in the seven languages of kg."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def _locale(lang: str):
    from babel import Locale     # here: only building the cached index and language data needs CLDR

    return Locale.parse(lang)


def country_name(iso2: str, lang: str) -> str | None:
    """CLDR's name of the country with ISO 3166-1 code `iso2` in `lang` ("VN", "ru" → "Вьетнам")."""
    return _locale(lang).territories.get(iso2.upper())


def month_names(lang: str) -> dict[str, int]:
    """Every CLDR month form (format and stand-alone, wide and abbreviated) → month number.

    Forms with a digit (Vietnamese "tháng 8") are left out: they are numbers, not names.
    """
    months = _locale(lang).months
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in sorted(months[context][width].items()):
                form = name.rstrip(".").lower()
                if form and not any(c.isdigit() for c in form):
                    out.setdefault(form, number)
    return out


def weekday_names(lang: str) -> list[str]:
    """Every CLDR weekday name (format and stand-alone, wide), lower case: "montag", "понедельник"."""
    days = _locale(lang).days
    return sorted({name.lower() for context in ("format", "stand-alone") for name in days[context]["wide"].values()})
