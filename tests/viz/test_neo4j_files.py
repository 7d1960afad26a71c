"""The Neo4j Browser style sheet and the Cypher examples of notebooks/04_neo4j.ipynb, checked against
the ontology and against the graph.cypher script a build writes."""
import re
from pathlib import Path

import pytest

from kg.ontology import ontology
from kg.viz.grass import grass
from kg.viz.notebook import cypher_examples
from kg.viz.style import class_colour, style

NEO4J = Path(__file__).resolve().parents[2] / "neo4j"


def rules(text: str) -> dict[str, dict[str, str]]:
    """selector → {property: value} of a GraSS file: CSS-like blocks, one declaration a line."""
    out: dict[str, dict[str, str]] = {}
    block = None
    for line in text.splitlines():
        line = line.strip()
        if line.endswith("{"):
            block = out.setdefault(line[:-1].strip(), {})
        elif line == "}":
            block = None
        elif line:
            key, value = line.rstrip(";").split(":", 1)
            block[key.strip()] = value.strip()
    return out


def test_committed_style_sheet_is_the_generated_one():
    assert (NEO4J / "style.grass").read_text(encoding="utf-8") == grass(), \
        "regenerate it: python3 -m kg.viz.grass > neo4j/style.grass"


def test_style_sheet_colours_every_class_and_captions_by_name():
    sheet = rules((NEO4J / "style.grass").read_text(encoding="utf-8"))
    classes = ontology().classes - {"Document"}
    assert classes <= set(style()["classes"])
    for cls in classes:
        rule = sheet[f"node.{cls}"]
        assert rule["color"] == class_colour(cls) and rule["caption"] == "'{name}'"
    assert len({sheet[f"node.{cls}"]["color"] for cls in classes}) == len(classes)
    assert sheet["relationship"]["caption"] == "'<type>'"


@pytest.fixture(scope="module")
def script(graph_out) -> str:
    return (graph_out / "graph.cypher").read_text(encoding="utf-8")


def test_cypher_examples_use_the_labels_types_and_properties_of_the_graph(script):
    examples = cypher_examples(NEO4J / "examples.cypher")
    assert len(examples) >= 8 and all(title and statement for title, statement in examples)
    written_types = set(re.findall(r"\[r:(\w+)\]", script))
    written_props = set(re.findall(r"`(\w+)`:", script)) | set(re.findall(r"SET n\.(\w+) =", script))
    for title, statement in examples:
        assert ";" not in statement, title
        for label in re.findall(r":([A-Z][a-z]\w*)", statement):          # (n:Locality), p:Country
            assert label in ("Entity", "Evidence") or label in ontology().classes, (title, label)
        for rel_type in re.findall(r":([A-Z][A-Z_]+)\b", statement):      # [:COOPERATES_WITH]
            assert rel_type in written_types, (title, rel_type)
        for prop in re.findall(r"\b[a-z]\w*\.([a-z]\w*)\b", statement) + re.findall(r"\{(\w+):", statement):
            assert prop in written_props, (title, prop)
