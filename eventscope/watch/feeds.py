"""RSS/Atom feeds, parsed by feedparser: a feed's title and its items (link, title, date).

feedparser reads every RSS and Atom dialect; it is given the fetched bytes (never a URL, so it
fetches nothing itself). A feed that is not well-formed XML (feedparser's ``bozo`` flag, except
for a harmless wrong charset declaration) raises :class:`FeedError` with feedparser's reason, so
the watcher can record the feed as failed and go on with the other sources.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import feedparser

from ..errors import EventscopeError

#: Content types that announce a feed (a URL answering with one is parsed as a feed).
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/xml", "text/xml", "application/x-rss+xml"})
_FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class FeedError(EventscopeError):
    """A feed could not be read: malformed XML, or not a feed at all."""


@dataclass(slots=True)
class FeedItem:
    """One entry: the page to fetch, and what the feed says about it."""

    url: str
    title: str | None = None
    date: str | None = None  # ISO 8601, UTC


@dataclass(slots=True)
class Feed:
    url: str
    title: str | None = None
    items: list[FeedItem] = field(default_factory=list)


def looks_like_feed(content_type: str, content: bytes) -> bool:
    """True for a feed content type, or XML that starts like a feed and is not an XHTML page.

    >>> looks_like_feed("text/html", b"<?xml version='1.0'?><rss version='2.0'></rss>")
    True
    >>> looks_like_feed("text/html", b"<!doctype html><html><p>Hi</p></html>")
    False
    """
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if content_type in FEED_TYPES or content_type.endswith(("+xml", "/rss")):
        return b"<html" not in head
    return head.startswith(_FEED_STARTS) and b"<html" not in head


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)


def parse_feed(content: bytes, *, url: str, content_type: str = "") -> Feed:
    """Parse feed bytes fetched from ``url``; relative item links are resolved against it.

    >>> xml = b'<rss version="2.0"><channel><title>Wire</title><item><title>Clash</title>'
    >>> xml += b'<link>/a/1.html</link></item></channel></rss>'
    >>> feed = parse_feed(xml, url="http://news.example/rss")
    >>> feed.title, feed.items[0].url
    ('Wire', 'http://news.example/a/1.html')
    """
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(content), response_headers=headers)
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(exc, _HARMLESS):
        raise FeedError(f"{url}: malformed feed ({type(exc).__name__}: {exc})")
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(f"{url}: not an RSS or Atom feed (no channel and no entries)")
    feed = Feed(url=url, title=parsed.feed.get("title") or None)
    seen: set[str] = set()
    for entry in parsed.entries:
        link = entry.get("link") or ""
        guid = entry.get("id") or ""
        if not link and urlsplit(guid).scheme in ("http", "https"):
            link = guid
        if not link:
            continue
        link = urljoin(url, link.strip())
        if urlsplit(link).scheme not in ("http", "https") or link in seen:
            continue
        seen.add(link)
        feed.items.append(FeedItem(url=link, title=entry.get("title") or None,
                                   date=_iso(entry.get("published_parsed")
                                             or entry.get("updated_parsed"))))
    return feed


__all__ = ["FEED_TYPES", "Feed", "FeedError", "FeedItem", "looks_like_feed", "parse_feed"]
