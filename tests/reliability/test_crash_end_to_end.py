"""A real ``python -m eventscope ingest`` killed with SIGKILL at random points leaves a sound
database with no partial document; re-running completes the set exactly once; a repeat changes
nothing; and two ingests on one database at once neither corrupt it nor duplicate anything.

Each database is compared with the reference run (an uninterrupted ingest of the same corpus):
every stored document must have exactly the events, places, actor mentions and argument spans
it has there. The report script does the same with >= 50 kills."""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest
from conftest import Reference
from harness import kill_ingest, problems, read_db, read_report, run_ingest, start_ingest, wait_all
from nasty import Corpus

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

KILLS = 2


def test_killed_ingests_leave_no_partial_document_and_a_rerun_completes_once(
        corpus: Corpus, reference: Reference, tmp_path: Path) -> None:
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    work = reference.report["seconds"]
    kills = 0
    for _ in range(KILLS):
        result = kill_ingest([corpus.ingest_dir], db, delay=rng.uniform(0.05, 0.8) * work)
        assert result.killed or result.returncode == 0, (seed, result.stderr[-2000:])
        kills += result.killed
        if db.exists():
            assert problems(read_db(db), reference.state) == [], seed
    assert kills >= 1, f"no ingest was still running to be killed (seed {seed})"
    proc = run_ingest([corpus.ingest_dir], db, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    done = read_db(db)
    assert problems(done, reference.state, complete=True) == [], seed
    assert len(done.docs) == len(reference.state.docs)

    again = tmp_path / "again.json"
    proc = run_ingest([corpus.ingest_dir], db, report=again, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    figures = read_report(again)
    assert figures["processed"] == 0 and figures["inputs"] == corpus.ingest_inputs
    assert read_db(db) == done


def test_two_ingests_at_once_store_each_document_once(
        corpus: Corpus, reference: Reference, tmp_path: Path) -> None:
    db = tmp_path / "two.db"
    procs = [start_ingest([corpus.ingest_dir], db) for _ in range(2)]
    for rc, err in wait_all(procs, timeout=300):
        assert rc == 0, err[-2000:]
    state = read_db(db)
    assert problems(state, reference.state, complete=True) == []
    assert state.totals == reference.state.totals
