"""Stage 1: read documents from disk."""
from kg.read.reader import Inputs, read_documents, read_inputs

__all__ = ["Inputs", "read_documents", "read_inputs"]
