"""Which part of the graph `kg viz` draws: --entity, --relation, --hops, and names in any language."""
import pytest

from kg.errors import KgError
from kg.viz import find_entity, select


def test_whole_graph_leaves_out_entities_without_facts(graph):
    view = select(graph)
    assert view.number_of_edges() == sum(1 for t in graph.evidence if not t.literal)
    assert all(view.degree(n) > 0 for n in view)
    assert set(view) < set(graph.entities)


@pytest.mark.parametrize("name", ["cao-bang", "https://w3id.org/kg-vn/resource/cao-bang", "Cao Bang", "cao bang",
                                  "Cao Bằng", "Цаобан", "Каобанг"])
def test_an_entity_is_found_by_id_iri_or_any_name(graph, name):
    assert find_entity(graph, name) == "cao-bang"


def test_an_unknown_entity_stops_with_suggestions(graph):
    with pytest.raises(KgError, match=r"no entity 'Cao Bangg'.*did you mean 'cao bang'"):
        find_entity(graph, "Cao Bangg")


def test_hops_grow_the_neighbourhood(graph):
    one = select(graph, ("Cao Bang",), hops=1)
    two = select(graph, ("Cao Bang",), hops=2)
    assert {"cao-bang", "guangxi", "china"} <= set(one)
    assert "quang-ninh" not in one          # Quang Ninh is linked to Cao Bang through Guangxi and China
    assert "quang-ninh" in two and set(one) < set(two)
    assert set(select(graph, ("cao-bang",), hops=0)) == {"cao-bang"}


def test_relation_filter_keeps_only_its_facts(graph):
    view = select(graph, relations=("bordersOn",))
    assert {rel for _, _, rel in view.edges(keys=True)} == {"bordersOn"}
    assert ("cao-bang", "guangxi", "bordersOn") in view.edges(keys=True)
    both = select(graph, ("Cao Bang",), ("bordersOn", "locatedIn"), hops=1)
    assert {rel for _, _, rel in both.edges(keys=True)} <= {"bordersOn", "locatedIn"}


def test_bad_filters_stop_with_a_message(graph):
    with pytest.raises(KgError, match="no fact with relation friendsWith"):
        select(graph, relations=("friendsWith",))
    with pytest.raises(KgError, match="--hops"):
        select(graph, ("Cao Bang",), hops=-1)
    with pytest.raises(KgError, match="has no fact of relation"):
        select(graph, ("Resolution 59-NQ/TW",), ("bordersOn",))
