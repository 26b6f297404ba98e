"""Fixtures for the end-to-end reliability tests: one hostile corpus and one uninterrupted
ingest of it per session, which the crash and concurrency tests compare against."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Reference, read_db, read_report, run_ingest  # noqa: E402
from nasty import Corpus, write_corpus  # noqa: E402

# Small enough for CI (the report script runs the same corpus at N = 10,000 with a 50 MB text).
CI_INPUTS = 80
CI_BIG_BYTES = 2_000_000


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return write_corpus(tmp_path_factory.mktemp("nasty"), n=CI_INPUTS, seed=8,
                        big_bytes=CI_BIG_BYTES)


@pytest.fixture(scope="session")
def reference(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    root = tmp_path_factory.mktemp("reference")
    db, report = root / "ref.db", root / "report.json"
    t0 = time.perf_counter()
    proc = run_ingest([corpus.ingest_dir], db, report=report, timeout=300)
    wall = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stderr[-2000:]
    return Reference(db=db, state=read_db(db), report=read_report(report), stderr=proc.stderr,
                     returncode=proc.returncode, wall_seconds=wall)
