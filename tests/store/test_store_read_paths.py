"""Schema v5 (covering indexes for the server) and the fast read paths built on it.

The fast paths must return exactly what the plain ones do: SQLite-built JSON equals the
Python rows, the substring actor test equals the case-insensitive LIKE it replaced, and a
database made at version 4 upgrades with its rows and answers the same queries.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date as Date
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store_docs import content_hash, make_seed_doc, store_at_version
from eventscope.doc import DateRange
from eventscope.store import EventFilter, FilterError, Store, latest_version
from eventscope.store import queries
from eventscope.store.filters import ORDERS, build_where
from eventscope.store.schema import current_version

V5_INDEXES = {"events_map_geo", "events_map_date", "events_date_filters", "events_date_type",
              "events_type_country_date"}


def _indexes(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def _make_v4_database(path: Path) -> None:
    """Two documents stored the way eventscope wrote them at schema version 4."""
    docs = [make_seed_doc(d, date=day) for d, day in (("seed", "2020-03-12"),
                                                       ("later", "2021-06-01"))]
    store_at_version(path, docs, 4, content_hash)


def test_version_4_database_upgrades_keeping_its_rows(db_path: Path) -> None:
    _make_v4_database(db_path)
    conn = sqlite3.connect(db_path)
    assert current_version(conn) == 4
    before = conn.execute("SELECT event_id, lat, lon, actor_ids FROM events ORDER BY id"
                          ).fetchall()
    assert "events_latlon" in _indexes(conn) and not V5_INDEXES & _indexes(conn)
    conn.close()
    with Store(db_path) as s:
        assert s.schema_version == latest_version() >= 5
        c = s.connection
        assert [tuple(r) for r in c.execute(
            "SELECT event_id, lat, lon, actor_ids FROM events ORDER BY id")] == before
        assert len(before) == 6
        assert V5_INDEXES <= _indexes(c) and "events_latlon" not in _indexes(c)
        assert [e["event_id"] for e in s.events(EventFilter(actor="islamic", order="date"))
                ] == ["seed:e1", "later:e1"]
        assert sorted(p["event_id"] for p in s.points(EventFilter(bbox=(40, 34, 41, 36)))) == [
            "later:e0", "later:e1", "seed:e0", "seed:e1"]
        assert s.integrity_check() == "ok"


def _plan(conn: sqlite3.Connection, sql: str, params: list[object]) -> str:
    return " | ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_map_queries_read_only_a_covering_index(seeded: Store) -> None:
    c = seeded.connection
    for f, index in ((EventFilter(bbox=(35, 30, 45, 38)), "events_map_geo"),
                     (EventFilter(limit=20_000), "events_map_date")):
        sql, params = queries._points_sql(f, queries.POINT_FIELDS)
        assert f"COVERING INDEX {index}" in _plan(c, sql, params)


def test_points_json_equals_the_python_rows(seeded: Store) -> None:
    c = seeded.connection
    for f in (EventFilter(), EventFilter(plover_type="ASSAULT"), EventFilter(country="IQ"),
              EventFilter(limit=2), EventFilter(limit=3, offset=1, order="date"),
              EventFilter(text="attacked"), EventFilter(bbox=(0, 0, 1, 1))):
        rows = queries.points(c, f)
        n, text = queries.points_json(c, f)
        assert n == len(rows)
        assert json.loads(text) == [[r[k] for k in queries.POINT_FIELDS] for r in rows]
    n, text = queries.points_json(c, EventFilter(limit=2), ("lon", "event_id"))
    assert n == 2 and [row[1] for row in json.loads(text)] == [
        r["event_id"] for r in queries.points(c, EventFilter(limit=2))]


def test_points_json_refuses_unknown_fields(seeded: Store) -> None:
    with pytest.raises(FilterError, match="Valid"):
        queries.points_json(seeded.connection, EventFilter(), ("lat", "text"))
    with pytest.raises(FilterError):
        queries.points_json(seeded.connection, EventFilter(), ())


def _period(day: str, by: str) -> str:
    d = Date.fromisoformat(day)
    return {"day": day, "week": (d - timedelta(days=d.weekday())).isoformat(),
            "month": day[:7] + "-01", "year": day[:4] + "-01-01"}[by]


@pytest.mark.parametrize("by", list(queries.PERIODS))
def test_counts_equal_a_count_of_the_events(many_days: Store, by: str) -> None:
    for f in (EventFilter(), EventFilter(plover_type="ASSAULT", country="SY"),
              EventFilter(country="XX")):
        expected = Counter((_period(e["date"]["start"], by), e["plover_type"])
                           for e in many_days.events(f) if e.get("date"))
        rows = [{"period": p, "plover_type": t, "count": n}
                for (p, t), n in sorted(expected.items())]
        assert many_days.counts(by, f) == rows
        assert json.loads(queries.counts_json(many_days.connection, by, f)) == rows
    with pytest.raises(FilterError):
        queries.counts_json(many_days.connection, "hour", EventFilter())


@pytest.fixture
def many_days(store: Store) -> Store:
    """The seed document stored on twelve dates across weeks, months and a year's end."""
    for i, day in enumerate(["2019-12-30", "2019-12-31", "2020-01-01", "2020-01-05",
                             "2020-01-06", "2020-02-29", "2020-03-01", "2020-03-02",
                             "2020-03-08", "2020-03-09", "2021-01-03", "2021-01-04"]):
        doc = make_seed_doc(f"day{i}", date=day)
        for e in doc.events:
            e.date = DateRange(day, day, "day") if i % 5 else None
        assert store.add(doc, content_hash=content_hash(doc))
    return store


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_ids(conn: sqlite3.Connection, actor: str) -> list[str]:
    """The actor filter as it was before v5: a case-insensitive LIKE on both key columns."""
    key = actor.casefold()
    return [r[0] for r in conn.execute(
        "SELECT event_id FROM events WHERE actor_ids LIKE ? ESCAPE '\\' "
        "OR actor_names LIKE ? ESCAPE '\\' ORDER BY id",
        ("%|" + _escape_like(key) + "|%", "%" + _escape_like(key) + "%"))]


@pytest.fixture
def many_actors(store: Store) -> Store:
    """Events whose actor names hold LIKE wildcards, backslashes, case and accents."""
    names = ["Forces_Démocratiques", "100% Militia", "back\\slash Brigade", "ÉLITE Guard",
             "the  army", "Straße Patrol"]
    for i, name in enumerate(names):
        doc = make_seed_doc(f"d{i}")
        for m in doc.actors:
            m.name = f"{name} {m.name}"
            m.actor_id = f"{m.actor_id}.{i}"
        for e in doc.events:
            if e.date is not None:
                e.date = DateRange("2020-01-01", "2020-01-01", "day")
        assert store.add(doc, content_hash=content_hash(doc))
    return store


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["forces_d", "100%", "%", "_", "\\", "back\\slash", "élite", "ÉLITE",
                        "straße", "STRASSE", "irn.1", "|irn.1|", "the  army", "army", "a|b",
                        "syr_mil.2", "Islamic", "iran iran"])
       | st.text(alphabet="aeirn_%\\|. ÉéLß", min_size=1, max_size=6))
def test_actor_substring_matches_what_like_matched(many_actors: Store, actor: str) -> None:
    f = EventFilter(actor=actor, order="ingested")
    if f.actor is None:  # blank after stripping: no filter at all
        return
    got = [e["event_id"] for e in many_actors.events(f)]
    assert got == _like_ids(many_actors.connection, f.actor)
    assert many_actors.count(f) == len(got)


@pytest.mark.parametrize("f", [EventFilter(actor="nobody", limit=100),
                               EventFilter(acled_type="riots", limit=100)])
def test_pages_filtered_by_unindexed_terms_walk_the_filter_index(seeded: Store,
                                                                 f: EventFilter) -> None:
    """Tested on the index, so only matching rows are read (not one row per row walked)."""
    where, params = build_where(f)
    sql = (f"SELECT {queries._EVENT_COLUMNS} {queries._from_clause(f, documents=True)} "
           f"WHERE {where} ORDER BY {ORDERS[f.order]} LIMIT 100")
    assert "SCAN e USING INDEX events_date_filters" in _plan(seeded.connection, sql, params)


def test_actor_id_is_exact_and_needs_no_name(seeded: Store) -> None:
    assert [e["event_id"] for e in seeded.events(EventFilter(actor_id="isis", order="date"))] \
        == ["seed:e1", "later:e1"]
    assert seeded.count(EventFilter(actor_id="ISIS")) == 0  # ids are exact
    assert seeded.count(EventFilter(actor_id="islamic")) == 0  # names are not ids
    assert seeded.count(EventFilter(actor_id="SYR_MIL", plover_type="ASSAULT")) == 2
    assert seeded.count(EventFilter(actor_id="OIR", country="SY")) == 0
    for for_count in (True, False):
        where, params = build_where(EventFilter(actor_id="isis"), for_count=for_count)
        plan = _plan(seeded.connection, f"SELECT e.id FROM events e WHERE {where}", params)
        assert "USING COVERING INDEX event_args_actor" in plan
        assert "SCAN a" not in plan


def test_points_json_skips_the_sort_only_when_the_limit_cuts_nothing(seeded: Store) -> None:
    c = seeded.connection
    everything = queries.points(c, EventFilter())
    n_all, text_all = queries.points_json(c, EventFilter(limit=len(everything) + 5))
    assert n_all == len(everything)
    assert sorted(map(tuple, json.loads(text_all))) == sorted(
        tuple(r[k] for k in queries.POINT_FIELDS) for r in everything)
    if len(everything) > 1:  # a cutting limit still returns the newest, in order
        n, text = queries.points_json(c, EventFilter(limit=len(everything) - 1))
        assert n == len(everything) - 1
        assert [row[0] for row in json.loads(text)] == [
            r["event_id"] for r in queries.points(c, EventFilter(limit=len(everything) - 1))]
