"""Actors: stub component (replaced by the real stage)."""

from __future__ import annotations

from ..config import Config
from ..doc import Doc
from ..registry import components


@components.register("eventscope.actors.v1")
def make_component(config: Config):  # type: ignore[no-untyped-def]
    def component(doc: Doc) -> Doc:
        return doc

    return component
