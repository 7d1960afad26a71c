"""Pictures of the graph: the self-contained `kg viz` page, colours per class, the Neo4j Browser
style sheet, and the SPARQL helper the notebooks use."""
from kg.viz.page import render_page
from kg.viz.subgraph import find_entity, select

__all__ = ["find_entity", "render_page", "select"]
