"""``POST /api/ingest``: the only write endpoint, off unless the server has a token.

The body is one page (text or HTML) or JSON Lines (one document per line, the ``extract``
input format). Each document is stored in its own transaction, exactly like ``eventscope
ingest``: known content is skipped, and every rejected input is recorded with its reason.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..batch import assign_incidents, store_result
from ..doc import Doc, Rejection
from ..ingest import decode_bytes, read_jsonl, sniff_format
from ..ingest.records import RawDocument
from ..store import Store

#: Default cap on a request body (bytes); larger requests get a 413 before being read whole.
DEFAULT_MAX_BODY = 5 * 1024 * 1024


def token_ok(given: str | None, expected: str) -> bool:
    """Compare an ``Authorization`` header with the server token in constant time."""
    if not given or not given.startswith("Bearer "):
        return False
    return hmac.compare_digest(given[len("Bearer "):].strip().encode(), expected.encode())


def is_jsonl(content_type: str, body: bytes) -> bool:
    """JSON Lines when the client says so, or when the body starts with ``{``."""
    ct = content_type.split(";")[0].strip().lower()
    if ct in ("application/x-ndjson", "application/jsonl", "application/json-lines",
              "application/json"):
        return True
    if ct in ("text/plain", "text/html"):
        return False
    return body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


@dataclass(slots=True)
class IngestResult:
    """What one request did, returned to the client as JSON."""

    processed: int = 0
    skipped: int = 0
    rejected: int = 0
    events: int = 0
    documents: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"processed": self.processed, "skipped": self.skipped,
                "rejected": self.rejected, "events": self.events,
                "documents": self.documents, "rejections": self.rejections}


class Ingester:
    """Holds the pipeline (loaded on first use: spaCy takes seconds) and one writing store.

    ``pipeline_factory`` returns an object with ``config`` and ``pipe(items)``, like
    :class:`eventscope.Pipeline`; tests pass a light one.
    """

    def __init__(self, db_path: str, pipeline_factory: Callable[[], Any] | None = None) -> None:
        self.db_path = db_path
        self._factory = pipeline_factory or _default_pipeline
        self._pipeline: Any = None
        self._lock = threading.Lock()

    def _items(self, body: bytes, content_type: str, meta: dict[str, str | None],
               config: Any) -> Iterator[RawDocument | Rejection]:
        if is_jsonl(content_type, body):
            yield from read_jsonl(io.BytesIO(body), origin="<api>", config=config)
            return
        text = decode_bytes(body)
        ct = content_type.split(";")[0].strip().lower()
        kind = "html" if ct == "text/html" else ("text" if ct == "text/plain"
                                                 else sniff_format(body[:8192]))
        doc_id = meta.get("id") or "api-" + hashlib.sha256(body).hexdigest()[:12]
        yield RawDocument(id=doc_id, text=None if kind == "html" else text,
                          html=text if kind == "html" else None, origin="<api>",
                          date=meta.get("date"), title=meta.get("title"),
                          url=meta.get("url"), source=meta.get("source"))

    def run(self, body: bytes, content_type: str, meta: dict[str, str | None]) -> IngestResult:
        """Process and store everything in ``body``; one writer at a time."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self._factory()
            pipeline = self._pipeline
            result = IngestResult()
            with Store(self.db_path) as store:
                raws: list[RawDocument | Rejection] = []
                for item in self._items(body, content_type, meta, pipeline.config):
                    if isinstance(item, RawDocument) and store.has(item.content_hash):
                        result.skipped += 1
                        result.documents.append({"id": item.id, "status": "known"})
                        continue
                    raws.append(item)
                hashes = [r.content_hash if isinstance(r, RawDocument) else None for r in raws]
                for out, content_hash in zip(pipeline.pipe(raws), hashes):
                    if isinstance(out, Doc):
                        assign_incidents(out)
                    filed, new = store_result(store, out, content_hash)
                    if isinstance(filed, Rejection):
                        result.rejected += 1
                        result.rejections.append({"id": filed.id, "line": filed.line,
                                                  "reason": filed.reason, "error": filed.error})
                        continue
                    if new:
                        result.processed += 1
                        result.events += len(out.events)
                        result.documents.append({"id": out.id, "status": "stored",
                                                 "events": [e.event_id for e in out.events]})
                    else:
                        result.skipped += 1
                        result.documents.append({"id": out.id, "status": "known"})
            return result


def _default_pipeline() -> Any:
    from ..config import Config
    from ..pipeline import load

    return load(Config.from_env())


__all__ = ["DEFAULT_MAX_BODY", "IngestResult", "Ingester", "is_jsonl", "token_ok"]
