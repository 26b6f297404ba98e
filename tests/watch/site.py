"""A local news site for the watch tests: an HTTP server on 127.0.0.1 (a random port) in a
thread, serving routes the test sets, and recording every request it receives."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """What a route answers; ``delay`` seconds pass before the status line is sent."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    at: float
    path: str
    headers: dict[str, str]


Route = Reply | Callable[[dict[str, str]], Reply]


class NewsSite:
    """Routes by path; a path without a route answers 404."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.stop = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                site.requests.append(Seen(time.monotonic(), self.path, headers))
                route = site.routes.get(self.path, Reply(b"not here", 404))
                reply = route(headers) if callable(route) else route
                if reply.delay:
                    site.stop.wait(reply.delay)
                try:
                    self.send_response(reply.status)
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    if reply.status != 304:
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def page(self, path: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        html = (f"<!doctype html><html><head><title>{title}</title></head><body><article>"
                f"<h1>{title}</h1>{body}</article></body></html>")
        self.routes[path] = Reply(html.encode(), headers={"Content-Type":
                                                          "text/html; charset=utf-8"})
        return self.url(path)

    def feed(self, path: str, items: list[tuple[str, str]], *, title: str = "Frontline Wire",
             etag: str | None = None) -> str:
        """An RSS 2.0 feed of (link, title) items; with ``etag``, it answers 304 to it."""
        entries = "".join(
            f"<item><title>{t}</title><link>{link}</link>"
            f"<pubDate>Mon, 23 Nov 2026 0{i}:00:00 GMT</pubDate></item>"
            for i, (link, t) in enumerate(items))
        xml = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
               f"<title>{title}</title><link>{self.base}/</link>{entries}</channel></rss>").encode()
        headers = {"Content-Type": "application/rss+xml"}
        if etag is None:
            self.routes[path] = Reply(xml, headers=headers)
        else:
            headers["ETag"] = etag
            headers["Last-Modified"] = "Mon, 23 Nov 2026 08:00:00 GMT"

            def conditional(request: dict[str, str]) -> Reply:
                if request.get("if-none-match") == etag:
                    return Reply(status=304, headers={"ETag": etag})
                return Reply(xml, headers=headers)

            self.routes[path] = conditional
        return self.url(path)



SHELLING = [
    ("Rebels shelled the town of Kupiansk on Monday, killing three civilians and wounding "
    "eight others, local officials said."),
    ("The shells hit a market and a school in the centre of the town, the regional governor "
    "told reporters on Tuesday. Emergency crews worked through the night to clear the rubble."),
]
AIRSTRIKE = [
    ("Government aircraft bombed a village near Idlib on Sunday, killing at least five people, "
    "a monitoring group said."),
    ("Witnesses said two strikes hit houses on the edge of the village. The army did not "
    "comment on the report, and the dead included two children, according to medics."),
]
PROTEST = [
    ("Thousands of protesters marched in Khartoum on Saturday to demand a civilian government, "
    "and police fired tear gas to disperse them, witnesses said."),
    ("Organisers said dozens of people were injured in the clashes near the presidential "
    "palace. The authorities arrested at least twenty demonstrators, a lawyers' group said."),
]
KIDNAP = [
    ("Gunmen abducted twelve aid workers on the road to Gao in northern Mali on Wednesday, "
    "the United Nations said in a statement."),
    ("The workers were travelling in a convoy when armed men stopped their vehicles, a local "
    "official said. No group has claimed responsibility for the kidnapping."),
]
