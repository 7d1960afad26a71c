"""Scale: compact per-document results, parallel and distributed builds, the cache; every build is compared
byte for byte with the plain sequential one."""
from __future__ import annotations

import os
import pickle
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import distributed
import pytest

from kg.export.write import write_outputs
from kg.pipeline import build_documents, extract_document
from kg.cache import ResultCache
from kg.read import read_documents
from kg.read.reader import read_document


def outputs(graph, out: Path) -> dict[str, bytes]:
    """The files `kg build` writes for `graph`, by name."""
    write_outputs(graph, out, ["turtle", "cypher"])
    return {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.cypher")}


@pytest.fixture(scope="module")
def docs(corpus_dir):
    return read_documents([corpus_dir])


@pytest.fixture(scope="module")
def sequential(docs, tmp_path_factory) -> dict[str, bytes]:
    return outputs(build_documents(docs), tmp_path_factory.mktemp("sequential"))


def test_document_result_keeps_no_sentence_or_word(docs):
    result = extract_document(docs[0])
    data = pickle.dumps(result)
    assert b"MentionRecord" in data and b"Fact" in data
    assert b"Sentence" not in data and b"Word" not in data
    assert pickle.loads(data) == result
    assert len(data) < len(docs[0].text.encode("utf-8")) * 3      # evidence sentences, not the analysed text
    assert result.lang == "ru" and result.chars == len(docs[0].text)
    vietnam = [(m, n) for m, n in result.mentions if m.entity_id == "vietnam" and m.surface == "Вьетнаме"]
    assert vietnam and vietnam[0][0].cls == "Country" and vietnam[0][1] >= 2     # counted, not repeated
    assert len({m for m, _ in result.mentions}) == len(result.mentions)


def test_file_order_does_not_change_the_output(docs, sequential, tmp_path):
    assert outputs(build_documents(list(reversed(docs))), tmp_path) == sequential


def test_worker_processes_give_the_same_bytes(docs, sequential, tmp_path):
    assert outputs(build_documents(docs, workers=2), tmp_path) == sequential


def kg_build(*args: str, cache: bool = False) -> subprocess.CompletedProcess:
    """`kg build ARGS`, with --no-cache unless `cache`: the extraction must really run where the test says."""
    flags = [] if cache else ["--no-cache"]
    return subprocess.run([sys.executable, "-m", "kg", "build", *args, *flags], capture_output=True, text=True)


def test_cli_builds_the_same_bytes_with_any_number_of_workers(corpus_dir, sequential, tmp_path):
    for workers in ("1", "3"):
        run = kg_build(str(corpus_dir), "--out", str(tmp_path / workers), "--quiet", "--workers", workers)
        assert run.returncode == 0, run.stderr
        assert {name: (tmp_path / workers / name).read_bytes() for name in sequential} == sequential


def test_dask_cluster_builds_the_same_bytes(corpus_dir, sequential, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        run = kg_build(str(corpus_dir), "--out", str(tmp_path), "--quiet", "--scheduler", cluster.scheduler_address)
    assert run.returncode == 0, run.stderr
    assert {name: (tmp_path / name).read_bytes() for name in sequential} == sequential


def test_unreachable_scheduler_is_a_user_error(corpus_dir, tmp_path):
    with socket.socket() as sock:          # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    run = kg_build(str(corpus_dir), "--out", str(tmp_path / "out"), "--quiet", "--scheduler", f"tcp://127.0.0.1:{port}")
    assert run.returncode == 2
    assert run.stdout.count("\n") + run.stderr.count("\n") == 1
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in run.stderr
    assert not (tmp_path / "out").exists()
    run = kg_build(str(corpus_dir), "--out", str(tmp_path / "out"), "--scheduler", "localhost")
    assert run.returncode == 2 and "--scheduler takes a scheduler address such as tcp://HOST:8786" in run.stderr


def test_a_worker_with_other_data_files_is_refused(corpus_dir, tmp_path):
    """A worker whose kg differs (here one lexicon file) would build another graph: the build stops."""
    import kg

    package = Path(kg.__file__).parent
    shutil.copytree(package, tmp_path / "other" / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(package.parent / "ontology", tmp_path / "other" / "ontology")
    lexicon = sorted((tmp_path / "other" / "kg" / "data" / "lexicon").glob("*.yaml"))[0]
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with distributed.LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address=None) as cluster:
        worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", cluster.scheduler_address,
                                   "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
                                  env={**os.environ, "PYTHONPATH": str(tmp_path / "other")}, cwd=tmp_path,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            run = kg_build(str(corpus_dir), "--out", str(tmp_path / "out"), "--quiet",
                           "--scheduler", cluster.scheduler_address)
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    assert run.returncode == 2, run.stderr
    assert "runs another version of kg (code or data files differ)" in run.stderr


def read_outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.cypher")}


def test_cached_rebuild_extracts_only_what_changed(corpus_dir, sequential, tmp_path):
    inputs, cache = tmp_path / "in", tmp_path / "cache"
    shutil.copytree(corpus_dir, inputs)
    run = kg_build(str(inputs), "--out", str(tmp_path / "first"), "--quiet", "--cache", str(cache), cache=True)
    assert run.returncode == 0, run.stderr
    entries = {p: p.stat().st_mtime_ns for p in cache.rglob("*.pickle")}
    assert len(entries) == 5 and read_outputs(tmp_path / "first") == sequential

    files = sorted(inputs.glob("*.txt"))
    with files[1].open("a", encoding="utf-8") as changed:
        changed.write("\nCao Bang borders on Guangxi.\n")
    damaged = ResultCache(cache)._file(read_document(files[3]))
    damaged.write_bytes(b"not a pickle")                      # a damaged entry is extracted again
    run = kg_build(str(inputs), "--out", str(tmp_path / "second"), "--quiet", "--cache", str(cache), cache=True)
    assert run.returncode == 0, run.stderr
    after = {p: p.stat().st_mtime_ns for p in cache.rglob("*.pickle")}
    assert len(after) == 6                                      # one new entry: the changed document
    assert [p for p in entries if after[p] != entries[p]] == [damaged]    # the others were read, not rewritten

    clean = kg_build(str(inputs), "--out", str(tmp_path / "clean"), "--quiet")
    assert clean.returncode == 0, clean.stderr
    assert read_outputs(tmp_path / "second") == read_outputs(tmp_path / "clean") != sequential


def test_no_cache_writes_no_cache(corpus_dir, tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "home-cache")}
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus_dir), "--out", str(tmp_path / "out"),
                          "--quiet", "--no-cache", "--workers", "1"], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    results = tmp_path / "home-cache" / "kg"              # beside the gazetteer's index: <fingerprint>/<xx>/<key>.pickle
    assert not list(results.glob("*/*/*.pickle"))
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus_dir), "--out", str(tmp_path / "out"),
                          "--quiet", "--workers", "1"], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert len(list(results.glob("*/*/*.pickle"))) == 5


def test_an_unusable_cache_folder_is_a_user_error(corpus_dir, tmp_path):
    (tmp_path / "file").write_text("x")
    run = kg_build(str(corpus_dir), "--out", str(tmp_path / "out"), "--quiet", "--cache", str(tmp_path / "file" / "c"),
                   cache=True)
    assert run.returncode == 2
    assert "cannot use" in run.stderr and "--no-cache" in run.stderr and "Traceback" not in run.stderr
