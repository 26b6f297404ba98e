"""``eventscope serve``: options, token rules, and the one-time migration of an old database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from eventscope.cli import main
from eventscope.cli.serve import _migrate_if_old
from eventscope.store.schema import current_version, latest_version, migrate


def test_serve_help_and_short_token() -> None:
    r = CliRunner().invoke(main, ["serve", "--help"])
    assert r.exit_code == 0 and "--tile-url" in r.output and "--token" in r.output
    r = CliRunner().invoke(main, ["serve", "--db", __file__, "--token", "short"])
    assert r.exit_code != 0 and "16 characters" in r.output


def test_an_old_database_is_migrated_before_serving(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, target=latest_version() - 1)
    conn.close()
    _migrate_if_old(db)
    conn = sqlite3.connect(db)
    assert current_version(conn) == latest_version()
    conn.close()


def test_a_file_that_is_not_a_database_is_left_alone(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 100)
    _migrate_if_old(junk)
    assert junk.read_bytes() == b"not sqlite at all" * 100
    r = CliRunner().invoke(main, ["serve", "--db", str(junk)])
    assert r.exit_code != 0 and "StoreError" in r.output
