"""geocode() for bare names and location_for() for event clauses."""

from __future__ import annotations

from collections.abc import Callable

from eventscope.doc import Doc
from eventscope.places import geocode, location_for
from eventscope.places.gazetteer import Gazetteer


def test_geocode_prefers_the_town(small_gazetteer: Gazetteer) -> None:
    place = geocode("Deir ez-Zor", gazetteer=small_gazetteer)
    assert place is not None
    assert (place.country_code, place.feature, place.geonameid) == ("SY", "city", 170794)


def test_geocode_country_filter(small_gazetteer: Gazetteer) -> None:
    libya = geocode("Homs", country="LY", gazetteer=small_gazetteer)
    assert libya is not None and libya.country_code == "LY"
    syria = geocode("Homs", gazetteer=small_gazetteer)
    assert syria is not None and syria.country_code == "SY"


def test_geocode_unknown_name(small_gazetteer: Gazetteer) -> None:
    assert geocode("Xqzvillebrook", gazetteer=small_gazetteer) is None


def test_location_for_prefers_the_locative_object(geoparse: Callable[..., Doc]) -> None:
    text = "Iran sent fighters from Iraq to Abu Kamal. Tehran said nothing."
    doc = geoparse(text)
    first = doc.sents[0]
    place = location_for(doc, first.start, first.end)
    assert place is not None and place.text == "Abu Kamal"
    second = doc.sents[1]
    assert location_for(doc, second.start, second.end) is None  # a metonym is no location


def test_location_for_in_beats_from(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Militias coming from Iraq clashed in Deir ez-Zor on Monday.")
    place = location_for(doc, 0, len(doc.text))
    assert place is not None and place.text == "Deir ez-Zor"
