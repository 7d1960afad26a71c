"""Stage 1: read documents: text files, JSON Lines records, HTML pages, standard input, texts from the API."""
from kg.read.reader import Inputs, read_documents, read_inputs
from kg.read.records import text_documents

__all__ = ["Inputs", "read_documents", "read_inputs", "text_documents"]
