"""Helpers shared by the argument tests: run a sentence, pick an event, show its actors."""

from __future__ import annotations

from typing import Any

from eventscope.doc import ActorMention, Doc, Event


def run(pipeline: Any, text: str) -> Doc:
    doc = pipeline(text, date="2024-05-02", id="t")
    doc.check_offsets()
    return doc


def first(doc: Doc, ptype: str) -> Event:
    found = [e for e in doc.events if e.plover_type == ptype]
    assert found, [(e.plover_type, e.trigger.text) for e in doc.events]
    return found[0]


def texts(ms: list[ActorMention]) -> str:
    return " | ".join(m.text for m in ms)
