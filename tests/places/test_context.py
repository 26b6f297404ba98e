"""Document context in recognition and resolution: qualifiers, state votes, one sense per name."""

from __future__ import annotations

from collections.abc import Callable

from eventscope.doc import Doc
from eventscope.places.build import _resident_names
from eventscope.places.discourse import after_title, datelines
from eventscope.places.gazetteer import Candidate, _close_spelling
from eventscope.places.normalize import name_key
from eventscope.places.qualifiers import postal_after


def _by_text(doc: Doc) -> dict[str, list]:
    out: dict[str, list] = {}
    for p in doc.places:
        out.setdefault(p.text, []).append(p)
    return out


def test_postal_code_qualifies_the_town(geoparse: Callable[..., Doc]) -> None:
    """"Lebanon, OH" is the Ohio town, not the country."""
    places = _by_text(geoparse("The plant in Lebanon, OH will close next year."))
    (p,) = places["Lebanon"]
    assert (p.country_code, p.admin1) == ("US", "Ohio")


def test_bare_country_name_stays_the_country(geoparse: Callable[..., Doc]) -> None:
    places = _by_text(geoparse("Lebanon has asked for more aid after the floods."))
    assert places["Lebanon"][0].feature == "country"


def test_state_named_in_the_text_picks_the_namesake(geoparse: Callable[..., Doc]) -> None:
    """A paper that names Illinois means Springfield, Illinois (not the larger Missouri one)."""
    doc = geoparse("Springfield officials met on Monday. Illinois lawmakers said the plan "
                   "would help the state and Springfield schools.")
    for p in _by_text(doc)["Springfield"]:
        assert p.admin1 == "Illinois"


def test_without_context_the_largest_namesake_wins(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Springfield officials met on Monday to discuss the budget.")
    assert _by_text(doc)["Springfield"][0].admin1 == "Missouri"


def test_one_referent_per_name(geoparse: Callable[..., Doc]) -> None:
    """The qualified first mention decides the later bare ones."""
    doc = geoparse("The fire started in Lebanon, Ohio, late on Friday. Lebanon firefighters "
                   "kept it from spreading, and Lebanon schools stayed open.")
    ps = _by_text(doc)["Lebanon"]
    assert len(ps) >= 2 and {p.admin1 for p in ps} == {"Ohio"}


def test_comma_entity_is_split(geoparse: Callable[..., Doc]) -> None:
    """"Alton, Ill." is two toponyms, and the state qualifies the town."""
    places = _by_text(geoparse("She moved to Alton, Ill., with her family in 2004."))
    assert "Ill." in places
    assert places["Alton"][0].admin1 == "Illinois"


def test_surname_is_not_a_town(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Board member Charles H. Wilson spoke first. Later Wilson voted against "
                   "the new budget.")
    assert "Wilson" not in _by_text(doc)


def test_town_named_person_speaking_is_dropped(geoparse: Callable[..., Doc]) -> None:
    """"Marshall said" is a person; a capital as the subject of "said" is a metonym."""
    doc = geoparse("Marshall said on Monday that taxes would rise. Tehran said it would "
                   "respond.")
    places = _by_text(doc)
    assert "Marshall" not in places
    assert places["Tehran"][0].role == "metonym"


def test_dateline_is_a_place(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Shooting threat dubious. COLUMBUS -- A text message about a threat "
                   "is being passed around, police in Ohio said.")
    (p,) = _by_text(doc)["COLUMBUS"]
    assert p.admin1 == "Ohio"


def test_dateline_pattern() -> None:
    text = "Crash kills one. RUSSELLVILLE, Ark. (AP) - Authorities said. The U.S. - China deal."
    assert [text[a:b] for a, b in datelines(text)] == ["RUSSELLVILLE"]


def test_postal_after() -> None:
    assert postal_after("Lima, OH and", 4) == "OH"
    assert postal_after("Lima, OK.", 4) == "OK"
    assert postal_after("Lima, ORDERS", 4) is None
    assert postal_after("Lima, XX", 4) is None


def test_after_title() -> None:
    assert after_title("said coach Ripley", 11)
    assert not after_title("a fire in Ripley", 10)


def test_loose_spelling_needs_a_close_name() -> None:
    """The vowel-less key alone lets "Hartmann" meet the hamlet "Hartman": not enough."""
    hamlet = Candidate(1, 1, "Hartman", 0.0, 0.0, "US", "AR", "Arkansas", "city", "town", 500,
                       "PPL")
    city = Candidate(2, 2, "Deir ez-Zor", 35.3, 40.1, "SY", "09", "Deir ez-Zor", "city",
                     "town", 240_000, "PPL")
    assert not _close_spelling(name_key("Hartmann"), hamlet)
    assert _close_spelling(name_key("Deir Ezzor"), city)


def test_abbreviated_generic_words_meet() -> None:
    assert name_key("Mt. Pleasant") == name_key("Mount Pleasant")
    assert name_key("Ft. Worth") == name_key("Fort Worth")
    assert name_key("Main St.") != name_key("Main Saint")


def test_resident_names() -> None:
    assert "Ohioans" in _resident_names("Ohio")
    assert "Texan" in _resident_names("Texas")
    assert "Floridians" in _resident_names("Florida")
    assert _resident_names("New York") == []
