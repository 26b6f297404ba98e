"""`eventscope watch` through click's CliRunner, against the local news site."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.store import Store

from .site import KIDNAP, SHELLING, NewsSite


@pytest.fixture(autouse=True)
def _shared_pipeline(pipeline, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import eventscope.cli.watch

    monkeypatch.setattr(eventscope.cli.watch, "load", lambda *a, **k: pipeline)


def test_watch_once_ingests_then_finds_nothing_new(site: NewsSite, tmp_path: Path) -> None:
    feed = site.feed("/rss.xml", [(site.page("/a/mali.html", "Kidnapping", KIDNAP), "Mali"),
                                  (site.page("/a/kup.html", "Shelling", SHELLING), "Shelling")])
    db = tmp_path / "news.db"
    args = ["watch", feed, "--db", str(db), "--once", "--rate-per-host", "100", "--timeout", "2"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert f"feed {feed}: 2 new, 2 stored" in first.output
    with Store(db) as store:
        events = store.count()
    assert events > 0
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "feed" not in second.output and "(1 unchanged, 0 failed), 0 new pages" in second.output
    verbose = CliRunner().invoke(main, [*args, "--verbose"])
    assert f"feed {feed}: unchanged" in verbose.output
    with Store(db) as store:
        assert store.count() == events


def test_watch_reports_a_failed_feed_and_exits_cleanly(site: NewsSite, tmp_path: Path) -> None:
    args = ["watch", site.url("/missing.xml"), "--db", str(tmp_path / "news.db"), "--once",
            "--retries", "0", "--rate-per-host", "100"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "FAILED" in result.output and "HTTP 404" in result.output


def test_watch_rejects_a_bad_option(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["watch", "feeds.txt", "--db", str(tmp_path / "x.db"),
                                       "--rate-per-host", "0"])
    assert result.exit_code == 2 and "rate-per-host" in result.output
