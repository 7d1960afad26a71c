"""`kg viz`: one self-contained interactive HTML page of the graph, or of a part of it."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.console import console


@click.command(help="Draw the graph a build wrote (GRAPH: its output folder or graph.ttl) as one "
                    "self-contained HTML page: nodes coloured by class, a legend, evidence in the tooltips.")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option("--out", "out", default=Path("graph.html"), show_default=True,
              type=click.Path(path_type=Path, dir_okay=False), help="The HTML file to write.")
@click.option("--entity", "entities", multiple=True,
              help="Draw only what is near this entity (id, IRI or a label in any language); repeatable.")
@click.option("--relation", "relations", multiple=True,
              help="Draw only facts of this relation (e.g. cooperatesWith); repeatable.")
@click.option("--hops", default=1, show_default=True, type=int,
              help="With --entity: how many facts away from it to go.")
@click.option("--quiet", is_flag=True, help="Print nothing.")
def viz(graph_path: Path, out: Path, entities: tuple[str, ...], relations: tuple[str, ...], hops: int,
        quiet: bool) -> None:
    from kg.errors import KgError
    from kg.graph import load_graph
    from kg.graph.from_rdf import graph_file
    from kg.viz import render_page, select
    from kg.viz.page import write_page

    graph = load_graph(graph_path)
    view = select(graph, entities, relations, hops)
    if view.number_of_nodes() == 0:
        raise KgError(f"nothing to draw: the graph at {graph_path} has no facts")
    parts = []
    if entities:
        parts.append(f"within {hops} hop{'s' if hops != 1 else ''} of {', '.join(entities)}")
    if relations:
        parts.append(f"relations {', '.join(relations)}")
    html = render_page(graph, view, title=f"kg · {graph_file(graph_path)}", subtitle="; ".join(parts))
    write_page(html, out)
    if not quiet:
        console.print(f"{out}: {view.number_of_nodes()} entities, {view.number_of_edges()} facts")
