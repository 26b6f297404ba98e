"""Reads: every event filter, full-text search, one event, one document, summary and counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventscope.doc import Event
from eventscope.store import EventFilter, FilterError, Store


def ids(store: Store, **kw: object) -> list[str]:
    f = EventFilter(**kw)  # type: ignore[arg-type]
    found = [e["event_id"] for e in store.events(f)]
    everything = EventFilter(**{**kw, "limit": None, "offset": 0})  # type: ignore[arg-type]
    assert store.count(everything) >= len(found)
    return sorted(found)


SEED = ["seed:e0", "seed:e1", "seed:e2"]
LATER = ["later:e0", "later:e1", "later:e2"]


def test_no_filter_returns_everything_newest_first(seeded: Store) -> None:
    events = seeded.events()
    assert len(events) == 6 == seeded.count()
    assert [e["event_id"] for e in events][:3] == ["later:e2", "later:e1", "later:e0"]


def test_event_dicts_have_the_contract_shape_plus_document_fields(seeded: Store) -> None:
    e = seeded.events(EventFilter(plover_type="MOBILIZE", since="2020-01-01",
                                  until="2020-12-31"))[0]
    for key in ("event_id", "plover_type", "plover_mode", "cameo_root", "acled_event_type",
                "acled_sub_event_type", "source", "target", "location", "date", "factuality",
                "attributed_to", "fatalities", "trigger", "evidence", "confidence",
                "incident_id", "doc_id", "title", "url", "pub_date"):
        assert key in e, key
    assert e["doc_id"] == "seed" and e["pub_date"] == "2020-03-12"
    assert e["source"][0]["actor_id"] == "IRN"
    assert e["evidence"]["text"] == "Iran sent troops to Abu Kamal on Tuesday."
    assert Event.from_dict(e).location.name == "Albu Kamal"  # type: ignore[union-attr]


def test_filter_by_plover_type(seeded: Store) -> None:
    assert ids(seeded, plover_type="MOBILIZE") == ["later:e0", "seed:e0"]
    assert ids(seeded, plover_type=["mobilize", "assault"]) == sorted(SEED + LATER)
    assert ids(seeded, plover_type="AID") == []


def test_filter_by_acled_type_or_sub_type(seeded: Store) -> None:
    assert ids(seeded, acled_type="battles") == ["later:e1", "seed:e1"]
    assert ids(seeded, acled_type="Change to group/activity") == ["later:e0", "seed:e0"]


@pytest.mark.parametrize("actor,expected", [
    ("IRN", ["later:e0", "seed:e0"]),           # by id
    ("islamic", ["later:e1", "seed:e1"]),       # by canonical name substring
    ("Daesh", ["later:e1", "seed:e1"]),         # by mention text
    ("Syrian Arab Army", ["later:e1", "seed:e1"]),  # a target
    ("OIR", ["later:e2", "seed:e2"]),
    ("%", []),                                  # LIKE wildcards are literal
    ("'; DROP TABLE events; --", []),
])
def test_filter_by_actor(seeded: Store, actor: str, expected: list[str]) -> None:
    assert ids(seeded, actor=actor) == expected
    assert seeded.count() == 6


def test_filter_by_country(seeded: Store) -> None:
    assert ids(seeded, country="sy") == ["later:e1", "seed:e0", "seed:e1"]
    assert ids(seeded, country=["IQ"]) == ["later:e0"]


def test_filter_by_dates_uses_range_overlap(seeded: Store) -> None:
    assert ids(seeded, since="2021-01-01") == LATER
    assert ids(seeded, until="2020-03-10") == ["seed:e0"]
    assert ids(seeded, since="2020-03-12", until="2020-03-12") == ["seed:e1", "seed:e2"]


def test_filter_near_a_point(seeded: Store) -> None:
    assert ids(seeded, near=(34.45, 40.92), within_km=10) == ["seed:e0"]
    assert ids(seeded, near=(34.45, 40.92), within_km=150) == ["later:e1", "seed:e0", "seed:e1"]
    assert ids(seeded, near=(-34.0, 151.0), within_km=500) == []


def test_filter_by_bbox(seeded: Store) -> None:
    assert ids(seeded, bbox=(43, 32, 46, 35)) == ["later:e0"]
    assert ids(seeded, bbox=(40, 30, -170, 40)) == ["later:e0", "later:e1", "seed:e0",
                                                    "seed:e1"]  # crosses the antimeridian
    assert ids(seeded, bbox=(170, -10, -170, 10)) == []


def test_filter_by_factuality_and_confidence(seeded: Store) -> None:
    assert ids(seeded, factuality="speculative") == ["later:e2", "seed:e2"]
    assert ids(seeded, factuality=["asserted", "negated"]) == [
        "later:e0", "later:e1", "seed:e0", "seed:e1"]
    assert ids(seeded, min_confidence=0.85) == ["later:e0", "seed:e0"]


def test_full_text_search_on_evidence(seeded: Store) -> None:
    assert ids(seeded, text="kill") == ["later:e1", "seed:e1"]  # stemmed: killing
    assert ids(seeded, text='"army post"') == ["later:e1", "seed:e1"]
    assert ids(seeded, text="Inher*") == ["later:e2", "seed:e2"]
    assert ids(seeded, text="troops Daesh") == []
    assert ids(seeded, text='army OR " NEAR( -') == []  # FTS syntax is taken literally
    ranked = seeded.events(EventFilter(text="army", order="rank"))
    assert len(ranked) == 2


def test_filters_combine(seeded: Store) -> None:
    assert ids(seeded, plover_type="ASSAULT", country="SY", since="2021-01-01") == ["later:e1"]


def test_limit_offset_and_order(seeded: Store) -> None:
    by_date = [e["event_id"] for e in seeded.events(EventFilter(order="date"))]
    assert by_date[0] == "seed:e0"
    page = [e["event_id"] for e in seeded.events(EventFilter(order="date", limit=2, offset=1))]
    assert page == by_date[1:3]
    conf = [e["confidence"] for e in seeded.events(EventFilter(order="-confidence"))]
    assert conf == sorted(conf, reverse=True)
    assert seeded.count(EventFilter(limit=1)) == 6


@pytest.mark.parametrize("kw,match", [
    ({"plover_type": "FIGHT"}, "Unknown PLOVER type"),
    ({"factuality": "maybe"}, "Unknown factuality"),
    ({"since": "yesterday"}, "ISO date"),
    ({"since": "2021-01-01", "until": "2020-01-01"}, "after"),
    ({"near": (34.0, 40.0)}, "within_km"),
    ({"within_km": 5}, "near"),
    ({"near": (134.0, 40.0), "within_km": 5}, "latitude"),
    ({"bbox": (1, 2, 3)}, "bbox"),
    ({"min_confidence": 2}, "between 0 and 1"),
    ({"limit": -1}, "limit"),
    ({"order": "random()"}, "Unknown order"),
    ({"order": "rank"}, "needs a text filter"),
])
def test_bad_filters_raise_a_clear_error(kw: dict[str, object], match: str) -> None:
    with pytest.raises(FilterError, match=match):
        EventFilter(**kw)  # type: ignore[arg-type]


def test_one_event_with_args_and_document(seeded: Store) -> None:
    e = seeded.event("seed:e1")
    assert e is not None
    roles = {(a["role"], a["text"]) for a in e["args"]}
    assert {("source", "Daesh"), ("target", "army"), ("trigger", "attacked"),
            ("fatalities", "killing 5 soldiers"), ("location", "Deir ez-Zor")} <= roles
    assert e["document"]["doc_id"] == "seed"
    assert "Daesh fighters attacked" in e["document"]["text"]
    assert seeded.event("nope:e9") is None


def test_document_by_rowid_and_by_doc_id(seeded: Store) -> None:
    by_name = seeded.document("seed")
    assert by_name is not None
    by_row = seeded.document(by_name["document_id"])
    assert by_row == by_name
    text = by_name["text"]
    assert [e["event_id"] for e in by_name["events"]] == SEED
    assert len(by_name["sentences"]) == 3
    for p in by_name["places"] + by_name["actors"]:
        assert text[p["start"]:p["end"]] == p["text"]
    assert {a["actor_id"] for a in by_name["actors"]} == {"IRN", "isis", "SYR_MIL", "OIR"}
    assert seeded.document("missing") is None and seeded.document(999) is None


def test_summary(seeded: Store) -> None:
    s = seeded.summary()
    assert (s["documents"], s["events"], s["rejected"]) == (2, 6, 0)
    assert s["events_by_type"] == {"ASSAULT": 4, "MOBILIZE": 2}
    assert {a["actor_id"] for a in s["top_actors"]} == {"IRN", "isis", "SYR_MIL", "OIR"}
    assert all(a["count"] == 2 for a in s["top_actors"])
    assert s["top_places"][0] == {"name": "Deir ez-Zor", "country_code": "SY",
                                  "geonameid": 170794, "count": 2}


def test_counts_by_day_and_week(seeded: Store) -> None:
    days = seeded.counts("day", EventFilter(until="2020-12-31"))
    assert days == [
        {"period": "2020-03-10", "plover_type": "MOBILIZE", "count": 1},
        {"period": "2020-03-11", "plover_type": "ASSAULT", "count": 1},
        {"period": "2020-03-12", "plover_type": "ASSAULT", "count": 1},
    ]
    weeks = seeded.counts("week")
    assert weeks == [
        {"period": "2020-03-09", "plover_type": "ASSAULT", "count": 2},
        {"period": "2020-03-09", "plover_type": "MOBILIZE", "count": 1},
        {"period": "2021-05-24", "plover_type": "ASSAULT", "count": 2},
        {"period": "2021-05-24", "plover_type": "MOBILIZE", "count": 1},
    ]
    with pytest.raises(FilterError, match="Unknown period"):
        seeded.counts("hour")


def test_actors_and_places_lists(seeded: Store) -> None:
    actors = {a["actor_id"]: a for a in seeded.actors()}
    assert actors["isis"]["events"] == 2 and actors["isis"]["mentions"] == 2
    places = {p["geonameid"]: p for p in seeded.places()}
    assert places[170794]["mentions"] == 2 and places[170794]["events"] == 2


def test_incident_id_is_read_from_its_column(seeded: Store) -> None:
    seeded.connection.execute(
        "UPDATE events SET incident_id = 'inc-1' WHERE event_id IN ('seed:e1', 'later:e1')")
    assert ids(seeded, incident_id="inc-1") == ["later:e1", "seed:e1"]
    assert seeded.event("seed:e1")["incident_id"] == "inc-1"  # type: ignore[index]


def test_read_only_store_answers_geo_and_text_queries(seeded: Store, db_path: Path) -> None:
    with Store(db_path, readonly=True) as ro:
        assert len(ro.events(EventFilter(near=(34.45, 40.92), within_km=10, text="troops"))) == 1


def test_plural_filter_names_are_accepted(seeded: Store) -> None:
    assert ids(seeded, plover_types=("MOBILIZE",), factualities=["asserted"]) == [
        "later:e0", "seed:e0"]
    f = EventFilter(plover_type="AID", plover_types=["ASSAULT"])
    assert f.plover_type == ("AID", "ASSAULT") and f.plover_types is None
    assert ids(seeded, plover_types=(), factualities=()) == sorted(SEED + LATER)


def test_summary_counts_unlinked_actors_by_name(store: Store) -> None:
    from store_docs import make_seed_doc

    doc = make_seed_doc("unlinked")
    for e in doc.events:
        for a in [*e.source, *e.target]:
            a.actor_id = None
            a.name = None
    doc.actors = []
    store.add(doc, content_hash="h-unlinked")
    top = store.summary()["top_actors"]
    assert {(a["actor_id"], a["name"], a["count"]) for a in top} == {
        (None, "Iran", 1), (None, "Daesh", 1), (None, "army", 1), (None, "Inherent Resolve", 1)}


def test_counts_by_month_and_year_with_a_filter(seeded: Store) -> None:
    assert seeded.counts("month", EventFilter(plover_type="ASSAULT")) == [
        {"period": "2020-03-01", "plover_type": "ASSAULT", "count": 2},
        {"period": "2021-05-01", "plover_type": "ASSAULT", "count": 2},
    ]
    assert [r["count"] for r in seeded.counts("year", EventFilter(text="troops"))] == [1, 1]


def test_points_are_light_rows_of_located_events(seeded: Store) -> None:
    pts = seeded.points(EventFilter(country="SY", order="date", limit=10))
    assert [p["event_id"] for p in pts] == ["seed:e0", "seed:e1", "later:e1"]
    assert set(pts[0]) == {"event_id", "lat", "lon", "plover_type", "date_start", "factuality",
                           "confidence", "location_name"}
    assert len(seeded.points()) == 4  # the two unlocated strikes are left out


def test_actor_id_match_is_exact_but_names_match_substrings(store: Store) -> None:
    from store_docs import make_seed_doc

    doc = make_seed_doc("irgc")
    src = doc.events[0].source[0]
    src.actor_id, src.name = "IRN_IRGC", "Islamic Revolutionary Guard Corps"
    store.add(doc, content_hash="h-irgc")
    assert ids(store, actor="IRN") == []
    assert ids(store, actor="irn_irgc") == ["irgc:e0"]
    assert ids(store, actor="guard corps") == ["irgc:e0"]
    assert ids(store, actor="IRN_") == []
