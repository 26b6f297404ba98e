"""clean_document: the text, offsets, title, date and every rejection reason of the clean stage."""

from __future__ import annotations

import pytest

import eventscope.clean.document as document
from eventscope.clean import clean_document, headline, valid_date
from eventscope.config import Config
from eventscope.errors import InputError
from eventscope.ingest import REJECTION_REASONS, RawDocument

CONFIG = Config()
STORY = ("Iran is sending massive reinforcements to Abu Kamal, local sources said on Tuesday.\n\n"
         "Dozens of trucks crossed from Iraq through the Qaim crossing.")


def clean(**fields: str | None) -> document.Doc:
    return clean_document(RawDocument(id="d", **fields), CONFIG)  # type: ignore[arg-type]


def reason_of(raw: RawDocument, config: Config = CONFIG) -> str:
    with pytest.raises(InputError) as err:
        clean_document(raw, config)
    assert err.value.reason in REJECTION_REASONS
    return err.value.reason


def test_seed_is_cleaned_in_place(seed_text: str) -> None:
    doc = clean_document(RawDocument(id="abu-kamal-reinforcements", text=seed_text,
                                     date="2020-03-12"), CONFIG)
    assert doc.removed == ["skip to Main Content", "Back To Top"]
    assert len(doc.text) == len(seed_text)
    assert "skip to Main Content" not in doc.text and "Back To Top" not in doc.text
    start = seed_text.index("Iran is sending massive reinforcements")
    assert doc.text[start:] .startswith("Iran is sending massive reinforcements")
    assert doc.text.strip() == seed_text.replace("skip to Main Content", "") \
        .replace("Back To Top", "").strip()
    assert doc.meta.title == "Syria, what is Iran aiming? Huge reinforcements sent to Abu Kamal"
    assert doc.meta.title in doc.text
    assert (doc.meta.date, doc.meta.lang) == ("2020-03-12", "en")


def test_offsets_into_the_given_text_survive_normalisation() -> None:
    given = "Menu\r\nTroops\x00 entered\u200bKherson.\r\nShare\r\nThe army said so on Friday."
    doc = clean(text=given)
    assert len(doc.text) == len(given)
    i = given.index("Kherson")
    assert doc.text[i:i + 7] == "Kherson"
    assert doc.removed == ["Menu", "Share"]


def test_text_wins_over_html_when_both_are_given() -> None:
    doc = clean(text=STORY, html="<p>Something else entirely, about another place.</p>")
    assert doc.text == STORY


@pytest.mark.parametrize("given, kept", [
    ("2020-03-12", "2020-03-12"), ("2020-03-12T08:00:00Z", "2020-03-12"),
    (" 2020-03-12 ", "2020-03-12"), ("2020-02-30", None), ("12/03/2020", None),
    ("March 12, 2020", None), ("", None), (None, None), ("2020-3-12", None),
])
def test_date_is_validated_and_an_invalid_one_dropped(given: str | None, kept: str | None) -> None:
    assert valid_date(given) == kept
    assert clean(text=STORY, date=given).meta.date == kept


def test_title_from_input_else_headline() -> None:
    assert clean(text=STORY, title="  Given\n title ").meta.title == "Given title"
    assert clean(text="Troops sent to Abu Kamal\n\n" + STORY).meta.title == \
        "Troops sent to Abu Kamal"
    assert clean(text=STORY).meta.title is None  # the first line is a sentence, not a headline


def test_headline_rules() -> None:
    assert headline("Huge reinforcements sent to Abu Kamal\nIran is sending troops.") == \
        "Huge reinforcements sent to Abu Kamal"
    assert headline("Only one line here") is None
    assert headline("The army said on Tuesday it had sent troops.\nMore text.") is None
    assert headline("too few\nMore text.") is None


def test_metadata_strings_are_made_safe() -> None:
    meta = clean(text=STORY, title="bad \ud800 title", source="A\x00B").meta
    assert meta.title == "bad \ufffd title" and meta.source == "A B"
    assert meta.title is not None and meta.title.encode("utf-8")


@pytest.mark.parametrize("fields, reason", [
    ({"text": ""}, "empty"),
    ({"text": "   \n\t "}, "empty"),
    ({"text": "\x00\x00\x00"}, "empty"),
    ({}, "empty"),
    ({"text": "Share\nBack to top\nAdvertisement\n"}, "empty"),
    ({"html": "   "}, "empty"),
    ({"text": "Troops left."}, "too_short"),
    ({"text": "12345 67890 !!! ??? 2020-03-12 ... 99"}, "too_short"),
])
def test_rejections(fields: dict[str, str], reason: str) -> None:
    assert reason_of(RawDocument(id="d", **fields)) == reason  # type: ignore[arg-type]


def test_text_over_max_chars_is_rejected_not_truncated() -> None:
    assert reason_of(RawDocument(id="d", text=STORY), Config(max_chars=50)) == "too_large"


def test_non_english_is_rejected_naming_the_language_and_confidence() -> None:
    text = ("Des milliers de manifestants ont défilé mardi soir dans le centre de Tbilissi pour "
            "protester contre un projet de loi sur les agents étrangers, selon la police.")
    with pytest.raises(InputError) as err:
        clean_document(RawDocument(id="d", text=text), CONFIG)
    assert err.value.reason == "not_english"
    assert "French" in str(err.value) and "probability " in str(err.value)
    assert clean_document(RawDocument(id="d", text=text),
                          Config(check_language=False)).meta.lang is None


def test_an_unexpected_failure_becomes_a_clean_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(html: str, *, url: str | None = None) -> None:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(document, "extract_html", boom)
    with pytest.raises(InputError) as err:
        clean_document(RawDocument(id="d", html="<p>x</p>"), CONFIG)
    assert err.value.reason == "clean_error" and "parser exploded" in str(err.value)
