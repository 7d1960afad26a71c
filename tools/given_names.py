"""Write kg/data/given_names.txt: the given names people are most often called by in the countries whose
officials and business people the articles name, from the `names-dataset` package (MIT licence; 730,000 first
names from 105 countries with ranks). Run by hand when the list should change; kg itself never imports it:

    pip install names-dataset && python tools/given_names.py

Kept: the RANK most common names of each gender in each country of COUNTRIES, letters (and a hyphen) only,
at least three letters, not a stop word of any kg language (English "Will", "May") and no word of a name in kg's
lexicons ("Minh" of Ho Chi Minh, "Georgia", "Van" of Van Phong: names of Vietnamese families in these countries
would read Vietnamese places as people). Names written in Cyrillic are left out: kg reads those with
pymorphy3's Name tag (kg/extract/given_names.py)."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

from names_dataset import NameDataset

COUNTRIES = ["DE", "AT", "CH", "FR", "BE", "PL", "GB", "US", "CA", "IE", "IT", "ES", "NL", "CZ", "SE", "FI", "DK",
             "NO", "HU", "PT", "RU", "KZ", "LT", "EE", "GR", "HR", "RS", "SI", "BG", "MD", "GE", "TR", "IL", "JP", "IN"]
RANK = 500
LANGUAGES = ["en", "de", "fr", "pl", "ru", "uk", "vi"]
OUT = Path(__file__).resolve().parents[1] / "kg" / "data" / "given_names.txt"
NAME = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]{2,})?")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def stop_words() -> set[str]:
    words: set[str] = set()
    for lang in LANGUAGES:
        words |= {w.lower() for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS}
    return words


def lexicon_words() -> set[str]:
    """Every word of every name in kg's lexicons, folded."""
    import yaml

    from kg.analyse.normalise import fold

    words: set[str] = set()
    for path in (OUT.parent / "lexicon").glob("*.yaml"):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            labels = [entry.get("en") or "", entry.get("vi") or ""]
            labels += [n for names in (entry.get("names") or {}).values() for n in names or []]
            words |= {w for label in labels for w in fold(str(label)).split()}
    words |= {fold(n) for n in yaml.safe_load((OUT.parent / "vi_family_names.yaml").read_text(encoding="utf-8"))}
    return words


def main() -> None:
    dataset = NameDataset(load_last_names=False)
    stops = stop_words()
    from kg.analyse.normalise import fold

    known = lexicon_words()
    names: set[str] = set()
    for country in COUNTRIES:
        for ranked in dataset.get_top_names(n=RANK, use_first_names=True, country_alpha2=country)[country].values():
            names |= {n for n in ranked if NAME.fullmatch(n) and n[0].isupper() and not CYRILLIC.search(n)
                      and n.lower() not in stops and fold(n) not in known}
    header = ("# Given names, one per line (tools/given_names.py wrote this file from the names-dataset package:\n"
              f"# the {RANK} most common of each gender in {len(COUNTRIES)} countries; do not edit by hand)\n")
    OUT.write_text(header + "".join(n + "\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names written to {OUT}")


if __name__ == "__main__":
    main()
