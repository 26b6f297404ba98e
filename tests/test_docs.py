"""The docs keep up with the code: every verb, registry name and contract field is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventscope import registry
from eventscope.cli import main
from eventscope.doc import ActorMention, Event, Place

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text()
CONTRACT = (REPO / "docs" / "contract.md").read_text()


@pytest.mark.parametrize("verb", sorted(main.commands))
def test_every_cli_verb_is_in_the_readme(verb: str) -> None:
    assert f"eventscope {verb}" in README


def test_every_component_name_is_documented() -> None:
    from eventscope.pipeline import _register_stages

    _register_stages()
    docs = README + CONTRACT
    for name in registry.components.names():
        assert name.split(".")[1] in docs, name


@pytest.mark.parametrize("kind", [Event, Place, ActorMention])
def test_every_output_field_is_in_the_contract_doc(kind: type) -> None:
    for field in kind.__dataclass_fields__:  # type: ignore[attr-defined]
        if field in ("via",) and kind is not ActorMention:
            continue
        assert re.search(rf"`{field}`", CONTRACT), f"{kind.__name__}.{field} is not documented"


def test_shared_contract_fields_are_kept() -> None:
    shared = REPO.parent / "shared" / "contract.md"
    if not shared.exists():
        pytest.skip("../shared/contract.md is not beside this checkout")
    fields = set(re.findall(r"`([a-z_]+)`", shared.read_text())) - {"extract"}
    assert {"incident_id", "plover_type", "attributed_to"} <= fields
    for field in fields:
        assert f"`{field}`" in CONTRACT, field


def test_every_rejection_reason_is_documented() -> None:
    from eventscope.ingest.reasons import REJECTION_REASONS

    for reason in REJECTION_REASONS:
        assert f"`{reason}`" in CONTRACT, reason
