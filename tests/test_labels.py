"""Labels in the language a name was read in: a discovered name keeps its words as its label in that language
(skos:prefLabel, dictionary form), and its English label is English or romanised by kg.extract.labels."""
import re

import pyoxigraph
import pytest

import kg
from kg.extract.labels import romanise
from kg.graph.rdf import res, write_rdf_turtle

SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def built(text: str, lang: str) -> kg.KnowledgeGraph:
    return kg.build(texts=[{"id": "t", "text": text, "lang": lang}])


def labels(graph, tmp_path) -> dict[str, dict[tuple[str, str], set[str]]]:
    """entity IRI → (predicate, language) → labels, read back from the written Turtle by pyoxigraph."""
    path = tmp_path / "graph.ttl"
    with open(path, "wb") as file:
        write_rdf_turtle(graph, file)
    out: dict = {}
    for quad in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
        if quad.predicate.value in (SKOS_PREF, RDFS_LABEL) and quad.object.language:
            key = (quad.predicate.value, quad.object.language)
            out.setdefault(quad.subject.value, {}).setdefault(key, set()).add(quad.object.value)
    return out


@pytest.mark.parametrize("name, lang, english", [
    ("Дальневосточный федеральный университет", "ru", "Dalnevostochnyy federalnyy universitet"),
    ("Миколаївська регіональна торгово-промислова палата", "uk", "Mikolaivska regionalna torgovo-promislova palata"),
    ("Trung tâm Logistics Xuân Cương", "vi", "Trung tam Logistics Xuan Cuong"),
    ("Universität Göttingen", "de", "Universität Göttingen"),
])
def test_romanise(name, lang, english):
    assert romanise(name, lang) == english


def test_russian_name_is_labelled_in_russian(tmp_path):
    graph = built("Соглашение подписали представители Дальневосточного федерального университета.", "ru")
    university = next(e for e in graph.entities.values() if e.names.get("ru") == "Дальневосточный федеральный университет")
    assert university.en == "Dalnevostochnyy federalnyy universitet"
    written = labels(graph, tmp_path)[res(university.id).value]
    assert written[SKOS_PREF, "ru"] == {"Дальневосточный федеральный университет"}
    assert written[SKOS_PREF, "en"] == written[RDFS_LABEL, "en"] == {"Dalnevostochnyy federalnyy universitet"}


def test_no_english_label_in_cyrillic(tmp_path):
    """A composite office over a discovered body is English around the body's romanised name."""
    graph = built("Ректор Новосибирского государственного аграрного университета Иван Петров посетил провинцию "
                  "Куангчи.", "ru")
    english = [label for entity in labels(graph, tmp_path).values() for (pred, lang), found in entity.items()
               if lang == "en" for label in found]
    assert english and not [label for label in english if re.search("[а-яіїєґ]", label, re.I)]
    assert any(e.en.startswith("Rector of the Novosibirskiy") for e in graph.entities.values())


def test_vietnamese_name_gets_a_vietnamese_label(tmp_path):
    graph = built("Nhiều doanh nghiệp đầu tư vào Khu công nghiệp Long Đức.", "vi")
    park = next(e for e in graph.entities.values() if e.cls == "Project")
    assert (park.vi, park.en) == ("Khu công nghiệp Long Đức", "Long Duc Industrial Park")
    written = labels(graph, tmp_path)[res(park.id).value]
    assert written[RDFS_LABEL, "vi"] == {"Khu công nghiệp Long Đức"}


def test_english_label_wins_over_a_romanised_one():
    graph = kg.build(texts=[
        {"id": "a", "text": "Samsung invested in Van Trung Industrial Park.", "lang": "en"},
        {"id": "b", "text": "Nhiều doanh nghiệp đầu tư vào Khu công nghiệp Vân Trung.", "lang": "vi"}])
    parks = [e for e in graph.entities.values() if e.cls == "Project"]
    assert "Van Trung Industrial Park" in {e.en for e in parks}
