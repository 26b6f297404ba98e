"""The page in headless Chromium: markers, filters, the evidence view, the brush, hostile text.

Skipped (with the reason) only when /usr/bin/chromium is absent; CI installs it with
.ci/install-browser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from serve_docs import N_EVENTS, N_LOCATED

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def wait_markers(page: Any, n: int) -> None:
    page.wait_for_selector(f"#map[data-markers='{n}']", state="attached", timeout=10_000)
    page.wait_for_selector("body[data-ready]", state="attached", timeout=10_000)


def test_map_shows_every_located_event_and_a_screenshot(page: Any) -> None:
    wait_markers(page, N_LOCATED)
    assert page.evaluate("window.eventscope.total") == N_EVENTS
    assert page.locator("li.event-item").count() == N_EVENTS
    assert page.locator("#timeline svg .bars rect").count() >= 4
    page.wait_for_timeout(500)  # let the outlines draw
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-page.png"))
    assert page.errors == []


def test_a_type_filter_changes_the_markers(page: Any) -> None:
    page.check("input[name=type][value=PROTEST]")
    wait_markers(page, 1)
    assert page.locator("li.event-item").count() == 1
    marker = page.locator("#map .ev-marker.t-PROTEST")
    assert marker.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(179, 88, 6)"
    page.check("input[name=type][value=ASSAULT]")
    wait_markers(page, 2)  # syria:e1 is located, syria:e2 is not
    assert page.locator("li.event-item").count() == 3
    page.fill("input[name=q]", "students")
    page.press("input[name=q]", "Enter")
    wait_markers(page, 1)
    assert page.errors == []


def test_clicking_an_event_shows_its_evidence_highlighted(page: Any) -> None:
    page.click("li.event-item[data-event-id='syria:e1']")
    view = page.locator("article.event-view[data-event-id='syria:e1']")
    view.wait_for()
    marks = {role: view.locator(f"blockquote mark.hl-{role}").all_text_contents()
             for role in ("trigger", "source", "target", "place", "fatalities")}
    assert marks == {"trigger": ["attacked"], "source": ["Daesh"], "target": ["army"],
                     "place": ["Deir ez-Zor"], "fatalities": ["killing 5 soldiers"]}
    assert view.locator("blockquote").text_content() == (
        "Daesh fighters attacked an army post near Deir ez-Zor, killing 5 soldiers.")
    page.click("a.doc-link")
    reader = page.locator("article.doc-view .reader")
    reader.wait_for()
    assert reader.text_content().startswith("Iran sent troops to Abu Kamal")
    assert reader.locator("mark.hl-evidence").count() >= 1
    page.goto(page.url.split("#")[0] + "#/actor/isis")
    actor = page.locator("article.actor-view[data-actor-id='isis']")
    actor.wait_for()
    assert "Syrian Arab Army" in actor.locator("ul.counterparts").text_content()
    assert actor.locator("svg.network line").count() == 1
    assert page.errors == []


def test_brushing_the_timeline_filters_the_map(page: Any) -> None:
    wait_markers(page, N_LOCATED)
    box = page.locator("#timeline .brush .overlay").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.25, y, steps=5)
    page.mouse.up()
    wait_markers(page, 2)  # only the March 2020 events in Syria
    assert page.evaluate("window.eventscope.total") == 3
    assert page.locator("#list .brushed").count() == 1
    page.click("#list .brushed button")
    wait_markers(page, N_LOCATED)


def test_hostile_text_shows_as_text_and_never_runs(browser: Any, live_server: str) -> None:
    # CSP bypassed: this proves the page's own DOM building is safe, not only the header.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    try:
        page.goto(live_server + "/#/event/hostile:e0")
        view = page.locator("article.event-view[data-event-id='hostile:e0']")
        view.wait_for()
        quote = view.locator("blockquote").text_content()
        assert "<script>window.__pwned = 1</script>" in quote
        assert '<img src=x onerror="window.__pwned = 2">' in quote
        assert "Kharkiv<script>" in view.text_content()  # the place name, as text
        page.click("a.doc-link")
        reader = page.locator("article.doc-view")
        reader.wait_for()
        assert '<img src=y onerror="window.__pwned = 4">Headline' in reader.locator(
            "h2").text_content()
        page.wait_for_selector("li.event-item[data-event-id='hostile:e0']")
        page.click("li.event-item[data-event-id='hostile:e0']")
        page.wait_for_timeout(300)
        assert page.evaluate("document.querySelectorAll('#side script, #side img, "
                             "#filters script, #side [onerror], #side [onclick]').length") == 0
        hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
        assert not any(h and h.strip().lower().startswith("javascript:") for h in hrefs)
        for link in page.locator("#side a").all():
            if "click me" in (link.text_content() or ""):
                link.click()
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert errors == []
    finally:
        context.close()
