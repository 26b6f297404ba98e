"""Round 3 of event typing: attacks told as circumstance (tolls, relative clauses, 'after'
clauses), arrests said as 'took into custody', talks measured in hours, aid convoys, and
signed agreements (PLOVER SUPPORT, as the codebook's SUPPORT definition says).

New sentences written for these tests, not taken from any gold set.
"""

from __future__ import annotations

from typing import Any

import pytest

FOUND: list[tuple[str, str, str]] = [
    # an attack whose toll is reported
    ("The death toll from Tuesday's shelling of the railway station has climbed to 31.",
     "shelling", "ASSAULT"),
    ("The number killed in Friday's bombing of the bus depot has risen to nine.",
     "bombing", "ASSAULT"),
    # attacks in relative clauses and reduced relatives, dated or attributed
    ("Volunteers cleared the wreckage of a school that a drone struck on Monday.",
     "struck", "ASSAULT"),
    ("Firefighters worked at the warehouse hit by Iranian missiles overnight on Sunday.",
     "hit", "ASSAULT"),
    # a completed attack after 'after'
    ("The airline cancelled flights to Beirut after Israel launched a drone strike on the city.",
     "strike", "ASSAULT"),
    # arrests, talks, aid
    ("Security forces took the opposition leader into custody on Thursday.", "took", "COERCE"),
    ("The envoys held four hours of talks in Doha.", "talks", "CONSULT"),
    ("A World Food Programme aid convoy reached the besieged city on Tuesday.", "reached", "AID"),
    # signing a treaty is SUPPORT in the PLOVER codebook; 'ink' is 'sign'
    ("Chile and Peru inked an agreement on border trade.", "inked", "SUPPORT"),
    ("The two ministers signed a memorandum on energy cooperation.", "signed", "SUPPORT"),
]


def _types(pipeline: Any, text: str) -> list[tuple[str, str]]:
    doc = pipeline(text, date="2024-05-02", id="t3")
    doc.check_offsets()
    return [(e.plover_type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize("text,trigger,ptype", FOUND)
def test_event_found_with_type(pipeline: Any, text: str, trigger: str, ptype: str) -> None:
    found = _types(pipeline, text)
    assert (ptype, trigger) in found, found


def test_after_clause_keeps_the_main_event(pipeline: Any) -> None:
    found = _types(pipeline, "The airline cancelled flights to Beirut after Israel launched a "
                             "drone strike on the city.")
    assert {t for t, _ in found} >= {"SANCTION", "ASSAULT"}, found


def test_toll_attack_is_dated_by_its_day(pipeline: Any) -> None:
    doc = pipeline("The death toll from Tuesday's shelling of the railway station has climbed "
                   "to 31, officials said on Thursday.", date="2024-05-02", id="d3")
    ev = next(e for e in doc.events if e.trigger.text == "shelling")
    # the possessive day dates the attack, not the day of the report (which day of the
    # calendar "Tuesday" resolves to is the date resolver's business)
    assert ev.date is not None and ev.date.text == "Tuesday" and ev.date.span_start == 20, ev.date


@pytest.mark.parametrize("text,word", [
    ("The committee took the objections into account.", "took"),
    ("Engineers began rebuilding the bridge that was destroyed.", "destroyed"),
    ("The number of visitors has risen to 4,000 this year.", "number"),
    ("Civilians killed in the fighting were buried in the village cemetery.", "killed"),
    ("Residents returned to homes that were destroyed in the 2014 war.", "destroyed"),
    ("The man who shot the senator in 1981 was freed from prison.", "shot"),
])
def test_no_event_from_these_words(pipeline: Any, text: str, word: str) -> None:
    assert not [t for t in _types(pipeline, text) if t[1] == word]
