"""Recognition with a coder's judgement: metonymy, demonyms, kind words, unknown names."""

from __future__ import annotations

from collections.abc import Callable

from eventscope.doc import Doc


def _by_text(doc: Doc) -> dict[str, list]:
    out: dict[str, list] = {}
    for p in doc.places:
        out.setdefault(p.text, []).append(p)
    return out


def test_government_subjects_are_metonyms(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Tehran wants a deal. Damascus said it would respond. "
                   "Trucks arrived in Damascus on Monday.")
    roles = [(p.text, p.role) for p in doc.places]
    assert ("Tehran", "metonym") in roles
    assert roles.count(("Damascus", "metonym")) == 1
    assert ("Damascus", "literal") in roles


def test_demonyms_are_not_literal_places(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Syrian soldiers and Iraqi militias were seen near Homs.")
    places = _by_text(doc)
    assert places["Syrian"][0].role == "demonym"
    assert places["Syrian"][0].country_code == "SY"
    assert places["Homs"][0].role == "literal"
    literal = geoparse("Syrian soldiers and Iraqi militias were seen near Homs.",
                       roles=("literal",))
    assert [p.text for p in literal.places] == ["Homs"]


def test_the_qaim_crossing_is_a_place(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Dozens of trucks came from Iraq through the Qaim crossing.")
    crossing = [p for p in doc.places if p.text.startswith("Qaim")]
    assert crossing and crossing[0].country_code == "IQ"
    assert crossing[0].feature == "crossing"


def test_unresolvable_name_does_not_empty_the_rest(geoparse: Callable[..., Doc]) -> None:
    text = "Shelling hit Xqzvillebrook and Homs, while Deir ez-Zor stayed calm."
    doc = geoparse(text)
    assert {"Homs", "Deir ez-Zor"} <= {p.text for p in doc.places}
    assert all(p.lat is not None for p in doc.places)
    kept = geoparse(text, keep_unresolved=True)
    assert {"Homs", "Deir ez-Zor"} <= {p.text for p in kept.places}


def test_lowercase_words_and_initials_are_not_places(geoparse: Callable[..., Doc]) -> None:
    doc = geoparse("Tell us what A. Smith saw in the west of the city.")
    assert doc.places == []
