"""Source and target arguments, fourth round (issue 4): relations that are not their
possessor, places named as a direct argument, refuge and its host, the attack told in an
'after/when' clause, the toll of an attack, detonations, vague objects, truces and purposes
that name a place, refusals that defy a request, 'on behalf of'.

Each test is one class of construction, with sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from .argument_helpers import first, run, texts


def test_her_colleagues_are_not_her(pipeline: Any) -> None:
    """'an ultimatum to her party colleagues': the colleagues, not the speaker again."""
    ev = first(run(pipeline, "Premier Anna Weller issued an ultimatum to her Labour colleagues "
                             "on Monday."), "THREATEN")
    assert "colleagues" in texts(ev.target), texts(ev.target)
    assert "Weller" in texts(ev.source), texts(ev.source)


def test_a_continent_as_direct_object_is_a_party(pipeline: Any) -> None:
    """'urged Europe and Canada to ...': Europe is asked, not the setting."""
    ev = first(run(pipeline, "The opposition leader urged Europe and Canada to press the junta "
                             "to free political prisoners."), "REQUEST")
    assert "Europe" in texts(ev.target) and "Canada" in texts(ev.target), texts(ev.target)


def test_refuge_is_asked_of_its_host(pipeline: Any) -> None:
    """'sought refuge in Amman': the host place is the target, a town too."""
    ev = first(run(pipeline, "About 5,000 Syrian villagers have sought refuge in Amman since "
                             "the fighting began."), "REQUEST")
    assert "Amman" in texts(ev.target), texts(ev.target)


def test_the_attack_in_an_after_clause_names_its_target(pipeline: Any) -> None:
    """'were killed after X attacked a camp': the camp is attacked, X did it."""
    ev = first(run(pipeline, "Nine soldiers were killed on Tuesday after the rebels attacked an "
                             "army camp near the border."), "ASSAULT")
    assert "rebels" in texts(ev.source), texts(ev.source)
    assert "camp" in texts(ev.target), texts(ev.target)


def test_the_toll_of_an_attack_is_not_a_second_target(pipeline: Any) -> None:
    """'stormed a police station, killing four officers': one event, aimed at the station."""
    doc = run(pipeline, "Militants stormed a police station in the north, killing four officers "
                        "and wounding ten people.")
    targets = [m.text for e in doc.events if e.plover_type == "ASSAULT" for m in e.target]
    assert any("police station" in t for t in targets), targets
    assert not any("people" in t for t in targets), targets


def test_what_a_bomber_detonates_is_not_the_target(pipeline: Any) -> None:
    """'detonated his vehicle near an army base': the base, not the vehicle."""
    ev = first(run(pipeline, "A suicide bomber detonated his explosives-laden truck near an army "
                             "base on Sunday."), "ASSAULT")
    assert "base" in texts(ev.target) and "truck" not in texts(ev.target), texts(ev.target)


def test_a_vague_target_is_named_by_its_place(pipeline: Any) -> None:
    """'struck a target in X's border regions': the regions, not 'a target'."""
    ev = first(run(pipeline, "The air force struck a target in Lebanon's southern border "
                             "regions with missiles."), "ASSAULT")
    assert "Lebanon" in texts(ev.target) and "a target" not in texts(ev.target), texts(ev.target)


def test_a_truce_names_the_place_it_covers(pipeline: Any) -> None:
    """'announced a ceasefire in Idlib': Idlib is what the truce is about."""
    ev = first(run(pipeline, "Turkey and Russia announced a ceasefire in Idlib on Thursday."),
               "CONCEDE")
    assert "Idlib" in texts(ev.target), texts(ev.target)


def test_help_with_no_party_goes_to_the_place_of_its_purpose(pipeline: Any) -> None:
    """'ready to contribute to the stabilisation of the situation in Mali': Mali."""
    ev = first(run(pipeline, "Norway is ready to contribute to the stabilisation of the "
                             "situation in Mali."), "AGREE")
    assert "Mali" in texts(ev.target), texts(ev.target)


def test_a_refusal_is_aimed_at_who_asked(pipeline: Any) -> None:
    """'declined to resign despite President X's request': X."""
    ev = first(run(pipeline, "The police chief has declined to resign, despite Governor Mark "
                             "Sutton's request that he do so."), "REJECT")
    assert "Sutton" in texts(ev.target), texts(ev.target)


def test_on_behalf_of_is_not_a_target(pipeline: Any) -> None:
    """'condolences to X on behalf of the people of Y': X only."""
    ev = first(run(pipeline, "The ambassador expressed condolences to the family of the late "
                             "senator on behalf of the people and government of Chile."),
               "SUPPORT")
    assert "Chile" not in texts(ev.target) and "family" in texts(ev.target), texts(ev.target)


def test_a_named_plan_stands_for_its_author(pipeline: Any) -> None:
    """'rejected the Hizb-e-Wahdat Afghanistan demand for the dismissal of X': the party that
    demands, not X."""
    ev = first(run(pipeline, "The council has rejected the Hizb-e-Wahdat Afghanistan demand for "
                             "the dismissal of Governor Ahmad Karimi as politically motivated."),
               "REJECT")
    assert "Afghanistan" in texts(ev.target), texts(ev.target)
    assert "Karimi" not in texts(ev.target), texts(ev.target)


def test_a_threat_names_the_place_it_would_act_on(pipeline: Any) -> None:
    """'threatened to ban voting in East Jerusalem if Hamas ran': East Jerusalem first."""
    ev = first(run(pipeline, "Israel threatened to ban voting in East Jerusalem if Hamas ran in "
                             "the election."), "THREATEN")
    assert "Jerusalem" in texts(ev.target), texts(ev.target)


def test_things_given_back_go_to_whom_they_were_taken_from(pipeline: Any) -> None:
    """'return the weapons seized from UN peacekeepers': the peacekeepers."""
    doc = run(pipeline, "The rebels announced they will return the weapons seized last year "
                        "from United Nations peacekeepers.")
    targets = [m.text for e in doc.events for m in e.target]
    assert any("peacekeepers" in t for t in targets), targets
    assert not any("weapons" in t for t in targets), targets


def test_where_an_envoy_is_summoned_to_is_not_a_target(pipeline: Any) -> None:
    """'summoned a Russian diplomat to its Foreign Ministry': the diplomat only."""
    ev = first(run(pipeline, "Poland summoned a senior Russian diplomat to its Foreign Ministry "
                             "on Friday to protest the shelling."), "ACCUSE")
    assert "diplomat" in texts(ev.target), texts(ev.target)
    assert "Ministry" not in texts(ev.target), texts(ev.target)


def test_a_demand_that_x_do_asks_x(pipeline: Any) -> None:
    """'reiterated its demand that Washington lift sanctions': Washington is asked."""
    ev = first(run(pipeline, "Pyongyang has reiterated its demand that Washington lift sanctions "
                             "on its exports."), "REQUEST")
    assert "Washington" in texts(ev.target), texts(ev.target)


def test_refugees_fleeing_are_what_is_refused(pipeline: Any) -> None:
    """'will not accept refugees fleeing the war' (parsed as a clause): the refugees."""
    ev = first(run(pipeline, "Tajikistan says it will not accept any Afghan refugees fleeing "
                             "the fighting in Kunduz."), "REJECT")
    assert "refugees" in texts(ev.target), texts(ev.target)


def test_a_when_clause_tells_who_attacked_what(pipeline: Any) -> None:
    """'were killed when X launched an attack on Y' ('when' as an adverb): X on Y."""
    ev = first(run(pipeline, "At least three guards were killed when the insurgents launched an "
                             "attack on the Turkish consulate in Mosul on Friday."), "ASSAULT")
    assert "insurgents" in texts(ev.source), texts(ev.source)
    assert "consulate" in texts(ev.target) or "Turkish" in texts(ev.target), texts(ev.target)


def test_a_bare_count_in_an_elided_passive_is_not_a_source(pipeline: Any) -> None:
    """'12 people were killed and 30 wounded': the 30 were wounded, they wounded no one."""
    doc = run(pipeline, "Twelve people were killed and 30 wounded on Sunday in the market.")
    sources = [m.text for e in doc.events for m in e.source]
    assert "30" not in sources, sources
