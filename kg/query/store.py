"""An in-memory pyoxigraph Store with a written graph and the ontology; SPARQL queries over it."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
from pyoxigraph import QueryBoolean, QuerySolutions, QueryTriples, Store

from kg.errors import KgError
from kg.graph.from_rdf import FORMATS_BY_SUFFIX, graph_file
from kg.graph.rdf import PREFIXES
from kg.query.guard import refuse_service, update_message
from kg.resources import ONTOLOGY

# declared for every query, so `kg query out/ 'SELECT ?x { ?x a kg:Locality }'` needs no PREFIX lines
QUERY_PREFIXES = {**PREFIXES, "owl": "http://www.w3.org/2002/07/owl#"}


def open_store(path: str | Path) -> Store:
    """A store holding the graph in `path` (a `kg build` folder or an RDF file; TriG keeps its named graphs)
    and ontology/kg.ttl in the default graph, so queries can use the class hierarchy and labels."""
    file = graph_file(Path(path))
    fmt = FORMATS_BY_SUFFIX.get(file.suffix)
    if fmt is None:
        raise KgError(f"{file}: unknown RDF file type {file.suffix!r} (known: {', '.join(sorted(FORMATS_BY_SUFFIX))})")
    store = Store()
    try:
        store.bulk_load(path=str(file), format=fmt)
    except (SyntaxError, ValueError, OSError) as err:
        raise KgError(f"{file}: not a readable graph ({err})") from err
    store.bulk_load(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE)
    return store


def run_query(store: Store, sparql: str) -> QuerySolutions | QueryBoolean | QueryTriples:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over every graph of the store (the default graph is the
    union of all graphs, so evidence in TriG's per-document graphs is found without GRAPH clauses). SERVICE
    and updates are refused with a KgError before anything runs."""
    refuse_service(sparql)
    try:
        return store.query(sparql, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as err:
        raise KgError(update_message(sparql) or f"bad SPARQL: {err}") from err
    except OSError as err:
        raise KgError(f"the query failed: {err}") from err
