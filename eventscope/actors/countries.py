"""State actors generated for every UN member: the state, its government, military and police.

ISO codes and official names come from pycountry; ``data/actors/countries.tsv`` (ours) adds
display names, demonyms, capitals (used as metonyms for the government) and common aliases.

>>> table = load_country_table()
>>> table["SYR"].capitals
['Damascus']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import ResourceError
from .schema import ActorEntry

#: suffix -> (kind, display name pattern, CAMEO/PLOVER sector)
ORGANS: dict[str, tuple[str, str, str]] = {
    "GOV": ("government", "Government of {}", "GOV"),
    "MIL": ("military", "Armed forces of {}", "MIL"),
    "POL": ("police", "Police of {}", "COP"),
}


@dataclass(slots=True)
class CountryRow:
    """One line of countries.tsv."""

    alpha3: str
    alpha2: str
    name: str
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def _split(cell: str) -> list[str]:
    return [c.strip() for c in cell.split(";") if c.strip()]


def country_table_path() -> Path:
    return Path(str(resources.files("eventscope") / "data" / "actors" / "countries.tsv"))


def load_country_table(path: Path | None = None) -> dict[str, CountryRow]:
    """Read countries.tsv into rows keyed by ISO alpha-3; raise ResourceError naming the line."""
    import pycountry

    path = path or country_table_path()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ResourceError(f"Cannot read the country table {path}: {e}. Reinstall eventscope.") from None
    rows: dict[str, CountryRow] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 5)[:5]
        a3 = cells[0].strip()
        pc = pycountry.countries.get(alpha_3=a3)
        if pc is None or not cells[1].strip():
            raise ResourceError(f"{path}:{n}: {a3!r} is not an ISO alpha-3 code or has no name; "
                                "each line is ISO3<TAB>name<TAB>demonyms<TAB>capitals<TAB>aliases")
        rows[a3] = CountryRow(alpha3=a3, alpha2=str(pc.alpha_2), name=cells[1].strip(),
                              demonyms=_split(cells[2]), capitals=_split(cells[3]),
                              aliases=_split(cells[4]))
    return rows


def _official_names(alpha3: str) -> list[str]:
    import pycountry

    pc = pycountry.countries.get(alpha_3=alpha3)
    out = []
    for attr in ("name", "common_name", "official_name"):
        v = getattr(pc, attr, None)
        if v and "," not in v and "Province of" not in v:
            out.append(v[4:] if v.startswith("the ") else v)
    return out


def country_entries(table: dict[str, CountryRow]) -> list[ActorEntry]:
    """The state, GOV, MIL and POL entries of every country in ``table``."""
    entries: list[ActorEntry] = []
    for row in table.values():
        names = [n for n in [*_official_names(row.alpha3), *row.aliases] if n != row.name]
        entries.append(ActorEntry(
            id=row.alpha3, name=row.name, kind="state", aliases=list(dict.fromkeys(names)),
            country=row.alpha2, code=row.alpha3, where="countries.tsv"))
        for suffix, (kind, pattern, sector) in ORGANS.items():
            entries.append(ActorEntry(
                id=f"{row.alpha3}.{suffix}", name=pattern.format(row.name), kind=kind,
                country=row.alpha2, parent=row.alpha3, code=f"{row.alpha3}{sector}",
                sector=sector, where="countries.tsv"))
    return entries


__all__ = ["CountryRow", "ORGANS", "load_country_table", "country_entries", "country_table_path"]
