"""Query-string parameters of the event endpoints, turned into a validated :class:`EventFilter`.

FastAPI checks types and ranges (a 422 names the parameter); :class:`EventFilter` checks the
meaning (a :class:`FilterError`, answered with a 400). No value ever becomes SQL text.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from ..store.filters import ORDERS, EventFilter, FilterError

#: The most events one list request returns; exports and map points have their own caps.
MAX_LIMIT = 1000
MAX_POINTS = 200_000
MAX_OFFSET = 1_000_000_000

_Short = Annotated[str | None, Query(max_length=200)]


def _floats(raw: str, name: str, n: int) -> tuple[float, ...]:
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) != n:
        raise FilterError(f"{name}={raw!r} needs {n} comma-separated numbers.")
    try:
        return tuple(float(p) for p in parts)
    except ValueError:
        raise FilterError(f"{name}={raw!r} needs {n} comma-separated numbers.") from None


def event_filter(
    type: Annotated[list[str] | None, Query(
        description="PLOVER type (ASSAULT, PROTEST, ...); repeat or comma-separate for any of "
                    "several.", max_length=400)] = None,
    acled_type: Annotated[str | None, Query(
        description="ACLED event type or sub-event type, e.g. Battles.", max_length=200)] = None,
    actor: Annotated[str | None, Query(
        description="Actor id, or part of a source's or target's name.", max_length=200)] = None,
    actor_id: Annotated[str | None, Query(
        description="Exactly this actor id as a source or target (no name matching; fast).",
        max_length=200)] = None,
    country: Annotated[list[str] | None, Query(
        description="ISO 3166 alpha-2 code of the event location; repeatable.",
        max_length=400)] = None,
    bbox: Annotated[str | None, Query(
        description="west,south,east,north in degrees.", max_length=200)] = None,
    near: Annotated[str | None, Query(
        description="lat,lon in degrees; needs within_km.", max_length=200)] = None,
    within_km: Annotated[float | None, Query(ge=0, le=20_100)] = None,
    since: Annotated[str | None, Query(description="YYYY-MM-DD", max_length=40)] = None,
    until: Annotated[str | None, Query(description="YYYY-MM-DD", max_length=40)] = None,
    factuality: Annotated[list[str] | None, Query(
        description="asserted, reported, hedged, speculative, negated or future; repeatable.",
        max_length=400)] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    q: Annotated[str | None, Query(
        description='Words that must all occur in the evidence; "phrases" and prefix* work.',
        max_length=500)] = None,
    incident: _Short = None,
    include_content: Annotated[bool, Query(
        description="false leaves out embedded acts (the shelling in 'threatened to shell'), "
                    "so counts take each threat or refusal once.")] = True,
    sort: Annotated[str, Query(description="One of: " + ", ".join(ORDERS),
                               max_length=20)] = "-date",
) -> EventFilter:
    """Build the filter from the query string (limit and offset are set by each endpoint)."""

    def split(values: list[str] | None) -> list[str] | None:
        if not values:
            return None
        return [v for raw in values for v in raw.split(",") if v.strip()] or None

    bbox_t = _floats(bbox, "bbox", 4) if bbox else None
    near_t = _floats(near, "near", 2) if near else None
    return EventFilter(
        plover_type=split(type), acled_type=acled_type, actor=actor, actor_id=actor_id,
        country=split(country),
        since=since, until=until, near=near_t,  # type: ignore[arg-type]
        within_km=within_km, factuality=split(factuality), min_confidence=min_confidence,
        text=q, bbox=bbox_t, incident_id=incident, order=sort,  # type: ignore[arg-type]
        include_content=include_content,
    )


__all__ = ["event_filter", "MAX_LIMIT", "MAX_POINTS", "MAX_OFFSET"]
