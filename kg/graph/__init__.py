"""Stage 6: the knowledge graph and its RDF and networkx views; reading a written graph back."""
from kg.graph.from_rdf import load_graph
from kg.graph.knowledge_graph import KnowledgeGraph

__all__ = ["KnowledgeGraph", "load_graph"]
