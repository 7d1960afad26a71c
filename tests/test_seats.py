"""A body named after its place has that place as its seat, known from the name (background containment,
no evidence); a mission's name that says where it is ("in Vietnam") states it, with the sentence as evidence."""
import pytest

from kg.model import Document
from kg.pipeline import build_documents


def stated_and_background(text: str, lang: str) -> tuple[set, set]:
    graph = build_documents([Document("t", "t.txt", text, lang)])
    stated = {(t.subject, t.predicate, t.object) for t in graph.evidence}
    background = {(t.subject, t.predicate, t.object) for t in graph.background()}
    return stated, background


@pytest.mark.parametrize("lang, text", [
    ("en", "The Hung Yen Provincial People's Committee signed a memorandum with Gyeonggi Province."),
    ("de", "Das Volkskomitee der Provinz Hung Yen unterzeichnete ein Memorandum mit der Provinz Gyeonggi."),
    ("fr", "Le Comité populaire de la province de Hung Yen a signé un mémorandum avec la province de Gyeonggi."),
    ("pl", "Komitet Ludowy prowincji Hung Yen podpisał memorandum z prowincją Gyeonggi."),
    ("ru", "Народный комитет провинции Хынгйен подписал меморандум с провинцией Кёнгидо."),
    ("uk", "Народний комітет провінції Хингйен підписав меморандум з провінцією Кьонгі."),
    ("vi", "Ủy ban nhân dân tỉnh Hưng Yên đã ký biên bản ghi nhớ với tỉnh Gyeonggi."),
])
def test_a_body_named_after_its_province_has_it_as_its_seat_not_as_a_stated_fact(lang, text):
    stated, background = stated_and_background(text, lang)
    seat = ("hung-yen-peoples-committee", "locatedIn", "hung-yen")
    assert seat in background
    assert seat not in stated
    assert ("hung-yen-peoples-committee", "cooperatesWith", "gyeonggi") in stated


@pytest.mark.parametrize("lang, text, mission, host", [
    ("en", "The Embassy of France in Vietnam supported the Can Tho festival.", "france", "vietnam"),
    ("fr", "L'ambassade de France au Vietnam a soutenu le festival de Can Tho.", "france", "vietnam"),
    ("vi", "Đại sứ quán Việt Nam tại Hàn Quốc phối hợp với tỉnh Cần Thơ.", "vietnam", "south-korea"),
    ("pl", "Ambasada RP w Hanoi wspiera prowincję Can Tho.", "poland", "hanoi"),
])
def test_a_mission_named_with_its_host_states_where_it_is(lang, text, mission, host):
    stated, _ = stated_and_background(text, lang)
    assert any(s.startswith("embassy-of-" + mission) and p == "locatedIn" and o == host for s, p, o in stated)


def test_a_university_named_after_its_city_is_seated_there_without_a_stated_fact():
    stated, background = stated_and_background(
        "Can Tho University signed an agreement with the University of Saskatchewan.", "en")
    assert ("can-tho-university", "locatedIn", "can-tho") in background
    assert not any(p == "locatedIn" for _, p, _ in stated)
