"""normalize_text: in place for text input (same length), compacting for HTML text."""

from __future__ import annotations

import unicodedata

import pytest

from eventscope.clean import normalize_text


@pytest.mark.parametrize("given, expected", [
    ("a\r\nb", "a \nb"),
    ("a\rb", "a\nb"),
    ("a\x00b\x07c\x1bd", "a b c d"),
    ("\ufeffTroops", " Troops"),
    ("zero\u200bwidth", "zero width"),
    ("line\u2028sep\x85nel", "line\nsep\nnel"),
    ("bad \ud800 surrogate", "bad \ufffd surrogate"),
    ("Cafe\u0301 Zu\u0308rich", "Cafe\u0301 Zu\u0308rich"),  # NFC would shorten: kept as is
    ("\u212b", "\u00c5"),  # Angstrom sign -> A with ring: same length, normalised
    ("\u201cquoted\u201d \u2014 it\u2019s", "\u201cquoted\u201d \u2014 it\u2019s"),
])
def test_in_place_normalisation(given: str, expected: str) -> None:
    out = normalize_text(given, keep_offsets=True)
    assert out == expected
    assert len(out) == len(given)


def test_compacting_normalisation() -> None:
    given = "  Title \r\n\r\n\r\n\r\nCafe\u0301   said\t\tno.\x00 \n\n\n\nEnd  "
    out = normalize_text(given, keep_offsets=False)
    assert out == "Title\n\nCaf\u00e9 said no.\n\nEnd"
    assert unicodedata.is_normalized("NFC", out)


def test_in_place_is_idempotent() -> None:
    text = "a\r\nb\x00c\u2028d"
    once = normalize_text(text, keep_offsets=True)
    assert normalize_text(once, keep_offsets=True) == once
