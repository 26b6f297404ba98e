"""The actor registry: every known identity and all of its names, loaded and validated.

Built from the generated country entries, the curated YAML files shipped in
``eventscope/data/actors/`` and then the user's files (``Config.actor_files``), in that order;
a later entry with an existing id overrides the fields it gives and adds its aliases.

>>> reg = load_registry()                         # doctest: +SKIP
>>> reg.find("Daesh")[0].id                       # doctest: +SKIP
'isis'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..config import Config
from ..errors import ResourceError
from .countries import CountryRow, country_entries, load_country_table
from .schema import ActorEntry, EntryError, entry_from_dict

_DASHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-",
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def normalise(name: str) -> str:
    """The lookup key of a name: lower case, straight quotes, single spaces, no leading 'the'."""
    s = re.sub(r"\s+", " ", name.translate(_DASHES)).strip().lower()
    return s[4:] if s.startswith("the ") else s


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A YAML loader that records the line of every mapping under the key ``__line__``."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _raw_entries(path: Path) -> list[tuple[Any, str]]:
    """The raw entries of a .yaml/.yml (a list of mappings) or .jsonl file, each with where."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ResourceError(f"Cannot read actor registry file {path}: {e.strerror or e}. "
                            "Check the path in actor_files / EVENTSCOPE_ACTOR_FILES.") from None
    out: list[tuple[Any, str]] = []
    if path.suffix == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    out.append((json.loads(line), f"{path}:{n}"))
                except json.JSONDecodeError as e:
                    raise ResourceError(f"{path}:{n}: not valid JSON ({e.msg}).") from None
        return out
    if path.suffix not in (".yaml", ".yml"):
        raise ResourceError(f"{path}: actor registry files must end in .yaml, .yml or .jsonl.")
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ResourceError(f"{path}{line}: not valid YAML ({getattr(e, 'problem', e)}).") from None
    if data is None:
        return []
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if not isinstance(data, list):
        raise ResourceError(f"{path}: expected a list of actor entries (or a mapping with 'actors:').")
    for item in data:
        line = item.pop("__line__", "?") if isinstance(item, dict) else "?"
        out.append((_strip_lines(item), f"{path}:{line}"))
    return out


def _strip_lines(value: Any) -> Any:
    """Remove the loader's line marks from nested mappings (roles)."""
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


class ActorRegistry:
    """All identities by id, plus name -> ids, demonym -> country and capital -> country."""

    def __init__(self, countries: dict[str, CountryRow] | None = None) -> None:
        self._by_id: dict[str, ActorEntry] = {}
        self._by_name: dict[str, list[str]] = {}
        self._children: dict[str, list[ActorEntry]] | None = None  # parent id -> entries, lazily
        self.countries: dict[str, CountryRow] = countries or {}
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self.by_alpha2: dict[str, str] = {}
        for row in self.countries.values():
            self.by_alpha2[row.alpha2] = row.alpha3
            for d in row.demonyms:
                self.demonyms.setdefault(normalise(d), row.alpha3)
            for c in row.capitals:
                self.capitals.setdefault(normalise(c), row.alpha3)

    def add(self, entry: ActorEntry, given: set[str] | None = None) -> None:
        """Add an entry, or merge it into the existing one with the same id."""
        self._children = None
        old = self._by_id.get(entry.id)
        if old is not None and given is not None:
            old.merge(entry, given)
            entry = old
        else:
            self._by_id[entry.id] = entry
        for n in entry.names:
            ids = self._by_name.setdefault(normalise(n), [])
            if entry.id not in ids:
                ids.append(entry.id)

    def get(self, actor_id: str) -> ActorEntry | None:
        """The entry with this id, or None."""
        return self._by_id.get(actor_id)

    def find(self, name: str) -> list[ActorEntry]:
        """Every entry one of whose names is ``name`` (case-insensitive, 'the' ignored)."""
        return [self._by_id[i] for i in self._by_name.get(normalise(name), []) if i in self._by_id]

    def organ(self, alpha3: str, suffix: str) -> ActorEntry | None:
        """A country's state organ: ``organ("SYR", "MIL")`` is the Syrian military."""
        return self._by_id.get(f"{alpha3}.{suffix}" if suffix else alpha3)

    def children(self, actor_id: str) -> list[ActorEntry]:
        """Entries whose parent is ``actor_id`` (asked for every registry match: indexed)."""
        if self._children is None:
            index: dict[str, list[ActorEntry]] = {}
            for e in self._by_id.values():
                if e.parent:
                    index.setdefault(e.parent, []).append(e)
            self._children = index
        return list(self._children.get(actor_id, ()))

    def problems(self) -> list[str]:
        """Dangling parent/patron/ally ids, as messages naming the entry's file and line."""
        out = []
        for e in self._by_id.values():
            for key, ids in (("parent", [e.parent] if e.parent else []), ("patrons", e.patrons),
                             ("allies", e.allies)):
                out += [f"{e.where}: {e.id}: {key} {i!r} is not a known actor id"
                        for i in ids if i not in self._by_id]
        return out

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._by_id


def builtin_files() -> list[Path]:
    """The curated registry files shipped with eventscope, in load order."""
    folder = Path(str(resources.files("eventscope") / "data" / "actors"))
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.jsonl")], key=lambda p: p.name)


def _load_file(reg: ActorRegistry, path: Path) -> None:
    seen: set[str] = set()
    for raw, where in _raw_entries(path):
        given = set(raw) if isinstance(raw, dict) else set()
        raw = _with_base(raw, reg)
        try:
            entry = entry_from_dict(raw, where=where)
        except EntryError as e:
            raise ResourceError(f"{e}. Fix the entry or remove it from the actor registry.") from None
        if entry.id in seen:
            raise ResourceError(f"{where}: duplicate id {entry.id!r} in the same file.")
        seen.add(entry.id)
        reg.add(entry, given=given)


def _with_base(raw: Any, reg: ActorRegistry) -> Any:
    """An entry for an existing id may give only what it changes: name and kind default."""
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        old = reg.get(raw["id"].strip())
        if old is not None:
            return {"name": old.name, "kind": old.kind, **raw}
    return raw


def load_registry(config: Config | None = None, *, extra: list[Path] | None = None) -> ActorRegistry:
    """Build the registry: countries, shipped files, then ``config.actor_files`` and ``extra``.

    Raises :class:`ResourceError` naming the file and line of the first bad entry, or listing
    the ids that a parent/patron/ally points at but that do not exist.
    """
    config = config or Config()
    reg = ActorRegistry(load_country_table())
    for e in country_entries(reg.countries):
        reg.add(e)
    for path in [*builtin_files(), *config.actor_files, *(extra or [])]:
        _load_file(reg, Path(path))
    bad = reg.problems()
    if bad:
        raise ResourceError("Actor registry has dangling references:\n  " + "\n  ".join(bad[:20]))
    return reg


def check_registry_file(path: Path | str) -> list[str]:
    """Every problem in one user registry file, as messages with file and line; [] if clean."""
    path = Path(path)
    try:
        raws = _raw_entries(path)
    except ResourceError as e:
        return [str(e)]
    problems: list[str] = []
    base = load_registry()
    ids = {e.id for e in base}
    entries = []
    for raw, where in raws:
        try:
            entries.append(entry_from_dict(_with_base(raw, base), where=where))
        except EntryError as e:
            problems.append(str(e))
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            problems.append(f"{e.where}: duplicate id {e.id!r} in the same file")
        seen.add(e.id)
    ids |= seen
    for e in entries:
        for key, refs in (("parent", [e.parent] if e.parent else []), ("patrons", e.patrons),
                          ("allies", e.allies)):
            problems += [f"{e.where}: {e.id}: {key} {r!r} is not a known actor id"
                         for r in refs if r not in ids]
    return problems


__all__ = ["ActorRegistry", "load_registry", "check_registry_file", "builtin_files", "normalise"]
