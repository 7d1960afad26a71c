"""World-data places stand only in documents that name their country."""
from conftest import triples_of

from kg.extract.grounding import ungrounded
from kg.model import MentionRecord


def record(entity_id: str, cls: str) -> MentionRecord:
    return MentionRecord(entity_id, cls, None, entity_id, "en")


def test_a_data_place_needs_its_country_in_the_document():
    assert ungrounded([record("kunming", "ForeignRegion")]) == {"kunming"}
    assert ungrounded([record("kunming", "ForeignRegion"), record("china", "Country")]) == set()


def test_a_hand_kept_region_names_its_country():
    """Yunnan (hand-kept, in China) grounds Kunming."""
    assert ungrounded([record("kunming", "ForeignRegion"), record("yunnan", "ForeignRegion")]) == set()


def test_facts_about_an_ungrounded_place_go():
    text = "Hai Phong cooperates with Kunming."
    assert ("hai-phong", "cooperatesWith", "kunming") not in triples_of(text, "en")
    assert ("hai-phong", "cooperatesWith", "kunming") in triples_of(text + " Kunming is a city in China.", "en")
