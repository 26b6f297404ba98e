"""Directories and URL lists as sources; transient failures retried; --max-pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventscope.errors import InputError
from eventscope.store import Store
from eventscope.watch import Watcher, WatchOptions, read_url_list

from .site import AIRSTRIKE, KIDNAP, PROTEST, SHELLING, NewsSite, Reply


def test_a_directory_source_ingests_new_and_changed_files_once(pipeline, tmp_path: Path,
                                                               store: Store,
                                                               options: WatchOptions) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "kupiansk.txt").write_text("\n\n".join(SHELLING))
    (inbox / "idlib.html").write_text("<html><body>" + "".join(f"<p>{p}</p>" for p in AIRSTRIKE)
                                      + "</body></html>")
    (inbox / ".partial.txt").write_text("being written")
    with Watcher(pipeline, store, options=options) as watcher:
        first = watcher.poll([str(inbox)])
        assert first.sources[0].new == 2 and first.sources[0].stored == 2
        assert store.document("kupiansk") is not None and store.document("idlib") is not None
        events = store.count()

        assert "unchanged" in watcher.poll([str(inbox)]).lines()[0]
        (inbox / "mali.txt").write_text("\n\n".join(KIDNAP))
        third = watcher.poll([str(inbox)])
    assert third.sources[0].new == 1 and third.sources[0].stored == 1
    assert store.count() > events


def test_a_touched_file_with_the_same_content_is_already_known(pipeline, tmp_path: Path,
                                                               store: Store,
                                                               options: WatchOptions) -> None:
    (tmp_path / "kupiansk.txt").write_text("\n\n".join(SHELLING))
    with Watcher(pipeline, store, options=options) as watcher:
        watcher.poll([str(tmp_path)])
        st = (tmp_path / "kupiansk.txt").stat()
        os.utime(tmp_path / "kupiansk.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
        again = watcher.poll([str(tmp_path)]).sources[0]
    assert again.new == 1 and again.known == 1 and again.stored == 0


def test_a_url_list_mixes_feeds_and_pages(pipeline, site: NewsSite, tmp_path: Path,
                                          store: Store, options: WatchOptions) -> None:
    feed = site.feed("/rss.xml", [(site.page("/a/mali.html", "Kidnapping", KIDNAP), "Mali")])
    page = site.page("/b/khartoum.html", "Protest in Khartoum", PROTEST)
    listing = tmp_path / "sources.txt"
    listing.write_text(f"# our outlets\n{feed}\n\n{page}   # a single story\n{page}\n")
    with Watcher(pipeline, store, options=options) as watcher:
        first = watcher.poll([str(listing)])
        second = watcher.poll([str(listing)])
    pages, feed_report = first.sources
    assert pages.label.startswith("list ") and pages.stored == 1
    assert feed_report.label == f"feed {feed}" and feed_report.stored == 1
    assert second.total("new") == 0
    assert site.paths().count("/b/khartoum.html") == 1
    assert site.paths().count("/rss.xml") == 2


def test_a_bad_line_in_a_url_list_names_its_line(tmp_path: Path) -> None:
    listing = tmp_path / "sources.txt"
    listing.write_text("https://news.example/rss\nnews.example/other\n")
    with pytest.raises(InputError, match=r"sources.txt:2: 'news.example/other'"):
        read_url_list(listing)


def test_an_unknown_source_fails_alone(pipeline, site: NewsSite, tmp_path: Path, store: Store,
                                       options: WatchOptions) -> None:
    feed = site.feed("/rss.xml", [(site.page("/a/mali.html", "Kidnapping", KIDNAP), "Mali")])
    with Watcher(pipeline, store, options=options) as watcher:
        report = watcher.poll([str(tmp_path / "missing"), feed])
    assert report.sources[0].status == "failed" and "not an http(s) URL" in (
        report.sources[0].error or "")
    assert report.sources[1].stored == 1


def test_a_transient_page_failure_is_retried_on_the_next_poll(pipeline, site: NewsSite,
                                                              store: Store,
                                                              options: WatchOptions) -> None:
    good = site.page("/a/idlib.html", "Airstrike", AIRSTRIKE)
    body = site.routes["/a/idlib.html"]
    site.routes["/a/idlib.html"] = Reply(b"busy", status=503)
    feed = site.feed("/rss.xml", [(good, "Airstrike")])
    with Watcher(pipeline, store, options=options) as watcher:
        first = watcher.poll([feed])
        site.routes["/a/idlib.html"] = body
        second = watcher.poll([feed])
        third = watcher.poll([feed])
    assert first.total("retry") == 1 and first.total("rejected") == 0
    assert second.total("stored") == 1
    assert third.total("new") == 0
    assert store.connection.execute("SELECT count(*) FROM rejected").fetchone()[0] == 0


def test_a_page_that_keeps_failing_is_given_up_after_max_attempts(
        pipeline, site: NewsSite, store: Store) -> None:
    site.routes["/a/down.html"] = Reply(b"busy", status=502)
    feed = site.feed("/rss.xml", [(site.url("/a/down.html"), "Down")])
    options = WatchOptions(timeout=2.0, retries=0, rate_per_host=200.0, max_attempts=2)
    with Watcher(pipeline, store, options=options) as watcher:
        reports = [watcher.poll([feed]) for _ in range(3)]
    assert [r.total("retry") for r in reports] == [1, 0, 0]
    assert [r.total("rejected") for r in reports] == [0, 1, 0]
    row = store.connection.execute("SELECT reason, error FROM rejected").fetchone()
    assert row["reason"] == "http_error" and "gave up after 2 attempts" in row["error"]


def test_max_pages_defers_the_rest_to_the_next_poll(pipeline, site: NewsSite, store: Store) -> None:
    items = [(site.page(f"/n/{i}.html", f"Story {i}", text), f"Story {i}")
             for i, text in enumerate([SHELLING, AIRSTRIKE, PROTEST])]
    feed = site.feed("/rss.xml", items)
    options = WatchOptions(timeout=2.0, retries=0, rate_per_host=200.0, max_pages=2)
    with Watcher(pipeline, store, options=options) as watcher:
        first = watcher.poll([feed]).sources[0]
        second = watcher.poll([feed]).sources[0]
    assert (first.stored, first.deferred) == (2, 1) and "1 deferred" in first.line()
    assert (second.new, second.stored, second.deferred) == (1, 1, 0)


def test_a_page_that_is_not_text_is_rejected_as_binary(pipeline, site: NewsSite, store: Store,
                                                       options: WatchOptions) -> None:
    site.routes["/files/report.pdf"] = Reply(b"%PDF-1.4 ...",
                                             headers={"Content-Type": "application/pdf"})
    feed = site.feed("/rss.xml", [(site.url("/files/report.pdf"), "Report")])
    with Watcher(pipeline, store, options=options) as watcher:
        report = watcher.poll([feed]).sources[0]
    assert report.rejected == 1 and report.reasons["binary"] == 1


def test_a_link_that_redirects_to_a_story_already_met_is_not_stored_again(
        pipeline, site: NewsSite, store: Store, options: WatchOptions) -> None:
    story = site.page("/a/mali.html", "Kidnapping", KIDNAP)
    site.routes["/track/1"] = Reply(status=302, headers={"Location": "/a/mali.html"})
    wire = site.feed("/wire.xml", [(story, "Aid workers kidnapped")])
    other = site.feed("/other.xml", [(site.page("/b/kup.html", "Shelling", SHELLING), "Shelling"),
                                     (site.url("/track/1"), "Aid workers abducted")])
    with Watcher(pipeline, store, options=options) as watcher:
        report = watcher.poll([wire, other])
    assert report.sources[0].stored == 1
    assert (report.sources[1].stored, report.sources[1].known) == (1, 1)
    assert store.summary()["documents"] == 2


def test_watch_polls_again_after_the_interval() -> None:
    from itertools import islice

    from eventscope.watch import PollReport, watch

    class Counting:
        polls = 0

        def poll(self, sources: list[str]) -> PollReport:
            self.polls += 1
            return PollReport()

    slept: list[float] = []
    watcher = Counting()
    reports = list(islice(watch(watcher, ["x"], every=30.0, sleep=slept.append), 3))  # type: ignore[arg-type]
    assert len(reports) == 3 and watcher.polls == 3
    assert len(slept) == 2 and all(25.0 < s <= 30.0 for s in slept)
    assert len(list(watch(watcher, ["x"], once=True, sleep=slept.append))) == 1  # type: ignore[arg-type]


def test_a_listed_feed_that_is_down_is_a_failed_feed_not_a_rejected_page(
        pipeline, site: NewsSite, tmp_path: Path, store: Store, options: WatchOptions) -> None:
    feed = site.feed("/rss.xml", [(site.page("/a/mali.html", "Kidnapping", KIDNAP), "Mali")])
    listing = tmp_path / "sources.txt"
    listing.write_text(feed + "\n")
    with Watcher(pipeline, store, options=options) as watcher:
        watcher.poll([str(listing)])
        up = site.routes["/rss.xml"]
        site.routes["/rss.xml"] = Reply(b"oops", status=503)
        down = watcher.poll([str(listing)])
        site.routes["/rss.xml"] = up
        back = watcher.poll([str(listing)])
    assert down.sources[1].status == "failed" and "HTTP 503" in (down.sources[1].error or "")
    assert down.total("rejected") == 0 and back.sources[1].status == "ok"
    assert store.connection.execute("SELECT count(*) FROM rejected").fetchone()[0] == 0
