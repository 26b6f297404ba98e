"""The seed page (issue 4, done-when): one identity each for its actors."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pytest

from eventscope.doc import Doc

Link = Callable[[str], Doc]


@pytest.fixture(scope="module")
def seed(link: Link, seed_text: str) -> dict[str, set[str]]:
    """actor id -> every text it was mentioned by on the seed page."""
    doc = link(seed_text)
    by_id: dict[str, set[str]] = defaultdict(set)
    for a in doc.actors:
        by_id[a.actor_id or ""].add(a.text)
    return by_id


@pytest.mark.parametrize("actor_id,texts", [
    ("isis", {"Isis", "Islamic State", "Daesh jihadists"}),
    ("SYR.MIL", {"army of Damascus", "SAA", "Syrian soldiers"}),
    ("IRN", {"Iran"}),
    ("IRN.GOV", {"Tehran"}),
    ("irgc", {"Iranian Revolutionary Guards", "IRGC"}),
    ("irgc.asf", {"aerospace forces of the IRGC", "aerospace forces"}),
    ("hajizadeh", {"General Amir Haji Zada", "high officer", "he"}),
    ("shia_militias", {"Shiite militias", "militias"}),
    ("memri", {"MEMRI"}),
    ("oir", {"Inherent Resolve"}),
    ("sdf", {"SDF"}),
    ("civilians", {"civilians"}),
])
def test_seed_identities(seed: dict[str, set[str]], actor_id: str, texts: set[str]) -> None:
    assert texts <= seed[actor_id]


def test_seed_has_no_place_names_as_people(seed: dict[str, set[str]]) -> None:
    texts = {t for ts in seed.values() for t in ts}
    assert not texts & {"Abu Kamal", "Qaim", "Badia al-Sham", "Homs", "Deir Ezzor", "Back To Top"}
