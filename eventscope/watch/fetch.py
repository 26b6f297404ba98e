"""Polite HTTP GETs for the watcher: one httpx client, a User-Agent naming eventscope, a
per-host rate limit, robots.txt, timeouts, a size cap, and retries with exponential backoff.
Redirects are followed hop by hop (at most ``MAX_REDIRECTS``), each hop rate-limited and
checked against its own host's robots.txt.

Transient failures (connect errors, timeouts, 5xx, 429) are retried ``retries`` times, waiting
``backoff * 2**k`` seconds or what ``Retry-After`` asks (capped). What still fails comes out as
:class:`FetchFailed` with a rejection ``reason`` from the ingest catalogue (``not_found`` for
404/410, ``robots_disallowed``, ``http_error`` for other HTTP errors, ``too_large``, ``binary``,
else ``fetch_failed``), a message saying what happened, and
``transient`` telling the watcher whether a later poll may try again.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Self
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import EventscopeError
from .options import WatchOptions
from .ratelimit import HostRateLimiter, host_of
from .robots import RobotsCache

#: Statuses worth asking again: the server is busy or broken now, maybe not later.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
GONE_STATUSES = frozenset({404, 410})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5


class FetchFailed(EventscopeError):
    """A URL could not be fetched; ``reason`` is a rejection code, ``transient`` says whether
    trying again later may succeed."""

    def __init__(self, message: str, *, reason: str | None = None, transient: bool = False,
                 status: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason or ("http_error" if status is not None else "fetch_failed")
        self.transient = transient
        self.status = status


@dataclass(slots=True)
class Response:
    """A fetched URL: ``url`` is where it ended up after redirects; 304 has empty content."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"\'')
        return None


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds asked by a ``Retry-After`` header (delta-seconds or an HTTP date); None if absent.

    >>> retry_after_seconds("3"), retry_after_seconds(None), retry_after_seconds("soon")
    (3.0, None, None)
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class Fetcher:
    """GETs URLs politely; use as a context manager (it owns an ``httpx.Client``).

    ``transport`` and ``sleep`` are for tests (an ``httpx.MockTransport``, a no-op sleep).
    """

    def __init__(self, options: WatchOptions | None = None, *,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.options = options or WatchOptions()
        self._sleep = sleep
        self.client = httpx.Client(
            headers={"User-Agent": self.options.user_agent},
            timeout=httpx.Timeout(self.options.timeout), follow_redirects=False,
            transport=transport)
        self.limiter = HostRateLimiter(self.options.min_interval, sleep=sleep)
        self.robots = RobotsCache(self)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def get(self, url: str, *, headers: dict[str, str] | None = None,
            check_robots: bool = True) -> Response:
        """GET ``url``: a :class:`Response` for 2xx and 304, else :class:`FetchFailed`.

        Redirects are followed here, hop by hop, so each hop is rate-limited and checked
        against its own host's robots.txt (unless ``check_robots`` is False); ``Response.url``
        is where the last hop ended.
        """
        start = url
        for _ in range(MAX_REDIRECTS + 1):
            resp = self._get_one(url, headers or {}, check_robots)
            if resp.status not in REDIRECT_STATUSES:
                return resp
            location = resp.headers.get("location", "").strip()
            if not location:
                raise FetchFailed(f"{url}: HTTP {resp.status} without a Location header",
                                  status=resp.status)
            url, headers = urljoin(url, location), None  # validators belong to the first URL
        raise FetchFailed(f"{start}: more than {MAX_REDIRECTS} redirects")

    def _get_one(self, url: str, headers: dict[str, str], check_robots: bool) -> Response:
        """One hop: robots.txt, then the request with its retries."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchFailed(f"{url}: not an http(s) URL", reason="fetch_failed")
        if check_robots and not self.robots.allowed(url):
            raise FetchFailed(f"{url}: refused by the robots.txt of {host_of(url)} (user agent "
                              f"{self.robots.agent!r})", reason="robots_disallowed")
        attempt = 0
        while True:
            try:
                return self._once(url, headers)
            except _Retry as retry:
                if attempt >= self.options.retries:
                    raise retry.failure from None
                wait = retry.wait if retry.wait is not None else self.options.backoff * 2 ** attempt
                attempt += 1
                self._sleep(min(wait, self.options.retry_after_cap))

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        opts = self.options
        self.limiter.wait(host_of(url))
        deadline = time.monotonic() + 3 * opts.timeout  # a trickling server cannot hold us
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                status = r.status_code
                resp = Response(url=str(r.url), status=status,
                                headers={k.lower(): v for k, v in r.headers.items()})
                if status in RETRY_STATUSES:
                    failure = FetchFailed(f"{url}: HTTP {status} {r.reason_phrase}".rstrip(),
                                          transient=True, status=status)
                    raise _Retry(failure, retry_after_seconds(r.headers.get("retry-after")))
                if status in REDIRECT_STATUSES:
                    return resp
                if status == 304 or 200 <= status < 300 and status != 204:
                    if status != 304:
                        resp.content = self._read_capped(r, url, deadline)
                    return resp
                raise FetchFailed(
                    f"{url}: HTTP {status} {r.reason_phrase}".rstrip(), status=status,
                    reason="not_found" if status in GONE_STATUSES else "http_error")
        except httpx.TimeoutException:
            raise _Retry(FetchFailed(f"{url}: timed out after {opts.timeout:g} s",
                                     transient=True), None) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as e:
            raise FetchFailed(f"{url}: {e}") from None
        except httpx.TransportError as e:  # connect errors, resets, protocol errors
            raise _Retry(FetchFailed(f"{url}: {type(e).__name__}: {e or 'connection failed'}",
                                     transient=True), None) from None

    def _read_capped(self, r: httpx.Response, url: str, deadline: float) -> bytes:
        cap = self.options.max_bytes
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchFailed(f"{url}: {int(declared):,} bytes, more than the cap of {cap:,}",
                              reason="too_large")
        buf = bytearray()
        for chunk in r.iter_bytes():
            buf += chunk
            if len(buf) > cap:
                raise FetchFailed(f"{url}: more than the cap of {cap:,} bytes", reason="too_large")
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("body too slow", request=r.request)
        return bytes(buf)


class _Retry(Exception):
    """Internal: a transient failure, with the wait the server asked for (None: backoff)."""

    def __init__(self, failure: FetchFailed, wait: float | None) -> None:
        super().__init__(str(failure))
        self.failure = failure
        self.wait = wait


__all__ = [
    "RETRY_STATUSES",
    "FetchFailed",
    "Fetcher",
    "Response",
    "host_of",
    "retry_after_seconds",
]
