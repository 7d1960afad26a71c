"""`kg query`: SPARQL over a written graph."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from kg.cli.console import console
from kg.errors import KgError


@click.command(help="Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the graph in GRAPH (a `kg build` "
                    "folder or an RDF file) together with ontology/kg.ttl, in pyoxigraph's embedded store. "
                    "The prefixes kg, res, rdf, rdfs, owl, skos, xsd, prov and dcterms are declared. Examples:\n\n"
                    "kg query out/ 'SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p'\n\n"
                    "kg query out/ --file queries/partners.rq --format csv")
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Read the query from this file instead.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table for people; csv and json are the W3C SPARQL results formats (JSON-LD for graphs).")
@click.option("--quiet", is_flag=True, help="Only the result on stdout: no row count on stderr.")
def query(graph: Path, sparql: str | None, query_file: Path | None, fmt: str, quiet: bool) -> None:
    from kg.query import open_store, run_query, write_result

    if (sparql is None) == (query_file is None):
        raise KgError("give the query either as an argument or with --file, not both or neither")
    if query_file is not None:
        try:
            sparql = query_file.read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            raise KgError(f"{query_file}: not UTF-8 text ({err})") from err
    store = open_store(graph)
    result = run_query(store, sparql)
    rows = write_result(result, fmt, sys.stdout.buffer, Console(highlight=False))
    sys.stdout.flush()
    if rows is not None and fmt == "table" and not quiet:
        console.print(f"{rows} row{'s' * (rows != 1)}", style="dim")
