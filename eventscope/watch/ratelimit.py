"""A per-host rate limit: at least ``interval`` seconds between two requests to one host.

Hosts are independent (a slow site never delays another). The clock and the sleep are
injectable so the rule can be tested without waiting.

>>> limiter = HostRateLimiter(0.5, clock=lambda: 10.0, sleep=lambda s: None)
>>> limiter.wait("example.org"), limiter.wait("example.org"), limiter.wait("other.org")
(0.0, 0.5, 0.0)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit


def host_of(url: str) -> str:
    """``scheme://host[:port]``: the unit of rate limits and robots.txt.

    >>> host_of("https://News.example.org/world/1.html?x=1")
    'https://news.example.org'
    """
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class HostRateLimiter:
    """Spaces requests to each host by its interval (the default, or a longer one set per host)."""

    def __init__(self, interval: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._intervals: dict[str, float] = {}
        self._lock = threading.Lock()

    def set_interval(self, host: str, seconds: float) -> None:
        """Use ``seconds`` for ``host`` when longer than the default (a robots Crawl-delay)."""
        with self._lock:
            self._intervals[host] = max(self.interval, seconds)

    def interval_for(self, host: str) -> float:
        return self._intervals.get(host, self.interval)

    def wait(self, host: str) -> float:
        """Block until a request to ``host`` is allowed, book the slot, return the seconds waited."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.interval_for(host)
        delay = start - now
        if delay > 0:
            self._sleep(delay)
        return delay


__all__ = ["HostRateLimiter", "host_of"]
