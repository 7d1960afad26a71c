"""The atomic writer every command shares: all formats or nothing, folders replaced whole."""
import subprocess
import sys
from pathlib import Path

import pytest

from graphs import graph_with
from kg.errors import KgError
from kg.export import FORMATS
from kg.export.write import write_outputs


def write_folder(graph, path: Path) -> None:
    """A format that writes a folder of files (as a bulk-import CSV export does)."""
    path.mkdir()
    (path / "nodes.csv").write_text(f"{len(graph.entities)}\n", encoding="utf-8")


def fail(graph, path: Path) -> None:
    path.write_text("half", encoding="utf-8")
    raise RuntimeError("writer failed")


@pytest.fixture
def extra_formats(monkeypatch):
    monkeypatch.setitem(FORMATS, "folder", ("folder", write_folder))
    monkeypatch.setitem(FORMATS, "failing", ("failing.txt", fail))


def test_folders_are_replaced_whole(extra_formats, tmp_path):
    graph = graph_with([("Place", "en")], "A sentence.")
    (tmp_path / "out" / "folder").mkdir(parents=True)
    (tmp_path / "out" / "folder" / "stale.csv").write_text("old", encoding="utf-8")
    written = write_outputs(graph, tmp_path / "out", ["turtle", "folder"])
    assert written == [tmp_path / "out" / "graph.ttl", tmp_path / "out" / "folder"]
    assert sorted(p.name for p in (tmp_path / "out" / "folder").iterdir()) == ["nodes.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]          # no temporary folder left behind


def test_a_failing_format_leaves_the_folder_as_it_was(extra_formats, tmp_path):
    graph = graph_with([("Place", "en")], "A sentence.")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError):
        write_outputs(graph, out, ["turtle", "failing"])
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_unknown_format_and_file_as_folder_are_user_errors(tmp_path):
    graph = graph_with([("Place", "en")], "A sentence.")
    with pytest.raises(KgError, match="unknown format"):
        write_outputs(graph, tmp_path / "out", ["rdfxml"])
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(KgError, match="not a folder"):
        write_outputs(graph, tmp_path / "file", ["turtle"])


def test_a_second_writer_is_refused_and_stale_temporary_folders_are_removed(tmp_path):
    graph = graph_with([("Place", "en")], "A sentence.")
    out = tmp_path / "out"
    (tmp_path / ".out.k1ll3d_x").mkdir()                 # what a SIGKILL during a write leaves behind
    (tmp_path / ".out.k1ll3d_x" / "graph.ttl").write_text("half", encoding="utf-8")
    (tmp_path / ".out.keep-me").mkdir()                  # not a name kg makes
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); "
                               "fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)",
                               str(tmp_path / ".out.lock")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "locked\n"
        with pytest.raises(KgError, match="another kg process is writing"):
            write_outputs(graph, out, ["turtle"])
        assert not out.exists() and (tmp_path / ".out.k1ll3d_x").exists()
    finally:
        holder.kill()
        holder.wait()
    write_outputs(graph, out, ["turtle"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.keep-me", "out"]
