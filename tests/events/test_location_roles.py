"""An event's location is a name used as a place, never a nationality or a government."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def nlp() -> Any:
    import eventscope

    return eventscope.load()


def _where(nlp: Any, text: str, trigger: str) -> str | None:
    doc = nlp(text, date="2023-06-12")
    events = [e for e in doc.events if e.trigger.text == trigger]
    assert events, [(e.trigger.text, e.plover_type) for e in doc.events]
    loc = events[0].location
    return loc.name if loc is not None else None


def test_a_nationality_is_not_where_an_attack_happened(nlp: Any) -> None:
    where = _where(nlp, "Russian forces shelled the city overnight, officials said.", "shelled")
    assert where is None or "Russia" not in where


def test_a_capital_speaking_for_its_government_is_not_the_place(nlp: Any) -> None:
    where = _where(nlp, "Kyiv accused Moscow of shelling a hospital.", "shelling")
    assert where not in ("Moscow", "Kyiv", "Kiev")


def test_a_named_place_still_wins(nlp: Any) -> None:
    where = _where(nlp, "Russian forces shelled Kharkiv overnight, officials said.", "shelled")
    assert where is not None and "Kharkiv" in where or where == "Kharkov"
