"""Read paths (files, directories, '-' for stdin) into RawDocuments, one per page or JSONL line.

What each input becomes:

- ``.txt``/``.text``/``.md``: one text document; ``.html``/``.htm``/``.xhtml``: one HTML page;
  ``.jsonl``/``.ndjson``: one document per line (see :func:`~eventscope.ingest.jsonl.read_jsonl`);
  any other extension is sniffed (a first line that is a JSON object: JSONL; markup: HTML;
  else text).
- ``NAME.gz``: decompressed and then read as NAME would be. The decompressed size is capped at
  ``Config.max_input_bytes`` (for JSONL, at the larger of that and 50 times the compressed
  size): past the cap the input is rejected with reason ``too_large``, which stops zip bombs.
- a directory: every file under it, recursively, in sorted order of relative path; hidden files
  and directories (names starting with '.'), ``*.meta.json`` sidecars, site assets
  (``ASSET_SUFFIXES``: .css, .js, images, fonts, archives, databases ...) and anything that is
  not a regular file (FIFOs, sockets, devices) are skipped.
- ``-``: standard input, read as JSONL when its first non-blank line starts with '{', else as
  one text (or HTML) document with the id ``stdin``.

**Ids of file documents**: the path relative to the directory given (or the file name when a
file is given), in '/' form, without its format suffixes: ``seed/abu-kamal-reinforcements.txt``
given as ``seed/`` gets the id ``abu-kamal-reinforcements``; ``pages/`` holding
``2024/kyiv.html.gz`` gives ``2024/kyiv``. If two inputs of one run get the same id, the later
keeps its suffixes (``kyiv.html``), then gets ``#2``, ``#3``... so ids stay unique and stable.

**Sidecar metadata**: ``NAME.meta.json`` next to a text or HTML file (``NAME`` without the format
suffixes) may give ``date``, ``title``, ``url`` and ``source`` for it, as strings.

Nothing here raises for a bad input: unreadable, missing, binary or oversized inputs come out
as :class:`~eventscope.doc.Rejection` with a reason from ``REJECTION_REASONS``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from ..config import Config
from ..doc import Rejection
from ..errors import InputError
from .decode import decode_bytes
from .jsonl import read_jsonl
from .records import RawDocument

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SIDECAR_SUFFIX = ".meta.json"
# Site assets a directory walk passes over (a mirrored site is full of them); given by name,
# such a file is still read, and rejected if it is not text.
ASSET_SUFFIXES = (".css", ".js", ".mjs", ".map", ".json", ".xml", ".svg", ".png", ".jpg",
                  ".jpeg", ".gif", ".webp", ".ico", ".bmp", ".tif", ".tiff", ".avif", ".woff",
                  ".woff2", ".ttf", ".otf", ".eot", ".pdf", ".zip", ".tar", ".tgz", ".7z", ".rar",
                  ".mp3", ".mp4", ".webm", ".ogg", ".wav", ".mov", ".avi", ".exe", ".dll", ".so",
                  ".pyc", ".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm")
GZ_RATIO = 50
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<div", b"<p>",
                 b"<article", b"<title")


def _format_of(name: str) -> str | None:
    """'text', 'html' or 'jsonl' from a (lower-case, .gz-less) file name, None when unknown."""
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("jsonl", JSONL_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def _strip_suffixes(name: str) -> str:
    """The name without ``.gz`` and a known format suffix: 'kyiv.html.gz' -> 'kyiv'."""
    lower = name.lower()
    if lower.endswith(".gz"):
        name, lower = name[:-3], lower[:-3]
    for suffix in (*TEXT_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES):
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def sniff_format(head: bytes) -> str:
    """Guess 'jsonl', 'html' or 'text' from the first bytes of an input of unknown type."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except (ValueError, RecursionError):
            pass
    lower = stripped[:4096].lower()
    if lower.startswith(b"<") and any(m in lower for m in _HTML_MARKERS):
        return "html"
    if any(m in lower for m in _HTML_MARKERS[:3]):
        return "html"
    return "text"


class _Ids:
    """Hands out unique document ids for file inputs within one run."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def make(self, rel: str) -> str:
        # a file name that is not valid UTF-8 arrives with surrogate escapes; ids must encode
        rel = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        candidates = [_strip_suffixes_path(rel), rel]
        for candidate in candidates:
            if candidate not in self.seen:
                self.seen.add(candidate)
                return candidate
        n = 2
        while f"{rel}#{n}" in self.seen:
            n += 1
        self.seen.add(f"{rel}#{n}")
        return f"{rel}#{n}"


def _strip_suffixes_path(rel: str) -> str:
    head, _, tail = rel.rpartition("/")
    return f"{head}/{_strip_suffixes(tail)}" if head else _strip_suffixes(tail)


def _read_capped(stream: IO[bytes], cap: int, what: str) -> bytes:
    """Read at most ``cap`` bytes; InputError(too_large) if there is more."""
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise InputError(f"{what} is larger than max_input_bytes ({cap:,} bytes); raise the "
                         "setting to read it", reason="too_large")
    return data


class _CappedReader(io.RawIOBase):
    """A byte stream that raises InputError(too_large) once more than ``cap`` bytes are read."""

    def __init__(self, inner: gzip.GzipFile | IO[bytes], cap: int, what: str) -> None:
        self.inner, self.cap, self.what, self.count = inner, cap, what, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        self.count += len(data)
        if self.count > self.cap:
            raise InputError(f"{self.what} decompresses to more than {self.cap:,} bytes (the "
                             "zip-bomb guard); raise max_input_bytes to read it",
                             reason="too_large")
        buffer[: len(data)] = data
        return len(data)


def _sidecar(path: Path) -> dict[str, str]:
    """Metadata from ``NAME.meta.json`` next to ``path``; InputError(bad_field) if unreadable."""
    side = path.with_name(_strip_suffixes(path.name) + SIDECAR_SUFFIX)
    if not side.is_file():
        return {}
    try:
        obj = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(f"sidecar {side} is not readable JSON: {e}", reason="bad_field") from None
    if not isinstance(obj, dict):
        raise InputError(f"sidecar {side} must hold a JSON object", reason="bad_field")
    meta: dict[str, str] = {}
    for key in ("date", "title", "url", "source"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"sidecar {side}: {key!r} must be a string", reason="bad_field")
        if value is not None:
            meta[key] = value
    return meta


def _page(doc_id: str, data: bytes, kind: str, origin: str, meta: dict[str, str]) -> RawDocument:
    text = decode_bytes(data)
    return RawDocument(id=doc_id, text=None if kind == "html" else text,
                       html=text if kind == "html" else None, origin=origin,
                       date=meta.get("date"), title=meta.get("title"), url=meta.get("url"),
                       source=meta.get("source"))


def read_file(path: Path, *, doc_id: str, config: Config) -> Iterator[RawDocument | Rejection]:
    """Read one file (text, HTML, JSONL, or .gz of one of them); never raises for bad input."""
    origin = str(path)
    cap = config.max_input_bytes
    name = path.name.lower()
    gz = name.endswith(".gz")
    kind = _format_of(name[:-3] if gz else name)

    def reject(e: InputError | str, reason: str = "") -> Rejection:
        return Rejection(id=doc_id, origin=origin, error=f"{path}: {e}",
                         reason=reason or getattr(e, "reason", "invalid_input"))

    try:
        size = path.stat().st_size
        with open(path, "rb") as raw_stream:
            stream: IO[bytes] = raw_stream
            if gz:
                limit = max(cap, GZ_RATIO * size) if kind == "jsonl" else cap
                stream = io.BufferedReader(_CappedReader(
                    gzip.GzipFile(fileobj=raw_stream, mode="rb"), limit, f"{path.name}"))
            elif kind != "jsonl" and size > cap:
                yield reject(f"the file has {size:,} bytes, more than max_input_bytes "
                             f"({cap:,}); raise the setting to read it", "too_large")
                return
            if kind is None:
                head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
                kind = sniff_format(head)
            if kind == "jsonl":
                yield from read_jsonl(stream, origin=origin, config=config)
                return
            data = _read_capped(stream, cap, path.name)
        yield _page(doc_id, data, kind, origin, _sidecar(path))
    except InputError as e:
        yield reject(e)
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        yield reject(f"corrupt or truncated gzip data ({e})", "bad_gzip")
    except FileNotFoundError:
        yield reject("no such file", "not_found")
    except OSError as e:
        yield reject(f"cannot read the file ({e.strerror or e})", "unreadable")


def _walk(root: Path) -> Iterator[Path]:
    """Every non-hidden file under ``root``, sorted by relative path, sidecars left out."""
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for f in filenames:
            if f.startswith(".") or f.lower().endswith((SIDECAR_SUFFIX, *ASSET_SUFFIXES)):
                continue
            p = Path(dirpath) / f
            if p.is_file():  # regular files (or links to them): no FIFOs, sockets, devices
                found.append((p.relative_to(root).as_posix(), p))
    for _, p in sorted(found):
        yield p


def read_stdin(stream: IO[bytes], *, config: Config) -> Iterator[RawDocument | Rejection]:
    """Read standard input: JSONL when the first non-blank line starts with '{', else one page."""
    cap = config.max_input_bytes
    prefix: list[bytes] = []
    while True:
        line = stream.readline(cap + 1)
        if not line:
            break
        prefix.append(line)
        if line.strip(b"\xef\xbb\xbf \t\r\n"):
            break
    if prefix and prefix[-1].lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
        yield from read_jsonl(_Chained(prefix, stream), origin="<stdin>", config=config)
        return
    try:
        data = b"".join(prefix)
        data += stream.read(max(0, cap + 1 - len(data)))
        if len(data) > cap:
            raise InputError(f"standard input is larger than max_input_bytes ({cap:,} bytes)",
                             reason="too_large")
        yield _page("stdin", data, sniff_format(data[:8192]), "<stdin>", {})
    except InputError as e:
        yield Rejection(id="stdin", origin="<stdin>", error=f"<stdin>: {e}", reason=e.reason)


class _Chained:
    """Lines already read, then the rest of a stream, behind one ``readline``."""

    def __init__(self, first: list[bytes], rest: IO[bytes]) -> None:
        self.first, self.rest = list(first), rest

    def readline(self, size: int = -1) -> bytes:
        if self.first:
            return self.first.pop(0)
        return self.rest.readline(size)


def iter_inputs(paths: Sequence[str | Path], *, config: Config,
                stdin: IO[bytes] | None = None) -> Iterator[RawDocument | Rejection]:
    """Every document in ``paths`` (files, directories, '-'), in order, as RawDocument or Rejection.

    >>> from eventscope.config import Config
    >>> from eventscope.ingest import sample_dir
    >>> [d.id for d in iter_inputs([sample_dir()], config=Config())][0]
    'abu-kamal-reinforcements'

    """
    ids = _Ids()
    for given in paths:
        if str(given) == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, config=config)
            continue
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                rel = file.relative_to(path).as_posix()
                yield from read_file(file, doc_id=ids.make(rel), config=config)
        else:
            yield from read_file(path, doc_id=ids.make(path.name), config=config)


__all__ = ["iter_inputs", "read_file", "read_stdin", "sniff_format", "TEXT_SUFFIXES",
           "HTML_SUFFIXES", "JSONL_SUFFIXES", "SIDECAR_SUFFIX", "ASSET_SUFFIXES"]
