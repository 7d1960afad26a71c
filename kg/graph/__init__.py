"""Stage 6: the knowledge graph and its RDF and networkx views; reading a written graph back."""
from kg.graph.knowledge_graph import KnowledgeGraph

__all__ = ["KnowledgeGraph", "load_graph"]


def __getattr__(name: str):
    if name == "load_graph":      # imported when first used: it brings rdflib, a sixth of every start
        from kg.graph.from_rdf import load_graph

        return load_graph
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
