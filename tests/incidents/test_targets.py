"""What was hit tells apart two strikes by one army on one day in one country."""

from __future__ import annotations

from eventscope.incidents import MATCH_THRESHOLD, match_score
from eventscope.incidents.features import EventKey
from eventscope.incidents.targets import (
    OTHER_TARGET,
    SAME_TARGET,
    target_kinds,
    target_score,
)


def test_different_words_for_one_kind_of_site() -> None:
    assert target_kinds("a nine-storey apartment block") == target_kinds(
        "a residential building") == {"housing"}
    assert target_kinds("worshippers at a Shiite mosque") == {"worship"}
    assert target_kinds("the port city of Odesa, the health ministry said") == frozenset()


def test_attacks_on_different_sites_weigh_against_and_the_same_site_for() -> None:
    block = "Russia fired a missile at a residential building in Dnipro region"
    energy = "A Russian missile struck an energy facility near Lviv"
    assert target_score("ASSAULT", block, "ASSAULT", energy) == OTHER_TARGET
    assert target_score("ASSAULT", block, "ASSAULT",
                        "A missile hit an apartment block in Dnipro") == SAME_TARGET
    assert target_score("ASSAULT", block, "ASSAULT", "Russia attacked Dnipro") == 0.0
    assert target_score("PROTEST", "protest outside parliament", "PROTEST",
                        "protest at the university") == 0.0


def test_one_army_one_day_one_country_is_not_enough_when_the_sites_differ() -> None:
    from datetime import date

    def strike(text: str, **kw: object) -> EventKey:
        d = date(2023, 1, 14)
        return EventKey(event_id=text, doc=text, outlet=text, plover_type="ASSAULT",
                        date_start=d, date_end=d, date_precision="day", source_ids=("RUS",),
                        text=text, **kw)  # type: ignore[arg-type]

    block = strike("Missile strikes residential building in central Ukraine", lat=49.0,
                   lon=32.0, precision="country", country_code="UA")
    lviv = strike("Missile hits energy site near Lviv", lat=49.84, lon=24.03,
                  precision="town", country_code="UA")
    dnipro = strike("Russian missile hits Dnipro apartment block", lat=48.45, lon=34.98,
                    precision="town", country_code="UA")
    assert (match_score(block, lviv) or 0) < MATCH_THRESHOLD
    assert (match_score(block, dnipro) or 0) >= MATCH_THRESHOLD
