"""kg: multilingual knowledge graphs of news and policy articles, with sentence-level evidence.

    import kg
    graph = kg.build(["examples/"])   # files and folders: .txt, .md, .jsonl (one article per line), .html; "-" = stdin
    graph.to_rdf()        # rdflib.Graph
    graph.to_networkx()   # networkx.MultiDiGraph

    graph = kg.build(texts=["Da Nang cooperates with JICA.", ("note", "Cao Bang borders Guangxi."),
                            {"id": "a3", "text": "...", "url": "https://...", "date": "2025-03-14", "title": "..."}],
                     progress=lambda done, total: print(f"{done}/{total}"))

See kg.build for every argument.
"""
__version__ = "0.1.0"      # first: kg.fingerprint reads it while the modules below are being imported

from kg.graph import KnowledgeGraph  # noqa: E402
from kg.pipeline import build  # noqa: E402

__all__ = ["KnowledgeGraph", "build"]
