"""Choose one gazetteer entry per toponym mention, using the whole document as context.

A candidate's score adds a prior (population, feature type, whether the name is the entry's
own name) to document evidence: the countries and first-level regions that the other
mentions most likely refer to, an explicit qualifier right after the name ("Homs, Syria",
"Richmond, Virginia") and closeness to the other places of the text. Two passes: the first
ranks by prior alone; the second uses the first pass's choices as context.

>>> resolve_mentions(mentions)  # doctest: +SKIP
[(mention, best_candidate, score), ...]
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from .gazetteer import Candidate
from .normalize import name_key
from .recognize import Mention
from ..geodesy import distance_km

FEATURE_PRIOR: dict[str, float] = {
    "country": 0.75, "continent": 0.8, "admin1": 0.5, "admin2": 0.0, "city": 0.0,
}
SUPPLEMENT_PRIOR = 0.6
CAPITAL_PRIOR = 0.4
SEAT_PRIOR = 0.5
ALTERNATE_NAME_PENALTY = 0.3
W_COUNTRY = 1.5
W_ADMIN1 = 1.0
W_QUALIFIER = 2.5
W_NEAR = 0.3
NEAR_KM = 250.0
MAX_CANDIDATES = 25




def prior(c: Candidate) -> float:
    """How likely a name means this entry before reading the rest of the text."""
    pop = c.population
    if c.feature == "admin1":
        pop //= 4  # a region's population is its towns' sum: don't let it beat its capital
    score = math.log10(pop + 10) / 8
    score += FEATURE_PRIOR.get(c.feature, 0.0)
    if c.source == "supplement":
        score += SUPPLEMENT_PRIOR
    if c.source == "PPLC":
        score += CAPITAL_PRIOR
    if c.kind == 1:
        score -= ALTERNATE_NAME_PENALTY
    if c.feature == "city" and c.admin1 and name_key(c.admin1) == name_key(c.name):
        score += SEAT_PRIOR  # "Homs" the city rather than Homs governorate
    return score


def _qualifier(text: str, m: Mention, nxt: Mention | None) -> Mention | None:
    """The mention that qualifies ``m`` as in "Homs, Syria" (a comma and nothing else)."""
    if nxt is None:
        return None
    between = text[m.end:nxt.start]
    return nxt if between.strip() in {",", "("} else None


def _qualifies(c: Candidate, q: Candidate) -> bool:
    if q.feature == "country":
        return c.country_code == q.country_code and c.id != q.id
    if q.feature == "admin1":
        return (c.country_code == q.country_code and c.admin1code == q.admin1code
                and c.id != q.id)
    return False


def resolve_mentions(text: str, mentions: Sequence[Mention]
                     ) -> list[tuple[Mention, Candidate | None, float]]:
    """Pick the best candidate of each mention; score is its margin over the runner-up."""
    first: list[Candidate | None] = [
        max(m.candidates, key=prior) if m.candidates else None for m in mentions]
    # The countries and regions that the text is about, from the first pass.
    countries: Counter[str] = Counter()
    regions: Counter[tuple[str, str]] = Counter()
    for c in first:
        if c is None:
            continue
        if c.country_code:
            countries[c.country_code] += 1
        if c.feature in {"city", "admin1", "admin2"} and c.country_code and c.admin1code:
            regions[(c.country_code, c.admin1code)] += 1
    n = max(1, sum(1 for c in first if c is not None))
    points = [(i, c) for i, c in enumerate(first)
              if c is not None and c.feature not in {"country", "continent", "admin1"}]

    out: list[tuple[Mention, Candidate | None, float]] = []
    for i, m in enumerate(mentions):
        if not m.candidates:
            out.append((m, None, 0.0))
            continue
        q = _qualifier(text, m, mentions[i + 1] if i + 1 < len(mentions) else None)
        own = first[i]
        scored: list[tuple[float, Candidate]] = []
        for c in sorted(m.candidates, key=prior, reverse=True)[:MAX_CANDIDATES]:
            s = prior(c)
            if c.country_code:
                k = countries[c.country_code] - (own is not None and
                                                  own.country_code == c.country_code)
                s += W_COUNTRY * k / n
            if c.country_code and c.admin1code:
                k = regions[(c.country_code, c.admin1code)] - (
                    own is not None and own.country_code == c.country_code
                    and own.admin1code == c.admin1code)
                s += W_ADMIN1 * min(1.0, k / 2)
            if q is not None and q.candidates and any(_qualifies(c, qc) for qc in q.candidates):
                s += W_QUALIFIER
            if c.feature not in {"country", "continent"} and points:
                near = min((distance_km(c.lat, c.lon, o.lat, o.lon)
                            for j, o in points if j != i), default=None)
                if near is not None and near < NEAR_KM:
                    s += W_NEAR * (1 - near / NEAR_KM)
            scored.append((s, c))
        scored.sort(key=lambda t: -t[0])
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 1.0
        out.append((m, scored[0][1], round(min(1.0, 0.5 + margin / 2), 3)))
    return out


__all__ = ["resolve_mentions", "prior", "distance_km"]
