"""graph.cypher: a script that recreates the graph in Neo4j (cypher-shell -f, or pasted into Neo4j Browser).

Uniqueness constraints first, then batched `UNWIND [...] AS row MERGE ...` statements with the rows
written in as list literals; running it twice changes nothing. Nodes, relationships and properties are
those of kg/export/property_graph.py; the statements those of cypher_queries.py."""
from __future__ import annotations

from collections.abc import Iterator
from json.encoder import encode_basestring   # json's own string escaper (C)
from pathlib import Path

from kg.export import cypher_queries as q
from kg.export.property_graph import batches
from kg.graph import KnowledgeGraph


def literal(value) -> str:
    """A Cypher literal for str, int, float, bool, list or dict values (strings single-quoted).

    Hand-written because no maintained library writes Cypher literals; JSON's string escapes are read
    the same way by Cypher (\\\\, \\n, \\t, \\uXXXX for control characters ...), so json escapes."""
    if isinstance(value, str):
        return "'" + encode_basestring(value)[1:-1].replace('\\"', '"').replace("'", "\\'") + "'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def statements(graph: KnowledgeGraph) -> Iterator[str]:
    """The whole script as statements (without the terminating semicolons), made as they are read."""
    yield from q.CONSTRAINTS
    for b in batches(graph):
        yield q.UNWIND.format(rows=literal(b.rows), body=b.body)


def write_cypher(graph: KnowledgeGraph, path: Path) -> None:
    """The script written one statement at a time: a large graph's script is never whole in memory."""
    with path.open("w", encoding="utf-8") as file:
        for statement in statements(graph):
            file.write(statement + ";\n")
