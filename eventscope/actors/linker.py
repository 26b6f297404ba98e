"""The actors component: registry names, capitals as actors, descriptors, coreference and
spaCy entities, in that order, into ``doc.actors`` (one ActorMention per mention, text order).

>>> linker = ActorLinker(load_registry())                  # doctest: +SKIP
>>> [a.actor_id for a in linker(doc).actors]               # doctest: +SKIP
['IRN', 'IRN.GOV', 'isis', ...]
"""

from __future__ import annotations

from typing import Any

from ..doc import ActorMention, Doc
from .context import acronyms_in_brackets, context_countries, merge_titled_persons
from .coref import Coref
from .descriptors import Descriptors
from .extend import group_nouns, sub_units, titles
from .found import Found, covered
from .names import PhraseIndex
from .ner import EntityActors, acts
from .registry import ActorRegistry, normalise

def _blank_tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


class ActorLinker:
    """Finds and links every actor mention of a parsed document."""

    def __init__(self, registry: ActorRegistry, tokenizer: Any | None = None) -> None:
        self.registry = registry
        tok = tokenizer or _blank_tokenizer()
        self.names = PhraseIndex(registry, lambda s: [t.text for t in tok(s)])
        self.descriptors = Descriptors(registry)
        self.coref = Coref(registry)
        self.entities = EntityActors(registry)
        self.max_capital = max((len(c.split()) for c in registry.capitals), default=1)
        self.capital_first = {c.split()[0] for c in registry.capitals}

    def __call__(self, doc: Doc) -> Doc:
        sp = doc.parsed
        if sp is None:
            raise ValueError(f"Document {doc.id!r} has not been parsed: the actors component "
                             "needs the spaCy annotator to run first (use eventscope.load()).")
        doc.actors = self.link(doc, sp)
        return doc

    def link(self, doc: Doc, sp: Any) -> list[ActorMention]:
        found = self.names.find(sp)
        found = sub_units(sp, found, self.registry)
        taken = covered(found, len(sp))
        titles(sp, found, self.registry, taken)
        group_nouns(sp, found, taken)
        found += self._capitals(sp, taken)
        found = self._drop_other_places(sp, found, doc)
        taken = covered(found, len(sp))
        new, bare = self.descriptors.find(sp, found, taken)
        found += new
        taken = covered(found, len(sp))
        people = self.entities.find(sp, taken, found, [(p.start, p.end) for p in doc.places])
        titles(sp, people, self.registry, taken)
        found = merge_titled_persons(found + people)
        found += self.descriptors.lone_demonyms(sp, taken)
        found.sort(key=lambda f: f.ts)
        acronyms_in_brackets(sp, found)
        context_countries(sp, found, [(p.start, p.country_code) for p in doc.places
                                      if p.country_code])
        found += self.coref.pronouns(sp, found, taken)
        found.sort(key=lambda f: f.ts)
        found += self.coref.anaphors(sp, found, bare, taken)
        return self._mentions(doc, sp, found)

    def _capitals(self, sp: Any, taken: list[bool]) -> list[Found]:
        """'Tehran wants ...', 'Moscow's decision': a capital acting is its government."""
        out: list[Found] = []
        i = 0
        while i < len(sp):
            if sp[i].lower_ not in self.capital_first:
                i += 1
                continue
            hit = None
            for length in range(min(self.max_capital, len(sp) - i), 0, -1):
                if any(taken[i:i + length]) or not sp[i].text[:1].isupper():
                    continue
                a3 = self.registry.capitals.get(normalise(sp[i:i + length].text))
                if a3 and (i + length == len(sp) or not sp[i + length].text[:1].isupper()):
                    hit = (i + length, a3)
                    break
            if hit and acts(sp, i, hit[0]):
                entry = self.registry.organ(hit[1], "GOV")
                if entry is not None:
                    out.append(Found.of(entry, i, hit[0], "registry"))
                    for k in range(i, hit[0]):
                        taken[k] = True
                i = hit[0]
                continue
            i = hit[0] if hit else i + 1
        return out

    @staticmethod
    def _drop_other_places(sp: Any, found: list[Found], doc: Doc) -> list[Found]:
        """'Georgia' resolved by the places stage to the US state is not the country Georgia;
        a country name resolved to a small town ('Panama', Oklahoma) stays the country."""
        places = [(p.start, p.end, p.country_code) for p in doc.places if p.country_code
                  and p.precision not in ("town", "point")]
        if not places:
            return found
        out = []
        for f in found:
            if f.kind in ("state", "government") and f.via == "registry" and f.country:
                start = sp[f.ts].idx
                end = sp[f.te - 1].idx + len(sp[f.te - 1].text)
                if any(s <= start and end <= e and cc != f.country for s, e, cc in places):
                    continue
            out.append(f)
        return out

    @staticmethod
    def _mentions(doc: Doc, sp: Any, found: list[Found]) -> list[ActorMention]:
        found.sort(key=lambda f: (f.ts, -(f.te - f.ts)))
        out: list[ActorMention] = []
        last_end = -1
        for f in found:
            if f.ts < last_end or not f.actor_id:
                continue
            out.append(f.to_mention(doc, sp))
            last_end = f.te
        return out


def actor_at(doc: Doc, start: int, end: int) -> ActorMention | None:
    """The actor mention that overlaps characters ``start:end`` most, or None.

    >>> actor_at(doc, 0, 4).actor_id                          # doctest: +SKIP
    'IRN'
    """
    best, best_overlap = None, 0
    for a in doc.actors:
        overlap = min(end, a.end) - max(start, a.start)
        if overlap > best_overlap:
            best, best_overlap = a, overlap
    return best


__all__ = ["ActorLinker", "actor_at"]
