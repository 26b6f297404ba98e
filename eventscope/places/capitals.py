"""National capitals named through their country: "the Serbian capital", "Ukraine's capital",
"the capital of Iran".

Wire reports name the city this way; the phrase is about Belgrade, not Serbia, so an event
"in the Serbian capital" belongs in Belgrade with town precision. The country word keeps its
own toponym (the news gold standards mark "Serbian" as the country); the head noun "capital"
becomes a second, literal place resolved to the country's capital (GeoNames PPLC). When the
text names the city anyway ("the Afghan capital, Kabul"), nothing is added.

>>> [(p.text, p.name) for p in nlp("Drones hit the Russian capital.").places]  # doctest: +SKIP
[('Russian', 'Russia'), ('capital', 'Moscow')]
"""

from __future__ import annotations

import re
from typing import Any

from .gazetteer import Candidate, Gazetteer
from .recognize import Mention

# "<country>'s capital", "<demonym> capital" (after the mention) ...
_AFTER = re.compile(r"(?:'s|\u2019s)?[ \t]+(capital)(?:[ \t]+city)?\b(?!-)")
# ... and "the capital of <country>" (before it).
_BEFORE = re.compile(r"\b(capital)(?:[ \t]+city)?[ \t]+of[ \t]+(?:the[ \t]+)?$")
# The city named right after the phrase: "the Afghan capital, Kabul" / "capital of Ankara" ...
_NAMED_NEXT = re.compile(r"[ \t]*(?:,|of\b)?[ \t]*")
# ... or right before it: "Ankara, the Turkish capital".
_NAMED_BEFORE = re.compile(r",[ \t]+the[ \t]+$")


def _is_head_noun(sp: Any, start: int, end: int) -> bool:
    """"capital" as a noun that heads its phrase, not "capital markets" or "capital punishment"."""
    if sp is None:
        return True
    span = sp.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"compound", "amod"}


def capital_mentions(text: str, sp: Any, resolved: list[tuple[Mention, Candidate | None, float]],
                     gaz: Gazetteer) -> list[tuple[int, int, Candidate, float]]:
    """(start, end, capital, score) for each "capital" that a resolved country qualifies.

    ``resolved`` is the resolver's output; ``sp`` the spaCy doc (None skips the noun check).
    """
    starts = {m.start for m, c, _ in resolved if c is not None}
    ends = {m.end for m, c, _ in resolved if c is not None}
    taken = [(m.start, m.end) for m, _, _ in resolved]
    out: list[tuple[int, int, Candidate, float]] = []
    for m, c, score in resolved:
        if c is None or c.feature != "country" or not c.country_code:
            continue
        hit = _AFTER.match(text, m.end)
        if hit is not None:
            s, e = hit.span(1)
            after = _NAMED_NEXT.match(text, hit.end()).end()  # type: ignore[union-attr]
            if after in starts:
                continue  # "the Afghan capital, Kabul": the city has its own toponym
            named = _NAMED_BEFORE.search(text, max(0, m.start - 8), m.start)
            if named is not None and named.start() in ends:
                continue  # "Ankara, the Turkish capital"
        else:
            before = _BEFORE.search(text, max(0, m.start - 30), m.start)
            if before is None:
                continue
            s, e = before.span(1)
        if any(a < e and s < b for a, b in taken) or not _is_head_noun(sp, s, e):
            continue
        cap = gaz.capital_of(c.country_code)
        if cap is not None:
            out.append((s, e, cap, score))
            taken.append((s, e))
    return out


__all__ = ["capital_mentions"]
