"""Regions: county lists, bare county names, towns inside a named county, and short names of
first-level regions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventscope.doc import Doc
from eventscope.places.build import admin_aliases
from eventscope.places.counties import LIST_HEAD, bare_counties, county_lists
from eventscope.places.gazetteer import Candidate, Gazetteer
from eventscope.places.recognize import Mention
from eventscope.places.resolve import SEAT_PRIOR, prior


def _by_text(doc: Doc) -> dict[str, list]:
    out: dict[str, list] = {}
    for p in doc.places:
        out.setdefault(p.text, []).append(p)
    return out


def test_the_index_knows_a_towns_county(small_gazetteer: Gazetteer) -> None:
    towns = {c.admin1: c.admin2 for c in small_gazetteer.candidates("Huntsville")
             if c.feature == "city" and c.country_code == "US"}
    assert towns["Texas"] == "Walker County"
    assert towns["Alabama"] == "Madison County"


def test_list_of_counties_reads_each_name_as_a_county(geoparse: Callable[..., Doc]) -> None:
    """"Eastland and Callahan counties": two Texas counties, not the towns."""
    doc = geoparse("Fires burned more than 260 acres in Eastland and Callahan counties, the "
                   "Texas Fire Service said.")
    places = _by_text(doc)
    for name in ("Eastland", "Callahan"):
        (p,) = places[name]
        assert (p.feature, p.name, p.admin1) == ("admin2", f"{name} County", "Texas")


def test_list_pattern_stops_at_lowercase_words() -> None:
    hit = LIST_HEAD.search("school boards in Barrow, Jackson and Madison counties tweaked")
    assert hit is not None and hit.group(0) == "Barrow, Jackson and Madison counties"
    assert LIST_HEAD.search("the counties of the state") is None


def test_county_list_adds_names_the_recogniser_missed(small_gazetteer: Gazetteer) -> None:
    text = "Roads are closed in Becker, Mahnomen and Wilkin counties."
    found = county_lists(text, [], small_gazetteer)
    assert [m.text for m in found] == ["Becker", "Mahnomen", "Wilkin"]
    assert all(c.feature == "admin2" and c.admin1 == "Minnesota"
               for m in found for c in m.candidates)


def test_town_inside_a_named_county_decides_the_state(geoparse: Callable[..., Doc]) -> None:
    """Walker County (Texas and Alabama have one) with Huntsville: the Texas pair."""
    doc = geoparse("The burn ban issued for Walker County was lifted on Monday. Crews in "
                   "Huntsville had fought two grass fires last week.")
    places = _by_text(doc)
    assert places["Walker County"][0].admin1 == "Texas"
    assert places["Huntsville"][0].admin1 == "Texas"


def test_bare_town_name_gets_its_namesake_counties(small_gazetteer: Gazetteer) -> None:
    """"Charles City" may be the Iowa town or Charles City County, Virginia."""
    m = Mention(0, 12, "Charles City", small_gazetteer.candidates("Charles City"), "ner")
    bare_counties([m], small_gazetteer)
    counties = [c for c in m.candidates if c.feature == "admin2"]
    assert [(c.name, c.admin1, c.kind) for c in counties] == [
        ("Charles City County", "Virginia", 1)]


def test_big_town_keeps_its_own_sense(small_gazetteer: Gazetteer) -> None:
    """"Los Angeles" is the city: its county is not offered for the bare name."""
    m = Mention(0, 11, "Los Angeles", small_gazetteer.candidates("Los Angeles"), "ner")
    before = list(m.candidates)
    bare_counties([m], small_gazetteer)
    assert m.candidates == before


def test_region_short_names_drop_chinese_suffixes() -> None:
    """News write "Zhejiang", "Xinjiang", "Tibet"; a municipality ("Chongqing Shi") keeps its
    full name so that the bare name stays the city's."""
    assert "Zhejiang" in admin_aliases("Zhejiang Sheng")
    assert "Xinjiang" in admin_aliases("Xinjiang Uygur Zizhiqu")
    assert "Tibet" in admin_aliases("Tibet Autonomous Region")
    assert "Chongqing" not in admin_aliases("Chongqing Shi")


def test_city_named_like_its_region_is_the_seat() -> None:
    """"Jilin" the city (in Jilin Sheng) gets the seat bonus over the province."""
    city = Candidate(1, 1, "Jilin", 43.85, 126.56, "CN", "05", "Jilin Sheng", "city", "town",
                     1_900_000, "PPL")
    elsewhere = Candidate(1, 1, "Jilin", 43.85, 126.56, "CN", "05", "Heilongjiang Sheng",
                          "city", "town", 1_900_000, "PPL")
    assert prior(city) == pytest.approx(prior(elsewhere) + SEAT_PRIOR)
