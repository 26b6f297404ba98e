"""Reading gold and prediction files, and pairing predictions with gold documents by ``id``.

Predictions follow the batch contract (``eventscope extract`` output). A gold document with no
prediction line, a rejected line or an unparsable line counts as an empty prediction, and the
``coverage`` block says how many of each there were, so a bad run never looks like a good one.

>>> strip_gold({"id": "d1", "text": "x", "gold_places": []})
{'id': 'd1', 'text': 'x'}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ResourceError

Record = dict[str, Any]


@dataclass(slots=True)
class JsonLines:
    """The objects of a JSON Lines file plus the 1-based numbers of lines that were not objects."""

    rows: list[Record] = field(default_factory=list)
    bad_lines: list[int] = field(default_factory=list)


def read_jsonl(path: Path | str) -> JsonLines:
    """Read a JSONL file; blank lines are skipped, unparsable ones are counted, never fatal."""
    out = JsonLines()
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                out.bad_lines.append(number)
                continue
            if isinstance(obj, dict):
                out.rows.append(obj)
            else:
                out.bad_lines.append(number)
    return out


def read_gold(path: Path | str) -> list[Record]:
    """Gold records; a gold file must be clean, so a bad line is a :class:`ResourceError`."""
    try:
        got = read_jsonl(path)
    except OSError as e:
        raise ResourceError(f"Cannot read the gold file {path}: {e.strerror or e}. "
                            "Give the path of a JSONL file with gold_* fields.") from None
    except UnicodeDecodeError as e:
        raise ResourceError(f"The gold file {path} is not UTF-8 ({e.reason}).") from None
    if got.bad_lines:
        shown = ", ".join(str(n) for n in got.bad_lines[:10])
        raise ResourceError(f"{path}: line(s) {shown} are not JSON objects. A gold file must be "
                            "valid JSON Lines: fix or remove those lines.")
    missing = [i for i, r in enumerate(got.rows, 1) if "id" not in r]
    if missing:
        raise ResourceError(f"{path}: record(s) {missing[:10]} have no 'id'; gold is matched to "
                            "predictions by id.")
    return got.rows


def load_predictions(predictions: Path | str | Iterable[Mapping[str, Any]]) -> JsonLines:
    """Predictions from a JSONL path or from already parsed objects (non-dicts count as bad)."""
    if isinstance(predictions, (str, Path)):
        return read_jsonl(predictions)
    out = JsonLines()
    for number, obj in enumerate(predictions, 1):
        if isinstance(obj, Mapping):
            out.rows.append(dict(obj))
        else:
            out.bad_lines.append(number)
    return out


def strip_gold(record: Mapping[str, Any]) -> Record:
    """The contract input for a gold record: every ``gold_*`` key dropped."""
    return {k: v for k, v in record.items() if not k.startswith("gold_")}


@dataclass(slots=True)
class Predictions:
    """Prediction lines indexed by id, with the coverage figures of the pairing."""

    by_id: dict[str, Record]
    coverage: dict[str, int]

    def for_doc(self, doc_id: Any) -> Record:
        """The prediction for one gold id; ``{}`` (predicts nothing) if missing or rejected."""
        row = self.by_id.get(str(doc_id))
        if not row or row.get("status") == "rejected":
            return {}
        return row


def pair(gold: list[Record], lines: JsonLines) -> Predictions:
    """Index predictions by id (the first line of a duplicated id wins) and count coverage."""
    by_id: dict[str, Record] = {}
    duplicates = 0
    for row in lines.rows:
        if row.get("id") is None:
            continue
        key = str(row["id"])
        if key in by_id:
            duplicates += 1
        else:
            by_id[key] = row
    gold_ids = [str(g["id"]) for g in gold]
    gold_set = set(gold_ids)
    found = [k for k in gold_ids if k in by_id]
    coverage = {
        "gold_docs": len(gold),
        "output_lines": len(lines.rows) + len(lines.bad_lines),
        "matched_ids": len(found),
        "missing_ids": len(gold_ids) - len(found),
        "extra_ids": sum(1 for k in by_id if k not in gold_set),
        "duplicate_ids": duplicates,
        "unparsable_lines": len(lines.bad_lines),
        "rejected": sum(1 for k in found if by_id[k].get("status") == "rejected"),
    }
    return Predictions(by_id=by_id, coverage=coverage)


def as_list(value: Any) -> list[Any]:
    """``value`` if it is a list, else an empty list (a malformed field predicts nothing)."""
    return value if isinstance(value, list) else []


def events_of(prediction: Mapping[str, Any]) -> list[Record]:
    """The well-formed (dict) events of one prediction."""
    return [e for e in as_list(prediction.get("events")) if isinstance(e, dict)]


def number(value: Any) -> float | None:
    """A finite int/float as float, else None (bools and NaN are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    x = float(value)
    return x if x == x and x not in (float("inf"), float("-inf")) else None


def confidence(event: Mapping[str, Any]) -> float:
    """An event's confidence, 0.0 when missing or not a number."""
    value = event.get("confidence")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0.0
    return float(value)


__all__ = ["JsonLines", "Predictions", "Record", "as_list", "confidence", "events_of",
           "load_predictions", "number", "pair", "read_gold", "read_jsonl", "strip_gold"]
