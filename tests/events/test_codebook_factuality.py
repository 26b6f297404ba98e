"""Factuality cues the codebook work added: hedges in subjects and passives, inverted
conditionals, the content of threats, refusals and accusations, and claimed attacks.

New sentences written for these tests. The target event is looked up by its trigger word.
"""

from __future__ import annotations

from typing import Any

import pytest

CASES: list[tuple[str, str, str]] = [
    ("hedged", "bombing", "The former mayor is suspected of ordering the bombing of the market."),
    ("hedged", "entered", "Unconfirmed reports said government troops had entered the town."),
    ("hedged", "strike", "The fire at the depot was likely caused by a missile strike."),
    ("hedged", "killed", "Two soldiers were reportedly killed in the ambush."),
    ("speculative", "offensive", "Should the truce collapse, the army could launch a new offensive."),
    ("speculative", "attack", "Officials fear the militants may be preparing an attack on the base."),
    ("future", "attack", "The group vowed to attack government buildings in the capital."),
    ("asserted", "vowed", "The group vowed to attack government buildings in the capital."),
    ("future", "shell", "The rebels threatened to shell the airport if talks failed."),
    ("asserted", "threatened", "The rebels threatened to shell the airport if talks failed."),
    ("future", "release", "The rebels said they would release the hostages on Friday."),
    ("reported", "shelling", "Kyiv accused Moscow of shelling the power plant overnight."),
    ("reported", "bombing", "The Islamic State claimed responsibility for the bombing in Kabul."),
    ("reported", "seized", "The army announced that it had seized the border crossing."),
    ("asserted", "sanctions", "The European Union imposed new sanctions on Iranian officials."),
    ("negated", "withdraw", "The government refused to withdraw its troops from the region."),
    ("negated", "clashes", "Police denied that clashes had taken place near the stadium."),
    ('hedged', 'shot', 'A protester was allegedly shot by police during the march.'),
    ('hedged', 'attack', 'The attack was probably carried out by a rival faction.'),
    ('hedged', 'fired', 'The rockets are believed to have been fired from Lebanon.'),
    ('hedged', 'killed', 'At least ten civilians may have been killed in the strike.'),
    ('speculative', 'invade', 'Will Russia invade the rest of the country?'),
    ('speculative', 'withdraw', 'It is unclear whether the troops will withdraw before the deadline.'),
    ('speculative', 'fighting', 'Diplomats fear an escalation of fighting in the north.'),
    ('speculative', 'strike', 'If Iran enriches further, Israel could strike its nuclear sites.'),
    ('future', 'visit', 'The Pope is scheduled to visit Baghdad in March.'),
    ('future', 'offensive', 'The army is preparing a major offensive on the city.'),
    ('future', 'sanctions', 'The EU plans to impose new sanctions on Moscow next week.'),
    ('future', 'release', 'The rebels pledged to release all child soldiers.'),
    ('negated', 'attack', 'There was no attack on the convoy, the ministry said.'),
    ('negated', 'crossed', 'No troops crossed the border, officials insisted.'),
    ('negated', 'arrest', 'Police have yet to arrest anyone over the killing.'),
    ('negated', 'capture', 'The army failed to capture the strategic hill.'),
    ('negated', 'withdrawn', 'Officials denied reports that troops had withdrawn from the city.'),
    ('reported', 'killed', 'Twelve soldiers were killed in the raid, the army said.'),
    ('reported', 'shelled', 'According to local residents, government forces shelled the village overnight.'),
    ('reported', 'bombing', 'The group claimed the bombing in a statement on Telegram.'),
    ('reported', 'captured', 'The rebels said they had captured two army bases.'),
    ('asserted', 'shelled', 'Government forces shelled the village overnight.'),
    ('asserted', 'hit', 'A drone, probably launched from Yemen, hit an oil tanker.'),
    ('asserted', 'shell', 'Russia did not only shell the city but also bombed the port.'),
    ('asserted', 'clashed', 'Police clashed with demonstrators outside parliament on Friday.'),
]


def _event(pipeline: Any, text: str, trigger: str) -> Any:
    doc = pipeline(text, date="2024-05-02", id="f")
    doc.check_offsets()
    found = [e for e in doc.events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in doc.events]
    return found[0]


@pytest.mark.parametrize("label,trigger,text", CASES)
def test_factuality(pipeline: Any, label: str, trigger: str, text: str) -> None:
    assert _event(pipeline, text, trigger).factuality == label


def test_threat_content_is_no_separate_assault(pipeline: Any) -> None:
    """PLOVER codes the threatened act as the THREATEN's content, not as an ASSAULT."""
    doc = pipeline("Militants vowed to kill any soldier who entered the valley.", id="v")
    assert {e.plover_type for e in doc.events} == {"THREATEN"}
    top = max(doc.events, key=lambda e: e.confidence)
    assert top.trigger.text == "vowed" and top.factuality == "asserted"


def test_promise_content_is_future_and_keeps_agree(pipeline: Any) -> None:
    doc = pipeline("The militia pledged to free all its prisoners by Friday.", id="p")
    assert {e.plover_type for e in doc.events} == {"AGREE"}
    assert next(e for e in doc.events if e.trigger.text == "free").factuality == "future"


def test_accusation_content_keeps_the_accuse_type(pipeline: Any) -> None:
    doc = pipeline("The ministry accused the rebels of the bombing of a school.", id="a")
    assert {e.plover_type for e in doc.events} == {"ACCUSE"}
    inner = next(e for e in doc.events if e.trigger.text == "bombing")
    assert inner.factuality == "reported"
