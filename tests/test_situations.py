"""A place said to lie in a region or country by its class noun and a preposition ("a coastal province in the
Mekong Delta"), and the words around it that must not be read as other things."""
import pytest
from conftest import mentions_of, triples_of


@pytest.mark.parametrize("lang, text, place, container", [
    ("vi", "Bạc Liêu là tỉnh ven biển thuộc vùng Đồng bằng sông Cửu Long.", "bac-lieu", "mekong-delta"),
    ("ru", "Горная провинция Сонла на северо-западе Вьетнама развивает туризм.", "son-la", "northwest-region"),
    ("de", "Die Provinz Vinh Long im vietnamesischen Mekong-Delta lädt ein.", "vinh-long", "mekong-delta"),
    ("en", "Quang Binh is a coastal province in Vietnam's North Central region.", "quang-binh", "vietnam"),
    ("fr", "Ninh Thuận, une province côtière du Vietnam, attire des investisseurs.", "ninh-thuan", "vietnam"),
    ("pl", "Vinh Phuc, niewielka prowincja położona w Delcie Mekongu, rośnie.", "vinh-phuc", "mekong-delta"),
    ("pl", "Wietnamska prowincja Yen Bai podpisała umowę.", "yen-bai", "vietnam"),
])
def test_a_place_lies_in_the_region_its_class_noun_is_placed_in(lang, text, place, container):
    assert (place, "locatedIn", container) in triples_of(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Investors from Can Tho signed a deal in the Mekong Delta."),
    ("pl", "Prowincja Yen Bai podpisała umowę w Delcie Mekongu."),
    ("en", "Can Tho and partners from Japan met in Vietnam's capital."),
    ("de", "Binh Duong, die nördlich an Can Tho grenzende Provinz im Mekongdelta, wächst."),
])
def test_a_verb_between_a_place_and_a_region_says_nothing_of_where_it_lies(lang, text):
    assert not {t for t in triples_of(text, lang) if t[1] == "locatedIn" and t[0] in ("can-tho", "yen-bai")}


def test_a_country_named_in_the_genitive_is_no_organisation():
    found = mentions_of("Делегация Российской Федерации прибыла в Ханой.", "ru")
    assert ("Российской Федерации", "russia", "Country") in found


def test_a_vietnamese_one_syllable_name_keeps_its_tone_marks():
    found = mentions_of("Bí thư Nguyễn Văn An tiếp Đại sứ Bỉ.", "vi")
    assert ("Bỉ", "belgium", "Country") in found
    assert not any(surface == "Bí" for surface, _, _ in found)
    assert ("nguyen-van-an", "holdsPosition", "secretary") in triples_of("Bí thư Nguyễn Văn An phát biểu.", "vi")


def test_a_setting_before_the_verb_leaves_the_subject_to_the_topic():
    """"Leży w Delcie Rzeki Czerwonej, graniczy z Hanoi": the region is where it lies, not who borders Hanoi."""
    found = triples_of("Hưng Yên to prowincja. Leży w Delcie Rzeki Czerwonej, graniczy z Hanoi.", "pl")
    assert {("hung-yen", "locatedIn", "red-river-delta"), ("hung-yen", "bordersOn", "hanoi")} <= found


@pytest.mark.parametrize("lang, text, city, region", [
    ("en", "Partners from Kunming, the capital of Yunnan, came to Hanoi (China).", "kunming", "yunnan"),
    ("ru", "Барнаул, административный центр Алтайского края (Россия), принимает студентов.", "barnaul", "altayskiy-kray"),
    ("ru", "Делегация была в Куньмине, административном центре Юньнани (Китай).", "kunming", "yunnan"),
    ("de", "Die Stadt Kiel, die Landeshauptstadt Schleswig-Holsteins, liegt in Deutschland.", "kiel", "schleswig-holstein"),
    ("fr", "La ville de Bordeaux, chef-lieu de la Gironde, accueille des étudiants de France.", "bordeaux", "gironde"),
    ("pl", "Kraków, stolica województwa małopolskiego, jest w Polsce.", "krakow", "malopolskie"),
])
def test_a_city_in_apposition_to_a_capital_noun_lies_in_its_region(lang, text, city, region):
    assert (city, "locatedIn", region) in triples_of(text, lang)


def test_a_capital_noun_is_no_organisation_and_needs_the_same_country():
    text = "Барнаул, административный центр Алтайского края (Россия), принимает студентов."
    assert not any(cls == "Organization" for _, _, cls in mentions_of(text, "ru"))
    assert ("hanoi", "locatedIn", "yunnan") not in triples_of("Hanoi, the capital of Yunnan (China), is far.", "en")


@pytest.mark.parametrize("lang, text, event, place", [
    ("en", "The People's Committee of Tay Ninh Province hosted the 2nd Tay Ninh–Svay Rieng Trade Forum on 4 May 2026 at "
           "the Moc Bai Border Gate Economic Zone in Tay Ninh.", "2nd-tay-ninh-svay-rieng-trade-forum", "tay-ninh"),
    ("vi", "Sở Ngoại vụ Hà Nội tổ chức Lễ hội Văn hóa quốc tế Hà Nội năm 2026 vào ngày 3/5/2026 tại Hoàng thành Thăng "
           "Long.", "le-hoi-van-hoa-quoc-te-ha-noi-nam-2026", "hanoi"),
])
def test_an_event_at_a_venue_is_held_where_the_venue_lies(lang, text, event, place):
    """A venue's name counts as one word between the event and its place; a known venue with no place after it
    gives the locality it lies in."""
    assert (event, "heldIn", place) in triples_of(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("vi", "Bến Tre là tỉnh thuộc vùng Đồng bằng sông Cửu Long, giáp với Tiền Giang."),
    ("en", "Ben Tre, a Mekong Delta province, borders Tien Giang."),
])
def test_a_region_named_right_after_the_link_or_before_the_class_noun_holds_the_place(lang, text):
    """"thuộc vùng" + "vùng Đồng bằng sông Cửu Long": the region's name begins with the link's last word;
    "a Mekong Delta province": the region before the class noun. The neighbour after the comma is no container."""
    found = triples_of(text, lang)
    assert ("ben-tre", "locatedIn", "mekong-delta") in found
    assert ("ben-tre", "locatedIn", "tien-giang") not in found
