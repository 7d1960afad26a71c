"""kg: multilingual knowledge graphs of news and policy articles, with sentence-level evidence.

    import kg
    graph = kg.build(["../shared/corpus"])
    graph.to_rdf()        # rdflib.Graph
    graph.to_networkx()   # networkx.MultiDiGraph
"""
from kg.graph import KnowledgeGraph
from kg.pipeline import build

__all__ = ["KnowledgeGraph", "build"]
__version__ = "0.1.0"
