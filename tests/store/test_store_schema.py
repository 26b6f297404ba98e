"""Schema creation, pragmas, migrations, version checks and read-only opening."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from store_docs import content_hash, make_seed_doc
from eventscope.errors import SchemaVersionError, StoreError
from eventscope.store import EventFilter, Store, latest_version
from eventscope.store.schema import current_version, migrate, split_statements

TABLES = {"documents", "places", "actors", "actor_mentions", "events", "event_json",
          "event_args", "rejected", "schema_version", "events_fts", "documents_fts"}


def test_new_database_has_every_table_and_the_latest_version(store: Store, db_path: Path) -> None:
    names = {r[0] for r in store.connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert TABLES <= names
    assert store.schema_version == latest_version() >= 3
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.connection.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_every_migration_is_recorded(store: Store) -> None:
    rows = store.connection.execute(
        "SELECT version, description FROM schema_version ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, latest_version() + 1))
    assert all(r[1] for r in rows)


def test_reopening_does_not_migrate_again(db_path: Path) -> None:
    Store(db_path).close()
    with Store(db_path) as s:
        n = s.connection.execute("SELECT count(*) FROM schema_version").fetchone()[0]
    assert n == latest_version()


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    sql = ("CREATE TABLE t(a);\nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n"
           "  INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);\nEND;\n")
    parts = split_statements(sql)
    assert len(parts) == 2 and parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")


def _make_v1_database(path: Path) -> None:
    """A database as eventscope's first schema wrote it: one document, one event, its args."""
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    text = "Daesh fighters attacked an army post."
    conn.execute("INSERT INTO documents(id, doc_id, content_hash, text, ingested_at) "
                 "VALUES (1, 'old', 'h-old', ?, '2020-03-12T00:00:00+00:00')", (text,))
    event = {"event_id": "old:e0", "plover_type": "ASSAULT", "source": [], "target": [],
             "trigger": {"text": "attacked", "start": 15, "end": 23},
             "evidence": {"text": text, "start": 0, "end": len(text)}, "confidence": 0.8}
    conn.execute(
        "INSERT INTO events(event_id, document_id, seq, plover_type, factuality, confidence, "
        "trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text) "
        "VALUES ('old:e0', 1, 0, 'ASSAULT', 'asserted', 0.8, 15, 23, 'attacked', 0, ?, ?)",
        (len(text), text))
    conn.execute("INSERT INTO event_json VALUES ('old:e0', ?)", (json.dumps(event),))
    conn.execute("INSERT INTO actors(actor_id, name) VALUES ('isis', 'Islamic State')")
    conn.execute('INSERT INTO event_args(event_id, role, idx, start, "end", text, actor_id, '
                 "name) VALUES ('old:e0', 'source', 0, 0, 5, 'Daesh', 'isis', 'Islamic State')")
    conn.close()


def test_an_older_database_is_migrated_and_its_rows_indexed(db_path: Path) -> None:
    _make_v1_database(db_path)
    with Store(db_path) as s:
        assert s.schema_version == latest_version()
        assert [e["event_id"] for e in s.events(EventFilter(text="attack"))] == ["old:e0"]
        assert [e["event_id"] for e in s.events(EventFilter(actor="islamic"))] == ["old:e0"]
        assert [e["event_id"] for e in s.events(EventFilter(actor="ISIS"))] == ["old:e0"]
        assert s.connection.execute(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'fighters'"
        ).fetchone()[0] == 1
        doc = make_seed_doc("new")
        assert s.add(doc, content_hash=content_hash(doc))
        assert len(s.events(EventFilter(actor="islamic"))) == 2


def test_a_newer_database_raises_and_is_left_untouched(db_path: Path) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaVersionError, match="newer eventscope"):
        Store(db_path)
    with pytest.raises(SchemaVersionError):
        Store(db_path, readonly=True)
    conn = sqlite3.connect(db_path)
    assert current_version(conn) == 99
    conn.close()


def test_read_only_open_refuses_writes(db_path: Path) -> None:
    with Store(db_path) as s:
        doc = make_seed_doc()
        s.add(doc, content_hash=content_hash(doc))
    with Store(db_path, readonly=True) as ro:
        assert ro.summary()["documents"] == 1
        other = make_seed_doc("other")
        with pytest.raises(StoreError, match="read-only"):
            ro.add(other, content_hash=content_hash(other))
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ro.connection.execute("DELETE FROM documents")
    with Store(db_path, readonly=True) as ro:
        assert ro.summary()["documents"] == 1


def test_read_only_open_of_a_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="eventscope ingest"):
        Store(tmp_path / "nope.db", readonly=True)
    assert not (tmp_path / "nope.db").exists()


def test_read_only_open_of_an_old_database_asks_for_a_migration(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=1)
    conn.close()
    with pytest.raises(StoreError, match="needs migrating"):
        Store(db_path, readonly=True)


def test_a_file_that_is_not_sqlite_gives_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="Cannot open"):
        Store(bad)
