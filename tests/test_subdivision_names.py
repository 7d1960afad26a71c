"""Polish, Russian, Ukrainian and Belarusian subdivisions by their common names (foreign_regions.yaml): found in
every language, inflected too, one node with the ISO 3166-2 place, labelled with the usual English name; the
cities some of the data's names also name stay their own nodes."""
import pytest
from conftest import mentions_of

from kg.extract.lexicon import load_lexicon


@pytest.mark.parametrize("lang, text, entity", [
    ("pl", "Małopolska podpisała porozumienie z prowincją Quảng Ninh.", "malopolskie"),
    ("pl", "Delegacja z Małopolski odwiedziła Hanoi.", "malopolskie"),                 # genitive
    ("pl", "Przedsiębiorcy z Wielkopolski przyjechali do Hanoi.", "wielkopolskie"),
    ("pl", "Na Dolnym Śląsku powstanie nowa fabryka.", "dolnoslaskie"),
    ("pl", "Firmy z Mazowsza przyjechały do Hanoi.", "mazowieckie"),                 # neuter genitive
    ("pl", "Na Podkarpaciu działa dolina lotnicza.", "podkarpackie"),                # neuter locative
    ("en", "A delegation from Altai Krai visited Hanoi.", "altayskiy-kray"),
    ("en", "The Lesser Poland Voivodeship signed a memorandum with Quang Ninh.", "malopolskie"),
    ("en", "Vinnytsia Oblast signed a memorandum with Thai Binh.", "vinnytska-oblast"),
    ("en", "Officials of the Republic of Tatarstan met in Hanoi.", "respublika-tatarstan"),
    ("de", "Eine Delegation aus der Region Altai besuchte Hanoi.", "altayskiy-kray"),
    ("de", "Die Republik Altai unterzeichnete ein Abkommen.", "respublika-altay"),      # not the krai
    ("de", "Die Woiwodschaft Kleinpolen kooperiert mit Lao Cai.", "malopolskie"),
    ("de", "Im Gebiet Belgorod und in der Oblast Swerdlowsk.", "sverdlovskaya-oblast"),
    ("fr", "Une délégation du kraï de l'Altaï est arrivée à Hanoï.", "altayskiy-kray"),
    ("fr", "La voïvodie de Petite-Pologne coopère avec Lao Cai.", "malopolskie"),
    ("vi", "Đoàn công tác vùng Altai thăm Hà Nội.", "altayskiy-kray"),
    ("vi", "Đoàn công tác tỉnh Sverdlovsk thăm Hà Nội.", "sverdlovskaya-oblast"),
    ("ru", "Делегация Республики Татарстан прибыла в Ханой.", "respublika-tatarstan"),
    ("uk", "Делегація з Вінниччини прибула до Ханоя.", "vinnytska-oblast"),
])
def test_common_names_are_found(lang, text, entity):
    assert (entity, "ForeignRegion") in {(e, cls) for _, e, cls in mentions_of(text, lang)}


@pytest.mark.parametrize("entity, code, en", [
    ("malopolskie", "PL-12", "Lesser Poland Voivodeship"),
    ("lodzkie", "PL-10", "Lodz Voivodeship"),
    ("altayskiy-kray", "RU-ALT", "Altai Krai"),
    ("primorskiy-kray", "RU-PRI", "Primorsky Krai"),
    ("sverdlovskaya-oblast", "RU-SVE", "Sverdlovsk Oblast"),
    ("respublika-tatarstan", "RU-TA", "Republic of Tatarstan"),
    ("moskva", "RU-MOW", "Moscow"),
    ("vinnytska-oblast", "UA-05", "Vinnytsia Oblast"),
    ("viciebskaja-voblasc", "BY-VI", "Vitebsk Region"),
])
def test_one_node_with_the_english_name(entity, code, en):
    lexicon = load_lexicon()
    assert [e.id for e in lexicon.values() if e.code == code] == [entity]
    assert lexicon[entity].en == en


@pytest.mark.parametrize("lang, text, entity, not_entity", [
    ("pl", "Delegacja z Łodzi odwiedziła Hanoi.", "lodz", "lodzkie"),
    ("pl", "Władze województwa łódzkiego spotkały się z ambasadorem.", "lodzkie", "lodz"),
    ("ru", "В Челябинске прошли встречи.", "chelyabinsk", "chelyabinskaya-oblast"),
    ("ru", "Губернатор Челябинской области посетил Вьетнам.", "chelyabinskaya-oblast", "chelyabinsk"),
    ("en", "He was born in Brest, Belarus.", "brest-belarus", "viciebskaja-voblasc"),
    ("en", "The ship docked in Brest, France.", "brest", "brest-belarus"),
])
def test_a_city_and_its_region_stay_apart(lang, text, entity, not_entity):
    found = {e for _, e, _ in mentions_of(text, lang)}
    assert entity in found and not_entity not in found


def test_a_vietnamese_syllable_is_not_read_as_a_polish_neuter_ending():
    assert "hue" not in {entity for _, entity, _ in mentions_of("Ciężarówki jadą przez przejście Hữu Nghị.", "pl")}
