"""Synthetic predictions made from gold by perturbing it, so metrics can be checked against the
reference scorer without running the NLP pipeline. Seeded: the same seed gives the same lines."""

from __future__ import annotations

import random
import re
from typing import Any

from eventscope.doc import PLOVER_TYPES

Record = dict[str, Any]
ISO2 = ["US", "IL", "PS", "IQ", "RS", "SD", "LB", "RU", "FR", "HT", "GB", "TR", "IR", "SY", "JP", "CI"]


def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]


def _random_span(rng: random.Random, text: str) -> tuple[int, int]:
    words = _words(text) or [(0, max(1, len(text)))]
    i = rng.randrange(len(words))
    j = min(len(words) - 1, i + rng.randrange(3))
    return words[i][0], words[j][1]


def _shift(rng: random.Random, start: int, end: int, n: int) -> tuple[int, int]:
    s = max(0, start + rng.randint(-4, 4))
    e = min(n, max(s + 1, end + rng.randint(-4, 4)))
    return s, e


def _span_obj(rng: random.Random, text: str, s: int, e: int) -> Record:
    obj: Record = {"text": text[s:e], "start": s, "end": e}
    roll = rng.random()
    if roll < 0.07:          # offsets missing: scorers may fall back to the text
        obj = {"text": text[s:e]}
    elif roll < 0.10:        # malformed offsets
        obj["start"], obj["end"] = e, s
    return obj


def _envelope(rng: random.Random, g: Record, **fields: Any) -> Record | None:
    """Wrap fields into an output line; sometimes the line is missing or rejected."""
    roll = rng.random()
    if roll < 0.05:
        return None
    if roll < 0.09:
        return {"id": g["id"], "line": 1, "status": "rejected", "error": "synthetic"}
    return {"id": g["id"], "status": "ok", "places": [], "actors": [], "events": [], **fields}


def geo(gold: list[Record], seed: int) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for g in gold:
        text, places = g["text"], []
        for p in g["gold_places"]:
            if rng.random() < 0.15:
                continue
            s, e = (p["start"], p["end"]) if rng.random() < 0.6 else _shift(rng, p["start"], p["end"], len(text))
            obj = _span_obj(rng, text, s, e)
            roll = rng.random()
            lat, lon = p.get("lat"), p.get("lon")
            if lat is None or roll < 0.1:
                obj.update(lat=None, lon=None)
            elif roll < 0.55:
                obj.update(lat=lat, lon=lon, geonameid=p.get("geonameid"))
            elif roll < 0.75:       # near the 161 km line (1.45 degrees of latitude)
                obj.update(lat=lat + rng.choice([-1, 1]) * rng.uniform(1.3, 1.6), lon=lon,
                           geonameid=rng.choice([p.get("geonameid"), 1, None]))
            elif roll < 0.8:
                obj.update(lat=str(lat), lon=lon)
            else:
                obj.update(lat=rng.uniform(-80, 80), lon=rng.uniform(-179, 179))
            places.append(obj)
            if rng.random() < 0.1:   # a second, overlapping prediction on the same toponym
                places.append({"text": text[p["start"]:p["end"]], "start": p["start"], "end": p["end"],
                               "lat": 0.0, "lon": 0.0})
        for _ in range(rng.randrange(3)):
            s, e = _random_span(rng, text)
            places.append({"text": text[s:e], "start": s, "end": e, "lat": rng.uniform(-60, 60),
                           "lon": rng.uniform(-120, 120)})
        rng.shuffle(places)
        line = _envelope(rng, g, places=places)
        if line is not None:
            out.append(line)
    return out


def _plover_label(rng: random.Random, gold: str) -> str:
    roll = rng.random()
    if roll < 0.6:
        return gold
    if roll < 0.65:
        return gold.lower()
    if roll < 0.7:
        return rng.choice(["FIGHT", "DEMAND", "DISAPPROVE", "INVESTIGATE"])
    if roll < 0.73:
        return rng.choice(["NOT_A_TYPE", " ", ""])
    return rng.choice(PLOVER_TYPES)


def _conf(rng: random.Random) -> Any:
    return rng.choice([0.9, 0.5, 0.5, 0.3, rng.random(), None, "high", True])


def plover(gold: list[Record], seed: int) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for g in gold:
        types = g.get("gold_event_types_plover2023") or g.get("gold_event_types") or []
        events = [{"plover_type": _plover_label(rng, t), "confidence": _conf(rng)}
                  for t in types if rng.random() > 0.15]
        events += [{"plover_type": rng.choice(PLOVER_TYPES), "confidence": _conf(rng)}
                   for _ in range(rng.choice([0, 0, 0, 1, 2]))]
        if rng.random() < 0.05:
            events.append({"confidence": 0.99})
        rng.shuffle(events)
        line = _envelope(rng, g, events=events)
        if line is not None:
            out.append(line)
    return out


_ROOTS: dict[int, list[Any]] = {0: ["01", "1", "012"], 1: ["02", "04", "5", "051"], 2: ["06", "07", "08", 7],
          3: ["09", "11", "13", "112"], 4: ["14", "18", "19", 20, "0190", "143"]}


def penta(gold: list[Record], seed: int) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for g in gold:
        gc = g.get("gold_pentaclass")
        events = []
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            cls = gc if rng.random() < 0.55 and isinstance(gc, int) else rng.randrange(5)
            roll = rng.random()
            e: Record = {"confidence": _conf(rng)}
            if roll < 0.55:
                e["cameo_root"] = rng.choice(_ROOTS[cls])
            elif roll < 0.65:
                e["cameo_root"] = rng.choice(["99", "xx", None, "", True])
                e["plover_type"] = rng.choice(PLOVER_TYPES)
            else:
                e["plover_type"] = rng.choice([*PLOVER_TYPES, *["REQUEST"] * 8, "fight", "BOGUS"])
            events.append(e)
        if gc in (1, 3) and rng.random() < 0.5:   # REQUEST is right for either verbal class
            events.append({"plover_type": "request", "confidence": 0.95})
        line = _envelope(rng, g, events=events)
        if line is not None:
            out.append(line)
    return out


def actors(gold: list[Record], seed: int) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for g in gold:
        text = g["text"]
        roles: dict[str, list[Record]] = {"source": [], "target": []}
        for a in g.get("gold_actors") or []:
            if rng.random() < 0.15 or not a.get("spans"):
                continue
            role = "target" if a["role"] == "target" else "source"
            if a["role"] not in ("source", "target"):
                role = rng.choice(["source", "target"])
            if rng.random() < 0.15:
                role = "source" if role == "target" else "target"
            s, e = rng.choice(a["spans"])
            if rng.random() < 0.3:
                s, e = _shift(rng, s, e, len(text))
            obj = _span_obj(rng, text, s, e)
            obj["country_code"] = rng.choice([None, rng.choice(ISO2), (a.get("code") or "XXX")[:2]])
            roles[role].append(obj)
            if rng.random() < 0.1:    # the same mention again (deduplicated by the scorers)
                roles[role].append(dict(obj))
        for _ in range(rng.choice([0, 0, 1, 2])):
            s, e = _random_span(rng, text)
            roles[rng.choice(["source", "target"])].append({"text": text[s:e], "start": s, "end": e})
        spans = sorted(tuple(x) for a in g.get("gold_actors") or [] for x in a.get("spans") or [])
        for s, e in spans:
            if rng.random() < 0.3:      # the first word of a gold actor, often "the" or "a"
                first = _words(text[s:e])[:1]
                if first:
                    a, b = s + first[0][0], s + first[0][1]
                    roles[rng.choice(["source", "target"])].append({"text": text[a:b], "start": a, "end": b})
        if len(spans) >= 2 and rng.random() < 0.5:   # one wide span over two gold actors
            i = rng.randrange(len(spans) - 1)
            s, e = spans[i][0], max(spans[i][1], spans[i + 1][1])
            roles[rng.choice(["source", "target"])].append({"text": text[s:e], "start": s, "end": e})
        events: list[Record] = []
        for role, items in roles.items():
            for obj in items:
                if not events or rng.random() < 0.3:
                    events.append({"plover_type": "ASSAULT", "source": [], "target": [],
                                   "confidence": 0.5})
                events[-1][role].append(obj)
        if events and rng.random() < 0.1:
            only = events[0]["source"][:1]
            events[0]["source"] = only[0] if only else None   # a bare dict, not a list
        line = _envelope(rng, g, events=events)
        if line is not None:
            out.append(line)
    return out


ACLED_GOLD = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
              ("Protests", "Peaceful protest"), ("Violence against civilians", "Attack"),
              ("Strategic developments", "Arrests"), (None, None)]


def acled_gold(gold: list[Record], seed: int) -> list[Record]:
    """Gold with ACLED labels added at random (the dev sets have none)."""
    rng = random.Random(seed)
    rows = []
    for g in gold:
        t, s = rng.choice(ACLED_GOLD)
        rows.append({**g, "gold_acled_event_type": t, "gold_acled_sub_event_type": s})
    return rows


def acled(gold: list[Record], seed: int) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for g in gold:
        events = []
        for _ in range(rng.choice([0, 1, 1, 2])):
            t, s = rng.choice(ACLED_GOLD) if rng.random() < 0.5 else (g["gold_acled_event_type"],
                                                                     g["gold_acled_sub_event_type"])
            if t and rng.random() < 0.2:
                t = t.lower().replace("/", " ")
            events.append({"plover_type": "ASSAULT", "acled_event_type": t,
                           "acled_sub_event_type": s, "confidence": _conf(rng)})
        line = _envelope(rng, g, events=events)
        if line is not None:
            out.append(line)
    return out


GENERATORS = {"geo": geo, "plover": plover, "penta": penta, "actors": actors, "acled": acled}
