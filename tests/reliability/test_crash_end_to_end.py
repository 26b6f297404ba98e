"""A real ``python -m eventscope ingest`` killed with SIGKILL at random points leaves a sound
database with no partial document; two ingests running at once then complete the set exactly
once, without corrupting or duplicating anything; and one more run changes nothing.

Every database is compared with the reference run (an uninterrupted ingest of the same corpus):
each stored document must have exactly the events, places, actor mentions and argument spans it
has there. The report script (eval/reliability_report.py) does the same with >= 50 kills."""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest
from harness import (Reference, kill_ingest, problems, read_db, read_report, run_ingest,
                     start_ingest, wait_all)
from nasty import Corpus

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

KILLS = 2


def test_killed_ingests_then_concurrent_reruns_complete_the_set_exactly_once(
        corpus: Corpus, reference: Reference, tmp_path: Path) -> None:
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    start, work = reference.startup_seconds, reference.report["seconds"]
    kills, attempts, upper, after_start = 0, 0, 0.8, False
    while kills < KILLS and attempts < KILLS + 4:
        attempts += 1
        # from process start (or, on a retry, from its first progress line): mid-ingest
        delay = (0.0 if after_start else start) + rng.uniform(0.02, upper) * work
        result = kill_ingest([corpus.ingest_dir], db, delay=delay, after_start=after_start)
        assert result.killed or result.returncode == 0, (seed, result.stderr[-2000:])
        if db.exists():
            assert problems(read_db(db), reference.state) == [], seed
        if result.killed:
            kills += 1
        else:  # it ran faster than the reference and finished: start over on an empty database
            for path in tmp_path.glob(db.name + "*"):
                path.unlink()
            upper, after_start = max(0.1, upper / 2), True
    assert kills >= 1, f"no ingest was still running to be killed (seed {seed})"

    procs = [start_ingest([corpus.ingest_dir], db) for _ in range(2)]
    for rc, err in wait_all(procs, timeout=300):
        assert rc == 0 and "Traceback" not in err, err[-2000:]
    done = read_db(db)
    assert problems(done, reference.state, complete=True) == [], seed
    assert done.totals == reference.state.totals
    assert done.doc_ids == reference.state.doc_ids  # no document stored twice

    again = tmp_path / "again.json"
    proc = run_ingest([corpus.ingest_dir], db, report=again, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    figures = read_report(again)
    assert figures["processed"] == 0 and figures["inputs"] == corpus.ingest_inputs
    assert read_db(db) == done
