"""The polite HTTP layer on its own, over httpx's MockTransport: retries, backoff, Retry-After,
robots.txt conventions, caps. No server, no waiting (sleep is recorded, not slept)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from eventscope.watch import Fetcher, FetchFailed, WatchOptions
from eventscope.watch.fetch import retry_after_seconds
from eventscope.watch.ratelimit import HostRateLimiter

Handler = Callable[[httpx.Request], httpx.Response]


def fetcher(handler: Handler, slept: list[float], **options: object) -> Fetcher:
    opts = WatchOptions(**{"retries": 2, "backoff": 0.5, "rate_per_host": 1000.0,  # type: ignore[arg-type]
                           **options})
    f = Fetcher(opts, transport=httpx.MockTransport(handler), sleep=slept.append)
    f.limiter = HostRateLimiter(0.0)  # slept records backoff only
    return f


def robots_then(answers: list[httpx.Response], robots: httpx.Response | None = None,
                seen: list[httpx.Request] | None = None) -> Handler:
    """robots.txt gets ``robots`` (default 404); other paths get ``answers`` in turn."""

    def handle(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        if request.url.path == "/robots.txt":
            return robots if robots is not None else httpx.Response(404)
        return answers.pop(0)

    return handle


def test_5xx_is_retried_with_exponential_backoff_then_succeeds() -> None:
    slept: list[float] = []
    answers = [httpx.Response(503), httpx.Response(502), httpx.Response(200, text="ok")]
    with fetcher(robots_then(answers), slept) as f:
        assert f.get("http://news.example/a").content == b"ok"
    assert slept == [0.5, 1.0]


def test_retry_after_is_honoured_up_to_the_cap() -> None:
    slept: list[float] = []
    answers = [httpx.Response(429, headers={"Retry-After": "7"}),
               httpx.Response(503, headers={"Retry-After": "3600"}), httpx.Response(200)]
    with fetcher(robots_then(answers), slept, retry_after_cap=60.0) as f:
        f.get("http://news.example/a")
    assert slept == [7.0, 60.0]


def test_retries_run_out_into_a_transient_failure() -> None:
    slept: list[float] = []
    answers = [httpx.Response(500)] * 3
    with fetcher(robots_then(list(answers)), slept) as f, pytest.raises(FetchFailed) as err:
        f.get("http://news.example/a")
    assert err.value.transient and err.value.status == 500 and "HTTP 500" in str(err.value)
    assert len(slept) == 2


def test_connect_errors_are_transient_and_404_is_final() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with fetcher(refuse, [], retries=0) as f, pytest.raises(FetchFailed) as err:
        f.get("http://down.example/a")
    assert err.value.transient and "ConnectError" in str(err.value)
    with fetcher(robots_then([httpx.Response(404)]), []) as f, pytest.raises(FetchFailed) as err:
        f.get("http://news.example/gone")
    assert not err.value.transient and err.value.reason == "not_found"


@pytest.mark.parametrize(("robots", "allowed"), [
    (httpx.Response(404), True),
    (httpx.Response(403), True),
    (httpx.Response(503), False),
    (httpx.Response(200, text="User-agent: eventscope\nDisallow: /a\n"), False),
    (httpx.Response(200, text="User-agent: otherbot\nDisallow: /\n"), True),
])
def test_robots_conventions(robots: httpx.Response, allowed: bool) -> None:
    seen: list[httpx.Request] = []
    with fetcher(robots_then([httpx.Response(200)], robots, seen), [], retries=0) as f:
        if allowed:
            assert f.get("http://news.example/a").status == 200
        else:
            with pytest.raises(FetchFailed, match="robots.txt"):
                f.get("http://news.example/a")
    assert seen[0].url.path == "/robots.txt"


def test_robots_that_cannot_be_fetched_allows() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            raise httpx.ConnectTimeout("slow", request=request)
        return httpx.Response(200, text="page")

    with fetcher(handle, [], retries=0) as f:
        assert f.get("http://news.example/a").content == b"page"


def test_crawl_delay_lengthens_the_interval_for_that_host() -> None:
    robots = httpx.Response(200, text="User-agent: *\nCrawl-delay: 5\n")
    with fetcher(robots_then([httpx.Response(200)], robots), []) as f:
        f.get("http://news.example/a")
        assert f.limiter.interval_for("http://news.example") == 5.0
        assert f.limiter.interval_for("http://other.example") == 0.0


def test_a_body_over_the_cap_is_too_large() -> None:
    big = httpx.Response(200, content=b"x" * 5000)
    with fetcher(robots_then([big]), [], max_bytes=1000) as f, pytest.raises(FetchFailed) as err:
        f.get("http://news.example/a")
    assert err.value.reason == "too_large" and not err.value.transient


def test_the_user_agent_names_eventscope() -> None:
    seen: list[httpx.Request] = []
    with fetcher(robots_then([httpx.Response(200)], seen=seen), []) as f:
        f.get("http://news.example/a")
    assert all(r.headers["user-agent"].startswith("eventscope/") for r in seen)


def test_the_rate_limiter_spaces_each_host_on_its_own() -> None:
    now = [100.0]
    waits: list[float] = []
    limiter = HostRateLimiter(2.0, clock=lambda: now[0], sleep=waits.append)
    assert limiter.wait("http://a") == 0.0
    assert limiter.wait("http://b") == 0.0
    assert limiter.wait("http://a") == 2.0
    now[0] = 110.0
    assert limiter.wait("http://a") == 0.0
    assert waits == [2.0]


def test_retry_after_as_an_http_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 23, 8, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("Mon, 23 Nov 2026 08:00:30 GMT", now=now) == 30.0


def test_each_redirect_hop_is_checked_against_its_own_robots_txt() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            if request.url.host == "mirror.example":
                return httpx.Response(200, text="User-agent: *\nDisallow: /\n")
            return httpx.Response(404)
        if request.url.host == "news.example":
            return httpx.Response(301, headers={"Location": "http://mirror.example/a"})
        return httpx.Response(200, text="page")

    with fetcher(handle, []) as f, pytest.raises(FetchFailed, match="robots.txt of http://mirror"):
        f.get("http://news.example/a")


def test_redirects_are_followed_to_the_final_url_and_capped() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.path == "/old":
            return httpx.Response(302, headers={"Location": "/new"})
        if request.url.path == "/loop":
            return httpx.Response(307, headers={"Location": "/loop"})
        return httpx.Response(200, text="page")

    with fetcher(handle, []) as f:
        assert f.get("http://news.example/old").url == "http://news.example/new"
        with pytest.raises(FetchFailed, match="more than 5 redirects"):
            f.get("http://news.example/loop")
