"""The database schema as an ordered list of migrations, and the code that applies them.

A database records every migration applied to it in ``schema_version``. Opening an older
database applies the missing migrations in one ``IMMEDIATE`` transaction; opening one made by a
newer eventscope raises :class:`~eventscope.errors.SchemaVersionError` instead of touching it.

To change the schema, append a :class:`Migration` with the next version number; never edit
one that has shipped (old databases have already run it).

>>> latest_version()
5
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from ..errors import SchemaVersionError, StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: ``sql`` (several statements) then an optional Python ``after``."""

    version: int
    description: str
    sql: str
    after: Callable[[sqlite3.Connection], None] | None = None


V1_CORE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    pub_date TEXT,
    lang TEXT,
    origin TEXT,
    ingested_at TEXT NOT NULL,
    n_events INTEGER NOT NULL DEFAULT 0,
    sentences TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_pub_date ON documents(pub_date);

CREATE TABLE actors (
    actor_id TEXT PRIMARY KEY,
    name TEXT,
    kind TEXT,
    country_code TEXT,
    code TEXT,
    sector TEXT,
    parent TEXT
);

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT,
    geonameid INTEGER,
    lat REAL,
    lon REAL,
    country_code TEXT,
    admin1 TEXT,
    feature TEXT,
    precision TEXT,
    score REAL
);
CREATE INDEX places_document ON places(document_id);
CREATE INDEX places_geonameid ON places(geonameid);

CREATE TABLE actor_mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    actor_id TEXT REFERENCES actors(actor_id),
    name TEXT,
    via TEXT
);
CREATE INDEX actor_mentions_document ON actor_mentions(document_id);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    cameo_root TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    factuality TEXT NOT NULL,
    confidence REAL NOT NULL,
    date_start TEXT,
    date_end TEXT,
    date_precision TEXT,
    lat REAL,
    lon REAL,
    location_name TEXT,
    geonameid INTEGER,
    country_code TEXT,
    admin1 TEXT,
    location_precision TEXT,
    fatalities_min INTEGER,
    fatalities_max INTEGER,
    incident_id TEXT,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_type_date ON events(plover_type, date_start);
CREATE INDEX events_date_start ON events(date_start);
CREATE INDEX events_date_end ON events(date_end);
CREATE INDEX events_country ON events(country_code);
CREATE INDEX events_latlon ON events(lat, lon);
CREATE INDEX events_factuality ON events(factuality);
CREATE INDEX events_acled ON events(acled_event_type);
CREATE INDEX events_incident ON events(incident_id);
CREATE INDEX events_confidence ON events(confidence);

-- The whole event as JSON (Event.to_dict()), kept apart so the events rows stay narrow
-- and scans of them stay fast.
CREATE TABLE event_json (
    event_id TEXT PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
    json TEXT NOT NULL
);

CREATE TABLE event_args (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    idx INTEGER NOT NULL DEFAULT 0,
    start INTEGER,
    "end" INTEGER,
    text TEXT,
    actor_id TEXT REFERENCES actors(actor_id),
    name TEXT
);
CREATE INDEX event_args_event ON event_args(event_id);
CREATE INDEX event_args_actor ON event_args(actor_id, role);

CREATE TABLE rejected (
    id INTEGER PRIMARY KEY,
    origin TEXT,
    line INTEGER,
    doc_id TEXT,
    reason TEXT NOT NULL,
    error TEXT NOT NULL,
    content_hash TEXT,
    at TEXT NOT NULL
);
CREATE UNIQUE INDEX rejected_once ON rejected(
    coalesce(origin, ''), coalesce(line, -1),
    coalesce(content_hash, coalesce(doc_id, '') || char(31) || error));
CREATE INDEX rejected_hash ON rejected(content_hash);
CREATE INDEX rejected_reason ON rejected(reason);
"""

V2_FTS = """
CREATE VIRTUAL TABLE events_fts USING fts5(
    evidence_text, content='events', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, evidence_text) VALUES (new.id, new.evidence_text);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, evidence_text)
    VALUES ('delete', old.id, old.evidence_text);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF evidence_text ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, evidence_text)
    VALUES ('delete', old.id, old.evidence_text);
    INSERT INTO events_fts(rowid, evidence_text) VALUES (new.id, new.evidence_text);
END;
INSERT INTO events_fts(events_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
"""

V3_ACTOR_SEARCH = """
ALTER TABLE events ADD COLUMN actor_ids TEXT NOT NULL DEFAULT '||';
ALTER TABLE events ADD COLUMN actor_names TEXT NOT NULL DEFAULT '||';
DROP INDEX event_args_actor;
CREATE INDEX event_args_actor ON event_args(actor_id, role, event_id);
CREATE INDEX events_location ON events(location_name, country_code, geonameid);
"""

V4_INCIDENTS = """CREATE TABLE incidents (
    incident_id TEXT PRIMARY KEY,
    plover_type TEXT NOT NULL,
    n_events INTEGER NOT NULL,
    n_documents INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    first_report TEXT,
    last_report TEXT,
    date_start TEXT,
    date_end TEXT,
    fatalities_min INTEGER,
    fatalities_max INTEGER,
    location_name TEXT,
    country_code TEXT,
    lat REAL,
    lon REAL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(date_start);
CREATE INDEX incidents_sources ON incidents(n_sources);
CREATE INDEX incidents_last_report ON incidents(last_report);
"""

# Covering indexes for the server's hot reads (issue 6): map points by area or newest first,
# counts per day and type, and the filters that no index can answer (actor substrings, ACLED
# types, dates overlapping a range), each read from one narrow index instead of a random read
# of the wide events row per row examined. With events_date_filters a newest-first page tests
# those filters while walking the dates and reads only the rows that match; a count scans it.
# events_latlon and events_date_start go: other indexes start with (lat, lon) and date_start.
V5_READ_INDEXES = """
CREATE INDEX events_map_geo ON events(
    lat, lon, plover_type, date_start, factuality, confidence, event_id, location_name);
CREATE INDEX events_map_date ON events(
    date_start, id, lat, lon, plover_type, factuality, confidence, event_id, location_name);
CREATE INDEX events_date_filters ON events(
    date_start, id, date_end, actor_ids, actor_names, acled_event_type, acled_sub_event_type,
    factuality, confidence, country_code);
CREATE INDEX events_date_type ON events(date_start, plover_type);
CREATE INDEX events_type_country_date ON events(plover_type, country_code, date_start);
DROP INDEX events_latlon;
DROP INDEX events_date_start;
"""

# Embedded acts (issue 5): the shelling in "Hamas threatened to shell X" is stored as its own
# event whose content_of is the threat's event id. The columns let a count take each act once
# (EventFilter.include_content=False) and a reader find what a threat or refusal was about.
V6_CONTENT = """
ALTER TABLE events ADD COLUMN content_of TEXT;
ALTER TABLE events ADD COLUMN content_type TEXT;
CREATE INDEX events_content_of ON events(content_of) WHERE content_of IS NOT NULL;
"""


def _backfill_actor_search(conn: sqlite3.Connection) -> None:
    """Fill the v3 search columns of events stored before v3, from their argument rows."""
    from .writer import actor_keys

    rows = conn.execute(
        "SELECT a.event_id, a.actor_id, a.name, a.text FROM event_args a "
        "WHERE a.role IN ('source', 'target') ORDER BY a.event_id, a.id")
    by_event: dict[str, list[tuple[str | None, str | None, str | None]]] = {}
    for event_id, actor_id, name, text in rows:
        by_event.setdefault(event_id, []).append((actor_id, name, text))
    conn.executemany("UPDATE events SET actor_ids = ?, actor_names = ? WHERE event_id = ?",
                     [(*actor_keys(v), k) for k, v in by_event.items()])


def _backfill_incidents(conn: sqlite3.Connection) -> None:
    """Cluster the events stored before v4 into incidents (their ids were placeholders)."""
    from ..incidents.sqlite import relink_all
    from .writer import utc_now

    relink_all(conn, now=utc_now())


def _backfill_content(conn: sqlite3.Connection) -> None:
    """Fill the v6 columns of events stored before v6 from their stored JSON."""
    conn.execute(
        "UPDATE events SET content_of = json_extract(j.json, '$.content_of'), "
        "content_type = json_extract(j.json, '$.content_type') FROM event_json j "
        "WHERE j.event_id = events.event_id AND json_extract(j.json, '$.content_of') IS NOT NULL")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables: documents, places, actors, events, event_args, rejected", V1_CORE),
    Migration(2, "full-text search over event evidence and document text (FTS5)", V2_FTS),
    Migration(3, "actor search columns on events; covering indexes for the summary",
              V3_ACTOR_SEARCH, after=_backfill_actor_search),
    Migration(4, "incidents: one row per real-world incident, reported by one or more events",
              V4_INCIDENTS, after=_backfill_incidents),
    Migration(5, "covering indexes for the server: map points, filtered pages, counts",
              V5_READ_INDEXES),
    Migration(6, "embedded acts: content_of and content_type on events", V6_CONTENT,
              after=_backfill_content),
)


def latest_version() -> int:
    """The schema version this eventscope writes."""
    return MIGRATIONS[-1].version


def split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies contain ``;`` too).

    We run them one by one because ``executescript`` would commit our open transaction.
    """
    out: list[str] = []
    buf = ""
    for piece in sql.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n\t;"):
                out.append(buf.strip())
            buf = ""
    if buf.strip(" \n\t;"):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buf[:80]!r}")
    return out


def current_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied to this database; 0 for an empty one."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def check_version(conn: sqlite3.Connection, *, path: str) -> int:
    """Raise SchemaVersionError if the database is newer than this code; return its version."""
    version = current_version(conn)
    if version > latest_version():
        raise SchemaVersionError(
            f"{path} has schema version {version}, but this eventscope only knows versions up "
            f"to {latest_version()}. It was written by a newer eventscope: upgrade eventscope "
            "(pip install -U eventscope) to read it. The database was not modified.")
    return version


def migrate(conn: sqlite3.Connection, *, path: str = "the database",
            target: int | None = None) -> int:
    """Apply every missing migration up to ``target`` (default: latest) in one transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Returns the new version.
    Safe when two processes open the same old database at once: the version is read again
    after the write lock is taken.
    """
    goal = latest_version() if target is None else target
    if check_version(conn, path=path) >= goal:
        return current_version(conn)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = check_version(conn, path=path)
            for m in MIGRATIONS:
                if version < m.version <= goal:
                    for statement in split_statements(m.sql):
                        conn.execute(statement)
                    if m.after is not None:
                        m.after(conn)
                    conn.execute(
                        "INSERT INTO schema_version(version, description, applied_at) "
                        "VALUES (?, ?, ?)",
                        (m.version, m.description, datetime.now(timezone.utc).isoformat()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as e:
        raise StoreError(
            f"Could not migrate {path} to schema version {goal}: {e}. The database was left "
            "as it was; check that the file is writable and not in use by an older tool.") from e
    return current_version(conn)


__all__ = ["Migration", "MIGRATIONS", "latest_version", "current_version", "check_version",
           "migrate", "split_statements"]
