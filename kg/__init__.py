"""kg: multilingual knowledge graphs of news and policy articles, with sentence-level evidence.

    import kg
    graph = kg.build(["../shared/corpus"])
    graph.to_rdf()        # rdflib.Graph
    graph.to_networkx()   # networkx.MultiDiGraph
"""
__version__ = "0.1.0"      # first: kg.fingerprint reads it while the modules below are being imported

from kg.graph import KnowledgeGraph  # noqa: E402
from kg.pipeline import build  # noqa: E402

__all__ = ["KnowledgeGraph", "build"]
