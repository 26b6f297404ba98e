"""Writes: one transaction per document, idempotent re-adds, rejections, event-id collisions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store_docs import content_hash, make_seed_doc
from eventscope.doc import Doc, Rejection
from eventscope.errors import StoreError
from eventscope.store import Store, writer


def _count(store: Store, table: str) -> int:
    return int(store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_add_stores_every_part_of_the_document(store: Store) -> None:
    doc = make_seed_doc()
    assert store.add(doc, content_hash=content_hash(doc)) is True
    assert _count(store, "documents") == 1
    assert _count(store, "places") == 2
    assert _count(store, "actor_mentions") == 4
    assert _count(store, "events") == 3
    assert _count(store, "actors") == 4
    roles = {r[0] for r in store.connection.execute("SELECT role FROM event_args")}
    assert {"source", "target", "location", "trigger", "evidence", "date", "fatalities",
            "factuality_cue"} <= roles
    row = store.connection.execute(
        "SELECT n_events, pub_date, title, origin FROM documents").fetchone()
    assert tuple(row) == (3, "2020-03-12", "Title seed", "test")


def test_stored_spans_match_the_text(store: Store) -> None:
    doc = make_seed_doc()
    store.add(doc, content_hash=content_hash(doc))
    for table in ("places", "actor_mentions", "event_args"):
        rows = store.connection.execute(
            f'SELECT start, "end", text FROM {table} WHERE start IS NOT NULL').fetchall()
        assert rows
        for start, end, text in rows:
            assert doc.text[start:end] == text
    for s, e, t in store.connection.execute(
            "SELECT evidence_start, evidence_end, evidence_text FROM events"):
        assert doc.text[s:e] == t


def test_re_adding_the_same_content_is_a_no_op(store: Store) -> None:
    doc = make_seed_doc()
    h = content_hash(doc)
    assert store.add(doc, content_hash=h)
    before = {t: _count(store, t) for t in ("documents", "events", "event_args", "places")}
    assert store.add(make_seed_doc(), content_hash=h) is False
    assert {t: _count(store, t) for t in before} == before
    assert store.has(h) and not store.has("0" * 64)


def test_a_failure_mid_write_leaves_no_trace_of_the_document(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer, "insert_events", boom)
    doc = make_seed_doc()
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add(doc, content_hash=content_hash(doc))
    for table in ("documents", "places", "actor_mentions", "actors", "events", "event_args"):
        assert _count(store, table) == 0, table
    assert not store.has(content_hash(doc))
    monkeypatch.undo()
    assert store.add(doc, content_hash=content_hash(doc))
    assert _count(store, "events") == 3


def test_a_sqlite_error_mid_write_becomes_a_store_error(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real = writer.insert_events

    def half(conn: Any, doc: Doc, document_id: int) -> None:
        real(conn, doc, document_id)
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(writer, "insert_events", half)
    doc = make_seed_doc()
    with pytest.raises(StoreError, match="Nothing of it was written"):
        store.add(doc, content_hash=content_hash(doc))
    assert _count(store, "events") == 0 and _count(store, "documents") == 0


def test_bad_offsets_are_refused(store: Store) -> None:
    doc = make_seed_doc()
    doc.places[0].text = "Somewhere else"
    with pytest.raises(StoreError, match="Refusing"):
        store.add(doc, content_hash=content_hash(doc))
    assert _count(store, "documents") == 0


def test_same_doc_id_different_content_keeps_both_with_unique_event_ids(store: Store) -> None:
    a = make_seed_doc("dup")
    b = make_seed_doc("dup", date="2020-04-01")
    b.text = b.text  # same id, different content hash below
    assert store.add(a, content_hash="hash-a")
    assert store.add(b, content_hash="hash-b")
    docs = store.connection.execute("SELECT id, doc_id FROM documents ORDER BY id").fetchall()
    assert [d[1] for d in docs] == ["dup", "dup"]
    ids = [r[0] for r in store.connection.execute("SELECT event_id FROM events ORDER BY id")]
    assert len(ids) == len(set(ids)) == 6
    assert ids[:3] == ["dup:e0", "dup:e1", "dup:e2"]
    second = docs[1][0]
    assert ids[3:] == [f"d{second}/dup:e{i}" for i in range(3)]
    stored = store.event(ids[3])
    assert stored is not None and stored["event_id"] == ids[3]
    assert stored["document"]["document_id"] == second


def test_actor_identities_are_shared_and_updated(store: Store) -> None:
    a = make_seed_doc("a")
    store.add(a, content_hash="ha")
    b = make_seed_doc("b")
    for m in b.actors:
        if m.actor_id == "isis":
            m.parent = "jihadist"
    store.add(b, content_hash="hb")
    assert _count(store, "actors") == 4
    row = store.connection.execute(
        "SELECT name, kind, parent FROM actors WHERE actor_id = 'isis'").fetchone()
    assert tuple(row) == ("Islamic State", "armed_group", "jihadist")


def test_rejections_are_recorded_once(store: Store) -> None:
    rej = Rejection(id="x", error="line 3 is not JSON", reason="not_json", line=3,
                    origin="in.jsonl", content_hash="abc")
    assert store.add_rejection(rej) is True
    assert store.add_rejection(rej) is False
    no_hash = Rejection(id=None, error="missing id", reason="missing_id", line=4,
                        origin="in.jsonl")
    assert store.add_rejection(no_hash) is True
    assert store.add_rejection(no_hash) is False
    assert store.add_rejection(Rejection(id=None, error="missing id", reason="missing_id",
                                         line=4, origin="other.jsonl")) is True
    assert _count(store, "rejected") == 3
    assert store.summary()["rejected_by_reason"] == {"missing_id": 2, "not_json": 1}
    assert store.has("abc", include_rejected=True) and not store.has("abc")


def test_add_needs_a_content_hash(store: Store) -> None:
    with pytest.raises(StoreError, match="content_hash"):
        store.add(make_seed_doc(), content_hash="")


def test_two_stores_on_one_file_share_data(db_path: Path) -> None:
    with Store(db_path) as w1, Store(db_path) as w2:
        d1, d2 = make_seed_doc("one"), make_seed_doc("two")
        assert w1.add(d1, content_hash="h1")
        assert not w2.add(d1, content_hash="h1")
        assert w2.add(d2, content_hash="h2")
        assert w1.summary()["documents"] == 2
