"""SHACL validation of a written graph against ontology/shapes.ttl (pySHACL)."""
from kg.validate.shacl import SHAPES, Violation, read_graph, validate, validate_file

__all__ = ["SHAPES", "Violation", "read_graph", "validate", "validate_file"]
