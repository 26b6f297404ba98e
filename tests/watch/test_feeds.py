"""Feeds into the store, against a local news site: each page once, politely."""

from __future__ import annotations

import itertools

from eventscope.store import Store
from eventscope.watch import Watcher, WatchOptions

from .site import AIRSTRIKE, KIDNAP, PROTEST, SHELLING, NewsSite


def _three_page_feed(site: NewsSite, *, etag: str | None = None) -> str:
    items = [(site.page("/news/kupiansk.html", "Shelling in Kupiansk", SHELLING), "Shelling"),
             (site.page("/news/idlib.html", "Airstrike near Idlib", AIRSTRIKE), "Airstrike"),
             (site.page("/news/khartoum.html", "Protest in Khartoum", PROTEST), "Protest")]
    return site.feed("/rss.xml", items, etag=etag)


def test_a_feed_of_three_items_is_ingested_once(pipeline, site: NewsSite, store: Store,
                                                options: WatchOptions) -> None:
    feed = _three_page_feed(site)
    with Watcher(pipeline, store, options=options) as watcher:
        first = watcher.poll([feed])
    assert first.total("stored") == 3 and not first.failed
    events = store.count()
    assert events >= 3
    doc = store.document("http://" + feed.split("/")[2] + "/news/kupiansk.html")
    assert doc is not None and doc["title"] == "Shelling" and doc["source"] == "Frontline Wire"
    assert doc["url"].endswith("/news/kupiansk.html") and doc["pub_date"].startswith("2026-11-23")

    before = len(site.requests)
    with Watcher(pipeline, store, options=options) as watcher:  # a second run, a new process
        second = watcher.poll([feed])
    assert second.total("new") == 0 and second.total("stored") == 0
    assert "unchanged" in second.lines()[0]
    assert store.count() == events
    assert not [p for p in site.paths()[before:] if p.startswith("/news/")]


def test_a_feed_is_asked_conditionally_and_a_304_is_unchanged(pipeline, site: NewsSite,
                                                              store: Store,
                                                              options: WatchOptions) -> None:
    feed = _three_page_feed(site, etag='"v1"')
    with Watcher(pipeline, store, options=options) as watcher:
        assert watcher.poll([feed]).total("stored") == 3
        second = watcher.poll([feed])
    feed_requests = [r for r in site.requests if r.path == "/rss.xml"]
    assert "if-none-match" not in feed_requests[0].headers
    assert feed_requests[1].headers["if-none-match"] == '"v1"'
    assert feed_requests[1].headers["if-modified-since"] == "Mon, 23 Nov 2026 08:00:00 GMT"
    assert second.sources[0].not_modified and "304" in second.lines()[0]


def test_every_request_names_eventscope(pipeline, site: NewsSite, store: Store,
                                        options: WatchOptions) -> None:
    feed = _three_page_feed(site)
    with Watcher(pipeline, store, options=options) as watcher:
        watcher.poll([feed])
    agents = {r.headers.get("user-agent", "") for r in site.requests}
    assert agents and all(a.startswith("eventscope/") for a in agents)
    assert site.paths()[0] == "/robots.txt"


def test_a_feed_that_times_out_fails_and_the_others_go_on(pipeline, site: NewsSite,
                                                          store: Store) -> None:
    from .site import Reply

    site.routes["/slow.xml"] = Reply(b"<rss/>", delay=3.0)
    good = site.feed("/good.xml", [(site.page("/a/mali.html", "Kidnapping", KIDNAP), "Mali")])
    options = WatchOptions(timeout=0.3, retries=0, rate_per_host=200.0)
    with Watcher(pipeline, store, options=options) as watcher:
        report = watcher.poll([site.url("/slow.xml"), good])
    slow, fast = report.sources
    assert slow.status == "failed" and "timed out after 0.3 s" in (slow.error or "")
    assert "FAILED" in slow.line()
    assert fast.status == "ok" and fast.stored == 1


def test_a_page_that_404s_is_rejected_once_with_its_reason(pipeline, site: NewsSite,
                                                           store: Store,
                                                           options: WatchOptions) -> None:
    gone = site.url("/news/deleted.html")
    feed = site.feed("/rss.xml", [(gone, "Deleted story"),
                                  (site.page("/news/mali.html", "Kidnapping", KIDNAP), "Mali")])
    with Watcher(pipeline, store, options=options) as watcher:
        first = watcher.poll([feed])
        second = watcher.poll([feed])
    assert first.total("rejected") == 1 and first.sources[0].reasons["not_found"] == 1
    assert first.total("stored") == 1
    row = store.connection.execute("SELECT reason, error FROM rejected WHERE origin = ?",
                                   (gone,)).fetchone()
    assert row["reason"] == "not_found" and "HTTP 404" in row["error"]
    assert site.paths().count("/news/deleted.html") == 1
    assert second.total("new") == 0


def test_a_malformed_feed_fails_with_the_parser_reason(pipeline, site: NewsSite, store: Store,
                                                       options: WatchOptions) -> None:
    from .site import Reply

    site.routes["/broken.xml"] = Reply(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item>'
        b"<title>Clash</title><link>/x.html</link></item></chanel></rss>",
        headers={"Content-Type": "application/rss+xml"})
    good = site.feed("/good.xml", [(site.page("/a/mali.html", "Kidnapping", KIDNAP), "Mali")])
    with Watcher(pipeline, store, options=options) as watcher:
        report = watcher.poll([site.url("/broken.xml"), good])
    broken = report.sources[0]
    assert broken.status == "failed" and "malformed feed" in (broken.error or "")
    assert report.sources[1].stored == 1
    row = store.connection.execute("SELECT status, error FROM watch_feeds WHERE url = ?",
                                   (site.url("/broken.xml"),)).fetchone()
    assert row["status"] == "failed" and "malformed" in row["error"]


def test_robots_txt_is_respected(pipeline, site: NewsSite, store: Store,
                                 options: WatchOptions) -> None:
    from .site import Reply

    site.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /private/\n",
                                       headers={"Content-Type": "text/plain"})
    secret = site.page("/private/khartoum.html", "Protest", PROTEST)
    feed = site.feed("/rss.xml", [(secret, "Protest"),
                                  (site.page("/news/mali.html", "Kidnapping", KIDNAP), "Mali")])
    with Watcher(pipeline, store, options=options) as watcher:
        report = watcher.poll([feed])
    assert "/private/khartoum.html" not in site.paths()
    assert report.total("stored") == 1 and report.total("rejected") == 1
    row = store.connection.execute("SELECT reason, error FROM rejected WHERE origin = ?",
                                   (secret,)).fetchone()
    assert row["reason"] == "robots_disallowed" and "robots.txt" in row["error"]
    assert site.paths().count("/robots.txt") == 1  # fetched once per host, then cached


def test_requests_to_one_host_are_spaced_by_the_rate_limit(pipeline, site: NewsSite,
                                                           store: Store) -> None:
    feed = _three_page_feed(site)
    options = WatchOptions(timeout=2.0, retries=0, rate_per_host=4.0)  # 0.25 s apart
    with Watcher(pipeline, store, options=options) as watcher:
        watcher.poll([feed])
    times = [r.at for r in site.requests]
    assert len(times) == 5  # robots.txt, the feed, three pages
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.15, gaps
