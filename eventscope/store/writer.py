"""Turning one :class:`~eventscope.doc.Doc` into rows, inside the caller's transaction.

Event ids: the pipeline names events ``<doc_id>:e<n>``, so two *different* documents that share
a ``doc_id`` would produce the same event ids. The store keeps the pipeline's id whenever it is
free (so ids match the batch contract's output), and otherwise prefixes it with the document's
rowid: ``d<rowid>/<event_id>``. The stored event JSON carries the id actually stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from ..doc import ActorMention, Doc, Event, Rejection


def utc_now() -> str:
    """An ISO timestamp in UTC, second precision."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def insert_document(conn: sqlite3.Connection, doc: Doc, *, content_hash: str) -> int | None:
    """Insert the document row; None when ``content_hash`` is already stored."""
    m = doc.meta
    cur = conn.execute(
        "INSERT OR IGNORE INTO documents(doc_id, content_hash, text, title, url, source, pub_date,"
        " lang, origin, ingested_at, n_events, sentences) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (doc.id, content_hash, doc.text, m.title, m.url, m.source,
         m.pub_date.isoformat() if m.pub_date else m.date, m.lang, m.origin, utc_now(),
         len(doc.events), json.dumps([[s.start, s.end] for s in doc.sents])))
    if cur.rowcount == 0:
        return None
    return int(cur.lastrowid)  # type: ignore[arg-type]


def upsert_actors(conn: sqlite3.Connection, doc: Doc) -> None:
    """One row per actor identity; newer non-null attributes replace older ones."""
    seen: dict[str, ActorMention] = {}
    mentions: list[ActorMention] = list(doc.actors)
    for e in doc.events:
        mentions += [*e.source, *e.target]
        if e.attributed_to is not None:
            mentions.append(e.attributed_to)
    for a in mentions:
        if a.actor_id and a.actor_id not in seen:
            seen[a.actor_id] = a
    conn.executemany(
        "INSERT INTO actors(actor_id, name, kind, country_code, code, sector, parent) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT(actor_id) DO UPDATE SET "
        "name = coalesce(excluded.name, name), kind = coalesce(excluded.kind, kind), "
        "country_code = coalesce(excluded.country_code, country_code), "
        "code = coalesce(excluded.code, code), sector = coalesce(excluded.sector, sector), "
        "parent = coalesce(excluded.parent, parent)",
        [(a.actor_id, a.name, a.kind, a.country_code, a.code, a.sector, a.parent)
         for a in seen.values()])


def insert_places(conn: sqlite3.Connection, doc: Doc, document_id: int) -> None:
    conn.executemany(
        'INSERT INTO places(document_id, start, "end", text, name, geonameid, lat, lon, '
        "country_code, admin1, feature, precision, score) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(document_id, p.start, p.end, p.text, p.name, p.geonameid, p.lat, p.lon,
          p.country_code, p.admin1, p.feature, p.precision, p.score) for p in doc.places])


def insert_actor_mentions(conn: sqlite3.Connection, doc: Doc, document_id: int) -> None:
    conn.executemany(
        'INSERT INTO actor_mentions(document_id, start, "end", text, actor_id, name, via) '
        "VALUES (?,?,?,?,?,?,?)",
        [(document_id, a.start, a.end, a.text, a.actor_id, a.name, a.via) for a in doc.actors])


def _free_event_id(conn: sqlite3.Connection, wanted: str, document_id: int,
                   taken: set[str]) -> str:
    candidate, n = wanted, 1
    while candidate in taken or conn.execute(
            "SELECT 1 FROM events WHERE event_id = ?", (candidate,)).fetchone():
        candidate = f"d{document_id}/{wanted}" if n == 1 else f"d{document_id}/{wanted}~{n}"
        n += 1
    taken.add(candidate)
    return candidate


def _arg_rows(event_id: str, e: Event) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for role, actors in (("source", e.source), ("target", e.target)):
        for i, a in enumerate(actors):
            rows.append((event_id, role, i, a.start, a.end, a.text, a.actor_id, a.name))
    if e.attributed_to is not None:
        a = e.attributed_to
        rows.append((event_id, "attributed_to", 0, a.start, a.end, a.text, a.actor_id, a.name))
    if e.location is not None:
        p = e.location
        rows.append((event_id, "location", 0, p.start, p.end, p.text, None, p.name))
    rows.append((event_id, "trigger", 0, e.trigger.start, e.trigger.end, e.trigger.text,
                 None, None))
    rows.append((event_id, "evidence", 0, e.evidence.start, e.evidence.end, e.evidence.text,
                 None, None))
    if e.date is not None:
        rows.append((event_id, "date", 0, e.date.span_start, e.date.span_end, e.date.text,
                     None, f"{e.date.start}/{e.date.end}"))
    for role in ("fatalities", "injuries", "size"):
        q = getattr(e, role)
        if q is not None:
            rows.append((event_id, role, 0, q.start, q.end, q.text, None, f"{q.min}-{q.max}"))
    if e.factuality_cue is not None:
        c = e.factuality_cue
        rows.append((event_id, "factuality_cue", 0, c.start, c.end, c.text, None, e.factuality))
    for i, m in enumerate(e.mentions):
        rows.append((event_id, "mention", i, m.start, m.end, m.text, None, None))
    return rows


def actor_keys(actors: Iterable[tuple[str | None, str | None, str | None]]) -> tuple[str, str]:
    """The ``actor_ids`` and ``actor_names`` search columns for (id, name, text) triples.

    >>> actor_keys([("IRN", "Iran", "Tehran"), (None, None, "the army")])
    ('|irn|', '|iran|tehran|the army|')
    """
    ids: list[str] = []
    names: list[str] = []
    for actor_id, name, text in actors:
        if actor_id:
            ids.append(actor_id.casefold().replace("|", " "))
        for n in (name, text):
            if n:
                folded = " ".join(n.casefold().replace("|", " ").split())
                if folded not in names:
                    names.append(folded)
    return "|" + "|".join(ids) + "|", "|" + "|".join(names) + "|"


def insert_events(conn: sqlite3.Connection, doc: Doc, document_id: int) -> list[str]:
    """Events, with their argument spans, in document order; returns the stored event ids."""
    taken: set[str] = set()
    event_rows: list[tuple[Any, ...]] = []
    arg_rows: list[tuple[Any, ...]] = []
    json_rows: list[tuple[str, str]] = []
    # ids first: an embedded act's content_of must name its act's id as stored
    stored = [_free_event_id(conn, e.event_id, document_id, taken) for e in doc.events]
    stored_id: dict[str, str] = {}
    for e, sid in zip(doc.events, stored):
        stored_id.setdefault(e.event_id, sid)
    for seq, (e, event_id) in enumerate(zip(doc.events, stored)):
        content_of = stored_id.get(e.content_of, e.content_of) if e.content_of else None
        d = e.to_dict()
        d["event_id"] = event_id
        if content_of is not None:
            d["content_of"] = content_of
        evidence_text = doc.text[e.evidence.start:e.evidence.end]
        d["evidence"]["text"] = evidence_text
        loc, date, fat = e.location, e.date, e.fatalities
        ids, names = actor_keys((a.actor_id, a.name, a.text) for a in [*e.source, *e.target])
        event_rows.append((
            event_id, document_id, seq, e.plover_type, e.plover_mode, e.cameo_root,
            e.acled_event_type, e.acled_sub_event_type, e.factuality, float(e.confidence),
            date.start if date else None, date.end if date else None,
            date.precision if date else None,
            loc.lat if loc else None, loc.lon if loc else None, loc.name if loc else None,
            loc.geonameid if loc else None, loc.country_code if loc else None,
            loc.admin1 if loc else None, loc.precision if loc else None,
            fat.min if fat else None, fat.max if fat else None, e.incident_id,
            e.trigger.start, e.trigger.end, doc.text[e.trigger.start:e.trigger.end],
            e.evidence.start, e.evidence.end, evidence_text, ids, names, content_of,
            e.content_type if content_of else None))
        json_rows.append((event_id, json.dumps(d, ensure_ascii=False)))
        arg_rows += _arg_rows(event_id, e)
    conn.executemany(
        "INSERT INTO events(event_id, document_id, seq, plover_type, plover_mode, cameo_root, "
        "acled_event_type, acled_sub_event_type, factuality, confidence, date_start, date_end, "
        "date_precision, lat, lon, location_name, geonameid, country_code, admin1, "
        "location_precision, fatalities_min, fatalities_max, incident_id, trigger_start, "
        "trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, actor_ids, "
        "actor_names, content_of, content_type) VALUES (" + ",".join("?" * 33) + ")",
        event_rows)
    conn.executemany("INSERT INTO event_json(event_id, json) VALUES (?, ?)", json_rows)
    conn.executemany(
        'INSERT INTO event_args(event_id, role, idx, start, "end", text, actor_id, name) '
        "VALUES (?,?,?,?,?,?,?,?)", arg_rows)
    return [row[0] for row in event_rows]


def insert_rejection(conn: sqlite3.Connection, rej: Rejection) -> bool:
    """Record a rejected input once; False when the same rejection is already there."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO rejected(origin, line, doc_id, reason, error, content_hash, at) "
        "VALUES (?,?,?,?,?,?,?)",
        (rej.origin, rej.line, rej.id, rej.reason, rej.error, rej.content_hash, utc_now()))
    return cur.rowcount > 0


__all__ = ["actor_keys", "insert_document", "upsert_actors", "insert_places",
           "insert_actor_mentions", "insert_events", "insert_rejection", "utc_now"]
