"""The page `kg viz` writes: self-contained, deterministic, with a legend and evidence; bad input refused."""
import json
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from kg.viz import render_page, select
from kg.viz.page import _script_json
from kg.viz.style import class_colour


class Page(HTMLParser):
    """What a page refers to outside itself, its legend, and the graph data it carries."""

    def __init__(self, html: str):
        super().__init__()
        self.references: list[str] = []
        self.legend: list[str] = []
        self.data = ""
        self._in_data = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.references += [attrs[a] for a in ("src", "href", "action", "data") if attrs.get(a)]
        if tag == "input" and "data-class" in attrs:
            self.legend.append(attrs["data-class"])
        self._in_data = attrs.get("id") == "kg-data"

    def handle_data(self, data):
        if self._in_data:
            self.data += data

    def handle_endtag(self, tag):
        self._in_data = False


def kg_viz(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg", "viz", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def page(graph):
    return render_page(graph, select(graph), title="test")


def test_page_refers_to_nothing_outside_itself(page):
    parsed = Page(page)
    assert parsed.references == []
    assert "vis-network" in page and "@import" not in page


def test_legend_lists_the_classes_drawn_in_their_colours(graph, page):
    parsed = Page(page)
    drawn = {graph.entities[n].cls for n in select(graph)}
    assert set(parsed.legend) == drawn
    for cls in drawn:
        assert f'data-class="{cls}"><span class="swatch" style="background: {class_colour(cls)}"' in page


def test_nodes_and_edges_carry_class_colour_and_evidence(graph, page):
    data = json.loads(Page(page).data)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["cao-bang"]["color"] == class_colour("Locality") and nodes["cao-bang"]["label"] == "Cao Bang"
    assert "\nuk: " in nodes["cao-bang"]["title"] and "Цаобан" in nodes["cao-bang"]["title"]
    edge = next(e for e in data["edges"] if (e["from"], e["to"], e["relation"]) == ("cao-bang", "guangxi", "bordersOn"))
    assert "Цаобан — прикордонна провінція" in edge["title"] and "[uk]" in edge["title"]
    assert edge["arrows"] == ""           # bordersOn is symmetric
    assert next(e for e in data["edges"] if e["relation"] == "defines")["arrows"] == "to"
    assert data["options"]["layout"]["randomSeed"] == 7


def test_script_text_cannot_close_its_element():
    assert "</script>" not in _script_json({"label": "</script><script>alert(1)</script>"})
    assert json.loads(_script_json({"label": "</script>"})) == {"label": "</script>"}


def test_cli_writes_the_same_page_twice(graph_out, tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    run = kg_viz(graph_out, "--out", first)
    assert run.returncode == 0, run.stderr
    assert kg_viz(graph_out, "--out", second, "--quiet").returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert "entities" in run.stdout + run.stderr


def test_cli_filters(graph, graph_out, tmp_path):
    out = tmp_path / "cb.html"
    run = kg_viz(graph_out, "--out", out, "--entity", "Cao Bằng", "--hops", "1", "--relation", "bordersOn")
    assert run.returncode == 0, run.stderr
    data = json.loads(Page(out.read_text(encoding="utf-8")).data)
    neighbours = {t.object if t.subject == "cao-bang" else t.subject for t in graph.evidence
                  if t.predicate == "bordersOn" and "cao-bang" in (t.subject, t.object)}
    assert "guangxi" in neighbours
    assert {n["id"] for n in data["nodes"]} == {"cao-bang"} | neighbours
    assert {e["relation"] for e in data["edges"]} == {"bordersOn"}
    assert "within 1 hop of Cao Bằng" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--entity", "Atlantis"], "no entity 'Atlantis'"),
    (["--relation", "friendsWith"], "no fact with relation friendsWith"),
    (["--entity", "Cao Bang", "--hops", "-2"], "--hops"),
])
def test_cli_refuses_bad_filters_and_writes_nothing(graph_out, tmp_path, args, message):
    out = tmp_path / "page.html"
    run = kg_viz(graph_out, "--out", out, *args)
    assert run.returncode == 2
    assert message in " ".join((run.stdout + run.stderr).split())
    assert list(tmp_path.iterdir()) == []


def test_cli_refuses_a_folder_without_a_graph(tmp_path):
    run = kg_viz(tmp_path, "--out", tmp_path / "page.html")
    assert run.returncode == 2 and "no built graph" in run.stdout + run.stderr
    assert not (tmp_path / "page.html").exists()


def test_cli_refuses_an_out_it_cannot_write_in_one_line(graph_out, tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    run = kg_viz(graph_out, "--out", tmp_path / "file" / "page.html")
    assert run.returncode == 2 and run.stderr.strip().count("\n") == 0 and "cannot write" in run.stderr
