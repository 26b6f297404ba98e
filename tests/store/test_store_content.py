"""Embedded acts in the store: content_of points at the stored act, and counts can skip them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from eventscope.doc import Doc, DocMeta, Event
from eventscope.store import EventFilter, Store, latest_version
from eventscope.store.schema import migrate

TEXT = "Hamas threatened to shell Sderot."


def threat_doc(doc_id: str = "t") -> Doc:
    """One threat and the shelling it threatens (an embedded act, future)."""
    doc = Doc(id=doc_id, text=TEXT, meta=DocMeta(date="2023-05-01", source="wire"))
    s = doc.add_sentence(0, len(TEXT))
    i = TEXT.index("threatened")
    j = TEXT.index("shell")
    doc.events = [
        Event(event_id=f"{doc_id}:e0", plover_type="THREATEN", trigger=doc.span(i, i + 10),
              evidence=s),
        Event(event_id=f"{doc_id}:e1", plover_type="THREATEN", trigger=doc.span(j, j + 5),
              evidence=s, factuality="future", content_of=f"{doc_id}:e0",
              content_type="ASSAULT"),
    ]
    return doc


def test_counts_can_take_each_threat_once(tmp_path: Path) -> None:
    with Store(tmp_path / "e.db") as store:
        assert store.add(threat_doc(), content_hash="h1")
        assert store.count(EventFilter()) == 2
        assert store.count(EventFilter(include_content=False)) == 1
        kept = store.events(EventFilter(include_content=False))
        assert [e["event_id"] for e in kept] == ["t:e0"]
        row = store.connection.execute(
            "SELECT content_of, content_type FROM events WHERE event_id = 't:e1'").fetchone()
        assert tuple(row) == ("t:e0", "ASSAULT")


def test_a_renamed_act_keeps_its_content_link(tmp_path: Path) -> None:
    # a second document reusing the same event ids gets fresh ids in the store; its embedded
    # act must point at the renamed threat, not at the first document's
    with Store(tmp_path / "e.db") as store:
        store.add(threat_doc(), content_hash="h1")
        other = threat_doc()
        other.text = TEXT + " "
        store.add(other, content_hash="h2")
        rows = store.connection.execute(
            "SELECT event_id, content_of FROM events ORDER BY id").fetchall()
    assert len(rows) == 4
    (a, _), (_, b_of), (c, _), (_, d_of) = rows
    assert b_of == a and d_of == c and c != a


def test_a_version_5_database_gets_its_content_links_back(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=5) == 5
    conn.execute("INSERT INTO documents(id, doc_id, content_hash, text, ingested_at) "
                 "VALUES (1, 'old', 'h-old', ?, '2023-05-01T00:00:00+00:00')", (TEXT,))
    for seq, (eid, of) in enumerate((("old:e0", None), ("old:e1", "old:e0"))):
        conn.execute(
            "INSERT INTO events(event_id, document_id, seq, plover_type, factuality, "
            "confidence, trigger_start, trigger_end, trigger_text, evidence_start, "
            "evidence_end, evidence_text) VALUES (?, 1, ?, 'THREATEN', 'asserted', 0.5, 0, 5, "
            "'Hamas', 0, ?, ?)", (eid, seq, len(TEXT), TEXT))
        body = {"event_id": eid, "content_of": of, "content_type": "ASSAULT" if of else None}
        conn.execute("INSERT INTO event_json VALUES (?, ?)", (eid, json.dumps(body)))
    conn.close()
    with Store(path) as store:
        assert store.schema_version == latest_version() >= 6
        assert store.count(EventFilter(include_content=False)) == 1
        row = store.connection.execute(
            "SELECT content_of, content_type FROM events WHERE event_id = 'old:e1'").fetchone()
        assert tuple(row) == ("old:e0", "ASSAULT")


def test_two_events_with_one_id_are_both_stored(tmp_path: Path) -> None:
    doc = threat_doc("dup")
    doc.events[1].event_id = doc.events[0].event_id
    doc.events[1].content_of = None
    with Store(tmp_path / "e.db") as store:
        assert store.add(doc, content_hash="h")
        ids = [r[0] for r in store.connection.execute("SELECT event_id FROM events ORDER BY id")]
    assert len(ids) == 2 and len(set(ids)) == 2
