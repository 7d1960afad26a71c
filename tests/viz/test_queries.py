"""The analyst questions of notebooks/02_sparql.ipynb, answered from queries/*.rq over the built corpus graph."""
from pathlib import Path

import pytest

from kg.query import open_store, query_file, sparql_table
from kg.errors import KgError

QUERIES = Path(__file__).resolve().parents[2] / "queries"


@pytest.fixture(scope="module")
def store(graph_out):
    return open_store(graph_out)


def answer(store, name: str) -> list[dict]:
    columns, rows = query_file(store, QUERIES / f"{name}.rq")
    return [dict(zip(columns, row)) for row in rows]


def test_there_are_at_least_eight_questions_each_with_its_question_written_above():
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 8
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("# "), path


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_question_has_an_answer(store, path):
    columns, rows = query_file(store, path)
    assert columns and rows


def test_resolution_59_defines_three_pillars_and_was_issued_by_the_politburo(store):
    rows = answer(store, "resolution-59")
    assert {r["pillar"].casefold() for r in rows} == {
        "party external affairs", "state diplomacy", "people-to-people diplomacy"}
    assert {r["resolution"] for r in rows} == {"Resolution 59-NQ/TW"}
    assert {r["issuedBy"] for r in rows} == {"Politburo"}


def test_localities_and_their_foreign_partners(store):
    rows = answer(store, "locality-partners")
    pairs = {(r["locality"], r["partner"]) for r in rows}
    assert {("Quang Ninh", "Guangxi"), ("Quang Ninh", "Fujian"), ("Quang Ninh", "Hainan")} <= pairs
    assert not any(r["partner"] == "Vietnam" for r in rows)
    assert all(r["documents"] >= 1 and r["languages"] for r in rows)


def test_events_where_when_and_who(store):
    events = {r["event"]: r for r in answer(store, "events")}
    conference = events["Japan–Mekong Delta Conference"]
    assert conference["place"] == "Can Tho" and conference["date"] == "2025-08-08"
    assert "Tran Thanh Man" in conference["participants"]
    assert events["Meet Korea 2025"]["date"] == "2025-05-14"


def test_localities_implement_agreements(store):
    pairs = {(r["locality"], r["agreement"]) for r in answer(store, "locality-agreements")}
    assert ("Da Nang", "EU-Vietnam Free Trade Agreement") in pairs


def test_officials_and_their_offices(store):
    people = {r["person"]: r for r in answer(store, "officials")}
    assert people["Pham Minh Chinh"]["positions"] == "Prime Minister"
    assert "Minister of Foreign Affairs" in people["Bui Thanh Son"]["positions"].split(", ")
    assert people["Bui Thanh Son"]["memberOf"] == "Ministry of Foreign Affairs"


def test_borders(store):
    rows = answer(store, "borders")
    assert {"locality": "Cao Bang", "neighbour": "Guangxi", "neighbourClass": "ForeignRegion",
            "inCountry": "China"} in rows


def test_places_in_localities(store):
    rows = {(r["locality"], r["what"], r["class"]) for r in answer(store, "places-in-localities")}
    assert ("Bac Ninh", "VSIP Bac Ninh", "Project") in rows
    assert ("Cao Bang", "Ban Gioc Waterfall", "HeritageSite") in rows


def test_locality_priorities(store):
    rows = {r["locality"]: r for r in answer(store, "locality-priorities")}
    assert "renewable energy" in rows["Da Nang"]["sectors"].split(", ")
    assert rows["Da Nang"]["count"] == len(rows["Da Nang"]["sectors"].split(", "))


def test_facts_stated_in_several_languages(store):
    rows = answer(store, "multilingual-facts")
    assert all(len(r["languages"].split(", ")) >= 2 for r in rows)
    bui = next(r for r in rows if (r["subject"], r["object"]) == ("Bui Thanh Son", "Minister of Foreign Affairs"))
    assert bui["relation"] == "holdsPosition" and bui["languages"] == ", ".join(sorted(bui["languages"].split(", ")))


def test_documents_per_language(store):
    rows = answer(store, "documents")
    assert len(rows) == 5 and {r["language"] for r in rows} >= {"ru", "uk", "pl", "de"}
    assert all(r["evidence"] >= r["facts"] > 0 for r in rows)


def test_source_sentences_are_in_their_original_language_at_their_offsets(store, corpus_dir):
    rows = answer(store, "fact-evidence")
    border = [r for r in rows if (r["subject"], r["relation"], r["object"]) == ("Cao Bang", "bordersOn", "Guangxi")]
    assert border and all(r["language"] == "uk" and "Гуансі" in r["sentence"] for r in border)
    assert {r["language"] for r in rows} >= {"ru", "uk", "pl", "de"}
    for r in rows:
        text = (corpus_dir / f"{r['document']}.txt").read_text(encoding="utf-8")
        assert text[r["charStart"]:r["charEnd"]] == r["sentence"]


def test_only_select_queries_give_tables(store):
    with pytest.raises(KgError, match="SELECT"):
        sparql_table(store, "ASK { ?s ?p ?o }")
    with pytest.raises(KgError, match="bad SPARQL"):
        sparql_table(store, "SELECT WHERE {")
