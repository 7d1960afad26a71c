"""Shared helpers: run the real pipeline on small texts written for the tests."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tooling import missing

from kg.analyse import analyse
from kg.extract.entities import find_mentions
from kg.model import Document
from kg.pipeline import build_documents
from kg.world.cache import cache_dir

# the gazetteer index (kg.extract.index) stays in the user's cache when a test points XDG_CACHE_HOME at a
# temporary folder to check the per-document results cache: built once, not once per subprocess
os.environ.setdefault("KG_CACHE_DIR", str(cache_dir()))

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def mentions_of(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(surface, entity id, class) for every mention in `text`."""
    doc = Document("t", "t.txt", text, lang)
    out = []
    for sentence in analyse(doc).sentences:
        out += [(m.surface(text), m.entity_id, m.cls) for m in find_mentions(sentence)]
    return out


def triples_of(text: str, lang: str | None = None) -> set[tuple[str, str, str]]:
    graph = build_documents([Document("t", "t.txt", text, lang)])
    return {(t.subject, t.predicate, t.object) for t in graph.evidence}


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus beside the repository; in CI (env CI set) its absence is a failure, not a skip."""
    if not CORPUS.is_dir():
        missing(f"corpus not found at {CORPUS} (clone the repository next to ../shared)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory, corpus_dir) -> tuple[Path, str]:
    """`kg build` of the corpus through the CLI, once per session: (output folder, what it printed)."""
    out = tmp_path_factory.mktemp("corpus-build") / "out"
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus_dir), "--out", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return out, run.stderr
