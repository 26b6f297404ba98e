"""The boilerplate filter: site furniture lines go, story text stays byte for byte."""

from __future__ import annotations

import pytest

from eventscope.clean import boilerplate_rule, filter_boilerplate


def test_seed_loses_exactly_its_two_furniture_lines(seed_text: str) -> None:
    cleaned, removed = filter_boilerplate(seed_text, keep_offsets=True)
    assert removed == ["skip to Main Content", "Back To Top"]
    assert len(cleaned) == len(seed_text)
    assert "skip to Main Content" not in cleaned and "Back To Top" not in cleaned
    kept = [line for line in seed_text.split("\n")
            if line.strip() not in ("skip to Main Content", "Back To Top")]
    assert [line for line in cleaned.split("\n") if line.strip()] == [k for k in kept if k.strip()]
    # every character outside the two removed lines is where it was
    for i, (a, b) in enumerate(zip(seed_text, cleaned)):
        assert a == b or b == " ", i


def test_dropping_mode_removes_the_lines(seed_text: str) -> None:
    cleaned, removed = filter_boilerplate(seed_text, keep_offsets=False)
    assert len(removed) == 2
    assert cleaned.lstrip().startswith("Syria, what is Iran aiming?")
    assert not cleaned.rstrip().endswith("Top")


@pytest.mark.parametrize("line", [
    "skip to Main Content", "Skip to content", "Skip navigation", "Back To Top", "Back to top ↑",
    "Return to top of page", "Share", "Share this article", "Share on Facebook", "Tweet",
    "Facebook Twitter WhatsApp Email", "Facebook | Twitter | LinkedIn", "Follow us on Twitter",
    "Sign up for our daily newsletter", "Subscribe now", "Subscribe to our newsletter",
    "Get the latest news delivered to your inbox every morning.",
    "We use cookies to improve your experience on our website. By continuing to browse, you "
    "agree to our use of cookies.",
    "Accept all cookies", "Manage cookies", "Cookie policy",
    "Read more", "Read more: Drone attacks on Odesa port damage grain terminal",
    "READ MORE: EU-Canada trade deal clears hurdle", "Related: Talks resume in Geneva",
    "Related stories", "Continue reading", "Advertisement", "ADVERTISEMENT",
    "Story continues below advertisement", "Log in", "Sign in or register", "Menu", "Search",
    "Home | World | Europe | Caucasus", "Home > News > Middle East > Syria",
    "© 2024 The Daily Example", "Copyright 2021 Example Media Ltd.",
    "All rights reserved.", "Listen to this article", "3 min read", "Print this article",
])
def test_furniture_lines_are_recognised(line: str) -> None:
    assert boilerplate_rule(line) is not None, line


@pytest.mark.parametrize("line", [
    "Syria, what is Iran aiming? Huge reinforcements sent to Abu Kamal",
    "Protesters shared bread and water outside parliament.",
    "The ministry said it would share intelligence with Iraq.",
    "Read the statement in full, the spokesman told reporters.",
    "Residents said they could not get back to their homes near the top of the hill.",
    "Related talks between Baku and Yerevan stalled in March.",
    "The home ministry said 14 people were detained.",
    "Copyright disputes were not on the agenda, the envoy said in Geneva on Monday.",
    "Police handed out cookies and accepted donations from residents.",
    "Ukraine war – latest: Russia strikes Kyiv overnight",
    "Advertisement boards were torn down by protesters in Tbilisi.",
    "He said: “Subscribe to peace, not to war.”",
    "Kherson",
    "",
])
def test_story_lines_are_kept(line: str) -> None:
    assert boilerplate_rule(line) is None, line


def test_long_lines_are_never_removed_by_the_short_line_rules() -> None:
    line = "Share " + "the troops moved towards the border " * 5
    assert len(line) > 120 and boilerplate_rule(line) is None


def test_filter_records_removed_lines_stripped() -> None:
    text = "  Advertisement  \nTroops entered Kherson.\n\tShare\n"
    cleaned, removed = filter_boilerplate(text, keep_offsets=True)
    assert removed == ["Advertisement", "Share"]
    assert cleaned == " " * 17 + "\nTroops entered Kherson.\n      \n"
