"""ACLED-style CSV: ACLED's column names, for analysts who already have ACLED tooling.

Only events with an ACLED counterpart (``acled_event_type`` set) are written: an ACLED row
without an event type would mislead. Dates stay ISO (``YYYY-MM-DD``). ``geo_precision`` and
``time_precision`` use ACLED's 1 (exact) .. 3 (coarse) codes; ``fatalities`` is the lowest
reported figure, as ACLED codes it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import IO, Any

from .flatten import actor_label, evidence_text, spreadsheet_safe

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)

GEO_PRECISION: dict[str, int] = {"point": 1, "town": 1, "district": 2, "region": 3, "country": 3}
TIME_PRECISION: dict[str, int] = {"day": 1, "range": 2, "week": 2, "publication": 2,
                                  "month": 3, "year": 3}


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str:
    """``"SY"`` -> ``"Syria"``-like name from pycountry; the code itself when unknown."""
    if not code:
        return ""
    import pycountry  # imported here: only this export needs it

    c = pycountry.countries.get(alpha_2=code.upper())
    if c is None:
        return code
    return str(getattr(c, "common_name", None) or c.name)


@lru_cache(maxsize=512)
def iso_numeric(code: str | None) -> str:
    if not code:
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    return str(int(c.numeric)) if c is not None else ""


def acled_row(e: Mapping[str, Any]) -> dict[str, Any]:
    """One event in ACLED's columns."""
    loc = e.get("location") or {}
    date = e.get("date") or {}
    fat = e.get("fatalities") or {}
    sources = [actor_label(a) for a in e.get("source") or []]
    targets = [actor_label(a) for a in e.get("target") or []]
    day = date.get("start") or ""
    cc = loc.get("country_code")
    return {
        "event_id_cnty": e.get("event_id"),
        "event_date": day,
        "year": day[:4],
        "time_precision": TIME_PRECISION.get(date.get("precision") or "", 3) if day else "",
        "event_type": e.get("acled_event_type"),
        "sub_event_type": e.get("acled_sub_event_type"),
        "actor1": sources[0] if sources else "",
        "assoc_actor_1": "; ".join(sources[1:]),
        "actor2": targets[0] if targets else "",
        "assoc_actor_2": "; ".join(targets[1:]),
        "iso": iso_numeric(cc),
        "country": country_name(cc),
        "admin1": loc.get("admin1") or "",
        "location": loc.get("name") or loc.get("text") or "",
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "geo_precision": GEO_PRECISION.get(loc.get("precision") or "", 3) if loc else "",
        "source": e.get("doc_source") or e.get("url") or e.get("doc_id") or "",
        "notes": evidence_text(e),
        "fatalities": fat.get("min", 0) if fat else 0,
    }


def write_acled_csv(events: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write ACLED-style rows for the events that have an ACLED type; returns the rows.

    >>> import io; buf = io.StringIO()
    >>> write_acled_csv([{"event_id": "a:e0", "acled_event_type": "Battles"},
    ...                  {"event_id": "a:e1", "acled_event_type": None}], buf)
    1
    """
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for e in events:
        if not e.get("acled_event_type"):
            continue
        w.writerow(spreadsheet_safe(acled_row(e)))
        n += 1
    return n


__all__ = ["write_acled_csv", "acled_row", "ACLED_COLUMNS", "country_name"]
