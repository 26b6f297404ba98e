"""Two reports are one incident only when type, factuality, dates, place and actors allow it."""

from __future__ import annotations

from datetime import date

from eventscope.incidents import MATCH_THRESHOLD, key_from_event, match_score
from eventscope.incidents.features import EventKey, place_score

from .synthetic import KHERSON, ODESA, report


def key(doc):  # type: ignore[no-untyped-def]
    return key_from_event(doc.events[0], doc)


def same(a, b) -> bool:  # type: ignore[no-untyped-def]
    s = match_score(key(a), key(b))
    return s is not None and s >= MATCH_THRESHOLD


A = report("a", "A Russian airstrike hit a market in Kherson on Saturday, killing 12 people.",
           source="wire", pub="2023-06-10", day="2023-06-10", killed=(12, 12))


def test_two_wordings_of_one_strike_match() -> None:
    b = report("b", "Russia bombed the Kherson market on Saturday; 14 civilians died.",
               source="daily", pub="2023-06-11", day="2023-06-10", killed=(14, 14))
    assert same(A, b)


def test_the_same_place_ten_days_later_is_another_incident() -> None:
    b = report("b", "A Russian airstrike hit a market in Kherson on Tuesday, killing 2.",
               source="daily", pub="2023-06-20", day="2023-06-20", killed=(2, 2))
    assert not same(A, b)


def test_the_same_day_in_another_city_is_another_incident() -> None:
    b = report("b", "A Russian airstrike hit a market in Odesa on Saturday, killing 12.",
               source="daily", pub="2023-06-10", day="2023-06-10", place=ODESA, killed=(12, 12))
    assert not same(A, b)


def test_different_named_perpetrators_are_different_incidents() -> None:
    b = report("b", "A Ukrainian airstrike hit a market in Kherson on Saturday, killing 12.",
               source="daily", pub="2023-06-10", day="2023-06-10", actor="UKR",
               killed=(12, 12))
    assert not same(A, b)


def test_organs_of_one_state_are_the_same_perpetrator() -> None:
    b = report("b", "Russian forces shelled a market in Kherson on Saturday, killing 12.",
               source="daily", pub="2023-06-10", day="2023-06-10", actor="RUS.MIL",
               killed=(12, 12))
    assert same(A, b)


def test_a_denial_never_joins_the_event_it_denies() -> None:
    b = report("b", "Russia denied that it hit a market in Kherson on Saturday.",
               source="daily", pub="2023-06-10", day="2023-06-10", factuality="negated")
    assert match_score(key(A), key(b)) is None


def test_incompatible_types_do_not_match() -> None:
    b = report("b", "Russia protested about a market in Kherson on Saturday.", source="daily",
               pub="2023-06-10", day="2023-06-10", plover="PROTEST")
    assert match_score(key(A), key(b)) is None


def test_an_undated_report_matches_within_days_before_publication() -> None:
    b = report("b", "A Russian airstrike on a Kherson market killed 12 people.",
               source="daily", pub="2023-06-12", day=None, killed=(12, 12))
    late = report("c", "A Russian airstrike on a Kherson market killed 12 people.",
                  source="daily", pub="2023-06-25", day=None, killed=(12, 12))
    assert same(A, b)
    assert match_score(key(A), key(late)) is None


def test_a_region_matches_only_places_inside_it() -> None:
    region = EventKey(event_id="r", doc="r", outlet="r", plover_type="ASSAULT", lat=46.68,
                      lon=33.44, precision="region", admin1="Kherson", country_code="UA")
    town = EventKey(event_id="t", doc="t", outlet="t", plover_type="ASSAULT",
                    lat=KHERSON["lat"], lon=KHERSON["lon"], precision="town",
                    admin1="Kherson", country_code="UA")
    other = EventKey(event_id="o", doc="o", outlet="o", plover_type="ASSAULT", lat=47.85,
                     lon=35.11, precision="town", admin1="Zaporizhia", country_code="UA")
    assert place_score(region, town) is not None
    assert place_score(region, other) is None


def test_a_vague_date_never_matches() -> None:
    vague = EventKey(event_id="v", doc="v", outlet="v", plover_type="ASSAULT",
                     date_start=date(2023, 1, 1), date_end=date(2023, 12, 31),
                     date_precision="year")
    assert vague.window is None
    assert match_score(key(A), vague) is None


def test_the_same_sentence_republished_matches_even_when_vaguely_dated() -> None:
    text = "Russia has shelled the Kherson market repeatedly since April."
    a = report("a", text, source="wire", pub="2023-06-10", day=None, place=None, actor=None)
    b = report("b", text, source="daily", pub="2023-06-10", day=None, place=None, actor=None)
    for d in (a, b):
        d.events[0].date.start, d.events[0].date.precision = "2023-01-01", "range"
    assert key(a).window is None
    assert same(a, b)
    c = report("c", "Russia has shelled Kherson repeatedly since April.", source="radio",
               pub="2023-06-10", day=None, place=None, actor=None)
    c.events[0].date.start, c.events[0].date.precision = "2023-01-01", "range"
    assert match_score(key(a), key(c)) is None
