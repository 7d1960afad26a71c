"""parquet/: nodes.parquet and edges.parquet, the tables of kg/graph/tables.py through pyarrow (the form
GraphRAG and kglab hand tables over in; pandas.read_parquet reads them). List values are list<string>
columns, confidence a nullable double, everything else string."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from kg.graph import KnowledgeGraph
from kg.graph.tables import EDGE_COLUMNS, NODE_COLUMNS, columns, edge_rows, node_rows


def _type(rows: list[dict], name: str) -> pa.DataType:
    if name == "confidence":
        return pa.float64()
    return pa.list_(pa.string()) if any(isinstance(row[name], list) for row in rows) else pa.string()


def _write(path: Path, rows: list[dict], names: list[str]) -> None:
    schema = pa.schema([(name, _type(rows, name)) for name in names])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)


def write_parquet(graph: KnowledgeGraph, path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    nodes, edges = node_rows(graph), edge_rows(graph)
    _write(path / "nodes.parquet", nodes, columns(nodes, NODE_COLUMNS))
    _write(path / "edges.parquet", edges, columns(edges, EDGE_COLUMNS))
