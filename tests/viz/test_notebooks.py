"""Every notebook runs top to bottom on the corpus graph (no network, no Neo4j server) in a real
Jupyter kernel, and is committed without outputs."""
from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def text_of(notebook) -> str:
    """Everything the executed notebook printed or displayed as text."""
    out = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                out.append(output.text)
            elif output.output_type in ("execute_result", "display_data"):
                out.append(output.data.get("text/html", "") + output.data.get("text/plain", ""))
    return "\n".join(out)


@pytest.fixture(scope="module")
def executed(graph_out, tmp_path_factory):
    """Run every notebook once, from its own folder as Jupyter does, on the build in graph_out."""
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    env = {"KG_OUT": str(graph_out), "PYTHONPATH": str(REPO), "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
    saved = {k: os.environ.get(k) for k in [*env, "NEO4J_URI"]}
    os.environ.update(env)
    os.environ.pop("NEO4J_URI", None)
    results = {}
    try:
        for path in NOTEBOOKS:
            notebook = nbformat.read(path, as_version=4)
            # ipc: the kernel talks to us over Unix sockets, not TCP ports
            manager = KernelManager(kernel_name="python3", transport="ipc",
                                    connection_file=str(tmp_path_factory.mktemp("kernel") / "kernel.json"))
            NotebookClient(notebook, km=manager, timeout=600,
                           resources={"metadata": {"path": str(path.parent)}}).execute()
            results[path.name] = notebook
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return results


def test_there_are_four_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01_overview.ipynb", "02_sparql.ipynb", "03_network.ipynb",
                                           "04_neo4j.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebooks_carry_no_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: clear the outputs"


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_notebook_runs_without_errors(executed, name):
    notebook = executed[name]
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    assert all(c.execution_count for c in notebook.cells if c.cell_type == "code")


def test_overview_shows_classes_relations_languages_and_evidence(executed):
    text = text_of(executed["01_overview.ipynb"])
    for expected in ("Locality", "cooperatesWith", "uk", "is the sentence, word for word", "Цаобан"):
        assert expected in text


def test_sparql_notebook_answers(executed):
    text = text_of(executed["02_sparql.ipynb"]).casefold()
    for expected in ("party external affairs", "state diplomacy", "people-to-people diplomacy", "politburo",
                     "japan–mekong delta conference", "can tho", "2025-08-08", "prime minister", "guangxi"):
        assert expected in text


def test_network_notebook_draws_and_measures(executed, graph_out):
    notebook = executed["03_network.ipynb"]
    images = [o for c in notebook.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 2
    text = text_of(notebook)
    assert "betweenness centrality" in text and "modularity" in text
    assert "<iframe srcdoc=" in text and "vis-network" in text
    assert (graph_out / "graph.png").stat().st_size > 10_000
    assert (graph_out / "graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_neo4j_notebook_says_it_loaded_nothing_without_a_server(executed):
    text = text_of(executed["04_neo4j.ipynb"])
    assert "NEO4J_URI is not set, so nothing was loaded" in text
    assert "node.Locality {" in text and "MATCH" in text
