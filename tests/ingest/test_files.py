"""iter_inputs: files of each format, .gz, directories, stdin, ids, sidecars and bad paths."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from eventscope.config import Config
from eventscope.doc import Rejection
from eventscope.ingest import RawDocument, iter_inputs, sample_paths, sniff_format

CONFIG = Config()
STORY = "Iran sent troops to Abu Kamal on Tuesday, officials said.\n"
PAGE = ("<!DOCTYPE html><html><head><title>Troops sent</title></head><body><article>"
        f"<p>{STORY}</p></article></body></html>")


def read(*paths: str | Path, config: Config = CONFIG, stdin: bytes | None = None
         ) -> list[RawDocument | Rejection]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_inputs(list(paths), config=config, stdin=stream))


def test_text_file_gets_its_name_as_id(tmp_path: Path) -> None:
    (tmp_path / "abu-kamal-reinforcements.txt").write_text(STORY, encoding="utf-8")
    [doc] = read(tmp_path / "abu-kamal-reinforcements.txt")
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.text, doc.html) == ("abu-kamal-reinforcements", STORY, None)
    assert doc.origin == str(tmp_path / "abu-kamal-reinforcements.txt")


def test_html_file_is_read_as_html(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    [doc] = read(tmp_path / "page.htm")
    assert isinstance(doc, RawDocument) and doc.html == PAGE and doc.text is None


def test_jsonl_file_gives_one_result_per_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": STORY}), "", json.dumps({"id": "b", "html": PAGE})]
    (tmp_path / "docs.ndjson").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = read(tmp_path / "docs.ndjson")
    assert [(type(o).__name__, o.id, o.line) for o in out] == [
        ("RawDocument", "a", 1), ("Rejection", None, 2), ("RawDocument", "b", 3)]


@pytest.mark.parametrize("name, content, kind", [
    ("notes", STORY, "text"),
    ("page.php", PAGE, "html"),
    ("dump.data", json.dumps({"id": "x", "text": STORY}) + "\n", "jsonl"),
])
def test_unknown_extension_is_sniffed(tmp_path: Path, name: str, content: str, kind: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    [doc] = read(tmp_path / name)
    assert isinstance(doc, RawDocument)
    got = "jsonl" if doc.line else ("html" if doc.html is not None else "text")
    assert got == kind


def test_sniff_format() -> None:
    assert sniff_format(b'  {"id": "a", "text": "x"}\n') == "jsonl"
    assert sniff_format(b"<html><body><p>x</p></body></html>") == "html"
    assert sniff_format(b"{not json} but text") == "text"
    assert sniff_format(b"Plain words about <b>bold</b> claims.") == "text"


@pytest.mark.parametrize("name, content", [
    ("story.txt.gz", STORY), ("page.html.gz", PAGE),
    ("docs.jsonl.gz", json.dumps({"id": "story", "text": STORY}) + "\n"),
])
def test_gz_is_decompressed_and_read_by_inner_format(tmp_path: Path, name: str,
                                                     content: str) -> None:
    (tmp_path / name).write_bytes(gzip.compress(content.encode()))
    [doc] = read(tmp_path / name)
    assert isinstance(doc, RawDocument)
    assert doc.id == "story" if name.startswith(("story", "docs")) else doc.id == "page"
    assert (doc.text or doc.html) == (STORY if "html" not in name else PAGE)


def test_zip_bomb_is_rejected_at_the_cap(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"A" * 5_000_000))  # about 5 KB compressed
    assert bomb.stat().st_size < 50_000
    [rej] = read(bomb, config=Config(max_input_bytes=1_000_000))
    assert isinstance(rej, Rejection) and rej.reason == "too_large" and rej.id == "bomb"
    assert "zip-bomb" in rej.error


def test_jsonl_zip_bomb_yields_read_lines_then_one_rejection(tmp_path: Path) -> None:
    line = (json.dumps({"id": "a", "text": STORY}) + "\n").encode()
    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(gzip.compress(line + (b" " * 999 + b"\n") * 3_000))
    out = read(bomb, config=Config(max_input_bytes=100_000))
    assert isinstance(out[0], RawDocument) and out[0].id == "a"
    assert isinstance(out[-1], Rejection) and out[-1].reason == "too_large"
    assert 2 <= len(out) < 3_000


def test_corrupt_gz_is_rejected(tmp_path: Path) -> None:
    data = gzip.compress(STORY.encode() * 100)
    (tmp_path / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "fake.txt.gz").write_bytes(b"this is not gzip at all")
    out = read(tmp_path / "cut.txt.gz", tmp_path / "fake.txt.gz")
    assert [(type(o).__name__, o.reason) for o in out] == [("Rejection", "bad_gzip")] * 2  # type: ignore[union-attr]


def test_directory_is_read_recursively_sorted_and_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "pages"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b" / "deep" / "z.txt").write_text(STORY, encoding="utf-8")
    (root / "b" / "a.html").write_text(PAGE, encoding="utf-8")
    (root / "c.txt").write_text(STORY, encoding="utf-8")
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    (root / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (root / ".git" / "config.txt").write_text(STORY, encoding="utf-8")
    (root / "style.css").write_text("body { color: red }", encoding="utf-8")
    (root / "b" / "logo.PNG").write_bytes(b"\x89PNG\r\n\x1a\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")  # reading it would block for ever
    out = read(root)
    assert [o.id for o in out] == ["a", "b/a", "b/deep/z", "c"]
    assert read(root) == out  # deterministic


def test_colliding_ids_stay_unique(tmp_path: Path) -> None:
    (tmp_path / "kyiv.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "kyiv.html").write_text(PAGE, encoding="utf-8")
    ids = [o.id for o in read(tmp_path, tmp_path / "kyiv.txt")]
    assert ids == ["kyiv", "kyiv.txt", "kyiv.txt#2"]  # sorted: kyiv.html first
    assert len(set(ids)) == 3


def test_sidecar_gives_metadata_and_is_not_a_document(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(
        json.dumps({"date": "2020-03-12", "title": "Troops", "source": "Wire"}), encoding="utf-8")
    [doc] = read(tmp_path)
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.date, doc.title, doc.source, doc.url) == (
        "story", "2020-03-12", "Troops", "Wire", None)


def test_bad_sidecar_rejects_the_document(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"date": 20200312}', encoding="utf-8")
    [rej] = read(tmp_path / "story.txt")
    assert isinstance(rej, Rejection) and rej.reason == "bad_field" and "sidecar" in rej.error


def test_missing_path_is_a_rejection_not_an_exception(tmp_path: Path) -> None:
    [rej] = read(tmp_path / "nope.txt")
    assert isinstance(rej, Rejection) and (rej.reason, rej.id) == ("not_found", "nope")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_a_rejection(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(STORY, encoding="utf-8")
    secret.chmod(0)
    try:
        [rej] = read(secret)
    finally:
        secret.chmod(0o600)
    assert isinstance(rej, Rejection) and rej.reason == "unreadable"


def test_file_over_max_input_bytes_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 1000, encoding="utf-8")
    [rej] = read(tmp_path / "big.txt", config=Config(max_input_bytes=1000))
    assert isinstance(rej, Rejection) and rej.reason == "too_large"


@pytest.mark.parametrize("data", [b"", b"   \n\t  \n"])
def test_empty_and_blank_files_come_through_for_clean_to_reject(tmp_path: Path,
                                                                data: bytes) -> None:
    (tmp_path / "empty.txt").write_bytes(data)
    [doc] = read(tmp_path / "empty.txt")
    assert isinstance(doc, RawDocument) and not (doc.text or "").strip()


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (tmp_path / "junk").write_bytes(bytes(range(256)) * 40)
    out = read(tmp_path / "photo.txt", tmp_path / "junk")
    assert [(type(o).__name__, o.reason) for o in out] == [("Rejection", "binary")] * 2  # type: ignore[union-attr]


def test_stdin_jsonl(tmp_path: Path) -> None:
    data = b"\n" + json.dumps({"id": "a", "text": STORY}).encode() + b"\n[1]\n"
    out = read("-", stdin=data)
    assert [(type(o).__name__, o.id, o.line) for o in out] == [
        ("Rejection", None, 1), ("RawDocument", "a", 2), ("Rejection", None, 3)]
    assert all(o.origin == "<stdin>" for o in out)


def test_stdin_text_is_one_document() -> None:
    [doc] = read("-", stdin=("\n" + STORY * 3).encode("cp1252"))
    assert isinstance(doc, RawDocument) and doc.id == "stdin" and doc.text == "\n" + STORY * 3


def test_stdin_html_is_sniffed() -> None:
    [doc] = read("-", stdin=PAGE.encode())
    assert isinstance(doc, RawDocument) and doc.html == PAGE


def test_stdin_over_the_cap_is_rejected() -> None:
    [rej] = read("-", stdin=b"word " * 1000, config=Config(max_input_bytes=100))
    assert isinstance(rej, Rejection) and rej.reason == "too_large" and rej.id == "stdin"


def test_sample_pages_are_shipped_with_dates() -> None:
    paths = sample_paths()
    names = [p.name for p in paths]
    assert "abu-kamal-reinforcements.txt" in names
    assert any(n.endswith(".html") for n in names) and 7 <= len(paths) <= 9
    docs = read(*paths)
    assert all(isinstance(d, RawDocument) for d in docs)
    seed = next(d for d in docs if d.id == "abu-kamal-reinforcements")
    assert isinstance(seed, RawDocument) and seed.date == "2020-03-12"
    assert all(d.date for d in docs if isinstance(d, RawDocument) and d.text is not None)


def test_file_name_that_is_not_utf8_gets_an_encodable_id(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses non-UTF-8 names")
    [doc] = read(tmp_path)
    assert doc.id == "caf\ufffd"
    doc.id.encode("utf-8")


def test_bundled_seed_is_an_exact_copy(seed_text: str) -> None:
    bundled = next(p for p in sample_paths() if p.name == "abu-kamal-reinforcements.txt")
    assert bundled.read_text(encoding="utf-8") == seed_text
