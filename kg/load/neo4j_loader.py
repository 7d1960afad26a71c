"""Load a KnowledgeGraph into a running Neo4j over Bolt with the official driver.

The statements are the script's (kg/export/cypher_queries.py) with the rows sent as the parameter $rows:
constraints first, then one managed transaction (`session.execute_write`) per batch of rows. The driver
retries a managed transaction that fails with a transient error (deadlock, leader switch, lost connection)
for up to 30 s before giving up; every statement MERGEs, so a retried or repeated batch changes nothing and
loading the same graph twice leaves the database as it was."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from kg.errors import KgError
from kg.export import cypher_queries as q
from kg.export.property_graph import BATCH, batches
from kg.graph import KnowledgeGraph

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
CONNECT_SECONDS = 5.0   # to connect and hear the Bolt handshake: a server that is not Neo4j answers no sooner
COUNTERS = ("nodes_created", "relationships_created", "properties_set", "labels_added", "constraints_added")


def plan(graph: KnowledgeGraph, size: int = BATCH) -> list[tuple[str, list[dict]]]:
    """(statement, rows) for every data batch, in order; each statement reads its rows from $rows."""
    return [(q.UNWIND.format(rows=q.PARAMETER, body=b.body), b.rows) for b in batches(graph, size)]


def _run(tx, statement: str, rows: list[dict] | None) -> dict:
    """One statement in a managed transaction: the counters of what it changed."""
    result = tx.run(statement) if rows is None else tx.run(statement, rows=rows)
    counters = result.consume().counters
    return {name: getattr(counters, name) for name in COUNTERS}


def load_graph(graph: KnowledgeGraph, uri: str, user: str, password: str, database: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> dict:
    """Load `graph` into the Neo4j at `uri` (database: the server's default when None). `progress(done,
    total)` is called with rows loaded so far after every batch. Returns the summed counters (nodes_created,
    relationships_created, properties_set, labels_added, constraints_added) and the statements and rows
    sent. Raises KgError when the server cannot be reached, refuses the user or fails a statement."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

    if uri.partition("://")[0] not in SCHEMES:
        raise KgError(f"{uri!r} is not a Bolt address: it starts with one of {', '.join(s + '://' for s in SCHEMES)}")
    work = plan(graph)
    total = sum(len(rows) for _, rows in work)
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=CONNECT_SECONDS,
                                      connection_acquisition_timeout=2 * CONNECT_SECONDS)
    except (ConfigurationError, ValueError) as err:
        raise KgError(f"{uri!r} is not a usable Bolt address: {err}") from err
    summary: Counter = Counter()
    try:
        with driver:
            driver.verify_connectivity()
            with driver.session(database=database) as session:
                for statement in q.CONSTRAINTS:
                    summary.update(session.execute_write(_run, statement, None))
                done = 0
                for statement, rows in work:
                    summary.update(session.execute_write(_run, statement, rows))
                    done += len(rows)
                    if progress:
                        progress(done, total)
    except ServiceUnavailable as err:
        raise KgError(f"cannot reach Neo4j at {uri}: is the server running and the address right? ({err})") from err
    except AuthError as err:
        raise KgError(f"Neo4j at {uri} refused user {user!r}: wrong user name or password") from err
    except Neo4jError as err:
        raise KgError(f"Neo4j at {uri} failed: {err.code}: {err.message}") from err
    return {**{name: summary[name] for name in COUNTERS},
            "statements": len(q.CONSTRAINTS) + len(work), "rows": total}
