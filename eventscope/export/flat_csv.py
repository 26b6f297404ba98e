"""Flat CSV: one row per event, actors joined with ';' (for spreadsheets and pandas)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import IO, Any

from .flatten import FLAT_COLUMNS, flat_row, spreadsheet_safe


def write_csv(events: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write a header and one row per event (columns: ``FLAT_COLUMNS``); returns the rows.

    >>> import io; buf = io.StringIO()
    >>> write_csv([{"event_id": "a:e0", "plover_type": "AID"}], buf)
    1
    >>> buf.getvalue().splitlines()[1].startswith("a:e0,,,,AID")
    True
    """
    w = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for e in events:
        w.writerow(spreadsheet_safe(flat_row(e)))
        n += 1
    return n


__all__ = ["write_csv"]
