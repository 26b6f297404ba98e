"""An ingest killed with SIGKILL leaves a consistent database, and a re-run completes it once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from eventscope.store import Store

SCRIPT = Path(__file__).resolve().parent / "ingest_many.py"
N_DOCS = 30
COPIES = 10  # each doc has 3 * COPIES events, so a kill often lands inside a transaction


def _run_until(db: Path, stop_after: int | None) -> int:
    """Run the ingest script; kill it once it has reported ``stop_after`` commits."""
    proc = subprocess.Popen([sys.executable, str(SCRIPT), str(db), str(N_DOCS), str(COPIES)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    seen = 0
    for _line in proc.stdout:
        seen += 1
        if stop_after is not None and seen >= stop_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.stdout.close()
    rc = proc.wait()
    if stop_after is None:
        assert rc == 0
    else:
        assert rc in (-signal.SIGKILL, 0)
    return seen


def _check_consistent(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        bad = conn.execute(
            "SELECT d.doc_id, d.n_events, "
            " (SELECT count(*) FROM events e WHERE e.document_id = d.id), "
            " (SELECT count(*) FROM places p WHERE p.document_id = d.id), "
            " (SELECT count(*) FROM actor_mentions m WHERE m.document_id = d.id) "
            "FROM documents d").fetchall()
        for doc_id, n_events, events, places, mentions in bad:
            assert (n_events, events, places, mentions) == (3 * COPIES, 3 * COPIES, 2, 4), doc_id
        assert conn.execute("SELECT count(*) FROM events").fetchone() == conn.execute(
            "SELECT count(*) FROM event_json").fetchone()
        orphans = conn.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM event_args a WHERE a.event_id = e.event_id AND a.role = 'evidence')"
        ).fetchone()[0]
        assert orphans == 0
        fts = conn.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'Daesh'"
                           ).fetchone()[0]
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert fts == n_docs * COPIES
        return int(n_docs)
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_process_killed_inside_a_document_write_leaves_no_trace_of_it(tmp_path: Path) -> None:
    db = tmp_path / "die.db"
    proc = subprocess.run([sys.executable, str(SCRIPT), str(db), "12", str(COPIES), "7"],
                          capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL
    assert proc.stdout.split() == [w for i in range(7) for w in ("stored", str(i))]
    assert _check_consistent(db) == 7
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM documents WHERE doc_id = 'doc7'"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM places").fetchone()[0] == 7 * 2
    finally:
        conn.close()
    _run_until(db, None)
    assert _check_consistent(db) == N_DOCS


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_ingest_leaves_no_partial_document_and_resumes(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    previous = 0
    for stop_after in (3, 11, 22):
        _run_until(db, stop_after)
        n = _check_consistent(db)
        assert previous <= n < N_DOCS
        previous = n
    _run_until(db, None)
    assert _check_consistent(db) == N_DOCS
    with Store(db, readonly=True) as store:
        ids = [r[0] for r in store.connection.execute("SELECT doc_id FROM documents")]
    assert sorted(ids) == sorted(f"doc{i}" for i in range(N_DOCS))


def test_two_concurrent_ingests_store_each_document_once(tmp_path: Path) -> None:
    db = tmp_path / "two.db"
    cmd = [sys.executable, str(SCRIPT), str(db), "25", "5"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate()[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    stored = sum(line.startswith("stored") for out in outputs for line in out.splitlines())
    assert stored == 25
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents"
                            ).fetchone() == (25, 25)
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 25 * 15
    finally:
        conn.close()
