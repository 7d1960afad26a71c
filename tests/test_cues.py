"""Cue rules (kg/extract/rules/cued.py): a priority or an investment source stated in any word order."""
import pytest

from conftest import mentions_of, triples_of


@pytest.mark.parametrize("lang, text, wanted", [
    ("ru", "Приоритетными направлениями Хайфон считает логистику и туризм.",
     {("hai-phong", "prioritizes", "logistics"), ("hai-phong", "prioritizes", "tourism")}),
    ("fr", "Hai Phong a fait de la logistique et du tourisme ses secteurs prioritaires.",
     {("hai-phong", "prioritizes", "logistics"), ("hai-phong", "prioritizes", "tourism")}),
    ("pl", "Lang Son rozwija handel, a kapitał płynie przede wszystkim z Japonii i Korei Południowej.",
     {("lang-son", "attractsInvestmentFrom", "japan"), ("lang-son", "attractsInvestmentFrom", "south-korea")}),
    ("de", "Seit 2015 hat Dong Nai rund 1.500 Investitionsprojekte angezogen, vor allem aus Japan und Taiwan.",
     {("dong-nai", "attractsInvestmentFrom", "japan"), ("dong-nai", "attractsInvestmentFrom", "taiwan")}),
    ("de", "In der Wirtschaftszone Nhơn Hội in Bình Định investieren bereits Unternehmen aus Japan und Thailand.",
     {("binh-dinh", "attractsInvestmentFrom", "japan"), ("binh-dinh", "attractsInvestmentFrom", "thailand")}),
])
def test_a_cue_states_the_relation_in_any_order(lang, text, wanted):
    assert wanted <= triples_of(text, lang)


def test_the_subject_is_no_name_a_preposition_governs():
    """"Lai Chau, bordering China, ...: investment came from Japan": Lai Chau attracts it, China does not."""
    found = triples_of("Лайчау, граничащий с Китаем, в последние годы развивается: основные вложения "
                       "поступили из Японии.", "ru")
    assert ("lai-chau", "attractsInvestmentFrom", "japan") in found
    assert ("china", "attractsInvestmentFrom", "japan") not in found


def test_an_investment_cue_needs_its_marker():
    """Without "from" before it, a country near "investment" is no source."""
    found = triples_of("Kapital ist in Hai Duong knapp, und Japan hat die Zinsen erhöht.", "de")
    assert not {t for t in found if t[1] == "attractsInvestmentFrom"}


def test_a_priority_cue_inside_a_name_is_no_cue():
    found = triples_of("Can Tho hosted the Priority Sectors Forum with logistics firms.", "en")
    assert ("can-tho", "prioritizes", "logistics") not in found


def test_an_unambiguous_reading_beats_an_ambiguous_one():
    """Polish "z Chin" is China's genitive, not Chin State (Myanmar)."""
    assert ("Chin", "china", "Country") in mentions_of("Bac Ninh sprowadza podzespoły z Chin.", "pl")


@pytest.mark.parametrize("lang, text, wanted", [
    ("de", "Dong Nai wächst seit Jahren. Wichtigste Abnehmer sind die USA, China und Japan.",
     {("dong-nai", "exportsTo", c) for c in ("united-states", "china", "japan")}),
    ("ru", "Экспорт провинции Кханьхоа вырос, основными рынками стали США и Китай.",
     {("khanh-hoa", "exportsTo", c) for c in ("united-states", "china")}),
    ("uk", "Даклак нарощує виробництво. Найбільшими ринками залишаються Німеччина та Італія.",
     {("dak-lak", "exportsTo", c) for c in ("germany", "italy")}),
    ("fr", "Lao Cai se développe ; ses principaux marchés sont la Chine et le Japon.",
     {("lao-cai", "exportsTo", c) for c in ("china", "japan")}),
])
def test_markets_named_after_a_market_noun_are_export_destinations(lang, text, wanted):
    assert wanted <= triples_of(text, lang)


@pytest.mark.parametrize("lang, text, wanted", [
    ("de", "Hai Phong wächst. Größter Investor in Hai Phong ist Südkorea, gefolgt von Japan und China.",
     {("hai-phong", "attractsInvestmentFrom", c) for c in ("south-korea", "japan", "china")}),
    ("en", "Da Nang grows. Japan is the city's largest foreign investor, followed by Singapore and South Korea.",
     {("da-nang", "attractsInvestmentFrom", c) for c in ("japan", "singapore", "south-korea")}),
    ("uk", "Кханьхоа росте. Найбільшими іноземними інвесторами Кханьхоа є Південна Корея та Японія.",
     {("khanh-hoa", "attractsInvestmentFrom", c) for c in ("south-korea", "japan")}),
    ("pl", "Bac Ninh rośnie. Największym inwestorem w Bac Ninh pozostaje Korea Południowa, przed Japonią.",
     {("bac-ninh", "attractsInvestmentFrom", c) for c in ("south-korea", "japan")}),
])
def test_the_largest_investors_need_no_from(lang, text, wanted):
    """An investor ranking names its sources without "from", and the names ranked after it too."""
    found = triples_of(text, lang)
    assert wanted <= found
    assert not any(s in {"japan", "singapore", "south-korea"} for s, p, _ in found if p == "attractsInvestmentFrom")


def test_two_cues_in_one_sentence_take_their_own_lists():
    found = triples_of("Нгеан растёт. Крупнейшими иностранными инвесторами в Нгеане являются Китай и Сингапур, "
                       "а основными рынками сбыта продукции провинции — США и Япония.", "ru")
    assert {("nghe-an", "attractsInvestmentFrom", "china"), ("nghe-an", "exportsTo", "united-states"),
            ("nghe-an", "exportsTo", "japan")} <= found
    assert ("nghe-an", "exportsTo", "china") not in found


@pytest.mark.parametrize("lang, text, wanted", [
    ("de", "Dong Nai wächst. „Unsere Prioritäten sind Logistik, Luftfahrtdienstleistungen und Tourismus“, erklärte "
           "Le Minh Khoa.", ("dong-nai", "prioritizes", "luftfahrtdienstleistungen")),
    ("en", "Lao Cai prioritizes tourism, medicinal plants and mountain agriculture, the governor said.",
     ("lao-cai", "prioritizes", "mountain-agriculture")),
    ("ru", "Кханьхоа развивается. Приоритетами провинции являются туризм, логистика и переработке морепродуктов.",
     ("khanh-hoa", "prioritizes", "pererabotka-moreproduktov")),
    ("fr", "Hué mise sur le tourisme et la santé.", ("hue", "prioritizes", "healthcare")),
])
def test_the_other_items_of_a_list_of_sectors_are_sectors(lang, text, wanted):
    """A list that names a lexicon sector names sectors; articles are no part of them; Russian ones are named in
    the nominative; a word before a lexicon sector names a narrower one."""
    found = triples_of(text, lang)
    assert wanted in found, found


def test_a_field_word_before_a_sector_is_no_part_of_it():
    found = triples_of("Дананг уделяет приоритетное внимание инвестициям в области программного обеспечения, "
                       "автоматизации и туризма.", "ru")
    assert ("da-nang", "prioritizes", "software") in found
    assert not any("oblast" in o for _, _, o in found)


def test_a_vietnamese_cue_reaches_over_as_many_syllables_as_words_elsewhere():
    """"dự án đầu tư trực tiếp nước ngoài còn hiệu lực, chủ yếu đến từ A, B": each syllable is counted as a word."""
    found = triples_of("Tỉnh Lạng Sơn hiện có 23 dự án đầu tư trực tiếp nước ngoài còn hiệu lực, chủ yếu đến từ "
                       "Trung Quốc, Hàn Quốc và Nhật Bản.", "vi")
    assert {("lang-son", "attractsInvestmentFrom", c) for c in ("china", "south-korea", "japan")} <= found


def test_the_place_a_cue_is_in_is_its_subject():
    """"A, B và C là những nhà đầu tư nước ngoài lớn tại tỉnh": with no name before the list, the place right
    after the cue; "tỉnh" is the document's province."""
    text = ("Hà Nam nằm ở phía nam Hà Nội.\n\nHiện nay, Hàn Quốc, Nhật Bản và Đài Loan là những nhà đầu tư nước "
            "ngoài lớn tại tỉnh.")
    assert {("ha-nam", "attractsInvestmentFrom", c) for c in ("south-korea", "japan")} <= triples_of(text, "vi")


def test_a_governed_reference_opening_a_paragraph_is_its_subject():
    """"kim ngạch xuất khẩu của tỉnh ... xuất khẩu sang A, B": the province is the subject however far the verb;
    one opening the sentence on its own ("Tỉnh đẩy mạnh ...") is that already and stays a name in it."""
    text = ("Hà Nam nằm ở phía nam Hà Nội.\n\nNăm 2024, kim ngạch xuất khẩu của tỉnh đạt hơn 2 tỷ USD, chủ yếu là "
            "linh kiện điện tử và hàng dệt may, xuất khẩu sang Hoa Kỳ và Nhật Bản.")
    assert {("ha-nam", "exportsTo", "united-states"), ("ha-nam", "exportsTo", "japan")} <= triples_of(text, "vi")
    text = ("Hà Nam nằm ở phía nam Hà Nội.\n\nTháng 5, đoàn doanh nghiệp của tỉnh tham gia Hội chợ Triển lãm "
            "Công nghiệp Việt Nam tại Thành phố Hồ Chí Minh.")
    assert any(s == "ha-nam" and p == "participatesIn" for s, p, _ in triples_of(text, "vi"))
