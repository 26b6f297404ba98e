"""Source and target arguments, third round (issue 4): appositions, event nouns whose
arguments hang elsewhere, measures and requests that name their party, help to a region,
offices, conditions of a threat.

Each test is one class of construction, with sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from eventscope.doc import ActorMention
from eventscope.events.arg_spans import drop_overlapping

from .argument_helpers import first, run, texts


def test_a_title_and_its_holder_are_one_party(pipeline: Any) -> None:
    """'the Omani Ambassador to Jordan, Khalid Al Harthy': one mention spanning both, not
    the ambassador's state (or Jordan) plus the person."""
    ev = first(run(pipeline, "The king received the Omani Ambassador to Jordan, Khalid Saeed "
                             "Al Harthy, to discuss bilateral ties."), "CONSULT")
    both = [m for m in ev.source + ev.target if "Harthy" in m.text]
    assert len(both) == 1 and "Ambassador" in both[0].text, texts(ev.source + ev.target)
    assert not any(m.text == "Jordan" for m in ev.source + ev.target)


def test_an_indefinite_description_is_not_a_second_party(pipeline: Any) -> None:
    """'ties with Eritrea, a small Red Sea nation': Eritrea, once."""
    ev = first(run(pipeline, "Kenya has established diplomatic ties on Monday with Eritrea, a "
                             "small Red Sea nation bordering Sudan."), "SUPPORT")
    assert len(ev.target) == 1 and ev.target[0].text.startswith("Eritrea"), texts(ev.target)
    assert ev.target[0].actor_id == "ERI", ev.target[0]


def test_a_coordinated_event_noun_keeps_its_target(pipeline: Any) -> None:
    """'launched air and artillery strikes on X': 'on X' hangs on the verb or on 'air'."""
    ev = first(run(pipeline, "The army launched air and artillery strikes on rebel positions."),
               "ASSAULT")
    assert "rebel positions" in texts(ev.target), texts(ev.target)
    assert "army" in texts(ev.source), texts(ev.source)


def test_an_event_nouns_apposition_carries_its_target(pipeline: Any) -> None:
    """'an operation, Operation Rah-e-Rast, against militants': the militants."""
    ev = first(run(pipeline, "The Pakistani army launched a strategic offensive military "
                             "operation, Operation Rah-e-Rast, against militants in Swat District "
                             "on May 8, 2009."), "ASSAULT")
    assert "militants" in texts(ev.target), texts(ev.target)


def test_help_to_a_force_in_a_country_goes_to_the_country(pipeline: Any) -> None:
    """'troops to a UN peacekeeping force in Mali': Mali is helped."""
    ev = first(run(pipeline, "Germany is ready to contribute 500 troops to a UN peacekeeping "
                             "force in Mali."), "AGREE")
    assert texts(ev.target) == "Mali", texts(ev.target)


def test_a_lifted_measure_still_names_its_target(pipeline: Any) -> None:
    """'lifted their boycott of X': X, whatever is done with the boycott."""
    ev = first(run(pipeline, "The musicians lifted their boycott of the Royal Opera House."),
               "CONCEDE")
    assert "Opera House" in texts(ev.target), texts(ev.target)


def test_a_request_names_its_party_in_its_complement(pipeline: Any) -> None:
    """'accepted an invitation to meet with X': X."""
    ev = first(run(pipeline, "The president accepted an invitation to meet with Vladimir Putin."),
               "AGREE")
    assert "Putin" in texts(ev.target), texts(ev.target)


def test_expelled_forces_are_not_ones_own(pipeline: Any) -> None:
    """'expelled the French peacekeepers': they are acted upon (unlike 'withdrew its troops')."""
    ev = first(run(pipeline, "Mali expelled the French peacekeepers."), "SANCTION")
    assert "peacekeepers" in texts(ev.target), texts(ev.target)


def test_where_forces_are_sent_when_the_parse_hides_it(pipeline: Any) -> None:
    """'sent vehicles and a team of engineers to Lebanon': Lebanon, found in the second
    object's phrase."""
    ev = first(run(pipeline, "Britain sent armoured vehicles and a team of engineers to "
                             "Lebanon."), "MOBILIZE")
    assert texts(ev.target) == "Lebanon", texts(ev.target)


def test_a_statement_urging_a_party_targets_it(pipeline: Any) -> None:
    """'issued a statement urging Iran to ...': Iran is asked."""
    ev = first(run(pipeline, "The council issued a statement urging Iran to release the "
                             "sailors."), "REQUEST")
    assert "Iran" in texts(ev.target), texts(ev.target)


def test_condolences_go_to_a_party(pipeline: Any) -> None:
    """'expressed his condolences for the Turkish people': whom a feeling is for."""
    ev = first(run(pipeline, "Putin expressed his condolences for the Turkish people."),
               "SUPPORT")
    assert "Turkish people" in texts(ev.target), texts(ev.target)


def test_a_truce_in_part_of_a_country_is_for_the_country(pipeline: Any) -> None:
    """'agreed to a ceasefire in northern Syria': Syria (an attack there only happens there)."""
    ev = first(run(pipeline, "The rebels agreed to a ceasefire in northern Syria."), "AGREE")
    assert "Syria" in texts(ev.target), texts(ev.target)


def test_an_office_names_its_body(pipeline: Any) -> None:
    """'resigned as chief of the Nigerian army': the army."""
    ev = first(run(pipeline, "The general resigned as chief of the Nigerian army."), "RETREAT")
    assert "army" in texts(ev.target), texts(ev.target)


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition(pipeline: Any) -> None:
    """'threatened to strike unless the government raises wages': the government."""
    ev = first(run(pipeline, "The union threatened to strike unless the government raises "
                             "wages."), "THREATEN")
    assert "government" in texts(ev.target), texts(ev.target)


def test_set_fire_to_targets_the_owners(pipeline: Any) -> None:
    """'set fire to the homes of Palestinian farmers'."""
    ev = first(run(pipeline, "Settlers set fire to the homes of Palestinian farmers."), "ASSAULT")
    assert "Palestinian" in texts(ev.target), texts(ev.target)


def test_an_announcement_stands_for_what_it_says(pipeline: Any) -> None:
    """'rejected the announcement that Keita had won': the announcement's subject."""
    ev = first(run(pipeline, "The opposition rejected the announcement that President Keita had "
                             "won the election."), "REJECT")
    assert "Keita" in texts(ev.target), texts(ev.target)


def test_overlapping_mentions_of_one_role_are_one_party() -> None:
    """Of two overlapping mentions the longer stays; a separate one is kept."""
    long = ActorMention(start=0, end=30, text="x" * 30)
    inner = ActorMention(start=4, end=10, text="x" * 6)
    other = ActorMention(start=40, end=45, text="x" * 5)
    assert drop_overlapping([inner, long, other]) == [long, other]


def test_a_report_acts_for_its_author(pipeline: Any) -> None:
    """'Amnesty put out a report accusing X': Amnesty accuses, not 'a report'."""
    ev = first(run(pipeline, "Amnesty International put out a report accusing the Chadian army "
                             "of torture."), "ACCUSE")
    assert "Amnesty" in texts(ev.source) and "report" not in texts(ev.source), texts(ev.source)


def test_a_nation_naming_its_strikes_is_their_author(pipeline: Any) -> None:
    """'U.S. military airstrikes ... have killed X': the U.S. military, also when the parser
    hangs 'U.S.' on the strikes as a nominal modifier."""
    ev = first(run(pipeline, "U.S. military airstrikes this week in the valley have killed "
                             "dozens of Taliban fighters."), "ASSAULT")
    assert "U.S." in texts(ev.source), texts(ev.source)


def test_agreeing_with_a_party_supports_it(pipeline: Any) -> None:
    """'agreed with the Senate that ...': the Senate."""
    ev = first(run(pipeline, "The cabinet has agreed with the Senate that the tax should be "
                             "lowered."), "SUPPORT")
    assert "Senate" in texts(ev.target), texts(ev.target)


def test_calling_for_a_party_to_act_targets_it(pipeline: Any) -> None:
    """'called for Britain to stay in ...': Britain is asked."""
    ev = first(run(pipeline, "The prime minister called on Friday for Britain to stay in the "
                             "customs union."), "REQUEST")
    assert "Britain" in texts(ev.target), texts(ev.target)


def test_closing_borders_with_neighbours_targets_them(pipeline: Any) -> None:
    """'closed its borders with Mali and Niger': both neighbours."""
    ev = first(run(pipeline, "Algeria closed its borders with Mali and Niger on Sunday."),
               "COERCE")
    tg = texts(ev.target)
    assert "Mali" in tg and "Niger" in tg, tg


def test_where_peacekeepers_arrive_is_helped(pipeline: Any) -> None:
    """'peacekeeping troops arrive in Freetown': the town they come to (a meeting there would
    only be the setting)."""
    ev = first(run(pipeline, "The first contingents of West African peacekeeping troops arrived "
                             "in Freetown."), "AID")
    assert "Freetown" in texts(ev.target), texts(ev.target)


def test_a_share_of_measures_is_not_a_party(pipeline: Any) -> None:
    """'eased some of its restrictions on aid to X': X, not 'some of its restrictions'."""
    ev = first(run(pipeline, "The ministry decided to ease some of its strictest restrictions on "
                             "humanitarian aid to Yemen."), "CONCEDE")
    assert texts(ev.target) == "Yemen", texts(ev.target)


def test_a_name_with_its_title_is_one_mention(pipeline: Any) -> None:
    """'Jan Egeland, the UN relief coordinator, demanded ...': one source spanning name and
    title (annotators code either), identity the person's."""
    ev = first(run(pipeline, "Jan Egeland, the United Nations Emergency Relief Coordinator, "
                             "demanded that the warring parties allow aid convoys through."),
               "REQUEST")
    assert len(ev.source) == 1 and "Coordinator" in ev.source[0].text, texts(ev.source)
    assert ev.source[0].text.startswith("Jan Egeland"), texts(ev.source)


def test_who_a_deployment_moves_is_its_source(pipeline: Any) -> None:
    """'the first deployment of Kenyan police officers': the officers deploy."""
    ev = first(run(pipeline, "The first deployment of Kenyan police officers arrived in Haiti on "
                             "Tuesday."), "MOBILIZE")
    assert "Kenyan police officers" in texts(ev.source), texts(ev.source)


def test_ones_own_force_is_not_the_target(pipeline: Any) -> None:
    """'agreed to an expansion of its peacekeeping force in Somalia': Somalia, not its force."""
    ev = first(run(pipeline, "The African Union has agreed to an expansion of its peacekeeping "
                             "force in Somalia."), "AGREE")
    assert texts(ev.target) == "Somalia", texts(ev.target)


def test_a_second_event_in_a_list_keeps_its_own_arguments(pipeline: Any) -> None:
    """'refuted X's comments on A and the killing of farmers': the killing has no author in
    the refuting clause and no targets from the comments' topic."""
    ev = first(run(pipeline, "The government refuted the senator's comments on land seizures and "
                             "the killing of farmers in the province."), "ASSAULT")
    assert "government" not in texts(ev.source), texts(ev.source)
    assert "seizures" not in texts(ev.target), texts(ev.target)
