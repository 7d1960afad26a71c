"""SELECT answers as plain Python tables (for notebooks): IRIs of kg's namespaces as kg:x / res:x,
numbers as numbers, other literals as their text, unbound as None."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
from pyoxigraph import Literal, NamedNode

from kg.errors import KgError
from kg.ontology import KG, RES
from kg.query.store import run_query

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMBERS = {XSD + "integer": int, XSD + "decimal": float, XSD + "double": float}
SHORT = {str(KG): "kg:", str(RES): "res:"}


def _value(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        cast = NUMBERS.get(term.datatype.value)
        return cast(term.value) if cast else term.value
    if isinstance(term, NamedNode):
        for namespace, prefix in SHORT.items():
            if term.value.startswith(namespace):
                return prefix + term.value[len(namespace):]
    return term.value


def sparql_table(store: pyoxigraph.Store, query: str) -> tuple[list[str], list[tuple]]:
    """(column names, rows) of a SELECT query."""
    solutions = run_query(store, query)
    if not isinstance(solutions, pyoxigraph.QuerySolutions):
        raise KgError("only SELECT queries give a table")
    columns = [v.value for v in solutions.variables]
    return columns, [tuple(_value(row[c]) for c in columns) for row in solutions]


def query_file(store: pyoxigraph.Store, path: str | Path) -> tuple[list[str], list[tuple]]:
    """The table of the SELECT query kept in the file at `path` (e.g. queries/resolution-59.rq)."""
    return sparql_table(store, Path(path).read_text(encoding="utf-8"))
