"""kg load --sync: in FalkorDB, loading build 1 and then syncing build 2 (one article changed, one removed)
gives exactly the graph that loading build 2 into an empty database gives; a second sync changes nothing, and
nodes kg did not make are left alone. With NEO4J_URI set, the same against a live Neo4j."""
from __future__ import annotations

import os
from dataclasses import replace

import pytest

from cypher_lint import cypher_linter  # noqa: F401  (fixture)
from falkordb_engine import falkordb, run_neo4j_statement  # noqa: F401
from kg.export import cypher_queries as q
from kg.load.neo4j_loader import load_graph, plan, sync_plan
from kg.pipeline import build_documents
from kg.read import read_documents

DUMP_NODES = "MATCH (n) RETURN labels(n), properties(n)"
DUMP_RELATIONSHIPS = "MATCH (a)-[r]->(b) RETURN a.id, labels(a), type(r), b.id, properties(r)"


@pytest.fixture(scope="module")
def builds(corpus_dir):
    """(build 1, build 2): three articles; then the first unchanged, the second cut to its first half, the
    third gone."""
    docs = {d.id: d for d in read_documents([corpus_dir])}
    first, second, third = (docs[i] for i in ("001_34677b734d0368ef", "002_480f883902040ce2", "004_b7fd581e39940906"))
    changed = replace(second, text=second.text[:len(second.text) // 2])
    return build_documents([first, second, third]), build_documents([first, changed])


def dump(run) -> tuple[list, list]:
    """Every node and relationship, as sorted comparable values."""
    def norm(value):
        if isinstance(value, dict):
            return tuple(sorted((k, norm(v)) for k, v in value.items()))
        if isinstance(value, list):
            return tuple(norm(v) for v in value)
        return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)
    return (sorted(norm(row) for row in run(DUMP_NODES)), sorted(norm(row) for row in run(DUMP_RELATIONSHIPS)))


def falkor_load(db, graph, sync: bool = False) -> None:
    for statement in q.CONSTRAINTS:
        run_neo4j_statement(db, statement)
    work = sync_plan(graph) if sync else [(s, {"rows": rows}) for s, rows in plan(graph)]
    for statement, params in work:
        db.query(statement, params)


def test_sync_gives_the_graph_of_a_fresh_load(falkordb, builds):
    old, new = builds
    fresh = falkordb.graph("sync_fresh")
    falkor_load(fresh, new)
    expected = dump(lambda query: fresh.query(query).result_set)

    live = falkordb.graph("sync_live")
    falkor_load(live, old)
    live.query("MATCH (n:Entity {id: 'cao-bang'}) CREATE (:Note {id: 'mine'})-[:ABOUT]->(n)")   # not kg's
    before = dump(lambda query: live.query(query).result_set)
    assert before != expected
    falkor_load(live, new, sync=True)
    notes = live.query("MATCH (x:Note)-[r:ABOUT]->(n) RETURN x.id, n.id").result_set
    assert notes == [["mine", "cao-bang"]]
    live.query("MATCH (x:Note) DETACH DELETE x")
    after = dump(lambda query: live.query(query).result_set)
    assert after == expected
    live.query("MATCH (n:Entity {id: 'cao-bang'}) CREATE (:Note {id: 'mine'})-[:ABOUT]->(n)")
    falkor_load(live, new, sync=True)                                                   # twice: no change
    live.query("MATCH (x:Note) DETACH DELETE x")
    assert dump(lambda query: live.query(query).result_set) == expected

    gone = {d.id for d in old.documents} - {d.id for d in new.documents}
    assert gone and not live.query("MATCH (d:Document) WHERE d.id IN $ids RETURN d", {"ids": sorted(gone)}).result_set
    orphans = set(old.entities) - set(new.entities)
    assert orphans and not live.query("MATCH (n:Entity) WHERE n.id IN $ids RETURN n", {"ids": sorted(orphans)}).result_set


def test_sync_statements_pass_neo4js_parser(cypher_linter, builds):
    texts = sorted({statement for statement, _ in sync_plan(builds[1])})
    assert any("REMOVE n:" in t for t in texts) and any("DETACH DELETE" in t for t in texts)
    assert cypher_linter.lint("".join(t + ";\n" for t in texts), params=("rows", "keys", "ids")) == []


@pytest.mark.neo4j
def test_live_neo4j_sync_gives_the_graph_of_a_fresh_load(builds):
    """Against the Neo4j at NEO4J_URI: the database is cleared of kg's nodes first."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip("no live Neo4j: set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to run it")
    from neo4j import GraphDatabase

    user, password = os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")
    database = os.environ.get("NEO4J_DATABASE")
    old, new = builds
    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        def run(query):
            return [list(r.values()) for r in driver.execute_query(query, database_=database).records]

        def clear():
            run("MATCH (n) WHERE n:Entity OR n:Document OR n:Evidence DETACH DELETE n")

        clear()
        load_graph(new, uri, user, password, database)
        expected = dump(run)
        clear()
        load_graph(old, uri, user, password, database)
        load_graph(new, uri, user, password, database, sync=True)
        assert dump(run) == expected
        second = load_graph(new, uri, user, password, database, sync=True)
        assert dump(run) == expected and second["nodes_created"] == second["nodes_deleted"] == 0
