"""The watcher: poll every source once (``Watcher.poll``), or again and again (``watch``).

Each poll, per source:

- a **URL** is fetched with a conditional request (the ETag / Last-Modified it gave last time).
  304: unchanged. A feed (by content type, or XML that starts like RSS/Atom) is parsed and each
  item not met before is fetched and ingested; a page is ingested once.
- a **URL list** file: each URL in it is handled the same way, except that a URL that never
  answered as a feed counts as a page (fetched once; a failure is a page rejection).
- a **directory**: files that are new, or changed since they were last read, are read with
  :func:`eventscope.ingest.read_file` exactly as ``eventscope ingest DIR`` would.

Every document then goes the way ``eventscope ingest`` sends it: content already in the store is
skipped, the rest runs through the pipeline and is stored in its own transaction, and every
rejection is recorded with its reason. A page that fails for good (404, refused by robots.txt,
not text) is rejected and never fetched again; one that fails transiently (timeout, connect
error, 5xx, 429) is tried again on later polls, up to ``WatchOptions.max_attempts``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ..batch import store_result
from ..doc import Doc, Rejection
from ..errors import InputError
from ..ingest import read_file
from ..ingest.records import RawDocument
from .feeds import FeedError, FeedItem, looks_like_feed, parse_feed
from .fetch import Fetcher, FetchFailed, Response
from .options import WatchOptions
from .pages import page_document
from .report import PollReport, SourceReport
from .sources import Source, classify, document_id, read_url_list, walk_directory
from .state import WatchState

Item = tuple[str | None, RawDocument | Rejection]  # (page URL to record, or None; the input)


class Watcher:
    """Polls sources into ``store`` through ``pipeline``; use as a context manager.

    ``fetcher`` is for tests (one built on a mock transport); by default one is made from
    ``options`` and closed with the watcher.
    """

    def __init__(self, pipeline: Any, store: Any, *, options: WatchOptions | None = None,
                 fetcher: Fetcher | None = None) -> None:
        self.pipeline = pipeline
        self.store = store
        self.options = options or (fetcher.options if fetcher else WatchOptions())
        self.fetcher = fetcher or Fetcher(self.options)
        self._own_fetcher = fetcher is None
        self.state = WatchState(store)
        self._budget: int | None = None

    def close(self) -> None:
        if self._own_fetcher:
            self.fetcher.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- one poll -----------------------------------------------------------------------------

    def poll(self, sources: Sequence[str | Source]) -> PollReport:
        """Poll every source once, in order; a failing source never stops the others."""
        t0 = time.perf_counter()
        self._budget = self.options.max_pages
        report = PollReport()
        for value in sources:
            try:
                source = value if isinstance(value, Source) else classify(value)
            except InputError as e:
                report.sources.append(SourceReport(str(value), status="failed", error=str(e)))
                continue
            if source.kind == "directory":
                report.sources.append(self._poll_directory(Path(source.value), source.label))
            elif source.kind == "url":
                rep = self._poll_url(source.value, listed=None)
                report.sources.append(rep or SourceReport(source.label))
            else:
                report.sources.extend(self._poll_list(source))
        report.seconds = time.perf_counter() - t0
        return report

    def _poll_list(self, source: Source) -> list[SourceReport]:
        """One line for the pages of the list, then one per feed in it."""
        pages = SourceReport(source.label)
        try:
            urls = read_url_list(source.value)
        except InputError as e:
            return [SourceReport(source.label, status="failed", error=str(e))]
        feeds = [self._poll_url(url, listed=pages) for url in urls]
        return [pages, *(f for f in feeds if f is not None)]

    def _poll_url(self, url: str, *, listed: SourceReport | None) -> SourceReport | None:
        """Poll one URL; a page listed in a URL list adds to ``listed`` and returns None."""
        label = f"feed {url}"
        known_feed = self.state.is_feed(url)
        if self.state.page_done(url):
            return SourceReport(f"page {url}") if listed is None else None
        if listed is not None and not known_feed and not self._take_budget(listed):
            return None
        as_page = listed if listed is not None and not known_feed else None
        validators = self.state.feed(url)
        headers: dict[str, str] = {}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        try:
            resp = self.fetcher.get(url, headers=headers)
        except FetchFailed as e:
            if as_page is not None:
                as_page.new += 1
                self._page_failed(url, e, feed_url=None, rep=as_page)
                return None
            self.state.save_feed(url, status="failed", error=str(e), keep_validators=True)
            return SourceReport(label, status="failed", error=_short(str(e), url))
        if resp.status == 304:
            self.state.save_feed(url, status="unchanged", keep_validators=True)
            rep = SourceReport(label, not_modified=True)
            self._retry_pages(url, validators.title if validators else None, rep)
            return rep
        if known_feed or looks_like_feed(resp.content_type, resp.content):
            if as_page is not None and self._budget is not None:
                self._budget += 1  # a feed costs no page budget
            return self._read_feed(url, resp, label)
        rep = as_page if as_page is not None else SourceReport(f"page {url}")
        rep.new += 1
        try:
            raw = page_document(resp, url=url)
        except FetchFailed as e:
            self._page_failed(url, e, feed_url=None, rep=rep)
        else:
            self._ingest([(url, raw)], rep, feed_url=None)
        return None if as_page is not None else rep

    def _read_feed(self, url: str, resp: Response, label: str) -> SourceReport:
        try:
            feed = parse_feed(resp.content, url=resp.url or url, content_type=resp.content_type)
        except FeedError as e:
            self.state.save_feed(url, status="failed", error=str(e), keep_validators=True)
            return SourceReport(label, status="failed", error=_short(str(e), url))
        self.state.save_feed(url, status="ok", title=feed.title, etag=resp.headers.get("etag"),
                             last_modified=resp.headers.get("last-modified"),
                             n_items=len(feed.items))
        rep = SourceReport(label)
        todo = [item for item in feed.items if not self.state.page_done(item.url)]
        listed = {item.url for item in todo}
        todo += [FeedItem(u) for u in self.state.pending_retries(url) if u not in listed]
        self._ingest(self._fetch_pages(todo, feed_url=url, source=feed.title, rep=rep), rep,
                     feed_url=url)
        return rep

    def _retry_pages(self, feed_url: str, source: str | None, rep: SourceReport) -> None:
        todo = [FeedItem(u) for u in self.state.pending_retries(feed_url)]
        if todo:
            self._ingest(self._fetch_pages(todo, feed_url=feed_url, source=source, rep=rep), rep,
                         feed_url=feed_url)

    def _take_budget(self, rep: SourceReport) -> bool:
        """Whether ``max_pages`` leaves room for one more page this poll (else count it deferred)."""
        if self._budget is None:
            return True
        if self._budget <= 0:
            rep.deferred += 1
            return False
        self._budget -= 1
        return True

    def _fetch_pages(self, items: Iterable[FeedItem], *, feed_url: str, source: str | None,
                     rep: SourceReport) -> Iterator[Item]:
        """Fetch each item's page, lazily (so pages are processed in batches as they come)."""
        for item in items:
            if not self._take_budget(rep):
                continue
            rep.new += 1
            try:
                resp = self.fetcher.get(item.url)
                if resp.url != item.url and self.state.page_done(resp.url):
                    rep.known += 1  # a redirect to a story already met (another feed's link)
                    self.state.save_page(item.url, status="known", feed_url=feed_url)
                    continue
                raw = page_document(resp, url=item.url, title=item.title, date=item.date,
                                    source=source)
            except FetchFailed as e:
                self._page_failed(item.url, e, feed_url=feed_url, rep=rep)
                continue
            yield item.url, raw

    def _page_failed(self, url: str, e: FetchFailed, *, feed_url: str | None,
                     rep: SourceReport) -> None:
        """Reject the page for good, or leave it for a later poll when the cause is transient."""
        attempts = self.state.attempts(url) + 1
        if e.transient and attempts < self.options.max_attempts:
            self.state.save_page(url, status="retry", feed_url=feed_url, reason=e.reason,
                                 error=str(e))
            rep.retry += 1
            return
        error = str(e) + (f" (gave up after {attempts} attempts)" if e.transient else "")
        self.store.add_rejection(Rejection(id=url, error=error, reason=e.reason, origin=url))
        self.state.save_page(url, status="rejected", feed_url=feed_url, reason=e.reason,
                             error=error)
        rep.rejected += 1
        rep.reasons[e.reason] += 1

    # -- directories --------------------------------------------------------------------------

    def _poll_directory(self, root: Path, label: str) -> SourceReport:
        rep = SourceReport(label)
        config = self.pipeline.config
        for rel, path, st in walk_directory(root):
            key = str(path.resolve())
            if not self.state.file_changed(key, st.st_size, st.st_mtime_ns):
                continue
            if not self._take_budget(rep):
                continue
            rep.new += 1
            items = read_file(path, doc_id=document_id(rel), config=config)
            self._ingest(((None, item) for item in items), rep, feed_url=None)
            self.state.save_file(key, st.st_size, st.st_mtime_ns)
        return rep

    # -- into the store, the way `eventscope ingest` does it ----------------------------------

    def _ingest(self, items: Iterable[Item], rep: SourceReport, *, feed_url: str | None) -> None:
        it = iter(items)
        while chunk := list(islice(it, self.pipeline.config.batch_size)):
            self._ingest_chunk(chunk, rep, feed_url=feed_url)

    def _ingest_chunk(self, chunk: list[Item], rep: SourceReport, *,
                      feed_url: str | None) -> None:
        todo: list[Item] = []
        for url, item in chunk:
            if isinstance(item, RawDocument) and self.store.has(item.content_hash):
                rep.known += 1
                self._record(url, item, "known", feed_url, item.id)
                continue
            todo.append((url, item))
        results = self.pipeline.pipe([item for _, item in todo], n_process=1)
        for (url, item), out in zip(todo, results):
            content_hash = item.content_hash if isinstance(item, RawDocument) else None
            if isinstance(out, Rejection):
                out.origin = out.origin or url
                out.content_hash = out.content_hash or content_hash
            filed, added = store_result(self.store, out, content_hash)
            if isinstance(filed, Doc):
                rep.stored += int(added)
                rep.known += int(not added)
                rep.events += len(filed.events) if added else 0
                self._record(url, item, "stored" if added else "known", feed_url, filed.id)
                continue
            out = filed
            rep.rejected += 1
            rep.reasons[out.reason] += 1
            if url:
                self.state.save_page(url, status="rejected", feed_url=feed_url,
                                     reason=out.reason, error=out.error)

    def _record(self, url: str | None, item: RawDocument | Rejection, status: str,
                feed_url: str | None, doc_id: str | None) -> None:
        """Remember a page's outcome, under the URL it was redirected to as well."""
        if not url or not isinstance(item, RawDocument):
            return
        for key in dict.fromkeys([url, item.url or url]):
            self.state.save_page(key, status=status, feed_url=feed_url, doc_id=doc_id,
                                 content_hash=item.content_hash)


def _short(message: str, url: str) -> str:
    """The message without the URL it starts with (the report line names the source already)."""
    return message[len(url) + 2:] if message.startswith(url + ": ") else message


def watch(watcher: Watcher, sources: Sequence[str | Source], *, every: float = 300.0,
          once: bool = False, sleep: Any = time.sleep) -> Iterator[PollReport]:
    """Poll ``sources`` every ``every`` seconds (from the start of one poll to the next), yielding
    each poll's report; with ``once``, a single poll. Stop it with Ctrl-C (KeyboardInterrupt)."""
    while True:
        start = time.monotonic()
        yield watcher.poll(sources)
        if once:
            return
        sleep(max(0.0, start + every - time.monotonic()))


__all__ = ["Watcher", "watch"]
