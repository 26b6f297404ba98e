"""Annotate: the spaCy parse every later stage reads (tokens, sentences, entities, syntax)."""

from .spacy_model import Annotator, load_spacy

__all__ = ["Annotator", "load_spacy"]
