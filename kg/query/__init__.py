"""SPARQL over a written graph with pyoxigraph's embedded store (the store choice is measured in the README)."""
from kg.query.output import OUTPUT_FORMATS, write_result
from kg.query.store import QUERY_PREFIXES, open_store, run_query

__all__ = ["OUTPUT_FORMATS", "QUERY_PREFIXES", "open_store", "run_query", "write_result"]
