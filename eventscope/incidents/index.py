"""An incremental, in-memory index of incidents over a stream of documents.

Each new event is compared only with incidents whose date window overlaps its own (a day
bucket index), joins the best-scoring one at or above the threshold, or starts a new incident.
Nothing already assigned is recomputed, so a stream of any length costs one lookup per event,
and output written earlier never needs rewriting: an incident keeps the id of its first event.

>>> import eventscope                                                        # doctest: +SKIP
>>> index = IncidentIndex()                                                  # doctest: +SKIP
>>> for doc in docs: index.assign(doc)                                       # doctest: +SKIP
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from typing import Any

from ..doc import Doc
from .features import MATCH_THRESHOLD, EventKey, key_from_event, match_score

#: Members of an incident compared with a new event (the first ones; bounds the work).
MAX_COMPARED = 12


def incident_id_for(event_id: str) -> str:
    """The id of an incident started by ``event_id``: stable across runs on the same input."""
    return f"inc:{event_id}"


@dataclass(slots=True)
class Incident:
    """One real-world incident and every report of it."""

    incident_id: str
    plover_type: str
    members: list[EventKey] = field(default_factory=list)

    @property
    def event_ids(self) -> list[str]:
        return [m.event_id for m in self.members]

    @property
    def sources(self) -> list[str]:
        """Distinct outlets (or documents, when the outlet is unknown), first seen first."""
        return list(dict.fromkeys(m.outlet for m in self.members))

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(m.doc for m in self.members))

    def fatalities(self) -> tuple[int, int] | None:
        """The reconciled death toll: the lowest and highest count any report gives."""
        tolls = [(m.fatalities_min if m.fatalities_min is not None else m.fatalities_max,
                  m.fatalities_max) for m in self.members if m.fatalities_max is not None]
        if not tolls:
            return None
        return min(t[0] for t in tolls if t[0] is not None), max(t[1] for t in tolls)

    def to_dict(self) -> dict[str, Any]:
        reports = sorted(m.report_date for m in self.members if m.report_date)
        starts = [m.date_start for m in self.members if m.date_start]
        ends = [m.date_end for m in self.members if m.date_end]
        fat = self.fatalities()
        return {
            "incident_id": self.incident_id, "plover_type": self.plover_type,
            "n_events": len(self.members), "n_documents": len(self.documents),
            "n_sources": len(self.sources), "sources": self.sources,
            "event_ids": self.event_ids,
            "first_report": reports[0] if reports else None,
            "last_report": reports[-1] if reports else None,
            "date_start": min(starts).isoformat() if starts else None,
            "date_end": max(ends).isoformat() if ends else None,
            "fatalities": {"min": fat[0], "max": fat[1]} if fat else None,
        }


def _days(window: tuple[Date, Date]) -> Iterable[Date]:
    d = window[0]
    while d <= window[1]:
        yield d
        d += timedelta(days=1)


class IncidentIndex:
    """Incidents seen so far in a run; :meth:`assign` gives each new event its incident id."""

    def __init__(self, *, threshold: float = MATCH_THRESHOLD) -> None:
        self.threshold = threshold
        self.incidents: dict[str, Incident] = {}
        self._by_day: dict[Date, list[str]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.incidents)

    def candidates(self, key: EventKey) -> list[Incident]:
        """Incidents with a member whose date window overlaps ``key``'s."""
        window = key.window
        if window is None:
            return []
        seen: dict[str, Incident] = {}
        for day in _days(window):
            for inc_id in self._by_day.get(day, ()):
                if inc_id not in seen:
                    seen[inc_id] = self.incidents[inc_id]
        return list(seen.values())

    def best_match(self, key: EventKey) -> tuple[Incident | None, float]:
        """The incident ``key`` fits best and its score (single link over the first members)."""
        best: Incident | None = None
        best_score = float("-inf")
        for inc in self.candidates(key):
            scores = [s for m in inc.members[:MAX_COMPARED]
                      if (s := match_score(key, m)) is not None]
            if scores and max(scores) > best_score:
                best, best_score = inc, max(scores)
        if best is None or best_score < self.threshold:
            return None, best_score
        return best, best_score

    def add(self, key: EventKey) -> str:
        """File one event report; returns its incident id."""
        inc, _ = self.best_match(key)
        if inc is None:
            inc = Incident(incident_id_for(key.event_id), key.plover_type)
            self.incidents[inc.incident_id] = inc
        inc.members.append(key)
        window = key.window
        if window is not None:
            for day in _days(window):
                bucket = self._by_day[day]
                if inc.incident_id not in bucket:
                    bucket.append(inc.incident_id)
        return inc.incident_id

    def assign(self, doc: Doc) -> Doc:
        """Set ``incident_id`` on every event of ``doc`` (in place) and return it."""
        for event in doc.events:
            event.incident_id = self.add(key_from_event(event, doc))
        return doc


__all__ = ["Incident", "IncidentIndex", "incident_id_for"]
