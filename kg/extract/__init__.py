"""Stages 3 and 4: entity mentions in a sentence and the relations between them."""
