"""The package as a user installs it: build the wheel from a copy of the sources, install it into a clean venv
(dependencies from this interpreter's site-packages: no network), build the corpus with the installed `kg` and
compare the output with the editable install's build; and build examples/ with it from the copy of the sources, as
a bare clone would."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

from tooling import missing

REPO = Path(__file__).resolve().parents[1]
JUNK = shutil.ignore_patterns(".git", "build", "dist", "out", "*.egg-info", "__pycache__", ".pytest_cache")


def test_the_wheel_installed_in_a_clean_venv_builds_the_corpus_like_the_editable_install(tmp_path, corpus_build,
                                                                                         corpus_dir):
    try:
        import wheel  # noqa: F401  (pip needs it to build without fetching build tools)
    except ImportError:
        missing("the wheel package is not installed (pip install -e '.[dev]')")
    source = tmp_path / "src"
    shutil.copytree(REPO, source, symlinks=True, ignore=JUNK)
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                          "--no-index", "-w", str(tmp_path / "dist")], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    wheels = list((tmp_path / "dist").glob("kg-*.whl"))
    assert len(wheels) == 1

    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=False)
    python = env_dir / "bin" / "python"
    run = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                          str(wheels[0])], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run([str(python), "-c", "import kg; print(kg.__file__)"], capture_output=True, text=True,
                           cwd=tmp_path, env=env)
    assert where.stdout.strip().startswith(str(env_dir)), where.stdout + where.stderr
    out = tmp_path / "out"
    run = subprocess.run([str(env_dir / "bin" / "kg"), "build", str(corpus_dir), "--out", str(out)],
                         capture_output=True, text=True, cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr
    editable = corpus_build[0]
    for name in ("graph.ttl", "graph.cypher"):
        assert (out / name).read_bytes() == (editable / name).read_bytes(), name
    assert "SHACL violations" in run.stdout + run.stderr     # the shapes were found and the check ran

    # the README's first command, in the copy of the repository (a bare clone: no ../shared beside it)
    run = subprocess.run([str(env_dir / "bin" / "kg"), "build", "examples/", "-o", str(tmp_path / "examples-out"),
                          "--json"], capture_output=True, text=True, cwd=source, env=env)
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["documents"] == 9 and sum(summary["triples"].values()) > 0 and summary["shacl_violations"] == 0
