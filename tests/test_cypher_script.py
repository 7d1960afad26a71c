"""graph.cypher: Neo4j's own parser finds no error in it, and a real openCypher engine (FalkorDB) that runs
it holds exactly the graph of graph.ttl; a second run adds nothing. Arbitrary Unicode survives the trip."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from cypher_lint import cypher_linter  # noqa: F401  (fixture)
from expected_graph import from_cypher, from_turtle, node_names
from falkordb_engine import counts, falkordb, run_neo4j_statement, run_script, script_statements  # noqa: F401
from kg.errors import KgError
from kg.export.cypher import literal, write_cypher
from kg.export.property_graph import BATCH, identifier, rel_type
from kg.graph import KnowledgeGraph
from kg.graph.knowledge_graph import SourceDocument
from kg.model import Evidence, Fact, Triple
from kg.resolve import Entity


def rows_of(graph):
    return lambda query: graph.query(query).result_set


@pytest.fixture(scope="module")
def script(corpus_build) -> Path:
    return corpus_build[0] / "graph.cypher"


@pytest.fixture(scope="module")
def loaded(falkordb, script):
    """The corpus script run twice in FalkorDB: (graph, counts after the first run, what the second created)."""
    graph = falkordb.graph("corpus_script")
    run_script(graph, script)
    first = counts(graph)
    second = run_script(graph, script)
    return graph, first, second


def test_statements_are_constraints_then_batched_unwind_merges(script):
    statements = script_statements(script)
    assert statements[:3] == [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
        "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE"]
    for statement in statements[3:]:
        assert re.fullmatch(r"UNWIND \[.*\] AS row (MERGE|MATCH) .*", statement, re.DOTALL), statement[:80]
        assert "CREATE CONSTRAINT" not in statement
    types = set(re.findall(r"MERGE \(a\)-\[r:(\w+)\]->\(b\)", script.read_text(encoding="utf-8")))
    assert {"COOPERATES_WITH", "BORDERS_ON", "LOCATED_IN", "HOLDS_POSITION"} <= types
    assert all(re.fullmatch(r"[A-Z]+(_[A-Z]+)*", t) for t in types)


def test_neo4j_parser_finds_no_error_in_the_corpus_script(cypher_linter, script):
    assert cypher_linter.lint(script.read_text(encoding="utf-8")) == []     # no error, no warning either


def test_neo4j_parser_finds_the_error_in_a_broken_script(cypher_linter, script):
    """The check can fail: an apostrophe left unescaped, or a variable the statement never bound."""
    escaped = next(s for s in script_statements(script) if "\\'" in s and "SET n += row.props" in s)
    assert cypher_linter.errors(escaped) == []
    assert cypher_linter.errors(escaped.replace("\\'", "'", 1))
    assert cypher_linter.errors(escaped.replace("SET n += row.props", "SET m += row.props", 1))


def test_falkordb_holds_the_graph_of_graph_ttl(loaded, corpus_build):
    graph, first, _ = loaded
    expected = from_turtle(corpus_build[0] / "graph.ttl")
    actual = from_cypher(rows_of(graph))
    assert first == expected.counts
    assert actual.labels == expected.labels
    assert actual.names == expected.names
    assert actual.sentences == expected.sentences
    assert actual.dates == expected.dates and actual.dates


def test_relationships_carry_their_evidence(loaded):
    graph, _, _ = loaded
    (props,) = graph.query("MATCH ({id: 'cao-bang'})-[r:BORDERS_ON]->({id: 'guangxi'}) RETURN properties(r)").result_set[0]
    n = len(props["sentences"])
    assert n >= 1 and props["confidence"] == max(props["confidences"])
    for key in ("sentence_documents", "sentence_languages", "char_starts", "char_ends", "extractors", "evidence"):
        assert len(props[key]) == n, key
    assert set(props["documents"]) == set(props["sentence_documents"])
    assert all(iri.startswith("https://w3id.org/kg-vn/resource/evidence-") for iri in props["evidence"])
    assert all(start < end for start, end in zip(props["char_starts"], props["char_ends"]))


def test_second_run_changes_nothing(loaded):
    graph, first, second = loaded
    assert second == (0, 0)
    assert counts(graph) == first


def test_constraints_hold_in_falkordb(loaded):
    graph, _, _ = loaded
    constraints = {(c[0], c[1], tuple(c[2])) for c in graph.query("CALL db.constraints()").result_set}
    assert {("UNIQUE", "Entity", ("id",)), ("UNIQUE", "Document", ("id",))} <= constraints
    with pytest.raises(Exception, match="(?i)unique|constraint"):
        graph.query("CREATE (:Entity {id: 'cao-bang'})")


def test_batches_hold_at_most_batch_rows(tmp_path):
    entities = {f"e{i:04d}": Entity(f"e{i:04d}", "Locality", f"E {i}", None, set()) for i in range(BATCH * 2 + 1)}
    write_cypher(KnowledgeGraph(entities, [], []), tmp_path / "g.cypher")
    merges = [s for s in script_statements(tmp_path / "g.cypher") if "n:Locality" in s]
    assert [s.count("`id`:") for s in merges] == [BATCH, BATCH, 1]


def test_literal_escapes():
    assert literal("it's") == r"'it\'s'"
    assert literal('say "hi"') == "'say \"hi\"'"
    assert literal("a\\b\nc\x01") == r"'a\\b\nc\u0001'"
    assert literal(["В'єтнам", 1, 0.5, True]) == r"['В\'єтнам', 1, 0.5, true]"
    assert literal({"k": "«x»"}) == "{`k`: '«x»'}"


def test_names_that_are_not_cypher_identifiers_are_refused():
    assert rel_type("cooperatesWith") == "COOPERATES_WITH"
    for bad in ("Locality) DETACH DELETE (n", "a b", "", "9x", "x`y"):
        with pytest.raises(KgError):
            identifier(bad)


# Any text a UTF-8 file can hold (no lone surrogates) except U+0000, which FalkorDB strings cannot hold.
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=40)


def unicode_graph(en: str, vi: str, uk: str, sentence: str) -> KnowledgeGraph:
    """A locality named by the given strings and one fact whose evidence sentence is `sentence`."""
    entities = {"place": Entity("place", "Locality", en, vi, {(uk, "uk"), (en, "en")}),
                "partner": Entity("partner", "Country", "Partner", None, set())}
    evidence = Evidence("d1", "uk", sentence, 0, len(sentence), "rule:test", 0.9)
    return KnowledgeGraph(entities, [Fact(Triple("place", "cooperatesWith", "partner"), evidence)],
                          [SourceDocument("d1", "d1.txt", "uk", len(sentence))])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(en=TEXT, vi=TEXT, uk=TEXT, sentence=TEXT)
@example(en="В'єтнам", vi="it's \\'", uk="«м’який бар’єр»", sentence='say "hi"\nnew line\\u0041 \\n\t; // x')
@example(en="\\", vi="'", uk="\u2028\x7f\x1f", sentence="😀 𝔘 ends with \\")
def test_any_unicode_round_trips_through_the_script(falkordb, cypher_linter, en, vi, uk, sentence):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.cypher"
        write_cypher(unicode_graph(en, vi, uk, sentence), path)
        assert cypher_linter.errors(path.read_text(encoding="utf-8")) == []
        graph = falkordb.graph("unicode")
        run_script(graph, path)
    (props,) = graph.query("MATCH (n:Locality) RETURN properties(n)").result_set[0]
    assert node_names(props) == {(en, "en"), (vi, "vi"), (uk, "uk")}
    (sentences,) = graph.query("MATCH (:Locality)-[r:COOPERATES_WITH]->(:Country) RETURN r.sentences").result_set[0]
    assert sentences == [sentence]


EXAMPLES = Path(__file__).resolve().parents[1] / "neo4j" / "examples.cypher"


def turtle_rows(corpus_build, select: str, *names: str) -> list[tuple]:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(corpus_build[0] / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    prefixes = ("PREFIX kg: <https://w3id.org/kg-vn/ontology#> PREFIX res: <https://w3id.org/kg-vn/resource/> "
                "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")
    return sorted(tuple(row[n].value for n in names) for row in store.query(prefixes + select))


def test_the_provenance_examples_answer_as_graph_ttl(loaded, corpus_build):
    """The examples that walk from an entity to its documents and from an edge to its sentences, run in
    FalkorDB (the others use Neo4j-only syntax such as COUNT { } subqueries)."""
    from kg.viz.notebook import cypher_examples

    graph, _, _ = loaded
    answers = {title: graph.query(statement).result_set for title, statement in cypher_examples(EXAMPLES)
               if title.startswith(("Which documents say", "The sentence behind an edge"))}
    assert len(answers) == 2
    documents = next(rows for title, rows in answers.items() if title.startswith("Which documents say"))
    expected = turtle_rows(corpus_build, "SELECT DISTINCT ?label WHERE { ?e rdf:subject|rdf:object res:cao-bang ; "
                           "prov:wasDerivedFrom ?d . ?d rdfs:label ?label }", "label")
    assert [(row[0],) for row in documents] == expected and expected
    behind = next(rows for title, rows in answers.items() if title.startswith("The sentence behind an edge"))
    expected = turtle_rows(corpus_build, "SELECT * WHERE { ?e rdf:subject res:cao-bang ; rdf:predicate kg:bordersOn ; "
                           "rdf:object res:guangxi ; prov:wasDerivedFrom ?d ; kg:charStart ?s ; kg:evidenceText ?t . "
                           "?d rdfs:label ?label }",
                           "label", "s", "t")
    assert [(row[0], str(row[1]), row[4]) for row in behind] == expected and expected


def test_mentions_offsets_are_the_sentences_of_the_documents_facts(loaded):
    graph, _, _ = loaded
    rows = graph.query("MATCH (d:Document)-[m:MENTIONS]->(n:Entity) "
                       "OPTIONAL MATCH (v:Evidence)-[:FROM_DOCUMENT]->(d) WHERE (v)-[:SUBJECT]->(n) OR (v)-[:OBJECT]->(n) "
                       "RETURN d.id, n.id, m.char_starts, collect(DISTINCT v.char_start)").result_set
    assert len(rows) > 100
    for doc, entity, starts, evidence_starts in rows:
        assert starts == sorted(starts) and set(starts) == set(evidence_starts), (doc, entity)
