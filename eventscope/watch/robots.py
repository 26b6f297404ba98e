"""robots.txt, fetched once per host and cached, read with the standard library's parser.

The usual convention for a robots.txt that cannot be read: a fetch that fails (no connection,
timeout) or answers 4xx means everything is allowed; a 5xx means nothing is (the site is in
trouble: come back later). Rules are kept ``ttl`` seconds (a 5xx answer ``error_ttl``); a
``Crawl-delay`` lengthens the host's rate-limit interval, up to ``max_crawl_delay``.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import InputError
from ..ingest import decode_bytes
from .options import ROBOTS_AGENT
from .ratelimit import host_of

if TYPE_CHECKING:
    from .fetch import Fetcher


@dataclass(slots=True)
class _Rules:
    parser: urllib.robotparser.RobotFileParser | None  # None: the verdict below for every path
    allow_all: bool
    expires: float
    note: str


class RobotsCache:
    """``allowed(url)``: may eventscope fetch this URL? One robots.txt fetch per host per ttl."""

    def __init__(self, fetcher: Fetcher, *, agent: str = ROBOTS_AGENT, ttl: float = 86_400.0,
                 error_ttl: float = 600.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.fetcher = fetcher
        self.agent = agent
        self.ttl = ttl
        self.error_ttl = error_ttl
        self._clock = clock
        self._rules: dict[str, _Rules] = {}

    def allowed(self, url: str) -> bool:
        host = host_of(url)
        rules = self._rules.get(host)
        if rules is None or rules.expires <= self._clock():
            rules = self._rules[host] = self._load(host)
        if rules.parser is None:
            return rules.allow_all
        return rules.parser.can_fetch(self.agent, url)

    def note(self, url: str) -> str:
        """How the host's robots.txt was read (for messages): 'parsed', 'HTTP 503: ...'."""
        rules = self._rules.get(host_of(url))
        return rules.note if rules else "not fetched"

    def _load(self, host: str) -> _Rules:
        from .fetch import FetchFailed

        now = self._clock()
        try:
            resp = self.fetcher.get(f"{host}/robots.txt", check_robots=False)
        except FetchFailed as e:
            if e.status is not None and e.status >= 500 or e.status == 429:
                return _Rules(None, False, now + self.error_ttl, f"HTTP {e.status}: disallowed")
            return _Rules(None, True, now + self.ttl, f"{e}: allowed")
        if resp.status == 304 or not resp.content.strip():
            return _Rules(None, True, now + self.ttl, "empty: allowed")
        try:
            text = decode_bytes(resp.content)
        except InputError:  # binary junk at /robots.txt: no rules to follow
            return _Rules(None, True, now + self.ttl, "not text: allowed")
        parser = urllib.robotparser.RobotFileParser(f"{host}/robots.txt")
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(self.agent)
        if delay:
            self.fetcher.limiter.set_interval(
                host, min(float(delay), self.fetcher.options.max_crawl_delay))
        return _Rules(parser, True, now + self.ttl, "parsed")


__all__ = ["RobotsCache"]
