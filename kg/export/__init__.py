"""Stage 7: write the graph. One module per format; FORMATS maps a format name to its writer."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.export.cypher import write_cypher
from kg.export.neo4j_csv import write_neo4j_csv
from kg.export.rdf_formats import write_turtle
from kg.graph import KnowledgeGraph

FORMATS: dict[str, tuple[str, Callable[[KnowledgeGraph, Path], None]]] = {
    "turtle": ("graph.ttl", write_turtle),
    "cypher": ("graph.cypher", write_cypher),
    "neo4j-csv": ("neo4j-csv", write_neo4j_csv),   # a folder of CSV files for neo4j-admin import
}

__all__ = ["FORMATS"]
