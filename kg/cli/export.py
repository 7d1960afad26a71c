"""`kg export`: write a built graph in other formats."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.console import console
from kg.export import FORMATS
from kg.export.write import write_outputs


@click.command(help="Write the graph built in OUT (a `kg build` folder, or an RDF file kg wrote) in each --format "
                    "given, into OUT or --to DIR. Formats: " + ", ".join(
                        f"{name} ({filename})" for name, (filename, _) in FORMATS.items()) + ".")
@click.argument("source", metavar="OUT", type=click.Path(path_type=Path))
@click.option("--format", "formats", required=True, multiple=True, type=click.Choice(list(FORMATS)),
              help="Output format (repeat for several).")
@click.option("--to", "target", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder to write into (default: OUT itself, or the folder of an RDF file).")
@click.option("--quiet", is_flag=True, help="Print nothing.")
def export(source: Path, formats: tuple[str, ...], target: Path | None, quiet: bool) -> None:
    from kg.graph import load_graph

    graph = load_graph(source)
    folder = target or (source if source.is_dir() else source.parent)
    written = write_outputs(graph, folder, list(dict.fromkeys(formats)))
    if not quiet:
        for path in written:
            console.print(f"wrote {path}")
