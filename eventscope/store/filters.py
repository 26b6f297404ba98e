"""Event filters: a validated dataclass turned into a parameterised SQL WHERE clause.

Values are always bound as parameters; the only SQL text chosen from user input is picked
from fixed whitelists (``ORDERS``), so no filter value can change the query's shape.

>>> f = EventFilter(plover_type="assault", country="sy")
>>> f.plover_type, f.country
(('ASSAULT',), ('SY',))
>>> where, params = build_where(f)
>>> params
['ASSAULT', 'SY']
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime as DateTime
from typing import Any

from ..doc import FACTUALITIES, PLOVER_TYPES
from ..errors import FilterError
from ..geodesy import EARTH_RADIUS_KM, distance_km


ORDERS: dict[str, str] = {
    "date": "e.date_start ASC NULLS LAST, e.id ASC",
    "-date": "e.date_start DESC, e.id DESC",  # NULLs sort last; walks the date index
    "confidence": "e.confidence ASC, e.id ASC",
    "-confidence": "e.confidence DESC, e.id ASC",
    "ingested": "e.id ASC",
    "-ingested": "e.id DESC",
    "rank": "bm25(events_fts) ASC, e.id ASC",
}


def _tuple(value: str | Sequence[str] | None, *, upper: bool = False) -> tuple[str, ...] | None:
    if value is None:
        return None
    items = (value,) if isinstance(value, str) else tuple(value)
    out = tuple(str(v).strip() for v in items if str(v).strip())
    if upper:
        out = tuple(v.upper() for v in out)
    return out or None


def _merge(one: str | Sequence[str] | None,
           many: Sequence[str] | None) -> str | Sequence[str] | None:
    if not many:
        return one
    first = () if one is None else ((one,) if isinstance(one, str) else tuple(one))
    return (*first, *many)


def _printable(value: str) -> str:
    """Drop control characters: SQLite ends a LIKE pattern at a NUL, matching everything."""
    return "".join(c for c in str(value) if ord(c) >= 32 and ord(c) != 127)


def _iso(value: str | Date | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, Date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return Date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:  # a full timestamp such as 2020-03-12T10:00:00: its date part
        return DateTime.fromisoformat(text).date().isoformat()
    except ValueError:
        raise FilterError(f"{name}={value!r} is not an ISO date; use YYYY-MM-DD.") from None


@dataclass(slots=True)
class EventFilter:
    """Which events to return, in which order. Every field is optional; all given ones must hold.

    - ``plover_type``/``factuality``/``country``: one value or several (any of them matches).
    - ``acled_type`` matches the ACLED event type or sub-event type (case-insensitive).
    - ``actor``: an actor_id, or a substring of a source's or target's name or mention text.
    - ``actor_id``: exactly this actor identity as a source or target (indexed; no names).
    - ``since``/``until``: ISO dates; an event matches when its date range overlaps them.
    - ``near=(lat, lon)`` with ``within_km``: great-circle distance to the event location.
    - ``bbox=(west, south, east, north)`` in degrees (GeoJSON order; west > east crosses 180).
    - ``text``: words that must all occur in the evidence sentence (FTS5, stemmed);
      ``"quoted phrases"`` and ``prefix*`` work; other FTS syntax is taken literally.
    - ``order``: one of :data:`ORDERS` (``-`` means descending); ``rank`` needs ``text``.
    - ``include_content=False`` leaves out embedded acts (events with a ``content_of``: the
      shelling in "threatened to shell"), so that a count takes each threat, refusal or
      accusation once.
    - ``plover_types`` and ``factualities`` are plural spellings of the same filters; values
      given in both are combined.
    """

    plover_type: str | Sequence[str] | None = None
    acled_type: str | None = None
    actor: str | None = None
    actor_id: str | None = None
    country: str | Sequence[str] | None = None
    since: str | Date | None = None
    until: str | Date | None = None
    near: tuple[float, float] | None = None
    within_km: float | None = None
    factuality: str | Sequence[str] | None = None
    min_confidence: float | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    incident_id: str | None = None
    document_id: int | None = None
    limit: int | None = None
    offset: int = 0
    order: str = "-date"
    include_content: bool = True
    plover_types: Sequence[str] | None = None
    factualities: Sequence[str] | None = None

    def __post_init__(self) -> None:
        self.plover_type = _merge(self.plover_type, self.plover_types)
        self.factuality = _merge(self.factuality, self.factualities)
        self.plover_types = self.factualities = None
        self.plover_type = _tuple(self.plover_type, upper=True)
        for t in self.plover_type or ():
            if t not in PLOVER_TYPES:
                raise FilterError(f"Unknown PLOVER type {t!r}. Valid: {', '.join(PLOVER_TYPES)}.")
        self.factuality = _tuple(self.factuality)
        if self.factuality:
            self.factuality = tuple(f.lower() for f in self.factuality)
        for f in self.factuality or ():
            if f not in FACTUALITIES:
                raise FilterError(f"Unknown factuality {f!r}. Valid: {', '.join(FACTUALITIES)}.")
        self.country = _tuple(self.country, upper=True)
        self.since = _iso(self.since, "since")
        self.until = _iso(self.until, "until")
        if self.since and self.until and self.since > self.until:
            raise FilterError(f"since={self.since} is after until={self.until}.")
        self.acled_type = _printable(self.acled_type or "").strip() or None
        self.actor = _printable(self.actor or "").strip() or None
        self.actor_id = _printable(self.actor_id or "").strip() or None
        self.text = (self.text or "").strip() or None
        self._check_geo()
        if self.min_confidence is not None:
            self.min_confidence = float(self.min_confidence)
            if not 0.0 <= self.min_confidence <= 1.0:
                raise FilterError(f"min_confidence={self.min_confidence} is not between 0 and 1.")
        if self.limit is not None and (int(self.limit) != self.limit or self.limit < 0):
            raise FilterError(f"limit={self.limit!r} must be a whole number >= 0.")
        if int(self.offset) != self.offset or self.offset < 0:
            raise FilterError(f"offset={self.offset!r} must be a whole number >= 0.")
        if self.order not in ORDERS:
            raise FilterError(f"Unknown order {self.order!r}. Valid: {', '.join(ORDERS)}.")
        if self.order == "rank" and not self.text:
            raise FilterError("order='rank' sorts by text relevance and needs a text filter.")

    def _check_geo(self) -> None:
        if self.near is not None:
            try:
                lat, lon = (float(v) for v in self.near)
            except (TypeError, ValueError):
                raise FilterError(f"near={self.near!r} must be (lat, lon) in degrees.") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise FilterError(f"near=({lat}, {lon}) is not a valid latitude/longitude.")
            if self.within_km is None:
                raise FilterError("near needs within_km (a radius in kilometres).")
            self.near = (lat, lon)
        if self.within_km is not None:
            self.within_km = float(self.within_km)
            if self.near is None:
                raise FilterError("within_km needs near=(lat, lon).")
            if not 0 <= self.within_km <= 20_100:
                raise FilterError(f"within_km={self.within_km} must be between 0 and 20100.")
        if self.bbox is not None:
            try:
                w, s, e, n = (float(v) for v in self.bbox)
            except (TypeError, ValueError):
                raise FilterError(
                    f"bbox={self.bbox!r} must be (west, south, east, north) in degrees.") from None
            if not (-90 <= s <= n <= 90 and -180 <= w <= 180 and -180 <= e <= 180):
                raise FilterError(f"bbox={self.bbox!r} is not (west, south, east, north).")
            self.bbox = (w, s, e, n)


def haversine_km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    """Great-circle distance in km, None for a missing point (the SQL function ``haversine_km``).

    >>> round(haversine_km(34.45, 40.92, 35.33, 40.14))
    121
    """
    if lat1 is None or lon1 is None:
        return None
    return distance_km(lat1, lon1, lat2, lon2)

def fts_query(text: str) -> str:
    """Turn user words into a safe FTS5 query: every word or "phrase" must occur.

    >>> fts_query('Abu Kamal "Islamic State" attack*')
    '"Abu" "Kamal" "Islamic State" "attack"*'
    """
    terms: list[str] = []
    # Control characters (NUL above all) end an FTS5 string early: treat them as spaces.
    text = "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in text)
    parts = text.split('"')
    for i, part in enumerate(parts):
        if i % 2 == 1 and i < len(parts) - 1:
            if part.strip():
                terms.append('"' + part.strip() + '"')
            continue
        for word in part.split():
            prefix = word.endswith("*") and len(word) > 1
            word = word.rstrip("*").replace('"', "")
            if word:
                terms.append('"' + word + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def _in(column: str, values: Sequence[str], where: list[str], params: list[Any]) -> None:
    where.append(f"{column} IN ({', '.join('?' for _ in values)})")
    params.extend(values)


def _selective(term: str) -> str:
    """Tell SQLite's planner that a term no index answers still rejects most rows.

    Without the hint a newest-first page walks the narrowest date index and reads the wide
    events row of every row it tests (a rare actor: ~100k random reads, half a second on 100k
    events); with it, the page walks events_date_filters, which holds the tested columns, and
    reads only the rows that match. ``likelihood`` changes the plan, never the result.
    """
    return f"likelihood(({term}), 0.25)"


def build_where(f: EventFilter, *, for_count: bool = False) -> tuple[str, list[Any]]:
    """The ``WHERE`` clause (over ``events e``) and its parameters for a filter.

    ``for_count``: the rows' order does not matter (a count or an aggregate), which lets some
    terms drive the query from their own index.
    """
    where: list[str] = []
    params: list[Any] = []
    if f.plover_type:
        _in("e.plover_type", f.plover_type, where, params)
    if f.factuality:
        _in("e.factuality", f.factuality, where, params)
    if f.country:
        _in("e.country_code", f.country, where, params)
    if f.acled_type:
        where.append(_selective("e.acled_event_type = ? COLLATE NOCASE "
                                "OR e.acled_sub_event_type = ? COLLATE NOCASE"))
        params += [f.acled_type, f.acled_type]
    if f.actor:
        # actor_ids/actor_names are '|'-joined, case-folded copies of the source and target
        # ids, names and mention texts (schema v3). Both sides are case-folded, so a plain
        # substring test (instr) matches exactly what a case-insensitive LIKE would, at a
        # fraction of the cost; the events_date_filters index holds both (schema v5).
        key = f.actor.casefold()
        where.append(_selective("instr(e.actor_ids, ?) > 0 OR instr(e.actor_names, ?) > 0"))
        params += ["|" + key + "|", key]
    if f.actor_id:
        # Exact identity through the (actor_id, role, event_id) index. The set of rowids is
        # built once; "+" keeps SQLite from fetching and sorting every one of them for a page
        # (an actor in half the events would cost a random read each): a page walks the date
        # index and tests membership there, stopping at the page's end. A count looks them up.
        ids = "a.event_id FROM event_args a" if for_count else (
            "ev.id FROM event_args a JOIN events ev ON ev.event_id = a.event_id")
        column = "e.event_id" if for_count else "+e.id"
        where.append(f"{column} IN (SELECT {ids} "
                     "WHERE a.actor_id = ? AND a.role IN ('source', 'target'))")
        params.append(f.actor_id)
    if f.since:
        where.append("coalesce(e.date_end, e.date_start) >= ?")
        params.append(f.since)
    if f.until:
        where.append("e.date_start <= ?")
        params.append(f.until)
    if f.min_confidence is not None:
        where.append("e.confidence >= ?")
        params.append(f.min_confidence)
    if f.incident_id:
        where.append("e.incident_id = ?")
        params.append(f.incident_id)
    if not f.include_content:
        where.append("e.content_of IS NULL")
    if f.document_id is not None:
        where.append("e.document_id = ?")
        params.append(int(f.document_id))
    if f.bbox:
        w, s, e, n = f.bbox
        where.append("e.lat BETWEEN ? AND ?")
        params += [s, n]
        if w <= e:
            where.append("e.lon BETWEEN ? AND ?")
            params += [w, e]
        else:
            where.append("(e.lon >= ? OR e.lon <= ?)")
            params += [w, e]
    if f.near and f.within_km is not None:
        lat, lon = f.near
        dlat = math.degrees(f.within_km / EARTH_RADIUS_KM)
        where.append("e.lat BETWEEN ? AND ?")
        params += [lat - dlat, lat + dlat]
        coslat = math.cos(math.radians(min(89.0, abs(lat) + dlat)))
        dlon = math.degrees(f.within_km / (EARTH_RADIUS_KM * max(coslat, 1e-6)))
        if dlon < 180 and -180 <= lon - dlon and lon + dlon <= 180:
            where.append("e.lon BETWEEN ? AND ?")
            params += [lon - dlon, lon + dlon]
        where.append("haversine_km(e.lat, e.lon, ?, ?) <= ?")
        params += [lat, lon, f.within_km]
    if f.text:
        query = fts_query(f.text)
        if query:
            where.append("events_fts MATCH ?")
            params.append(query)
    return (" AND ".join(where) or "1"), params


def needs_fts(f: EventFilter) -> bool:
    """Whether the query must join ``events_fts``."""
    return bool(f.text and fts_query(f.text))


__all__ = ["EventFilter", "FilterError", "ORDERS", "build_where", "haversine_km", "fts_query",
           "needs_fts"]
