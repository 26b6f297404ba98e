"""The document model: one object carries the cleaned text and every annotation.

Every annotation is a character-offset span into ``Doc.text``; the invariant
``doc.text[s.start:s.end] == s.text`` holds for every span of every kind, and
:meth:`Doc.check_offsets` enforces it. Serialisation to and from plain dicts
(the batch contract's field names) lives here too, so the CLI, the store and
the API share one serialiser.

>>> doc = Doc(id="d1", text="Iran sent troops.")
>>> doc.add_sentence(0, 17).text
'Iran sent troops.'
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date as Date
from typing import Any, Literal

Factuality = Literal["asserted", "reported", "hedged", "speculative", "negated", "future"]
FACTUALITIES: tuple[str, ...] = ("asserted", "reported", "hedged", "speculative", "negated", "future")

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def _drop_none(d: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None or k in keep}


def _shallow(obj: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict, without ``asdict``'s deep copy (5x faster, flat fields)."""
    return {f: getattr(obj, f) for f in obj.__dataclass_fields__}


@dataclass(slots=True)
class Span:
    """A labelled stretch of ``Doc.text``: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.label:
            d["label"] = self.label
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Span":
        return cls(start=int(d["start"]), end=int(d["end"]), text=str(d.get("text", "")),
                   label=str(d.get("label", "")))


@dataclass(slots=True)
class Place:
    """A toponym in the text and, when resolved, the gazetteer entry it refers to.

    ``precision`` is one of point, town, district, region, country (coarsest last).
    ``role`` says how the name is used: ``literal`` (a place), ``metonym`` (the place's
    government, "Damascus said") or ``demonym`` ("Syrian soldiers"); only literal places
    should be used as event locations.
    """

    start: int
    end: int
    text: str
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature: str | None = None
    precision: str | None = None
    score: float | None = None
    role: str | None = None  # literal, metonym ("Tehran said"), demonym ("Syrian"); None = literal

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(_shallow(self), keep=("name", "lat", "lon", "country_code"))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Place":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass(slots=True)
class ActorMention:
    """A mention of an actor, linked to one identity (``actor_id``) shared by all its names.

    ``via`` says how it was linked: registry, descriptor, coref, ner.
    """

    start: int
    end: int
    text: str
    actor_id: str | None = None
    name: str | None = None
    country_code: str | None = None
    kind: str | None = None
    code: str | None = None
    sector: str | None = None
    parent: str | None = None
    via: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(_shallow(self), keep=("actor_id", "name", "country_code", "kind"))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ActorMention":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass(slots=True)
class DateRange:
    """When an event happened, as an inclusive ISO date range with a precision.

    ``precision`` is day, range, week, month, year or publication (fell back to the
    publication date). ``text``/``start``/``end`` give the date expression when there is one.
    """

    start: str
    end: str
    precision: str
    text: str | None = None
    span_start: int | None = None
    span_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(_shallow(self))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "DateRange":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass(slots=True)
class Quantity:
    """A count read from text (fatalities, injuries, size): ``{min, max, text}``."""

    min: int
    max: int
    text: str
    start: int | None = None
    end: int | None = None
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(_shallow(self))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quantity":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass(slots=True)
class Event:
    """Who did what to whom, where, when, how sure, and the sentence that says so."""

    event_id: str
    plover_type: str
    trigger: Span
    evidence: Span
    plover_mode: str | None = None
    cameo_root: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    location: Place | None = None
    date: DateRange | None = None
    factuality: str = "asserted"
    factuality_cue: Span | None = None
    attributed_to: ActorMention | None = None
    fatalities: Quantity | None = None
    injuries: Quantity | None = None
    size: Quantity | None = None
    confidence: float = 0.5
    incident_id: str | None = None
    mentions: list[Span] = field(default_factory=list)
    #: an embedded act ("shell" in "threatened to shell"): the event_id of the threat, refusal
    #: or accusation it is the content of, and the PLOVER type of the act itself
    content_of: str | None = None
    content_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "event_id": self.event_id,
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
            "cameo_root": self.cameo_root,
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.to_dict() if self.date else None,
            "factuality": self.factuality,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "fatalities": self.fatalities.to_dict() if self.fatalities else None,
            "injuries": self.injuries.to_dict() if self.injuries else None,
            "size": self.size.to_dict() if self.size else None,
            "trigger": self.trigger.to_dict(),
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 4),
            "incident_id": self.incident_id,
            "content_of": self.content_of,
            "content_type": self.content_type,
        }
        if self.factuality_cue is not None:
            d["factuality_cue"] = self.factuality_cue.to_dict()
        if self.mentions:
            d["mentions"] = [m.to_dict() for m in self.mentions]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        def opt(key: str, kind: Any) -> Any:
            v = d.get(key)
            return kind.from_dict(v) if v else None

        return cls(
            event_id=d["event_id"],
            plover_type=d["plover_type"],
            plover_mode=d.get("plover_mode"),
            cameo_root=d.get("cameo_root"),
            acled_event_type=d.get("acled_event_type"),
            acled_sub_event_type=d.get("acled_sub_event_type"),
            source=[ActorMention.from_dict(a) for a in d.get("source") or []],
            target=[ActorMention.from_dict(a) for a in d.get("target") or []],
            location=opt("location", Place),
            date=opt("date", DateRange),
            factuality=d.get("factuality", "asserted"),
            factuality_cue=opt("factuality_cue", Span),
            attributed_to=opt("attributed_to", ActorMention),
            fatalities=opt("fatalities", Quantity),
            injuries=opt("injuries", Quantity),
            size=opt("size", Quantity),
            trigger=Span.from_dict(d["trigger"]),
            evidence=Span.from_dict(d["evidence"]),
            confidence=float(d.get("confidence", 0.5)),
            incident_id=d.get("incident_id"),
            mentions=[Span.from_dict(m) for m in d.get("mentions") or []],
            content_of=d.get("content_of"),
            content_type=d.get("content_type"),
        )


@dataclass(slots=True)
class DocMeta:
    """Provenance of a document: where it came from and when it was published."""

    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    origin: str | None = None

    @property
    def pub_date(self) -> Date | None:
        """The publication date as a :class:`datetime.date`, or None when absent or invalid."""
        if not self.date:
            return None
        try:
            return Date.fromisoformat(self.date[:10])
        except ValueError:
            return None


@dataclass(slots=True)
class Doc:
    """The cleaned text of one document plus all its annotations as character-offset spans.

    ``parsed`` holds the spaCy ``Doc`` while the pipeline runs; it is never serialised.
    """

    id: str
    text: str
    meta: DocMeta = field(default_factory=DocMeta)
    sents: list[Span] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    parsed: Any = field(default=None, repr=False, compare=False)

    def span(self, start: int, end: int, label: str = "") -> Span:
        """A :class:`Span` over ``text[start:end]`` (the only safe way to build one)."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} is outside a text of {len(self.text)} characters")
        return Span(start=start, end=end, text=self.text[start:end], label=label)

    def add_sentence(self, start: int, end: int) -> Span:
        s = self.span(start, end, "sent")
        self.sents.append(s)
        return s

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence that contains character ``offset``."""
        for s in self.sents:
            if s.start <= offset < s.end:
                return s
        return None

    def check_offsets(self) -> None:
        """Raise ValueError if any span's text differs from ``text[start:end]``."""
        spans: list[Any] = [*self.sents, *self.places, *self.actors]
        for e in self.events:
            spans += [e.trigger, e.evidence, *e.source, *e.target, *e.mentions]
            for extra in (e.location, e.attributed_to, e.factuality_cue, e.fatalities,
                          e.injuries, e.size):
                if extra is not None and getattr(extra, "start", None) is not None:
                    spans.append(extra)
        for s in spans:
            if self.text[s.start:s.end] != s.text:
                raise ValueError(
                    f"{type(s).__name__} {s.start}:{s.end} says {s.text!r} but the text there is "
                    f"{self.text[s.start:s.end]!r}")

    def to_dict(self) -> dict[str, Any]:
        """The batch contract's output object for this document (``status: ok``)."""
        return {
            "id": self.id,
            "status": "ok",
            "text": self.text,
            "meta": _drop_none(_shallow(self.meta)),
            "sentences": [[s.start, s.end] for s in self.sents],
            "places": [p.to_dict() for p in self.places],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Doc":
        text = d["text"]
        doc = cls(id=str(d["id"]), text=text, meta=DocMeta(**(d.get("meta") or {})))
        doc.sents = [Span(s, e, text[s:e], "sent") for s, e in d.get("sentences") or []]
        doc.places = [Place.from_dict(p) for p in d.get("places") or []]
        doc.actors = [ActorMention.from_dict(a) for a in d.get("actors") or []]
        doc.events = [Event.from_dict(e) for e in d.get("events") or []]
        return doc


@dataclass(slots=True)
class Rejection:
    """An input that could not be processed, and why. Nothing is dropped silently."""

    id: str | None
    error: str
    reason: str = "invalid_input"
    line: int | None = None
    origin: str | None = None
    content_hash: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id}
        if self.line is not None:
            d["line"] = self.line
        d.update({"status": "rejected", "error": self.error, "reason": self.reason})
        return d


__all__ = [
    "Span", "Place", "ActorMention", "DateRange", "Quantity", "Event", "DocMeta", "Doc",
    "Rejection", "FACTUALITIES", "PLOVER_TYPES", "Factuality",
]
