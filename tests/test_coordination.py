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


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "Kobe University (Japan) and Hai Phong-based Vietnam Maritime University signed an agreement on research.",
     {"kobe-university", "vietnam-maritime-university"}),
    ("de", "Die Universität Hohenheim (Stuttgart) und die Universität Da Lat unterzeichneten ein Abkommen.",
     {"universitat-hohenheim", "universitat-da-lat"}),
    ("pl", "Dolny Śląsk i prowincja Hai Duong w północnym Wietnamie podpisały w listopadzie list intencyjny.",
     {"dolnoslaskie", "hai-duong"}),
])
def test_names_listed_before_a_signing_are_partners(lang, text, pair):
    """A "-based" place, a bracketed container or a setting inside the list does not break it."""
    partners = {frozenset((s, o)) for s, p, o in triples_of(text, lang) if p == "cooperatesWith"}
    assert frozenset(pair) in partners


def test_a_country_completing_a_region_and_a_place_of_signing_are_no_partners():
    text = "Провинция Туенкуанг и Могилёвская область Беларуси подписали во вторник соглашение."
    partners = {frozenset((s, o)) for s, p, o in triples_of(text, "ru") if p == "cooperatesWith"}
    assert frozenset({"tuyen-quang", "belarus"}) not in partners
    text = "W Krakowie podpisano też porozumienie akademickie."
    assert not any(p == "cooperatesWith" for _, p, _ in triples_of(text, "pl"))


@pytest.mark.parametrize("lang, text, wanted", [
    ("en", "Hai Phong, which signed a memorandum of understanding with Gyeonggi Province in 2019, welcomed the "
           "delegation.", ("hai-phong", "cooperatesWith", "gyeonggi")),
    ("fr", "La province de Dong Thap, qui a signé un accord de coopération avec la province de Takeo, a reçu la "
           "délégation.", ("dong-thap", "cooperatesWith", "takeo")),
])
def test_a_relative_clause_after_a_place_is_about_the_place(lang, text, wanted):
    """"X, which signed …" / "X, qui a signé …": the relative pronoun stands for the place before it."""
    assert wanted in triples_of(text, lang)


@pytest.mark.parametrize("lang, text, subject, partner", [
    ("uk", "Провінція Каобанг межує з Гуансі (КНР), а також співпрацює з провінцією Хуапхан.", "cao-bang", "houaphanh"),
    ("ru", "Провинция Лангшон граничит с Гуанси (КНР), а также сотрудничает с провинцией Ламдонг.", "lang-son",
     "lam-dong"),
])
def test_a_bracketed_country_is_no_subject_of_the_next_verb(lang, text, subject, partner):
    """"… з Гуансі (КНР), а також співпрацює з …": the country in brackets only says where Guangxi lies."""
    found = triples_of(text, lang)
    assert (subject, "cooperatesWith", partner) in found
    assert ("china", "cooperatesWith", partner) not in found


@pytest.mark.parametrize("lang, text, partners", [
    ("fr", "Hai Phong entretient des liens étroits avec Incheon (Corée du Sud) et avec la préfecture de Hyogo (Japon), "
           "et coopère avec la province laotienne de Bokeo.", {"incheon", "hyogo", "bokeo"}),
    ("en", "Hai Phong cooperates with Incheon (South Korea) and with the prefecture of Hyogo (Japan), and works with "
           "the Lao province of Bokeo.", {"incheon", "hyogo", "bokeo"}),
])
def test_a_list_runs_over_brackets_and_a_class_noun_and_keeps_its_subject(lang, text, partners):
    """"avec Incheon (Corée du Sud) et avec la préfecture de Hyogo (Japon), et coopère avec …": one list of
    partners, and the second verb's subject is still Hai Phong, not Japan or Hyogo."""
    found = {(s, o) for s, p, o in triples_of(text, lang) if p == "cooperatesWith"}
    assert {("hai-phong", p) for p in partners} <= found
    assert not any(s in {"japan", "south-korea", "hyogo"} for s, _ in found)


@pytest.mark.parametrize("lang, text, wanted", [
    ("de", "Seit der Zusammenlegung mit der Provinz Bình Phước zum 1. Juli 2025 ist Đồng Nai nicht nur größer, sondern "
           "auch Grenzprovinz: Sie verfügt über eine knapp 260 Kilometer lange Grenze zu Kambodscha.",
     ("dong-nai", "bordersOn", "cambodia")),
])
def test_a_pronoun_opening_a_clause_stands_for_the_name_before_it(lang, text, wanted):
    """"…, ist Đồng Nai …: Sie verfügt über eine … Grenze zu Kambodscha": with no topic carried over, "Sie" is the
    last name before it that no preposition governs (not Bình Phước after "mit")."""
    found = triples_of(text, lang)
    assert wanted in found
    assert not any(s == "binh-phuoc" and p == "bordersOn" for s, p, _ in found)


def test_a_topic_word_before_a_name_is_no_pronoun():
    """"… tại tỉnh Bò Kẹo": "tỉnh" there heads a name, it stands for no province named before."""
    found = triples_of("Năm 2024, Ủy ban nhân dân tỉnh Phú Thọ đã hỗ trợ xây dựng trường học tại tỉnh Bò Kẹo.", "vi")
    assert not any(p == "cooperatesWith" and s == "phu-tho-peoples-committee" and o in {"vietnam", "laos"}
                   for s, p, o in found)
