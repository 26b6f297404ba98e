"""What one poll did, per source and in total: the lines ``eventscope watch`` prints."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class SourceReport:
    """One source in one poll. ``status``: 'ok', 'unchanged' (304, or nothing new) or 'failed'.

    ``new`` counts pages (or files) fetched for the first time or retried; each ends up
    ``stored``, ``known`` (content already in the store), ``rejected`` (with its reason in
    ``reasons``) or ``retry`` (a transient failure: tried again next poll). ``deferred`` pages
    were left for the next poll by ``max_pages``.
    """

    label: str
    status: str = "ok"
    error: str | None = None
    new: int = 0
    stored: int = 0
    known: int = 0
    rejected: int = 0
    retry: int = 0
    deferred: int = 0
    events: int = 0
    not_modified: bool = False
    reasons: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        if self.status == "failed":
            return f"{self.label}: FAILED: {self.error}"
        if not self.new and not self.deferred:
            return f"{self.label}: unchanged" + (" (304 Not Modified)" if self.not_modified else "")
        parts = [f"{self.new} new", f"{self.stored} stored ({self.events} events)"]
        if self.known:
            parts.append(f"{self.known} already known")
        if self.rejected:
            why = ", ".join(f"{k}: {v}" for k, v in self.reasons.most_common())
            parts.append(f"{self.rejected} rejected ({why})")
        if self.retry:
            parts.append(f"{self.retry} to retry")
        if self.deferred:
            parts.append(f"{self.deferred} deferred (--max-pages)")
        return f"{self.label}: " + ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.label, "status": self.status, "error": self.error,
                "new": self.new, "stored": self.stored, "known": self.known,
                "rejected": self.rejected, "retry": self.retry, "deferred": self.deferred,
                "events": self.events, "reasons": dict(self.reasons)}


@dataclass(slots=True)
class PollReport:
    """Every source of one poll, in the order given."""

    sources: list[SourceReport] = field(default_factory=list)
    seconds: float = 0.0

    def total(self, name: str) -> int:
        return sum(int(getattr(s, name)) for s in self.sources)

    @property
    def failed(self) -> list[SourceReport]:
        return [s for s in self.sources if s.status == "failed"]

    @property
    def unchanged(self) -> list[SourceReport]:
        return [s for s in self.sources if s.status != "failed" and not s.new and not s.deferred]

    def summary_line(self) -> str:
        return (f"poll: {len(self.sources)} sources ({len(self.unchanged)} unchanged, "
                f"{len(self.failed)} failed), "
                f"{self.total('new')} new pages, {self.total('stored')} stored, "
                f"{self.total('rejected')} rejected, {self.total('retry')} to retry; "
                f"{self.total('events')} events; {self.seconds:.1f} s")

    def lines(self, *, unchanged: bool = True) -> list[str]:
        """A line per source (without the unchanged ones if ``unchanged`` is False), then the
        summary."""
        quiet = {id(s) for s in self.unchanged} if not unchanged else set()
        return [s.line() for s in self.sources if id(s) not in quiet] + [self.summary_line()]

    def to_dict(self) -> dict[str, Any]:
        keys = ("new", "stored", "known", "rejected", "retry", "deferred", "events")
        return {"sources": [s.to_dict() for s in self.sources], "seconds": round(self.seconds, 3),
                **{k: self.total(k) for k in keys}, "failed_sources": len(self.failed)}


__all__ = ["PollReport", "SourceReport"]
