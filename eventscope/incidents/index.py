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
from .features import (MATCH_THRESHOLD, EventKey, compatible_types, folded_text,
                       key_from_event, match_score)

#: Members of an incident compared with a new event (the first ones; bounds the work).
MAX_COMPARED = 12
#: Earlier reports a new event is compared with at most (the first ones to arrive, as in the
#: database path): a dense day of one type and country costs a bounded lookup, not one that
#: grows with every report filed.
MAX_CANDIDATES = 2000

Entry = tuple[int, str, EventKey]  # (arrival number, incident id, member)


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
        # (day, type) -> country (None: unknown or country-level) -> [(seq, incident id,
        # member)]: a new event is compared only with members of a compatible type, country
        # and date window.
        self._by_day: dict[tuple[Date, str], dict[str | None, list[Entry]]] = {}
        # vaguely dated members by exact wording (see features.vague_duplicates)
        self._vague: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        self._seq = 0

    def __len__(self) -> int:
        return len(self.incidents)

    def _entries(self, key: EventKey) -> list[Entry]:
        window = key.window
        if window is None:
            return list(self._vague.get((key.plover_type, folded_text(key.text)), ()))[:MAX_CANDIDATES]
        found: dict[int, Entry] = {}
        types = compatible_types(key.plover_type)
        for day in _days(window):
            for t in types:
                by_country = self._by_day.get((day, t))
                if not by_country:
                    continue
                lists = ([by_country.get(key.country_code, []), by_country.get(None, [])]
                         if key.sited else list(by_country.values()))
                for entries in lists:
                    # each list is in arrival order, so the first MAX_CANDIDATES of the union
                    # are among the first MAX_CANDIDATES of every list
                    for entry in entries[:MAX_CANDIDATES]:
                        found.setdefault(entry[0], entry)
        return [found[k] for k in sorted(found)[:MAX_CANDIDATES]]

    def candidates(self, key: EventKey) -> dict[str, list[EventKey]]:
        """Incident id -> its first members (at most MAX_COMPARED, in arrival order) whose type,
        country and date window could match ``key``: what the database path compares too."""
        out: dict[str, list[EventKey]] = {}
        for _, inc_id, member in self._entries(key):
            members = out.setdefault(inc_id, [])
            if len(members) < MAX_COMPARED:
                members.append(member)
        return out

    def best_match(self, key: EventKey) -> tuple[Incident | None, float]:
        """The incident ``key`` fits best and its score (single link), or None."""
        best: str | None = None
        best_score = float("-inf")
        for inc_id, members in self.candidates(key).items():
            scores = [s for m in members if (s := match_score(key, m)) is not None]
            if scores and max(scores) > best_score:
                best, best_score = inc_id, max(scores)
        if best is None or best_score < self.threshold:
            return None, best_score
        return self.incidents[best], best_score

    def add(self, key: EventKey) -> str:
        """File one event report; returns its incident id."""
        inc, _ = self.best_match(key)
        if inc is None:
            inc = Incident(incident_id_for(key.event_id), key.plover_type)
            self.incidents[inc.incident_id] = inc
        inc.members.append(key)
        self._seq += 1
        entry = (self._seq, inc.incident_id, key)
        window = key.window
        if window is None:
            self._vague[(key.plover_type, folded_text(key.text))].append(entry)
        else:
            for day in _days(window):
                by_country = self._by_day.setdefault((day, key.plover_type), {})
                # only a sited report is filed under its country: a bare country may be a
                # party's nationality and can match a site elsewhere (features.place_score)
                by_country.setdefault(key.country_code if key.sited else None,
                                      []).append(entry)
        return inc.incident_id

    def assign(self, doc: Doc) -> Doc:
        """Set ``incident_id`` on every event of ``doc`` (in place) and return it."""
        for event in doc.events:
            event.incident_id = self.add(key_from_event(event, doc))
        return doc


__all__ = ["MAX_CANDIDATES", "Incident", "IncidentIndex", "incident_id_for"]
