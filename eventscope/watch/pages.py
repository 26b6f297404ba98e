"""A fetched page -> the RawDocument that ``eventscope ingest`` would make of a file.

The page keeps its provenance: ``url`` (where it ended up after redirects), the feed item's
title and date, and the feed's title as ``source`` (else the host). HTML and plain text are
accepted; any other content type is rejected as ``binary`` before decoding. The declared
charset is used when the bytes decode with it; otherwise the ingest decoder guesses.
"""

from __future__ import annotations

import codecs
from urllib.parse import urlsplit

from ..errors import InputError
from ..ingest import decode_bytes, sniff_format
from ..ingest.records import RawDocument
from .fetch import FetchFailed, Response

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def decode_page(resp: Response) -> str:
    """The page's text: the HTTP charset when it fits the bytes, else ``decode_bytes``."""
    charset = resp.charset
    if charset:
        try:
            codecs.lookup(charset)
            return resp.content.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(resp.content)


def page_document(resp: Response, *, url: str, title: str | None = None,
                  date: str | None = None, source: str | None = None) -> RawDocument:
    """The RawDocument of a page fetched from ``url``; FetchFailed(binary) for non-text.

    >>> resp = Response(url="http://news.example/a", status=200,
    ...                 headers={"content-type": "text/html; charset=utf-8"},
    ...                 content=b"<html><body><p>Rebels shelled the town.</p></body></html>")
    >>> doc = page_document(resp, url="http://news.example/a", date="2026-11-23T10:00:00Z")
    >>> doc.id, doc.source, doc.html is not None
    ('http://news.example/a', 'news.example', True)
    """
    ctype = resp.content_type
    if ctype and ctype not in HTML_TYPES and not ctype.startswith("text/"):
        raise FetchFailed(f"{url}: the server sent {ctype}, not a news page", reason="binary")
    try:
        text = decode_page(resp)
    except InputError as e:
        raise FetchFailed(f"{url}: {e}", reason=e.reason) from None
    if ctype in HTML_TYPES:
        kind = "html"
    elif ctype == "text/plain":
        kind = "text"
    else:
        kind = sniff_format(resp.content[:8192])
    kind = "text" if kind == "jsonl" else kind  # a page is one document, whatever it starts with
    return RawDocument(id=url, text=None if kind == "html" else text,
                       html=text if kind == "html" else None, origin=url, url=resp.url or url,
                       title=title, date=date, source=source or urlsplit(url).netloc or None)


__all__ = ["HTML_TYPES", "decode_page", "page_document"]
