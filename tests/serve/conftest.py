"""Fixtures for the serve tests: a database of hand-made docs, an app, a live server, a browser."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serve_docs import all_docs, content_hash  # noqa: E402

from eventscope.store import Store  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the three hand-made documents (5 events, 4 of them located)."""
    path = tmp_path_factory.mktemp("serve") / "serve.db"
    with Store(path) as store:
        for doc in all_docs():
            assert store.add(doc, content_hash=content_hash(doc))
    return path


@pytest.fixture(scope="session")
def client(serve_db: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from eventscope.serve import create_app

    with TestClient(create_app(serve_db)) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(serve_db: Path) -> Iterator[str]:
    """uvicorn on 127.0.0.1 and a free port, in a thread, for the browser tests."""
    import uvicorn

    from eventscope.serve import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(serve_db), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium through Playwright (never `playwright install`)."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests need /usr/bin/chromium: run .ci/install-browser "
                    "(apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    """A fresh page on the live server, loaded and with its markers drawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    pg.goto(live_server + "/")
    pg.wait_for_selector("body[data-ready]", timeout=10_000)
    yield pg
    context.close()
