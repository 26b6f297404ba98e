"""Fixtures of the watch tests: a local news site, fast polite options, a fresh store."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventscope.store import Store
from eventscope.watch import WatchOptions

from .site import NewsSite


@pytest.fixture()
def site() -> Iterator[NewsSite]:
    s = NewsSite()
    thread = threading.Thread(target=s.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield s
    finally:
        s.stop.set()
        s.server.shutdown()
        s.server.server_close()


@pytest.fixture()
def options() -> WatchOptions:
    """Fast but still polite settings for tests: short timeouts, no waiting between tries."""
    return WatchOptions(timeout=2.0, retries=0, backoff=0.01, rate_per_host=200.0)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "news.db") as s:
        yield s

