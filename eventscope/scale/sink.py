"""Where a batch run's results go, whatever engine produced them: counted, given incident ids
in input order (so every engine gives the same ids), stored and/or written as Parquet.

The sink runs in one process (the driver): the store has one writer, and incident ids are
assigned over the whole run in input order, exactly as ``extract`` assigns them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..batch import BatchReport, Progress, _count
from ..doc import Doc, Rejection
from ..incidents import IncidentIndex
from .tables import ParquetWriter


class BatchSink:
    """Consumes ``(result, content_hash)`` pairs part by part; call :meth:`end_part` after each
    part and :meth:`close` at the end."""

    def __init__(self, *, out_dir: str | Path | None = None, store: Any = None,
                 progress: Progress | None = None) -> None:
        if out_dir is None and store is None:
            raise ValueError("A batch run needs somewhere to write: an output folder, a "
                             "database, or both.")
        self.report = BatchReport()
        self.index = IncidentIndex()
        self.store = store
        self.writer = ParquetWriter(out_dir) if out_dir is not None else None
        self.progress = progress
        self._part = 0

    def add(self, result: Doc | Rejection, content_hash: str | None) -> None:
        if isinstance(result, Rejection):
            _count(self.report, result)
            if self.store is not None:
                self.store.add_rejection(result)
        else:
            self.index.assign(result)
            if self.store is not None and content_hash:
                if self.store.add(result, content_hash=content_hash):
                    _count(self.report, result)
                else:
                    self.report.skipped += 1
            else:
                _count(self.report, result)
        if self.writer is not None:
            self.writer.add(result)
        if self.progress:
            self.progress.update(self.report)

    def end_part(self) -> None:
        if self.writer is not None:
            self.writer.flush(self._part)
        self._part += 1

    def close(self, seconds: float) -> BatchReport:
        self.report.seconds = seconds
        if self.progress:
            self.progress.done(self.report)
        return self.report


__all__ = ["BatchSink"]
