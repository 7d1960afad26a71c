"""People's names: hyphenated given names, foreign names in Cyrillic romanised, Vietnamese ones re-spelled."""
import pytest

from kg.model import Document
from kg.pipeline import extract_document


def people(text: str, lang: str) -> dict[str, str]:
    result = extract_document(Document("t", "t.txt", text, lang))
    return {r.entity_id: r.surface for r, _ in result.mentions if r.cls == "Person"}


@pytest.mark.parametrize("lang, text, person", [
    ("en", "Vice Governor Kim Hyun-soo spoke in Bac Ninh.", "kim-hyun-soo"),
    ("en", "Jean-Pierre Martin, director of AFD, spoke in Hue.", "jean-pierre-martin"),
    ("ru", "Губернатор Олег Кожемяко посетил Дананг.", "oleg-kozhemiako"),
    ("ru", "Председатель Нгуен Туан Ань посетил Владивосток.", "nguyen-tuan-anh"),
])
def test_names(lang, text, person):
    assert person in people(text, lang)
