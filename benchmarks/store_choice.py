"""pyoxigraph against rdflib as the store behind `kg query`: load a graph with the ontology, then run every
query in queries/, on the corpus build and on a generated graph.

    python benchmarks/store_choice.py [OUT] [--triples N] [--large N]

OUT is a `kg build` folder (default: out/); --triples sizes the generated graph both stores get (default
20,000: rdflib's query engine needs about a minute there); --large sizes a second one for pyoxigraph alone
(default 1,000,000; 0 skips it)."""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyoxigraph  # noqa: E402
import rdflib  # noqa: E402
from synthetic import synthetic_graph  # noqa: E402

from kg.export.rdf_formats import write_turtle  # noqa: E402
from kg.query import open_store, run_query  # noqa: E402
from kg.resources import ONTOLOGY  # noqa: E402

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def _oxigraph(path: Path) -> tuple[float, float, int, list[str]]:
    started = time.perf_counter()
    store = open_store(path)
    loaded = time.perf_counter()
    rows = 0
    for query in QUERIES:
        result = run_query(store, query.read_text(encoding="utf-8"))
        rows += 1 if isinstance(result, pyoxigraph.QueryBoolean) else sum(1 for _ in result)
    return loaded - started, time.perf_counter() - loaded, rows, []


def _rdflib(path: Path) -> tuple[float, float, int, list[str]]:
    started = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(path, format="turtle")
    graph.parse(ONTOLOGY, format="turtle")
    loaded = time.perf_counter()
    rows, failed = 0, []
    for query in QUERIES:
        try:
            result = graph.query(query.read_text(encoding="utf-8"))
            rows += 1 if result.type == "ASK" else len(result)
        except Exception as err:  # rdflib's engine rejects some valid queries: count them, go on
            failed.append(f"{query.stem} ({type(err).__name__})")
    return loaded - started, time.perf_counter() - loaded, rows, failed


def compare(label: str, path: Path, stores=(("pyoxigraph", _oxigraph), ("rdflib", _rdflib))) -> None:
    triples = sum(1 for _ in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    print(f"{label}: {triples:,} triples, {len(QUERIES)} queries")
    for name, run in stores:
        load, query, rows, failed = run(path)
        print(f"  {name:10} load {load:7.2f} s   queries {query:7.2f} s   ({rows:,} rows)"
              + (f"; failed: {', '.join(failed)}" if failed else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?", default=str(ROOT / "out"))
    ap.add_argument("--triples", type=int, default=20_000)
    ap.add_argument("--large", type=int, default=1_000_000)
    args = ap.parse_args()
    if (Path(args.out) / "graph.ttl").is_file():
        compare("corpus build", Path(args.out) / "graph.ttl")
    else:
        print(f"no {args.out}/graph.ttl: run `kg build ../shared/corpus --out {args.out}` for the corpus figures")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.ttl"
        write_turtle(synthetic_graph(args.triples), path)
        compare("generated graph", path)
        if args.large:
            write_turtle(synthetic_graph(args.large), path)
            compare("large generated graph", path, stores=(("pyoxigraph", _oxigraph),))


if __name__ == "__main__":
    main()
