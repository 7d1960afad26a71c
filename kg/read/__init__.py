"""Stage 1: read documents from disk."""
from kg.read.reader import read_documents

__all__ = ["read_documents"]
