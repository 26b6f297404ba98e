"""Triggers the detector used to miss, so factuality items found no event: munitions that are
dropped or hurled, breaches, retaliations said with their means, event nouns in bundles
("a package of sanctions") and in hypotheses ("an act of sabotage"), and events inside
hypothesis clauses, suspicions and analysts' forecasts.

New sentences written for these tests. Each case names the trigger, its PLOVER type (of the
event or, for content mentions, of the act itself) and its factuality.
"""

from __future__ import annotations

from typing import Any

import pytest

CASES: list[tuple[str, str, str, str]] = [
    ("dropped", "ASSAULT", "asserted", "A helicopter dropped barrel bombs on the rebel-held town."),
    ("hurled", "ASSAULT", "hedged",
     "Youths allegedly hurled petrol bombs at the police station overnight."),
    ("breached", "COERCE", "hedged",
     "A state-backed group apparently breached the computer network of the defence ministry."),
    ("breached", "REJECT", "asserted", "Both sides breached the truce within hours."),
    ("sanctions", "SANCTION", "future",
     "The bloc will approve a new package of sanctions against Belarus next week."),
    ("sanctions", "SANCTION", "asserted", "Washington hit Tehran with fresh sanctions on Friday."),
    ("sanctions", "THREATEN", "speculative",
     "If the militia seizes the port, the government would respond with sanctions, aides say."),
    ("sabotage", "ASSAULT", "speculative",
     "The theory that the pipeline blast was an act of sabotage has gained ground."),
    ("shot", "ASSAULT", "speculative",
     "Experts are studying the possibility that the airliner was shot down by a rocket."),
    ("setting", "ASSAULT", "hedged",
     "Two teenagers suspected of setting fire to a mosque were detained in Leeds."),
    ("strikes", "ASSAULT", "speculative",
     "Should talks fail, the army could resume strikes on the northern districts, analysts warned."),
    ("retaliate", "ASSAULT", "future", "The militia vowed to retaliate against the army."),
    ("shelling", "ASSAULT", "speculative",
     "The militia could retaliate by shelling the army's supply depots if the truce fails."),
]


def _event(pipeline: Any, text: str, trigger: str) -> Any:
    doc = pipeline(text, date="2024-05-02", id="r2")
    doc.check_offsets()
    found = [e for e in doc.events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in doc.events]
    return found[0]


@pytest.mark.parametrize("trigger,ptype,label,text", CASES)
def test_trigger_found_with_type_and_factuality(pipeline: Any, trigger: str, ptype: str,
                                                label: str, text: str) -> None:
    ev = _event(pipeline, text, trigger)
    assert (ev.content_type or ev.plover_type) == ptype
    assert ev.factuality == label


def test_vowed_retaliation_is_a_threat(pipeline: Any) -> None:
    """The vow itself is an asserted THREATEN; the retaliation its future content."""
    doc = pipeline("The militia vowed to retaliate against the army.", id="v2")
    assert {e.plover_type for e in doc.events} == {"THREATEN"}
    vow = next(e for e in doc.events if e.trigger.text == "vowed")
    assert vow.factuality == "asserted"


@pytest.mark.parametrize("text,word", [
    ("Analysts warned that the economy could shrink next year.", "warned"),
    ("Officials raised the possibility that the talks would collapse.", "talks"),
    ("Farmers dropped their prices after the harvest.", "dropped"),
    ("The swollen river breached its banks after days of heavy rain.", "breached"),
    ("The film, shot in the old port of Jaffa, opened the festival on Friday.", "shot"),
])
def test_no_new_events_on_no_event_sentences(pipeline: Any, text: str, word: str) -> None:
    doc = pipeline(text, id="n2")
    assert not [(e.plover_type, e.trigger.text) for e in doc.events if e.trigger.text == word]


def test_dropped_charges_stay_a_concession(pipeline: Any) -> None:
    """'charge' is a munition only with an explosive hint ('demolition charges')."""
    doc = pipeline("The prosecutor dropped the charges against the two journalists.", id="c2")
    assert "ASSAULT" not in {e.plover_type for e in doc.events}
