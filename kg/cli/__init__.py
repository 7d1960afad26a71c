"""The `kg` command line: one module per command, registered on one click group."""
from __future__ import annotations

import sys

import click
from rich.markup import escape

from kg.cli.build import build
from kg.cli.console import console
from kg.cli.export import export
from kg.cli.load import load
from kg.cli.query import query
from kg.cli.validate import validate
from kg.cli.viz import viz
from kg.errors import KgError


@click.group(help="Build multilingual knowledge graphs of news and policy articles.",
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    pass


cli.add_command(build)
cli.add_command(export)
cli.add_command(load)
cli.add_command(query)
cli.add_command(validate)
cli.add_command(viz)


def main() -> None:
    try:
        cli(standalone_mode=False)
    except KgError as err:
        console.print(f"[red]error:[/red] {escape(str(err))}", soft_wrap=True, highlight=False)
        sys.exit(2)
    except click.exceptions.Abort:
        sys.exit(130)
    except click.ClickException as err:
        # one line, like every other error ("error: Missing argument 'INPUTS...' (kg build --help)")
        where = f" ({err.ctx.command_path} --help)" if isinstance(err, click.UsageError) and err.ctx else ""
        console.print(f"[red]error:[/red] {escape(err.format_message())}{where}", soft_wrap=True, highlight=False)
        sys.exit(err.exit_code)
