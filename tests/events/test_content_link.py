"""An embedded act (what a threat, promise, refusal or accusation is about) points at the event
that governs it and keeps its own type, so a threat is counted once and still says what was
threatened. New sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventscope.doc import Event

CASES: list[tuple[str, str, str, str, str]] = [
    # sentence, governing trigger, embedded trigger, governing type, type of the act itself
    ("The rebels threatened to shell the airport if talks failed.",
     "threatened", "shell", "THREATEN", "ASSAULT"),
    ("Kyiv accused Moscow of shelling the power plant overnight.",
     "accused", "shelling", "ACCUSE", "ASSAULT"),
]


def _by_trigger(events: list[Event], word: str) -> Event:
    found = [e for e in events if e.trigger.text == word]
    assert found, f"no event on {word!r}: {[e.trigger.text for e in events]}"
    return found[0]


@pytest.mark.parametrize("text,gov,inner,gov_type,act_type", CASES)
def test_embedded_act_points_at_its_governor(pipeline: Any, text: str, gov: str, inner: str,
                                             gov_type: str, act_type: str) -> None:
    doc = pipeline(text, date="2024-03-01")
    governor, act = _by_trigger(doc.events, gov), _by_trigger(doc.events, inner)
    assert governor.plover_type == gov_type and governor.content_of is None
    assert act.content_of == governor.event_id
    assert act.content_type == act_type
    assert act.factuality != "asserted"


def test_plain_events_have_no_content_link(pipeline: Any) -> None:
    doc = pipeline("Rebels shelled the airport on Monday, killing two guards.", date="2024-03-01")
    assert doc.events and all(e.content_of is None and e.content_type is None for e in doc.events)


def test_content_fields_survive_the_round_trip() -> None:
    from eventscope.doc import Span
    ev = Event(event_id="d:e1", plover_type="THREATEN", trigger=Span(0, 5, "shell"),
               evidence=Span(0, 5, "shell"), content_of="d:e0", content_type="ASSAULT")
    back = Event.from_dict(ev.to_dict())
    assert (back.content_of, back.content_type) == ("d:e0", "ASSAULT")
