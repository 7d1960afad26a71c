"""graph.gexf: the nodes and edges tables (kg/graph/tables.py) as GEXF 1.2, networkx's writer, for Gephi.
The English name is the node label, the edge id "subject relation object"; list values are JSON arrays in
text, characters XML cannot hold U+FFFD (as in graph.graphml). The writer's lastmodifieddate (today's date)
is left out, so the file depends on the graph only."""
from __future__ import annotations

from pathlib import Path

from networkx.readwrite.gexf import GEXFWriter

from kg.export.graphml import xml_network
from kg.graph import KnowledgeGraph


def write_gexf(graph: KnowledgeGraph, path: Path) -> None:
    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph(xml_network(graph, id_keys=False))
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    writer.write(path)
