"""Load a KnowledgeGraph into a running Neo4j over Bolt with the official driver.

The statements are the script's (kg/export/cypher_queries.py) with the rows sent as the parameter $rows:
constraints first, then one managed transaction (`session.execute_write`) per batch of rows. The driver
retries a managed transaction that fails with a transient error (deadlock, leader switch, lost connection)
for up to 30 s before giving up; every statement MERGEs, so a retried or repeated batch changes nothing and
loading the same graph twice leaves the database as it was.

With `sync`, the database is made equal to the graph (`kg load --sync`, for a newer build): the statements
replace properties and class labels instead of adding to them, then the prune statements of
property_graph.prune delete the documents, evidence, facts, mentions and entities the graph no longer has;
nodes and relationships kg did not make are not touched. Running it twice changes nothing."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from kg.errors import KgError
from kg.export import cypher_queries as q
from kg.export.property_graph import BATCH, batches, prune
from kg.graph import KnowledgeGraph

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
CONNECT_SECONDS = 5.0   # to connect and hear the Bolt handshake: a server that is not Neo4j answers no sooner
COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted", "properties_set",
            "labels_added", "labels_removed", "constraints_added")


def plan(graph: KnowledgeGraph, size: int = BATCH, sync: bool = False) -> list[tuple[str, list[dict]]]:
    """(statement, rows) for every data batch, in order; each statement reads its rows from $rows."""
    return [(q.UNWIND.format(rows=q.PARAMETER, body=b.body), b.rows) for b in batches(graph, size, sync)]


def sync_plan(graph: KnowledgeGraph, size: int = BATCH) -> list[tuple[str, dict]]:
    """(statement, parameters) that make a database equal to `graph`: the replacing loads, then the prunes."""
    return [(statement, {"rows": rows}) for statement, rows in plan(graph, size, sync=True)] + prune(graph)


def _run(tx, statement: str, params: dict | None) -> dict:
    """One statement in a managed transaction: the counters of what it changed."""
    result = tx.run(statement, params or {})
    counters = result.consume().counters
    return {name: getattr(counters, name) for name in COUNTERS}


def load_graph(graph: KnowledgeGraph, uri: str, user: str, password: str, database: str | None = None,
               progress: Callable[[int, int], None] | None = None, sync: bool = False) -> dict:
    """Load `graph` into the Neo4j at `uri` (database: the server's default when None); with `sync`, make the
    database equal to it (see above). `progress(done, total)` is called with rows loaded so far after every
    statement. Returns the summed COUNTERS and the statements and rows sent. Raises KgError when the server
    cannot be reached, refuses the user or fails a statement."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

    if uri.partition("://")[0] not in SCHEMES:
        raise KgError(f"{uri!r} is not a Bolt address: it starts with one of {', '.join(s + '://' for s in SCHEMES)}")
    work = sync_plan(graph) if sync else [(statement, {"rows": rows}) for statement, rows in plan(graph)]
    rows = sum(len(params.get("rows", ())) for _, params in work)
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
                for statement, params in work:
                    summary.update(session.execute_write(_run, statement, params))
                    done += len(params.get("rows", ()))
                    if progress:
                        progress(done, rows)
    except ServiceUnavailable as err:
        raise KgError(f"cannot reach Neo4j at {uri}: is the server running and the address right? ({err})") from err
    except AuthError as err:
        raise KgError(f"Neo4j at {uri} refused user {user!r}: wrong user name or password") from err
    except Neo4jError as err:
        raise KgError(f"Neo4j at {uri} failed: {err.code}: {err.message}") from err
    return {**{name: summary[name] for name in COUNTERS},
            "statements": len(q.CONSTRAINTS) + len(work), "rows": rows}
