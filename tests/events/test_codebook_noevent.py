"""Sentences that report no event, and nouns that name an act which has not happened.

Sports ("beat", "will host"), accidents, filming, residence ("hosts refugees"), opinion
("analysts agree"), purposes ("to support refugees") and event nouns under verbs that only
talk about them ("the budget includes military aid") must yield no event: no default type.
"""

from __future__ import annotations

from typing import Any

import pytest

NO_EVENT: list[str] = [
    'A gas explosion at a chemical factory injured twelve workers.',
    'The national team beat Brazil 2-1 in the final.',
    'Qatar will host the regional football championship next year.',
    'Road accidents killed 300 people during the holiday season.',
    'The film was shot in Morocco last year.',
    'Jordan hosts more than 600,000 Syrian refugees.',
    'Analysts agree that the economy will slow next year.',
    'The budget includes military aid for Ukraine.',
    'Critics say the deployment of police is costly.',
    'The charity raised money to support refugees.',
    'A fire destroyed the warehouse on Tuesday night.',
    'The striker shot the ball into the top corner.',
    'Floods killed twelve people in the south.',
    'The company will host an investor day in March.',
    'The hosts beat the visitors 3-0 at the national stadium.',
    'A bus crash killed 14 pilgrims on the highway.',
    'Lebanon hosts about 1.5 million Syrian refugees.',
    'Most analysts agree that the sanctions have failed.',
    'The scenes were shot in Jordan and Morocco.',
    'The new law includes tighter controls on arms sales.',
    'The team will host Arsenal on Sunday.',
    'Experts say the deployment of more troops would be costly.',
    'The minister returned to Baghdad on Monday.',
    'The band released a new album last week.',
    'The central bank cut interest rates by half a point.',
    'The film received three awards at the festival.',
    'A police spokesman declined to comment on the case.',
    'The army declined to say how many soldiers had died.',
    'Oil prices declined sharply on Tuesday.',
    'Firefighters rescued a family from a burning house.',
    'The mayor will host a dinner for local businesses.',
    'Rescuers searched the rubble for survivors.',
    'Voters will elect a new parliament in June.',
    'The museum reopened after two years of renovation.',
    'The river marks the border between the two countries.',
    'Exports rose by 12 percent in the first quarter.',
    'The minister is expected to attend the conference.',
    'Rainfall was below average for the third year in a row.',
    'The opposition leader, who returned from exile in 2019, is popular in the north.',
    'Experts believe the crisis will deepen next year.',
    'The company plans to build a new factory in the region.',
    "The army is the country's largest employer.",
    'Fans celebrated the victory late into the night.',
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(pipeline: Any, text: str) -> None:
    doc = pipeline(text, date="2024-05-02", id="ne")
    assert [(e.plover_type, e.trigger.text) for e in doc.events] == []


def test_accident_kills_but_attack_kills(pipeline: Any) -> None:
    doc = pipeline("A gunman killed three people at a wedding in the north.", id="k")
    assert [e.plover_type for e in doc.events] == ["ASSAULT"]


def test_violence_at_a_match_is_still_an_event(pipeline: Any) -> None:
    doc = pipeline("Police beat supporters outside the stadium after the final.", id="s")
    assert "ASSAULT" in [e.plover_type for e in doc.events]


def test_host_a_visitor_is_consult(pipeline: Any) -> None:
    doc = pipeline("Jordan hosted the Iraqi prime minister for talks on water.", id="h")
    assert "CONSULT" in [e.plover_type for e in doc.events]
