"""The document model: offsets, serialisation round trips, rejections."""

from __future__ import annotations

import json

import pytest

from eventscope.doc import (ActorMention, DateRange, Doc, DocMeta, Event, Place, Quantity,
                            Rejection)


def make_doc() -> Doc:
    doc = Doc(id="d1", text="Iran sent troops to Abu Kamal on Tuesday.",
              meta=DocMeta(date="2020-03-12", title="T"))
    doc.add_sentence(0, len(doc.text))
    iran = ActorMention(0, 4, "Iran", actor_id="IRN", name="Iran", country_code="IR", kind="state")
    place = Place(20, 29, "Abu Kamal", name="Albu Kamal", lat=34.45, lon=40.92, country_code="SY")
    doc.actors.append(iran)
    doc.places.append(place)
    doc.events.append(Event(
        event_id="d1:e0", plover_type="MOBILIZE", trigger=doc.span(5, 9), evidence=doc.span(0, 41),
        source=[iran], location=place,
        date=DateRange("2020-03-10", "2020-03-10", "day", text="on Tuesday", span_start=30,
                       span_end=40),
        size=Quantity(12, 12, "troops"), confidence=0.9))
    return doc


def test_span_text_matches_offsets() -> None:
    doc = make_doc()
    doc.check_offsets()
    assert doc.span(20, 29).text == "Abu Kamal"


def test_span_outside_text_is_refused() -> None:
    with pytest.raises(ValueError):
        make_doc().span(10, 400)


def test_check_offsets_catches_a_wrong_span() -> None:
    doc = make_doc()
    doc.places[0].start += 1
    with pytest.raises(ValueError, match="Abu Kamal"):
        doc.check_offsets()


def test_round_trip_through_json() -> None:
    doc = make_doc()
    data = json.loads(json.dumps(doc.to_dict()))
    again = Doc.from_dict(data)
    assert again.to_dict() == doc.to_dict()
    assert again.events[0].source[0].actor_id == "IRN"
    assert again.events[0].date is not None and again.events[0].date.precision == "day"


def test_contract_fields_are_present() -> None:
    out = make_doc().to_dict()
    assert out["status"] == "ok"
    event = out["events"][0]
    for key in ("event_id", "plover_type", "plover_mode", "cameo_root", "acled_event_type",
                "acled_sub_event_type", "source", "target", "location", "date", "factuality",
                "attributed_to", "fatalities", "trigger", "evidence", "confidence", "incident_id"):
        assert key in event, key
    assert out["places"][0]["name"] == "Albu Kamal"
    assert out["actors"][0]["actor_id"] == "IRN"


def test_rejection_has_the_contract_shape() -> None:
    r = Rejection(id=None, line=3, error="not JSON", reason="not_json").to_dict()
    assert r == {"id": None, "line": 3, "status": "rejected", "error": "not JSON",
                 "reason": "not_json"}


def test_pub_date_parses_or_is_none() -> None:
    assert DocMeta(date="2020-03-12").pub_date is not None
    assert DocMeta(date="12/03/2020").pub_date is None
