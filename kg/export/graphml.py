"""graph.graphml: the nodes and edges tables (kg/graph/tables.py) as GraphML, networkx's writer, for Gephi,
Cytoscape, yEd, igraph. Keys are named after the columns, edge ids are the edges' ids ("subject relation
object"); list values are JSON arrays in text (JSON escapes control characters, so they survive). A character
XML 1.0 cannot hold (a control character in a label) becomes U+FFFD."""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from kg.graph import KnowledgeGraph
from kg.graph.tables import network

NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_network(graph: KnowledgeGraph, id_keys: bool) -> nx.MultiDiGraph:
    """kg.graph.tables.network with every string made one XML can hold."""
    g = network(graph, id_keys=id_keys)
    for data in [d for _, d in g.nodes(data=True)] + [d for *_, d in g.edges(data=True)]:
        for key, value in data.items():
            if isinstance(value, str):
                data[key] = NOT_XML.sub("\ufffd", value)
    return g


def write_graphml(graph: KnowledgeGraph, path: Path) -> None:
    nx.write_graphml(xml_network(graph, id_keys=True), path, encoding="utf-8", named_key_ids=True)
