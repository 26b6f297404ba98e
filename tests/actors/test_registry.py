"""The registry: generated states, curated entries, hierarchy, user files and their errors."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from eventscope.actors import ActorRegistry, check_registry_file, load_registry
from eventscope.actors.schema import KINDS
from eventscope.config import Config
from eventscope.errors import ResourceError


def test_every_un_member_has_state_government_military_police(registry: ActorRegistry) -> None:
    states = [e for e in registry if e.kind == "state"]
    assert len(states) >= 193
    for e in states:
        assert pycountry.countries.get(alpha_3=e.id) is not None, e.id
        for suffix, kind in (("GOV", "government"), ("MIL", "military"), ("POL", "police")):
            organ = registry.get(f"{e.id}.{suffix}")
            assert organ is not None and organ.kind == kind and organ.parent == e.id
            assert organ.country == e.country


def test_curated_entries_are_valid_and_plenty(registry: ActorRegistry) -> None:
    curated = [e for e in registry if "." not in e.id or e.id.islower()]
    assert len(curated) >= 250
    assert all(e.kind in KINDS for e in registry)
    assert registry.problems() == []


@pytest.mark.parametrize("name,actor_id", [
    ("Daesh", "isis"), ("ISIL", "isis"), ("the Islamic State", "isis"), ("داعش", "isis"),
    ("SAA", "SYR.MIL"), ("Revolutionary Guards", "irgc"), ("Amirali Hajizadeh", "hajizadeh"),
    ("Inherent Resolve", "oir"), ("Syrian Democratic Forces", "sdf"), ("Houthis", "houthis"),
    ("Syrian Arab Republic", "SYR"), ("Iran", "IRN"), ("Kremlin", "RUS.GOV"),
    ("Quds Force", "irgc.quds"), ("Wagner Group", "wagner"), ("al-Shabab", "alshabaab"),
])
def test_find_by_any_name(registry: ActorRegistry, name: str, actor_id: str) -> None:
    assert actor_id in [e.id for e in registry.find(name)]


def test_hierarchy_from_commander_to_state(registry: ActorRegistry) -> None:
    chain = []
    entry = registry.get("hajizadeh")
    while entry is not None:
        chain.append(entry.id)
        entry = registry.get(entry.parent) if entry.parent else None
    assert chain == ["hajizadeh", "irgc.asf", "irgc", "IRN.MIL", "IRN"]
    person = registry.get("hajizadeh")
    assert person is not None and person.kind == "person" and person.roles
    assert person.roles[0].org == "irgc.asf"
    assert registry.get("irgc.asf").code == "IRNMIL"  # type: ignore[union-attr]


def test_patrons(registry: ActorRegistry) -> None:
    assert "IRN" in registry.get("hezbollah").patrons  # type: ignore[union-attr]


def test_user_file_extends_and_overrides(tmp_path: Path, registry: ActorRegistry) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text(
        "- {id: brigade_x, name: Brigade X, kind: militia, country: SY, parent: SYR.MIL}\n"
        "- {id: isis, aliases: [Tanzim]}\n", encoding="utf-8")
    assert check_registry_file(f) == []
    reg = load_registry(Config(actor_files=(f,)))
    assert reg.get("brigade_x").country == "SY"  # type: ignore[union-attr]
    assert reg.find("Tanzim")[0].id == "isis"
    assert reg.get("isis").name == "Islamic State"  # type: ignore[union-attr]
    assert len(reg) == len(registry) + 1


def test_user_file_with_an_error_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text("- {id: ok_one, name: OK, kind: ngo}\n"
                 "- id: broken\n  name: Broken\n  kind: warlord\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"bad\.yaml:2: unknown kind 'warlord'"):
        load_registry(Config(actor_files=(f,)))
    problems = check_registry_file(f)
    assert len(problems) == 1 and "bad.yaml:2" in problems[0] and "armed_group" in problems[0]


def test_check_finds_every_problem(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "a", "name": "A", "kind": "ngo", "country": "XX"}\n'
                 '{"id": "b", "name": "B", "kind": "ngo", "parent": "nowhere"}\n'
                 '{"id": "c", "name": "C", "kind": "ngo", "colour": "red"}\n', encoding="utf-8")
    problems = check_registry_file(f)
    assert [p.split(": ")[0].rsplit(":", 1)[1] for p in problems] == ["1", "3", "2"]


def test_invalid_yaml_and_missing_file(tmp_path: Path) -> None:
    f = tmp_path / "broken.yaml"
    f.write_text("- {id: a, name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="broken.yaml"):
        load_registry(Config(actor_files=(f,)))
    with pytest.raises(ResourceError, match="Cannot read"):
        load_registry(Config(actor_files=(tmp_path / "nope.yaml",)))


def test_user_file_actor_is_recognised_by_the_component(tmp_path: Path, actors_nlp: object) -> None:
    from eventscope.actors import make_component
    from eventscope.annotate.spacy_model import Annotator
    from eventscope.doc import Doc

    f = tmp_path / "mine.yaml"
    f.write_text("- {id: liwa_al_quds, name: Liwa al-Quds, kind: militia, country: SY, "
                 "aliases: [Quds Brigade]}\n", encoding="utf-8")
    config = Config(actor_files=(f,))
    doc = Annotator(config, nlp=actors_nlp)(Doc(id="u", text="The Quds Brigade shelled Aleppo."))
    doc = make_component(config)(doc)
    assert [(a.text, a.actor_id, a.kind) for a in doc.actors][0] == \
        ("Quds Brigade", "liwa_al_quds", "militia")


def test_component_with_a_bad_user_file_fails_clearly(tmp_path: Path) -> None:
    from eventscope.actors import make_component

    f = tmp_path / "bad.yaml"
    f.write_text("- {id: x1, name: X, kind: ngo, country: Narnia}\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"bad\.yaml:1: 'country'"):
        make_component(Config(actor_files=(f,)))
