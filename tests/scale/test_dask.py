"""Dask: a LocalCluster run writes the same events as the single-process path (JSONL and
Parquet input), and the database gets the same incidents."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def scheduler() -> Any:
    """One two-worker cluster for the module: each worker loads the pipeline once."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      memory_limit="2GiB", dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def expected(pipeline, corpus: Path) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    from eventscope.batch import extract

    out = io.StringIO()
    with open(corpus, "rb") as f:
        extract(pipeline, f, out, n_process=1)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def events_of(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for d in lines for e in d.get("events", [])]


def test_dask_jsonl_gives_the_single_process_events(scheduler: str, corpus: Path,
                                                    expected: list[dict[str, Any]],
                                                    tmp_path: Path) -> None:
    from eventscope.scale.dask_engine import run_dask
    from eventscope.scale.tables import read_table

    report = run_dask([str(corpus)], out_dir=tmp_path, scheduler=scheduler, blocksize=4000)
    got = [json.loads(r["json"]) for r in read_table(tmp_path, "events")]
    assert len(list((tmp_path / "events").glob("*.parquet"))) > 1  # several partitions
    assert got and got == events_of(expected)
    assert report.processed == sum(d["status"] == "ok" for d in expected)
    assert report.rejected == 1
    docs = read_table(tmp_path, "documents")
    assert [d["id"] for d in docs] == [d["id"] for d in expected]
    # a rejected line is numbered as in the file, whichever partition read it
    assert [d["line"] for d in docs if d["status"] == "rejected"] == \
        [d["line"] for d in expected if d["status"] == "rejected"]
    places = read_table(tmp_path, "places")
    assert len(places) == sum(len(d.get("places", [])) for d in expected)


def test_dask_parquet_input_and_database(scheduler: str, corpus: Path,
                                         expected: list[dict[str, Any]],
                                         tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventscope.scale.dask_engine import run_dask
    from eventscope.store import Store

    rows = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:
            continue
    shards = tmp_path / "shards"
    shards.mkdir()
    half = len(rows) // 2
    for i, part in enumerate((rows[:half], rows[half:])):
        pq.write_table(pa.Table.from_pylist(part), shards / f"part-{i}.parquet")
    with Store(tmp_path / "out.db") as store:
        report = run_dask([str(shards)], store=store, scheduler=scheduler)
        stored = {e["event_id"]: e["incident_id"] for e in store.events()}
        assert report.processed == len(rows)
        want = {e["event_id"]: e["incident_id"] for e in events_of(expected)}
        assert stored == want
        assert any(i["n_sources"] > 1 for i in store.incidents())
