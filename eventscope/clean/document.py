"""RawDocument -> Doc: the clean stage's one entry point, :func:`clean_document`.

Decisions, so users know what to expect:

- **Offsets.** Plain ``text`` is cleaned in place: boilerplate lines become spaces and every
  normalisation keeps the length, so ``Doc.text`` has the same length as the text given and
  every offset means the same in both (the batch contract's promise). ``html`` is replaced by
  the extracted, compacted story text, and offsets index that (returned as ``"text"``).
  When both are given, ``text`` wins.
- **Title**: the input's, else the page's metadata (HTML), else the first line of a text page
  when it is short and reads like a headline (it stays in the text).
- **Date**: the input's when it is a valid ``YYYY-MM-DD`` (a time after it, as in
  ``2020-03-12T08:00:00Z``, is dropped), else the page's metadata date. An invalid date is
  dropped silently, not rejected: the document is still worth reading, and relative dates
  fall back to no anchor.
- **Rejections** (InputError reasons): ``empty`` (no text), ``too_large`` (text over
  ``Config.max_chars``, or HTML over ``Config.max_input_bytes`` characters: rejected, never
  truncated, so no event is read from half a story), ``too_short`` (fewer than
  ``Config.min_chars`` letters), ``not_english`` (see :mod:`.language`), ``clean_error``
  (an unexpected failure; a bug).

>>> from eventscope.config import Config
>>> doc = clean_document(RawDocument(id="d", text="Back To Top\\nIran sent troops to Abu Kamal."),
...                      Config())
>>> doc.removed, doc.text.strip()
(['Back To Top'], 'Iran sent troops to Abu Kamal.')
"""

from __future__ import annotations

import re
from datetime import date as Date

from ..config import Config
from ..doc import Doc, DocMeta
from ..errors import InputError
from ..ingest.records import RawDocument
from .boilerplate import filter_boilerplate
from .html import HtmlPage, extract_html
from .language import foreign_language
from .normalize import normalize_text

_DATE_RE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.,+\-Z ]*)?")
_HEADLINE_MAX_CHARS = 160
_HEADLINE_WORDS = (3, 25)

def language_name(code: str) -> str:
    """The English name of an ISO 639-1 code, from pycountry ("fr" -> "French"); else the code."""
    import pycountry

    lang = pycountry.languages.get(alpha_2=code)
    return str(lang.name) if lang is not None else code


def valid_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` when ``value`` starts with a real calendar date, else None.

    >>> valid_date("2020-03-12T08:00:00Z"), valid_date("2020-02-30"), valid_date("12/03/2020")
    ('2020-03-12', None, None)
    """
    if not value:
        return None
    m = _DATE_RE.fullmatch(value.strip())
    if not m:
        return None
    try:
        return Date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None


def _clean_meta(value: str | None) -> str | None:
    """A metadata string on one line, normalised; None when empty."""
    if value is None:
        return None
    return " ".join(normalize_text(value, keep_offsets=False).split()) or None


def headline(text: str) -> str | None:
    """The first line of ``text`` when it is short and reads like a headline, else None.

    >>> headline("Huge reinforcements sent to Abu Kamal\\n\\nIran is sending troops.")
    'Huge reinforcements sent to Abu Kamal'
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    first = lines[0]
    words = len(first.split())
    if (len(first) <= _HEADLINE_MAX_CHARS and _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]
            and not first.endswith((".", ",", ";", ":")) and any(c.isupper() for c in first)):
        return first
    return None


def _enough_letters(text: str, needed: int) -> bool:
    count = 0
    for c in text:
        if c.isalpha():
            count += 1
            if count >= needed:
                return True
    return count >= needed


def _clean_text(raw: RawDocument, config: Config) -> tuple[str, list[str], HtmlPage | None]:
    """The cleaned text, the removed lines, and the HTML page read (None for text input)."""
    if raw.text is not None and raw.text.strip():
        if len(raw.text) > config.max_chars:
            raise InputError(f"the text has {len(raw.text):,} characters, more than max_chars "
                             f"({config.max_chars:,}); split it or raise the setting",
                             reason="too_large")
        text = normalize_text(raw.text, keep_offsets=True)
        text, removed = filter_boilerplate(text, keep_offsets=True)
        return text, removed, None
    if raw.html is not None and raw.html.strip():
        if len(raw.html) > config.max_input_bytes:
            raise InputError(f"the HTML page has {len(raw.html):,} characters, more than "
                             f"max_input_bytes ({config.max_input_bytes:,})", reason="too_large")
        page = extract_html(raw.html, url=raw.url)
        text = normalize_text(page.text, keep_offsets=False)
        text, removed = filter_boilerplate(text, keep_offsets=False)
        text = normalize_text(text, keep_offsets=False)
        if len(text) > config.max_chars:
            raise InputError(f"the page's text has {len(text):,} characters, more than "
                             f"max_chars ({config.max_chars:,})", reason="too_large")
        return text, removed, page
    raise InputError("the document is empty (no text, or only whitespace)", reason="empty")


def _check_language(text: str, config: Config) -> str | None:
    """The accepted language of ``text``; InputError(not_english) when it is confidently not."""
    if not config.check_language:
        return None
    foreign = foreign_language(text, config.languages)
    if foreign is not None:
        code, prob = foreign
        name = language_name(code)
        accepted = ", ".join(config.languages)
        raise InputError(f"the text is in {name} ('{code}', probability {prob:.2f}), not in an "
                         f"accepted language ({accepted}); eventscope reads English only for now",
                         reason="not_english")
    return config.languages[0] if config.languages else None


def _clean(raw: RawDocument, config: Config) -> Doc:
    text, removed, page = _clean_text(raw, config)
    if not text.strip():
        why = "only site furniture" if removed else "no story text"
        raise InputError(f"the document has {why} (removed: {removed[:5]})" if removed
                         else f"the document has {why}", reason="empty")
    if not _enough_letters(text, config.min_chars):
        raise InputError(f"the text has fewer than {config.min_chars} letters: too short to read "
                         "events from", reason="too_short")
    lang = _check_language(text, config)
    title = _clean_meta(raw.title) or (_clean_meta(page.title) if page else None) \
        or headline(text)
    meta = DocMeta(
        date=valid_date(raw.date) or (valid_date(page.date) if page else None),
        title=title,
        url=_clean_meta(raw.url) or (_clean_meta(page.url) if page else None),
        source=_clean_meta(raw.source) or (_clean_meta(page.source) if page else None),
        lang=lang,
        origin=raw.origin,
    )
    return Doc(id=raw.id, text=text, meta=meta, removed=removed)


def clean_document(raw: RawDocument, config: Config) -> Doc:
    """Clean one raw document into a :class:`Doc`; raise InputError(reason=...) to reject it."""
    try:
        return _clean(raw, config)
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - hostile input must be rejected, never crash a run
        raise InputError(f"cleaning failed: {type(e).__name__}: {e}", reason="clean_error") from e


__all__ = ["clean_document", "valid_date", "headline", "language_name"]
