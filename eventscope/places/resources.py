"""The curated gazetteer files we write ourselves, read and validated with file:line errors.

Three CSV files live in ``eventscope/data/gazetteer/``; lines starting with ``#`` are comments
and the first other line is the header:

- ``supplement.csv``: conflict geography GeoNames city lists lack (deserts, crossings, bases).
- ``countries.csv``: GeoNames representative points of countries, extra names, demonyms.
- ``admin1_points.csv``: representative points of first-level regions.
- ``city_aliases.csv``: short forms of big cities' names ("L.A.", "NYC").

>>> rows = load_supplement(DATA_DIR / "supplement.csv")
>>> any(r.name == "Syrian Desert" for r in rows)
True
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

FEATURES: frozenset[str] = frozenset({
    "desert", "region", "crossing", "airbase", "base", "river", "valley", "mountains",
    "oilfield", "sea", "strait", "territory", "peninsula", "town", "city", "district",
    "building", "airport", "lake", "canal", "ocean",
})
PRECISIONS: tuple[str, ...] = ("point", "town", "district", "region", "country")


@dataclass(frozen=True, slots=True)
class SupplementEntry:
    """One curated place: a name, its other spellings, a point and a feature type."""

    name: str
    alt_names: tuple[str, ...]
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None
    feature: str
    precision: str
    geonameid: int | None
    line: int


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """A country's GeoNames point plus English aliases and demonyms."""

    country_code: str
    lat: float
    lon: float
    alt_names: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Admin1Point:
    """A first-level region's representative point."""

    country_code: str
    name: str
    lat: float
    lon: float
    alt_names: tuple[str, ...] = ()


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data line, checking the header once."""
    if not path.is_file():
        raise ResourceError(f"Gazetteer file {path} is missing. Reinstall eventscope or point "
                            "the setting at an existing file.")
    with path.open(encoding="utf-8", newline="") as fh:
        numbered = [(i, line) for i, line in enumerate(fh, 1)
                    if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise ResourceError(f"{path}: no header line.")
    reader = csv.reader([line for _, line in numbered])
    header = [h.strip() for h in next(reader)]
    missing = [c for c in required if c not in header]
    if missing:
        raise ResourceError(f"{path}:{numbered[0][0]}: header lacks column(s) "
                            f"{', '.join(missing)}; expected {', '.join(required)}.")
    for (lineno, _), values in zip(numbered[1:], reader):
        if len(values) != len(header):
            raise ResourceError(f"{path}:{lineno}: {len(values)} fields, header has "
                                f"{len(header)}. Quote values that contain commas.")
        yield lineno, {h: v.strip() for h, v in zip(header, values)}


def _coord(path: Path, line: int, row: dict[str, str], key: str, limit: float) -> float:
    try:
        value = float(row[key])
    except ValueError:
        raise ResourceError(f"{path}:{line}: {key} {row[key]!r} is not a number.") from None
    if not -limit <= value <= limit:
        raise ResourceError(f"{path}:{line}: {key} {value} is outside [-{limit}, {limit}].")
    return value


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def load_supplement(path: Path) -> list[SupplementEntry]:
    """Read and validate the curated supplement; raise ResourceError naming file and line."""
    cols = ("name", "alt_names", "lat", "lon", "country_code", "admin1", "feature",
            "precision", "geonameid")
    out: list[SupplementEntry] = []
    for line, row in _rows(path, cols):
        if not row["name"]:
            raise ResourceError(f"{path}:{line}: name is empty.")
        if row["feature"] not in FEATURES:
            raise ResourceError(f"{path}:{line}: feature {row['feature']!r} is not one of "
                                f"{', '.join(sorted(FEATURES))}.")
        if row["precision"] not in PRECISIONS:
            raise ResourceError(f"{path}:{line}: precision {row['precision']!r} is not one of "
                                f"{', '.join(PRECISIONS)}.")
        cc = row["country_code"] or None
        if cc is not None and (len(cc) != 2 or not cc.isupper()):
            raise ResourceError(f"{path}:{line}: country_code {cc!r} is not two capitals.")
        gid = row["geonameid"]
        if gid and not gid.isdigit():
            raise ResourceError(f"{path}:{line}: geonameid {gid!r} is not a number.")
        out.append(SupplementEntry(
            name=row["name"], alt_names=_split(row["alt_names"]),
            lat=_coord(path, line, row, "lat", 90), lon=_coord(path, line, row, "lon", 180),
            country_code=cc, admin1=row["admin1"] or None, feature=row["feature"],
            precision=row["precision"], geonameid=int(gid) if gid else None, line=line))
    return out


def load_countries(path: Path) -> dict[str, CountryInfo]:
    """Read countries.csv into {country_code: CountryInfo}."""
    out: dict[str, CountryInfo] = {}
    for line, row in _rows(path, ("country_code", "lat", "lon", "alt_names", "demonyms")):
        cc = row["country_code"]
        if len(cc) != 2 or not cc.isupper():
            raise ResourceError(f"{path}:{line}: country_code {cc!r} is not two capitals.")
        if cc in out:
            raise ResourceError(f"{path}:{line}: country {cc} appears twice.")
        out[cc] = CountryInfo(cc, _coord(path, line, row, "lat", 90),
                              _coord(path, line, row, "lon", 180),
                              _split(row["alt_names"]), _split(row["demonyms"]))
    return out


def load_admin1_points(path: Path) -> dict[tuple[str, str], Admin1Point]:
    """Read admin1_points.csv into {(country_code, name): Admin1Point}."""
    out: dict[tuple[str, str], Admin1Point] = {}
    for line, row in _rows(path, ("country_code", "name", "lat", "lon")):
        if not row["name"]:
            raise ResourceError(f"{path}:{line}: name is empty.")
        out[(row["country_code"], row["name"])] = Admin1Point(
            row["country_code"], row["name"], _coord(path, line, row, "lat", 90),
            _coord(path, line, row, "lon", 180), _split(row.get("alt_names", "")))
    return out


def load_city_aliases(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """Read city_aliases.csv into {(country_code, town name): extra names}."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for line, row in _rows(path, ("country_code", "name", "alt_names")):
        cc = row["country_code"]
        if len(cc) != 2 or not cc.isupper():
            raise ResourceError(f"{path}:{line}: country_code {cc!r} is not two capitals.")
        if not row["name"]:
            raise ResourceError(f"{path}:{line}: name is empty.")
        out[(cc, row["name"])] = out.get((cc, row["name"]), ()) + _split(row["alt_names"])
    return out


__all__ = [
    "DATA_DIR",
    "FEATURES",
    "PRECISIONS",
    "Admin1Point",
    "CountryInfo",
    "SupplementEntry",
    "load_admin1_points",
    "load_city_aliases",
    "load_countries",
    "load_supplement",
]
