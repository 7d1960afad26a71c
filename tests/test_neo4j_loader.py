"""kg load: the Bolt loader sends the script's statements with the rows as $rows. Without a server, those
statements are checked by Neo4j's parser and run in FalkorDB; the command's errors are checked on a closed
port. With NEO4J_URI set, the loader runs against that live Neo4j."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from cypher_lint import cypher_linter  # noqa: F401  (fixture)
from expected_graph import from_cypher, from_turtle
from falkordb_engine import counts, falkordb, run_neo4j_statement  # noqa: F401
from kg.errors import KgError
from kg.export import cypher_queries as q
from kg.export.cypher import literal, statements
from kg.export.property_graph import PROVENANCE, date_rows, entity_rows, relationship_rows
from kg.load.neo4j_loader import load_graph, plan


@pytest.fixture(scope="module")
def graph(corpus_build):
    from kg.graph import load_graph as read_graph

    return read_graph(corpus_build[0])


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kg_load(out, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | (env or {})
    return subprocess.run([sys.executable, "-m", "kg", "load", str(out), *args], capture_output=True, text=True,
                          env=environment, stdin=subprocess.DEVNULL, timeout=120)


def test_loader_sends_the_script_statements_with_rows_as_a_parameter(graph):
    work = plan(graph)
    assert all(statement.startswith("UNWIND $rows AS row ") for statement, _ in work)
    assert q.CONSTRAINTS + [statement.replace("$rows", literal(rows), 1) for statement, rows in work] \
        == list(statements(graph))
    # one text per label, relationship type or date property whatever the rows: Neo4j plans each once
    groups = 1 + len(entity_rows(graph)) + len(relationship_rows(graph)) + len(date_rows(graph)) + 1 + len(PROVENANCE)
    assert len({statement for statement, _ in plan(graph, size=7)}) == groups


def test_rows_are_values_the_driver_sends(graph):
    def plain(value) -> bool:
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return isinstance(value, (str, int, float, bool))

    assert all(plain(rows) for _, rows in plan(graph))


def test_parameterised_statements_pass_neo4js_parser(cypher_linter, graph):
    texts = sorted({s for s, _ in plan(graph)})
    assert cypher_linter.lint("".join(t + ";\n" for t in texts), params=("rows",)) == []
    undeclared = cypher_linter.errors(texts[0])     # the check can fail: $rows is checked as a parameter
    assert undeclared and all("$rows" in d["message"] for d in undeclared)


def test_parameterised_statements_load_the_graph_in_falkordb(falkordb, graph, corpus_build):
    db = falkordb.graph("bolt_plan")

    def load() -> tuple[int, int]:
        created = [0, 0]
        for statement in q.CONSTRAINTS:
            run_neo4j_statement(db, statement)
        for statement, rows in plan(graph):
            result = db.query(statement, {"rows": rows})
            created[0] += int(result.nodes_created)
            created[1] += int(result.relationships_created)
        return created[0], created[1]

    expected = from_turtle(corpus_build[0] / "graph.ttl")
    assert load() == expected.counts == counts(db)
    actual = from_cypher(lambda query: db.query(query).result_set)
    assert (actual.labels, actual.names, actual.sentences, actual.dates) == \
        (expected.labels, expected.names, expected.sentences, expected.dates)
    assert load() == (0, 0) and counts(db) == expected.counts


def test_unreachable_server_is_a_clear_error(corpus_build):
    port = closed_port()
    run = kg_load(corpus_build[0], "--uri", f"bolt://127.0.0.1:{port}", env={"NEO4J_PASSWORD": "x"})
    assert run.returncode == 2
    assert "cannot reach Neo4j at bolt://127.0.0.1" in run.stderr and "Traceback" not in run.stderr


def test_the_api_raises_kgerror_when_unreachable(graph):
    with pytest.raises(KgError, match="cannot reach Neo4j"):
        load_graph(graph, f"neo4j://127.0.0.1:{closed_port()}", "neo4j", "x")


def test_without_a_password_nothing_is_sent(corpus_build):
    run = kg_load(corpus_build[0], "--uri", f"bolt://127.0.0.1:{closed_port()}")
    assert run.returncode == 2 and "NEO4J_PASSWORD" in run.stderr


@pytest.mark.parametrize("uri", ["http://localhost:7474", "localhost:7687", "bolt://[::1"])
def test_an_address_that_is_not_bolt_is_refused(corpus_build, uri):
    run = kg_load(corpus_build[0], "--uri", uri, env={"NEO4J_PASSWORD": "x"})
    assert run.returncode == 2 and "Bolt address" in run.stderr and "Traceback" not in run.stderr


def test_a_folder_without_a_graph_is_refused(tmp_path):
    run = kg_load(tmp_path, env={"NEO4J_PASSWORD": "x"})
    assert run.returncode == 2 and "no built graph" in run.stderr


@pytest.mark.neo4j
def test_live_neo4j_loads_the_graph_once(graph, corpus_build):
    """Against the Neo4j at NEO4J_URI (user NEO4J_USERNAME, password NEO4J_PASSWORD, NEO4J_DATABASE)."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip("no live Neo4j: set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to run it")
    user, password = os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")
    database = os.environ.get("NEO4J_DATABASE")
    seen = []
    first = load_graph(graph, uri, user, password, database, progress=lambda done, total: seen.append((done, total)))
    second = load_graph(graph, uri, user, password, database)
    assert seen and seen[-1][0] == seen[-1][1] == first["rows"]
    assert second["nodes_created"] == 0 and second["relationships_created"] == 0
    from neo4j import GraphDatabase

    expected = from_turtle(corpus_build[0] / "graph.ttl")
    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        actual = from_cypher(lambda query: [list(r.values()) for r in driver.execute_query(query, database_=database).records])
    mine = set(expected.labels)
    assert {k: v for k, v in actual.labels.items() if k in mine} == expected.labels
    assert {k: v for k, v in actual.names.items() if k in mine} == expected.names
    assert {k: v for k, v in actual.sentences.items() if k[0] in mine and k[2] in mine} == expected.sentences
    assert {k: v for k, v in actual.dates.items() if k[0] in mine} == expected.dates
    with pytest.raises(KgError, match="refused user"):
        load_graph(graph, uri, user, password + "-wrong", database)


def test_a_server_that_never_answers_is_given_up_on_within_seconds(corpus_build):
    import threading
    import time

    with socket.create_server(("127.0.0.1", 0)) as silent:      # accepts connections and says nothing
        accepted: list[socket.socket] = []
        threading.Thread(target=lambda: accepted.append(silent.accept()[0]), daemon=True).start()
        started = time.monotonic()
        run = kg_load(corpus_build[0], "--uri", f"bolt://127.0.0.1:{silent.getsockname()[1]}",
                      env={"NEO4J_PASSWORD": "x"})
        seconds = time.monotonic() - started
    assert accepted and run.returncode == 2 and "cannot reach Neo4j" in run.stderr
    assert seconds < 20


def test_without_a_terminal_no_password_is_read_from_stdin(corpus_build):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    run = subprocess.run([sys.executable, "-m", "kg", "load", str(corpus_build[0]), "--uri",
                          f"bolt://127.0.0.1:{closed_port()}"], input="secret\n", capture_output=True, text=True,
                         env=environment, timeout=60)
    assert run.returncode == 2 and "no terminal" in run.stderr and "password" not in run.stdout
