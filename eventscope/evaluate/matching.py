"""Span arithmetic and one-to-one matching of predicted spans with gold spans.

Two matchers, both deterministic so that figures are reproducible:

- :func:`match_largest_overlap` for toponyms: pairs are taken greedily, largest character
  overlap first, then the closest start, then document order.
- :func:`max_matching` for actors: a maximum bipartite matching (augmenting paths, Kuhn) in
  which each prediction tries its acceptable gold items in order of preference.

>>> match_largest_overlap([(0, 5), (6, 10)], [(0, 10)])
{0: 0}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

SpanTuple = tuple[int, int]

#: Words that never make two actor mentions "the same" on their own.
STOPWORDS: frozenset[str] = frozenset({
    "the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "by", "with", "s", "its",
    "his", "her", "their", "from", "as", "or"})

_WORD = re.compile(r"\w+")


def _offset(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def span_of(obj: Any, text: str | None = None) -> SpanTuple | None:
    """``(start, end)`` of a predicted object; with ``text``, fall back to finding its ``text``.

    Offsets must be ints with ``0 <= start < end``. Without usable offsets and with a document
    ``text`` given, the first occurrence of the object's ``text`` is used.
    """
    if not isinstance(obj, Mapping):
        return None
    start, end = _offset(obj.get("start")), _offset(obj.get("end"))
    if start is not None and end is not None and 0 <= start < end:
        return (start, end)
    surface = obj.get("text")
    if text and isinstance(surface, str) and surface.strip():
        at = text.find(surface)
        if at >= 0:
            return (at, at + len(surface))
    return None


def overlap(a: SpanTuple, b: SpanTuple) -> int:
    """Number of characters two spans share (0 when they only touch)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_largest_overlap(gold: Sequence[SpanTuple | None],
                          pred: Sequence[SpanTuple | None]) -> dict[int, int]:
    """One-to-one ``{gold_index: pred_index}`` over overlapping spans, largest overlap first."""
    pairs = sorted(
        (-overlap(g, p), abs(g[0] - p[0]), gi, pi)
        for gi, g in enumerate(gold) if g is not None
        for pi, p in enumerate(pred) if p is not None and overlap(g, p) > 0)
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, gi, pi in pairs:
        if gi not in matched and pi not in taken:
            matched[gi] = pi
            taken.add(pi)
    return matched


def max_matching(preferences: Sequence[Sequence[int]]) -> dict[int, int]:
    """Maximum one-to-one matching; ``preferences[p]`` lists the gold items ``p`` may take, best
    first. Predictions are placed in order, each by an augmenting path. Returns ``{gold: pred}``."""
    holder: dict[int, int] = {}

    def place(p: int, visited: set[int]) -> bool:
        for g in preferences[p]:
            if g in visited:
                continue
            visited.add(g)
            if g not in holder or place(holder[g], visited):
                holder[g] = p
                return True
        return False

    for p in range(len(preferences)):
        place(p, set())
    return holder


class WordIndex:
    """The word tokens of a text, so that a span can be reduced to the content words it touches.

    >>> WordIndex("The Islamic State").words((0, 17))
    frozenset({1, 2})
    """

    def __init__(self, text: str) -> None:
        self.tokens = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text or "")]

    def words(self, span: SpanTuple | None) -> frozenset[int]:
        """Indices of the tokens that overlap ``span``; stopwords dropped unless that is all."""
        if span is None:
            return frozenset()
        touched = [i for i, (s, e, _) in enumerate(self.tokens) if s < span[1] and e > span[0]]
        content = [i for i in touched if self.tokens[i][2] not in STOPWORDS]
        return frozenset(content or touched)


__all__ = ["STOPWORDS", "SpanTuple", "WordIndex", "match_largest_overlap", "max_matching",
           "overlap", "span_of"]
