"""JSONL input: one document per line, as in the batch contract; one result per line, always.

Each line yields a :class:`RawDocument` or a :class:`Rejection` naming the line, the id when one
could be read, and a reason from :data:`~eventscope.ingest.reasons.REJECTION_REASONS`. Nothing
here raises on bad input: a blank line, broken JSON, a missing id, wrong types, a line over
``Config.max_input_bytes`` all become rejections, so the output has one line per input line.

>>> import io
>>> from eventscope.config import Config
>>> [type(r).__name__ for r in read_jsonl(io.StringIO('{"id": "a", "text": "Hi"}\\n\\n'),
...                                        origin="<doc>", config=Config())]
['RawDocument', 'Rejection']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, Protocol

from ..config import Config
from ..doc import Rejection
from ..errors import InputError
from .decode import decode_bytes
from .records import RawDocument

_OPTIONAL_FIELDS = ("date", "title", "url", "source")
_CHUNK = 1 << 20


class LineReader(Protocol):
    """Anything with a ``readline(size)``: files, sockets, wrapped streams."""

    def readline(self, size: int = -1, /) -> str | bytes: ...


Lines = IO[str] | IO[bytes] | LineReader | Iterable[str | bytes]


class LineError(InputError):
    """A bad JSONL line; carries the line's id when one could be read."""

    def __init__(self, message: str, *, reason: str, doc_id: str | None = None) -> None:
        super().__init__(message, reason=reason)
        self.doc_id = doc_id


def _bounded_lines(stream: Lines, cap: int
                   ) -> Iterator[str | bytes | None]:
    """The lines of ``stream``; None stands for a line longer than ``cap`` (read, not kept)."""
    readline = getattr(stream, "readline", None)
    if readline is None:  # a plain iterable of lines
        assert isinstance(stream, Iterable)
        for line in stream:
            yield None if len(line) > cap else line
        return
    while True:
        line = readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not _ends_line(line):
            while True:  # skip the rest of the over-long line without keeping it
                rest = readline(_CHUNK)
                if not rest or _ends_line(rest):
                    break
            yield None
            continue
        yield line


def _ends_line(line: str | bytes) -> bool:
    return line.endswith(b"\n") if isinstance(line, bytes) else line.endswith("\n")


def _line_text(line: str | bytes, number: int) -> str:
    """A line as text: UTF-8 (a BOM on the first line is dropped), else the decoding rules."""
    if isinstance(line, str):
        text = line
    else:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_bytes(line)
    if number == 1:
        text = text.removeprefix("\ufeff")
    return text.rstrip("\r\n")


def parse_line(text: str, *, number: int, origin: str) -> RawDocument:
    """One JSONL line -> RawDocument; raises :class:`LineError` with a reason for a bad line."""
    if not text.strip():
        raise LineError("blank line: every input line must be one JSON object",
                         reason="empty_line")
    try:
        obj: Any = json.loads(text)
    except RecursionError:
        raise LineError("not valid JSON: nested too deeply", reason="not_json") from None
    except ValueError as e:  # JSONDecodeError, and integers too long to convert
        raise LineError(f"not valid JSON: {e}", reason="not_json") from None
    if not isinstance(obj, dict):
        raise LineError(f"expected a JSON object with an 'id', got a JSON {_json_kind(obj)}",
                         reason="not_object")
    doc_id = _read_id(obj)
    values: dict[str, str | None] = {}
    for key in ("text", "html", *_OPTIONAL_FIELDS):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise LineError(f"field {key!r} must be a string or null, got a JSON "
                             f"{_json_kind(value)}", reason="bad_field", doc_id=doc_id)
        values[key] = value
    if values["text"] is None and values["html"] is None:
        raise LineError("the object has neither 'text' nor 'html': give the page in one of them",
                         reason="no_content", doc_id=doc_id)
    return RawDocument(id=doc_id, origin=origin, line=number, **values)


def _read_id(obj: dict[str, Any]) -> str:
    if "id" not in obj or obj["id"] is None:
        raise LineError("the object has no 'id': every input line needs a string id",
                         reason="missing_id")
    raw = obj["id"]
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        raise LineError(f"'id' must be a string, got a JSON {_json_kind(raw)}", reason="bad_id")
    doc_id = str(raw)
    if not doc_id.strip():
        raise LineError("'id' is an empty string", reason="bad_id")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in doc_id):
        raise LineError("'id' contains an unpaired surrogate escape (\\ud800-\\udfff)",
                         reason="bad_id")
    return doc_id


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def read_jsonl(stream: Lines, *, origin: str,
               config: Config, first_line: int = 1) -> Iterator[RawDocument | Rejection]:
    """Read JSONL documents from ``stream``: exactly one result per line, in order; never raises.

    Lines are numbered from ``first_line`` (1-based). Bytes are read as UTF-8, falling back to
    the decoding rules of :func:`~eventscope.ingest.decode.decode_bytes` for a damaged line.
    """
    number = first_line - 1
    for line in _bounded_lines(stream, config.max_input_bytes):
        number += 1
        if line is None:
            yield Rejection(id=None, line=number, origin=origin, reason="too_large",
                            error=f"line {number} is longer than max_input_bytes "
                                  f"({config.max_input_bytes:,})")
            continue
        try:
            raw = parse_line(_line_text(line, number), number=number, origin=origin)
        except InputError as e:  # LineError, or InputError(binary) from decoding the line
            yield Rejection(id=getattr(e, "doc_id", None), line=number, origin=origin,
                            reason=e.reason, error=f"line {number}: {e}")
            continue
        yield raw


__all__ = ["read_jsonl", "parse_line", "LineError", "LineReader", "Lines"]
