"""Our figures agree with the reference scorer (score.py) to 1e-6 on slices of every dev set,
with synthetic predictions perturbed from the gold (shifted spans, dropped items, wrong
coordinates and types, missing, rejected and unparsable lines)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventscope.evaluate import evaluate, evaluate_records

from . import synthetic
from .conftest import write_jsonl

CASES = [
    ("geo", "geo/lgl.jsonl"),
    ("geo", "geo/trnews.jsonl"),
    ("plover", "events/plover_gsr_dev.jsonl"),
    ("penta", "events/conflibert_cameo_dev.jsonl"),
    ("actors", "events/plover_gsr_dev.jsonl"),
    ("actors", "events/conflibert_cameo_dev.jsonl"),
    ("acled", "events/plover_gsr_dev.jsonl"),
]
SEEDS = (0, 1, 2)
JUNK = ["not json", "[1, 2]"]


def assert_agrees(ref: Any, mine: Any, path: str = "") -> None:
    """Every figure of the reference result has an equal one (1e-6) in ours."""
    if isinstance(ref, dict):
        assert isinstance(mine, dict), path
        for key, value in ref.items():
            if key == "kind":
                continue
            if key == "top_confusions":
                assert_confusions(value, mine["confusions"], path)
                continue
            assert key in mine, f"{path}.{key} missing"
            assert_agrees(value, mine[key], f"{path}.{key}")
    elif isinstance(ref, list):
        assert isinstance(mine, list) and len(ref) == len(mine), path
        for i, (a, b) in enumerate(zip(ref, mine)):
            assert_agrees(a, b, f"{path}[{i}]")
    elif isinstance(ref, (int, float)) and not isinstance(ref, bool):
        assert isinstance(mine, (int, float)) and abs(ref - mine) <= 1e-6, f"{path}: {ref} != {mine}"
    else:
        assert ref == mine, f"{path}: {ref!r} != {mine!r}"


def assert_confusions(top: list[dict[str, Any]], ours: list[dict[str, Any]], path: str) -> None:
    """The reference lists the 15 most frequent confusions (ties in arbitrary order); ours
    lists all, sorted: every listed pair has the same count and the top counts coincide."""
    counts = {(c["gold"], c["pred"]): c["n"] for c in ours}
    for c in top:
        assert counts.get((c["gold"], c["pred"])) == c["n"], f"{path}: confusion {c}"
    assert [c["n"] for c in top] == [c["n"] for c in ours[: len(top)]], path


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(("kind", "rel"), CASES, ids=[f"{k}-{Path(r).stem}" for k, r in CASES])
def test_agrees_with_reference(kind: str, rel: str, seed: int, dev_slice: Any, reference: Any,
                               tmp_path: Path) -> None:
    gold = dev_slice(rel)
    if kind == "acled":
        gold = synthetic.acled_gold(gold, seed)
    preds = synthetic.GENERATORS[kind](gold, seed)
    preds.append(dict(preds[0]))                     # a duplicated id: the first line wins
    gold_path = write_jsonl(tmp_path / "gold.jsonl", gold)
    out_path = write_jsonl(tmp_path / "out.jsonl", preds, junk=JUNK)
    ref = reference(kind, gold_path, out_path)
    mine = evaluate(kind, gold_path, out_path)
    assert_agrees(ref, mine)


@pytest.mark.parametrize(("kind", "rel"), CASES[:1] + CASES[2:4])
def test_empty_and_missing_output_agree(kind: str, rel: str, dev_slice: Any, reference: Any,
                                        tmp_path: Path) -> None:
    gold = dev_slice(rel)
    gold_path = write_jsonl(tmp_path / "gold.jsonl", gold)
    empty = [{"id": g["id"], "status": "ok", "places": [], "actors": [], "events": []} for g in gold]
    for rows in (empty, []):
        out_path = write_jsonl(tmp_path / "out.jsonl", rows)
        assert_agrees(reference(kind, gold_path, out_path), evaluate(kind, gold_path, out_path))


def test_iterable_predictions_equal_file(dev_slice: Any, tmp_path: Path) -> None:
    gold = dev_slice("geo/lgl.jsonl")
    preds = synthetic.geo(gold, 7)
    gold_path = write_jsonl(tmp_path / "gold.jsonl", gold)
    out_path = write_jsonl(tmp_path / "out.jsonl", preds)
    assert evaluate("places", gold_path, preds) == evaluate("places", gold_path, out_path)
    assert evaluate_records("geo", gold, preds)["summary"] == evaluate("places", gold_path, preds)["summary"]
