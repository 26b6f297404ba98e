"""The in-memory index: incremental, stable ids, sources and death tolls reconciled."""

from __future__ import annotations

from eventscope.incidents import IncidentIndex

from .synthetic import ODESA, report


def docs():  # type: ignore[no-untyped-def]
    return [
        report("a", "A Russian airstrike hit a market in Kherson on Saturday, killing 12.",
               source="wire", pub="2023-06-10", day="2023-06-10", killed=(12, 12)),
        report("b", "A Russian strike on Odesa port on Saturday killed three.",
               source="wire", pub="2023-06-10", day="2023-06-10", place=ODESA, killed=(3, 3)),
        report("c", "Russia bombed the Kherson market on Saturday; 14 civilians died.",
               source="daily", pub="2023-06-11", day="2023-06-10", killed=(14, 14)),
        report("d", "Russian bombs hit the market in Kherson on Saturday, killing 12 to 16.",
               source="radio", pub="2023-06-12", day="2023-06-10", killed=(12, 16)),
    ]


def test_reports_of_one_incident_share_the_first_reports_id() -> None:
    index = IncidentIndex()
    ids = [index.assign(d).events[0].incident_id for d in docs()]
    assert ids == ["inc:a:e0", "inc:b:e0", "inc:a:e0", "inc:a:e0"]


def test_an_incident_counts_sources_reports_and_reconciles_the_toll() -> None:
    index = IncidentIndex()
    for d in docs():
        index.assign(d)
    inc = index.incidents["inc:a:e0"].to_dict()
    assert inc["n_sources"] == 3 and inc["n_documents"] == 3
    assert inc["first_report"] == "2023-06-10" and inc["last_report"] == "2023-06-12"
    assert inc["fatalities"] == {"min": 12, "max": 16}
    assert inc["event_ids"] == ["a:e0", "c:e0", "d:e0"]


def test_a_later_document_joins_without_touching_earlier_ids() -> None:
    index = IncidentIndex()
    first = [index.assign(d) for d in docs()[:2]]
    before = [d.events[0].incident_id for d in first]
    late = index.assign(docs()[3])
    assert [d.events[0].incident_id for d in first] == before
    assert late.events[0].incident_id == "inc:a:e0"
    assert len(index) == 2


def _dense_day():  # type: ignore[no-untyped-def]
    """Two Odesa reports, then two reports of one Kherson strike, all the same type and day."""
    from .synthetic import ODESA as odesa
    return [
        report("o1", "A Russian strike on Odesa port on Saturday killed three.", source="wire",
               pub="2023-06-10", day="2023-06-10", place=odesa),
        report("o2", "Russian drones hit Odesa port on Saturday.", source="daily",
               pub="2023-06-10", day="2023-06-10", place=odesa),
        report("k1", "A Russian airstrike hit a market in Kherson on Saturday, killing 12.",
               source="wire", pub="2023-06-10", day="2023-06-10", killed=(12, 12)),
        report("k2", "Russia bombed the Kherson market on Saturday; 14 civilians died.",
               source="radio", pub="2023-06-11", day="2023-06-10", killed=(14, 14)),
    ]


def test_a_new_report_is_compared_with_a_bounded_number_of_earlier_reports(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import eventscope.incidents.index as index_module

    index = IncidentIndex()
    ids = [index.assign(d).events[0].incident_id for d in _dense_day()]
    assert ids[3] == ids[2] == "inc:k1:e0"

    # with room for only the first two reports of the day, the second Kherson report never
    # sees the first one (the first to arrive win, as in the database path)
    monkeypatch.setattr(index_module, "MAX_CANDIDATES", 2)
    index = IncidentIndex()
    ids = [index.assign(d).events[0].incident_id for d in _dense_day()]
    assert ids[2] == "inc:k1:e0" and ids[3] == "inc:k2:e0"
