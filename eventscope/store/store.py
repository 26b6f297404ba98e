"""The SQLite store: the only writer of an eventscope database, and its query API.

One transaction per document (``BEGIN IMMEDIATE`` ... ``COMMIT``): a document is stored with
all its places, actors, events and argument spans, or not at all, so a killed ingest leaves a
consistent database and re-running it completes the set. Re-adding known content is a no-op.
WAL mode lets readers (``Store(path, readonly=True)``, the server) read while a writer writes.

>>> with Store(":memory:") as store:
...     store.summary()["documents"]
0
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

from ..doc import Doc, Rejection
from ..errors import StoreError
from . import queries, writer
from .filters import EventFilter, FilterError, haversine_km
from .schema import check_version, current_version, latest_version, migrate

T = TypeVar("T")


class Store:
    """An eventscope database. Use as a context manager, or call :meth:`close`.

    ``readonly=True`` opens with a ``mode=ro`` URI: writes fail, nothing is migrated, and the
    database must exist. ``timeout`` is how long (seconds) to wait for another writer's lock.
    ``link_incidents`` (default on) files each stored event under a cross-document incident.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False, timeout: float = 30.0,
                 link_incidents: bool = True) -> None:
        self.path = str(path)
        self.readonly = readonly
        self.link_incidents = link_incidents
        self._lock = threading.RLock()
        self._conn = self._connect(timeout)
        try:
            if readonly:
                version = check_version(self._conn, path=self.path)
                if version < latest_version():
                    raise StoreError(
                        f"{self.path} has schema version {version} and needs migrating to "
                        f"{latest_version()}; open it once read-write (for example with "
                        "`eventscope ingest`) before serving it read-only.")
            else:
                migrate(self._conn, path=self.path)
        except BaseException:
            self._conn.close()
            raise

    def _connect(self, timeout: float) -> sqlite3.Connection:
        memory = self.path == ":memory:"
        if self.readonly and memory:
            raise StoreError("A read-only store needs a database file, not ':memory:'.")
        if self.readonly:
            p = Path(self.path)
            if not p.is_file():
                raise StoreError(f"No database at {self.path}; create it with `eventscope ingest`.")
            target, uri = f"file:{quote(str(p.resolve()))}?mode=ro", True
        else:
            if not memory:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            target, uri = self.path, False
        try:
            conn = sqlite3.connect(target, uri=uri, timeout=timeout, isolation_level=None,
                                   check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not self.readonly and not memory:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.create_function("haversine_km", 4, haversine_km, deterministic=True)
            if not self.readonly:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as e:
            raise StoreError(f"Cannot open the database {self.path}: {e}. Is it an SQLite file "
                             "made by eventscope, and readable?") from e
        return conn

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return current_version(self._conn)

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for ad-hoc reads (datasette-style); do not write with it."""
        return self._conn

    # -- writes -------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolls back on any exception."""
        if self.readonly:
            raise StoreError(f"{self.path} was opened read-only; open it with readonly=False "
                             "to write.")
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise StoreError(f"Cannot start a write on {self.path}: {e}.") from e
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def add(self, doc: Doc, *, content_hash: str) -> bool:
        """Store a processed document with everything extracted from it, in one transaction.

        Returns False, and writes nothing, when ``content_hash`` is already stored.
        """
        if not content_hash:
            raise StoreError(f"Document {doc.id!r} has no content_hash; the store needs one "
                             "to make re-ingest a no-op (use RawDocument.content_hash).")
        try:
            doc.check_offsets()
        except ValueError as e:
            raise StoreError(f"Refusing to store document {doc.id!r}: {e}") from e
        try:
            with self.transaction() as conn:
                rowid = writer.insert_document(conn, doc, content_hash=content_hash)
                if rowid is None:
                    return False
                writer.upsert_actors(conn, doc)
                writer.insert_places(conn, doc, rowid)
                writer.insert_actor_mentions(conn, doc, rowid)
                writer.insert_events(conn, doc, rowid)
                if self.link_incidents:
                    event_ids = [r[0] for r in conn.execute(
                        "SELECT event_id FROM events WHERE document_id = ? ORDER BY seq",
                        (rowid,))]
                    from ..incidents.sqlite import link_events

                    for event, inc in zip(doc.events, link_events(conn, event_ids,
                                                                  now=writer.utc_now())):
                        event.incident_id = inc
        except sqlite3.Error as e:
            raise StoreError(f"Could not store document {doc.id!r} in {self.path}: {e}. "
                             "Nothing of it was written.") from e
        return True

    def add_rejection(self, rej: Rejection) -> bool:
        """Record a rejected input; False when the same (origin, line, content) is recorded."""
        try:
            with self.transaction() as conn:
                return writer.insert_rejection(conn, rej)
        except sqlite3.Error as e:
            raise StoreError(f"Could not record the rejection of {rej.id!r}: {e}.") from e

    def has(self, content_hash: str, *, include_rejected: bool = False) -> bool:
        """Whether this content is already stored (so ingest can skip parsing it again)."""
        with self._lock:
            if self._conn.execute("SELECT 1 FROM documents WHERE content_hash = ?",
                                  (content_hash,)).fetchone():
                return True
            return include_rejected and self._conn.execute(
                "SELECT 1 FROM rejected WHERE content_hash = ?", (content_hash,)
            ).fetchone() is not None

    # -- reads --------------------------------------------------------------------------------

    def _read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._lock:
            try:
                return fn(self._conn, *args, **kwargs)
            except sqlite3.Error as e:
                raise StoreError(f"Query on {self.path} failed: {e}.") from e

    def iter_events(self, filters: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Stream the matching events; see :class:`EventFilter`. Use for large exports."""
        it = queries.iter_events(self._conn, filters or EventFilter())
        while True:
            with self._lock:
                try:
                    item = next(it)
                except StopIteration:
                    return
                except sqlite3.Error as e:
                    raise StoreError(f"Query on {self.path} failed: {e}.") from e
            yield item

    def events(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """The matching events as contract-shaped dicts plus doc_id, title, url, pub_date.

        >>> with Store(":memory:") as s:
        ...     s.events(EventFilter(plover_type="ASSAULT", limit=10))
        []
        """
        return list(self.iter_events(filters))

    def count(self, filters: EventFilter | None = None) -> int:
        """The number of matching events, ignoring limit/offset."""
        return self._read(queries.count_events, filters or EventFilter())

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its ``args`` and its ``document``; None when unknown."""
        return self._read(queries.get_event, event_id)

    def document(self, key: int | str) -> dict[str, Any] | None:
        """A document by rowid or doc_id, with text, sentences, places, actors and events."""
        return self._read(queries.get_document, key)

    def summary(self, *, top: int = 10) -> dict[str, Any]:
        """Counts of documents, rejections by reason, events by type, top actors and places."""
        out = self._read(queries.summary, top=top)
        out["schema_version"] = self.schema_version
        return out

    def counts(self, by: str = "day", filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """Events per ``by`` period (day, week, month, year) and type: ``{period, plover_type,
        count}``; weeks start on Monday."""
        if by not in queries.PERIODS:
            raise FilterError(f"Unknown period {by!r}. Valid: {', '.join(queries.PERIODS)}.")
        return self._read(queries.counts, by, filters or EventFilter())

    def points(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """Located events as light rows (event_id, lat, lon, plover_type, date_start,
        factuality, confidence, location_name) for maps: no JSON parsing, so it stays fast."""
        return self._read(queries.points, filters or EventFilter())

    def actors(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Actor identities with event and mention counts."""
        return self._read(queries.actors, limit=limit, offset=offset)

    def places(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Resolved places with mention and event counts."""
        return self._read(queries.places, limit=limit, offset=offset)

    def incidents(self, *, min_sources: int = 1, limit: int | None = 100,
                  offset: int = 0) -> list[dict[str, Any]]:
        """Incidents reported by at least ``min_sources`` outlets, most reported first: id,
        type, n_events, n_documents, n_sources, first/last report, dates, fatalities, place."""
        from ..incidents.sqlite import list_incidents

        return self._read(list_incidents, min_sources=min_sources, limit=limit, offset=offset)

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident with its ``mentions`` (each event reporting it, with its document)."""
        from ..incidents.sqlite import get_incident

        return self._read(get_incident, incident_id)

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check``: 'ok' for a healthy database."""
        with self._lock:
            return "\n".join(str(r[0]) for r in self._conn.execute("PRAGMA integrity_check"))


__all__ = ["Store"]
