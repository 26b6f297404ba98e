"""The server keeps answering while an ingest writes to the same database (WAL)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from eventscope.store import Store

STORY = ("Militants attacked a police station in the town of Baidoa on {day}, killing {n} "
         "officers, a regional official said. Government forces later retook the building.")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(url: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.status, json.loads(resp.read())


def test_server_answers_while_ingest_writes(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(40):
        (pages / f"p{i:02d}.txt").write_text(STORY.format(day=DAYS[i % 7], n=i + 2) + "\n")
    Store(db).close()  # an empty database, schema in place
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "eventscope", "serve", "--db", str(db),
                               "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    ingest = None
    try:
        base = f"http://127.0.0.1:{port}/api/events?limit=5"
        deadline = time.monotonic() + 60
        while True:  # wait for the server to come up
            try:
                get_json(base)
                break
            except OSError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        ingest = subprocess.Popen([sys.executable, "-m", "eventscope", "ingest", str(pages),
                                   "--db", str(db), "-q"], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE)
        answers, totals = 0, []
        deadline = time.monotonic() + 240
        while ingest.poll() is None and time.monotonic() < deadline:
            status, body = get_json(base)
            assert status == 200
            answers += 1
            totals.append(body["total"])
            time.sleep(0.1)
        assert ingest.wait(timeout=60) == 0, ingest.stderr.read() if ingest.stderr else ""
        assert answers >= 3, "the server was not asked anything during the ingest"
        assert totals == sorted(totals), "a reader saw the event count go backwards"
        status, body = get_json(base)
        assert status == 200 and body["total"] > 0
        with Store(db, readonly=True) as store:
            assert store.summary()["documents"] == 40
    finally:
        for proc in (ingest, server):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
