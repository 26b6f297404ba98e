"""What ingest hands to clean: one raw input document, before any cleaning."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(slots=True)
class RawDocument:
    """One input document as read: plain ``text`` or an ``html`` page, plus provenance.

    ``origin`` is where it was read from (a path, ``<stdin>``), ``line`` its 1-based line
    number in a JSONL input.
    """

    id: str
    text: str | None = None
    html: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None
    line: int | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the content: the same page ingested twice has the same hash."""
        h = hashlib.sha256()
        h.update((self.html if self.html is not None else self.text or "").encode("utf-8", "surrogatepass"))
        h.update(b"\0" + (self.date or "").encode() + b"\0" + (self.url or "").encode())
        return h.hexdigest()


__all__ = ["RawDocument"]
