"""Source and target arguments: who acts on whom, read from the parse (issue 4).

Each test is one class of construction, with sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from eventscope.actors.phrases import main_mention, np_tokens, widen
from eventscope.doc import ActorMention, Doc

from .argument_helpers import first, run, texts


def test_one_phrase_is_one_party(pipeline: Any) -> None:
    """'US President Joe Biden' is one source, not 'US' plus 'President Joe Biden'."""
    ev = first(run(pipeline, "US President Joe Biden met Kenyan President William Ruto on Monday."),
               "CONSULT")
    assert len(ev.source) == 1 and "Biden" in ev.source[0].text, texts(ev.source)
    assert len(ev.target) == 1 and "Ruto" in ev.target[0].text, texts(ev.target)


def test_a_modifier_gives_its_country_to_the_party(pipeline: Any) -> None:
    """Two mentions in one phrase: the head's mention wins, with the modifier's country."""
    sp = pipeline.annotator.nlp("German journalist Anna Keller was freed.")
    german = ActorMention(start=0, end=6, text="German", actor_id="DEU", country_code="DE")
    keller = ActorMention(start=18, end=29, text="Anna Keller", actor_id="x:anna-keller")
    head = next(t for t in sp if t.text == "Keller")
    lo, hi = np_tokens(head)
    best = main_mention(sp, [german, keller], head, lo, hi)
    assert best.actor_id == "x:anna-keller" and best.country_code == "DE"


def test_a_date_after_the_verb_does_not_hide_the_target(pipeline: Any) -> None:
    """'on Friday' is not an 'on X' target; the demand's addressee is."""
    ev = first(run(pipeline, "Japan on Friday demanded that North Korea stop its missile tests."),
               "REQUEST")
    assert "North Korea" in texts(ev.target)
    assert "Friday" not in texts(ev.target)


def test_the_recipient_not_the_gift_is_the_target(pipeline: Any) -> None:
    ev = first(run(pipeline, "Norway gave Kenya a grant of 20 million dollars."), "AID")
    assert "Kenya" in texts(ev.target) and "grant" not in texts(ev.target)
    ev = first(run(pipeline, "Canada has offered its engineers to the government of Haiti."), "AGREE")
    assert "Haiti" in texts(ev.target) and "engineers" not in texts(ev.target)


def test_a_complement_carries_the_target(pipeline: Any) -> None:
    """'threatened on Monday to cut ties with Ethiopia': Ethiopia is threatened."""
    ev = first(run(pipeline, "Egypt threatened on Monday to cut ties with Ethiopia."), "THREATEN")
    assert "Ethiopia" in texts(ev.target)


def test_its_attack_is_the_subjects_attack(pipeline: Any) -> None:
    """'its' is not a second source, and 'of X' names what is bombarded."""
    doc = run(pipeline, "The Iraqi army intensified its bombardment of Fallujah on Sunday.")
    ev = first(doc, "ASSAULT")
    assert "its" not in [m.text for m in ev.source]
    assert "army" in texts(ev.source)
    assert "Fallujah" in texts(ev.target)


def test_being_opposed_is_active(pipeline: Any) -> None:
    """'X is opposed to Y': X rejects, Y is rejected (no passive swap)."""
    ev = first(run(pipeline, "Brazil is opposed to the American proposal on tariffs."), "REJECT")
    assert "Brazil" in texts(ev.source)
    assert "Brazil" not in texts(ev.target)


def test_the_target_of_an_investigation_is_the_accused(pipeline: Any) -> None:
    doc = run(pipeline, "Ukrainian police opened an investigation into crimes committed by "
                        "Russian soldiers near Kharkiv.")
    ev = first(doc, "ACCUSE")
    assert "Russian soldiers" in texts(ev.target)


def test_attack_instruments_are_not_targets(pipeline: Any) -> None:
    ev = first(run(pipeline, "Government forces pounded rebel positions with heavy artillery."),
               "ASSAULT")
    assert "artillery" not in texts(ev.target)
    assert "positions" in texts(ev.target)


def test_a_gift_for_a_purpose_targets_who_it_helps(pipeline: Any) -> None:
    ev = first(run(pipeline, "Germany donated 300 ventilators to assist Nepal."), "AID")
    assert "Nepal" in texts(ev.target)


def test_an_unlinked_place_argument_keeps_its_country(pipeline: Any) -> None:
    doc = run(pipeline, "The Iraqi president arrived in Cairo on a two-day visit.")
    ev = first(doc, "CONSULT")
    cairo = [m for m in ev.target if m.text == "Cairo"]
    assert cairo and cairo[0].country_code == "EG", texts(ev.target)


def test_a_bomb_is_not_a_source(pipeline: Any) -> None:
    """'killed by a roadside bomb': nobody is named as the attacker."""
    ev = first(run(pipeline, "Four police officers were killed by a roadside bomb in Helmand."),
               "ASSAULT")
    assert "bomb" not in texts(ev.source)
    assert "officers" in texts(ev.target)


def test_who_did_it_is_told_in_the_after_clause(pipeline: Any) -> None:
    doc = run(pipeline, "Nine soldiers were killed after Boko Haram fighters attacked a base "
                        "in Borno.")
    ev = first(doc, "ASSAULT")
    assert "Boko Haram" in texts(ev.source)


def test_an_arrest_without_agent_is_by_the_country_it_happened_in(pipeline: Any) -> None:
    ev = first(run(pipeline, "A French aid worker was arrested in Iran on Monday."), "COERCE")
    assert "Iran" in texts(ev.source)


def test_the_place_of_a_ceasefire_is_its_target(pipeline: Any) -> None:
    """No party named: the place the agreement covers ('a ceasefire in Idlib')."""
    ev = first(run(pipeline, "Russia agreed to a ceasefire in Idlib."), "AGREE")
    assert "Idlib" in texts(ev.target)


def test_one_party_keeps_the_whole_name(pipeline: Any) -> None:
    """'South Korean army officers': one target whose span covers both mentions."""
    sp = pipeline.annotator.nlp("They hacked South Korean army officers.")
    army = ActorMention(start=12, end=29, text="South Korean army", actor_id="KOR.MIL",
                        country_code="KR")
    officers = ActorMention(start=30, end=38, text="officers", actor_id="KOR.MIL")
    doc = Doc(id="t", text=sp.text)
    wide = widen(doc, officers, [army, officers])
    assert wide.text == "South Korean army officers" and wide.actor_id == "KOR.MIL"
