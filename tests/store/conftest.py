"""Fixtures for the store tests: a fresh database and one with two documents in it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_docs import content_hash, make_seed_doc  # noqa: E402

from eventscope.doc import DateRange  # noqa: E402
from eventscope.store import Store  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as s:
        yield s


@pytest.fixture
def seeded(store: Store) -> Store:
    """A store with the seed doc plus a second document on another date and place."""
    doc = make_seed_doc("seed")
    assert store.add(doc, content_hash=content_hash(doc))
    other = make_seed_doc("later", date="2021-06-01")
    for e in other.events:
        if e.date is not None:
            e.date = DateRange("2021-05-30", "2021-05-31", "range")
    loc = other.events[0].location
    assert loc is not None
    loc.lat, loc.lon, loc.country_code, loc.name = 33.3152, 44.3661, "IQ", "Baghdad"
    assert store.add(other, content_hash=content_hash(other))
    return store
