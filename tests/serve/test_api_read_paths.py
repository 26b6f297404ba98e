"""The fast read paths of the API: map point columns, exact actor ids, SQLite-built JSON, and
the Swagger UI served from bundled files (it must work with no internet)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from serve_docs import N_EVENTS, N_LOCATED

from eventscope.serve.app import POINT_FIELDS


def test_points_keep_their_shape_and_match_the_events(client: Any) -> None:
    body = client.get("/api/points").json()
    assert body["fields"] == list(POINT_FIELDS) and body["count"] == N_LOCATED
    assert len(body["points"]) == N_LOCATED
    events = {e["event_id"]: e for e in client.get("/api/events").json()["events"]}
    for row in body["points"]:
        p = dict(zip(body["fields"], row))
        e = events[p["event_id"]]
        assert (p["lat"], p["lon"]) == (e["location"]["lat"], e["location"]["lon"])
        assert p["plover_type"] == e["plover_type"] and p["confidence"] == e["confidence"]
        assert p["date_start"] == e["date"]["start"]


def test_points_newest_first_when_limited(client: Any) -> None:
    newest = client.get("/api/points?limit=2").json()
    assert newest["count"] == 2
    dates = [r[4] for r in newest["points"]]
    assert dates == sorted(dates, reverse=True)
    assert client.get("/api/points?limit=2&sort=date").json()["points"][0][4] <= dates[-1]


def test_points_fields_picks_and_orders_columns(client: Any) -> None:
    body = client.get("/api/points?fields=lon,lat,event_id&type=ASSAULT").json()
    assert body["fields"] == ["lon", "lat", "event_id"]
    assert [r[2] for r in body["points"]] == ["syria:e1"]
    assert body["points"][0][:2] == [40.1408, 35.3359]
    dup = client.get("/api/points?fields=lat,lat").json()
    assert dup["fields"] == ["lat"] and all(len(r) == 1 for r in dup["points"])
    empty = client.get("/api/points?country=XX").json()
    assert empty == {"fields": list(POINT_FIELDS), "count": 0, "points": []}


@pytest.mark.parametrize(("query", "status"), [
    ("fields=lat,text", 400), ("fields=", 400), ("fields=,,", 400), ("fields=e.lat", 400),
    ("fields=lat;DROP TABLE events", 400), ("fields=" + "lat," * 100, 422),
    ("fields=lat&limit=0", 422), ("fields=%00", 400),
])
def test_bad_point_fields_are_4xx(client: Any, query: str, status: int) -> None:
    r = client.get(f"/api/points?{query}")
    assert r.status_code == status, r.text
    if status == 400:
        assert "fields" in r.json()["error"] and "Valid" in r.json()["error"]


def test_actor_id_filter_is_exact(client: Any) -> None:
    body = client.get("/api/events?actor_id=isis").json()
    assert [e["event_id"] for e in body["events"]] == ["syria:e1"] and body["total"] == 1
    assert client.get("/api/events?actor_id=ISIS").json()["total"] == 0
    assert client.get("/api/events?actor_id=islamic").json()["total"] == 0
    assert client.get("/api/events?actor=islamic").json()["total"] == 1  # names: actor=
    assert client.get("/api/points?actor_id=SYR_MIL").json()["count"] == 1
    assert client.get("/api/counts?actor_id=IRN").json()["counts"][0]["count"] == 1


@pytest.mark.parametrize("query", ["actor_id=%00", "actor_id=' OR 1=1 --", "actor_id=%25",
                                   "actor_id=" + "x" * 201])
def test_hostile_actor_ids_never_500(client: Any, query: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code in (200, 422), r.text
    if r.status_code == 200:
        assert r.json()["total"] in (0, N_EVENTS)  # %00 says nothing: no filter


def test_actor_view_lists_exactly_its_events_up_to_the_limit(client: Any) -> None:
    army = client.get("/api/actors/SYR_MIL").json()
    assert [e["event_id"] for e in army["events"]] == ["syria:e1"]
    iran = client.get("/api/actors/IRN?limit=1").json()
    assert len(iran["events"]) == 1
    assert all(any(a.get("actor_id") == "IRN" for a in e["source"] + e["target"])
               for e in iran["events"])


def test_counts_keep_their_shape(client: Any) -> None:
    body = client.get("/api/counts?by=month").json()
    assert body["by"] == "month"
    assert sum(r["count"] for r in body["counts"]) == N_EVENTS
    assert all(set(r) == {"period", "plover_type", "count"} for r in body["counts"])
    periods = [(r["period"], r["plover_type"]) for r in body["counts"]]
    assert periods == sorted(periods)
    assert client.get("/api/counts?country=XX").json() == {"by": "day", "counts": []}


def test_docs_page_uses_only_bundled_assets(client: Any) -> None:
    r = client.get("/docs")
    assert r.status_code == 200 and "swagger-ui" in r.text
    urls = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert urls and all(u.startswith("/static/swagger/") for u in urls), urls
    assert "cdn" not in r.text.lower() and "http://" not in r.text and "https://" not in r.text
    for u in urls:
        assert client.get(u).status_code == 200, u
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "cdn" not in csp
    assert client.get("/redoc").status_code == 404  # ReDoc needs a CDN: off


def test_docs_page_renders_offline_in_a_browser(browser: Any, live_server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda req: None if req.url.startswith(live_server)
            or req.url.startswith("data:") else outside.append(req.url))
    page.goto(live_server + "/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    assert page.locator(".opblock").count() >= 8
    assert "/api/points" in page.content()
    assert outside == []
    context.close()
