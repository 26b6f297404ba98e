"""``include_content=false``: the API counts a threat once, not once more for what it threatens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventscope.doc import DateRange, Doc, DocMeta, Event
from eventscope.store import Store

TEXT = "Hamas threatened to shell Sderot on Monday."


def _threat() -> Doc:
    doc = Doc(id="threat", text=TEXT, meta=DocMeta(date="2023-05-01", source="wire"))
    s = doc.add_sentence(0, len(TEXT))
    i, j = TEXT.index("threatened"), TEXT.index("shell")
    monday = DateRange(start="2023-05-01", end="2023-05-01", precision="day")
    doc.events = [
        Event(event_id="threat:e0", plover_type="THREATEN", trigger=doc.span(i, i + 10),
              evidence=s, date=monday),
        Event(event_id="threat:e1", plover_type="THREATEN", trigger=doc.span(j, j + 5),
              evidence=s, factuality="future", content_of="threat:e0", content_type="ASSAULT", date=monday),
    ]
    return doc


def test_embedded_acts_can_be_left_out_of_lists_and_counts(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from eventscope.serve import create_app

    path = tmp_path / "t.db"
    with Store(path) as store:
        assert store.add(_threat(), content_hash="h")
    with TestClient(create_app(path)) as client:
        every: Any = client.get("/api/events").json()
        acts: Any = client.get("/api/events?include_content=false").json()
        assert every["total"] == 2 and acts["total"] == 1
        assert [e["event_id"] for e in acts["events"]] == ["threat:e0"]
        embedded = [e for e in every["events"] if e["event_id"] == "threat:e1"][0]
        assert embedded["content_of"] == "threat:e0" and embedded["content_type"] == "ASSAULT"
        def total(query: str) -> int:
            return sum(c["count"] for c in client.get("/api/counts" + query).json()["counts"])

        assert total("") == 2 and total("?include_content=false") == 1
        assert client.get("/api/events?include_content=maybe").status_code == 422
