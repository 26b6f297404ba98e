"""The seed page (issue 5's 'done when'): the events a reader finds in it."""

from __future__ import annotations

from typing import Any

import pytest

from eventscope.doc import Doc, Event


@pytest.fixture(scope="module")
def seed(pipeline: Any, seed_text: str) -> Doc:
    doc = pipeline(seed_text, date="2020-03-12", id="seed")
    doc.check_offsets()
    return doc


def names(ev: Event, role: str = "source") -> str:
    return " ".join(f"{a.text} {a.name or ''} {a.actor_id or ''}" for a in getattr(ev, role)).lower()


def test_iran_mobilizes_to_abu_kamal(seed: Doc) -> None:
    found = [e for e in seed.events if e.plover_type == "MOBILIZE" and "iran" in names(e)
             and e.factuality == "asserted"]
    assert found, [(e.plover_type, names(e)) for e in seed.events]
    ev = found[0]
    assert ev.trigger.text == "sending"
    assert ev.cameo_root == "15"
    assert ev.acled_event_type == "Strategic developments"
    assert len(ev.mentions) >= 2, "the reinforcements arriving are the same movement"
    if ev.size is not None:
        assert "dozens" in ev.size.text
    if ev.location is not None and ev.location.lat is not None:
        assert abs(ev.location.lat - 34.45) < 0.2 and abs(ev.location.lon - 40.92) < 0.2


def test_islamic_state_assault(seed: Doc) -> None:
    found = [e for e in seed.events if e.plover_type == "ASSAULT" and (
        "islamic state" in names(e) or "isis" in names(e))]
    assert found, [(e.plover_type, names(e)) for e in seed.events]
    ev = found[0]
    assert ev.factuality in ("asserted", "reported")
    assert ev.acled_event_type in ("Battles", "Violence against civilians")
    assert "soldiers" in names(ev, "target")
    if seed.places:
        assert ev.location is not None and "deir" in (ev.location.text + (ev.location.name or "")).lower()


def test_commander_visit(seed: Doc) -> None:
    found = [e for e in seed.events if e.plover_type == "CONSULT" and "zada" in names(e)]
    assert found and found[0].plover_mode == "visit"


def test_possible_attack_is_not_asserted(seed: Doc) -> None:
    at = seed.text.index("Perhaps also an attack")
    end = seed.text.index(".", at)
    found = [e for e in seed.events if at <= e.trigger.start < end]
    assert found and all(e.factuality != "asserted" for e in found)


def test_question_and_airport_are_not_asserted(seed: Doc) -> None:
    q = seed.text.index("Does Tehran want")
    airport = seed.text.index("military airport")
    for e in seed.events:
        if q <= e.trigger.start < seed.text.index("?", q) or e.trigger.start >= airport - 80:
            assert e.factuality != "asserted", e


def test_headlines_yield_nothing(seed: Doc) -> None:
    headline = seed.text.index("Huge reinforcements sent")
    assert not [e for e in seed.events if headline <= e.trigger.start < headline + 40]


def test_event_ids_are_numbered(seed: Doc) -> None:
    assert [e.event_id for e in seed.events] == [f"seed:e{i}" for i in range(len(seed.events))]
