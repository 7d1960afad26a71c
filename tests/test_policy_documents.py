"""Policy documents: the pillars they define, named far from them or through "the resolution", and their issuers."""
import pytest
from conftest import triples_of


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Politburo adopted Resolution 59-NQ/TW in January. The resolution affirms that party external affairs, "
           "state diplomacy and people-to-people diplomacy are the three pillars of foreign policy.",
     {("resolution-59", "defines", "state-diplomacy"), ("resolution-59", "defines", "people-to-people-diplomacy")}),
    ("en", "Officials said Directive 15-CT/TW of the Secretariat, issued in August 2022, identifies economic diplomacy "
           "as a central pillar of the country's foreign affairs.",
     {("directive-15", "defines", "economic-diplomacy")}),
    ("vi", "Ban Thường vụ Tỉnh ủy đã chỉ đạo triển khai Chỉ thị số 12-CT/TW của Ban Bí thư. Chỉ thị này khẳng định "
           "đối ngoại nhân dân là một trong ba trụ cột của nền đối ngoại Việt Nam, cùng với đối ngoại Đảng và ngoại giao Nhà nước.",
     {("directive-12", "issuedBy", "party-secretariat"), ("directive-12", "defines", "people-to-people-diplomacy"),
      ("directive-12", "defines", "state-diplomacy")}),
])
def test_policy_documents(lang, text, expected):
    assert expected <= triples_of(text, lang)


def test_vietnamese_modal_words_keep_their_tone_marks():
    """"nền" (foundation) is not "nên" (should): the sentence states its facts."""
    found = triples_of("Tỉnh Quảng Ninh tăng cường hợp tác với Quảng Tây trên nền tảng tin cậy.", "vi")
    assert ("quang-ninh", "cooperatesWith", "guangxi") in found
    assert not triples_of("Tỉnh Quảng Ninh nên tăng cường hợp tác với Quảng Tây.", "vi")


def test_the_issuer_of_a_document_does_not_carry_it_out():
    """"Ми реалізуємо Резолюцію № 59-NQ/TW Політбюро": the Politburo issued it; it implements nothing here."""
    found = triples_of("Ми реалізуємо Резолюцію № 59-NQ/TW Політбюро про міжнародну інтеграцію.", "uk")
    assert ("resolution-59", "issuedBy", "politburo") in found
    assert ("politburo", "implements", "resolution-59") not in found
