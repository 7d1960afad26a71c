"""Print documents/s and characters/s of the pipeline on a folder of texts (default: the corpus).

    python benchmarks/throughput.py [DIR] [--repeat N]

Start-up (lexicon index, lingua, pymorphy) is measured apart from the per-document work."""
from __future__ import annotations

import argparse
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    started = time.perf_counter()
    from kg.pipeline import build_documents
    from kg.read import read_documents

    docs = read_documents([args.folder])
    build_documents(docs[:1])            # warm up: loads the lexicons, models and dictionaries
    warm = time.perf_counter() - started
    chars = sum(len(d.text) for d in docs)
    best = float("inf")
    for _ in range(args.repeat):
        t = time.perf_counter()
        build_documents(docs)
        best = min(best, time.perf_counter() - t)
    print(f"start-up {warm:.2f} s; {len(docs)} documents, {chars:,} characters in {best:.3f} s (best of {args.repeat})")
    print(f"{len(docs) / best:.1f} documents/s, {chars / best:,.0f} characters/s")


if __name__ == "__main__":
    main()
