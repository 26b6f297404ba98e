"""Choose one gazetteer entry per toponym mention, using the whole document as context.

A candidate's score adds a prior (population, feature type, whether the name is the entry's
own name) to document evidence: the countries and first-level regions that the *other*
names of the text most likely refer to, the county (admin2) that holds a town named in the
text or is named itself ("Walker County" with "Huntsville": both in Texas), an explicit
qualifier after the name ("Homs, Syria", "Alton, Ill.", "Lima, OH"; not the next name of a
list, "Cleveland, Columbus, Dayton") and closeness to the other places of the text. Names
that only the phrase matcher found vote with half weight, and a name never confirms a longer
or shorter form of itself ("Dublin" and "Dublin City").

Mentions with the same name form one group and get one referent (one sense per discourse:
a paper that writes "Paris, Texas" once means Texas by every later "Paris"). A group never
votes for itself, so five bare "Paris" cannot outvote "Lamar County" and "Texas". The votes
are recomputed from the current choices a few times.

>>> resolve_mentions(text, mentions)  # doctest: +SKIP
[(mention, best_candidate, score), ...]
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..geodesy import distance_km
from .build import admin_aliases
from .gazetteer import Candidate
from .normalize import name_key
from .qualifiers import continues_list, in_postal, postal_after, qualifies, separated
from .recognize import Mention

FEATURE_PRIOR: dict[str, float] = {
    "country": 0.75, "continent": 0.8, "admin1": 0.5, "admin2": 0.0, "city": 0.0,
}
POPULATION_SCALE = 4.0  # a tenfold population adds 1/POPULATION_SCALE to the prior
ADMIN1_FULL_POPULATION = 2_000_000  # smaller regions get a share of the admin1 bonus
SUPPLEMENT_PRIOR = 1.0  # our curated places have no population: worth a 10,000-fold one
CAPITAL_PRIOR = 0.6
SEAT_PRIOR = 0.5
ALTERNATE_NAME_PENALTY = 0.3
OUTNAMED_PENALTY = 2.0  # see _outnamed
BARE_COUNTY_PENALTY = 0.3
W_COUNTRY = 2.0
W_ADMIN1 = 1.2
W_ADMIN2 = 2.0  # the county of a town named in the text, or a town of a county named
W_QUALIFIER = 2.5
W_NEAR = 0.6
NEAR_KM = 250.0
MIN_POINT_LIKELIHOOD = 0.2  # readings of other names that count for closeness
NEAR_DEGREES = NEAR_KM / 111.0  # latitude degrees: a cheap test before the distance
MAX_CANDIDATES = 25
WEAK_SOURCES = frozenset({"gazetteer", "repeat"})
WEAK_WEIGHT = 0.5
ROUNDS = 3
TEMPERATURE = 0.25  # how sharply a group's vote follows its scores
# A name that is the own name of a country, a large region, a capital or a curated place
# ("Russia", "Florida", "Paris", "Gaza"), or a common other name of a large country
# ("Palestine", "Burma"), keeps that sense unless a namesake has strong evidence: the context
# bonus of its smaller namesakes is damped (an explicit qualifier is not).
DOMINANT_POPULATION = 1_000_000
DOMINATED_CONTEXT = 0.5


@lru_cache(maxsize=20_000)
def _region_keys(admin1: str) -> frozenset[str]:
    """The keys of a region's name and its short forms ("Homs Governorate", "Jilin Sheng")."""
    return frozenset(name_key(n) for n in {admin1, *admin_aliases(admin1)})


def prior(c: Candidate) -> float:
    """How likely a name means this entry before reading the rest of the text."""
    pop = c.population
    feature_bonus = FEATURE_PRIOR.get(c.feature, 0.0)
    if c.feature == "admin1":
        pop //= 4  # a region's population is its towns' sum: don't let it beat its capital
        # a parish of Jamaica is not as likely a referent as a US state or a governorate
        feature_bonus *= min(1.0, c.population / ADMIN1_FULL_POPULATION)
    score = math.log10(pop + 10) / POPULATION_SCALE + feature_bonus
    if c.source == "supplement":
        score += SUPPLEMENT_PRIOR
    if c.source == "PPLC":
        score += CAPITAL_PRIOR
    if c.kind == 1 and c.source != "supplement":  # our curated aliases are deliberate
        score -= ALTERNATE_NAME_PENALTY
        if c.feature == "admin2":
            score -= BARE_COUNTY_PENALTY  # "DeKalb" for DeKalb County: only with context
    if c.kind == 2 and c.feature != "country":
        score -= ALTERNATE_NAME_PENALTY  # "Georgian" is more often the country's
    if c.feature == "city" and c.admin1 and name_key(c.name) in _region_keys(c.admin1):
        score += SEAT_PRIOR  # "Homs" the city rather than Homs governorate
    return score


@dataclass(slots=True)
class _Group:
    """All mentions of one name in a document, with their shared candidates and evidence."""

    key: str
    members: list[int] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    priors: dict[int, float] = field(default_factory=dict)
    qualified: dict[int, float] = field(default_factory=dict)  # candidate id -> bonus
    dominant: Candidate | None = None  # the entry the name mainly means, if any
    scores: dict[int, float] = field(default_factory=dict)  # candidate id -> current score
    choice: Candidate | None = None
    margin: float = 0.0
    weak: bool = False  # a town name only the phrase matcher found, never spaCy as a place


def _groups(text: str, mentions: Sequence[Mention]) -> list[_Group]:
    by_key: dict[str, _Group] = {}
    for i, m in enumerate(mentions):
        if not m.candidates:
            continue
        key = name_key(m.text).rstrip(".")
        g = by_key.get(key)
        if g is None:
            g = by_key[key] = _Group(key)
        g.members.append(i)
        known = {c.id for c in g.candidates}
        g.candidates.extend(c for c in m.candidates if c.id not in known)
    for g in by_key.values():
        g.candidates = sorted(g.candidates, key=prior, reverse=True)[:MAX_CANDIDATES]
        g.weak = (all(mentions[i].source in WEAK_SOURCES for i in g.members)
                  and not any(c.feature in {"country", "admin1"} for c in g.candidates))
        g.priors = {c.id: prior(c) - _outnamed(c, g) for c in g.candidates}
        g.dominant = next((c for c in g.candidates if _is_dominant(c)), None)
        for i in g.members:
            m = mentions[i]
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            q = nxt if nxt is not None and separated(text, m.end, nxt.start) else None
            after = mentions[i + 2] if q is not None and i + 2 < len(mentions) else None
            towns = q is not None and not continues_list(
                text, q.end, after.start if after is not None else None)
            if (q is not None and g.dominant is not None and g.dominant.feature == "country"
                    and all(qc.feature == "country" for qc in q.candidates)):
                q = None  # "in Russia, U.S. officials said": two countries, not "Russia, Ohio"
            code = postal_after(text, m.end) if q is None else None
            for c in g.candidates:
                if (q is not None and any(qualifies(c, qc, towns=towns)
                                          for qc in q.candidates)) or (
                        code is not None and in_postal(c, code)):
                    g.qualified[c.id] = W_QUALIFIER
    return list(by_key.values())


def _outnamed(c: Candidate, g: _Group) -> float:
    """A penalty for a town that bears the name only as an old or foreign name of its own
    ("Berea" for Aleppo, "Maryville" for Beeville) when towns of that very name exist."""
    if c.kind != 1 or c.feature != "city" or c.source == "supplement":
        return 0.0
    own = name_key(c.name)
    if g.key in own or own in g.key:
        return 0.0  # the same name, spelt out or shortened ("Petersburg", "Pittsburg")
    if any(o.kind == 0 and o.feature == "city" for o in g.candidates):
        return OUTNAMED_PENALTY
    return 0.0


def _is_dominant(c: Candidate) -> bool:
    if c.source == "supplement":
        return c.kind != 2
    if c.kind == 1 and c.feature == "country":
        return c.population >= DOMINANT_POPULATION  # "Palestine", "Burma", "Ivory Coast"
    if c.kind != 0:
        return False
    if c.feature == "country" or c.source == "PPLC":
        return True
    return c.feature == "admin1" and c.population >= DOMINANT_POPULATION


def _within(c: Candidate, d: Candidate) -> bool:
    """Whether ``c`` is the dominant entry ``d`` or lies inside it ("Homs" city in Homs
    governorate, "Kuwait" city in Kuwait): such namesakes keep their full context."""
    if c.id == d.id:
        return True
    if c.country_code != d.country_code:
        return False
    return d.feature == "country" or (d.feature == "admin1" and c.admin1code == d.admin1code)


def _weight(g: _Group) -> float:
    """A group's say in the context: repeated names a little more, up to twice; names that
    only the phrase matcher found (often a person's or a firm's) less."""
    w = min(2.0, 1.0 + 0.25 * (len(g.members) - 1))
    return w * WEAK_WEIGHT if g.weak else w


# country code, (country, admin1 code) or (is a county, country, admin1, admin2) -> weight
Votes = dict[Any, float]


def _votes(g: _Group) -> tuple[Votes, Votes]:
    """The group's soft votes for countries and regions: its weight spread over its
    candidates by how likely each is now (so "Huntsville" lends some weight to Texas too)."""
    top = max(g.scores.values())
    odds = {c.id: math.exp((g.scores[c.id] - top) / TEMPERATURE) for c in g.candidates}
    norm = _weight(g) / sum(odds.values())
    countries: Votes = defaultdict(float)
    regions: Votes = defaultdict(float)
    for c in g.candidates:
        p = odds[c.id] * norm
        if p < 1e-3:
            continue
        if c.country_code:
            countries[c.country_code] += p
            if c.admin1code and c.feature != "country":
                regions[(c.country_code, c.admin1code)] += p
                if c.admin2:  # a county named, or a town named in a county
                    regions[(c.feature == "admin2", c.country_code, c.admin1code, c.admin2)] += p
    return countries, regions


def _minus(total: Votes, own: Votes) -> Votes:
    """The votes of every group but one."""
    out: Votes = defaultdict(float, total)
    for k, v in own.items():
        out[k] -= v
    return out


def _points(g: _Group) -> list[tuple[Candidate, float, int]]:
    """The group's likely point readings with their likelihood relative to the best one:
    a tie among namesakes ("Henderson County" in five states) keeps them all."""
    top = max(g.scores.values())
    return [(c, q, id(g)) for c in g.candidates
            if c.feature not in {"country", "continent", "admin1"}
            and (q := math.exp((g.scores[c.id] - top) / TEMPERATURE)) >= MIN_POINT_LIKELIHOOD]


def _score(c: Candidate, g: _Group, countries: Votes, regions: Votes, total: float, points: list[tuple[Candidate, float, int]]) -> float:
    """Prior, qualifier and the context of the *other* groups (``countries``, ``regions`` and
    ``total`` already exclude this group's own votes)."""
    s = 0.0
    if c.country_code and total > 0:
        s += W_COUNTRY * countries[c.country_code] / total
    if c.country_code and c.admin1code and c.feature != "country":
        s += W_ADMIN1 * min(1.0, regions[(c.country_code, c.admin1code)])
        if c.admin2:  # a town in a county named in the text, a county with a town named
            s += W_ADMIN2 * min(1.0, regions[(c.feature != "admin2", c.country_code,
                                              c.admin1code, c.admin2)])
    if c.feature not in {"country", "continent", "admin1"} and points:
        best = 0.0
        for o, q, og in points:
            if og != id(g) and abs(o.lat - c.lat) < NEAR_DEGREES:
                d = distance_km(c.lat, c.lon, o.lat, o.lon)
                if d < NEAR_KM:
                    best = max(best, q * (1 - d / NEAR_KM))
        s += W_NEAR * best
    if g.dominant is not None and not _within(c, g.dominant):
        s *= DOMINATED_CONTEXT
    return g.priors[c.id] + g.qualified.get(c.id, 0.0) + s


def _kin(g: _Group, groups: list[_Group]) -> list[int]:
    """Indexes of ``g`` and of the groups whose name extends or shortens its name ("Dublin",
    "Dublin City"): the same name does not confirm itself."""
    return [j for j, h in enumerate(groups) if h is g or h.key.startswith(g.key + " ")
            or g.key.startswith(h.key + " ")]


def _round(groups: list[_Group], total: float, kins: list[list[int]]) -> None:
    """Every group rescored from the others' readings of the previous round (``kins``: each
    group's :func:`_kin`)."""
    votes = [_votes(g) for g in groups]
    countries: Votes = defaultdict(float)
    regions: Votes = defaultdict(float)
    for vc, vr in votes:
        for k, v in vc.items():
            countries[k] += v
        for k, v in vr.items():
            regions[k] += v
    points = [p for g in groups for p in _points(g)]
    new_scores = []
    for g, kin in zip(groups, kins):
        others_c, others_r, weight = countries, regions, 0.0
        for j in kin:
            others_c, others_r = _minus(others_c, votes[j][0]), _minus(others_r, votes[j][1])
            weight += _weight(groups[j])
        near = points if len(kin) == 1 else [p for p in points if p[2] not in
                                              {id(groups[j]) for j in kin}]
        new_scores.append({c.id: _score(c, g, others_c, others_r, total - weight, near)
                           for c in g.candidates})
    for g, sc in zip(groups, new_scores):
        g.scores = sc


def resolve_mentions(text: str, mentions: Sequence[Mention]
                     ) -> list[tuple[Mention, Candidate | None, float]]:
    """Pick the best candidate of each mention; score is its margin over the runner-up."""
    groups = _groups(text, mentions)
    for g in groups:  # first pass: prior and qualifiers only
        g.scores = {c.id: g.priors[c.id] + g.qualified.get(c.id, 0.0) for c in g.candidates}
    total = sum(_weight(g) for g in groups)
    kins = [_kin(g, groups) for g in groups]
    for _ in range(ROUNDS):
        _round(groups, total, kins)
    for g in groups:
        ranked = sorted(g.scores.values(), reverse=True)
        g.choice = max(g.candidates, key=lambda c: g.scores[c.id])
        g.margin = ranked[0] - ranked[1] if len(ranked) > 1 else 1.0

    chosen: dict[int, tuple[Candidate, float]] = {}
    for g in groups:
        assert g.choice is not None
        for i in g.members:
            chosen[i] = (g.choice, round(min(1.0, 0.5 + g.margin / 2), 3))
    out: list[tuple[Mention, Candidate | None, float]] = []
    for i, m in enumerate(mentions):
        c, score = chosen.get(i, (None, 0.0))
        out.append((m, c, score))
    return out


__all__ = ["distance_km", "prior", "resolve_mentions"]
