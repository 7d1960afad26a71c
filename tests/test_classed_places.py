"""Places named by a country adjective and a class noun ("камбоджийскими провинциями Кратьэ и Мондулькири"), and
a country adjective of a place is where the place lies, never an argument of the sentence's verb."""
import pytest
from conftest import mentions_of, triples_of


@pytest.mark.parametrize("lang, text, names", [
    ("ru", "Биньфыок граничит с камбоджийскими провинциями Тбонгкхмум, Кратьэ и Мондулькири.",
     {"Кратьэ", "Мондулькири"}),
    ("uk", "Зялай співпрацює з лаоськими провінціями Аттапи та Тямпасак.", {"Аттапи", "Тямпасак"}),
    ("en", "Tra Vinh signed agreements with the Cambodian provinces of Takeo and Kampot.", {"Takeo", "Kampot"}),
])
def test_names_after_a_country_adjective_and_a_class_noun_are_foreign_regions(lang, text, names):
    found = [surface for surface, _, cls in mentions_of(text, lang) if cls == "ForeignRegion"]
    assert all(any(surface.endswith(name) for surface in found) for name in names)


def test_a_classed_place_lies_in_the_adjectives_country_and_takes_part_in_the_list():
    triples = triples_of("Биньфыок граничит с камбоджийскими провинциями Тбонгкхмум, Кратьэ и Мондулькири.", "ru")
    assert {("binh-phuoc", "bordersOn", "tbong-khmum"), ("binh-phuoc", "bordersOn", "mondulkiri"),
            ("mondulkiri", "locatedIn", "cambodia")} <= triples
    assert not {t for t in triples if t[1] == "bordersOn" and t[2] == "cambodia"}


def test_a_capitalised_word_without_a_country_adjective_is_no_place():
    found = {cls for surface, _, cls in mentions_of("Провинция сотрудничает с компаниями Сантори и Мицуи.", "ru")
             if surface in ("Сантори", "Мицуи")}
    assert "ForeignRegion" not in found


@pytest.mark.parametrize("lang, text, partner", [
    ("en", "Quang Ngai cooperates with the Lao provinces of Sekong and Attapeu.", "sekong"),
    ("ru", "Приморский край России сотрудничает с вьетнамской провинцией Хатинь.", "ha-tinh"),
])
def test_the_country_of_a_place_is_no_partner(lang, text, partner):
    triples = triples_of(text, lang)
    partners = {o for s, p, o in triples if p == "cooperatesWith"} | {s for s, p, o in triples if p == "cooperatesWith"}
    assert partner in partners and not partners & {"laos", "vietnam"}


def test_a_country_its_own_trigger_names_stays_beside_its_province():
    """prefer_specific drops "S r Cambodia" for "S r Kratie" only when one trigger gave both."""
    triples = triples_of("Биньфыок имеет общую границу с Камбоджей и граничит с камбоджийской провинцией Тбонгкхмум.",
                         "ru")
    assert {("binh-phuoc", "bordersOn", "cambodia"), ("binh-phuoc", "bordersOn", "tbong-khmum")} <= triples


@pytest.mark.parametrize("lang, text, member, body", [
    ("ru", "В ЕАЭС входят Россия, Казахстан и Беларусь.", "kazakhstan", "eurasian-economic-union"),
    ("ru", "Вьетнам является членом АСЕАН.", "vietnam", "asean"),
    ("en", "Vietnam is a member of ASEAN.", "vietnam", "asean"),
    ("de", "Vietnam ist Mitglied der ASEAN.", "vietnam", "asean"),
    ("fr", "Le Vietnam est membre de l'ASEAN.", "vietnam", "asean"),
    ("pl", "Wietnam jest członkiem ASEAN.", "vietnam", "asean"),
    ("uk", "В'єтнам є членом АСЕАН.", "vietnam", "asean"),
    ("vi", "Việt Nam là thành viên của ASEAN.", "vietnam", "asean"),
])
def test_membership_of_a_country(lang, text, member, body):
    assert (member, "memberOf", body) in triples_of(text, lang)
