"""HTML through trafilatura: the story text and the page's metadata, without the furniture."""

from __future__ import annotations

import pytest

from eventscope.clean import clean_document, extract_html
from eventscope.config import Config
from eventscope.errors import InputError
from eventscope.ingest import RawDocument, sample_paths


@pytest.fixture(scope="module")
def page_html() -> str:
    path = next(p for p in sample_paths() if p.suffix == ".html")
    return path.read_text(encoding="utf-8")


def test_sample_page_text_and_metadata(page_html: str) -> None:
    doc = clean_document(RawDocument(id="p", html=page_html), Config())
    assert doc.text.startswith("Al-Shabaab fighters attack army base near Mogadishu")
    assert "stormed a Somali army base in Afgooye" in doc.text
    assert "regularly carries out bombings in the capital." in doc.text
    for furniture in ("cookies", "Skip to main content", "Opinion", "WhatsApp", "injected",
                      "trackPageView", "All rights reserved", "Privacy policy", "Gedo"):
        assert furniture not in doc.text, furniture
    assert doc.meta.title == "Al-Shabaab fighters attack army base near Mogadishu"
    assert doc.meta.date == "2023-09-14"
    assert doc.meta.url == "https://sample.invalid/somalia/al-shabaab-base-attack"
    assert doc.meta.source == "Horn Desk (sample)"
    assert "\n\n\n" not in doc.text and doc.text == doc.text.strip()


def test_input_metadata_wins_over_the_page(page_html: str) -> None:
    raw = RawDocument(id="p", html=page_html, date="2023-09-15", title="Given title",
                      url="https://given.invalid/", source="Given")
    meta = clean_document(raw, Config()).meta
    assert (meta.date, meta.title, meta.url, meta.source) == (
        "2023-09-15", "Given title", "https://given.invalid/", "Given")


def test_short_page_without_article_still_gives_its_text() -> None:
    page = extract_html("<html><body><div>Troops entered Kherson on Friday.</div></body></html>")
    assert page.text == "Troops entered Kherson on Friday."


@pytest.mark.parametrize("html", [
    "<html><head><title>Nothing here</title></head></html>",
    "<html><body></body></html>",
    "<html><body><script>alert('x')</script></body></html>",
])
def test_page_without_text_is_rejected_as_empty(html: str) -> None:
    with pytest.raises(InputError) as err:
        clean_document(RawDocument(id="p", html=html), Config())
    assert err.value.reason in ("empty", "too_short")


def test_deeply_nested_and_broken_html_does_not_crash() -> None:
    story = "<p>Soldiers clashed with protesters near the parliament in Tbilisi on Monday.</p>"
    for html in ("<div>" * 5000 + story + "</div>" * 5000, "<html><body><p>unclosed " + story,
                 "<<<>>>" + story + "</bogus></html></html>"):
        doc = clean_document(RawDocument(id="p", html=html), Config())
        assert "Soldiers clashed with protesters near the parliament in Tbilisi" in doc.text


def test_oversized_html_is_rejected_before_parsing() -> None:
    with pytest.raises(InputError) as err:
        clean_document(RawDocument(id="p", html="<p>" + "x" * 2000 + "</p>"),
                       Config(max_input_bytes=1000))
    assert err.value.reason == "too_large"
