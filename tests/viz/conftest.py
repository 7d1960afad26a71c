"""Fixtures of the visualisation tests: one real build of the corpus, shared by every test here."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def graph_out(tmp_path_factory, corpus_dir) -> Path:
    """The folder `kg build ../shared/corpus --out` wrote."""
    out = tmp_path_factory.mktemp("corpus-out")
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus_dir), "--out", str(out), "--quiet"],
                         capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0, run.stderr
    return out


@pytest.fixture(scope="session")
def graph(graph_out):
    from kg.graph import load_graph

    return load_graph(graph_out)
