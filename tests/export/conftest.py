"""Fixtures for the export tests: events read back from a small store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_docs import content_hash, make_seed_doc  # noqa: E402

from eventscope.store import EventFilter, Store  # noqa: E402


@pytest.fixture
def export_store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "export.db") as store:
        doc = make_seed_doc("seed")
        store.add(doc, content_hash=content_hash(doc))
        yield store


@pytest.fixture
def events(export_store: Store) -> list[dict[str, Any]]:
    """The seed's three events, in document order (one has no location, one no ACLED type)."""
    return export_store.events(EventFilter(order="ingested"))
