"""The registry of heads of state and government, ministers and group leaders (leaders.yaml)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from eventscope.actors import ActorRegistry, check_registry_file
from eventscope.actors.registry import builtin_files, normalise
from eventscope.doc import Doc

Link = Callable[[str], Doc]

LEADERS = next(p for p in builtin_files() if p.stem == "leaders")
# Surnames shared by too many people to name one person alone (the brief's list and a few more).
AMBIGUOUS = ("Bush", "Brown", "May", "Young", "Li", "Lee", "Khan", "Ali", "Park", "Kim",
             "Sharif", "Gandhi", "Bhutto", "Aliyev", "Kabila", "Hussein", "Singh", "Abe")


def _entries(path: Path) -> list[dict[str, Any]]:
    """The raw entries of a shipped registry file (.yaml, or .jsonl where the loader takes it)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data if isinstance(data, list) else []


@pytest.fixture(scope="module")
def leaders() -> list[dict[str, Any]]:
    return _entries(LEADERS)


def test_file_is_valid_and_broad(leaders: list[dict[str, Any]]) -> None:
    assert check_registry_file(LEADERS) == []
    assert len(leaders) >= 800
    assert all(e["kind"] == "person" and e.get("roles") for e in leaders)
    # every UN member the registry knows as a state has at least one leader here, or nearly
    countries = {e["country"] for e in leaders}
    assert len(countries) >= 150


def test_ids_do_not_collide_with_other_registry_files(leaders: list[dict[str, Any]]) -> None:
    others = {e["id"] for p in builtin_files() if p != LEADERS for e in _entries(p)
              if isinstance(e, dict) and "id" in e}
    ids = [e["id"] for e in leaders]
    assert len(ids) == len(set(ids))
    assert not set(ids) & others


def test_government_codes_match_the_country(leaders: list[dict[str, Any]]) -> None:
    for e in leaders:
        if e["sector"] == "GOV" and e.get("parent", "").endswith(".GOV"):
            found = pycountry.countries.get(alpha_2=e["country"])
            assert found is not None, e["id"]
            alpha3 = found.alpha_3
            assert e["code"] == alpha3 + "GOV" and e["parent"] == alpha3 + ".GOV", e["id"]


def test_roles_have_ordered_dates(leaders: list[dict[str, Any]]) -> None:
    for e in leaders:
        for r in e["roles"]:
            assert r["title"].strip()
            if r.get("start") is not None and r.get("end") is not None:
                assert str(r["start"])[:4] <= str(r["end"])[:4], e["id"]


def test_ambiguous_surnames_are_never_bare_aliases(leaders: list[dict[str, Any]]) -> None:
    bare = {normalise(a) for e in leaders for a in [e["name"], *e.get("aliases", [])]}
    assert not bare & {normalise(s) for s in AMBIGUOUS}
    assert not any(a.lower().startswith("the ") for e in leaders for a in e.get("aliases", []))


def test_leader_names_name_only_that_leader(registry: ActorRegistry,
                                            leaders: list[dict[str, Any]]) -> None:
    for e in leaders:
        for a in [e["name"], *e.get("aliases", [])]:
            assert [x.id for x in registry.find(a)] == [e["id"]], a


@pytest.mark.parametrize("text, mention, actor_id, country", [
    ("Museveni said on Tuesday that the troops would stay.", "Museveni", "museveni", "UG"),
    ("Bouteflika's government banned the march.", "Bouteflika", "bouteflika", "DZ"),
    ("King Hassan II received the envoy in Rabat.", "King Hassan II", "hassan_ii", "MA"),
    ("Former President George W. Bush visited Baghdad.", "George W. Bush", "bush_jr", "US"),
    ("Nabih Berri called for calm.", "Nabih Berri", "berri", "LB"),
    ("Sheikh Hamad bin Khalifa al-Thani met the envoy.", "Hamad bin Khalifa al-Thani",
     "hamad_al_thani", "QA"),
    ("Sheikh Khalifa bin Salman Al Khalifa resigned.", "Khalifa bin Salman Al Khalifa",
     "khalifa_bin_salman", "BH"),
])
def test_sentences_resolve_to_the_person(link: Link, text: str, mention: str, actor_id: str,
                                         country: str) -> None:
    doc = link(text)
    found = [a for a in doc.actors if mention in a.text]
    assert found, [a.text for a in doc.actors]
    assert found[0].actor_id == actor_id
    assert found[0].country_code == country
    assert found[0].kind == "person"


def test_group_leaders_belong_to_their_group(registry: ActorRegistry) -> None:
    assert registry.find("Nabih Berri")[0].parent == "amal"
    assert registry.find("Abdullah Ocalan")[0].parent == "pkk"
    assert registry.find("Abu Musab al-Zarqawi")[0].code == "IRQINS"


@pytest.mark.parametrize("surname", ["Bush", "Brown", "May", "Lee", "Khan"])
def test_a_bare_ambiguous_surname_is_no_known_leader(link: Link, surname: str) -> None:
    doc = link(f"{surname} said on Monday that talks would resume.")
    assert all((a.actor_id or "x:").startswith("x:") and a.country_code is None
               for a in doc.actors if a.text == surname)
