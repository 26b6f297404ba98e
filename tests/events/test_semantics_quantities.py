"""Quantities: fatalities, injuries and size, with ACLED's coding of vague numbers."""

from __future__ import annotations

import pytest

from eventscope.doc import Doc
from eventscope.events.quantities import parse_number, quantities_in, quantities_of_text


def q(text: str) -> dict[str, tuple[int, int]]:
    return {k: (v.min, v.max) for k, v in quantities_of_text(text).items()}


@pytest.mark.parametrize("text,expected", [
    ("The blast killed 3 and injured 5.", {"fatalities": (3, 3), "injuries": (5, 5)}),
    ("Gunmen opened fire, killing 3 and injuring 5.", {"fatalities": (3, 3), "injuries": (5, 5)}),
    ("The raid left 3 dead.", {"fatalities": (3, 3)}),
    ("The death toll rose to 40 on Monday.", {"fatalities": (40, 40)}),
    ("The death toll from Saturday's Russian bombing of a market in the southern Ukrainian city "
     "of Kherson has risen to 14.", {"fatalities": (14, 14)}),
    ("The number of people killed in Thursday's attack has risen to 31.", {"fatalities": (31, 31)}),
    ("At least 5 people were killed.", {"fatalities": (5, 5)}),
    ("Between 5 and 7 soldiers were killed.", {"fatalities": (5, 7)}),
    ("Five to seven civilians died in the shelling.", {"fatalities": (5, 7)}),
    ("Three policemen were wounded.", {"injuries": (3, 3)}),
    ("Insurgents killed twelve villagers.", {"fatalities": (12, 12)}),
    ("Forty-two fighters died.", {"fatalities": (42, 42)}),
    ("More than 80 people were killed.", {"fatalities": (80, 80)}),
    ("Two suicide bombers killed 23 people in Tel Aviv.", {"fatalities": (23, 23), "size": (2, 2)}),
    ("A Palestinian prisoner died in custody.", {"fatalities": (1, 1)}),
])
def test_counts(text: str, expected: dict[str, tuple[int, int]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Dozens were killed in the airstrike.", 12),
    ("A dozen fighters died.", 12),
    ("Hundreds died in the siege.", 100),
    ("Tens of people were killed.", 10),
    ("Several people were killed.", 10),
    ("Scores of people were killed.", 20),
])
def test_vague_fatalities_follow_acled(text: str, expected: int) -> None:
    assert q(text)["fatalities"] == (expected, expected)


def test_size_of_convoys_and_crowds() -> None:
    got = quantities_of_text("MEMRI speaks of dozens of trucks coming from Iraq.")["size"]
    assert (got.min, got.unit, got.text) == (12, "trucks", "dozens of trucks")
    got = quantities_of_text("Thousands of protesters marched on the palace.")["size"]
    assert (got.min, got.unit) == (1000, "protesters")
    got = quantities_of_text("Germany will deploy a brigade of 4,800 troops.")["size"]
    assert (got.min, got.unit) == (4800, "troops")


def test_no_one_killed_is_zero() -> None:
    assert q("No one was killed in the attack.") == {"fatalities": (0, 0)}


def test_counts_joined_by_and_are_summed() -> None:
    assert q("The strike killed 3 soldiers and 2 civilians.")["fatalities"] == (5, 5)


def test_dates_times_and_distances_are_not_counts() -> None:
    assert q("On 3 March 2020, at 10 am, a shell fell 5 km from the border.") == {}


def test_offsets_and_clause_bounds() -> None:
    text = "Militants killed 4 soldiers. Police arrested 12 suspects."
    doc = Doc(id="t", text=text)
    first = quantities_in(doc, 0, 28)
    assert set(first) == {"fatalities"}
    f = first["fatalities"]
    assert f.start is not None and f.end is not None and text[f.start:f.end] == f.text == "4"
    second = quantities_in(doc, 29, len(text))
    assert "fatalities" not in second and second["size"].min == 12


@pytest.mark.parametrize("text,n", [("2,000", 2000), ("three hundred", 300), ("twenty-one", 21),
                                    ("1.5 million", 1_500_000), ("a thousand", 1000)])
def test_parse_number(text: str, n: int) -> None:
    assert parse_number(text) == n
