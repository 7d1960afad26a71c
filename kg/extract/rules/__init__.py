"""Relation rules over a SentenceContext, one module per kind of rule."""
