"""Hand-built documents for the store and export tests (no spaCy needed)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from eventscope.doc import (ActorMention, DateRange, Doc, DocMeta, Event, Place, Quantity)

SEED_TEXT = (
    "Iran sent troops to Abu Kamal on Tuesday. "
    "Daesh fighters attacked an army post near Deir ez-Zor, killing 5 soldiers. "
    "Officials said a strike on Inherent Resolve bases was possible."
)


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.index(needle, after)
    return i, i + len(needle)


def make_seed_doc(doc_id: str = "seed", *, date: str = "2020-03-12") -> Doc:
    """A small document with three events of different types, places and factualities."""
    text = SEED_TEXT
    doc = Doc(id=doc_id, text=text, meta=DocMeta(date=date, title=f"Title {doc_id}",
                                                 url=f"https://example.org/{doc_id}",
                                                 source="Example News", lang="en",
                                                 origin="test"))
    s1 = doc.add_sentence(*_find(text, "Iran sent troops to Abu Kamal on Tuesday."))
    s2 = doc.add_sentence(*_find(text, "Daesh fighters attacked an army post near Deir ez-Zor, "
                                       "killing 5 soldiers."))
    s3 = doc.add_sentence(*_find(text, "Officials said a strike on Inherent Resolve bases was "
                                       "possible."))

    def actor(needle: str, actor_id: str, name: str, cc: str | None, kind: str) -> ActorMention:
        s, e = _find(text, needle)
        return ActorMention(start=s, end=e, text=text[s:e], actor_id=actor_id, name=name,
                            country_code=cc, kind=kind, via="registry")

    def place(needle: str, name: str, gid: int, lat: float, lon: float, cc: str,
              admin1: str, precision: str) -> Place:
        s, e = _find(text, needle)
        return Place(start=s, end=e, text=text[s:e], name=name, geonameid=gid, lat=lat,
                     lon=lon, country_code=cc, admin1=admin1, feature="PPL",
                     precision=precision)

    iran = actor("Iran", "IRN", "Iran", "IR", "state")
    isis = actor("Daesh", "isis", "Islamic State", None, "armed_group")
    army = actor("army", "SYR_MIL", "Syrian Arab Army", "SY", "military")
    oir = actor("Inherent Resolve", "OIR", "Operation Inherent Resolve", "US", "military")
    doc.actors = [iran, isis, army, oir]
    abu = place("Abu Kamal", "Albu Kamal", 174448, 34.4523, 40.9185, "SY", "Deir ez-Zor", "town")
    dez = place("Deir ez-Zor", "Deir ez-Zor", 170794, 35.3359, 40.1408, "SY", "Deir ez-Zor",
                "town")
    doc.places = [abu, dez]
    killed = _find(text, "killing 5 soldiers")
    doc.events = [
        Event(event_id=f"{doc_id}:e0", plover_type="MOBILIZE", plover_mode="troops",
              cameo_root="15", acled_event_type="Strategic developments",
              acled_sub_event_type="Change to group/activity",
              trigger=doc.span(*_find(text, "sent")), evidence=s1, source=[iran], location=abu,
              date=DateRange("2020-03-10", "2020-03-10", "day", "Tuesday",
                             *_find(text, "Tuesday")),
              confidence=0.87),
        Event(event_id=f"{doc_id}:e1", plover_type="ASSAULT", plover_mode="firearms",
              cameo_root="19", acled_event_type="Battles",
              acled_sub_event_type="Armed clash",
              trigger=doc.span(*_find(text, "attacked")), evidence=s2, source=[isis],
              target=[army], location=dez,
              date=DateRange("2020-03-11", "2020-03-12", "range"),
              fatalities=Quantity(5, 5, text[killed[0]:killed[1]], *killed), confidence=0.8),
        Event(event_id=f"{doc_id}:e2", plover_type="ASSAULT", plover_mode="aerial",
              cameo_root="19", trigger=doc.span(*_find(text, "strike")), evidence=s3,
              target=[oir], factuality="speculative",
              factuality_cue=doc.span(*_find(text, "possible")),
              date=DateRange(date, date, "publication"), confidence=0.4),
    ]
    doc.check_offsets()
    return doc


def content_hash(doc: Doc) -> str:
    return hashlib.sha256((doc.id + "\0" + doc.text).encode()).hexdigest()


__all__ = ["make_seed_doc", "content_hash", "SEED_TEXT"]


def store_at_version(path: Path, docs: list[Doc], version: int,
                     hash_of: Callable[[Doc], str]) -> None:
    """Store ``docs`` in a new database at an older schema ``version``, as eventscope wrote it.

    Today's writer knows only the latest schema, so the documents go into a scratch database
    first and are copied column by column into one migrated only up to ``version``.
    """
    import sqlite3

    from eventscope.store import writer
    from eventscope.store.schema import migrate

    scratch = path.with_name(path.stem + "-latest.db")
    conn = sqlite3.connect(scratch, isolation_level=None)
    migrate(conn)
    for doc in docs:
        conn.execute("BEGIN")
        rowid = writer.insert_document(conn, doc, content_hash=hash_of(doc))
        assert rowid is not None
        writer.upsert_actors(conn, doc)
        writer.insert_places(conn, doc, rowid)
        writer.insert_actor_mentions(conn, doc, rowid)
        writer.insert_events(conn, doc, rowid)
        conn.execute("COMMIT")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=version) == version
    conn.execute("ATTACH DATABASE ? AS src", (str(scratch),))
    conn.execute("BEGIN")
    for table in ("documents", "actors", "places", "actor_mentions", "events", "event_json",
                  "event_args"):
        cols = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO main.{table}({cols}) SELECT {cols} FROM src.{table}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE src")
    conn.close()
    scratch.unlink()
