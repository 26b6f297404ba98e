"""Day gaps, statement days, bare countries and shared sentence places (matching rules)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventscope.incidents import (
    MATCH_THRESHOLD,
    IncidentIndex,
    key_from_event,
    match_score,
)
from eventscope.incidents.features import (
    COUNTRY_CONFLICT,
    SHARED_SENTENCE_PLACE,
    EventKey,
    date_score,
    place_score,
    text_score,
)
from eventscope.store import Store

from .synthetic import KHERSON, RUSSIA, report


def day_key(day: str, *, pub: str | None = None, **kw: object) -> EventKey:
    d = date.fromisoformat(day)
    return EventKey(event_id=f"e{day}{pub}", doc="d", outlet="o", plover_type="ASSAULT",
                    date_start=d, date_end=d, date_precision="day",
                    report_date=pub or day, **kw)  # type: ignore[arg-type]


def test_the_next_day_is_one_incident_only_overnight_and_three_days_later_never() -> None:
    town = {"lat": KHERSON["lat"], "lon": KHERSON["lon"], "precision": "town",
            "country_code": "UA", "geonameid": KHERSON["geonameid"], "source_ids": ("RUS",)}
    a = day_key("2023-06-10", text="Russia shelled Kherson late on Saturday.", **town)
    b = day_key("2023-06-11", text="Russia shelled Kherson on Sunday.", **town)
    assert (match_score(a, b) or 0) >= MATCH_THRESHOLD
    assert match_score(a, day_key("2023-06-13", **town)) is None
    same_day = day_key("2023-06-10", text="Russia shelled Kherson on Saturday.", **town)
    assert (date_score(a, same_day) or 0) > (date_score(a, b) or 0)
    # a rally on Sunday and another on Monday in one city: two events
    sunday = day_key("2024-12-22", text="Thousands rallied in Belgrade on Sunday.", **town)
    monday = day_key("2024-12-23", text="Students blocked a crossing in Belgrade on Monday.",
                     **town)
    assert date_score(sunday, monday) is None


def test_two_days_apart_only_when_the_later_day_is_its_publication_day() -> None:
    a = day_key("2020-03-10", pub="2020-03-11")
    said_today = day_key("2020-03-12", pub="2020-03-12")  # "..., sources said on Thursday"
    said_earlier = day_key("2020-03-12", pub="2020-03-14")
    assert date_score(a, said_today) is not None
    assert date_score(a, said_earlier) is None


def test_a_bare_country_elsewhere_weighs_against_but_does_not_rule_out() -> None:
    site = day_key("2023-06-10", lat=46.6, lon=32.6, precision="town", country_code="UA")
    nation = day_key("2023-06-10", lat=60.0, lon=100.0, precision="country", country_code="RU")
    other_site = day_key("2023-06-10", lat=55.7, lon=37.6, precision="town", country_code="RU")
    assert place_score(site, nation) == COUNTRY_CONFLICT < 0
    assert place_score(site, other_site) is None


def test_both_sentences_naming_one_town_is_place_evidence() -> None:
    a = day_key("2020-03-10", lat=35.0, lon=38.0, precision="country", country_code="SY",
                sentence_places=(174448,))
    b = day_key("2020-03-10", lat=35.0, lon=38.0, precision="country", country_code="SY",
                sentence_places=(174448, 170654))
    c = day_key("2020-03-10", lat=35.0, lon=38.0, precision="country", country_code="SY",
                sentence_places=(170063,))
    assert place_score(a, b) == SHARED_SENTENCE_PLACE
    assert (place_score(a, c) or 0) < SHARED_SENTENCE_PLACE


def test_paraphrase_is_no_evidence_against() -> None:
    a = day_key("2022-02-22", text="Britain sanctions five Russian banks")
    b = day_key("2022-02-22", text="The government in London froze the assets of Rossiya bank.")
    assert text_score(a, b) == 0.0


def _nationality_docs():  # type: ignore[no-untyped-def]
    return [
        report("a", "A Russian airstrike hit a market in Kherson on Saturday, killing 12.",
               source="wire", pub="2023-06-10", day="2023-06-10", killed=(12, 12)),
        report("n", "Forces from Russia bombed the Kherson market on Saturday, killing 12.",
               source="daily", pub="2023-06-10", day="2023-06-10", place=RUSSIA,
               killed=(12, 12)),
    ]


def test_a_report_located_only_by_a_nationality_joins_the_sited_report(tmp_path: Path) -> None:
    docs = _nationality_docs()
    keys = [key_from_event(d.events[0], d) for d in docs]
    assert keys[1].country_code == "RU" and not keys[1].sited
    index = IncidentIndex()
    expected = {d.events[0].event_id: index.assign(d).events[0].incident_id for d in docs}
    assert expected == {"a:e0": "inc:a:e0", "n:e0": "inc:a:e0"}
    with Store(tmp_path / "n.db") as store:  # the database path agrees
        for d in _nationality_docs():
            store.add(d, content_hash=f"hash-{d.id}")
        assert {e["event_id"]: e["incident_id"] for e in store.events()} == expected


def test_a_higher_toll_published_later_is_no_evidence_against() -> None:
    from eventscope.incidents.features import fatalities_score

    first = day_key("2021-10-08", pub="2021-10-08", fatalities_min=12, fatalities_max=12)
    later = day_key("2021-10-08", pub="2021-10-10", fatalities_min=72, fatalities_max=72)
    same_day = day_key("2021-10-08", pub="2021-10-08", fatalities_min=72, fatalities_max=72)
    earlier_high = day_key("2021-10-08", pub="2021-10-07", fatalities_min=72,
                           fatalities_max=72)
    assert fatalities_score(first, later) == fatalities_score(later, first) == 0.0
    assert fatalities_score(first, same_day) < 0
    assert fatalities_score(first, earlier_high) < 0


def test_parties_of_a_meeting_may_swap_roles() -> None:
    from eventscope.incidents.features import actor_score

    def meet(plover: str, src: tuple[str, ...], tgt: tuple[str, ...]) -> EventKey:
        return EventKey(event_id=f"{plover}{src}", doc="d", outlet="o", plover_type=plover,
                        source_ids=src, target_ids=tgt)

    received = meet("CONSULT", ("xi_jinping",), ("lavrov",))
    met = meet("CONSULT", ("lavrov",), ("xi_jinping",))
    other = meet("CONSULT", ("biden",), ("lula",))
    assert actor_score(received, met) == 1.0
    assert actor_score(received, other) is None
    # an attack's perpetrator is not interchangeable with its target
    assert actor_score(meet("ASSAULT", ("RUS",), ("UKR",)),
                       meet("ASSAULT", ("UKR",), ("RUS",))) is None
