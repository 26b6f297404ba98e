"""Read queries: events as contract-shaped dicts, one event with its args, documents, counts.

Each event dict is ``Event.to_dict()`` as stored, with the live ``incident_id`` column (later
incident clustering updates it) and the document's ``doc_id``, ``document_id`` (rowid),
``title``, ``url``, ``pub_date`` and ``doc_source`` (the outlet; ``source`` is the event's
source actors) added.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from .filters import ORDERS, EventFilter, FilterError, build_where, needs_fts



#: period -> (SQL key computed from a day ``d``, SQL turning a key into the period's first day).
#: Weeks are ISO weeks (Monday first): Julian day numbers are 0 on a Monday, so integer
#: division by 7 groups by week without a date() call.
PERIODS: dict[str, tuple[str, str]] = {
    "day": ("d", "k"),
    "week": ("CAST(julianday(d) + 0.5 AS INTEGER) / 7", "date(k * 7 - 0.5)"),
    "month": ("substr(d, 1, 7)", "k || '-01'"),
    "year": ("substr(d, 1, 4)", "k || '-01-01'"),
}

_EVENT_COLUMNS = ("j.json, e.event_id, e.incident_id, d.id AS document_id, d.doc_id, d.title, "
                  "d.url, d.source AS doc_source, d.pub_date")


def _event_dict(row: sqlite3.Row) -> dict[str, Any]:
    d: dict[str, Any] = json.loads(row["json"])
    d["event_id"] = row["event_id"]
    d["incident_id"] = row["incident_id"]
    for key in ("doc_id", "document_id", "title", "url", "pub_date", "doc_source"):
        d[key] = row[key]
    return d


def _from_clause(f: EventFilter, *, documents: bool = False) -> str:
    """``FROM events e``, joined to the FTS index only when searching text, and to the event
    JSON and the documents only when whole events are returned."""
    fts = " JOIN events_fts ON events_fts.rowid = e.id" if needs_fts(f) else ""
    docs = (" JOIN event_json j ON j.event_id = e.event_id"
            " JOIN documents d ON d.id = e.document_id") if documents else ""
    return f"FROM events e{docs}{fts}"


def iter_events(conn: sqlite3.Connection, f: EventFilter) -> Iterator[dict[str, Any]]:
    """Stream matching events (memory stays flat for exports of any size)."""
    where, params = build_where(f)
    order = ORDERS[f.order] if (f.order != "rank" or needs_fts(f)) else ORDERS["ingested"]
    sql = (f"SELECT {_EVENT_COLUMNS} {_from_clause(f, documents=True)} "
           f"WHERE {where} ORDER BY {order}")
    if f.limit is not None or f.offset:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, -1 if f.limit is None else int(f.limit), int(f.offset)]
    for row in conn.execute(sql, params):
        yield _event_dict(row)


def count_events(conn: sqlite3.Connection, f: EventFilter) -> int:
    """How many events match, ignoring limit and offset (for pagination)."""
    where, params = build_where(f, for_count=True)
    row = conn.execute(f"SELECT count(*) {_from_clause(f)} WHERE {where}", params).fetchone()
    return int(row[0])


def _args(conn: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        'SELECT role, idx, start, "end", text, actor_id, name FROM event_args '
        "WHERE event_id = ? ORDER BY id", (event_id,))
    return [dict(r) for r in rows]


def get_event(conn: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """One event with its ``args`` rows and its ``document`` (text included)."""
    row = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN event_json j ON j.event_id = e.event_id "
        "JOIN documents d ON d.id = e.document_id WHERE e.event_id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    d = _event_dict(row)
    d["args"] = _args(conn, event_id)
    d["document"] = get_document(conn, int(row["document_id"]), with_events=False)
    return d


def get_document(conn: sqlite3.Connection, key: int | str, *,
                 with_events: bool = True) -> dict[str, Any] | None:
    """A document by rowid (int) or ``doc_id`` (str; the latest ingested if several)."""
    if isinstance(key, int):
        row = conn.execute("SELECT * FROM documents WHERE id = ?", (key,)).fetchone()
    else:
        row = conn.execute("SELECT * FROM documents WHERE doc_id = ? ORDER BY id DESC LIMIT 1",
                           (key,)).fetchone()
    if row is None:
        return None
    doc = dict(row)
    doc["document_id"] = doc.pop("id")
    doc["sentences"] = json.loads(doc["sentences"])
    rowid = doc["document_id"]
    doc["places"] = [dict(r) for r in conn.execute(
        'SELECT start, "end", text, name, geonameid, lat, lon, country_code, admin1, feature, '
        "precision, score FROM places WHERE document_id = ? ORDER BY start, id", (rowid,))]
    doc["actors"] = [dict(r) for r in conn.execute(
        'SELECT m.start, m."end", m.text, m.actor_id, coalesce(a.name, m.name) AS name, '
        "a.kind, a.country_code, m.via FROM actor_mentions m "
        "LEFT JOIN actors a ON a.actor_id = m.actor_id WHERE m.document_id = ? "
        "ORDER BY m.start, m.id", (rowid,))]
    if with_events:
        doc["events"] = list(iter_events(
            conn, EventFilter(document_id=rowid, order="ingested")))
    return doc


def _top_actors(conn: sqlite3.Connection, top: int) -> list[dict[str, Any]]:
    """Linked identities and unlinked names (case-folded), merged: two index-friendly queries."""
    linked = [dict(r) for r in conn.execute(
        "SELECT t.actor_id, coalesce(ac.name, t.actor_id) AS name, t.count FROM ("
        "SELECT actor_id, count(DISTINCT event_id) AS count FROM event_args "
        "WHERE actor_id IS NOT NULL AND role IN ('source', 'target') GROUP BY actor_id "
        "ORDER BY count DESC, actor_id LIMIT ?) t LEFT JOIN actors ac ON ac.actor_id = t.actor_id",
        (top,))]
    unlinked = [dict(r) for r in conn.execute(
        "SELECT NULL AS actor_id, max(coalesce(name, text)) AS name, "
        "count(DISTINCT event_id) AS count FROM event_args "
        "WHERE actor_id IS NULL AND role IN ('source', 'target') "
        "GROUP BY lower(coalesce(name, text)) ORDER BY count DESC LIMIT ?", (top,))]
    merged = sorted(linked + unlinked, key=lambda a: (-a["count"], str(a["name"]).casefold()))
    return merged[:top]


def summary(conn: sqlite3.Connection, *, top: int = 10) -> dict[str, Any]:
    """Counts for a dashboard or the demo: documents, rejections, events by type, top names.

    ``top_actors`` and ``top_places`` items carry ``count``: the number of events they are in.
    Mentions not linked to an actor id are grouped by their (case-folded) name or text.
    """
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    rejected = {r[0]: r[1] for r in conn.execute(
        "SELECT reason, count(*) FROM rejected GROUP BY reason ORDER BY count(*) DESC, reason")}
    by_type = {r[0]: r[1] for r in conn.execute(
        "SELECT plover_type, count(*) FROM events GROUP BY plover_type "
        "ORDER BY count(*) DESC, plover_type")}
    top_actors = _top_actors(conn, top)
    top_places = [dict(r) for r in conn.execute(
        "SELECT location_name AS name, country_code, geonameid, count(*) AS count "
        "FROM events WHERE location_name IS NOT NULL "
        "GROUP BY location_name, country_code, geonameid "
        "ORDER BY count DESC, location_name LIMIT ?", (top,))]
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "events": one("SELECT count(*) FROM events"),
        "rejected": sum(rejected.values()),
        "rejected_by_reason": rejected,
        "events_by_type": by_type,
        "top_actors": top_actors,
        "top_places": top_places,
    }


def _counts_sql(by: str, f: EventFilter) -> tuple[str, list[Any]]:
    """``period, plover_type, count`` rows in order. Events are counted per day first (read in
    date order from the (date_start, plover_type) index), then the days are summed into
    periods, so a week's key is computed once per day and type, not once per event."""
    if by not in PERIODS:
        raise FilterError(f"Unknown period {by!r}. Valid: {', '.join(PERIODS)}.")
    key, label = PERIODS[by]
    where, params = build_where(f, for_count=True)
    days = (f"SELECT e.date_start AS d, e.plover_type AS t, count(*) AS n {_from_clause(f)} "
            f"WHERE {where} AND e.date_start IS NOT NULL GROUP BY e.date_start, e.plover_type")
    if by == "day":  # nothing to sum
        sql = f"SELECT d AS period, t AS plover_type, n AS count FROM ({days})"
    else:
        sql = (f"SELECT {label} AS period, t AS plover_type, n AS count FROM ("
               f"SELECT {key} AS k, t, sum(n) AS n FROM ({days}) GROUP BY k, t)")
    return sql + " ORDER BY period, plover_type", params


def counts(conn: sqlite3.Connection, by: str, f: EventFilter) -> list[dict[str, Any]]:
    """Events per period and PLOVER type, for timelines; undated events are left out."""
    sql, params = _counts_sql(by, f)
    return [dict(r) for r in conn.execute(sql, params)]


def counts_json(conn: sqlite3.Connection, by: str, f: EventFilter) -> str:
    """:func:`counts` as a JSON array of ``{period, plover_type, count}``, built by SQLite."""
    sql, params = _counts_sql(by, f)
    return str(conn.execute(
        "SELECT coalesce(json_group_array(json_object('period', period, "
        f"'plover_type', plover_type, 'count', count)), '[]') FROM ({sql})", params
    ).fetchone()[0])


def points(conn: sqlite3.Connection, f: EventFilter) -> list[dict[str, Any]]:
    """Light rows for a map: id, lat, lon, type, date, factuality (no JSON parsing).

    Without ``limit``/``offset`` the rows come in no particular order (a map needs none, and
    sorting every point costs time); with them, in ``f.order``.
    """
    where, params = build_where(f)
    sql = (f"SELECT e.event_id, e.lat, e.lon, e.plover_type, e.date_start, e.factuality, "
           f"e.confidence, e.location_name {_from_clause(f)} "
           f"WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL")
    if f.limit is not None or f.offset:
        order = ORDERS[f.order] if (f.order != "rank" or needs_fts(f)) else ORDERS["ingested"]
        sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        params = [*params, -1 if f.limit is None else int(f.limit), int(f.offset)]
    return [dict(r) for r in conn.execute(sql, params)]


#: The columns :func:`points_json` can return, in their default order.
POINT_FIELDS: tuple[str, ...] = ("event_id", "lat", "lon", "plover_type", "date_start",
                                 "factuality", "confidence", "location_name")


def _points_sql(f: EventFilter, fields: tuple[str, ...]) -> tuple[str, list[Any]]:
    """The SELECT of located events' ``fields`` (a subset of POINT_FIELDS), as in points()."""
    unknown = [k for k in fields if k not in POINT_FIELDS]
    if unknown or not fields:
        raise FilterError(f"Unknown point fields {unknown or fields!r}. "
                          f"Valid: {', '.join(POINT_FIELDS)}.")
    where, params = build_where(f)
    columns = ", ".join(f"e.{k}" for k in fields)
    sql = (f"SELECT {columns} {_from_clause(f)} "
           f"WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL")
    if f.limit is not None or f.offset:
        order = ORDERS[f.order] if (f.order != "rank" or needs_fts(f)) else ORDERS["ingested"]
        sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        params = [*params, -1 if f.limit is None else int(f.limit), int(f.offset)]
    return sql, params


def points_json(conn: sqlite3.Connection, f: EventFilter,
                fields: tuple[str, ...] = POINT_FIELDS) -> tuple[int, str]:
    """The rows of :func:`points` as one JSON array of arrays (``fields`` in that order),
    built by SQLite: no Python object per row, which is most of the cost of a 20k-point map.

    Returns ``(number of rows, JSON text)``; reals have up to 15 significant digits.
    """
    if f.limit is not None and not f.offset:
        # A map wants every point; ordering only matters when the limit cuts some off, and
        # sorting 15k rows costs more than building their JSON. Count first (index only).
        every, every_params = _points_sql(replace(f, limit=None), tuple(fields))
        total = conn.execute(f"SELECT count(*) FROM ({every})", every_params).fetchone()[0]
        if total <= f.limit:
            f = replace(f, limit=None)
    sql, params = _points_sql(f, tuple(fields))
    cells = ", ".join(fields)
    row = conn.execute(f"SELECT count(*), coalesce(json_group_array(json_array({cells})), '[]') "
                       f"FROM ({sql})", params).fetchone()
    return int(row[0]), str(row[1])


def actors(conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Actor identities with their event and mention counts, most active first."""
    sql = (
        "SELECT ac.*, (SELECT count(DISTINCT a.event_id) FROM event_args a "
        "WHERE a.actor_id = ac.actor_id AND a.role IN ('source', 'target')) AS events, "
        "(SELECT count(*) FROM actor_mentions m WHERE m.actor_id = ac.actor_id) AS mentions "
        "FROM actors ac ORDER BY events DESC, mentions DESC, ac.actor_id LIMIT ? OFFSET ?")
    return [dict(r) for r in conn.execute(sql, (limit, offset))]


def places(conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Resolved places with their mention and event counts, most mentioned first."""
    sql = (
        "SELECT p.geonameid, max(p.name) AS name, max(p.country_code) AS country_code, "
        "max(p.admin1) AS admin1, max(p.lat) AS lat, max(p.lon) AS lon, count(*) AS mentions, "
        "(SELECT count(*) FROM events e WHERE e.geonameid = p.geonameid) AS events "
        "FROM places p WHERE p.geonameid IS NOT NULL GROUP BY p.geonameid "
        "ORDER BY mentions DESC, p.geonameid LIMIT ? OFFSET ?")
    return [dict(r) for r in conn.execute(sql, (limit, offset))]


def actor(conn: sqlite3.Connection, actor_id: str) -> dict[str, Any] | None:
    """One actor identity with its event and mention counts; None when unknown."""
    row = conn.execute(
        "SELECT ac.*, (SELECT count(DISTINCT a.event_id) FROM event_args a "
        "WHERE a.actor_id = ac.actor_id AND a.role IN ('source', 'target')) AS events, "
        "(SELECT count(*) FROM actor_mentions m WHERE m.actor_id = ac.actor_id) AS mentions "
        "FROM actors ac WHERE ac.actor_id = ?", (actor_id,)).fetchone()
    return None if row is None else dict(row)


def counterparts(conn: sqlite3.Connection, actor_id: str, *,
                 limit: int = 50) -> list[dict[str, Any]]:
    """The actors that share events with ``actor_id`` (as source or target), with how many
    events and in which roles: the edges of the actor's network.

    Unlinked names are grouped by their case-folded text, like :func:`summary` does.
    """
    sql = (
        "SELECT b.actor_id, coalesce(ac.name, max(coalesce(b.name, b.text))) AS name, "
        "ac.kind, ac.country_code, count(DISTINCT b.event_id) AS events, "
        "sum(a.role = 'source' AND b.role = 'target') AS as_source, "
        "sum(a.role = 'target' AND b.role = 'source') AS as_target "
        "FROM event_args a JOIN event_args b ON b.event_id = a.event_id "
        "AND b.role IN ('source', 'target') AND b.actor_id IS NOT a.actor_id "
        "LEFT JOIN actors ac ON ac.actor_id = b.actor_id "
        "WHERE a.actor_id = ? AND a.role IN ('source', 'target') "
        "GROUP BY coalesce(b.actor_id, '|' || lower(coalesce(b.name, b.text))) "
        "ORDER BY events DESC, name LIMIT ?")
    return [dict(r) for r in conn.execute(sql, (actor_id, limit))]


__all__ = ["iter_events", "count_events", "get_event", "get_document", "summary", "counts",
           "counts_json", "points", "points_json", "POINT_FIELDS",
           "actors", "places", "actor", "counterparts", "PERIODS"]
