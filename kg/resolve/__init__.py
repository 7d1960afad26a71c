"""Stage 5: one entity per real-world thing, across documents and languages."""
from kg.resolve.resolver import Entity, resolve

__all__ = ["Entity", "resolve"]
