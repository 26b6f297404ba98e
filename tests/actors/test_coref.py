"""Rule-based coreference on small written examples (the README of the stage reports the
measured accuracy on a larger written set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventscope.doc import Doc

Link = Callable[[str], Doc]


@pytest.mark.parametrize("text,anaphor,actor_id", [
    ("Isis launched an offensive near Homs. The group lost dozens of fighters.",
     "group", "isis"),
    ("Daesh attacked Syrian soldiers. The jihadists then withdrew.", "jihadists", "isis"),
    ("General Amir Haji Zada visited Abu Kamal. He later returned to Iraq.", "He",
     "hajizadeh"),
    ("Amir Haji Zada met Hezbollah envoys. The general inspected air defences.", "general",
     "hajizadeh"),
    ("Al-Shabaab claimed the bombing. The militants also attacked a base.", "militants",
     "alshabaab"),
    ("Shiite militias arrived in Abu Kamal. Trucks carried weapons for the militias.",
     "militias", "shia_militias"),
    ("Syrian soldiers shelled the village. Later the army withdrew.", "army", "SYR.MIL"),
    ("Iran's foreign ministry protested. The ministry summoned the envoy.", "ministry",
     "IRN.GOV"),
])
def test_anaphor_links_to_the_right_actor(link: Link, text: str, anaphor: str,
                                          actor_id: str) -> None:
    doc = link(text)
    mention = next(a for a in doc.actors if a.text == anaphor)
    assert mention.actor_id == actor_id
    assert mention.via == "coref"


def test_he_prefers_the_nearest_person(link: Link) -> None:
    doc = link("Vladimir Putin met Recep Tayyip Erdogan. Erdogan said he wanted a ceasefire.")
    he = next(a for a in doc.actors if a.text == "he")
    assert he.actor_id == "erdogan"


def test_no_antecedent_no_link(link: Link) -> None:
    doc = link("He said the group would respond.")
    assert [a.text for a in doc.actors] == []
