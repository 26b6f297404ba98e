"""JSON Lines: one contract-shaped event object per line (the lossless format)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any


def write_jsonl(events: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write one JSON object per event; returns the number written.

    >>> import io; buf = io.StringIO()
    >>> write_jsonl([{"event_id": "a:e0"}], buf), buf.getvalue()
    (1, '{"event_id": "a:e0"}\\n')
    """
    n = 0
    for e in events:
        out.write(json.dumps(e, ensure_ascii=False) + "\n")
        n += 1
    return n


__all__ = ["write_jsonl"]
