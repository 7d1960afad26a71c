"""Stage 2: language identification, sentences, words, lemmas."""
from kg.analyse.analyser import analyse

__all__ = ["analyse"]
