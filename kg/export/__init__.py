"""Stage 7: write the graph. One module per format; FORMATS maps a format name to its writer."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.export.cypher import write_cypher
from kg.export.rdf_formats import write_turtle
from kg.graph import KnowledgeGraph

FORMATS: dict[str, tuple[str, Callable[[KnowledgeGraph, Path], None]]] = {
    "turtle": ("graph.ttl", write_turtle),
    "cypher": ("graph.cypher", write_cypher),
}

__all__ = ["FORMATS"]
