"""Print query results: a table for people, or the W3C SPARQL results formats (CSV, JSON) for programs."""
from __future__ import annotations

import re
from typing import BinaryIO

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, QueryTriples
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.errors import KgError
from kg.query.store import QUERY_PREFIXES

OUTPUT_FORMATS = ("table", "csv", "json")
XSD = "http://www.w3.org/2001/XMLSchema#"
PLAIN_DATATYPES = {XSD + name for name in ("string", "integer", "decimal", "double", "boolean")}
# control characters and bidi overrides: written as escapes, so a value cannot drive or reorder the terminal
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with control characters and bidi overrides as Python escapes (escape → \\x1b, newline → \\n)."""
    return UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def compact(iri: str) -> str:
    """An IRI as prefix:local when one of the query prefixes covers it."""
    for prefix, ns in QUERY_PREFIXES.items():
        if iri.startswith(ns) and iri != ns:
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def cell(term) -> Text:
    """One term for the table: IRIs compacted, literals as their text with the language or datatype dimmed."""
    if term is None:
        return Text("")
    if isinstance(term, NamedNode):
        return Text(compact(term.value), style="cyan")
    if isinstance(term, BlankNode):
        return Text(f"_:{term.value}", style="cyan")
    if isinstance(term, Literal):
        text = Text(printable(term.value))
        if term.language:
            text.append(f" @{term.language}", style="dim")
        elif term.datatype.value not in PLAIN_DATATYPES:
            text.append(f" {compact(term.datatype.value)}", style="dim")
        return text
    return Text(str(term))


def _table(result: QuerySolutions) -> Table:
    names = [v.value for v in result.variables]
    table = Table(*names, show_lines=False)
    for solution in result:
        table.add_row(*(cell(solution[name]) for name in names))
    return table


def write_result(result: QuerySolutions | QueryBoolean | QueryTriples, fmt: str, out: BinaryIO,
                 console: Console) -> int | None:
    """Write `result` in `fmt`: a table on `console` (Turtle for CONSTRUCT and DESCRIBE), or W3C SPARQL CSV or
    JSON results (JSON-LD for graphs) as bytes to `out`. Returns the number of rows when it is known."""
    if fmt not in OUTPUT_FORMATS:
        raise KgError(f"unknown output format {fmt!r} (known: {', '.join(OUTPUT_FORMATS)})")
    if isinstance(result, QueryTriples):
        if fmt == "csv":
            raise KgError("CONSTRUCT and DESCRIBE give a graph: use --format table (Turtle) or json (JSON-LD)")
        triples = list(result)
        rdf_format = pyoxigraph.RdfFormat.TURTLE if fmt == "table" else pyoxigraph.RdfFormat.JSON_LD
        out.write(pyoxigraph.serialize(triples, format=rdf_format, prefixes=QUERY_PREFIXES))
        return len(triples)
    if fmt == "table":
        if isinstance(result, QueryBoolean):
            console.print("yes" if bool(result) else "no")
            return None
        table = _table(result)
        console.print(table)
        return table.row_count
    out.write(result.serialize(format=pyoxigraph.QueryResultsFormat.CSV if fmt == "csv"
                               else pyoxigraph.QueryResultsFormat.JSON))
    return None
