"""Every CLI verb, end to end through click's runner on small inputs."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventscope.cli import main

STORY = ("Syrian government forces shelled the town of Saraqib in Idlib province on Monday, "
         "killing at least 12 civilians, the Syrian Observatory for Human Rights said.")
PROTEST = ("Thousands of protesters marched in Baghdad on Friday to demand the resignation of "
           "the government.")


@pytest.fixture(autouse=True)
def _shared_pipeline(pipeline, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Reuse the session's pipeline instead of loading spaCy for every command."""
    import eventscope.cli.demo
    import eventscope.cli.extract
    import eventscope.cli.ingest

    for mod in (eventscope.cli.extract, eventscope.cli.ingest, eventscope.cli.demo):
        monkeypatch.setattr(mod, "load", lambda *a, **k: pipeline)


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_extract_keeps_one_line_per_input_and_rejects_bad_lines(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": STORY, "date": "2020-03-10"},
        "{not json",
        {"text": "no id here, but a long enough text to be considered"},
        {"id": "c"},
        {"id": "d", "text": PROTEST, "date": "2020-03-10"},
    ])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["status"] for x in lines] == ["ok", "rejected", "rejected", "rejected", "ok"]
    assert [x["id"] for x in lines] == ["a", None, None, "c", "d"]
    assert [x.get("line") for x in lines[1:4]] == [2, 3, 4]
    assert all(x["error"] for x in lines[1:4])


def test_extract_reads_stdin_and_writes_stdout() -> None:
    data = json.dumps({"id": "s", "text": STORY, "date": "2020-03-10"}) + "\n"
    result = CliRunner().invoke(main, ["extract", "-", "-q"], input=data)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["id"] == "s" and record["status"] == "ok"


def make_pages(root: Path) -> Path:
    pages = root / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "shelling.txt").write_text(STORY + "\n")
    write_jsonl(pages / "sub" / "more.jsonl", [{"id": "p1", "text": PROTEST, "date": "2020-03-10"},
                                               "{broken"])
    return pages


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return int(con.execute(f"select count(*) from {table}").fetchone()[0])


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    pages, db = make_pages(tmp_path), tmp_path / "news.db"
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(pages), "--db", str(db)])
    assert first.exit_code == 0, first.output
    counts = {t: count(db, t) for t in ("documents", "events", "rejected")}
    assert counts["documents"] == 2 and counts["rejected"] == 1
    second = runner.invoke(main, ["ingest", str(pages), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert {t: count(db, t) for t in counts} == counts


def test_interrupted_ingest_is_completed_by_a_rerun(tmp_path: Path) -> None:
    pages, db = make_pages(tmp_path), tmp_path / "news.db"
    runner = CliRunner()
    # the "interrupted" run got only one of the files in
    assert runner.invoke(main, ["ingest", str(pages / "shelling.txt"), "--db", str(db)]).exit_code == 0
    assert count(db, "documents") == 1
    assert runner.invoke(main, ["ingest", str(pages), "--db", str(db)]).exit_code == 0
    assert count(db, "documents") == 2
    with sqlite3.connect(db) as con:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_events_and_export_formats(tmp_path: Path) -> None:
    pages, db = make_pages(tmp_path), tmp_path / "news.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(pages), "--db", str(db)]).exit_code == 0
    listed = runner.invoke(main, ["events", "--db", str(db), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    events = [json.loads(x) for x in listed.stdout.splitlines() if x.strip()]
    assert events and all("plover_type" in e for e in events)
    types = {e["plover_type"] for e in events}
    assert "ASSAULT" in types
    only = runner.invoke(main, ["events", "--db", str(db), "--type", "ASSAULT", "--format", "json"])
    assert {json.loads(x)["plover_type"] for x in only.stdout.splitlines() if x.strip()} == {"ASSAULT"}
    table = runner.invoke(main, ["events", "--db", str(db)])
    assert table.exit_code == 0 and "ASSAULT" in table.stdout

    as_csv = runner.invoke(main, ["export", "--db", str(db), "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == len(events)
    geo = runner.invoke(main, ["export", "--db", str(db), "--format", "geojson"])
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"


def test_events_near_a_place(tmp_path: Path) -> None:
    pages, db = make_pages(tmp_path), tmp_path / "news.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(pages), "--db", str(db)]).exit_code == 0
    near = runner.invoke(main, ["events", "--db", str(db), "--near", "Idlib", "--within", "60",
                                "--format", "json"])
    assert near.exit_code == 0, near.output
    far = runner.invoke(main, ["events", "--db", str(db), "--near", "Baghdad", "--within", "60",
                               "--format", "json"])
    near_ids = {json.loads(x)["event_id"] for x in near.stdout.splitlines() if x.strip()}
    far_ids = {json.loads(x)["event_id"] for x in far.stdout.splitlines() if x.strip()}
    assert near_ids and not (near_ids & far_ids)


def test_unknown_place_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    CliRunner().invoke(main, ["ingest", str(make_pages(tmp_path)), "--db", str(db)])
    res = CliRunner().invoke(main, ["events", "--db", str(db), "--near", "Qwxyzzy"])
    assert res.exit_code != 0 and "Qwxyzzy" in res.output


def test_demo_prints_a_summary(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    res = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "Events by PLOVER type" in res.stdout
    assert "Top actors" in res.stdout
    assert "MOBILIZE" in res.stdout
    assert count(db, "documents") >= 5


def test_evaluate_scores_given_predictions(tmp_path: Path) -> None:
    text = "Troops moved from Homs to Palmyra."
    gold = write_jsonl(tmp_path / "gold.jsonl", [{
        "id": "g1", "text": text, "gold_places": [
            {"start": 18, "end": 22, "text": "Homs", "lat": 34.72, "lon": 36.72},
            {"start": 26, "end": 33, "text": "Palmyra", "lat": 34.56, "lon": 38.28}]}])
    pred = write_jsonl(tmp_path / "pred.jsonl", [{
        "id": "g1", "status": "ok", "events": [], "places": [
            {"start": 18, "end": 22, "text": "Homs", "lat": 34.72, "lon": 36.72}]}])
    res = CliRunner().invoke(main, ["evaluate", "places", str(gold), "--predictions", str(pred),
                                    "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["recognition"]["p"] == 1.0
    assert data["recognition"]["r"] == 0.5
    text_report = CliRunner().invoke(main, ["evaluate", "places", str(gold), "--predictions",
                                            str(pred)])
    assert "acc@161" in text_report.stdout


def test_actors_list_show_and_check(tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["actors", "list", "--kind", "armed_group"])
    assert listed.exit_code == 0 and "Islamic State" in listed.stdout
    shown = runner.invoke(main, ["actors", "show", "Daesh"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["id"] == "isis"
    missing = runner.invoke(main, ["actors", "show", "Nobody At All"])
    assert missing.exit_code != 0 and "Nobody At All" in missing.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: foo\n  name: Foo\n  kind: bogus\n")
    checked = runner.invoke(main, ["actors", "check", str(bad)])
    assert checked.exit_code == 1 and "bogus" in checked.output
