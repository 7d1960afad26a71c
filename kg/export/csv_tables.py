"""csv/: nodes.csv and edges.csv, the tables of kg/graph/tables.py with a header row (RFC 4180 quoting, CRLF,
UTF-8). A list value is one cell holding a JSON array ("[\"Cao Bằng\", \"Каобанг\"]"); None is an empty cell."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from kg.graph import KnowledgeGraph
from kg.graph.tables import EDGE_COLUMNS, NODE_COLUMNS, columns, edge_rows, node_rows

FILES = ("nodes.csv", "edges.csv")


def _cell(value) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else str(value)


def _write(path: Path, rows: list[dict], header: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([_cell(row[c]) for c in header] for row in rows)


def write_csv_tables(graph: KnowledgeGraph, path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    nodes, edges = node_rows(graph), edge_rows(graph)
    _write(path / "nodes.csv", nodes, columns(nodes, NODE_COLUMNS))
    _write(path / "edges.csv", edges, columns(edges, EDGE_COLUMNS))
