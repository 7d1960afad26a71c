"""`kg build`: read, extract, resolve and write the graph."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.cli.console import console
from kg.export.write import check_writable, write_outputs
from kg.model import LANGUAGES

SHOWN_VIOLATIONS = 10


def summary(graph, written: list[Path], violations: list) -> Table:
    counts = graph.counts()
    table = Table(title="kg build", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    langs = ", ".join(f"{k} {v}" for k, v in sorted(counts["languages"].items()))
    table.add_row("documents", f"{len(graph.documents)} ({langs})")
    table.add_row("characters", f"{sum(d.chars for d in graph.documents):,}")
    for cls, n in sorted(counts["classes"].items()):
        table.add_row(f"entities: {cls}", str(n))
    for rel, n in sorted(counts["relations"].items()):
        table.add_row(f"triples: {rel}", str(n))
    table.add_row("triples with evidence", str(len(graph.evidence)))
    table.add_row("evidence records", str(sum(len(v) for v in graph.evidence.values())))
    table.add_row("SHACL violations", str(len(violations)))
    table.add_row("time", f"{graph.seconds:.2f} s")
    table.add_row("written", "\n".join(str(p) for p in written))
    return table


def json_summary(graph, written: list[Path], violations: list | None, skipped: list[str]) -> dict:
    """What the summary table shows, for programs: counts, time, version and the files written."""
    from kg import __version__

    counts = graph.counts()
    return {
        "kg_version": __version__,
        "documents": len(graph.documents),
        "languages": dict(sorted(counts["languages"].items())),
        "characters": sum(d.chars for d in graph.documents),
        "entities": dict(sorted(counts["classes"].items())),
        "triples": dict(sorted(counts["relations"].items())),
        "triples_with_evidence": len(graph.evidence),
        "evidence_records": sum(len(v) for v in graph.evidence.values()),
        "shacl_violations": None if violations is None else len(violations),
        "skipped": skipped,
        "seconds": round(graph.seconds, 3),
        "outputs": [str(p) for p in written],
    }


@click.command(help="Build the graph of INPUT files, directories of them (.txt, .md, .jsonl with one article "
                    "per line, .html/.htm) or - for standard input; write OUT/graph.ttl (RDF with evidence) and "
                    "OUT/graph.cypher (a Neo4j script).")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False, allow_dash=True))
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path),
              help="Output directory (created if missing).")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None,
              help="Language of every input without its own (a JSON Lines record's lang wins; default: detected "
                   "per document and paragraph).")
@click.option("--on-error", "on_error", type=click.Choice(["stop", "skip"]), default="stop", show_default=True,
              help="stop: the first bad input file or JSON Lines record stops the build; skip: bad ones are "
                   "listed and left out.")
@click.option("--quiet", is_flag=True, help="No progress bar, no summary and no SHACL check.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes extracting documents (default: one per core).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Extract on the Dask distributed cluster of this scheduler instead of local processes.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder of per-document results reused by later builds (default: ~/.cache/kg).")
@click.option("--no-cache", is_flag=True, help="Extract every document again; read and write no cache.")
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON summary to stdout (documents, languages, entities, triples, seconds, version, "
                   "files written); the progress bar and table still go to stderr.")
def build(inputs: tuple[Path, ...], out: Path, lang: str | None, on_error: str, quiet: bool, workers: int | None,
          scheduler: str | None, cache_dir: Path | None, no_cache: bool, as_json: bool) -> None:
    from kg.cache import ResultCache, default_dir
    from kg.parallel import cores
    from kg.pipeline import build_documents
    from kg.read import read_inputs

    check_writable(out)
    cache = None if no_cache else ResultCache(cache_dir or default_dir())
    read = read_inputs(list(inputs), lang, skip_bad=on_error == "skip", known=cache.knows if cache else None)
    for message in read.refused:
        console.print(f"[yellow]skipped[/yellow] {escape(message)}", soft_wrap=True, highlight=False)
    docs = read.documents
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, disable=quiet, transient=True) as progress:
        task = progress.add_task("extracting", total=len(docs))
        graph = build_documents(docs, progress=lambda doc: progress.advance(task), workers=workers or cores(),
                                scheduler=scheduler, cache=cache)
    written = write_outputs(graph, out, ["turtle", "cypher"])
    violations = None
    if not quiet:
        from kg.validate.statements import validate_graph

        violations = validate_graph(graph)      # what kg validate would report for the written graph.ttl
        console.print(summary(graph, written, violations))
        for v in violations[:SHOWN_VIOLATIONS]:
            console.print(f"[red]SHACL[/red] {v.focus} {v.path or '-'}: {v.message}", highlight=False, soft_wrap=True)
        if len(violations) > SHOWN_VIOLATIONS:
            console.print(f"... and {len(violations) - SHOWN_VIOLATIONS} more: kg validate {out}", soft_wrap=True)
    if as_json:
        sys.stdout.write(json.dumps(json_summary(graph, written, violations, read.refused), ensure_ascii=False,
                                    indent=2) + "\n")
        sys.stdout.flush()
