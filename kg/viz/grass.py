"""The Neo4j Browser style sheet (GraSS) for the graph `kg load` or graph.cypher puts in Neo4j: one
colour per class (the palette of `kg viz`), nodes captioned by name, relationships by type.

    python3 -m kg.viz.grass > neo4j/style.grass     # then drag the file onto Neo4j Browser
"""
from __future__ import annotations

from kg.viz.style import style, text_colour


def _darker(colour: str, factor: float = 0.8) -> str:
    return "#" + "".join(f"{round(int(colour[i:i + 2], 16) * factor):02x}" for i in (1, 3, 5))


def _rule(selector: str, props: dict[str, str]) -> str:
    body = "".join(f"  {key}: {value};\n" for key, value in props.items())
    return f"{selector} {{\n{body}}}\n"


def grass() -> str:
    """The style sheet's text."""
    other = style()["other"]
    rules = [
        _rule("node", {"diameter": "50px", "color": other, "border-color": _darker(other), "border-width": "2px",
                       "text-color-internal": text_colour(other), "font-size": "10px", "caption": "'{name}'"}),
        _rule("relationship", {"color": "#a5abb6", "shaft-width": "1px", "font-size": "8px", "padding": "3px",
                               "text-color-external": "#000000", "text-color-internal": "#ffffff",
                               "caption": "'<type>'"}),
        _rule("node.Document", {"color": "#ffffff", "border-color": "#808080", "text-color-internal": "#000000",
                                "diameter": "30px", "caption": "'{id}'"}),
    ]
    for cls, colour in style()["classes"].items():
        rules.append(_rule(f"node.{cls}", {"color": colour, "border-color": _darker(colour),
                                           "text-color-internal": text_colour(colour), "caption": "'{name}'"}))
    return "\n".join(rules)


if __name__ == "__main__":
    print(grass(), end="")
