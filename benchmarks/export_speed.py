"""Time every export format on a generated graph of about a million RDF triples.

    python benchmarks/export_speed.py [--triples N] [--rdflib]

The first figure is Turtle end to end (the triples made and sorted inside the writer, as in `kg build`); the
others are each writer with the graph's triples already made (shared by every RDF writer), best of --repeat runs; --rdflib also times rdflib's Turtle writer on the same triples, for comparison."""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyoxigraph  # noqa: E402
from synthetic import synthetic_graph  # noqa: E402

from kg.export import FORMATS  # noqa: E402
from kg.graph.rdf import PREFIXES, rdf_triples  # noqa: E402


def _best(repeat: int, run) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--rdflib", action="store_true", help="also time rdflib's Turtle serializer (slow)")
    args = ap.parse_args()
    started = time.perf_counter()
    graph = synthetic_graph(args.triples)
    print(f"generated {len(graph.entities):,} entities, {len(graph.facts):,} facts with evidence, "
          f"{len(graph.documents):,} documents in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        # the bar: Turtle end to end on a graph whose triples are not made yet (as `kg build` and `kg export` do)
        started = time.perf_counter()
        FORMATS["turtle"][1](graph, Path(tmp) / "first.ttl")
        print(f"{'turtle':10} {time.perf_counter() - started:6.1f} s  end to end: triples made and sorted, then written")
        started = time.perf_counter()
        triples = rdf_triples(graph)
        print(f"{len(triples):,} RDF triples as pyoxigraph objects in {time.perf_counter() - started:.1f} s "
              "(for the writers that walk them; the rest share the triples made above)")
        for name, (filename, writer) in FORMATS.items():
            path = Path(tmp) / filename
            seconds = _best(args.repeat, lambda: writer(graph, path))
            print(f"{name:10} {seconds:6.1f} s  {_size(path) / 1e6:7.1f} MB  {filename}")
        seconds = _best(args.repeat, lambda: pyoxigraph.serialize(triples, str(Path(tmp) / "alone.ttl"),
                                                                  format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES))
        print(f"{'oxi ttl':10} {seconds:6.1f} s  (pyoxigraph's Turtle writer alone, triples already made)")
        if args.rdflib:
            from kg.graph.rdf import to_rdflib

            rdflib_graph = to_rdflib(graph)
            seconds = _best(1, lambda: rdflib_graph.serialize(Path(tmp) / "rdflib.ttl", format="turtle"))
            print(f"{'rdflib ttl':10} {seconds:6.1f} s  (rdflib's Turtle writer alone, graph already in rdflib)")


if __name__ == "__main__":
    main()
