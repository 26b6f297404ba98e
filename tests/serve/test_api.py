"""The REST API: every endpoint, its filters, and bad parameters (4xx with a message, never 500)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from serve_docs import N_EVENTS, N_LOCATED


def ids(body: dict[str, Any]) -> list[str]:
    return sorted(e["event_id"] for e in body["events"])


def test_list_all_events_with_total(client: Any) -> None:
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == N_EVENTS and len(body["events"]) == N_EVENTS
    assert body["events"][0]["date"]["start"] >= body["events"][-1]["date"]["start"]  # -date


@pytest.mark.parametrize(("query", "expected"), [
    ("type=ASSAULT", ["syria:e1", "syria:e2"]),
    ("type=assault,protest", ["iraq:e0", "syria:e1", "syria:e2"]),
    ("type=PROTEST&type=MOBILIZE", ["iraq:e0", "syria:e0"]),
    ("acled_type=battles", ["syria:e1"]),
    ("actor=isis", ["syria:e1"]),
    ("actor=government of iraq", ["iraq:e0"]),
    ("country=sy", ["syria:e0", "syria:e1"]),
    ("bbox=30,30,50,40", ["iraq:e0", "syria:e0", "syria:e1"]),
    ("near=34.45,40.92&within_km=50", ["syria:e0"]),
    ("since=2021-01-01", ["hostile:e0", "iraq:e0"]),
    ("until=2020-03-11", ["syria:e0", "syria:e1"]),
    ("factuality=speculative", ["syria:e2"]),
    ("min_confidence=0.85", ["iraq:e0", "syria:e0"]),
    ("q=students", ["iraq:e0"]),
    ("q=attack*", ["syria:e1"]),
    ("incident=inc:none", []),
])
def test_filters(client: Any, query: str, expected: list[str]) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    assert ids(r.json()) == expected


def test_pagination_and_sort(client: Any) -> None:
    first = client.get("/api/events?limit=2&offset=0&sort=date").json()
    second = client.get("/api/events?limit=2&offset=2&sort=date").json()
    assert first["total"] == second["total"] == N_EVENTS
    got = [e["event_id"] for e in first["events"] + second["events"]]
    assert got == ["syria:e0", "syria:e1", "syria:e2", "iraq:e0"]
    ranked = client.get("/api/events?q=strike&sort=rank").json()
    assert ids(ranked) == ["syria:e2"]


@pytest.mark.parametrize(("query", "status", "needle"), [
    ("type=NOPE", 400, "Unknown PLOVER type"),
    ("factuality=maybe", 400, "Unknown factuality"),
    ("since=2020-13-01", 400, "not an ISO date"),
    ("since=2020-03-01' OR 1=1 --", 400, "not an ISO date"),
    ("until=yesterday", 400, "not an ISO date"),
    ("since=2021-01-01&until=2020-01-01", 400, "after"),
    ("bbox=1,2,3", 400, "bbox"),
    ("bbox=a,b,c,d", 400, "bbox"),
    ("bbox=0,50,10,40", 400, "bbox"),
    ("bbox=nan,1,2,3", 400, "bbox"),
    ("near=34,40", 400, "within_km"),
    ("near=95,40&within_km=10", 400, "latitude"),
    ("within_km=10", 400, "near"),
    ("within_km=-1&near=1,1", 422, "within_km"),
    ("min_confidence=2", 422, "min_confidence"),
    ("min_confidence=nan", 422, "min_confidence"),
    ("limit=1001", 422, "limit"),
    ("limit=-1", 422, "limit"),
    ("limit=abc", 422, "limit"),
    ("offset=99999999999999999999999", 422, "offset"),
    ("sort=x;DROP TABLE e", 400, "Unknown order"),
    ("sort=evil; DROP TABLE events", 422, "sort"),
    ("sort=rank", 400, "needs a text filter"),
    ("q=" + "x" * 600, 422, "q"),
])
def test_bad_parameters_are_4xx_with_a_message(client: Any, query: str, status: int,
                                               needle: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == status, r.text
    assert needle in r.text


@pytest.mark.parametrize("query", [
    "q=a%00b", "q=NEAR(a b)", "q=' OR 1=1 --", "actor=%25%00_", "actor=' OR ''='",
    "country=%00", "acled_type=%27", "q=%F0%9F%92%A3", "incident=%00", "q=students%00 OR *",
])
def test_hostile_values_never_500_and_never_widen(client: Any, query: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code < 500, r.text
    if r.status_code == 200:
        assert r.json()["total"] < N_EVENTS  # no injection matched everything


@pytest.mark.parametrize("query", ["q=%00", 'q="""', "q=*", "q=%20", "actor=%00"])
def test_values_that_say_nothing_filter_nothing(client: Any, query: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    assert r.json()["total"] == N_EVENTS


def test_points_are_compact_rows_of_located_events(client: Any) -> None:
    body = client.get("/api/points").json()
    assert body["count"] == N_LOCATED
    assert body["fields"][:3] == ["event_id", "lat", "lon"]
    assert all(isinstance(p[1], float) and isinstance(p[2], float) for p in body["points"])
    assert client.get("/api/points?type=PROTEST").json()["count"] == 1
    assert client.get("/api/points?limit=0").status_code == 422


def test_one_event_has_evidence_args_and_document(client: Any) -> None:
    e = client.get("/api/events/syria:e1").json()
    text = e["document"]["text"]
    assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
    assert text[e["trigger"]["start"]:e["trigger"]["end"]] == "attacked"
    assert {a["role"] for a in e["args"]} >= {"source", "target"}
    assert e["fatalities"]["min"] == 5


def test_unknown_ids_are_404(client: Any) -> None:
    for path in ("/api/events/nope", "/api/documents/999999", "/api/documents/nope",
                 "/api/actors/nope", "/api/documents/99999999999999999999999"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "error" in r.json()


def test_document_by_number_and_by_doc_id(client: Any) -> None:
    by_id = client.get("/api/documents/syria").json()
    by_num = client.get(f"/api/documents/{by_id['document_id']}").json()
    assert by_id == by_num
    text = by_id["text"]
    for group in ("places", "actors"):
        assert by_id[group] and all(text[s["start"]:s["end"]] == s["text"] for s in by_id[group])
    assert [e["event_id"] for e in by_id["events"]] == ["syria:e0", "syria:e1", "syria:e2"]


def test_actors_places_and_one_actor_network(client: Any) -> None:
    actors = client.get("/api/actors").json()["actors"]
    assert {"isis", "IRN", "IRQ_GOV"} <= {a["actor_id"] for a in actors}
    places = client.get("/api/places").json()["places"]
    baghdad = next(p for p in places if p["name"] == "Baghdad")
    assert baghdad["events"] == 1 and baghdad["mentions"] == 1
    isis = client.get("/api/actors/isis").json()
    assert [e["event_id"] for e in isis["events"]] == ["syria:e1"]
    assert [(c["actor_id"], c["events"], c["as_source"]) for c in isis["counterparts"]] == [
        ("SYR_MIL", 1, 1)]
    assert client.get("/api/actors?limit=0").status_code == 422


def test_counts_by_day_and_week(client: Any) -> None:
    day = client.get("/api/counts?by=day").json()["counts"]
    assert sum(r["count"] for r in day) == N_EVENTS
    assert {"period": "2020-03-11", "plover_type": "ASSAULT", "count": 1} in day
    week = client.get("/api/counts?by=week&type=ASSAULT").json()["counts"]
    assert week == [{"period": "2020-03-09", "plover_type": "ASSAULT", "count": 2}]
    assert client.get("/api/counts?by=hour").status_code == 422


def test_export_formats(client: Any) -> None:
    r = client.get("/api/export?format=jsonl&type=ASSAULT")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    assert sorted(json.loads(x)["event_id"] for x in r.text.splitlines()) == ["syria:e1",
                                                                             "syria:e2"]
    geo = client.get("/api/export?format=geojson").json()
    assert len(geo["features"]) == N_EVENTS
    assert sum(f["geometry"] is not None for f in geo["features"]) == N_LOCATED
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export?format=csv").text)))
    assert len(rows) == N_EVENTS and "event_id" in rows[0]
    acled = client.get("/api/export?format=acled_csv&country=SY")
    assert acled.status_code == 200 and "attachment" in acled.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(acled.text)))
    assert rows and all(r["iso"] in ("SY", "760") for r in rows), rows
    assert client.get("/api/export?format=xml").status_code == 422
    assert client.get("/api/export?format=csv&since=bad").status_code == 400


def test_openapi_docs_config_and_page(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{key}", "/api/actors",
                 "/api/places", "/api/counts", "/api/export", "/api/ingest", "/api/points"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 200
    config = client.get("/api/config").json()
    assert config["events"] == N_EVENTS and config["ingest"] is False
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200


def test_ingest_is_off_without_a_token(client: Any) -> None:
    r = client.post("/api/ingest", content=b"Iran sent troops.",
                    headers={"Authorization": "Bearer whatever-it-is"})
    assert r.status_code == 403 and "--token" in r.json()["error"]
