"""A country name that the places stage resolved elsewhere (issue 4)."""

from __future__ import annotations

from typing import Any


def test_a_country_resolved_to_a_small_town_stays_the_country(pipeline: Any) -> None:
    """'Panama' next to 'United States' may resolve to a US town; as an actor it is Panama."""
    doc = pipeline("The United States withdrew its troops from Panama on Wednesday.", id="t")
    assert "PAN" in [a.actor_id for a in doc.actors], [(a.text, a.actor_id) for a in doc.actors]


def test_a_us_state_is_not_the_country_of_the_same_name(pipeline: Any) -> None:
    doc = pipeline("Georgia passed a new voting law in Atlanta.", id="t")
    assert "GEO" not in [a.actor_id for a in doc.actors]
