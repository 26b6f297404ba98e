"""Transliteration variants of one name meet in the index."""

from __future__ import annotations

import pytest

from eventscope.places import geocode
from eventscope.places.gazetteer import Gazetteer
from eventscope.places.normalize import name_key, skeleton_key


@pytest.mark.parametrize("variants", [
    ("Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour"),
    ("Abu Kamal", "Albu Kamal", "Al-Bukamal"),
    ("Qaim", "Al Qa'im", "al-Qa\u2019im"),
])
def test_variants_resolve_to_one_place(small_gazetteer: Gazetteer,
                                       variants: tuple[str, ...]) -> None:
    places = [geocode(v, gazetteer=small_gazetteer) for v in variants]
    assert all(p is not None for p in places)
    ids = {p.geonameid for p in places if p is not None}
    assert len(ids) == 1 and None not in ids


def test_keys() -> None:
    assert name_key("Deir ez-Zor") == name_key("Deir Zor") == "deir zor"
    assert name_key("S\u00e3o Paulo") == "sao paulo"
    assert name_key("Mass.") != name_key("Mass")  # an abbreviation is not the word
    assert skeleton_key("Dayr az Zawr") == skeleton_key("Deir Ezzor")
    assert skeleton_key("Homs") != skeleton_key("Hama")
