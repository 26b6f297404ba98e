"""Hostile input: whatever the bytes, every input is read or rejected with a reason, never lost.

Property: for N inputs, documents + rejections = N, no exception escapes ingest or clean, and
every rejection's reason is in the catalogue.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscope.clean import clean_document
from eventscope.config import Config
from eventscope.doc import Doc, Rejection
from eventscope.errors import InputError
from eventscope.ingest import REJECTION_REASONS, RawDocument, iter_inputs, read_jsonl

CONFIG = Config(max_input_bytes=200_000, max_chars=100_000)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def through_clean(item: RawDocument | Rejection) -> Doc | Rejection:
    if isinstance(item, Rejection):
        return item
    try:
        return clean_document(item, CONFIG)
    except InputError as e:
        return Rejection(id=item.id, error=str(e), reason=e.reason, origin=item.origin)


def check(results: list[Doc | Rejection]) -> None:
    for r in results:
        if isinstance(r, Rejection):
            assert r.reason in REJECTION_REASONS and r.error
        else:
            assert r.text.strip()
            json.dumps(r.to_dict(), ensure_ascii=False).encode("utf-8")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8)
documents = st.fixed_dictionaries(
    {}, optional={"id": json_values | st.text(min_size=1), "text": st.text() | json_values,
                  "html": st.text(), "date": st.text(max_size=12) | json_values,
                  "title": st.text()})
lines = st.one_of(
    documents.map(lambda d: json.dumps(d)),
    st.text(max_size=60).filter(lambda s: "\n" not in s and "\r" not in s),
    st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" ").decode("latin-1")),
)


@SETTINGS
@given(st.lists(lines, min_size=1, max_size=12))
def test_every_jsonl_line_gets_exactly_one_result(batch: list[str]) -> None:
    data = "\n".join(batch) + "\n"
    results = [through_clean(r) for r in
               read_jsonl(io.BytesIO(data.encode("utf-8", "surrogatepass")), origin="t",
                          config=CONFIG)]
    assert len(results) == len(batch)
    assert [r.line for r in results if isinstance(r, Rejection) and r.line] == \
        sorted(r.line for r in results if isinstance(r, Rejection) and r.line)
    check(results)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["a.txt", "b.html", "c", "d.txt.gz", "e.jsonl"]),
                          st.binary(max_size=400)), min_size=1, max_size=5, unique_by=lambda t: t[0]))
def test_random_bytes_files_are_read_or_rejected(tmp_path_factory: object,
                                                 files: list[tuple[str, bytes]]) -> None:
    root: Path = tmp_path_factory.mktemp("hostile")  # type: ignore[attr-defined]
    jsonl_lines = 0
    for name, data in files:
        if name.endswith(".gz"):
            data = gzip.compress(data) if data[:1] != b"x" else data  # some corrupt .gz too
        if name.endswith(".jsonl"):
            jsonl_lines = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
        (root / name).write_bytes(data)
    results = [through_clean(r) for r in iter_inputs([root], config=CONFIG)]
    from_jsonl = [r for r in results if (getattr(r, "origin", None) or getattr(
        getattr(r, "meta", None), "origin", None) or "").endswith(".jsonl")]
    assert len(from_jsonl) == jsonl_lines
    assert len(results) - len(from_jsonl) == sum(1 for n, _ in files if not n.endswith(".jsonl"))
    check(results)


def test_nasty_corpus(tmp_path: Path) -> None:
    """The named nasty inputs of issue 8, each read or rejected with the expected reason."""
    story = "Troops entered the town of Kherson on Friday after heavy shelling, officials said. "
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n ",
        "binary.txt": bytes(range(256)) * 20,
        "invalid-utf8.txt": story.encode() + b"\xff\xfe\xfa bad bytes \xc3\x28 " + story.encode(),
        "cp1256.txt": "قالت وزارة الدفاع إن القوات دخلت المدينة صباح اليوم بعد اشتباكات عنيفة."
                      .encode("cp1256"),
        "latin1.txt": ("Le ministère a annoncé des sanctions contre les dirigeants élus à Genève "
                       "après la réunion des ministres.").encode("latin-1"),
        "utf16.txt": story.encode("utf-16"),
        "nul.txt": story.encode().replace(b" ", b" \x00", 3),
        "huge.txt": b"a " * 150_000,
        "long-line.jsonl": (json.dumps({"id": "long", "text": "word " * 30_000}) + "\n"
                            + json.dumps({"id": "longer", "text": "word " * 60_000})).encode(),
        "no-body.html": b"<html><head><title>Only a title</title></head></html>",
        "nested.html": b"<div>" * 3000 + story.encode() + b"</div>" * 3000,
        "script.html": b"<html><body><script>alert(1)</script><p>" + story.encode() * 2
                       + b"<img src=x onerror=alert(1)></p></body></html>",
        "bomb.txt.gz": gzip.compress(b"A" * 2_000_000),
        "broken.jsonl": b'{"id": "ok", "text": "' + story.encode() + b'"}\n{"id": 1\n\n'
                        b'{"id": [1], "text": "x"}\n{"id": "n"}\n',
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    pairs = [(r, through_clean(r)) for r in iter_inputs([tmp_path], config=CONFIG)]
    results = [out for _, out in pairs]
    got = {(Path(raw.origin or "").name, raw.id, raw.line):
           (out.reason if isinstance(out, Rejection) else "ok") for raw, out in pairs}
    assert got == {
        ("binary.txt", "binary", None): "binary",
        ("blank.txt", "blank", None): "empty",
        ("bomb.txt.gz", "bomb", None): "too_large",
        ("broken.jsonl", "ok", 1): "ok",
        ("broken.jsonl", None, 2): "not_json",
        ("broken.jsonl", None, 3): "empty_line",
        ("broken.jsonl", None, 4): "bad_id",
        ("broken.jsonl", "n", 5): "no_content",
        ("cp1256.txt", "cp1256", None): "not_english",
        ("empty.txt", "empty", None): "empty",
        ("huge.txt", "huge", None): "too_large",
        ("invalid-utf8.txt", "invalid-utf8", None): "ok",
        ("latin1.txt", "latin1", None): "not_english",
        ("long-line.jsonl", "long", 1): "too_large",
        ("long-line.jsonl", None, 2): "too_large",
        ("nested.html", "nested", None): "ok",
        ("no-body.html", "no-body", None): "empty",
        ("nul.txt", "nul", None): "ok",
        ("script.html", "script", None): "ok",
        ("utf16.txt", "utf16", None): "ok",
    }
    assert len(results) == 20
    check(results)
    script = next(r for r in results if isinstance(r, Doc) and r.id == "script")
    assert "alert" not in script.text and "<" not in script.text
