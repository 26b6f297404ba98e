"""Clean: raw input -> a Doc holding clean story text (stub, replaced by the real stage)."""

from __future__ import annotations

from ..config import Config
from ..doc import Doc, DocMeta
from ..errors import InputError
from ..ingest.records import RawDocument


def clean_document(raw: RawDocument, config: Config) -> Doc:
    text = raw.text if raw.text is not None else raw.html or ""
    if not text.strip():
        raise InputError("empty document", reason="empty")
    return Doc(id=raw.id, text=text, meta=DocMeta(date=raw.date, title=raw.title, url=raw.url,
                                                  source=raw.source, origin=raw.origin))


__all__ = ["clean_document"]
