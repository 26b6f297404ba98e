"""Batch jobs over many documents: ``extract`` (JSONL in, contract JSONL out) and ``ingest``
(files in, SQLite store out). The CLI is a thin layer over these two functions.

Both stream: input is read lazily, output written as it is produced, so memory stays flat.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TextIO

from .doc import Doc, Rejection
from .errors import StoreError
from .incidents import IncidentIndex, incident_id_for
from .ingest.records import RawDocument
from .pipeline import Pipeline


@dataclass(slots=True)
class BatchReport:
    """What a batch run did: every input is counted as processed, skipped or rejected."""

    processed: int = 0
    skipped: int = 0
    rejected: int = 0
    events: int = 0
    seconds: float = 0.0
    rejected_by_reason: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return self.processed + self.skipped + self.rejected

    @property
    def docs_per_second(self) -> float:
        return self.total / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"inputs": self.total, "processed": self.processed, "skipped": self.skipped,
                "rejected": self.rejected, "rejected_by_reason": dict(self.rejected_by_reason),
                "events": self.events, "seconds": round(self.seconds, 3),
                "docs_per_second": round(self.docs_per_second, 2)}

    def summary_line(self, verb: str) -> str:
        reasons = ", ".join(f"{k}: {v}" for k, v in self.rejected_by_reason.most_common())
        line = (f"{verb}: {self.total} inputs, {self.processed} processed, "
                f"{self.skipped} already known, {self.rejected} rejected")
        if reasons:
            line += f" ({reasons})"
        return line + f"; {self.events} events; {self.docs_per_second:.1f} docs/s"


class Progress:
    """Progress on stderr: a line per second at most, and a final summary line."""

    def __init__(self, verb: str, stream: TextIO | None = None, *, enabled: bool = True) -> None:
        self.verb = verb
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self._last = 0.0

    def update(self, report: BatchReport) -> None:
        now = time.monotonic()
        if self.enabled and now - self._last >= 1.0:
            self._last = now
            print(f"\r{self.verb}: {report.total} docs, {report.rejected} rejected, "
                  f"{report.events} events", end="", file=self.stream, flush=True)

    def done(self, report: BatchReport) -> None:
        if self.enabled:
            print(("\r" if self._last else "") + report.summary_line(self.verb), file=self.stream,
                  flush=True)


def _count(report: BatchReport, out: Doc | Rejection) -> None:
    if isinstance(out, Rejection):
        report.rejected += 1
        report.rejected_by_reason[out.reason] += 1
    else:
        report.processed += 1
        report.events += len(out.events)


def assign_incidents(doc: Doc, index: IncidentIndex | None = None) -> Doc:
    """Give every event of ``doc`` its incident id: from ``index`` (shared across a run), or,
    without one, an id of its own (the store links stored events to incidents itself)."""
    if index is not None:
        return index.assign(doc)
    for event in doc.events:
        if event.incident_id is None:
            event.incident_id = incident_id_for(event.event_id)
    return doc


def _processes(pipeline: Pipeline, n_process: int | None) -> int:
    return pipeline.config.n_process if n_process is None else n_process


def extract(pipeline: Pipeline, lines: IO[str] | IO[bytes], out: IO[str], *,
            origin: str = "<input>", progress: Progress | None = None,
            n_process: int | None = None) -> BatchReport:
    """Run the batch contract: one JSON output line per JSONL input line, in input order.

    Events that report the same incident share an ``incident_id`` across the whole run (an
    in-memory incremental index). ``n_process`` defaults to ``Config.n_process`` (0 = all cores).
    """
    from .ingest import read_jsonl

    report = BatchReport()
    index = IncidentIndex()
    t0 = time.perf_counter()
    for result in pipeline.pipe(read_jsonl(lines, origin=origin, config=pipeline.config),
                                n_process=_processes(pipeline, n_process)):
        _count(report, result)
        if isinstance(result, Doc):
            index.assign(result)
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        if progress:
            progress.update(report)
    out.flush()
    report.seconds = time.perf_counter() - t0
    if progress:
        progress.done(report)
    return report


def ingest(pipeline: Pipeline, paths: Sequence[str | Path], store: Any, *,
           progress: Progress | None = None, n_process: int | None = None) -> BatchReport:
    """Ingest files, directories or '-' into ``store``: each document in its own transaction.

    The store files each event under an incident (joining one stored earlier when it matches).

    Content already in the store is skipped before any parsing, so a re-run after a crash only
    does the work that is missing, and a second run over the same input changes nothing.
    """
    from .ingest import iter_inputs

    report = BatchReport()
    t0 = time.perf_counter()

    def unseen(items: Iterable[RawDocument | Rejection]) -> Iterator[RawDocument | Rejection]:
        for item in items:
            if isinstance(item, RawDocument) and store.has(item.content_hash):
                report.skipped += 1
                continue
            yield item

    raws = unseen(iter_inputs(paths, config=pipeline.config))
    for result, content_hash in _pipe_with_hashes(pipeline, raws,
                                                  n_process=_processes(pipeline, n_process)):
        filed, new = store_result(store, result, content_hash)
        if new:
            _count(report, filed)
        else:
            report.skipped += 1
        if progress:
            progress.update(report)
    report.seconds = time.perf_counter() - t0
    if progress:
        progress.done(report)
    return report


def store_result(store: Any, result: Doc | Rejection,
                 content_hash: str | None) -> tuple[Doc | Rejection, bool]:
    """File one pipeline result in ``store``: what was filed, and whether it is new.

    A Doc is added (False when its content was already stored); a Rejection is recorded; a Doc
    the store refuses (StoreError) is recorded as a ``pipeline_error`` rejection instead, so one
    bad document never stops a run. ``ingest``, ``watch`` and the server's ingest share this.
    """
    if isinstance(result, Doc):
        try:
            return result, bool(store.add(result, content_hash=content_hash or ""))
        except StoreError as e:
            result = Rejection(id=result.id, reason="pipeline_error", error=str(e),
                               origin=result.meta.origin, content_hash=content_hash)
    store.add_rejection(result)
    return result, True


def _pipe_with_hashes(pipeline: Pipeline, items: Iterable[RawDocument | Rejection], *,
                      n_process: int = 1) -> Iterator[tuple[Doc | Rejection, str | None]]:
    """Pair each pipeline result with its input's content hash (results come in input order)."""
    pending: deque[str | None] = deque()

    def tap(it: Iterable[RawDocument | Rejection]) -> Iterator[RawDocument | Rejection]:
        for item in it:
            pending.append(item.content_hash)
            yield item

    for result in pipeline.pipe(tap(items), n_process=n_process):
        yield result, pending.popleft()


__all__ = ["BatchReport", "Progress", "assign_incidents", "extract", "ingest", "store_result"]
