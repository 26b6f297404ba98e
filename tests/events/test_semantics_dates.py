"""Dates: relative expressions resolve against the publication date (2020-03-12, a Thursday)."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.doc import Doc, DocMeta
from eventscope.events.dates import resolve_date, resolve_text

PUB = date(2020, 3, 12)


@pytest.mark.parametrize("text,start,end,precision", [
    ("Iran sent troops on Tuesday.", "2020-03-10", "2020-03-10", "day"),
    ("Rebels attacked on Thursday.", "2020-03-12", "2020-03-12", "day"),
    ("Rebels attacked last Thursday.", "2020-03-05", "2020-03-05", "day"),
    ("Talks resume next Monday.", "2020-03-16", "2020-03-16", "day"),
    ("The convoy was hit yesterday.", "2020-03-11", "2020-03-11", "day"),
    ("Shelling continued last night.", "2020-03-11", "2020-03-11", "day"),
    ("Troops massed on the border last week.", "2020-03-02", "2020-03-08", "week"),
    ("In recent days, reinforcements have arrived.", "2020-03-10", "2020-03-12", "range"),
    ("Protests spread last month.", "2020-02-01", "2020-02-29", "month"),
    ("The town fell on March 3.", "2020-03-03", "2020-03-03", "day"),
    ("The town fell on March 30.", "2019-03-30", "2019-03-30", "day"),
    ("The group was founded in 2019.", "2019-01-01", "2019-12-31", "year"),
    ("The raid took place on 2018-05-04.", "2018-05-04", "2018-05-04", "day"),
    ("The raid took place on 4 May 2018.", "2018-05-04", "2018-05-04", "day"),
    ("The raid took place on May 4th, 2018.", "2018-05-04", "2018-05-04", "day"),
    ("Fighting broke out in April.", "2019-04-01", "2019-04-30", "month"),
    ("Three days ago militants burned a school.", "2020-03-09", "2020-03-09", "day"),
    ("Over the past week, 40 people were detained.", "2020-03-05", "2020-03-12", "range"),
    ("The siege has lasted since Sunday.", "2020-03-08", "2020-03-12", "range"),
    ("Earlier this month the army retook Saraqib.", "2020-03-01", "2020-03-12", "month"),
])
def test_relative_and_absolute_dates(text: str, start: str, end: str, precision: str) -> None:
    got = resolve_text(text, PUB)
    assert got is not None
    assert (got.start, got.end, got.precision) == (start, end, precision)


def test_expression_offsets_point_into_the_text() -> None:
    text = "Intro sentence. Militants struck a base on Tuesday, killing two."
    doc = Doc(id="t", text=text, meta=DocMeta(date="2020-03-12"))
    got = resolve_date(doc, 16, len(text))
    assert got is not None and got.text == "Tuesday"
    assert got.span_start is not None and got.span_end is not None
    assert text[got.span_start:got.span_end] == got.text


def test_explicit_date_beats_weekday() -> None:
    got = resolve_text("Clashes erupted on Friday, March 6.", PUB)
    assert got is not None and got.text == "March 6" and got.start == "2020-03-06"


def test_modal_may_is_not_a_month() -> None:
    got = resolve_text("The rebels may attack the town.", PUB)
    assert got is not None and got.precision == "publication"


def test_no_expression_falls_back_to_publication() -> None:
    got = resolve_text("Troops crossed the border.", PUB)
    assert got is not None
    assert (got.start, got.end, got.precision, got.text) == (
        "2020-03-12", "2020-03-12", "publication", None)


def test_no_publication_date() -> None:
    assert resolve_text("Troops crossed the border on Tuesday.", None) is None
    got = resolve_text("Troops crossed the border on 3 March 2020.", None)
    assert got is not None and got.start == "2020-03-03"


def test_since_then_starts_at_the_previous_date() -> None:
    text = "Rebels took the town on March 2. Since then, the army has shelled it daily."
    doc = Doc(id="t", text=text, meta=DocMeta(date="2020-03-12"))
    clause_start = text.index("Since")
    got = resolve_date(doc, clause_start, len(text))
    assert got is not None
    assert (got.start, got.end, got.precision) == ("2020-03-02", "2020-03-12", "range")


@pytest.mark.parametrize("text,start", [
    ("Talks will resume on Monday.", "2020-03-16"),
    ("The vote is scheduled for March 20.", "2020-03-20"),
    ("Elections are planned for April.", "2020-04-01"),
])
def test_future_clauses_resolve_forward(text: str, start: str) -> None:
    got = resolve_text(text, PUB)
    assert got is not None and got.start == start


@pytest.mark.parametrize("text,start", [
    # PUB is Thursday 2020-03-12: "from Saturday's" looks back to the 7th, not on to the 14th
    ("The death toll from Saturday's bombing has risen to 14.", "2020-03-07"),
    ("The curfew will be lifted from Monday.", "2020-03-16"),
])
def test_from_alone_does_not_point_to_the_future(text: str, start: str) -> None:
    got = resolve_text(text, PUB)
    assert got is not None and got.start == start


def test_sentence_date_when_the_clause_has_none() -> None:
    text = "Officials said on Tuesday that rebels attacked the base."
    doc = Doc(id="t", text=text, meta=DocMeta(date="2020-03-12"))
    doc.add_sentence(0, len(text))
    clause = text.index("rebels")
    got = resolve_date(doc, clause, len(text) - 1)
    assert got is not None and (got.start, got.text) == ("2020-03-10", "Tuesday")
