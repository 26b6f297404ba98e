"""What a SOURCE argument names: a URL (a feed, or a page), a file listing URLs, or a
directory whose new files are ingested.

A list file has one URL per line; blank lines and ``#`` comments are skipped. It is read again
at every poll, so URLs can be added while the watcher runs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from ..ingest.files import (
    ASSET_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    SIDECAR_SUFFIX,
    TEXT_SUFFIXES,
)


@dataclass(frozen=True, slots=True)
class Source:
    """One SOURCE argument: ``kind`` is 'url', 'list' or 'directory'."""

    kind: str
    value: str

    @property
    def label(self) -> str:
        return {"url": "feed", "list": "list", "directory": "dir"}[self.kind] + " " + self.value


def is_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def classify(value: str) -> Source:
    """The kind of a SOURCE argument; InputError when it is none of them.

    >>> classify("https://news.example/rss").kind
    'url'
    """
    if is_url(value):
        return Source("url", value)
    path = Path(value)
    if path.is_dir():
        return Source("directory", value)
    if path.is_file():
        return Source("list", value)
    raise InputError(f"{value}: not an http(s) URL, a directory, or a file listing URLs",
                     reason="not_found")


def read_url_list(path: str | Path) -> list[str]:
    """The URLs of a list file, in order, without duplicates; InputError for a bad line.

    Lines that are not http(s) URLs make the whole list fail with their line number, so a typo
    is seen rather than silently skipped.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the URL list ({e})", reason="unreadable") from None
    urls: list[str] = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        line = re.split(r"\s#", line, maxsplit=1)[0].strip()  # a trailing ' # comment'
        if not is_url(line):
            raise InputError(f"{path}:{n}: {line!r} is not an http(s) URL", reason="bad_field")
        if line not in urls:
            urls.append(line)
    return urls


def document_id(rel: str) -> str:
    """The id ``eventscope ingest DIR`` gives a file: its relative path without format suffixes.

    >>> document_id("2024/kyiv.html.gz")
    '2024/kyiv'
    """
    head, _, name = rel.rpartition("/")
    lower = name.lower()
    if lower.endswith(".gz"):
        name, lower = name[:-3], lower[:-3]
    for suffix in (*TEXT_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES):
        if lower.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return f"{head}/{name}" if head else name


def walk_directory(root: Path) -> Iterator[tuple[str, Path, os.stat_result]]:
    """(relative path, path, stat) of every file ingest would read under ``root``, sorted.

    Hidden files are skipped: write a file under a hidden name and rename it when complete,
    so a half-written file is never read.
    """
    found: list[tuple[str, Path, os.stat_result]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or name.lower().endswith((SIDECAR_SUFFIX, *ASSET_SUFFIXES)):
                continue
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError:
                continue  # gone between the listing and the stat
            if path.is_file():
                found.append((path.relative_to(root).as_posix(), path, st))
    found.sort(key=lambda t: t[0])
    yield from found


__all__ = ["Source", "classify", "document_id", "is_url", "read_url_list", "walk_directory"]
