"""Coordinated verbs share their subject: the object of the first verb is not the subject of the second."""
import pytest

from conftest import triples_of


@pytest.mark.parametrize("lang, text, wanted, unwanted", [
    ("en", "Dong Nai borders Binh Duong and exports to Japan and Korea.",
     {("dong-nai", "exportsTo", "japan"), ("dong-nai", "exportsTo", "south-korea")}, ("binh-duong", "exportsTo", "japan")),
    ("en", "Bac Ninh attracted investment from Japan and South Korea and prioritises logistics.",
     {("bac-ninh", "prioritizes", "logistics")}, ("south-korea", "prioritizes", "logistics")),
    ("de", "Dong Nai grenzt an Binh Duong und exportiert nach Japan.",
     {("dong-nai", "exportsTo", "japan")}, ("binh-duong", "exportsTo", "japan")),
    ("ru", "Донгнай граничит с Биньзыонгом и экспортирует в Японию.",
     {("dong-nai", "exportsTo", "japan")}, ("binh-duong", "exportsTo", "japan")),
])
def test_second_verb_keeps_the_first_subject(lang, text, wanted, unwanted):
    found = triples_of(text, lang)
    assert wanted <= found
    assert unwanted not in found


def test_a_new_subject_after_and_is_kept():
    """A name that opens its own sentence stays the subject of its verb."""
    found = triples_of("Dong Nai borders Binh Duong. Binh Duong exports to Japan.", "en")
    assert ("binh-duong", "exportsTo", "japan") in found
