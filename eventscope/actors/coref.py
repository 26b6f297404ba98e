"""Rule-based within-document coreference: 'he', 'the general', 'the group', 'the jihadists',
'the militias', 'the ministry', and bare 'the army' link to the right earlier actor.

The antecedent is the nearest earlier mention, within ``window`` sentences, of a kind the
anaphor can refer to ("the general" -> a military person; "the group" -> an armed group,
militia, party or NGO). A state antecedent of "the army" / "the government" becomes that
state's military / government.
"""

from __future__ import annotations

from typing import Any

from .found import Found
from .lexicon import ANAPHORS, BARE_OK, BARE_OK_WORDS, PERSON_PRONOUNS, STATE_SECTORS
from .registry import ActorRegistry

_STATE_KINDS = frozenset({"government", "military", "police", "intelligence"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_TAG_HINTS = {"jihadists": "jihadist", "militants": "militant", "rebels": "rebel",
              "insurgents": "insurgent", "terrorists": "terrorist"}


def _compatible(f: Found, allowed: tuple[str, ...]) -> bool:
    for a in allowed:
        if a.startswith("person"):
            if f.kind == "person" and (":" not in a or f.sector in (None, a.split(":")[1])):
                return True
        elif f.kind == a and not f.descriptive:
            return True
    return False


class Coref:
    """Links anaphors to antecedents among the mentions found so far."""

    def __init__(self, registry: ActorRegistry, window: int = 3) -> None:
        self.registry = registry
        self.window = window

    def _sent_index(self, sp: Any) -> list[int]:
        idx = [0] * len(sp)
        for n, s in enumerate(sp.sents):
            for i in range(s.start, s.end):
                idx[i] = n
        return idx

    def _antecedent(self, found: list[Found], before: int, sent_of: list[int],
                    allowed: tuple[str, ...], prefer_tag: str | None = None) -> Found | None:
        here = sent_of[before] if before < len(sent_of) else sent_of[-1]
        candidates = [f for f in found if f.te <= before and here - sent_of[f.ts] <= self.window
                      and _compatible(f, allowed)]
        if "state" in allowed and allowed[0] != "state":
            # "the army": an army met before beats a country met since
            organs = [f for f in candidates if f.kind != "state"]
            candidates = organs or candidates
        if not candidates and not any(a.startswith("person") for a in allowed):
            # far back, but the only one of its kind in the document so far
            earlier = [f for f in found if f.te <= before and _compatible(f, allowed)]
            if len({f.actor_id for f in earlier}) == 1:
                candidates = earlier
        if prefer_tag:
            tagged = [f for f in candidates if prefer_tag in f.tags]
            candidates = tagged or candidates
        return max(candidates, key=lambda f: f.ts) if candidates else None

    def pronouns(self, sp: Any, found: list[Found], taken: list[bool]) -> list[Found]:
        """'he', 'his', 'she' -> the nearest earlier person."""
        sent_of = self._sent_index(sp)
        out: list[Found] = []
        for t in sp:
            if taken[t.i] or t.lower_ not in PERSON_PRONOUNS or t.pos_ not in ("PRON", "DET"):
                continue
            ante = self._antecedent(found + out, t.i, sent_of, ("person",))
            if ante is not None:
                f = Found(ts=t.i, te=t.i + 1, actor_id="", name="", kind="person", via="coref")
                f.relink(ante, "coref")
                out.append(f)
        return out

    def anaphors(self, sp: Any, found: list[Found], bare: list[Found],
                 taken: list[bool]) -> list[Found]:
        """'the general', 'the group' and the bare descriptor nouns ('the army', 'civilians')."""
        sent_of = self._sent_index(sp)
        out: list[Found] = []
        bare_at = {b.ts: b for b in bare}
        for t in sp:
            if taken[t.i] or t.lower_ not in _DETERMINERS:
                continue
            for length in (2, 1):
                words = " ".join(x.lower_ for x in sp[t.i + 1:t.i + 1 + length])
                if words in ANAPHORS and not any(taken[t.i + 1:t.i + 1 + length]):
                    end = t.i + 1 + length
                    if end < len(sp) and sp[end].pos_ in ("PROPN",):
                        break  # "the General Assembly", "the group Amnesty": not an anaphor
                    allowed = ANAPHORS[words]
                    ante = self._antecedent(found + out, t.i, sent_of, allowed, _TAG_HINTS.get(words))
                    if ante is None and "state" in allowed:
                        ante = None
                    if ante is not None:
                        f = Found(ts=t.i + 1, te=end, actor_id="", name="", kind="", via="coref")
                        f.relink(ante, "coref")
                        if ante.kind == "state":
                            self._to_organ(f, words)
                        out.append(f)
                        for k in range(f.ts, f.te):
                            taken[k] = True
                        bare_at.pop(t.i + 1, None)
                    break
        for b in bare_at.values():
            if any(taken[b.ts:b.te]):
                continue
            words = sp[b.ts:b.te].text.lower()
            if b.sector in STATE_SECTORS and b.kind in _STATE_KINDS:
                ante = self._antecedent(found + out, b.ts, sent_of, ("state",))
                organ = None
                for f in sorted(found + out, key=lambda x: -x.ts):
                    if f.te <= b.ts and f.sector == b.sector and f.country and not f.descriptive \
                            and f.kind != "person" and sent_of[b.ts] - sent_of[f.ts] <= 1:
                        organ = f
                        break
                if organ is not None:
                    f = Found(ts=b.ts, te=b.te, actor_id="", name="", kind="", via="coref")
                    f.relink(organ, "coref")
                    out.append(f)
                    continue
                del ante
            determined = b.ts > 0 and sp[b.ts - 1].lower_ in _DETERMINERS
            if b.sector in BARE_OK or words in BARE_OK_WORDS or \
                    (determined and b.kind in _STATE_KINDS):
                out.append(b)
        return out

    def _to_organ(self, f: Found, words: str) -> None:
        suffix = {"army": "MIL", "military": "MIL", "troops": "MIL", "soldiers": "MIL",
                  "government": "GOV", "regime": "GOV"}.get(words)
        entry = self.registry.organ(f.actor_id, suffix) if suffix else None
        if entry is not None:
            f.actor_id, f.name, f.kind, f.code = entry.id, entry.name, entry.kind, entry.code
            f.sector, f.parent = entry.sector, entry.parent


__all__ = ["Coref"]
