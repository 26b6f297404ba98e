"""POST /api/ingest: token required, body size limited, documents stored exactly once."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventscope.config import Config
from eventscope.doc import Doc, DocMeta, Rejection
from eventscope.ingest.records import RawDocument
from eventscope.store import Store

TOKEN = "s3cret-token-for-tests"


class FakePipeline:
    """Turns each raw document into a Doc with no events (no spaCy needed)."""

    config = Config()

    def pipe(self, items: Iterable[RawDocument | Rejection]) -> Iterator[Doc | Rejection]:
        for item in items:
            if isinstance(item, Rejection):
                yield item
                continue
            text = item.text if item.text is not None else (item.html or "")
            if not text.strip():
                yield Rejection(id=item.id, error="empty", reason="empty", line=item.line)
                continue
            yield Doc(id=item.id, text=text, meta=DocMeta(date=item.date, title=item.title))


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from eventscope.serve import create_app

    db = tmp_path / "ingest.db"
    Store(db).close()
    app = create_app(db, token=TOKEN, max_body_bytes=2000, pipeline_factory=FakePipeline)
    with TestClient(app) as c:
        c.db = db
        yield c


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_ingest_needs_the_right_token(writable: Any) -> None:
    for headers in ({}, auth("wrong-token"), {"Authorization": TOKEN},
                    {"Authorization": "Basic " + TOKEN}):
        r = writable.post("/api/ingest", content=b"some text", headers=headers)
        assert r.status_code == 401, headers
        assert r.headers["www-authenticate"] == "Bearer"
    with Store(writable.db, readonly=True) as s:
        assert s.summary()["documents"] == 0


def test_ingest_a_page_once(writable: Any) -> None:
    r = writable.post("/api/ingest?id=page-1&date=2024-01-02&title=T", content=b"A page.",
                      headers={**auth(), "Content-Type": "text/plain"})
    assert r.status_code == 200, r.text
    assert r.json()["processed"] == 1 and r.json()["documents"][0]["id"] == "page-1"
    again = writable.post("/api/ingest?id=page-1&date=2024-01-02&title=T", content=b"A page.",
                          headers={**auth(), "Content-Type": "text/plain"})
    assert again.json()["processed"] == 0 and again.json()["skipped"] == 1
    assert writable.get("/api/documents/page-1").json()["text"] == "A page."


def test_ingest_jsonl_counts_every_line(writable: Any) -> None:
    lines = [json.dumps({"id": "a", "text": "First."}), "{not json",
             json.dumps({"id": "b", "html": "<p>Second.</p>"}), json.dumps({"text": "no id"})]
    r = writable.post("/api/ingest", content="\n".join(lines).encode(),
                      headers={**auth(), "Content-Type": "application/x-ndjson"})
    body = r.json()
    assert r.status_code == 200
    assert body["processed"] + body["rejected"] + body["skipped"] == 4
    assert body["processed"] == 2 and body["rejected"] == 2
    assert all(x["reason"] for x in body["rejections"])


def test_ingest_body_limit_and_empty_body(writable: Any) -> None:
    r = writable.post("/api/ingest", content=b"x" * 2001, headers=auth())
    assert r.status_code == 413
    assert writable.post("/api/ingest", content=b"  ", headers=auth()).status_code == 400
    assert writable.post("/api/ingest?id=" + "x" * 2100, content=b"ok",
                         headers=auth()).status_code == 400
