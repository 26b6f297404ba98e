"""The places pipeline component: recognise toponyms, resolve them, fill ``doc.places``.

>>> nlp = eventscope.load()                                          # doctest: +SKIP
>>> [(p.text, p.country_code) for p in nlp("Iran sent troops to Abu Kamal.").places]  # doctest: +SKIP
[('Iran', 'IR'), ('Abu Kamal', 'SY')]
"""

from __future__ import annotations

from ..doc import Doc, Place
from ..errors import ConfigError
from .capitals import capital_mentions
from .counties import bare_counties, county_lists
from .gazetteer import Candidate, Gazetteer
from .recognize import Mention, find_mentions
from .resolve import resolve_mentions


def to_place(doc: Doc, m: Mention, c: Candidate | None, score: float) -> Place:
    """A :class:`Place` for mention ``m`` resolved to ``c`` (or unresolved when None)."""
    span = doc.span(m.start, m.end)
    if c is None:
        return Place(start=span.start, end=span.end, text=span.text, score=0.0, role=m.role)
    return Place(start=span.start, end=span.end, text=span.text, name=c.name,
                 geonameid=c.geonameid, lat=c.lat, lon=c.lon, country_code=c.country_code,
                 admin1=c.admin1, feature=c.feature, precision=c.precision, score=score,
                 role=m.role)


class PlaceResolver:
    """``Doc -> Doc``: sets ``doc.places`` from the spaCy parse in ``doc.parsed``.

    ``keep_unresolved`` also lists toponyms the gazetteer lacks (without coordinates);
    ``roles`` chooses which uses of place names are listed (all three by default, as the
    news gold standards count them; events use only literal ones).
    """

    def __init__(self, gazetteer: Gazetteer, *, keep_unresolved: bool = False,
                 roles: tuple[str, ...] = ("literal", "metonym", "demonym")) -> None:
        self.gazetteer = gazetteer
        self.keep_unresolved = keep_unresolved
        self.roles = roles

    def __call__(self, doc: Doc) -> Doc:
        if doc.parsed is None:
            raise ConfigError("The places component needs the spaCy parse (doc.parsed); run "
                              "it through eventscope.load(), which annotates first.")
        found = county_lists(doc.text, find_mentions(doc.parsed, self.gazetteer, doc.text),
                             self.gazetteer)
        bare_counties(found, self.gazetteer)
        mentions = [m for m in found if m.role in self.roles]
        resolved = resolve_mentions(doc.text, mentions)
        places = []
        for m, c, score in resolved:
            if c is None and not self.keep_unresolved:
                continue
            places.append(to_place(doc, m, c, score))
        if "literal" in self.roles:  # "the Serbian capital": Belgrade, a literal place
            for start, end, cap, score in capital_mentions(doc.text, doc.parsed, resolved,
                                                           self.gazetteer):
                places.append(to_place(doc, Mention(start, end, doc.text[start:end], [cap],
                                                    "capital"), cap, score))
            places.sort(key=lambda p: p.start)
        doc.places = places
        return doc


__all__ = ["PlaceResolver", "to_place"]
