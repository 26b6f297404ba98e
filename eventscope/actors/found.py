"""The working record of one actor mention while the rules run, over spaCy token indices."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..doc import ActorMention, Doc
from .schema import ActorEntry


@dataclass(slots=True)
class Found:
    """A mention over tokens ``ts:te`` of the parsed doc, linked to one identity."""

    ts: int
    te: int
    actor_id: str
    name: str
    kind: str
    via: str
    country: str | None = None
    code: str | None = None
    sector: str | None = None
    parent: str | None = None
    tags: list[str] = field(default_factory=list)
    descriptive: bool = False

    @classmethod
    def of(cls, entry: ActorEntry, ts: int, te: int, via: str) -> "Found":
        return cls(ts=ts, te=te, actor_id=entry.id, name=entry.name, kind=entry.kind, via=via,
                   country=entry.country, code=entry.code, sector=entry.sector,
                   parent=entry.parent, tags=list(entry.tags), descriptive=entry.descriptive)

    def relink(self, other: "Found", via: str) -> None:
        """Give this mention the identity of ``other`` (coreference), keeping its own span."""
        for key in ("actor_id", "name", "kind", "country", "code", "sector", "parent",
                    "descriptive"):
            setattr(self, key, getattr(other, key))
        self.tags = list(other.tags)
        self.via = via

    def to_mention(self, doc: Doc, sp: Any) -> ActorMention:
        start = sp[self.ts].idx
        end = sp[self.te - 1].idx + len(sp[self.te - 1].text)
        s = doc.span(start, end)
        return ActorMention(start=s.start, end=s.end, text=s.text, actor_id=self.actor_id,
                            name=self.name, country_code=self.country, kind=self.kind,
                            code=self.code, sector=self.sector, parent=self.parent, via=self.via)


def covered(found: list[Found], n_tokens: int) -> list[bool]:
    """A flag per token: is it inside some mention already?"""
    flags = [False] * n_tokens
    for f in found:
        for i in range(f.ts, f.te):
            flags[i] = True
    return flags


__all__ = ["Found", "covered"]
