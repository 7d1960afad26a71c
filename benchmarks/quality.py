"""Extraction quality: build the shared corpus, the held-out articles and the blind batches, score each with the shared
scorer (../shared/eval/score.py) and print its figures. For measuring only; tests never read gold."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {
    "corpus": (SHARED / "corpus", SHARED / "gold"),
    "held-out (tuned on)": (ROOT / "benchmarks" / "heldout" / "articles", ROOT / "benchmarks" / "heldout" / "gold"),
    **{f"blind {d.name} (first look in benchmarks/blind/results.md)": (d / "articles", d / "gold")
       for d in sorted((ROOT / "benchmarks" / "blind").iterdir()) if (d / "gold").is_dir()},
}


def score(articles: Path, gold: Path) -> str:
    """The scorer's summary lines for one set."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "kg", "build", str(articles), "--out", out, "--quiet"], check=True, cwd=ROOT)
        result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), f"{out}/graph.ttl", str(gold)],
                                check=True, capture_output=True, text=True)
    lines = result.stdout.strip().splitlines()
    return "\n".join(line for line in lines if line.startswith(("entities:", "F1")))


def main() -> None:
    for name, (articles, gold) in SETS.items():
        print(f"== {name}\n{score(articles, gold)}")


if __name__ == "__main__":
    main()
