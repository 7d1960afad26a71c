"""Investment by a named company: the locality the money goes to attracts investment from the company
(kg/extract/rules/investment.py, `investment_words` in each language's patterns.yaml)."""
import pytest
from conftest import mentions_of, triples_of


def investors(text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples_of(text, lang) if p == "attractsInvestmentFrom"}


@pytest.mark.parametrize("lang, text, pair", [
    ("de", "Die Neckar Kühltechnik GmbH unterzeichnete einen Investitionsvertrag über ein Kühlhaus im Industriepark "
           "Loc Son in Lam Dong.", ("lam-dong", "neckar-kuhltechnik")),
    ("vi", "Đáng chú ý là dự án nhà máy của Công ty TNHH Hanul Components (Hàn Quốc) với vốn đầu tư 250 triệu USD, "
           "đặt tại VSIP Nghệ An.", ("nghe-an", "hanul-components")),
    ("vi", "UBND tỉnh Hà Tĩnh đã trao Giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Daeyang Metal (Hàn Quốc).",
     ("ha-tinh", "daeyang-metal")),
    ("fr", "La société Aquitaine Fruits Export a signé avec Long An un contrat portant sur une usine de 12 millions "
           "d'euros.", ("long-an", "aquitaine-fruits-export")),
])
def test_a_company_investing_gives_the_locality_it_invests_in(lang, text, pair):
    assert pair in investors(text, lang)


def test_a_company_with_no_word_of_investment_invests_nowhere():
    text = "La société Aquitaine Fruits Export a signé avec Long An un accord de formation."
    assert not investors(text, "fr")


def test_a_legal_form_after_the_vietnamese_company_noun_is_no_part_of_the_name():
    ids = {entity for _, entity, _ in mentions_of("Công ty TNHH Hanul Components đặt nhà máy tại Nghệ An.", "vi")}
    assert "hanul-components" in ids and "tnhh-hanul-components" not in ids


def test_the_company_s_bracketed_country_invests_too():
    text = "Tập đoàn Seorin Energy (Hàn Quốc) nhận chủ trương đầu tư dự án điện gió ngoài khơi Kiên Giang 1."
    assert {("kien-giang", "seorin-energy"), ("kien-giang", "south-korea")} <= investors(text, "vi")


def test_a_relative_pronoun_after_a_company_from_a_place_invests():
    """"die Keller Antriebstechnik GmbH aus Bayern, die … investiert": the pronoun is the company's, not Bavaria's,
    however far the clause's verb."""
    found = triples_of("Größter Investor ist die Keller Antriebstechnik GmbH aus Bayern, die 25 Millionen Euro in ein "
                       "Werk im Industriepark Nhon Trach in der Provinz Dong Nai investiert.", "de")
    assert ("dong-nai", "attractsInvestmentFrom", "keller-antriebstechnik") in found
    assert not any(t[2] == "bavaria" and t[1] == "attractsInvestmentFrom" for t in found)


def test_a_legal_form_ends_a_name_after_a_genitive_company_noun():
    """"электростанция компании Hanbit Solar Co., Ltd. (Республика Корея)": the company is "Hanbit Solar", in
    Korea; "Ltd" is no place."""
    found = triples_of("Среди проектов — электростанция компании Hanbit Solar Co., Ltd. (Республика Корея) в "
                       "провинции Хатинь.", "ru")
    assert ("hanbit-solar", "locatedIn", "south-korea") in found
    assert not any(t[0] == "ltd" for t in found)


@pytest.mark.parametrize("lang, text, pair", [
    ("ru", "Калужская компания ООО «Сибирь Агро» вложила 5 млн долларов в провинцию Хатинь.", ("ha-tinh", "sibir-agro")),
    ("uk", "ТОВ «Агросвіт» інвестувало 3 млн доларів у провінцію Тхайнгуєн.", ("thai-nguyen", "agrosvit")),
])
def test_a_legal_form_before_a_quoted_name_names_no_company_itself(lang, text, pair):
    """"компания ООО «Сибирь Агро»": ООО is the form, the quoted words the company."""
    assert investors(text, lang) == {pair}
