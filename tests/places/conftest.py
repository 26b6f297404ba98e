"""Fixtures for the places stage: a small gazetteer built once per session, spaCy loaded once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventscope.annotate import Annotator
from eventscope.config import Config
from eventscope.doc import Doc
from eventscope.places import PlaceResolver
from eventscope.places.build import build_gazetteer
from eventscope.places.gazetteer import Gazetteer

# The countries the seed page and the tests talk about (Libya: the other "Homs").
SEED_COUNTRIES = frozenset({"SY", "IQ", "IR", "IL", "LY", "LB", "JO", "TR", "US"})


@pytest.fixture(scope="session")
def small_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """A real index built from the installed data, limited to a few countries (seconds)."""
    path = tmp_path_factory.mktemp("gazetteer") / "gaz.sqlite"
    build_gazetteer(path, countries=SEED_COUNTRIES, min_population=1000)
    return Gazetteer(path)


@pytest.fixture(scope="session")
def annotator() -> Annotator:
    return Annotator(Config())


@pytest.fixture(scope="session")
def parse(annotator: Annotator) -> Callable[[str], Doc]:
    """Text -> Doc with sentences and the spaCy parse, ready for the places component."""

    def run(text: str) -> Doc:
        return annotator(Doc(id="t", text=text))

    return run


@pytest.fixture(scope="session")
def geoparse(parse: Callable[[str], Doc], small_gazetteer: Gazetteer) -> Callable[..., Doc]:
    """Text -> Doc with ``places`` filled by the component over the small gazetteer."""

    def run(text: str, **options: object) -> Doc:
        doc = PlaceResolver(small_gazetteer, **options)(parse(text))  # type: ignore[arg-type]
        doc.check_offsets()
        return doc

    return run


def data_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
