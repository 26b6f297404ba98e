"""Incidents in the database: a new document joins a stored incident; old databases migrate."""

from __future__ import annotations

import sys
from pathlib import Path

from eventscope.store import Store

from .test_index import docs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_docs import store_at_version  # noqa: E402


def incident_of(store: Store) -> dict[str, str]:
    return {e["event_id"]: e["incident_id"] for e in store.events()}


def add_all(store: Store) -> None:
    for d in docs():
        assert store.add(d, content_hash=f"hash-{d.id}")


def test_a_new_document_joins_the_stored_incident(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        add_all(store)
        top = store.incidents()
        assert [i["incident_id"] for i in top] == ["inc:a:e0", "inc:b:e0"]
        assert top[0]["n_sources"] == 3 and top[0]["fatalities"] == {"min": 12, "max": 16}
        assert top[0]["first_report"] == "2023-06-10"
        assert top[0]["last_report"] == "2023-06-12"
        assert incident_of(store) == {"a:e0": "inc:a:e0", "b:e0": "inc:b:e0",
                                      "c:e0": "inc:a:e0", "d:e0": "inc:a:e0"}
        one = store.incident("inc:a:e0")
        assert one is not None
        assert [m["doc_id"] for m in one["mentions"]] == ["a", "c", "d"]


def test_store_and_in_memory_index_agree(tmp_path: Path) -> None:
    from eventscope.incidents import IncidentIndex

    index = IncidentIndex()
    expected = {d.events[0].event_id: index.assign(d).events[0].incident_id for d in docs()}
    with Store(tmp_path / "b.db") as store:
        add_all(store)
        assert incident_of(store) == expected


def test_min_sources_filters_single_reports(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        add_all(store)
        assert [i["incident_id"] for i in store.incidents(min_sources=2)] == ["inc:a:e0"]


def test_a_version_3_database_is_clustered_when_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store_at_version(path, docs(), 3, lambda d: f"hash-{d.id}")
    with Store(path) as store:
        assert store.schema_version >= 4
        assert store.incidents(min_sources=2)[0]["n_events"] == 3


def test_vaguely_dated_copies_share_an_incident_in_the_store(tmp_path: Path) -> None:
    from .synthetic import report

    text = "Russia has shelled the Kherson market repeatedly this year."
    copies = [report(i, text, source=i, pub="2023-06-10", day=None, place=None, actor=None)
              for i in ("x", "y")]
    for d in copies:
        d.events[0].date.start, d.events[0].date.precision = "2023-01-01", "year"
    with Store(tmp_path / "v.db") as store:
        for d in copies:
            store.add(d, content_hash=f"hash-{d.id}")
        assert {e["incident_id"] for e in store.events()} == {"inc:x:e0"}
