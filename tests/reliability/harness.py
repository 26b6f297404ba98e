"""Drive real ``python -m eventscope`` processes and inspect the database they leave behind.

Shared by the reliability tests and ``eval/reliability_report.py``: start ingest and extract as
a user would, kill an ingest with SIGKILL at a chosen moment, and compare a database with a
reference one made by an uninterrupted run (same documents, each with the same number of
events, places, actor mentions and argument spans; the same rejections, each recorded once).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[2]


def eventscope_cmd(*args: str) -> list[str]:
    """The command line that runs eventscope with this interpreter."""
    return [sys.executable, "-m", "eventscope", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    return env


def run_ingest(paths: list[Path], db: Path, *, report: Path | None = None,
               timeout: float = 1200) -> subprocess.CompletedProcess[str]:
    """Run ``eventscope ingest PATHS --db DB`` to the end."""
    args = ["ingest", *map(str, paths), "--db", str(db), "-q"]
    if report is not None:
        args += ["--report", str(report)]
    return subprocess.run(eventscope_cmd(*args), capture_output=True, text=True,
                          timeout=timeout, env=_env())


def run_extract(src: Path, out: Path, *, timeout: float = 1200
                ) -> subprocess.CompletedProcess[str]:
    """Run ``eventscope extract SRC -o OUT``."""
    return subprocess.run(eventscope_cmd("extract", str(src), "-o", str(out), "-q"),
                          capture_output=True, text=True, timeout=timeout, env=_env())


@dataclass
class KillResult:
    """How one ingest that was meant to be killed ended."""

    killed: bool           # SIGKILL was delivered to a running process
    returncode: int
    started_work: bool     # it had begun writing progress (the pipeline was loaded)
    stderr: str


def kill_ingest(paths: list[Path], db: Path, *, delay: float, after_start: bool = False,
                timeout: float = 600) -> KillResult:
    """Start an ingest and SIGKILL it ``delay`` seconds after it starts working.

    The clock starts at process start; with ``after_start``, at its first progress output
    (the model is loaded and the first batch of documents is done).
    A process that finishes first is not killed (``killed`` False).
    """
    proc = subprocess.Popen(eventscope_cmd("ingest", *map(str, paths), "--db", str(db)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
    started = threading.Event()
    chunks: list[bytes] = []

    def pump() -> None:
        assert proc.stderr is not None
        while data := proc.stderr.read1(4096):  # type: ignore[attr-defined]
            chunks.append(data)
            started.set()
        started.set()

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    if after_start:
        started.wait(timeout)
    killed = False
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        killed = True
    rc = proc.wait(timeout=timeout)
    reader.join(timeout=10)
    killed = killed and rc == -signal.SIGKILL
    return KillResult(killed=killed, returncode=rc, started_work=bool(chunks),
                      stderr=b"".join(chunks).decode("utf-8", "replace"))


@dataclass
class DbState:
    """What is in a database, per document (by content hash) and per rejection."""

    integrity: str
    foreign_key_errors: int
    docs: dict[str, tuple[int, ...]] = field(default_factory=dict)
    doc_ids: Counter[str] = field(default_factory=Counter)
    rejected: Counter[tuple[Any, ...]] = field(default_factory=Counter)
    rejected_reasons: Counter[str] = field(default_factory=Counter)
    empty_errors: int = 0
    totals: dict[str, int] = field(default_factory=dict)


_PER_DOC = """
SELECT d.content_hash, d.doc_id, d.n_events,
  (SELECT count(*) FROM events e WHERE e.document_id = d.id),
  (SELECT count(*) FROM event_json j JOIN events e USING (event_id) WHERE e.document_id = d.id),
  (SELECT count(*) FROM event_args a JOIN events e USING (event_id) WHERE e.document_id = d.id),
  (SELECT count(*) FROM places p WHERE p.document_id = d.id),
  (SELECT count(*) FROM actor_mentions m WHERE m.document_id = d.id)
FROM documents d
"""


def read_db(db: Path) -> DbState:
    """Read ``db`` (without writing to it) into a :class:`DbState`."""
    conn = sqlite3.connect(f"file:{quote(str(db.resolve()))}?mode=ro", uri=True)
    try:
        integrity = "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        state = DbState(integrity=integrity,
                        foreign_key_errors=len(conn.execute("PRAGMA foreign_key_check")
                                               .fetchall()))
        for content_hash, doc_id, *counts in conn.execute(_PER_DOC):
            state.docs[content_hash] = tuple(counts)
            state.doc_ids[doc_id] += 1
        for origin, line, doc_id, reason, error in conn.execute(
                "SELECT origin, line, doc_id, reason, error FROM rejected"):
            state.rejected[(origin, line, doc_id, reason)] += 1
            state.rejected_reasons[reason] += 1
            state.empty_errors += not (error or "").strip()
        for table in ("documents", "events", "event_json", "event_args", "places",
                      "actor_mentions", "rejected"):
            state.totals[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        state.totals["events_fts"] = conn.execute(
            "SELECT count(*) FROM events_fts").fetchone()[0]
        return state
    finally:
        conn.close()


@dataclass
class Reference:
    """An uninterrupted ingest of a corpus: its database, its state and its --report."""

    db: Path
    state: DbState
    report: dict[str, Any]
    stderr: str
    returncode: int
    wall_seconds: float

    @property
    def startup_seconds(self) -> float:
        """Process start to first document: interpreter, imports, model load."""
        return max(0.0, self.wall_seconds - float(self.report["seconds"]))


def problems(state: DbState, reference: DbState | None = None, *,
             complete: bool = False) -> list[str]:
    """Everything wrong with ``state``: corruption, partial or unknown documents, repeated
    rejections; with ``complete``, also anything the reference has that ``state`` lacks."""
    out: list[str] = []
    if state.integrity != "ok":
        out.append(f"integrity_check: {state.integrity[:300]}")
    if state.foreign_key_errors:
        out.append(f"{state.foreign_key_errors} foreign key errors")
    for content_hash, counts in state.docs.items():
        n_events, events, event_json = counts[:3]
        if not n_events == events == event_json:
            out.append(f"partial document {content_hash[:12]}: n_events={n_events}, "
                       f"events={events}, event_json={event_json}")
        if reference is not None and reference.docs.get(content_hash) != counts:
            out.append(f"document {content_hash[:12]} has (n_events, events, json, args, "
                       f"places, mentions) {counts}, the reference run "
                       f"{reference.docs.get(content_hash)}")
    if state.totals.get("events") != state.totals.get("events_fts"):
        out.append(f"events_fts has {state.totals.get('events_fts')} rows for "
                   f"{state.totals.get('events')} events")
    repeats = {k: n for k, n in state.rejected.items() if n > 1}
    if repeats:
        out.append(f"{len(repeats)} rejections recorded more than once, e.g. "
                   f"{next(iter(repeats))}")
    if state.empty_errors:
        out.append(f"{state.empty_errors} rejections without an error message")
    if complete and reference is not None:
        missing = reference.docs.keys() - state.docs.keys()
        if missing:
            out.append(f"{len(missing)} documents of the reference run are missing")
        lost = set(reference.rejected) - set(state.rejected)
        if lost:
            out.append(f"{len(lost)} rejections of the reference run are missing, e.g. "
                       f"{next(iter(lost))}")
        extra = set(state.rejected) - set(reference.rejected)
        if extra:
            out.append(f"{len(extra)} rejections the reference run does not have, e.g. "
                       f"{next(iter(extra))}")
    return out


def read_report(path: Path) -> dict[str, Any]:
    """The JSON figures an ingest wrote with ``--report``."""
    return dict(json.loads(path.read_text(encoding="utf-8")))


def wait_all(procs: list[subprocess.Popen[bytes]], timeout: float) -> list[tuple[int, str]]:
    """(return code, stderr) of every process; kill the rest once ``timeout`` has passed."""
    deadline = time.monotonic() + timeout
    out: list[tuple[int, str]] = []
    for p in procs:
        try:
            _, err = p.communicate(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()
            _, err = p.communicate()
        out.append((p.returncode, (err or b"").decode("utf-8", "replace")))
    return out


def start_ingest(paths: list[Path], db: Path) -> subprocess.Popen[bytes]:
    """Start an ingest in the background (for running several at once)."""
    return subprocess.Popen(eventscope_cmd("ingest", *map(str, paths), "--db", str(db), "-q"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())


__all__ = ["eventscope_cmd", "run_ingest", "run_extract", "kill_ingest", "KillResult",
           "DbState", "Reference", "read_db", "problems", "read_report", "start_ingest", "wait_all"]
