"""The seed check of issue 2: ``eventscope extract`` on the seed page, end to end via the CLI."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import unicodedata
from typing import Any

import pytest

SEED_DATE = "2020-03-12"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("seed")
    src = tmp / "in.jsonl"
    src.write_text(json.dumps({"id": "seed", "text": seed_text, "date": SEED_DATE}) + "\n")
    out = tmp / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "eventscope", "extract", str(src), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["status"] == "ok", record
    record["_input_text"] = seed_text
    return record


def names(actors: list[dict[str, Any]]) -> set[str]:
    return {a.get("name") or "" for a in actors} | {a["text"] for a in actors}


def test_boilerplate_is_not_in_the_cleaned_text(seed_output: dict[str, Any]) -> None:
    assert "skip to Main Content" not in seed_output["text"]
    assert "Back To Top" not in seed_output["text"]
    assert "Iran is sending massive reinforcements to Abu Kamal." in seed_output["text"]


def test_every_offset_quotes_the_text(seed_output: dict[str, Any]) -> None:
    text = seed_output["text"]
    original = seed_output["_input_text"]
    assert seed_output["events"], "no events at all"
    for e in seed_output["events"]:
        for key in ("trigger", "evidence"):
            span = e[key]
            assert text[span["start"]:span["end"]] == span["text"], (key, span)
            # offsets also hold in the text as given (contract: offsets index the input text)
            assert original[span["start"]:span["end"]] == span["text"], (key, span)
        for a in e["source"] + e["target"]:
            assert text[a["start"]:a["end"]] == a["text"]
    for p in seed_output["places"]:
        assert text[p["start"]:p["end"]] == p["text"]


def test_mobilize_by_iran_at_abu_kamal(seed_output: dict[str, Any]) -> None:
    found = [e for e in seed_output["events"]
             if e["plover_type"] == "MOBILIZE" and e["factuality"] == "asserted"
             and any(a.get("country_code") == "IR" for a in e["source"])
             and e.get("location") and e["location"].get("lat") is not None
             and km(e["location"]["lat"], e["location"]["lon"], 34.45, 40.92) <= 10
             and e["location"].get("country_code") == "SY"]
    assert found, [(e["plover_type"], e["factuality"], e["source"], e["location"])
                   for e in seed_output["events"]]


def test_islamic_state_assault_in_deir_ez_zor(seed_output: dict[str, Any]) -> None:
    def in_deir_ez_zor(loc: dict[str, Any] | None) -> bool:
        if not loc:
            return False
        label = " ".join(str(loc.get(k) or "") for k in ("name", "admin1", "text")).lower()
        return "deir" in label or "dayr" in label

    found = [e for e in seed_output["events"] if e["plover_type"] == "ASSAULT"
             and any("islamic state" in n.lower() for n in names(e["source"]))
             and in_deir_ez_zor(e.get("location"))]
    assert found, [(e["plover_type"], names(e["source"]), e.get("location"))
                   for e in seed_output["events"]]


def test_isis_names_share_one_actor_id(seed_output: dict[str, Any]) -> None:
    ids: dict[str, set[str]] = {}
    for alias in ("Isis", "Islamic State", "Daesh"):
        for a in seed_output["actors"]:
            if alias in a["text"]:
                ids.setdefault(alias, set()).add(a["actor_id"])
        assert alias in ids, f"{alias} not found among {[a['text'] for a in seed_output['actors']]}"
    assert len(ids["Isis"] | ids["Islamic State"] | ids["Daesh"]) == 1, ids


def test_possible_attack_on_inherent_resolve_is_not_asserted(seed_output: dict[str, Any]) -> None:
    text = seed_output["text"]
    at = text.index("Perhaps also an attack on Inherent Resolve")
    sentence_end = text.index(".", at)
    events = [e for e in seed_output["events"] if at <= e["trigger"]["start"] < sentence_end]
    assert events, "the possible attack is not extracted at all"
    assert all(e["factuality"] in ("speculative", "hedged") for e in events), events


def test_qaim_and_homs_resolve_to_the_right_countries(seed_output: dict[str, Any]) -> None:
    by_text: dict[str, set[str | None]] = {}
    for p in seed_output["places"]:
        by_text.setdefault(p["text"], set()).add(p.get("country_code"))
    assert by_text.get("Qaim") == {"IQ"}, by_text.get("Qaim")
    assert by_text.get("Homs") == {"SY"}, by_text.get("Homs")
    qaim = next(p for p in seed_output["places"] if p["text"] == "Qaim")
    plain = unicodedata.normalize("NFKD", qaim.get("name") or "")
    assert "qa" in "".join(c for c in plain if not unicodedata.combining(c)).lower()
    assert km(qaim["lat"], qaim["lon"], 34.37, 41.09) < 15


def test_future_military_airport_is_not_asserted(seed_output: dict[str, Any]) -> None:
    text = seed_output["text"]
    at = text.index("construction of a sort of military airport")
    events = [e for e in seed_output["events"]
              if e["evidence"]["start"] <= at < e["evidence"]["end"]]
    assert events, "the future airport is not extracted"
    assert all(e["factuality"] in ("future", "speculative", "hedged") for e in events), events
