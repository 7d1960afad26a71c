"""Scale, side by side in one run: start-up, extraction CPU against spaCy's bare tokenizer, wall time for 1 and
N workers and a Dask LocalCluster (with their outputs compared byte for byte), peak RSS by input size, and a
cached rebuild after changing one of many files.

    python benchmarks/scale.py [--workers N] [--parallel-scale 10] [--rss-scales 1,10,100] [--files 500]

The texts are the corpus and the held-out benchmark articles (distinct texts: the caches have not seen them);
larger inputs are renamed copies of them. Every build is `python -m kg build --quiet` in a fresh process;
figures are medians of --repeat runs (the machine may be shared: compare ratios, not seconds)."""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [ROOT.parent / "shared" / "corpus", ROOT / "benchmarks" / "heldout" / "articles"]
RSS = ("import resource, runpy, sys; sys.argv = ['kg'] + sys.argv[1:]\n"
       "try:\n    runpy.run_module('kg', run_name='__main__')\nexcept SystemExit:\n    pass\n"
       "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")


def texts() -> list[Path]:
    return sorted(p for folder in TEXTS for p in folder.glob("*.txt"))


def copies(folder: Path, times: int, limit: int | None = None) -> Path:
    """`folder` filled with `times` renamed copies of every text (at most `limit` files)."""
    folder.mkdir(parents=True)
    files = [(i, p) for i in range(times) for p in texts()][:limit]
    for i, path in files:
        shutil.copyfile(path, folder / f"copy{i:04d}_{path.name}")
    return folder


def kg_build(inputs: Path, out: Path, *flags: str) -> float:
    """Wall seconds of one `kg build`."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "build", str(inputs), "--out", str(out), "--quiet", *flags],
                   check=True, cwd=ROOT)
    return time.perf_counter() - started


def median(repeat: int, run) -> float:
    return statistics.median(run() for _ in range(repeat))


def peak_rss_mb(inputs: Path, out: Path) -> float:
    """Peak resident memory of a one-process build, in MB."""
    run = subprocess.run([sys.executable, "-c", RSS, "build", str(inputs), "--out", str(out), "--quiet",
                          "--no-cache", "--workers", "1"], check=True, capture_output=True, text=True, cwd=ROOT)
    return int(run.stderr.strip().splitlines()[-1]) / 1024


def cpu_against_spacy() -> tuple[float, float, int]:
    """CPU seconds of kg's extraction and of spaCy's bare tokenizer over the corpus, and its spaCy tokens.
    The held-out articles (one per language) are extracted first, so start-up is not counted."""
    import spacy

    from kg.pipeline import extract_document
    from kg.read import read_documents

    for doc in read_documents([TEXTS[1]]):
        extract_document(doc)
    docs = read_documents([TEXTS[0]])
    started = time.process_time()
    for doc in docs:
        extract_document(doc)
    kg_cpu = time.process_time() - started
    tokenizer = spacy.blank("xx").tokenizer
    tokenizer("Cao Bang borders on Guangxi.")
    started = time.process_time()
    tokens = sum(len(tokenizer(doc.text)) for doc in docs)
    return kg_cpu, time.process_time() - started, tokens


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--parallel-scale", type=int, default=10, help="copies of the texts for the worker runs")
    ap.add_argument("--rss-scales", default="1,10,100")
    ap.add_argument("--files", type=int, default=500, help="files of the cached-rebuild run")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        one = tmp / "one"
        one.mkdir()
        (one / "a.txt").write_text("Cao Bang borders on Guangxi.\n", encoding="utf-8")
        print(f"start-up (build of one sentence): {median(args.repeat, lambda: kg_build(one, tmp / 'o', '--no-cache', '--workers', '1')):.2f} s")

        kg_cpu, spacy_cpu, tokens = cpu_against_spacy()
        print(f"extraction CPU on the corpus, {tokens:,} spaCy tokens: kg {kg_cpu:.2f} s "
              f"({tokens / kg_cpu:,.0f} tokens/s), spaCy's bare tokenizer {spacy_cpu:.2f} s: {kg_cpu / spacy_cpu:.1f}x")

        inputs = copies(tmp / "parallel", args.parallel_scale)
        runs = {"1 worker": ("--workers", "1"), f"{args.workers} workers": ("--workers", str(args.workers))}
        seconds = {name: median(args.repeat, lambda f=flags, n=name: kg_build(inputs, tmp / n, "--no-cache", *f))
                   for name, flags in runs.items()}
        import distributed

        with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1",
                                      dashboard_address=None) as cluster:
            seconds["dask LocalCluster"] = median(args.repeat, lambda: kg_build(
                inputs, tmp / "dask LocalCluster", "--no-cache", "--scheduler", cluster.scheduler_address))
        base = seconds["1 worker"]
        files = len(list(inputs.iterdir()))
        for name, value in seconds.items():
            print(f"{files} files ({args.parallel_scale}x): {name:18} {value:6.1f} s  {value / base:.2f} of 1 worker")
        outputs = {name: [(tmp / name / f).read_bytes() for f in ("graph.ttl", "graph.cypher")] for name in seconds}
        print("identical outputs:", all(value == outputs["1 worker"] for value in outputs.values()))

        for scale in (int(s) for s in args.rss_scales.split(",")):
            folder = copies(tmp / f"rss{scale}", scale)
            print(f"peak RSS at {scale:4}x ({scale * len(texts())} files): {peak_rss_mb(folder, tmp / 'rss-out'):.0f} MB")

        folder, cache = copies(tmp / "many", (args.files + len(texts()) - 1) // len(texts()), args.files), tmp / "cache"
        full = kg_build(folder, tmp / "full", "--cache", str(cache))
        changed = sorted(folder.iterdir())[args.files // 2]
        with changed.open("a", encoding="utf-8") as handle:
            handle.write("\nCao Bang borders on Guangxi.\n")
        again = kg_build(folder, tmp / "again", "--cache", str(cache))
        print(f"{args.files} files: full build {full:.1f} s, rebuild after changing one {again:.1f} s "
              f"({again / full:.1%} of the full build)")


if __name__ == "__main__":
    main()
