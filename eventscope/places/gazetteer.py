"""The gazetteer backend: candidate places for a name, from the compiled SQLite index.

Opening the index is instant (SQLite pages are read on demand); lookups are cached per
key. ``Gazetteer.candidates(name, *, country=None)`` is the one method a resolver needs;
:class:`InMemoryGazetteer` is the test double with the same surface.

>>> gaz = open_gazetteer()                                  # doctest: +SKIP
>>> gaz.candidates("Albu Kamal")[0].country_code            # doctest: +SKIP
'SY'
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path

from ..config import Config
from ..errors import ResourceError
from ..registry import gazetteers
from .build import SCHEMA_VERSION, build_gazetteer
from .normalize import name_key, skeleton_key


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to.

    ``kind`` says how the name matched: 0 the entry's own name, 1 another name, 2 an
    adjective or demonym ("Syrian"); ``cased`` whether that name is written capitalised.
    """

    id: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country_code: str | None
    admin1code: str | None
    admin1: str | None
    feature: str
    precision: str
    population: int
    source: str
    kind: int = 0
    cased: bool = True
    admin2: str | None = None  # second-level region ("Walker County"), where known


SKELETON_MIN_RATIO = 0.8
SKELETON_MIN_POPULATION = 5_000


def _close_spelling(key: str, c: Candidate) -> bool:
    """A vowel-less match that is a spelling variant, not a collision ("Pawlenty"/"Plenita").

    The keys must agree on their first letter and most of their letters, and a bare town
    must be large enough that a variant spelling of it is likely to be in the news.
    """
    other = name_key(c.name)
    if other[:1] != key[:1]:
        return False
    if SequenceMatcher(None, key, other).ratio() < SKELETON_MIN_RATIO:
        return False
    return c.feature != "city" or c.population >= SKELETON_MIN_POPULATION or c.source == "supplement"


_COLUMNS = ("p.id, p.geonameid, p.name, p.lat, p.lon, p.cc, p.admin1code, p.admin1, p.feature, "
            "p.precision, p.population, p.source, n.kind, n.cased, p.admin2")


class Gazetteer:
    """Read-only access to a compiled gazetteer file.

    A SQLite connection must not cross a ``fork``: a worker process that inherits this object
    opens its own connection on first use (see :attr:`con`).
    """

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        con.execute("PRAGMA mmap_size = 268435456")  # let the OS cache pages
        return con

    @property
    def con(self) -> sqlite3.Connection:
        """This process's connection (reopened after a fork, never shared with the parent)."""
        if self._pid != os.getpid():
            self._pid = os.getpid()
            self._con = self._connect()
        return self._con

    def __init__(self, path: Path) -> None:
        path = Path(path)
        if not path.is_file():
            raise ResourceError(f"Gazetteer index {path} does not exist. Build it with "
                                "eventscope.places.build_gazetteer(path) or unset "
                                "EVENTSCOPE_GAZETTEER_PATH to use the default cache.")
        self.path = path
        self._pid = os.getpid()
        self._con = self._connect()
        try:
            row = self._con.execute("SELECT v FROM meta WHERE k='schema_version'").fetchone()
        except sqlite3.DatabaseError as e:
            raise ResourceError(f"{path} is not a gazetteer index ({e}). Delete it and it "
                                "will be rebuilt.") from None
        if row is None or row[0] != SCHEMA_VERSION:
            raise ResourceError(f"{path} has schema {row and row[0]!r}, this eventscope needs "
                                f"{SCHEMA_VERSION!r}. Delete it and it will be rebuilt.")
        self._by_key: dict[str, list[Candidate]] = {}
        self._by_skel: dict[str, list[Candidate]] = {}
        self._loose_cache: dict[str, list[Candidate]] = {}
        self._capitals: dict[str, Candidate | None] = {}
        self.strong_keys: frozenset[str] = frozenset(
            r[0] for r in self.con.execute("SELECT key FROM strong_keys"))

    def _query(self, column: str, value: str) -> list[Candidate]:
        rows = self.con.execute(
            f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
            f"WHERE n.{column} = ? ORDER BY p.population DESC LIMIT 200", (value,)).fetchall()
        best: dict[int, Candidate] = {}
        for r in rows:  # one candidate per place, with its best-matching name
            c = Candidate(*r[:12], kind=r[12], cased=bool(r[13]), admin2=r[14])
            if c.id not in best or (c.kind, not c.cased) < (best[c.id].kind, not best[c.id].cased):
                best[c.id] = c
        return list(best.values())

    def by_key(self, key: str) -> list[Candidate]:
        """Entries whose name has exactly this :func:`name_key`."""
        hit = self._by_key.get(key)
        if hit is None:
            hit = self._by_key[key] = self._query("key", key) if key else []
        return hit

    def by_skeleton(self, skel: str) -> list[Candidate]:
        """Entries whose name has this :func:`skeleton_key` (looser; use as a fallback)."""
        hit = self._by_skel.get(skel)
        if hit is None:
            hit = self._by_skel[skel] = self._query("skel", skel) if len(skel) >= 3 else []
        return hit

    def candidates(self, name: str, *, country: str | None = None,
                   loose: bool = True) -> list[Candidate]:
        """Entries a name may refer to, most populous first; ``country`` filters by ISO code.

        Falls back to the skeleton key (vowel-less spelling) when the exact key finds nothing.
        """
        key = name_key(name)
        found = self.by_key(key)
        if not found and loose and not name.isupper():
            found = self._loose_cache.get(key)  # type: ignore[assignment]
            if found is None:
                skel = skeleton_key(name)
                found = self._loose_cache[key] = (
                    [c for c in self.by_skeleton(skel) if _close_spelling(key, c)]
                    if len(skel) >= 4 else [])  # short skeletons collide ("SDF" is not Sidfa)
        if country is not None:
            found = [c for c in found if c.country_code == country.upper()]
        return found

    def capital_of(self, country_code: str) -> Candidate | None:
        """The national capital of a country (GeoNames PPLC; the most populous if several).

        Used for "the Serbian capital" and "Ukraine's capital", which name the city.
        """
        cc = country_code.upper()
        if cc not in self._capitals:
            row = self.con.execute(
                f"SELECT {_COLUMNS} FROM places p JOIN names n ON n.place = p.id AND n.kind = 0 "
                "WHERE p.cc = ? AND p.source = 'PPLC' ORDER BY p.population DESC LIMIT 1",
                (cc,)).fetchone()
            self._capitals[cc] = replace(Candidate(*row[:12]), admin2=row[14]) if row else None
        return self._capitals[cc]

    def close(self) -> None:
        self._con.close()


class InMemoryGazetteer(Gazetteer):
    """A gazetteer held in a dict, for tests: ``InMemoryGazetteer([Candidate(...), ...])``.

    Each candidate is indexed under the key of its ``name``.
    """

    def __init__(self, entries: list[Candidate],
                 aliases: dict[str, list[str]] | None = None) -> None:
        self._by_key = {}
        self._by_skel = {}
        self._loose_cache = {}
        self.strong_keys = frozenset(
            name_key(n) for c in entries for n in [c.name, *(aliases or {}).get(c.name, [])])
        for c in entries:
            for n in [c.name, *(aliases or {}).get(c.name, [])]:
                self._by_key.setdefault(name_key(n), []).append(c)
                self._by_skel.setdefault(skeleton_key(n), []).append(c)

    def by_key(self, key: str) -> list[Candidate]:
        return self._by_key.get(key, [])

    def by_skeleton(self, skel: str) -> list[Candidate]:
        return self._by_skel.get(skel, []) if len(skel) >= 3 else []

    def capital_of(self, country_code: str) -> Candidate | None:
        cc = country_code.upper()
        caps = [c for cs in self._by_key.values() for c in cs
                if c.country_code == cc and c.source == "PPLC"]
        return max(caps, key=lambda c: c.population) if caps else None

    def close(self) -> None:
        return None


def default_path() -> Path:
    """Where the index is cached: ``$XDG_CACHE_HOME/eventscope`` or ``~/.cache/eventscope``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventscope" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


_OPEN: dict[Path, Gazetteer] = {}


@gazetteers.register("eventscope.gazetteer.geonames_sqlite.v1")
def open_gazetteer(path: Path | None = None) -> Gazetteer:
    """Open the index at ``path`` (default: the cache), building it on first use.

    The default index is built from installed packages in about half a minute, once.
    Opened indexes are shared within a process.
    """
    path = Path(path) if path is not None else default_path()
    if path in _OPEN:
        return _OPEN[path]
    if not path.is_file():
        print(f"eventscope: building the gazetteer index at {path} (once, ~30 s)",
              file=sys.stderr)
        build_gazetteer(path)
    gaz = _OPEN[path] = Gazetteer(path)
    return gaz


def gazetteer_for(config: Config) -> Gazetteer:
    """The gazetteer a pipeline with this config uses."""
    factory = gazetteers.get(config.gazetteer)
    return factory(config.gazetteer_path)  # type: ignore[no-any-return]


__all__ = [
    "Candidate",
    "Gazetteer",
    "InMemoryGazetteer",
    "default_path",
    "gazetteer_for",
    "open_gazetteer",
]
