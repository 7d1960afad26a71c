"""Stage 7: write the graph. One module per format; FORMATS maps a format name to (file name, writer)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.export.csv_tables import write_csv_tables
from kg.export.cypher import write_cypher
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.jsonld_compact import write_jsonld_compact
from kg.export.neo4j_csv import write_neo4j_csv
from kg.export.parquet import write_parquet
from kg.export.rdf_formats import write_jsonld, write_ntriples, write_trig, write_turtle
from kg.graph import KnowledgeGraph

Writer = Callable[[KnowledgeGraph, Path], None]

FORMATS: dict[str, tuple[str, Writer]] = {
    # RDF (kg/export/rdf_formats.py)
    "turtle": ("graph.ttl", write_turtle),
    "ntriples": ("graph.nt", write_ntriples),
    "jsonld": ("graph.jsonld", write_jsonld),
    "trig": ("graph.trig", write_trig),
    "jsonld-compact": ("graph.compact.jsonld", write_jsonld_compact),   # kg/export/jsonld_compact.py
    # Neo4j (kg/export/cypher.py, kg/export/neo4j_csv.py)
    "cypher": ("graph.cypher", write_cypher),
    "neo4j-csv": ("neo4j-csv", write_neo4j_csv),   # a folder of CSV files for neo4j-admin import
    # nodes and edges tables (kg/graph/tables.py) for graph tools and data frames
    "graphml": ("graph.graphml", write_graphml),
    "gexf": ("graph.gexf", write_gexf),
    "csv": ("csv", write_csv_tables),              # nodes.csv, edges.csv
    "parquet": ("parquet", write_parquet),         # nodes.parquet, edges.parquet
}

__all__ = ["FORMATS", "Writer"]
