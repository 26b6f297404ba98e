"""Fixtures for the evaluation tests: the shared dev sets and the reference scorer, if present.

In CI the repository is a fresh clone with ``shared/`` beside it (``../shared``); tests that
need it skip with the reason when it is absent. No NLP pipeline is loaded here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = REPO.parent / "shared" / "eval"
SCORE_PY = SHARED_EVAL / "score.py"
SLICE = 20

Record = dict[str, Any]


def write_jsonl(path: Path, rows: Iterable[Any], *, junk: Iterable[str] = ()) -> Path:
    """Write objects as JSON Lines, then any raw ``junk`` lines (to exercise bad-line counting)."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for line in junk:
            f.write(line + "\n")
    return path


@pytest.fixture(scope="session")
def dev_slice() -> Callable[[str], list[Record]]:
    """The first SLICE records of a shared dev set (relative to shared/eval), or skip."""
    def load(rel: str) -> list[Record]:
        path = SHARED_EVAL / rel
        if not path.exists():
            pytest.skip(f"{path} not found: the shared eval data sits beside the repository")
        rows = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                rows.append(json.loads(line))
                if len(rows) == SLICE:
                    break
        return rows
    return load


@pytest.fixture(scope="session")
def reference() -> Callable[[str, Path, Path], Record]:
    """Run the reference scorer ``score.py KIND GOLD OUTPUT`` and parse its JSON result."""
    if not SCORE_PY.exists():
        pytest.skip(f"reference scorer {SCORE_PY} not found (../shared/eval beside the repository)")

    def run(kind: str, gold: Path, output: Path) -> Record:
        done = subprocess.run([sys.executable, str(SCORE_PY), kind, str(gold), str(output)],
                              capture_output=True, text=True, check=True)
        result: Record = json.loads(done.stdout)
        return result
    return run
