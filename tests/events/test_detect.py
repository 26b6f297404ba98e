"""Detection and arguments: what is an event, of which type, between whom."""

from __future__ import annotations

from typing import Any

import pytest

from eventscope.doc import Doc


def events_of(pipeline: Any, text: str) -> Doc:
    doc = pipeline(text, date="2024-05-02", id="t")
    doc.check_offsets()
    return doc


def types(doc: Doc) -> list[str]:
    return [e.plover_type for e in doc.events]


def texts(mentions: list[Any]) -> list[str]:
    return [m.text for m in mentions]


def test_active_voice_source_and_target(pipeline: Any) -> None:
    doc = events_of(pipeline, "Sudanese rebels shelled the southern city of Juba on Sunday.")
    assert types(doc) == ["ASSAULT"]
    ev = doc.events[0]
    assert any("rebels" in t for t in texts(ev.source))
    assert any("Juba" in t or "city" in t for t in texts(ev.target))
    assert ev.cameo_root == "19"
    assert ev.trigger.text == "shelled"


def test_passive_voice_swaps_roles(pipeline: Any) -> None:
    doc = events_of(pipeline, "A refugee camp was attacked by Burundian militiamen armed with machetes.")
    ev = next(e for e in doc.events if e.plover_type == "ASSAULT")
    assert any("militiamen" in t for t in texts(ev.source))
    assert any("camp" in t for t in texts(ev.target))
    assert not any("camp" in t for t in texts(ev.source))


def test_coordinated_subjects_are_a_compound_source(pipeline: Any) -> None:
    doc = events_of(pipeline, "Bosnia and Slovenia agreed to a ceasefire after two days of fighting.")
    ev = next(e for e in doc.events if e.plover_type == "AGREE")
    src = texts(ev.source)
    assert any("Bosnia" in t for t in src) and any("Slovenia" in t for t in src)
    assert len(ev.source) >= 2


def test_coordinated_nationalities_are_split(pipeline: Any) -> None:
    doc = events_of(pipeline, "Senior Hungarian and Romanian officials agreed on Wednesday that "
                              "their countries should cooperate.")
    ev = doc.events[0]
    assert ev.plover_type == "AGREE"
    assert len(ev.source) == 2
    assert "Hungarian" in ev.source[0].text and "Romanian" in ev.source[1].text


def test_a_sentence_without_event_yields_none(pipeline: Any) -> None:
    doc = events_of(pipeline, "The weather in the capital was mild this spring, and the markets "
                              "were busy. Officials said the new stadium is very large.")
    assert doc.events == []


def test_rejecting_an_accusation_is_a_statement(pipeline: Any) -> None:
    doc = events_of(pipeline, "The ministry strongly rejected accusations of corruption.")
    assert doc.events == []


@pytest.mark.parametrize("text, expected", [
    # the threat, and its content as a secondary THREATEN mention (never an ASSAULT)
    ("Iran threatened to shell Iraqi towns.", ["THREATEN", "THREATEN"]),
    ("Washington demanded that Hamas renounce its armed struggle.", ["REQUEST"]),
    ("Japan halted economic aid to Serbia.", ["SANCTION"]),
    ("Israeli soldiers arrested more than 100 Palestinians in Hebron.", ["COERCE"]),
    ("Thousands of students staged demonstrations in Jakarta.", ["PROTEST"]),
    ("The Israeli army lifted a blockade on Palestinian lorries.", ["RETREAT"]),
    ("The United States is sending troops to Poland.", ["MOBILIZE"]),
    ("Germany gave Yemen 5 million dollars of humanitarian aid.", ["AID"]),
    ("The two leaders held talks in Geneva.", ["CONSULT"]),
    ("Albania denounced Serbia's crackdown in Kosovo.", ["ACCUSE"]),
    ("A top official praised Haiti's efforts on human rights.", ["SUPPORT"]),
])
def test_types_and_complements(pipeline: Any, text: str, expected: list[str]) -> None:
    assert types(events_of(pipeline, text)) == expected


def test_refusal_keeps_what_was_refused_but_not_as_fact(pipeline: Any) -> None:
    doc = events_of(pipeline, "The rebels refused to withdraw from the city.")
    assert types(doc)[0] == "REJECT"
    assert doc.events[0].confidence > max(e.confidence for e in doc.events[1:])
    # PLOVER codes the refused act as the REJECT's content, not as a separate RETREAT
    assert "RETREAT" not in types(doc)
    refused = [e for e in doc.events if e.trigger.text == "withdraw"]
    assert refused and refused[0].plover_type == "REJECT"
    assert refused[0].factuality == "negated"


def test_denied_action_is_kept_and_not_asserted(pipeline: Any) -> None:
    doc = events_of(pipeline, "The government denied that its forces had blocked aid convoys.")
    assert [e.plover_type for e in doc.events] == ["COERCE"]
    assert doc.events[0].factuality != "asserted"


def test_deliberation_is_not_an_event(pipeline: Any) -> None:
    assert events_of(pipeline, "Kazakhstan is considering sending aid to Kyrgyzstan.").events == []


def test_headline_lines_are_not_events(pipeline: Any) -> None:
    text = ("Rebels attack army base in the north\n\n"
            "The weather was calm on Monday. Residents went to the market. "
            "Shops opened as usual in the town.")
    assert events_of(pipeline, text).events == []


def test_cameo_and_acled_fields_are_filled(pipeline: Any) -> None:
    doc = events_of(pipeline, "Government warplanes bombed a market in Kauda, killing 12 civilians.")
    ev = doc.events[0]
    assert ev.plover_type == "ASSAULT"
    assert ev.acled_event_type == "Explosions/Remote violence"
    assert ev.acled_sub_event_type == "Air/drone strike"
    assert ev.event_id == "t:e0"
    assert 0.0 <= ev.confidence <= 1.0
    assert doc.text[ev.evidence.start:ev.evidence.end] == ev.evidence.text


@pytest.mark.parametrize("text, acled", [
    ("An IED exploded near a military convoy in Gao, killing two soldiers.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing five.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("Russian airstrikes hit the town of Maarat al-Numan in Idlib.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Armed men abducted 20 villagers in Zamfara state.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Security forces opened fire on demonstrators in Baghdad, killing four.",
     ("Protests", "Excessive force against protesters")),
    ("Al Shabaab militants took control of the town after the army withdrew.",
     ("Battles", "Non-state actor overtakes territory")),
    ("Around 200 people demonstrated peacefully in Tunis against rising prices.",
     ("Protests", "Peaceful protest")),
])
def test_acled_typing_of_conflict_reports(pipeline: Any, text: str,
                                          acled: tuple[str, str]) -> None:
    ev = events_of(pipeline, text).events[0]
    assert (ev.acled_event_type, ev.acled_sub_event_type) == acled


def test_natural_disasters_are_not_attacks(pipeline: Any) -> None:
    doc = events_of(pipeline, "A magnitude 6 earthquake struck the region, killing 30 people.")
    assert doc.events == []


def test_diplomacy_has_no_acled_type(pipeline: Any) -> None:
    doc = events_of(pipeline, "The two foreign ministers held talks in Geneva on Monday.")
    assert [(e.plover_type, e.acled_event_type) for e in doc.events] == [("CONSULT", None)]


def test_building_a_military_facility_is_mobilize_but_a_civil_airport_is_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    mil = pipeline("Iran began the construction of a military airport near Abu Kamal.",
                   date="2020-03-12")
    civil = pipeline("The company began the construction of a new airport near the city.",
                     date="2020-03-12")
    assert [e.plover_type for e in mil.events] == ["MOBILIZE"]
    assert civil.events == []
