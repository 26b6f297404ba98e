"""Recognition and linking: names, acronyms, metonymy, descriptors, unknown actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventscope.actors import actor_at
from eventscope.doc import Doc

from .conftest import ids

Link = Callable[[str], Doc]


def test_one_identity_for_many_names(link: Link) -> None:
    doc = link("Isis attacked the town. Daesh later withdrew, and the Islamic State "
               "denied losses. ISIL fighters regrouped.")
    assert {a.actor_id for a in doc.actors} == {"isis"}
    assert len(doc.actors) == 4


def test_mentions_are_in_text_order_and_do_not_overlap(link: Link) -> None:
    doc = link("Hezbollah and Hamas praised Iran while the Houthis fired at Israel.")
    starts = [a.start for a in doc.actors]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(doc.actors, doc.actors[1:]))
    assert [a.actor_id for a in doc.actors] == ["hezbollah", "hamas", "IRN", "houthis", "ISR"]


def test_short_acronyms_need_their_case(link: Link) -> None:
    doc = link("IS claimed the attack. It is not clear who is responsible.")
    assert [(a.text, a.actor_id) for a in doc.actors] == [("IS", "isis")]


def test_capitalised_names_need_a_capital(link: Link) -> None:
    assert link("He played his trump card in May.").actors == []


def test_months_and_boilerplate_are_not_actors(link: Link) -> None:
    doc = link("Skip to Main Content\n\nIn March and May, Hamas fired rockets.\n\nBack To Top")
    assert [a.text for a in doc.actors] == ["Hamas"]


def test_capital_as_actor_is_the_government(link: Link) -> None:
    doc = link("Tehran wants to expand its influence, and Moscow's envoy agreed.")
    assert ids(doc)["Tehran"] == "IRN.GOV"
    assert ids(doc)["Moscow"] == "RUS.GOV"
    assert doc.actors[0].kind == "government" and doc.actors[0].country_code == "IR"


def test_capital_as_place_is_no_actor(link: Link) -> None:
    doc = link("Protesters gathered in Tehran on Friday.")
    assert "Tehran" not in ids(doc)


def test_country_is_an_actor_even_where_it_is_also_a_place(link: Link) -> None:
    doc = link("Iran is sending massive reinforcements to Abu Kamal.")
    assert doc.actors[0].text == "Iran" and doc.actors[0].actor_id == "IRN"
    assert doc.actors[0].kind == "state" and doc.actors[0].code == "IRN"


@pytest.mark.parametrize("text,phrase,actor_id,kind", [
    ("Syrian soldiers were killed near Palmyra.", "Syrian soldiers", "SYR.MIL", "military"),
    ("The army of Damascus advanced.", "army of Damascus", "SYR.MIL", "military"),
    ("Turkish police detained the suspects.", "Turkish police", "TUR.POL", "police"),
    ("Senior Hungarian officials agreed on Wednesday.", "Hungarian officials", "HUN.GOV",
     "government"),
    ("Egyptian troops left the base.", "Egyptian troops", "EGY.MIL", "military"),
    ("Romanian refugees returned home.", "Romanian refugees", "ROU.REF", "civilians"),
])
def test_descriptors_with_a_country(link: Link, text: str, phrase: str, actor_id: str,
                                    kind: str) -> None:
    mention = next(a for a in link(text).actors if a.text == phrase)
    assert (mention.actor_id, mention.kind, mention.via) == (actor_id, kind, "descriptor")


def test_descriptor_with_a_patron(link: Link) -> None:
    doc = link("Russian-backed separatists shelled the town.")
    a = doc.actors[0]
    assert a.text == "Russian-backed separatists"
    assert a.actor_id == "x:rus-backed-rebels" and a.kind == "armed_group"


def test_registry_descriptor_with_a_patron(link: Link) -> None:
    assert ids(link("Iranian-backed militias fired rockets."))["Iranian-backed militias"] == \
        "shia_militias"


def test_community_descriptors_and_generic_ones(link: Link) -> None:
    doc = link("Kurdish fighters clashed with gunmen while civilians fled and police watched.")
    got = ids(doc)
    assert got["Kurdish fighters"] == "x:kurdish-fighters"
    assert got["gunmen"] == "militants"
    assert got["civilians"] == "civilians"
    assert got["police"] == "police"


def test_nouns_that_modify_other_nouns_are_not_actors(link: Link) -> None:
    doc = link("A police station and an army base were damaged.")
    assert doc.actors == []


def test_unknown_actors_from_entities_get_stable_ids(link: Link) -> None:
    doc = link("The Karamoja Liberation Front said its leader John Okello was arrested.")
    got = {a.text: (a.actor_id, a.kind, a.via) for a in doc.actors}
    assert got["Karamoja Liberation Front"] == ("x:karamoja-liberation-front", "armed_group", "ner")
    assert got["John Okello"][1] == "person"


def test_titles_and_demonyms_belong_to_a_person(link: Link) -> None:
    doc = link("Zimbabwean Prime Minister Robert Mugabe rejected the plan.")
    a = doc.actors[0]
    assert a.text == "Zimbabwean Prime Minister Robert Mugabe"
    assert a.kind == "person" and a.country_code == "ZW"


def test_units_named_relative_to_their_parent(link: Link) -> None:
    doc = link("The IRGC aerospace force tested a missile, and the Quds Force of the IRGC "
               "sent advisers.")
    got = ids(doc)
    assert got["IRGC aerospace force"] == "irgc.asf"
    assert got["Quds Force of the IRGC"] == "irgc.quds"


def test_actor_at(link: Link) -> None:
    doc = link("Hamas fired rockets at Israel.")
    hit = actor_at(doc, doc.text.index("Israel"), doc.text.index("Israel") + 3)
    assert hit is not None and hit.actor_id == "ISR"
    assert actor_at(doc, doc.text.index("rockets"), doc.text.index("rockets") + 7) is None


def test_unknown_person_keeps_one_id_by_surname(link: Link) -> None:
    doc = link("Rebel leader John Okello was arrested. Okello denied the charges.")
    people = [a for a in doc.actors if a.kind == "person"]
    assert len(people) == 2 and people[0].actor_id == people[1].actor_id == "x:john-okello"


def test_acronym_in_brackets_is_the_name_before_it(link: Link) -> None:
    doc = link("The Karamoja Liberation Front (KLF) said the KLF would fight.")
    assert {a.actor_id for a in doc.actors} == {"x:karamoja-liberation-front"}
