"""Events: who did what to whom, typed in PLOVER, CAMEO and ACLED, with arguments and evidence.

The component reads the spaCy parse (``doc.parsed``), the places and the linked actors
that earlier stages set, and fills ``doc.events``. See :mod:`.extract` for the steps.
"""

from __future__ import annotations

from collections.abc import Callable

from ..config import Config
from ..doc import Doc
from ..registry import components
from .extract import extract_events


@components.register("eventscope.events.v1")
def make_component(config: Config) -> Callable[[Doc], Doc]:
    """The rules-based events stage: ``Doc -> Doc`` with ``doc.events`` filled."""

    def component(doc: Doc) -> Doc:
        doc.events = extract_events(doc)
        return doc

    return component


__all__ = ["make_component", "extract_events"]
