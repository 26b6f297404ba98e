"""HTML pages -> main story text plus metadata (title, date, url, site), via trafilatura.

trafilatura finds the article body and drops navigation, scripts, comments and footers; its
metadata reader (htmldate, Open Graph, JSON-LD) gives the title, publication date, canonical
url and site name. When it finds no article body (very short or odd pages) the page is read
again favouring recall, and as a last resort all visible text is taken; the boilerplate filter
then removes the furniture.

>>> page = extract_html("<html><head><title>T</title></head><body><p>Hello there.</p></body></html>")
>>> page.text
'Hello there.'
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html import unescape
from typing import Any


_INVISIBLE = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>|<!--.*?-->",
                        re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_BLOCK = re.compile(r"</?(p|div|br|h[1-6]|li|tr|article|section|header|footer|nav|aside|"
                    r"blockquote|pre|table|ul|ol)\b[^>]*>", re.IGNORECASE)


def strip_tags(html: str) -> str:
    r"""All visible text of ``html`` by pattern, block elements on lines of their own: the last
    resort for pages no HTML parser can read.

    >>> strip_tags("<div><script>x()</script><p>One &amp; two</p><p>Three</p></div>")
    'One & two\nThree'
    """
    text = _INVISIBLE.sub(" ", html)
    text = _BLOCK.sub("\n", text)
    text = unescape(_TAG.sub(" ", text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(slots=True)
class HtmlPage:
    """What was read from one HTML page; every field but ``text`` may be missing."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


def _meta(result: Any, name: str) -> str | None:
    value = getattr(result, name, None)
    return value.strip() or None if isinstance(value, str) else None


def _quiet_library_logs() -> None:
    """Keep trafilatura's complaints about broken pages off stderr unless logging is set up.

    Without a handler, Python prints library warnings to stderr ("lastResort"); a NullHandler
    stops that and still lets the records reach handlers an application configures.
    """
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def extract_html(html: str, *, url: str | None = None) -> HtmlPage:
    """The main text and metadata of ``html``; ``text`` is '' when the page has no text."""
    import trafilatura

    _quiet_library_logs()

    options: dict[str, Any] = {"url": url, "with_metadata": True, "include_comments": False,
                               "include_tables": False, "include_images": False}
    result = trafilatura.bare_extraction(html, **options)
    if result is None or not (getattr(result, "text", None) or "").strip():
        recall = trafilatura.bare_extraction(html, favor_recall=True, **options)
        if recall is not None and (getattr(recall, "text", None) or "").strip():
            result = recall
    text = (getattr(result, "text", None) or "") if result is not None else ""
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    if not text.strip():  # lxml gave up (e.g. nesting deeper than libxml2 allows)
        text = strip_tags(html)
    # trafilatura separates paragraphs with one newline; a blank line reads better and
    # matches the layout of text pages
    text = "\n\n".join(p for p in (line.strip() for line in text.split("\n")) if p)
    if result is None:
        return HtmlPage(text=text)
    return HtmlPage(text=text, title=_meta(result, "title"), date=_meta(result, "date"),
                    url=_meta(result, "url"),
                    source=_meta(result, "sitename") or _meta(result, "hostname"))


__all__ = ["HtmlPage", "extract_html", "strip_tags"]
