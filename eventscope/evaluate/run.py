"""Run an eventscope pipeline over a gold file's documents and write contract output.

Gold fields are stripped first, so the pipeline sees exactly what ``eventscope extract`` would.
One output line per gold line, in order: a processed document or its rejection.

>>> import eventscope                                                    # doctest: +SKIP
>>> run_pipeline(eventscope.load(), Path("lgl.jsonl"), Path("out/lgl.jsonl"), limit=20)  # doctest: +SKIP
PosixPath('out/lgl.jsonl')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from ..doc import Doc, Rejection
from ..ingest.records import RawDocument
from .records import read_gold, strip_gold


class DocPipe(Protocol):
    """What run_pipeline needs of a pipeline: :meth:`eventscope.Pipeline.pipe`."""

    def pipe(self, items: Iterable[RawDocument | Rejection], *,
             batch_size: int | None = None) -> Iterator[Doc | Rejection]: ...


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def raw_document(record: Mapping[str, Any], *, line: int | None = None,
                 origin: str | None = None) -> RawDocument | Rejection:
    """The pipeline input for one (stripped) record, or a rejection when it has no content."""
    doc_id = record.get("id")
    text, html = record.get("text"), record.get("html")
    if doc_id is None:
        return Rejection(id=None, error="record has no 'id'", reason="missing_id", line=line,
                         origin=origin)
    if not isinstance(text, str) and not isinstance(html, str):
        return Rejection(id=str(doc_id), error="record has neither 'text' nor 'html'",
                         reason="missing_text", line=line, origin=origin)
    return RawDocument(id=str(doc_id), text=text if isinstance(text, str) else None,
                       html=html if isinstance(html, str) and not isinstance(text, str) else None,
                       date=_opt_str(record.get("date")), title=_opt_str(record.get("title")),
                       url=_opt_str(record.get("url")), source=_opt_str(record.get("source")),
                       origin=origin, line=line)


def run_pipeline(nlp: DocPipe, gold_path: Path | str, out_path: Path | str, *,
                 limit: int | None = None, batch_size: int | None = None) -> Path:
    """Process the first ``limit`` (default: all) gold documents with ``nlp`` and write one
    contract output line per document to ``out_path``; returns ``out_path``."""
    gold = read_gold(gold_path)
    rows = gold if limit is None else gold[:limit]
    items = [raw_document(strip_gold(r), line=i, origin=str(gold_path))
             for i, r in enumerate(rows, 1)]
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        for result in islice(nlp.pipe(items, batch_size=batch_size), len(items)):
            f.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            written += 1
    if written != len(items):
        raise RuntimeError(f"the pipeline returned {written} results for {len(items)} documents; "
                           "Pipeline.pipe must yield exactly one result per input")
    return out


__all__ = ["DocPipe", "raw_document", "run_pipeline"]
