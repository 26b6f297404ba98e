"""``eventscope incidents``: the most reported incidents, and one with every report of it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventscope.cli.incidents import incidents_cli
from eventscope.store import Store

from .test_index import docs


def make_db(path: Path) -> Path:
    with Store(path) as store:
        for d in docs():
            store.add(d, content_hash=f"hash-{d.id}")
    return path


def test_list_shows_sources_and_reconciled_toll(tmp_path: Path) -> None:
    db = make_db(tmp_path / "i.db")
    result = CliRunner().invoke(incidents_cli, ["--db", str(db), "--min-sources", "2"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].split() == ["inc:a:e0", "ASSAULT", "2023-06-10", "Kherson", "3", "3",
                                "12-16"]
    assert lines[-1] == "(1 incident)"


def test_show_one_incident_lists_every_report(tmp_path: Path) -> None:
    db = make_db(tmp_path / "i.db")
    result = CliRunner().invoke(incidents_cli, ["--db", str(db), "inc:a:e0"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert [m["doc_id"] for m in shown["mentions"]] == ["a", "c", "d"]
    missing = CliRunner().invoke(incidents_cli, ["--db", str(db), "inc:nope"])
    assert missing.exit_code != 0 and "No incident" in missing.output
