"""Hand-built documents for the serve tests (no spaCy): three places, three dates, one hostile page."""

from __future__ import annotations

import hashlib

from eventscope.doc import ActorMention, DateRange, Doc, DocMeta, Event, Place, Quantity

#: Markup that must show as text in the page, and would set window.__pwned if it ran.
HOSTILE = ('Rebels posted <script>window.__pwned = 1</script> and '
           '<img src=x onerror="window.__pwned = 2"> and '
           '<a href="javascript:window.__pwned = 3">click me</a> near Kharkiv.')


def _at(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def _actor(text: str, needle: str, actor_id: str, name: str, cc: str | None,
           kind: str) -> ActorMention:
    s, e = _at(text, needle)
    return ActorMention(start=s, end=e, text=needle, actor_id=actor_id, name=name,
                        country_code=cc, kind=kind, via="registry")


def _place(text: str, needle: str, name: str, gid: int, lat: float, lon: float,
           cc: str) -> Place:
    s, e = _at(text, needle)
    return Place(start=s, end=e, text=needle, name=name, geonameid=gid, lat=lat, lon=lon,
                 country_code=cc, admin1=None, feature="PPL", precision="town")


def syria_doc() -> Doc:
    """Three events in March 2020: two located in Syria, one without a place."""
    text = ("Iran sent troops to Abu Kamal on Tuesday. "
            "Daesh fighters attacked an army post near Deir ez-Zor, killing 5 soldiers. "
            "Officials said a strike on Inherent Resolve bases was possible.")
    doc = Doc(id="syria", text=text, meta=DocMeta(date="2020-03-12", title="Reinforcements",
                                                  url="https://example.org/syria",
                                                  source="Example News", lang="en"))
    s1 = doc.add_sentence(*_at(text, "Iran sent troops to Abu Kamal on Tuesday."))
    s2 = doc.add_sentence(*_at(text, "Daesh fighters attacked an army post near Deir ez-Zor, "
                                     "killing 5 soldiers."))
    s3 = doc.add_sentence(*_at(text, "Officials said a strike on Inherent Resolve bases was "
                                     "possible."))
    iran = _actor(text, "Iran", "IRN", "Iran", "IR", "state")
    isis = _actor(text, "Daesh", "isis", "Islamic State", None, "armed_group")
    army = _actor(text, "army", "SYR_MIL", "Syrian Arab Army", "SY", "military")
    oir = _actor(text, "Inherent Resolve", "OIR", "Operation Inherent Resolve", "US", "military")
    doc.actors = [iran, isis, army, oir]
    abu = _place(text, "Abu Kamal", "Albu Kamal", 174448, 34.4523, 40.9185, "SY")
    dez = _place(text, "Deir ez-Zor", "Deir ez-Zor", 170794, 35.3359, 40.1408, "SY")
    doc.places = [abu, dez]
    killed = _at(text, "killing 5 soldiers")
    doc.events = [
        Event(event_id="syria:e0", plover_type="MOBILIZE", trigger=doc.span(*_at(text, "sent")),
              evidence=s1, source=[iran], location=abu, cameo_root="15",
              date=DateRange("2020-03-10", "2020-03-10", "day", "Tuesday",
                             *_at(text, "Tuesday")), confidence=0.87),
        Event(event_id="syria:e1", plover_type="ASSAULT", cameo_root="19",
              acled_event_type="Battles", acled_sub_event_type="Armed clash",
              trigger=doc.span(*_at(text, "attacked")), evidence=s2, source=[isis],
              target=[army], location=dez, date=DateRange("2020-03-11", "2020-03-11", "day"),
              fatalities=Quantity(5, 5, text[killed[0]:killed[1]], *killed), confidence=0.8),
        Event(event_id="syria:e2", plover_type="ASSAULT", cameo_root="19",
              trigger=doc.span(*_at(text, "strike")), evidence=s3, target=[oir],
              factuality="speculative", factuality_cue=doc.span(*_at(text, "possible")),
              date=DateRange("2020-03-12", "2020-03-12", "publication"), confidence=0.4),
    ]
    doc.check_offsets()
    return doc


def iraq_doc() -> Doc:
    """One protest in Baghdad, fifteen months later."""
    text = "Thousands of students protested in Baghdad against the government on Sunday."
    doc = Doc(id="iraq", text=text, meta=DocMeta(date="2021-06-01", title="Baghdad protest",
                                                 lang="en"))
    s1 = doc.add_sentence(0, len(text))
    students = _actor(text, "students", "students", "Students", None, "civilians")
    gov = _actor(text, "the government", "IRQ_GOV", "Government of Iraq", "IQ", "government")
    doc.actors = [students, gov]
    bag = _place(text, "Baghdad", "Baghdad", 98182, 33.3406, 44.4009, "IQ")
    doc.places = [bag]
    doc.events = [Event(event_id="iraq:e0", plover_type="PROTEST", cameo_root="14",
                        trigger=doc.span(*_at(text, "protested")), evidence=s1,
                        source=[students], target=[gov], location=bag,
                        date=DateRange("2021-05-30", "2021-05-30", "day"), confidence=0.9)]
    doc.check_offsets()
    return doc


def hostile_doc() -> Doc:
    """A page whose text and metadata are script injections; its event is in Ukraine."""
    text = HOSTILE
    doc = Doc(id="hostile", text=text, meta=DocMeta(
        date="2022-03-01", title='<img src=y onerror="window.__pwned = 4">Headline',
        url="javascript:window.__pwned = 5", lang="en"))
    s1 = doc.add_sentence(0, len(text))
    rebels = _actor(text, "Rebels", "rebels<script>", "<b onclick=x>Rebels</b>", None,
                    "armed_group")
    doc.actors = [rebels]
    kh = _place(text, "Kharkiv", "Kharkiv<script>window.__pwned=6</script>", 706483,
                49.9808, 36.2527, "UA")
    doc.places = [kh]
    doc.events = [Event(event_id="hostile:e0", plover_type="THREATEN", cameo_root="13",
                        trigger=doc.span(*_at(text, "posted")), evidence=s1, source=[rebels],
                        location=kh, date=DateRange("2022-03-01", "2022-03-01", "day"),
                        confidence=0.5)]
    doc.check_offsets()
    return doc


def all_docs() -> list[Doc]:
    return [syria_doc(), iraq_doc(), hostile_doc()]


def content_hash(doc: Doc) -> str:
    return hashlib.sha256((doc.id + "\0" + doc.text).encode()).hexdigest()


#: What the test database holds.
N_EVENTS = 5
N_LOCATED = 4

__all__ = ["all_docs", "content_hash", "HOSTILE", "N_EVENTS", "N_LOCATED"]
