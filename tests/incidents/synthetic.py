"""Small hand-built documents with events, so incident tests need no spaCy model."""

from __future__ import annotations

from eventscope.doc import ActorMention, DateRange, Doc, DocMeta, Event, Place, Quantity

KHERSON = dict(name="Kherson", geonameid=706448, lat=46.65581, lon=32.6178, country_code="UA",
               admin1="Kherson", precision="town")
ODESA = dict(name="Odesa", geonameid=698740, lat=46.47747, lon=30.73262, country_code="UA",
             admin1="Odesa", precision="town")


def report(doc_id: str, text: str, *, source: str, pub: str, day: str | None,
           place: dict | None = KHERSON, actor: str | None = "RUS", plover: str = "ASSAULT",
           killed: tuple[int, int] | None = None, factuality: str = "asserted") -> Doc:
    """One document whose whole text is one event's evidence."""
    doc = Doc(id=doc_id, text=text, meta=DocMeta(date=pub, source=source))
    doc.add_sentence(0, len(text))
    name = place["name"] if place else None
    loc = None
    if place is not None and name in text:
        i = text.index(name)
        loc = Place(start=i, end=i + len(name), text=name, role="literal",
                    **{k: v for k, v in place.items() if k != "name"}, name=name)
        doc.places.append(loc)
    source_actors = []
    if actor:
        source_actors = [ActorMention(start=0, end=0, text="", actor_id=actor)]
    date = (DateRange(start=day, end=day, precision="day") if day
            else DateRange(start=pub, end=pub, precision="publication"))
    doc.events.append(Event(
        event_id=f"{doc_id}:e0", plover_type=plover, trigger=doc.span(0, 1),
        evidence=doc.span(0, len(text)), source=source_actors, location=loc, date=date,
        factuality=factuality,
        fatalities=Quantity(min=killed[0], max=killed[1], text="") if killed else None))
    return doc

#: A place known only as a whole country (often a party's nationality: "Russian forces").
RUSSIA = {"name": "Russia", "geonameid": 2017370, "lat": 60.0, "lon": 100.0,
          "country_code": "RU", "admin1": None, "precision": "country"}
