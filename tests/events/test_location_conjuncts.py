"""An event's place is never taken from a clause coordinated with it: in "carried out a
reconnaissance in the area and then returned to Iraq" Iraq is where he went back to, not
where the reconnaissance was. Sentences written for this test."""

from __future__ import annotations

from typing import Any


def test_a_coordinated_clause_does_not_lend_its_place(pipeline: Any, seed_text: str) -> None:
    """The seed: the IRGC commander's reconnaissance was in the Abu Kamal area, not Iraq."""
    doc = pipeline(seed_text, date="2020-03-12")
    recon = [e for e in doc.events if e.trigger.text == "reconnaissance"]
    assert recon, [e.trigger.text for e in doc.events]
    assert recon[0].location is not None and recon[0].location.country_code == "SY"


def test_the_clause_own_place_still_wins(pipeline: Any) -> None:
    doc = pipeline("Rebels attacked an army post in Kidal and then withdrew to the hills.",
                   date="2020-03-12")
    attack = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert attack and attack[0].location is not None and attack[0].location.name == "Kidal"
