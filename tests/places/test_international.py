"""Wire-report phrasing: capitals named through their country, water bodies and ranges named
after a country, dotted initials ("L.A." is not "La.")."""

from __future__ import annotations

from collections.abc import Callable

from eventscope.doc import Doc
from eventscope.places import PlaceResolver, location_for
from eventscope.places.gazetteer import Candidate, Gazetteer, InMemoryGazetteer
from eventscope.places.normalize import name_key, skeleton_key


def _place(doc: Doc, text: str):  # type: ignore[no-untyped-def]
    hits = [p for p in doc.places if p.text == text]
    assert hits, [(p.text, p.name) for p in doc.places]
    return hits[0]


def test_demonym_capital_is_the_capital_city(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Explosions were heard in the Iranian capital overnight.")
    cap = _place(doc, "capital")
    assert (cap.name, cap.precision, cap.role) == ("Tehran", "town", "literal")
    assert _place(doc, "Iranian").country_code == "IR"  # the demonym keeps its own toponym


def test_possessive_and_of_capital(geoparse: Callable[..., Doc]) -> None:
    assert _place(geoparse("Fighting reached Turkey's capital on Monday."), "capital").name == "Ankara"
    assert _place(geoparse("Protests spread to the capital of Iraq."), "capital").name == "Baghdad"


def test_capital_named_in_apposition_is_not_doubled(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Troops entered the Iraqi capital, Baghdad, on Sunday.")
    assert [p.text for p in doc.places if p.text == "capital"] == []
    assert _place(doc, "Baghdad").country_code == "IQ"


def test_capital_as_money_is_no_place(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Investors said Syrian capital markets were closed.")
    assert all(p.text != "capital" for p in doc.places)


def test_event_in_the_capital_is_located_in_the_city(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("A car bomb exploded in the Syrian capital on Sunday.")
    loc = location_for(doc, 0, len(doc.text))
    assert loc is not None and loc.name == "Damascus"


def _cand(i: int, name: str, cc: str | None, feature: str, precision: str, lat: float,
          lon: float, population: int = 0, source: str = "supplement") -> Candidate:
    return Candidate(i, None, name, lat, lon, cc, None, None, feature, precision, population,
                     source)


WORLD = [
    _cand(1, "Niger", "NE", "country", "country", 18.0, 9.0, 20_000_000, "PCLI"),
    _cand(2, "Chad", "TD", "country", "country", 15.0, 19.0, 15_000_000, "PCLI"),
    _cand(3, "Niger River", None, "river", "region", 13.5, -2.0),
    _cand(4, "Red Sea", "SD", "admin1", "region", 19.7, 37.0, 1_000_000, "ADM1"),
    _cand(5, "Red Sea", None, "sea", "region", 20.0, 38.0),
    _cand(6, "Mopti", "ML", "city", "town", 14.48, -4.18, 100_000, "PPL"),
]


def _geoparse_world(parse: Callable[[str], Doc], text: str, **options: object) -> Doc:
    gaz: Gazetteer = InMemoryGazetteer(WORLD)
    doc = PlaceResolver(gaz, **options)(parse(text))  # type: ignore[arg-type]
    doc.check_offsets()
    return doc


def test_river_named_after_a_country_is_the_river(parse: Callable[[str], Doc]) -> None:
    doc = _geoparse_world(parse, "Gunmen attacked boats on the Niger River near Mopti.")
    river = _place(doc, "Niger River")
    assert river.feature == "river" and river.country_code is None


def test_sea_beats_the_region_of_the_same_name(parse: Callable[[str], Doc]) -> None:
    doc = _geoparse_world(parse, "Rebels attacked two ships in the Red Sea on Friday.")
    assert _place(doc, "Red Sea").feature == "sea"


def test_unknown_lake_is_not_the_country(parse: Callable[[str], Doc]) -> None:
    text = "Fishermen on Lake Chad fled the raid."
    assert all(p.name != "Chad" for p in _geoparse_world(parse, text).places)
    kept = _geoparse_world(parse, text, keep_unresolved=True)
    lake = _place(kept, "Lake Chad")
    assert lake.lat is None  # an unresolved toponym, not the country


def test_dotted_initials_have_their_own_key(small_gazetteer: Gazetteer) -> None:
    assert name_key("L.A.") == name_key("L.A") != name_key("La.")
    assert skeleton_key("L.A.") == ""  # initials never match loosely
    assert name_key("South L.A.") == "south l.a." != name_key("South La.")
    assert [c.name for c in small_gazetteer.candidates("L.A.")] == ["Los Angeles"]
    assert small_gazetteer.candidates("La.")[0].name == "Louisiana"
    # written capitalised, so recognition may use it (a lowercase variant shares the key)
    assert any(c.name == "Washington" and c.cased for c in small_gazetteer.candidates("D.C."))


def test_capital_of_reads_the_index(small_gazetteer: Gazetteer) -> None:
    cap = small_gazetteer.capital_of("sy")
    assert cap is not None and cap.name == "Damascus" and cap.precision == "town"
    assert small_gazetteer.capital_of("ZZ") is None


def test_capital_named_before_or_after_is_not_doubled(geoparse: Callable[..., Doc]) -> None:
    for text in ("The attack in Ankara, the Turkish capital, was condemned.",
                 "He visited the Turkish capital of Ankara in March."):
        doc = geoparse(text)
        assert all(p.text != "capital" for p in doc.places), text
        assert _place(doc, "Ankara").country_code == "TR"
