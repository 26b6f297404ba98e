"""An undated headline event takes the day of the story's lead event, in both paths."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventscope.doc import ActorMention, DateRange, Doc, DocMeta, Event
from eventscope.incidents import IncidentIndex, key_from_event
from eventscope.incidents.features import headline_day
from eventscope.incidents.sqlite import _KEY_SQL, key_from_row
from eventscope.store import Store

FRI, SAT = date(2024, 1, 12), date(2024, 1, 13)


def test_a_headline_takes_the_lead_events_day_only_for_news_of_the_day() -> None:
    assert headline_day("publication", FRI, 0, FRI) == FRI
    assert headline_day("publication", SAT, 0, FRI) == FRI
    assert headline_day("publication", date(2024, 1, 16), 0, FRI) is None  # too old
    assert headline_day("publication", FRI, 1, FRI) is None  # not the first of its type
    assert headline_day("day", FRI, 0, FRI) is None
    assert headline_day("publication", FRI, 0, None) is None


def _story(doc_id: str, title: str, body: str, *, pub: str, day: str) -> Doc:
    """A headline event dated by publication, then the body's event with its day."""
    text = f"{title}\n\n{body}"
    doc = Doc(id=doc_id, text=text, meta=DocMeta(date=pub, source=doc_id))
    doc.add_sentence(0, len(title))
    doc.add_sentence(len(title) + 2, len(text))
    usa = [ActorMention(start=0, end=0, text="", actor_id="USA")]
    spans = [(0, len(title), DateRange(start=pub, end=pub, precision="publication")),
             (len(title) + 2, len(text), DateRange(start=day, end=day, precision="day"))]
    for k, (s, e, when) in enumerate(spans):
        doc.events.append(Event(event_id=f"{doc_id}:e{k}", plover_type="ASSAULT",
                                trigger=doc.span(s, s + 1), evidence=doc.span(s, e),
                                source=usa, date=when))
    return doc


def _docs() -> list[Doc]:
    return [_story("h", "US strikes Houthi targets", "The United States struck Houthi targets "
                   "on Friday.", pub="2024-01-12", day="2024-01-12"),
            _story("k", "Strikes on Houthis", "American jets bombed Houthi sites on Friday.",
                   pub="2024-01-13", day="2024-01-12")]


def test_the_headline_key_is_the_same_in_memory_and_in_the_store(tmp_path: Path) -> None:
    docs = _docs()
    head = key_from_event(docs[0].events[0], docs[0])
    assert (head.date_start, head.date_precision) == (FRI, "day")
    index = IncidentIndex()
    expected = {e.event_id: e.incident_id for d in docs for e in index.assign(d).events}
    with Store(tmp_path / "h.db") as store:
        for d in _docs():
            store.add(d, content_hash=f"hash-{d.id}")
        rows = store.connection.execute(_KEY_SQL + " ORDER BY e.id").fetchall()
        stored = {r["event_id"]: key_from_row(r) for r in rows}
        for d in docs:
            for e in d.events:
                mine, theirs = key_from_event(e, d), stored[e.event_id]
                assert (mine.date_start, mine.date_end, mine.date_precision) == (
                    theirs.date_start, theirs.date_end, theirs.date_precision)
        assert {e["event_id"]: e["incident_id"] for e in store.events()} == expected
