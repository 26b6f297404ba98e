"""A fixed-width text table for terminals: one line per event, long cells cut with '…'."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, Any

from .flatten import flat_row

#: (header, flat column, width)
TABLE_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("date", "date_start", 10),
    ("type", "plover_type", 9),
    ("source", "source_names", 18),
    ("target", "target_names", 18),
    ("location", "location_name", 16),
    ("cc", "country_code", 2),
    ("factuality", "factuality", 11),
    ("conf", "confidence", 4),
    ("incident", "incident_id", 22),
    ("evidence", "evidence", 60),
)


def _cell(value: Any, width: int) -> str:
    if value is None:
        text = ""
    elif isinstance(value, float):
        text = f"{value:.2f}"
    else:
        text = " ".join(str(value).split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.ljust(width)


def write_table(events: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write a header, a rule, then one line per event; returns the number of events.

    >>> import io; buf = io.StringIO()
    >>> write_table([{"event_id": "a:e0", "plover_type": "ASSAULT", "confidence": 0.9}], buf)
    1
    >>> buf.getvalue().splitlines()[2].split()
    ['ASSAULT', '0.90']
    """
    out.write("  ".join(_cell(h, w) for h, _, w in TABLE_COLUMNS).rstrip() + "\n")
    out.write("  ".join("-" * w for _, _, w in TABLE_COLUMNS) + "\n")
    n = 0
    for e in events:
        row = flat_row(e)
        out.write("  ".join(_cell(row[c], w) for _, c, w in TABLE_COLUMNS).rstrip() + "\n")
        n += 1
    out.write(f"({n} event{'s' if n != 1 else ''})\n")
    return n


__all__ = ["write_table", "TABLE_COLUMNS"]
