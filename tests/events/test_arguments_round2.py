"""Source and target arguments, second round (issue 4): places as the setting, coordinated
nationalities, people who stand for coordinated parties, host and guest, the author of a
strike in a passive, forces moved by their own side, and nominal events.

Each test is one class of construction, with sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from .argument_helpers import first, run, texts


def test_a_sea_is_the_setting_not_a_target(pipeline: Any) -> None:
    """'drills in the Sea of Okhotsk': where it happens, no party acted on."""
    doc = run(pipeline, "Russian and Iranian warships held joint drills in the Sea of Okhotsk.")
    ev = first(doc, "COOPERATE")
    assert "Sea" not in texts(ev.target), texts(ev.target)


def test_coordinated_nationalities_are_two_parties(pipeline: Any) -> None:
    """'Russian and Iranian warships': two navies, one mention each."""
    doc = run(pipeline, "Russian and Iranian warships held joint drills in the Sea of Okhotsk.")
    ev = first(doc, "COOPERATE")
    src = [m.text for m in ev.source]
    assert len(src) == 2 and "Russian" in src[0] and "Iranian" in src[1], src


def test_people_from_two_parties_are_those_parties(pipeline: Any) -> None:
    """'Envoys from Sudan and Chad met': Sudan and Chad, not 'Envoys'."""
    ev = first(run(pipeline, "Envoys from Sudan and Chad met in Nairobi on Friday."), "CONSULT")
    src = texts(ev.source)
    assert "Sudan" in src and "Chad" in src and len(ev.source) == 2, src


def test_a_city_where_a_concession_is_made_is_not_its_target(pipeline: Any) -> None:
    """'agreed in Doha to ...': Doha is where, not with whom."""
    doc = run(pipeline, "The rebels agreed in Doha to resume peace negotiations next month.")
    ev = first(doc, "AGREE")
    assert "Doha" not in texts(ev.target), texts(ev.target)


def test_part_of_a_country_is_not_the_country(pipeline: Any) -> None:
    """'a ceasefire in northern Mali': the region is the setting, Mali is not acted upon."""
    doc = run(pipeline, "The rebel coalition declared a unilateral ceasefire in northern Mali.")
    ev = first(doc, "CONCEDE")
    assert "Mali" not in texts(ev.target), texts(ev.target)


def test_a_guest_is_the_source_of_a_hosted_visit(pipeline: Any) -> None:
    """'X was hosted by Y': the guest X visits the host Y."""
    doc = run(pipeline, "A delegation of Hamas officials was hosted in Tehran by Iranian diplomats.")
    ev = first(doc, "CONSULT")
    assert "Hamas" in texts(ev.source) and "Iranian" in texts(ev.target), (
        texts(ev.source), texts(ev.target))


def test_the_nationality_of_a_strike_is_its_author_in_a_passive(pipeline: Any) -> None:
    """'was killed in a Turkish drone strike': Turkey's forces did it."""
    doc = run(pipeline, "A PKK commander was killed in a Turkish drone strike in northern Iraq.")
    ev = first(doc, "ASSAULT")
    assert "Turkish" in texts(ev.source), texts(ev.source)
    assert "PKK" in texts(ev.target), texts(ev.target)


def test_withdrawn_troops_are_their_own_not_the_target(pipeline: Any) -> None:
    """'withdraw its troops from Niger': Niger is the target, the troops are the source's."""
    doc = run(pipeline, "Germany said it would withdraw its remaining troops from Niger.")
    ev = next(e for e in doc.events if e.trigger.text == "withdraw")
    assert "Niger" in texts(ev.target) and "troops" not in texts(ev.target), texts(ev.target)


def test_goods_handed_over_are_not_the_target(pipeline: Any) -> None:
    """'suspects were handed over to X by Y': X receives, the suspects are handed."""
    doc = run(pipeline, "Three suspects were handed over to Spanish investigators by Dutch police.")
    ev = first(doc, "COOPERATE")
    assert "suspects" not in texts(ev.target), texts(ev.target)
    assert "Spanish" in texts(ev.target), texts(ev.target)


def test_talks_between_two_parties_hosted_by_a_third(pipeline: Any) -> None:
    """'Qatar hosted talks between X and Y': the parties inside the event noun."""
    doc = run(pipeline, "Qatar hosted talks between Sudan and the RSF.")
    ev = first(doc, "CONSULT")
    assert "Sudan" in texts(ev.target) and "RSF" in texts(ev.target), texts(ev.target)


def test_a_national_proposal_is_its_author(pipeline: Any) -> None:
    """'rejected a German proposal': Germany is the party rejected."""
    ev = first(run(pipeline, "Hungary rejected a German proposal for a joint border force."),
               "REJECT")
    assert "German" in texts(ev.target), texts(ev.target)


def test_the_topic_of_talks_is_not_a_party(pipeline: Any) -> None:
    """'for talks on the maritime boundary': the boundary is what they talk about."""
    doc = run(pipeline, "The Greek foreign minister met his Turkish counterpart in Athens for "
                        "talks on the maritime boundary.")
    ev = first(doc, "CONSULT")
    assert "boundary" not in texts(ev.target), texts(ev.target)
    assert "Turkish" in texts(ev.target), texts(ev.target)


def test_the_recipient_of_a_grant_for_x_to_do(pipeline: Any) -> None:
    """'a grant for Jordan to support refugees': Jordan receives it."""
    doc = run(pipeline, "The World Bank approved a $200 million grant for Jordan to support "
                        "Syrian refugees.")
    ev = first(doc, "AID")
    assert "Jordan" in texts(ev.target), texts(ev.target)


def test_a_named_apposition_is_the_party(pipeline: Any) -> None:
    """'the governor of Kano, Abba Yusuf': the span reaches the name."""
    ev = first(run(pipeline, "Police detained the governor of Kano, Abba Yusuf, on Monday."),
               "COERCE")
    assert "Yusuf" in texts(ev.target), texts(ev.target)


def test_a_demand_that_x_do_targets_x(pipeline: Any) -> None:
    """'dropped its demand that Armenia withdraw': Armenia was the one asked."""
    doc = run(pipeline, "Azerbaijan dropped its demand that Armenia dissolve its border guard units.")
    ev = next(e for e in doc.events if e.trigger.text == "demand")
    assert "Armenia" in texts(ev.target), texts(ev.target)


def test_troops_massed_at_a_border_with_x(pipeline: Any) -> None:
    """'massed along the border with Lebanon': Lebanon is whom the build-up faces."""
    doc = run(pipeline, "Thousands of Israeli troops massed along the border with Lebanon.")
    ev = first(doc, "MOBILIZE")
    assert "Lebanon" in texts(ev.target), texts(ev.target)


def test_a_phone_call_with_x(pipeline: Any) -> None:
    """'spoke by telephone with X': X is the other party, not the telephone."""
    doc = run(pipeline, "The German chancellor spoke by telephone with Turkish President "
                        "Recep Tayyip Erdogan about migration.")
    ev = first(doc, "CONSULT")
    assert "Erdogan" in texts(ev.target), texts(ev.target)


def test_prisoners_exchanged_are_not_a_target(pipeline: Any) -> None:
    """'exchanged 90 prisoners': what is handed over, not a party."""
    doc = run(pipeline, "Armenia and Azerbaijan exchanged 90 prisoners of war on Sunday.")
    assert doc.events, "no event"
    for ev in doc.events:
        assert "prisoners" not in texts(ev.target), texts(ev.target)
