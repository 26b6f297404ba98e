"""Fixtures for the actors stage: the spaCy model, registry and linker are built once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventscope.actors import ActorLinker, ActorRegistry, load_registry
from eventscope.annotate.spacy_model import Annotator, load_spacy
from eventscope.config import Config
from eventscope.doc import Doc


@pytest.fixture(scope="session")
def actors_nlp() -> Any:
    return load_spacy(Config())


@pytest.fixture(scope="session")
def registry() -> ActorRegistry:
    return load_registry()


@pytest.fixture(scope="session")
def linker(registry: ActorRegistry) -> ActorLinker:
    return ActorLinker(registry)


@pytest.fixture(scope="session")
def link(actors_nlp: Any, linker: ActorLinker) -> Callable[[str], Doc]:
    """Parse a text and run the actors component on it; offsets are checked every time."""
    annotator = Annotator(Config(), nlp=actors_nlp)

    def run(text: str) -> Doc:
        doc = linker(annotator(Doc(id="t", text=text)))
        doc.check_offsets()
        return doc

    return run


def ids(doc: Doc) -> dict[str, str | None]:
    """Mention text -> actor id (the last one wins for repeated texts)."""
    return {a.text: a.actor_id for a in doc.actors}
