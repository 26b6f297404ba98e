"""All cores: the process pool gives exactly the single-process results, in input order."""

from __future__ import annotations

import io
import json
from pathlib import Path

from eventscope.batch import extract
from eventscope.scale import effective_processes


def run(pipeline, corpus: Path, n_process: int) -> list[dict]:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    with open(corpus, "rb") as f:
        extract(pipeline, f, out, n_process=n_process)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_two_processes_give_the_single_process_output(pipeline, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    small_batches = pipeline.config.with_(batch_size=3)
    original = pipeline.config
    pipeline.config = small_batches
    try:
        one = run(pipeline, corpus, 1)
        two = run(pipeline, corpus, 2)
    finally:
        pipeline.config = original
    assert len(one) == 3 * 7 + 1
    assert [d["id"] for d in two] == [d["id"] for d in one]
    assert any(d["status"] == "rejected" for d in two)
    assert two == one


def test_zero_means_every_core() -> None:
    assert effective_processes(0) >= 1
    assert effective_processes(3) == 3
