"""Stage 7: write the graph. One module per format; FORMATS maps a format name to (file name, writer)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.export.cypher import write_cypher
from kg.export.rdf_formats import write_jsonld, write_ntriples, write_trig, write_turtle
from kg.graph import KnowledgeGraph

Writer = Callable[[KnowledgeGraph, Path], None]

FORMATS: dict[str, tuple[str, Writer]] = {
    # RDF (kg/export/rdf_formats.py)
    "turtle": ("graph.ttl", write_turtle),
    "ntriples": ("graph.nt", write_ntriples),
    "jsonld": ("graph.jsonld", write_jsonld),
    "trig": ("graph.trig", write_trig),
    # Neo4j (kg/export/cypher.py; neo4j-csv in kg/export/neo4j_csv.py)
    "cypher": ("graph.cypher", write_cypher),
}

__all__ = ["FORMATS", "Writer"]
