"""Stage 7: write the graph. One module per format; FORMATS maps a format name to (file name, writer)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.export.cypher import write_cypher
from kg.export.neo4j_csv import write_neo4j_csv
from kg.export.rdf_formats import write_jsonld, write_ntriples, write_trig, write_turtle
from kg.graph import KnowledgeGraph

Writer = Callable[[KnowledgeGraph, Path], None]

FORMATS: dict[str, tuple[str, Writer]] = {
    # RDF (kg/export/rdf_formats.py)
    "turtle": ("graph.ttl", write_turtle),
    "ntriples": ("graph.nt", write_ntriples),
    "jsonld": ("graph.jsonld", write_jsonld),
    "trig": ("graph.trig", write_trig),
    # Neo4j (kg/export/cypher.py, kg/export/neo4j_csv.py)
    "cypher": ("graph.cypher", write_cypher),
    "neo4j-csv": ("neo4j-csv", write_neo4j_csv),   # a folder of CSV files for neo4j-admin import
}

__all__ = ["FORMATS", "Writer"]
