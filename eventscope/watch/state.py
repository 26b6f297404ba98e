"""What the watcher remembers between polls, in ``watch_*`` tables of the store's own SQLite file.

- ``watch_feeds``: per feed URL, the validators for conditional requests (ETag, Last-Modified),
  its title, and how the last poll went;
- ``watch_pages``: every page URL met, with its outcome (``stored``, ``known``, ``rejected``:
  final; ``retry``: a transient failure, tried again on later polls up to ``max_attempts``);
- ``watch_files``: every file of a watched directory with the size and mtime last read, so only
  new or changed files are read again.

The tables are created on first use (``CREATE TABLE IF NOT EXISTS``); every write goes through
the store's own transaction, so the store stays the only writer of the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import StoreError

SCHEMA = """
CREATE TABLE IF NOT EXISTS watch_feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    status TEXT NOT NULL,
    error TEXT,
    n_items INTEGER NOT NULL DEFAULT 0,
    parsed INTEGER NOT NULL DEFAULT 0,
    polls INTEGER NOT NULL DEFAULT 0,
    last_polled TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS watch_pages (
    url TEXT PRIMARY KEY,
    feed_url TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    doc_id TEXT,
    content_hash TEXT,
    first_seen TEXT NOT NULL,
    last_tried TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS watch_pages_feed ON watch_pages(feed_url, status);
CREATE TABLE IF NOT EXISTS watch_files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    seen_at TEXT NOT NULL
);
"""

#: Page outcomes after which a page is never fetched again.
FINAL = ("stored", "known", "rejected")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(slots=True)
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None


class WatchState:
    """Reads and writes the ``watch_*`` tables of ``store`` (an open, writable Store)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        with self._write() as conn:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """The store's transaction; an SQLite failure becomes a StoreError naming the file."""
        try:
            with self.store.transaction() as conn:
                yield conn
        except sqlite3.Error as e:
            raise StoreError(f"Cannot record the watch state in {self.store.path}: {e}.") from e

    @property
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection = self.store.connection
        return conn

    # -- feeds --------------------------------------------------------------------------------

    def feed(self, url: str) -> FeedState | None:
        row = self._conn.execute("SELECT etag, last_modified, title FROM watch_feeds "
                                 "WHERE url = ?", (url,)).fetchone()
        return FeedState(url, row[0], row[1], row[2]) if row else None

    def save_feed(self, url: str, *, status: str, title: str | None = None,
                  etag: str | None = None, last_modified: str | None = None,
                  error: str | None = None, n_items: int | None = None,
                  keep_validators: bool = False) -> None:
        """Record a poll of a feed; validators are replaced unless ``keep_validators`` (a 304 or
        a failure keeps the ones the server gave last time)."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO watch_feeds(url, title, etag, last_modified, status, error, n_items,"
                " parsed, polls, last_polled) VALUES (?,?,?,?,?,?,?,?,1,?) ON CONFLICT(url) DO "
                "UPDATE SET title = coalesce(excluded.title, title), status = excluded.status, "
                "parsed = max(parsed, excluded.parsed), "
                "error = excluded.error, polls = polls + 1, last_polled = excluded.last_polled, "
                "n_items = coalesce(?, n_items), "
                "etag = CASE WHEN ? THEN etag ELSE excluded.etag END, "
                "last_modified = CASE WHEN ? THEN last_modified ELSE excluded.last_modified END",
                (url, title, etag, last_modified, status, error, n_items or 0,
                 int(status == "ok"), _now(), n_items,
                 keep_validators, keep_validators))

    def is_feed(self, url: str) -> bool:
        """True once ``url`` has answered with a feed that parsed (failures since don't count)."""
        return self._conn.execute("SELECT 1 FROM watch_feeds WHERE url = ? AND parsed = 1",
                                  (url,)).fetchone() is not None

    # -- pages --------------------------------------------------------------------------------

    def page_done(self, url: str) -> bool:
        """True when the page has a final outcome (never fetched again)."""
        row = self._conn.execute("SELECT status FROM watch_pages WHERE url = ?", (url,)).fetchone()
        return row is not None and row[0] in FINAL

    def attempts(self, url: str) -> int:
        row = self._conn.execute("SELECT attempts FROM watch_pages WHERE url = ?",
                                 (url,)).fetchone()
        return int(row[0]) if row else 0

    def pending_retries(self, feed_url: str) -> list[str]:
        """Pages of ``feed_url`` that failed transiently and are due another try."""
        return [r[0] for r in self._conn.execute(
            "SELECT url FROM watch_pages WHERE feed_url = ? AND status = 'retry' ORDER BY "
            "first_seen, url", (feed_url,))]

    def save_page(self, url: str, *, status: str, feed_url: str | None = None,
                  reason: str | None = None, error: str | None = None, doc_id: str | None = None,
                  content_hash: str | None = None, attempt: bool = True) -> None:
        """Record the outcome of fetching (and ingesting) one page."""
        now = _now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO watch_pages(url, feed_url, status, reason, error, attempts, doc_id,"
                " content_hash, first_seen, last_tried) VALUES (?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(url) DO UPDATE SET feed_url = coalesce(feed_url, excluded.feed_url),"
                " status = excluded.status, reason = excluded.reason, error = excluded.error, "
                "attempts = attempts + excluded.attempts, doc_id = excluded.doc_id, "
                "content_hash = excluded.content_hash, last_tried = excluded.last_tried",
                (url, feed_url, status, reason, error, int(attempt), doc_id, content_hash, now,
                 now))

    # -- files --------------------------------------------------------------------------------

    def file_changed(self, path: str, size: int, mtime_ns: int) -> bool:
        """True when ``path`` is new, or its size or mtime differs from the last read."""
        row = self._conn.execute("SELECT size, mtime_ns FROM watch_files WHERE path = ?",
                                 (path,)).fetchone()
        return row is None or (int(row[0]), int(row[1])) != (size, mtime_ns)

    def save_file(self, path: str, size: int, mtime_ns: int) -> None:
        with self._write() as conn:
            conn.execute("INSERT INTO watch_files(path, size, mtime_ns, seen_at) VALUES (?,?,?,?)"
                         " ON CONFLICT(path) DO UPDATE SET size = excluded.size, "
                         "mtime_ns = excluded.mtime_ns, seen_at = excluded.seen_at",
                         (path, size, mtime_ns, _now()))

    def counts(self) -> dict[str, int]:
        """Pages by status, for the CLI's summary."""
        return {r[0]: int(r[1]) for r in self._conn.execute(
            "SELECT status, count(*) FROM watch_pages GROUP BY status")}


__all__ = ["FINAL", "SCHEMA", "FeedState", "WatchState"]
