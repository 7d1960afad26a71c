"""Country and month names from CLDR (babel), through the real lexicon and the date finder."""
import pytest

from kg.analyse import analyse
from kg.extract.dates import find_dates
from kg.extract.lexicon import load_lexicon
from kg.model import Document
from kg.world.cldr import country_name, month_names


def dates_of(text: str, lang: str) -> set[str]:
    doc = Document("t", "t.txt", text, lang)
    return {m.entity_id for s in analyse(doc).sentences for m in find_dates(s)}


@pytest.mark.parametrize("lang, text, iso", [
    ("ru", "Встреча прошла 8 августа 2025 г. и 3 сент 2025 г.", {"2025-08-08", "2025-09-03"}),
    ("uk", "Форум відбувся 14 травня 2024 року.", {"2024-05-14"}),
    ("pl", "Umowę podpisano 8 sierpnia 2025 r. w Warszawie.", {"2025-08-08"}),
    ("de", "Am 14. Mai 2025 und am 2. Jänner 2024 trafen sie sich.", {"2025-05-14", "2024-01-02"}),
    ("en", "The forum opened on 3 Sept 2025.", {"2025-09-03"}),
    ("fr", "Le sommet a eu lieu le 18 décembre 2023.", {"2023-12-18"}),
])
def test_cldr_months_give_dates(lang, text, iso):
    assert dates_of(text, lang) == iso


def test_month_forms_are_cldr_format_and_stand_alone():
    months = month_names("pl")
    assert months["sierpnia"] == 8 and months["sierpień"] == 8 and months["sie"] == 8
    assert month_names("vi") == {}      # "tháng 8" is a number, found by the month word instead


def test_country_names_come_from_cldr_by_iso2():
    assert country_name("VN", "uk") == "Вʼєтнам"
    lexicon = load_lexicon()
    # the hand-kept YAML no longer lists CLDR's names; the lexicon still has them
    assert country_name("DE", "pl") in lexicon["germany"].names["pl"]
    assert country_name("KR", "ru") in lexicon["south-korea"].names["ru"]
    assert lexicon["germany"].code == "DE"
