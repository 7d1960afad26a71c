"""`kg query`: SPARQL on the built graph and the ontology, as a table, W3C CSV or JSON; clear errors."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

QUERIES = Path(__file__).resolve().parents[1] / "queries"


def kg(*args):
    """Run the CLI; stderr with its line wrapping undone (rich wraps messages to the console width)."""
    run = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)
    run.stderr = " ".join(run.stderr.split())
    return run


def test_select_as_csv_json_and_table(corpus_build):
    out = corpus_build[0]
    sparql = "SELECT ?e ?d WHERE { ?e kg:heldOn ?d } ORDER BY ?d ?e"   # prefixes kg:, xsd: are declared
    rows = list(csv.reader(io.StringIO(kg("query", out, sparql, "--format", "csv").stdout)))
    assert rows[0] == ["e", "d"] and ["https://w3id.org/kg-vn/resource/meet-korea-2025", "2025-05-14"] in rows
    bindings = json.loads(kg("query", out, sparql, "--format", "json").stdout)["results"]["bindings"]
    assert len(bindings) == len(rows) - 1
    assert {b["d"]["datatype"] for b in bindings} == {"http://www.w3.org/2001/XMLSchema#date"}
    table = kg("query", out, sparql)
    assert table.returncode == 0 and "res:meet-korea-2025" in table.stdout and "2025-05-14" in table.stdout
    assert f"{len(bindings)} rows" in table.stderr


def test_the_ontology_is_loaded_with_the_graph(corpus_build):
    run = kg("query", corpus_build[0], 'SELECT ?label WHERE { kg:bordersOn rdfs:label ?label FILTER(LANG(?label) = "vi") }',
             "--format", "csv")
    assert run.stdout.splitlines() == ["label", "giáp với"]


def test_ask_and_construct(corpus_build):
    out = corpus_build[0]
    assert kg("query", out, "ASK { res:cao-bang kg:bordersOn res:guangxi }").stdout.strip() == "yes"
    assert json.loads(kg("query", out, "ASK { res:guangxi kg:bordersOn res:hanoi }", "--format", "json").stdout)["boolean"] is False
    construct = kg("query", out, "CONSTRUCT { ?s kg:bordersOn ?o } WHERE { ?s kg:bordersOn ?o }")
    assert construct.returncode == 0 and "res:cao-bang kg:bordersOn" in construct.stdout


@pytest.mark.parametrize("query", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_example_query_answers(corpus_build, query):
    run = kg("query", corpus_build[0], "--file", query, "--format", "json")
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    assert answer["results"]["bindings"], query.name


def test_evidence_in_trig_named_graphs_is_queried_like_turtle(corpus_build, tmp_path):
    assert kg("export", corpus_build[0], "--format", "trig", "--to", tmp_path).returncode == 0
    query = QUERIES / "facts-with-evidence.rq"
    from_trig = kg("query", tmp_path / "graph.trig", "--file", query, "--format", "csv").stdout
    assert from_trig == kg("query", corpus_build[0], "--file", query, "--format", "csv").stdout
    assert from_trig.count("\n") > 50


def test_bad_queries_exit_2(corpus_build, tmp_path):
    out = corpus_build[0]
    bad = kg("query", out, "SELEC ?x WHERE { ?x ?p ?o }")
    assert bad.returncode == 2 and "bad SPARQL" in bad.stderr
    assert kg("query", out, "SELECT ?x WHERE { ?x a undeclared:Thing }").returncode == 2
    assert kg("query", out).returncode == 2                                             # no query at all
    assert kg("query", out, "ASK {}", "--file", QUERIES / "relations.rq").returncode == 2   # two queries
    graph_as_csv = kg("query", out, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "--format", "csv")
    assert graph_as_csv.returncode == 2 and "json" in graph_as_csv.stderr
    assert kg("query", tmp_path / "missing", "ASK {}").returncode == 2
    (tmp_path / "q.rq").write_bytes(b"\xff\xfe")
    assert kg("query", out, "--file", tmp_path / "q.rq").returncode == 2


def test_service_is_refused_before_any_connection(corpus_build):
    import contextlib
    import socket
    import threading

    import pyoxigraph

    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(10)
        service = f"SERVICE <http://127.0.0.1:{listener.getsockname()[1]}/sparql> {{ ?s ?p ?o }}"

        def query_directly() -> None:
            with contextlib.suppress(OSError):
                list(pyoxigraph.Store().query(f"SELECT * WHERE {{ {service} }}"))

        reach = threading.Thread(target=query_directly)   # pyoxigraph alone does connect: the listener sees it
        reach.start()
        listener.accept()[0].close()
        reach.join()
        listener.setblocking(False)
        for sparql in (f"SELECT * WHERE {{ {service} }}", f"select * {{ ?a ?b ?c . {service.lower()} }}",
                       f"SELECT * WHERE {{ \\u0053ERVICE {service[7:]} }}"):
            run = kg("query", corpus_build[0], sparql)
            assert run.returncode == 2 and "SERVICE is not allowed" in run.stderr and "Traceback" not in run.stderr
            with pytest.raises(BlockingIOError):
                listener.accept()
    names = kg("query", corpus_build[0], 'SELECT ?service WHERE { BIND("SERVICE <http://x/>" AS ?service) } # SERVICE')
    assert names.returncode == 0 and "SERVICE <http://x/>" in names.stdout


@pytest.mark.parametrize("update", ["INSERT DATA { res:a kg:bordersOn res:b }", "DELETE WHERE { ?s ?p ?o }",
                                    "LOAD <http://127.0.0.1:1/graph.ttl>", "CLEAR ALL"])
def test_updates_are_refused_with_a_message(corpus_build, update):
    run = kg("query", corpus_build[0], update)
    assert run.returncode == 2 and "are not allowed: kg query only reads the graph" in run.stderr


def test_control_characters_are_escaped_in_the_table(corpus_build):
    run = kg("query", corpus_build[0], 'SELECT ?x WHERE { BIND("red\\u001b[31m\\nnext\\u202e" AS ?x) }')
    assert run.returncode == 0 and "\x1b" not in run.stdout and "\u202e" not in run.stdout
    assert "red\\x1b[31m\\nnext\\u202e" in run.stdout
