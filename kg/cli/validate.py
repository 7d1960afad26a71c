"""`kg validate`: check a written graph against the SHACL shapes of the ontology."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.console import console


@click.command(help="Check GRAPH (a `kg build` folder or an RDF file: .ttl, .nt, .jsonld, .trig, .nq) against "
                    "ontology/shapes.ttl. Prints one line per violation: focus node, path, message, value. "
                    "Exit 0 when the graph conforms, 1 when there are violations, 2 for unreadable input.")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--quiet", is_flag=True, help="Print nothing: the exit code alone says whether the graph conforms.")
def validate(graph: Path, quiet: bool) -> None:
    from kg.validate import validate_file

    violations = validate_file(graph)
    if quiet:
        raise SystemExit(1 if violations else 0)
    for v in violations:
        value = f"\t{v.value}" if v.value and v.value != v.focus else ""
        click.echo(f"{v.focus}\t{v.path or '-'}\t{v.message}{value}")
    if violations:
        console.print(f"[red]{len(violations)} SHACL violation{'s' * (len(violations) != 1)}[/red] in {graph}", soft_wrap=True)
        raise SystemExit(1)
    console.print(f"[green]conforms:[/green] {graph} has no SHACL violations", soft_wrap=True)
