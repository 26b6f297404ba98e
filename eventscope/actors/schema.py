"""The actor registry's entry type and its validation (one concern: what a valid entry is).

An entry is a mapping with these keys (only ``id``, ``name`` and ``kind`` are required)::

    id:        unique id. States and their organs use ISO alpha-3 plus a suffix
               ("SYR", "SYR.GOV", "SYR.MIL", "SYR.POL"); everything else a lowercase
               slug ("isis", "irgc.asf"); unknown actors found in text get "x:<name>".
    name:      display name analysts recognise.
    aliases:   other names, Latin and Arabic/Persian script; matched case-insensitively,
               except short all-capital acronyms (<= 5 letters) which match exactly.
    kind:      one of KINDS.
    country:   ISO 3166 alpha-2 or alpha-3 (stored as alpha-2), or null for IGOs etc.
    parent:    id of the organisation it belongs to (IRGC Aerospace Force -> IRGC).
    patrons:   ids of well-established backers; allies: ids of allies.
    code:      CAMEO-style code, e.g. IRNMIL.
    sector:    PLOVER/CAMEO-style sector: GOV, MIL, COP, SPY, REB, INS, PTY, IGO, NGO,
               MED, CVL, REF, OPP, LAB, BUS, JUD, LEG, ELI, REL.
    units:     names this actor goes by relative to its parent ("aerospace forces" of the IRGC).
    roles:     for persons: [{title, org, start, end}] with ISO dates or null.
    tags:      free labels used by coreference (jihadist, rebel, shia ...).
    descriptive: true when the entry is a generic description (civilians, protesters).

>>> entry_from_dict({"id": "x", "name": "X", "kind": "ngo"}, where="f.yaml:1").kind
'ngo'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS: tuple[str, ...] = (
    "state", "government", "military", "police", "intelligence", "armed_group", "militia",
    "party", "igo", "ngo", "coalition", "media", "person", "civilians", "other",
)

_KEYS: frozenset[str] = frozenset({
    "id", "name", "aliases", "kind", "country", "parent", "patrons", "allies", "code",
    "sector", "units", "roles", "tags", "descriptive", "note",
})


class EntryError(ValueError):
    """One problem with one entry; ``where`` names the file and line."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where


@dataclass(slots=True)
class Role:
    """A position a person held, with inclusive ISO dates (None = open)."""

    title: str
    org: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(slots=True)
class ActorEntry:
    """One identity in the registry; every name of it maps to this ``id``."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    parent: str | None = None
    patrons: list[str] = field(default_factory=list)
    allies: list[str] = field(default_factory=list)
    code: str | None = None
    sector: str | None = None
    units: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    descriptive: bool = False
    where: str = ""

    @property
    def names(self) -> list[str]:
        """The display name followed by every alias, without repeats."""
        out: list[str] = []
        for n in (self.name, *self.aliases):
            if n and n not in out:
                out.append(n)
        return out

    def merge(self, other: "ActorEntry", given: set[str]) -> None:
        """Override the fields ``given`` in a later entry with the same id; aliases are added."""
        for key in given - {"id", "aliases", "tags"}:
            setattr(self, key, getattr(other, key))
        self.aliases += [a for a in other.aliases if a not in self.aliases]
        self.tags += [t for t in other.tags if t not in self.tags]
        self.where = other.where


def _str_list(value: Any, key: str, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise EntryError(where, f"{key!r} must be a list of non-empty strings, got {value!r}")
    return [v.strip() for v in value]


def _country(value: Any, where: str) -> str | None:
    if value is None:
        return None
    import pycountry

    if not isinstance(value, str) or len(value) not in (2, 3):
        raise EntryError(where, f"'country' must be an ISO 3166 alpha-2 or alpha-3 code, got {value!r}")
    found = pycountry.countries.get(**{"alpha_2" if len(value) == 2 else "alpha_3": value.upper()})
    if found is None:
        raise EntryError(where, f"'country' {value!r} is not an ISO 3166 country code "
                                "(e.g. SY or SYR for Syria)")
    return str(found.alpha_2)


def _roles(value: Any, where: str) -> list[Role]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise EntryError(where, f"'roles' must be a list of {{title, org, start, end}}, got {value!r}")
    roles = []
    for r in value:
        if not isinstance(r, dict) or not isinstance(r.get("title"), str):
            raise EntryError(where, f"each role needs at least a 'title': {r!r}")
        extra = set(r) - {"title", "org", "start", "end"}
        if extra:
            raise EntryError(where, f"unknown role keys {sorted(extra)}; allowed: title, org, start, end")
        for k in ("start", "end"):
            v = r.get(k)
            if v is not None and not _is_date(str(v)):
                raise EntryError(where, f"role {k} {v!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
        roles.append(Role(title=r["title"], org=r.get("org"),
                          start=None if r.get("start") is None else str(r["start"]),
                          end=None if r.get("end") is None else str(r["end"])))
    return roles


def _is_date(s: str) -> bool:
    parts = s.split("-")
    return 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4


def entry_from_dict(d: Any, *, where: str) -> ActorEntry:
    """Validate one raw mapping and build an :class:`ActorEntry`; raise :class:`EntryError`."""
    if not isinstance(d, dict):
        raise EntryError(where, f"an entry must be a mapping with id, name and kind, got {d!r}")
    unknown = set(d) - _KEYS
    if unknown:
        raise EntryError(where, f"unknown keys {sorted(unknown)}; allowed: {', '.join(sorted(_KEYS))}")
    for key in ("id", "name", "kind"):
        if not isinstance(d.get(key), str) or not d[key].strip():
            raise EntryError(where, f"missing or empty {key!r} (every entry needs id, name and kind)")
    if d["kind"] not in KINDS:
        raise EntryError(where, f"unknown kind {d['kind']!r}; choose one of {', '.join(KINDS)}")
    for key in ("parent", "code", "sector"):
        if d.get(key) is not None and not isinstance(d[key], str):
            raise EntryError(where, f"{key!r} must be a string, got {d[key]!r}")
    return ActorEntry(
        id=d["id"].strip(), name=d["name"].strip(), kind=d["kind"],
        aliases=_str_list(d.get("aliases"), "aliases", where),
        country=_country(d.get("country"), where),
        parent=d.get("parent"), patrons=_str_list(d.get("patrons"), "patrons", where),
        allies=_str_list(d.get("allies"), "allies", where), code=d.get("code"),
        sector=d.get("sector"), units=_str_list(d.get("units"), "units", where),
        roles=_roles(d.get("roles"), where), tags=_str_list(d.get("tags"), "tags", where),
        descriptive=bool(d.get("descriptive", False)), where=where,
    )


__all__ = ["ActorEntry", "Role", "EntryError", "KINDS", "entry_from_dict"]
