"""``eventscope batch`` on local cores: Parquet tables and the database from one command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyarrow")


@pytest.fixture()
def loaded(pipeline, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The CLI's run reuses the session's pipeline instead of loading its own."""
    from eventscope.config import Config
    from eventscope.scale import dask_engine

    monkeypatch.setitem(dask_engine._PIPELINES, Config.from_env(), pipeline)


def test_batch_writes_parquet_and_the_database(corpus: Path, tmp_path: Path,
                                               loaded: None) -> None:
    from eventscope.cli import main
    from eventscope.scale.tables import read_table
    from eventscope.store import Store

    out, db = tmp_path / "out", tmp_path / "b.db"
    result = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(out), "--db", str(db),
                                       "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    events = read_table(out, "events")
    assert events and all(e["incident_id"] for e in events)
    with Store(db, readonly=True) as store:
        assert store.count() == len(events)
        assert {e["incident_id"] for e in events} == {i["incident_id"] for i in
                                                       store.incidents(limit=None)}


def test_batch_needs_somewhere_to_write(corpus: Path) -> None:
    from eventscope.cli import main

    result = CliRunner().invoke(main, ["batch", str(corpus)])
    assert result.exit_code != 0
    assert "-o OUT_DIR" in result.output
