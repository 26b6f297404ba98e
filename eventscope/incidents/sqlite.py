"""Incidents in the database: link a newly stored document's events to stored incidents.

Runs inside the store's per-document transaction. Each new event is compared with the stored
events of a compatible type whose dates overlap (an indexed range query), joins the incident
that scores best, or starts one; then the ``incidents`` rows it touched are recomputed from
their events (a few rows each). Nothing else in the database is read or rewritten, so ingest
stays incremental however large the database grows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date as Date
from datetime import timedelta
from typing import Any

from .features import (MATCH_THRESHOLD, MAX_WINDOW_DAYS, PUBLICATION_WINDOW, EventKey,
                       compatible_types, folded_text, headline_day, match_score)
from .index import MAX_CANDIDATES, MAX_COMPARED, incident_id_for

_KEY_SQL = """
SELECT e.id AS rowid, e.event_id, e.incident_id, e.plover_type, e.factuality, e.date_start,
       e.date_end, e.date_precision, e.lat, e.lon, e.location_precision, e.country_code,
       e.admin1, e.geonameid, e.fatalities_min, e.fatalities_max, e.evidence_text,
       d.doc_id, coalesce(d.source, d.url, d.doc_id) AS outlet, d.pub_date,
       (SELECT group_concat(a.actor_id, '|') FROM event_args a
         WHERE a.event_id = e.event_id AND a.role = 'source' AND a.actor_id IS NOT NULL) AS src,
       (SELECT group_concat(a.actor_id, '|') FROM event_args a
         WHERE a.event_id = e.event_id AND a.role = 'target' AND a.actor_id IS NOT NULL) AS tgt,
       (SELECT group_concat(p.geonameid, '|') FROM places p
         WHERE p.document_id = e.document_id AND p.start >= e.evidence_start
           AND p."end" <= e.evidence_end AND p.geonameid IS NOT NULL
           AND coalesce(p.precision, 'country') != 'country') AS sp,
       (SELECT count(*) FROM events b WHERE b.document_id = e.document_id
           AND b.plover_type = e.plover_type AND b.seq < e.seq) AS n_before,
       (SELECT l.date_start FROM events l WHERE l.document_id = e.document_id
           AND l.plover_type = e.plover_type AND l.seq > e.seq AND l.date_precision = 'day'
         ORDER BY l.seq LIMIT 1) AS later_day
FROM events e JOIN documents d ON d.id = e.document_id
"""

def _date(value: Any) -> Date | None:
    try:
        return Date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split("|") if v)


def key_from_row(row: sqlite3.Row) -> EventKey:
    """The matching features of a stored event (a row of ``_KEY_SQL``)."""
    start, end, precision = _date(row["date_start"]), _date(row["date_end"]), row["date_precision"]
    lead = headline_day(precision, end, row["n_before"], _date(row["later_day"]))
    if lead is not None:  # as features.key_from_event does
        start, end, precision = lead, lead, "day"
    return EventKey(
        event_id=row["event_id"], doc=str(row["doc_id"]), outlet=str(row["outlet"]),
        plover_type=row["plover_type"], factuality=row["factuality"],
        date_start=start, date_end=end,
        date_precision=precision, lat=row["lat"], lon=row["lon"],
        precision=row["location_precision"], country_code=row["country_code"],
        admin1=row["admin1"], geonameid=row["geonameid"],
        source_ids=_split(row["src"]), target_ids=_split(row["tgt"]),
        fatalities_min=row["fatalities_min"], fatalities_max=row["fatalities_max"],
        text=row["evidence_text"] or "", report_date=row["pub_date"],
        sentence_places=tuple(int(g) for g in _split(row["sp"])))


def _candidates(conn: sqlite3.Connection, key: EventKey) -> list[tuple[str, EventKey]]:
    window = key.window
    if window is None:  # only word-for-word copies with the same dates (vague_duplicates)
        rows = conn.execute(
            _KEY_SQL + " WHERE e.plover_type = ? AND e.date_start IS ? AND e.date_end IS ?"
            " AND e.incident_id IS NOT NULL AND e.event_id != ? ORDER BY e.id LIMIT ?",
            (key.plover_type, key.date_start.isoformat() if key.date_start else None,
             key.date_end.isoformat() if key.date_end else None, key.event_id,
             MAX_CANDIDATES))
        return [(row["incident_id"], key_from_row(row)) for row in rows
                if folded_text(row["evidence_text"] or "") == folded_text(key.text)]
    slack = timedelta(days=PUBLICATION_WINDOW)
    types = compatible_types(key.plover_type)
    rows = conn.execute(
        _KEY_SQL + f" WHERE e.plover_type IN ({','.join('?' * len(types))})"
        " AND e.incident_id IS NOT NULL AND e.event_id != ?"
        " AND e.date_start <= ? AND e.date_start >= ? AND e.date_end >= ?"
        " ORDER BY e.id LIMIT ?",
        (*types, key.event_id, (window[1] + slack).isoformat(),
         (window[0] - slack - timedelta(days=MAX_WINDOW_DAYS + 1)).isoformat(),
         (window[0] - slack).isoformat(), MAX_CANDIDATES))
    return [(row["incident_id"], key_from_row(row)) for row in rows]


def best_incident(conn: sqlite3.Connection, key: EventKey, *,
                  threshold: float = MATCH_THRESHOLD) -> str | None:
    """The stored incident ``key`` belongs to, or None when it matches none."""
    by_incident: dict[str, list[EventKey]] = {}
    for inc_id, k in _candidates(conn, key):
        members = by_incident.setdefault(inc_id, [])
        if len(members) < MAX_COMPARED:
            members.append(k)
    best, best_score = None, float("-inf")
    for inc_id, members in by_incident.items():
        scores = [s for m in members if (s := match_score(key, m)) is not None]
        if scores and max(scores) > best_score:
            best, best_score = inc_id, max(scores)
    return best if best_score >= threshold else None


def link_events(conn: sqlite3.Connection, event_ids: Iterable[str], *,
                threshold: float = MATCH_THRESHOLD, now: str = "") -> list[str]:
    """Give each stored event (in order) an incident and refresh the incidents touched.

    Returns the incident id of each event. Call inside the transaction that stored them.
    """
    event_ids = list(event_ids)
    if not event_ids:
        return []
    conn.executemany("UPDATE events SET incident_id = NULL WHERE event_id = ?",
                     [(e,) for e in event_ids])
    assigned: list[str] = []
    for event_id in event_ids:
        row = conn.execute(_KEY_SQL + " WHERE e.event_id = ?", (event_id,)).fetchone()
        key = key_from_row(row)
        inc = best_incident(conn, key, threshold=threshold) or incident_id_for(event_id)
        conn.execute("UPDATE events SET incident_id = ? WHERE event_id = ?", (inc, event_id))
        assigned.append(inc)
    for inc in dict.fromkeys(assigned):
        refresh_incident(conn, inc, now=now)
    return assigned


_PRECISION_ORDER = ("CASE e.location_precision WHEN 'point' THEN 0 WHEN 'town' THEN 1 "
                    "WHEN 'district' THEN 2 WHEN 'region' THEN 3 WHEN 'country' THEN 4 ELSE 5 END")


def refresh_incident(conn: sqlite3.Connection, incident_id: str, *, now: str = "") -> None:
    """Recompute one ``incidents`` row from its events (deleted when it has none left)."""
    agg = conn.execute(
        "SELECT count(*) AS n, count(DISTINCT e.document_id) AS docs, "
        "count(DISTINCT coalesce(d.source, d.url, d.doc_id)) AS sources, "
        "min(d.pub_date) AS first_report, max(d.pub_date) AS last_report, "
        "min(e.date_start) AS date_start, max(e.date_end) AS date_end, "
        "min(coalesce(e.fatalities_min, e.fatalities_max)) AS fmin, "
        "max(e.fatalities_max) AS fmax "
        "FROM events e JOIN documents d ON d.id = e.document_id WHERE e.incident_id = ?",
        (incident_id,)).fetchone()
    if not agg["n"]:
        conn.execute("DELETE FROM incidents WHERE incident_id = ?", (incident_id,))
        return
    first = conn.execute(
        "SELECT e.plover_type FROM events e WHERE e.incident_id = ? ORDER BY e.id LIMIT 1",
        (incident_id,)).fetchone()
    where = conn.execute(
        f"SELECT e.location_name, e.country_code, e.lat, e.lon FROM events e "
        f"WHERE e.incident_id = ? AND e.lat IS NOT NULL ORDER BY {_PRECISION_ORDER}, e.id "
        "LIMIT 1", (incident_id,)).fetchone()
    conn.execute(
        "INSERT OR REPLACE INTO incidents(incident_id, plover_type, n_events, n_documents, "
        "n_sources, first_report, last_report, date_start, date_end, fatalities_min, "
        "fatalities_max, location_name, country_code, lat, lon, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (incident_id, first["plover_type"], agg["n"], agg["docs"], agg["sources"],
         agg["first_report"], agg["last_report"], agg["date_start"], agg["date_end"],
         agg["fmin"], agg["fmax"], where["location_name"] if where else None,
         where["country_code"] if where else None, where["lat"] if where else None,
         where["lon"] if where else None, now))


def relink_all(conn: sqlite3.Connection, *, now: str = "") -> int:
    """Cluster every stored event from scratch, document by document (migration backfill)."""
    conn.execute("UPDATE events SET incident_id = NULL")
    conn.execute("DELETE FROM incidents")
    n = 0
    docs = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    for doc_rowid in docs:
        ids = [r[0] for r in conn.execute(
            "SELECT event_id FROM events WHERE document_id = ? ORDER BY seq", (doc_rowid,))]
        n += len(link_events(conn, ids, now=now))
    return n


# -- reads ------------------------------------------------------------------------------------

def list_incidents(conn: sqlite3.Connection, *, min_sources: int = 1, limit: int | None = 100,
                   offset: int = 0) -> list[dict[str, Any]]:
    """Incidents reported by at least ``min_sources`` outlets, most reported first."""
    rows = conn.execute(
        "SELECT * FROM incidents WHERE n_sources >= ? "
        "ORDER BY n_sources DESC, last_report DESC, incident_id LIMIT ? OFFSET ?",
        (min_sources, -1 if limit is None else limit, offset))
    return [_incident_dict(r) for r in rows]


def _incident_dict(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    fmin, fmax = d.pop("fatalities_min"), d.pop("fatalities_max")
    d["fatalities"] = {"min": fmin, "max": fmax} if fmax is not None else None
    return d


def get_incident(conn: sqlite3.Connection, incident_id: str) -> dict[str, Any] | None:
    """One incident with its mentions: every event that reports it, with its document."""
    row = conn.execute("SELECT * FROM incidents WHERE incident_id = ?",
                       (incident_id,)).fetchone()
    if row is None:
        return None
    d = _incident_dict(row)
    d["mentions"] = [dict(r) for r in conn.execute(
        "SELECT e.event_id, e.plover_type, e.factuality, e.date_start, e.date_end, "
        "e.location_name, e.fatalities_min, e.fatalities_max, e.evidence_text, d.doc_id, "
        "d.source AS doc_source, d.url, d.title, d.pub_date FROM events e "
        "JOIN documents d ON d.id = e.document_id WHERE e.incident_id = ? ORDER BY e.id",
        (incident_id,))]
    return d


__all__ = ["link_events", "refresh_incident", "relink_all", "best_incident",
           "key_from_row", "list_incidents", "get_incident"]
