"""SPARQL over a written graph with pyoxigraph's embedded store (the store choice is measured in the README)."""
from kg.query.output import OUTPUT_FORMATS, write_result
from kg.query.store import QUERY_PREFIXES, open_store, run_query
from kg.query.table import query_file, sparql_table

__all__ = ["OUTPUT_FORMATS", "QUERY_PREFIXES", "open_store", "query_file", "run_query", "sparql_table", "write_result"]
