"""The crosswalk tables: every PLOVER type has a CAMEO root and a consistent ACLED reading."""

from __future__ import annotations

import pytest

from eventscope.doc import PLOVER_TYPES
from eventscope.events import lexicon
from eventscope.events.mapping import ACLED_SUB_TYPES, CAMEO_ROOTS, acled_for, cameo_root_for

# the CAMEO PentaClass each PLOVER type belongs to (README of the gold sets)
PENTA = {"AGREE": {1}, "CONSULT": {1}, "SUPPORT": {1}, "REQUEST": {1, 3}, "COOPERATE": {2},
         "AID": {2}, "CONCEDE": {2}, "RETREAT": {2}, "ACCUSE": {3}, "REJECT": {3},
         "THREATEN": {3}, "PROTEST": {4}, "MOBILIZE": {4}, "SANCTION": {4}, "COERCE": {4},
         "ASSAULT": {4}}


def penta(root: str) -> int:
    r = int(root)
    return 0 if r == 1 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def test_every_plover_type_has_a_cameo_root() -> None:
    assert set(CAMEO_ROOTS) == set(PLOVER_TYPES)
    for t in PLOVER_TYPES:
        root = cameo_root_for(t)
        assert len(root) == 2 and 1 <= int(root) <= 20
        assert penta(root) in PENTA[t], t


@pytest.mark.parametrize("table", [lexicon.VERBS, lexicon.NOUNS, lexicon.PHRASAL,
                                   lexicon.LIGHT_OVERRIDES])
def test_lexicon_senses_are_valid(table: dict) -> None:  # type: ignore[type-arg]
    for key, sense in table.items():
        assert sense.plover_type in PLOVER_TYPES, key
        assert penta(sense.cameo_root) in PENTA[sense.plover_type] or sense.cameo_root == "05", key


def test_acled_types_and_sub_types_are_acled_names() -> None:
    modes = ["aerial", "drone", "shelling", "missile", "explosion", "suicide", "abduct", "sexual",
             "fight", "attack", "riot", "demo", "arrest", "destroy", "withdraw", None]
    for t in PLOVER_TYPES:
        for m in modes:
            for civ in (True, False):
                typ, sub = acled_for(t, m, target_civilian=civ, conflict_context=True)
                assert (typ is None) == (sub is None)
                if typ is not None:
                    assert sub in ACLED_SUB_TYPES[typ], (t, m, typ, sub)


@pytest.mark.parametrize("ptype, mode, civ, expected", [
    ("ASSAULT", "aerial", False, ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", "shelling", False, ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", "attack", True, ("Violence against civilians", "Attack")),
    ("ASSAULT", "fight", False, ("Battles", "Armed clash")),
    ("ASSAULT", "abduct", True, ("Violence against civilians", "Abduction/forced disappearance")),
    ("PROTEST", "demo", False, ("Protests", "Peaceful protest")),
    ("PROTEST", "riot", False, ("Riots", "Violent demonstration")),
    ("MOBILIZE", "troops", False, ("Strategic developments", "Change to group/activity")),
    ("COERCE", "arrest", False, ("Strategic developments", "Arrests")),
    ("CONSULT", "meet", False, (None, None)),
    ("ACCUSE", None, False, (None, None)),
    ("AID", "economic", False, (None, None)),
])
def test_acled_mapping(ptype: str, mode: str | None, civ: bool,
                       expected: tuple[str | None, str | None]) -> None:
    assert acled_for(ptype, mode, target_civilian=civ) == expected


def test_agreements_are_acled_only_in_conflict() -> None:
    assert acled_for("AGREE", None, conflict_context=True) == ("Strategic developments", "Agreement")
    assert acled_for("AGREE", None, conflict_context=False) == (None, None)
