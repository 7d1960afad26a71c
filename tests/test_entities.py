"""Entity mentions in small texts of each language, through the real lexicons and patterns."""
import pytest

from conftest import mentions_of

CASES = [
    ("ru", "Делегация Каобанга посетила Южную Корею и Европейский союз.", {"cao-bang", "south-korea", "european-union"}),
    ("ru", "В Хошимине и Хо Ши Мине прошли встречи с ЕС.", {"ho-chi-minh-city", "european-union"}),
    ("uk", "Міжособистісна дипломатія в Каобані та Цао Банзі розвивається з В’єтнамом.", {"cao-bang", "vietnam", "people-to-people-diplomacy"}),
    ("pl", "Delegacja z Hanoi odwiedziła Koreę Południową i Wietnam.", {"hanoi", "south-korea", "vietnam"}),
    ("de", "Die Provinz Hung Yen arbeitet mit Japan und der Europäischen Union zusammen.", {"hung-yen", "japan", "european-union"}),
    ("en", "Da Nang works with JICA and GIZ on renewable energy.", {"da-nang", "jica", "giz", "renewable-energy"}),
    ("fr", "Hanoï coopère avec la France et l'Union européenne.", {"hanoi", "france", "european-union"}),
    ("vi", "Tỉnh Cao Bằng hợp tác với Quảng Tây, Trung Quốc.", {"cao-bang", "guangxi", "china"}),
    ("ru", "Дананг поддерживает стартапы и НИОКР, а правительство одобрило программу.",
     {"da-nang", "startups", "research-and-development", "government"}),
    ("uk", "Розвиток транскордонного туризму біля водоспаду Бан Зьок і Дук Тхієн (Китай).",
     {"cross-border-tourism", "ban-gioc-waterfall", "detian-waterfall", "china"}),
    ("de", "Die Regierung fördert Forschung und Entwicklung.", {"government", "research-and-development"}),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_lexicon_names_in_every_language(lang, text, expected):
    found = {entity for _, entity, _ in mentions_of(text, lang)}
    assert expected <= found


def test_common_words_are_not_names():
    found = {entity for _, entity, _ in mentions_of("Кроме того, это важно для того, кто работает.", "ru")}
    assert "togo" not in found


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Премьер-министр подписал Решение № 1812/QD-TTg.", {("decision-1812", "Decision 1812/QD-TTg")}),
    ("uk", "Політбюро видало Резолюцію 59-NQ/TW.", {("resolution-59", "Resolution 59-NQ/TW")}),
    ("ru", "Он упомянул резолюциях 57, 66 и 68.", {("resolution-57", "Resolution 57"), ("resolution-66", "Resolution 66"),
                                                 ("resolution-68", "Resolution 68")}),
    ("en", "The Politburo adopted Resolution 59-NQ/TW on integration.", {("resolution-59", "Resolution 59-NQ/TW")}),
])
def test_policy_documents(lang, text, expected):
    from kg.analyse import analyse
    from kg.extract.entities import find_mentions
    from kg.model import Document

    sentence = analyse(Document("t", "t.txt", text, lang)).sentences[0]
    found = {(m.entity_id, m.en) for m in find_mentions(sentence) if m.cls == "PolicyDocument"}
    assert found == expected


@pytest.mark.parametrize("lang, text, iso", [
    ("ru", "Встреча прошла 25 августа 2025 года.", "2025-08-25"),
    ("uk", "Зустріч відбулася 14 травня 2025 року.", "2025-05-14"),
    ("pl", "Konferencja odbyła się 8 sierpnia 2025 r.", "2025-08-08"),
    ("de", "Die Konferenz fand am 18. Dezember 2023 statt.", "2023-12-18"),
    ("en", "The forum was held on 14 May 2025.", "2025-05-14"),
    ("fr", "Le forum s'est tenu le 14 mai 2025.", "2025-05-14"),
    ("vi", "Hội nghị diễn ra ngày 8 tháng 8 năm 2025.", "2025-08-08"),
])
def test_dates(lang, text, iso):
    assert (iso, "Date") in {(e, c) for _, e, c in mentions_of(text, lang)}


def test_events_people_and_bodies():
    text = ("Wiceminister spraw zagranicznych Ngo Le Van przemawia na konferencji „Meet Korea 2025”, "
            "zorganizowanej przez Ministerstwo Spraw Zagranicznych i Ludowy Komitet prowincji Hung Yen.")
    found = {(e, c) for _, e, c in mentions_of(text, "pl")}
    assert ("ngo-le-van", "Person") in found
    assert ("meet-korea-2025", "Event") in found
    assert ("hung-yen-peoples-committee", "GovernmentBody") in found
    assert ("ministry-of-foreign-affairs", "GovernmentBody") in found


def test_unknown_person_after_a_title_gets_a_latin_name():
    found = mentions_of("Секретар партії провінції Цао Банг Куан Мінь Куонг відвідав прикордонний пункт.", "uk")
    assert ("quan-minh-cuong", "Person") in {(e, c) for _, e, c in found}


def test_event_from_places_joined_by_dashes():
    found = {(e, c) for _, e, c in mentions_of("Delegaci na konferencji Japonia-Delta Mekongu w mieście Can Tho.", "pl")}
    assert ("japan-mekong-delta-conference", "Event") in found


@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Маршрути між Пак Бо (В'єтнам) та Менгма (Китай) відкрито.", ("Менгма", "mengma", "ForeignRegion")),
    ("en", "Tourists travel to Mengma (China) by bus.", ("Mengma", "mengma", "ForeignRegion")),
])
def test_an_unknown_place_with_its_country_in_brackets(lang, text, expected):
    assert expected in mentions_of(text, lang)


def test_a_bracketed_home_country_makes_no_foreign_place():
    assert not [m for m in mentions_of("Visitors came to Ban Phuc (Vietnam) last year.", "en") if m[2] == "ForeignRegion"]


@pytest.mark.parametrize("lang, text, name", [
    ("pl", "W forum uczestniczył wiceminister rozwoju i technologii Michał Baranowski, który przewodniczył delegacji.",
     "Michał Baranowski"),
    ("fr", "L'ambassadeur de France au Vietnam, Olivier Brochet, a assisté à la cérémonie.", "Olivier Brochet"),
    ("de", "Das Dokument unterzeichnete der Staatsminister für Wirtschaft, Landesentwicklung und Energie, Hubert Aiwanger.",
     "Hubert Aiwanger"),
])
def test_a_foreign_name_after_a_title_noun(lang, text, name):
    assert (name, mentions_of(text, lang)[-1][1], "Person") in mentions_of(text, lang)


def test_a_sentence_goes_on_after_an_abbreviation():
    from kg.analyse import analyse
    from kg.model import Document

    text = "Prowincja eksportuje meble m.in. do Niemiec i Holandii. Drugie zdanie."
    assert len(analyse(Document("t", "t.txt", text, "pl")).sentences) == 2


def test_mentions_do_not_depend_on_the_hash_seed(tmp_path):
    """Sets must never decide which name wins: the same text gives the same mentions in any process."""
    import os
    import subprocess
    import sys

    code = ("from kg.analyse import analyse; from kg.model import Document; from kg.extract.entities import find_mentions;"
            "s = analyse(Document('t', 't', 'Eksport prowincji do Niemiec, Polski i Holandii rośnie.', 'pl')).sentences[0];"
            "print([m.entity_id for m in find_mentions(s)])")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(4)}
    assert outputs == {"['germany', 'poland', 'netherlands']\n"}


def test_a_known_event_with_a_year_is_that_year_edition():
    text = "La Semaine du Festival de Hué 2025 s'est ouverte le 7 juin 2025 à Hué."
    assert ("Festival de Hué 2025", "hue-festival-2025", "Event") in mentions_of(text, "fr")


@pytest.mark.parametrize("cyrillic, latin", [("Нгуен Туан Ань", "Nguyen Tuan Anh"), ("Чан Тхань Ман", "Tran Thanh Man"),
                                             ("Фам Минь Чинь", "Pham Minh Chinh")])
def test_vietnamese_names_written_in_cyrillic_get_their_latin_spelling(cyrillic, latin):
    from kg.extract.transliteration import latinise

    assert latinise(cyrillic) == latin


@pytest.mark.parametrize("text, lang, place", [
    ("Квангнгай експортує продукцію до Китаю.", "uk", "quang-ngai"),      # Ukrainian "кв" for "qu"
    ("Делегация провинции Квангнам посетила Москву.", "ru", "quang-nam"),
    ("Куангнгай экспортирует продукцию в Китай.", "ru", "quang-ngai"),
])
def test_qu_written_kv_or_ku_in_cyrillic(text, lang, place):
    assert place in {entity_id for _, entity_id, _ in mentions_of(text, lang)}


def test_an_instrumental_case_ending_of_a_foreign_region():
    assert ("Юньнанью", "yunnan", "ForeignRegion") in mentions_of("Лаокай граничит с Юньнанью.", "ru")


def test_german_compounds_of_a_sector_are_that_sector():
    from kg.extract.entities import find_mentions
    from kg.analyse import analyse
    from kg.model import Document
    text = "Die Provinz setzt auf die Elektronikfertigung und die Halbleiterindustrie."
    analysed = analyse(Document("t", "t.txt", text, "de"))
    sectors = {m.entity_id for s in analysed.sentences for m in find_mentions(s) if m.cls == "Sector"}
    assert {"electronics", "semiconductors"} <= sectors


def test_a_country_name_that_is_a_common_word_needs_context():
    """CLDR names Togo "Того", which is also "of that" ("Того ж дня"): the lexicon marks it ambiguous."""
    assert "togo" not in {m[1] for m in mentions_of("Того ж дня в Кханьхоа відбулися концерти.", "uk")}


def test_a_common_word_is_read_in_its_own_language_only():
    """Polish "premier" is the prime minister; French "premier" is "first"."""
    assert not any(c == "Position" for _, _, c in mentions_of("Le parc national de Xuan Thuy, premier site Ramsar "
                                                               "d'Asie du Sud-Est, attire les visiteurs.", "fr"))
    assert ("prime-minister", "Position") in {(e, c) for _, e, c in mentions_of("Spotkanie z premierem odbyło się "
                                                                                  "w Hanoi.", "pl")}
