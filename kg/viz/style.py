"""The look of the graph's pictures, read from kg/data/viz/style.yaml."""
from __future__ import annotations

from kg.resources import load_yaml


def style() -> dict:
    return load_yaml("viz/style.yaml")


def class_colour(cls: str) -> str:
    """The colour of an ontology class (hex, e.g. "#e6194b")."""
    return style()["classes"].get(cls, style()["other"])


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(background[i:i + 2]) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 0.179 else "#ffffff"
