"""`kg load`: load a built graph into a running Neo4j over Bolt."""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.cli.console import console
from kg.errors import KgError


def password_from_env_or_prompt() -> str:
    """NEO4J_PASSWORD, or asked for without echo when there is a terminal to ask on."""
    password = os.environ.get("NEO4J_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise KgError("no password: set NEO4J_PASSWORD (there is no terminal to ask for it on)")
    try:
        return click.prompt("Neo4j password", hide_input=True, err=True)
    except click.exceptions.Abort:
        raise KgError("no password: set NEO4J_PASSWORD or type it at the prompt") from None


@click.command(help="Load the graph built in OUT (a `kg build` output folder or its graph.ttl) into a running "
                  "Neo4j over Bolt. The password comes from NEO4J_PASSWORD or is asked for. Running it twice "
                  "changes nothing. With --sync the database is made equal to the build: what changed or removed "
                  "articles no longer say goes, and entities left without them.")
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--uri", envvar="NEO4J_URI", default="bolt://localhost:7687", show_default=True,
              help="Bolt address of the server (or env NEO4J_URI).")
@click.option("--user", envvar=["NEO4J_USERNAME", "NEO4J_USER"], default="neo4j", show_default=True,
              help="User name (or env NEO4J_USERNAME, NEO4J_USER).")
@click.option("--database", envvar="NEO4J_DATABASE", default=None,
              help="Database to load into (or env NEO4J_DATABASE; default: the server's default database).")
@click.option("--sync", is_flag=True, help="Make the database equal to the build: replace properties, delete the "
              "documents, evidence, facts and entities it no longer has (nothing kg did not make is touched).")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def load(out: Path, uri: str, user: str, database: str | None, sync: bool, quiet: bool) -> None:
    from kg.graph import load_graph
    from kg.load.neo4j_loader import load_graph as load_into_neo4j

    logging.getLogger("neo4j").setLevel(logging.CRITICAL)   # the driver logs the error kg reports
    graph = load_graph(out)
    password = password_from_env_or_prompt()
    start = time.perf_counter()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, disable=quiet, transient=True) as progress:
        task = progress.add_task(f"loading into {uri}", total=None)
        counts = load_into_neo4j(graph, uri, user, password, database,
                                 progress=lambda done, total: progress.update(task, completed=done, total=total),
                                 sync=sync)
    if not quiet:
        table = Table(title=f"kg load → {uri}" + (f" ({database})" if database else ""))
        table.add_column("what")
        table.add_column("count", justify="right")
        for name, value in counts.items():
            table.add_row(name.replace("_", " "), f"{value:,}")
        table.add_row("time", f"{time.perf_counter() - start:.2f} s")
        console.print(table)
