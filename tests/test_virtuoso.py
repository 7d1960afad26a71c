"""`kg query` answers the same as a real SPARQL server: OpenLink Virtuoso, started on loopback in a temporary
folder and loaded with the corpus build's graph.ttl and the ontology, answers every query in queries/."""
import csv
import io
import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from virtuoso import Virtuoso

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
GRAPH = "http://kg.test/corpus"
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger")}


@pytest.fixture(scope="module")
def server(corpus_build, tmp_path_factory):
    virtuoso = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    virtuoso.start()
    try:
        virtuoso.load([corpus_build[0] / "graph.ttl", ROOT / "ontology" / "kg.ttl"], GRAPH)
        yield virtuoso
    finally:
        virtuoso.stop()


def kg_query(out: Path, query: Path, fmt: str) -> str:
    run = subprocess.run([sys.executable, "-m", "kg", "query", str(out), "--file", str(query), "--format", fmt],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run.stdout


def term(t: dict) -> tuple:
    """A SPARQL JSON term, normalised where two correct servers may differ: Virtuoso says "typed-literal"
    (the older JSON format) and writes numbers canonically ("0.9" for "0.90")."""
    if t["type"] == "uri":
        return ("uri", t["value"])
    if t["type"] == "bnode":
        return ("bnode",)
    lang = t.get("xml:lang", "").lower()
    datatype = t.get("datatype") or ("" if lang else XSD + "string")
    value = Decimal(t["value"]).normalize() if datatype in NUMERIC else t["value"]
    return ("literal", value, lang, datatype)


def concatenated(query: str) -> set[str]:
    """The variables a query binds with GROUP_CONCAT(... ; separator=", ")."""
    return set(re.findall(r"GROUP_CONCAT\([^;)]*;\s*separator\s*=\s*\", \"\)\s+AS\s+\?(\w+)", query, re.IGNORECASE))


def items(concatenation: str) -> tuple:
    return ("items", tuple(sorted(concatenation.split(", ")))) if concatenation else ("items", ())


def answer(results: dict, query: str) -> tuple:
    """The answer as sorted rows of normalised terms. The one place where the engines are allowed to differ:
    SPARQL leaves the order of GROUP_CONCAT's items open, and a concatenation of literals that share a language
    tag keeps it in pyoxigraph (as CONCAT does) but not in Virtuoso, and over no values at all pyoxigraph leaves
    the variable unbound where Virtuoso binds "", so GROUP_CONCAT columns are compared as the multiset of their
    items, none for "" or unbound."""
    if "boolean" in results:
        return ("boolean", results["boolean"])
    names = results["head"]["vars"]
    joined = concatenated(query)

    def value(binding: dict, name: str):
        if name in joined:
            return items(binding[name]["value"] if name in binding else "")
        return term(binding[name]) if name in binding else None
    rows = [tuple(value(b, n) for n in names) for b in results["results"]["bindings"]]
    return (tuple(names), sorted(rows, key=repr))


def csv_cells(text: str, query: str) -> list[list]:
    """CSV rows, sorted, numbers compared as numbers and GROUP_CONCAT columns as item multisets (see answer)."""
    header, *rows = list(csv.reader(io.StringIO(text)))
    joined = concatenated(query)

    def cell(name: str, value: str):
        if name in joined:
            return items(value)
        try:
            return Decimal(value).normalize()
        except InvalidOperation:
            return value
    return [header] + sorted(([cell(n, v) for n, v in zip(header, row)] for row in rows), key=repr)


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_json_answers_equal_virtuoso(server, corpus_build, query):
    text = query.read_text(encoding="utf-8")
    ours = answer(json.loads(kg_query(corpus_build[0], query, "json")), text)
    theirs = answer(server.select(text, GRAPH), text)
    assert ours == theirs
    assert ours[1], f"{query.name} has an empty answer: the comparison would prove little"


@pytest.mark.parametrize("ask, expected", [
    ("ASK { ?e rdf:subject res:cao-bang ; rdf:predicate kg:bordersOn ; rdf:object res:guangxi }", True),
    ("ASK { res:guangxi kg:bordersOn res:hanoi }", False),
])
def test_ask_answers_equal_virtuoso(server, corpus_build, ask, expected):
    prefixes = ("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX kg: <https://w3id.org/kg-vn/ontology#> "
                "PREFIX res: <https://w3id.org/kg-vn/resource/> ")
    run = subprocess.run([sys.executable, "-m", "kg", "query", str(corpus_build[0]), prefixes + ask, "--format", "json"],
                         capture_output=True, text=True)
    assert json.loads(run.stdout)["boolean"] is expected
    assert server.select(prefixes + ask, GRAPH)["boolean"] is expected


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_csv_answers_equal_virtuoso(server, corpus_build, query):
    text = query.read_text(encoding="utf-8")
    ours = csv_cells(kg_query(corpus_build[0], query, "csv"), text)
    params = urllib.parse.urlencode({"query": text, "default-graph-uri": GRAPH})
    request = urllib.request.Request(f"http://127.0.0.1:{server.http_port}/sparql?{params}",
                                     headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=60) as response:
        theirs = csv_cells(response.read().decode("utf-8"), text)
    assert ours == theirs
