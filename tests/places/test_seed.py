"""The seed page's places resolve to the right GeoNames entries."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventscope.doc import Doc
from eventscope.places.resolve import distance_km


@pytest.fixture(scope="module")
def seed_places(geoparse: Callable[..., Doc], seed_text: str) -> dict[str, list]:
    doc = geoparse(seed_text)
    out: dict[str, list] = {}
    for p in doc.places:
        out.setdefault(p.text.rstrip("."), []).append(p)
    return out


def test_abu_kamal(seed_places: dict[str, list]) -> None:
    for p in seed_places["Abu Kamal"]:
        assert p.country_code == "SY"
        assert distance_km(p.lat, p.lon, 34.45, 40.92) < 10
        assert p.geonameid == 174448


def test_qaim_is_in_iraq(seed_places: dict[str, list]) -> None:
    qaim = [p for text, ps in seed_places.items() if text.startswith("Qaim") for p in ps]
    assert qaim and all(p.country_code == "IQ" for p in qaim)
    assert all(distance_km(p.lat, p.lon, 34.39, 40.99) < 20 for p in qaim)


def test_homs_is_syria_not_libya(seed_places: dict[str, list]) -> None:
    for p in seed_places["Homs"]:
        assert p.country_code == "SY"
        assert distance_km(p.lat, p.lon, 34.73, 36.72) < 50


def test_deir_ezzor(seed_places: dict[str, list]) -> None:
    for p in seed_places["Deir Ezzor"]:
        assert p.country_code == "SY" and p.feature == "city"
        assert distance_km(p.lat, p.lon, 35.34, 40.14) < 10


def test_badia_al_sham(seed_places: dict[str, list]) -> None:
    (p,) = seed_places["Badia al-Sham"]
    assert (p.name, p.feature, p.country_code) == ("Syrian Desert", "desert", "SY")


@pytest.mark.parametrize("text,cc,feature", [
    ("Tehran", "IR", "city"), ("Iraq", "IQ", "country"), ("Syria", "SY", "country"),
])
def test_capital_and_countries(seed_places: dict[str, list], text: str, cc: str,
                               feature: str) -> None:
    assert all((p.country_code, p.feature) == (cc, feature) for p in seed_places[text])


def test_actors_are_not_places(seed_places: dict[str, list]) -> None:
    assert not {"Isis", "SDF", "SAA", "Daesh", "Inherent Resolve"} & set(seed_places)
