"""run_pipeline writes one contract line per gold document, in order, with gold stripped; and
format_report prints the figures and the confusion tables. No NLP pipeline is loaded."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventscope.doc import Doc, Rejection
from eventscope.evaluate import evaluate, evaluate_records, format_report, run_pipeline
from eventscope.ingest.records import RawDocument

from .conftest import write_jsonl


class EchoPipeline:
    """A stand-in for eventscope.Pipeline: one Doc per document, a rejection for 'bad' ones."""

    def __init__(self) -> None:
        self.seen: list[RawDocument | Rejection] = []

    def pipe(self, items: Iterable[RawDocument | Rejection], *,
             batch_size: int | None = None) -> Iterator[Doc | Rejection]:
        for item in items:
            self.seen.append(item)
            if isinstance(item, Rejection):
                yield item
            elif item.text and "bad" in item.text:
                yield Rejection(id=item.id, error="not English", reason="not_english")
            else:
                doc = Doc(id=item.id, text=item.text or "")
                doc.add_sentence(0, len(doc.text))
                yield doc


GOLD = [{"id": "a", "text": "Troops entered Homs.", "date": "2020-03-12", "gold_pentaclass": 4},
        {"id": "b", "text": "bad text", "gold_pentaclass": 0},
        {"id": "c", "title": "no text at all", "gold_pentaclass": 1},
        {"id": "d", "text": "More text.", "gold_pentaclass": 0}]


def test_run_pipeline_writes_one_line_per_document_in_order(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    nlp = EchoPipeline()
    out = run_pipeline(nlp, gold, tmp_path / "out" / "pred.jsonl")
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "c", "d"]
    assert [x["status"] for x in lines] == ["ok", "rejected", "rejected", "ok"]
    first = nlp.seen[0]
    assert isinstance(first, RawDocument) and first.date == "2020-03-12" and first.line == 1
    assert evaluate("penta", gold, out)["accuracy"] == 0.5


def test_run_pipeline_limit(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    out = run_pipeline(EchoPipeline(), gold, tmp_path / "pred.jsonl", limit=2)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_reports_show_figures_and_confusions() -> None:
    gold = [{"id": "p", "text": "x", "gold_event_types_plover2023": ["ASSAULT"], "gold_pentaclass": 4,
             "gold_actors": [{"role": "source", "text": "x", "spans": [[0, 1]]}]}]
    pred = [{"id": "p", "status": "ok", "events": [{"plover_type": "COERCE", "cameo_root": "17"}]}]
    text = format_report("events", evaluate_records("events", gold, pred))
    for needle in ("PLOVER event types", "macro P / R / F1", "ASSAULT  COERCE  ", "CAMEO PentaClass",
                   "rows gold, columns predicted", "4_material_conflict", "Actors", "role swaps"):
        assert needle in text, needle
    places = format_report("geo", evaluate_records("places", [{"id": "g", "gold_places": []}], []))
    assert "acc@161km" in places and "geo@161km" in places
    fact = format_report("factuality", evaluate_records("factuality", [
        {"id": "f", "text": "They may attack.", "gold_trigger": {"start": 9, "end": 15},
         "gold_factuality": "hedged"}], []))
    assert "found rate" in fact and "hedged" in fact
