"""Shared fixtures: the pipeline is loaded once per test session, never at import."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "abu-kamal-reinforcements.txt"
SAMPLE_SEED = REPO / "eventscope" / "data" / "sample" / "abu-kamal-reinforcements.txt"


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    import eventscope

    return eventscope.load(eventscope.Config())


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed page: from ../shared when present, else the copy bundled with the sample."""
    for path in (SEED, SAMPLE_SEED):
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip("seed page not found")
