"""Each metric on tiny hand-made cases: what counts as a hit, a miss, a neutral item."""

from __future__ import annotations

from typing import Any

import pytest

from eventscope.errors import ConfigError
from eventscope.evaluate import evaluate_records, strip_gold
from eventscope.evaluate.geo import error_auc, haversine_km
from eventscope.evaluate.matching import WordIndex, match_largest_overlap, max_matching, span_of
from eventscope.evaluate.metrics import LabelledDoc, prf, score_multilabel
from eventscope.evaluate.penta import cameo_root, predict_penta

TEXT = "Iran sent troops to Abu Kamal from Iraq. Protesters rallied in Paris."


def ok(doc_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": doc_id, "status": "ok", "places": [], "actors": [], "events": [], **fields}


# ----------------------------------------------------------------------------- matching
def test_span_of_needs_ordered_int_offsets_and_falls_back_to_text() -> None:
    assert span_of({"start": 3, "end": 7}) == (3, 7)
    assert span_of({"start": 7, "end": 3}) is None
    assert span_of({"start": True, "end": 4}) is None
    assert span_of({"text": "troops"}, TEXT) == (10, 16)
    assert span_of({"text": "troops"}) is None


def test_largest_overlap_wins_and_matching_is_one_to_one() -> None:
    assert match_largest_overlap([(0, 4), (3, 10)], [(2, 9)]) == {1: 0}
    assert match_largest_overlap([(0, 5), (6, 10)], [(0, 10)]) == {0: 0}
    assert match_largest_overlap([(0, 5)], [(0, 5), (1, 5)]) == {0: 0}


def test_max_matching_reassigns_to_reach_the_maximum() -> None:
    # prediction 0 prefers gold 0, but prediction 1 can only take gold 0
    assert max_matching([[0, 1], [0]]) == {0: 1, 1: 0}


def test_stopwords_alone_do_not_make_a_match() -> None:
    idx = WordIndex("The army of the state")
    assert idx.words((0, 3)) == frozenset({0})           # only stopwords: keep them
    assert idx.words((0, 8)) == frozenset({1})
    assert not idx.words((9, 15)) & idx.words((0, 8))


# ----------------------------------------------------------------------------- counts
def test_prf_and_multilabel_confusions() -> None:
    assert prf(0, 0, 0)["f1"] == 0.0
    assert prf(1, 2, 4) == {"p": 0.5, "r": 0.25, "f1": 0.3333, "tp": 1, "pred": 2, "gold": 4}
    docs = [LabelledDoc("a", frozenset({"AGREE"}), frozenset({"AGREE"}), "AGREE"),
            LabelledDoc("b", frozenset({"ASSAULT"}), frozenset({"COERCE", "BOGUS"}), "COERCE"),
            LabelledDoc("c", frozenset({"ACCUSE"}), frozenset(), None)]
    r = score_multilabel(docs, ["AGREE", "ASSAULT", "COERCE", "ACCUSE"])
    assert r["micro"]["tp"] == 1 and r["micro"]["pred"] == 3 and r["micro"]["gold"] == 3
    assert r["macro"]["labels_with_gold"] == 3 and r["macro"]["f1"] == pytest.approx(0.3333)
    assert r["invalid_predicted_labels"] == 1
    assert r["top1_accuracy"] == pytest.approx(0.3333) and r["exact_set_match"] == pytest.approx(0.3333)
    pairs = {(c["gold"], c["pred"]) for c in r["confusions"]}
    assert pairs == {("ASSAULT", "COERCE"), ("ASSAULT", "BOGUS"), ("ACCUSE", "<none>")}


# ----------------------------------------------------------------------------- places
GEO_GOLD: list[dict[str, Any]] = [{"id": "g1", "text": TEXT, "gold_places": [
    {"start": 0, "end": 4, "text": "Iran", "lat": 32.0, "lon": 53.0, "geonameid": 130758},
    {"start": 20, "end": 29, "text": "Abu Kamal", "lat": 34.4523, "lon": 40.9185},
    {"start": 35, "end": 39, "text": "Iraq", "lat": None, "lon": None},
    {"start": 63, "end": 68, "text": "Paris", "lat": 48.8534, "lon": 2.3488}]}]


def test_places_neutral_far_and_missing_coordinates() -> None:
    pred = [ok("g1", places=[
        {"text": "Iran", "start": 0, "end": 4, "lat": 32.0, "lon": 53.0, "geonameid": 130758},
        {"text": "Abu Kamal", "start": 20, "end": 29, "lat": 34.4523 + 2.0, "lon": 40.9185},
        {"text": "Iraq", "start": 35, "end": 39, "lat": 33.0, "lon": 44.0},       # neutral gold
        {"text": "Paris", "start": 63, "end": 68, "lat": None, "lon": None},
        {"text": "troops", "start": 10, "end": 16, "lat": 1.0, "lon": 1.0}])]     # spurious
    r = evaluate_records("places", GEO_GOLD, pred)
    assert r["pred_matched_to_unresolved"] == 1
    assert (r["recognition"]["tp"], r["recognition"]["pred"], r["recognition"]["gold"]) == (3, 4, 3)
    assert r["geo_f1_161"]["tp"] == 1
    res = r["resolution"]
    assert res["matched_without_coords"] == 1 and res["acc_161km"] == pytest.approx(0.3333)
    assert res["median_km"] == pytest.approx(round(haversine_km(34.4523, 0, 36.4523, 0), 1))
    assert res["geonameid_acc"] == 1.0
    assert r["recognition_all_toponyms"]["gold"] == 4


def test_error_curve_area() -> None:
    assert error_auc([0, 0, 0]) == 0.0
    assert error_auc([20039, 30000]) == pytest.approx(1.0, abs=1e-4)
    assert error_auc([]) is None
    assert 0 < error_auc([10, 100, 1000]) < 1  # type: ignore[operator]


# ----------------------------------------------------------------------------- penta
def test_penta_rules() -> None:
    assert cameo_root("143") == 14 and cameo_root("0141") == 1 and cameo_root(20) == 20
    assert cameo_root("21") is None and cameo_root(True) is None and cameo_root("x") is None
    assert predict_penta({"events": []}, 4) == 0
    assert predict_penta({"events": [{"plover_type": "REQUEST"}]}, 3) == 3
    assert predict_penta({"events": [{"plover_type": "REQUEST"}]}, 0) == 1
    assert predict_penta({"events": [{"cameo_root": "19", "confidence": 0.2},
                                     {"plover_type": "agree", "confidence": 0.8}]}, 4) == 1
    assert predict_penta({"events": [{"cameo_root": "99", "plover_type": "FIGHT"}]}, 0) == 4


# ----------------------------------------------------------------------------- actors
ACT_GOLD: list[dict[str, Any]] = [{"id": "p1", "text": "Israeli police arrested two Palestinian protesters in Jerusalem.",
             "gold_actors": [{"role": "source", "text": "Israeli police", "spans": [[0, 14]], "code": "ISRPOL"},
                             {"role": "target", "text": "Palestinian protesters", "spans": [[28, 50]],
                              "code": "PSE"}]},
            {"id": "p2", "text": "The United States and Russia agreed.", "gold_actors": [
                {"role": "source", "text": "United States", "spans": [[4, 17]], "code": "IGO"},
                {"role": "source/target", "text": "Russia", "spans": [[22, 28]]}]},
            {"id": "p3", "text": "Officials met.", "gold_actors": None}]


def test_role_swap_is_no_match_but_is_counted() -> None:
    pred = [ok("p1", events=[{"source": [{"text": "protesters", "start": 40, "end": 50}],
                              "target": [{"text": "police", "start": 8, "end": 14}]}])]
    r = evaluate_records("actors", ACT_GOLD[:1], pred)
    assert r["combined"]["tp"] == 0 and r["role_swaps"] == 2 and r["role_agnostic"]["tp"] == 2


def test_reciprocal_gold_matches_either_role_and_docs_without_gold_are_skipped() -> None:
    pred = [ok("p2", events=[{"source": [{"text": "The", "start": 0, "end": 3}],
                              "target": [{"text": "Russia", "start": 22, "end": 28}]}])]
    r = evaluate_records("actors", ACT_GOLD, pred)
    assert r["docs"] == 2
    assert r["target"]["pred"] == 1 and r["target"]["p"] == 1.0
    assert r["reciprocal_gold"]["r"] == 1.0 and r["source"]["gold_matched"] == 0


def test_country_code_accuracy_converts_iso3_to_iso2() -> None:
    pred = [ok("p1", events=[{"source": [{"text": "Israeli police", "start": 0, "end": 14, "country_code": "IL"}],
                              "target": [{"text": "protesters", "start": 40, "end": 50, "country_code": None}]}]),
            ok("p2", events=[{"source": [{"text": "United States", "start": 4, "end": 17, "country_code": "US"}]}])]
    c = evaluate_records("actors", ACT_GOLD, pred)["country_code"]
    assert c == {"matched_with_gold_country": 2, "correct": 1, "pred_without_country": 1,
                 "matched_gold_without_country": 1, "accuracy": 0.5}


# ----------------------------------------------------------------------------- factuality
FACT_GOLD: list[dict[str, Any]] = [
    {"id": "f1", "text": "The army could launch an assault on Omdurman.",
     "gold_trigger": {"text": "assault", "start": 25, "end": 32}, "gold_plover_type": "ASSAULT",
     "gold_factuality": "speculative"},
    {"id": "f2", "text": "Officials denied that troops had withdrawn.",
     "gold_trigger": {"text": "withdrawn", "start": 33, "end": 42}, "gold_plover_type": "RETREAT",
     "gold_factuality": "negated"},
    {"id": "f3", "text": "Rebels seized the town, the army said.",
     "gold_trigger": {"text": "seized", "start": 7, "end": 13}, "gold_plover_type": "ASSAULT",
     "gold_factuality": "reported"},
]


def test_factuality_found_by_trigger_then_by_evidence() -> None:
    pred = [ok("f1", events=[{"plover_type": "ASSAULT", "factuality": "asserted",
                              "trigger": {"start": 11, "end": 17}, "evidence": {"start": 0, "end": 45}},
                             {"plover_type": "ASSAULT", "factuality": "speculative",
                              "trigger": {"start": 25, "end": 32}, "evidence": {"start": 0, "end": 45}}]),
            ok("f2", events=[{"plover_type": "RETREAT", "factuality": "negated",
                              "trigger": {"start": 22, "end": 28}, "evidence": {"start": 0, "end": 43}}]),
            ok("f3", events=[{"plover_type": "ASSAULT", "factuality": "asserted",
                              "trigger": {"start": 30, "end": 34}, "evidence": {"start": 0, "end": 6}}])]
    r = evaluate_records("factuality", FACT_GOLD, pred)
    assert r["items"] == 3 and r["found"] == 2 and r["found_rate"] == pytest.approx(0.6667)
    assert (r["found_by_trigger"], r["found_by_evidence"]) == (1, 1)
    assert r["accuracy"] == 1.0 and r["macro_f1"] == 1.0 and r["plover_type_accuracy"] == 1.0
    assert r["missed_ids"] == ["f3"] and r["end_to_end_accuracy"] == pytest.approx(0.6667)


def test_factuality_wrong_and_invalid_labels() -> None:
    pred = [ok("f1", events=[{"factuality": "maybe", "trigger": {"start": 25, "end": 32},
                              "evidence": {"start": 0, "end": 45}}]),
            ok("f2", events=[{"factuality": "asserted", "trigger": {"start": 33, "end": 42},
                              "evidence": {"start": 0, "end": 43}}])]
    r = evaluate_records("factuality", FACT_GOLD[:2], pred)
    assert r["accuracy"] == 0.0 and r["invalid_predicted"] == 1
    assert r["confusion_rows_gold_cols_pred"]["negated"]["asserted"] == 1


# ----------------------------------------------------------------------------- events, API
def test_events_scores_every_labelled_part_and_no_event_items() -> None:
    gold: list[dict[str, Any]] = [{"id": "e1", "text": "Troops shelled the town.", "gold_event_types_plover2023": ["ASSAULT"],
             "gold_actors": [{"role": "source", "text": "Troops", "spans": [[0, 6]]}]},
            {"id": "e2", "text": "A flood hit the town.", "gold_event_types_plover2023": []},
            {"id": "e3", "text": "The weather was fine.", "gold_no_event": True}]
    pred = [ok("e1", events=[{"plover_type": "ASSAULT", "source": [{"text": "Troops", "start": 0, "end": 6}]}]),
            ok("e2", events=[{"plover_type": "ASSAULT"}]), ok("e3")]
    r = evaluate_records("events", gold, pred)
    assert r["parts"] == ["plover", "actors", "no_event"]
    assert r["plover"]["micro"]["f1"] == pytest.approx(0.6667)
    assert r["no_event"]["docs"] == 2 and r["no_event"]["false_event_rate"] == 0.5
    assert r["summary"]["actors.combined_F1"] == 1.0


def test_unknown_kind_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigError, match="places"):
        evaluate_records("toponyms", GEO_GOLD, [])
    with pytest.raises(ConfigError, match="no event labels"):
        evaluate_records("events", GEO_GOLD, [])


def test_missing_rejected_and_duplicate_lines_are_counted() -> None:
    gold = [{"id": "a", "gold_pentaclass": 4}, {"id": "b", "gold_pentaclass": 4},
            {"id": "c", "gold_pentaclass": 0}]
    pred: list[Any] = [ok("a", events=[{"cameo_root": "18"}]), {"id": "b", "status": "rejected", "error": "x"},
            ok("a"), ok("zzz"), "junk"]
    r = evaluate_records("penta", gold, pred)
    assert r["coverage"] == {"gold_docs": 3, "output_lines": 5, "matched_ids": 2, "missing_ids": 1,
                             "extra_ids": 1, "duplicate_ids": 1, "unparsable_lines": 1, "rejected": 1}
    assert r["accuracy"] == pytest.approx(0.6667)


def test_strip_gold_drops_only_gold_fields() -> None:
    assert strip_gold({"id": "x", "text": "t", "gold_places": [], "tags": []}) == {"id": "x", "text": "t", "tags": []}


def test_gold_country_reads_iso3_and_cameo_aliases() -> None:
    from eventscope.evaluate.actors import gold_country, iso2

    assert gold_country("IRNMIL") == "IR" and gold_country("JAP") == "JP"
    assert gold_country("IGO") is None and gold_country(None) is None
    assert iso2("sy") == "SY" and iso2("SYR") == "SY" and iso2("ZZ") is None


def test_limit_scores_only_the_first_documents() -> None:
    gold = [{"id": "a", "gold_pentaclass": 4}, {"id": "b", "gold_pentaclass": 4}]
    pred = [ok("a", events=[{"cameo_root": "18"}])]
    assert evaluate_records("penta", gold, pred, limit=1)["accuracy"] == 1.0
    assert evaluate_records("penta", gold, pred)["accuracy"] == 0.5


def test_bad_gold_files_raise_resource_errors(tmp_path: Any) -> None:
    from eventscope.errors import ResourceError
    from eventscope.evaluate import evaluate

    with pytest.raises(ResourceError, match="Cannot read"):
        evaluate("places", tmp_path / "nope.jsonl", [])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ResourceError, match="line\\(s\\) 2"):
        evaluate("places", bad, [])
    noid = tmp_path / "noid.jsonl"
    noid.write_text('{"text": "a"}\n', encoding="utf-8")
    with pytest.raises(ResourceError, match="no 'id'"):
        evaluate("places", noid, [])
