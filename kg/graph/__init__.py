"""Stage 6: the knowledge graph and its RDF and networkx views."""
from kg.graph.knowledge_graph import KnowledgeGraph

__all__ = ["KnowledgeGraph"]
