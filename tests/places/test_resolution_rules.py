"""Resolution rules: lists are not qualifiers, streets are not towns, old names do not win."""

from __future__ import annotations

from collections.abc import Callable

from eventscope.doc import Doc
from eventscope.places.gazetteer import Candidate
from eventscope.places.qualifiers import continues_list
from eventscope.places.recognize import Mention
from eventscope.places.resolve import _is_dominant, resolve_mentions


def _by_text(doc: Doc) -> dict[str, list]:
    out: dict[str, list] = {}
    for p in doc.places:
        out.setdefault(p.text, []).append(p)
    return out


def _town(id: int, name: str, admin1: str, population: int, *, cc: str = "US",
          kind: int = 0, feature: str = "city") -> Candidate:
    return Candidate(id, id, name, 30.0 + id, -90.0 - id, cc, admin1[:2].upper(), admin1,
                     feature, "town", population, "PPL", kind=kind)


def test_a_list_of_towns_is_not_a_qualifier(geoparse: Callable[..., Doc]) -> None:
    """"Columbus, Dayton and ...": Dayton is the next town of a list, not Columbus's place
    (there is a Dayton next to Columbus, New Jersey)."""
    doc = geoparse("The bill funds a study of passenger rail service connecting Cleveland, "
                   "Columbus, Dayton and Cincinnati.")
    assert {p.admin1 for p in doc.places} == {"Ohio"}


def test_list_link_detection() -> None:
    text = "Cleveland, Columbus, Dayton and Cincinnati"
    assert continues_list(text, text.index(" and"), text.index("Cincinnati"))
    assert continues_list(text, text.index(", Dayton"), text.index("Dayton"))
    assert not continues_list(text, text.index(" and"), None)
    assert not continues_list("Paris (Texas) police", 5, 16)


def test_country_followed_by_a_country_is_not_a_qualified_town(
        geoparse: Callable[..., Doc]) -> None:
    """"in Lebanon, U.S. officials said" is the country, not Lebanon in the United States."""
    places = _by_text(geoparse("He spent years working undercover in Lebanon, U.S. officials "
                               "said on Wednesday."))
    assert places["Lebanon"][0].feature == "country"


def test_street_named_after_a_town_is_not_a_place(geoparse: Callable[..., Doc]) -> None:
    places = _by_text(geoparse("Police arrested a man at his home at 2517 Memphis St. in "
                               "Alexandria on Friday."))
    assert "Memphis" not in places
    assert "Alexandria" in places


def test_split_compass_initial_joins_the_state(geoparse: Callable[..., Doc]) -> None:
    places = _by_text(geoparse("The crash happened near Lewisburg, W. Va., on Sunday."))
    assert places["W. Va."][0].name == "West Virginia"
    assert places["Lewisburg"][0].admin1 == "West Virginia"


def test_an_old_name_loses_to_towns_of_that_very_name() -> None:
    """"Berea" is also an old name of Aleppo; towns called Berea come first."""
    aleppo = _town(1, "Aleppo", "Aleppo", 2_000_000, cc="SY", kind=1)
    berea = _town(2, "Berea", "Kentucky", 15_000)
    (_, chosen, _), = resolve_mentions("Berea", [Mention(0, 5, "Berea", [aleppo, berea], "ner")])
    assert chosen is berea


def test_a_spelling_variant_is_not_an_old_name() -> None:
    """"Petersburg" shortens Saint Petersburg's name: no penalty for the big city."""
    spb = _town(1, "Saint Petersburg", "St.-Petersburg", 5_000_000, cc="RU", kind=1)
    small = _town(2, "Petersburg", "Illinois", 2_000)
    (_, chosen, _), = resolve_mentions("Petersburg",
                                       [Mention(0, 10, "Petersburg", [spb, small], "ner")])
    assert chosen is spb


def test_a_countrys_common_other_name_is_its_main_sense() -> None:
    """"Palestine", "Burma": a large country's other name outranks small namesakes' context,
    as its own name does; a small country's other name does not."""
    ps = Candidate(1, 1, "Palestinian Territory", 32.0, 35.25, "PS", None, None, "country",
                   "country", 4_500_000, "PCLI", kind=1)
    tiny = Candidate(2, 2, "Tuvalu", -8.5, 179.2, "TV", None, None, "country", "country",
                     11_000, "PCLI", kind=1)
    assert _is_dominant(ps)
    assert not _is_dominant(tiny)
    assert not _is_dominant(_town(3, "Palestine", "Texas", 18_000, kind=1))


def test_a_longer_form_of_the_same_name_is_no_evidence() -> None:
    """"Dublin City Schools" does not confirm that "Dublin" is Ireland's capital: the two are
    one name; "Ohio" decides."""
    text = "Dublin voters back Dublin City Schools levy in Ohio"
    dublin_ie = Candidate(1, 1, "Dublin", 53.3, -6.3, "IE", "L", "Leinster", "city", "town",
                          1_000_000, "PPLC")
    dublin_oh = Candidate(2, 2, "Dublin", 40.1, -83.1, "US", "OH", "Ohio", "city", "town",
                          45_000, "PPL")
    dublin_city = Candidate(3, None, "Dublin City", 53.35, -6.26, "IE", "L", "Leinster",
                            "admin2", "district", 0, "ADM2")
    ohio = Candidate(4, 4, "Ohio", 40.2, -83.0, "US", "OH", "Ohio", "admin1", "region",
                     11_000_000, "ADM1")
    out = resolve_mentions(text, [
        Mention(0, 6, "Dublin", [dublin_ie, dublin_oh], "ner"),
        Mention(19, 30, "Dublin City", [dublin_city], "ner"),
        Mention(46, 50, "Ohio", [ohio], "ner")])
    assert out[0][1] is dublin_oh
