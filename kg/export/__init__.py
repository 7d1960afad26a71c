"""Stage 7: write the graph. One module per format; FORMATS maps a format name to (file name, writer).
A writer's module is imported when the writer is first called (networkx, pyarrow and rdflib together took
a third of a second at every start)."""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from kg.graph import KnowledgeGraph

Writer = Callable[[KnowledgeGraph, Path], None]


class _Lazy:
    """The function `name` of kg.export.`module`, imported at the first call."""

    def __init__(self, module: str, name: str):
        self.module, self.__name__ = f"kg.export.{module}", name

    def __call__(self, graph: KnowledgeGraph, path: Path) -> None:
        return getattr(import_module(self.module), self.__name__)(graph, path)

    def __repr__(self) -> str:
        return f"<writer {self.module}.{self.__name__}>"


FORMATS: dict[str, tuple[str, Writer]] = {
    # RDF (kg/export/rdf_formats.py)
    "turtle": ("graph.ttl", _Lazy("rdf_formats", "write_turtle")),
    "ntriples": ("graph.nt", _Lazy("rdf_formats", "write_ntriples")),
    "jsonld": ("graph.jsonld", _Lazy("rdf_formats", "write_jsonld")),
    "trig": ("graph.trig", _Lazy("rdf_formats", "write_trig")),
    "jsonld-compact": ("graph.compact.jsonld", _Lazy("jsonld_compact", "write_jsonld_compact")),
    # Neo4j (kg/export/cypher.py, kg/export/neo4j_csv.py)
    "cypher": ("graph.cypher", _Lazy("cypher", "write_cypher")),
    "neo4j-csv": ("neo4j-csv", _Lazy("neo4j_csv", "write_neo4j_csv")),   # a folder of CSV files for neo4j-admin import
    # nodes and edges tables (kg/graph/tables.py) for graph tools and data frames
    "graphml": ("graph.graphml", _Lazy("graphml", "write_graphml")),
    "gexf": ("graph.gexf", _Lazy("gexf", "write_gexf")),
    "csv": ("csv", _Lazy("csv_tables", "write_csv_tables")),              # nodes.csv, edges.csv
    "parquet": ("parquet", _Lazy("parquet", "write_parquet")),         # nodes.parquet, edges.parquet
}

__all__ = ["FORMATS", "Writer"]
