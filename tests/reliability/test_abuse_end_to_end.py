"""Hostile inputs through the real CLI: ``eventscope ingest`` into a database and ``eventscope
extract`` to JSONL account for every input (processed + already known + rejected == N), no
exception escapes, and every rejection names a reason from the catalogue and says why."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from harness import Reference, problems, run_extract
from nasty import Corpus

from eventscope.ingest import REJECTION_REASONS


def test_ingest_accounts_for_every_input(corpus: Corpus, reference: Reference) -> None:
    report, state = reference.report, reference.state
    assert "Traceback" not in reference.stderr
    assert report["inputs"] == corpus.ingest_inputs
    assert report["processed"] + report["skipped"] + report["rejected"] == corpus.ingest_inputs
    assert state.totals["documents"] == report["processed"] > 0
    assert state.totals["rejected"] == report["rejected"] > 0
    assert len(state.docs) == report["processed"]  # one row per content hash
    assert set(state.rejected_reasons) <= set(REJECTION_REASONS)
    assert dict(state.rejected_reasons) == report["rejected_by_reason"]
    assert problems(state) == []


def _outcomes(db: Path) -> dict[tuple[str, int | None], str]:
    conn = sqlite3.connect(db)
    try:
        out = {(Path(o).name, line): reason for o, line, reason in
               conn.execute("SELECT origin, line, reason FROM rejected")}
        out.update({(Path(o).name, None): "ok" for (o,) in
                    conn.execute("SELECT origin FROM documents WHERE origin NOT LIKE '%.jsonl%'")})
        return out
    finally:
        conn.close()


def test_named_hostile_files_get_the_expected_outcome(reference: Reference) -> None:
    got = _outcomes(reference.db)
    expected = {
        ("empty.txt", None): "empty", ("whitespace.txt", None): "empty",
        ("binary.txt", None): "binary", ("random-bytes", None): "binary",
        ("png-named.txt", None): "binary", ("many-nuls.txt", None): "binary",
        ("invalid-utf8.txt", None): "ok", ("nul-bytes.txt", None): "ok",
        ("utf16-bom.txt", None): "ok", ("utf16-no-bom.txt", None): "ok",
        ("utf8-bom.txt", None): "ok", ("cp1256.txt", None): "not_english",
        ("latin1.txt", None): "not_english", ("cyrillic-utf8.txt", None): "not_english",
        ("big.txt", None): "too_large", ("bomb.txt.gz", None): "too_large",
        ("deep.html", None): "ok", ("no-body.html", None): "empty", ("script.html", None): "ok",
        ("unclosed.html", None): "ok", ("sniffed-page", None): "ok", ("story.txt", None): "ok",
        ("story.html.gz", None): "ok", ("corrupt.txt.gz", None): "bad_gzip",
        ("not-gzip.txt.gz", None): "bad_gzip",
        ("broken.jsonl", 2): "not_json", ("broken.jsonl", 3): "empty_line",
        ("broken.jsonl", 4): "bad_id", ("broken.jsonl", 5): "no_content",
        ("long-line.jsonl", 1): "too_large",
    }
    assert {k: got.get(k) for k in expected} == expected


def _input_id(line: bytes) -> Any:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return obj.get("id") if isinstance(obj, dict) else None


def test_extract_answers_every_line_exactly_once(corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run_extract(corpus.extract_file, out, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    lines_in = corpus.extract_file.read_bytes().split(b"\n")[:-1]
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines_in) == len(results) == corpus.extract_lines
    statuses = {"ok": 0, "rejected": 0}
    for number, (line, result) in enumerate(zip(lines_in, results), start=1):
        statuses[result["status"]] += 1
        given = _input_id(line)
        if result["status"] == "rejected":
            assert result["reason"] in REJECTION_REASONS and result["error"].strip()
            assert result.get("line") == number
            continue
        assert isinstance(result["id"], str) and result["id"]
        if given is not None:  # None: not UTF-8 JSON as it stands (read after decoding)
            assert result["id"] == (str(given) if isinstance(given, int) else given)
        text = result["text"]
        for span in [*result["places"], *result["actors"]]:
            assert text[span["start"]:span["end"]] == span["text"], (number, span)
        for event in result["events"]:
            trigger = event["trigger"]
            assert text[trigger["start"]:trigger["end"]] == trigger["text"], (number, event)
    assert statuses["ok"] > 0 and statuses["rejected"] > 0
