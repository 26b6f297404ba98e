"""read_jsonl: one result per line, in order; every bad line becomes a Rejection with a reason."""

from __future__ import annotations

import io

import pytest

from eventscope.config import Config
from eventscope.doc import Rejection
from eventscope.ingest import REJECTION_REASONS, RawDocument, read_jsonl


def read(text: str | bytes, **config: int) -> list[RawDocument | Rejection]:
    stream: io.StringIO | io.BytesIO = io.StringIO(text) if isinstance(text, str) else io.BytesIO(text)
    return list(read_jsonl(stream, origin="test.jsonl", config=Config().with_(**config)))


def test_good_line_carries_every_field() -> None:
    [doc] = read('{"id": "a", "text": "Iran sent troops.", "date": "2020-03-12", "title": "T", '
                 '"url": "https://x.invalid/a", "source": "S", "gold_places": []}\n')
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.text, doc.date, doc.title, doc.url, doc.source) == (
        "a", "Iran sent troops.", "2020-03-12", "T", "https://x.invalid/a", "S")
    assert (doc.origin, doc.line) == ("test.jsonl", 1)


def test_html_only_line_is_accepted() -> None:
    [doc] = read('{"id": "h", "html": "<p>Hello</p>"}')
    assert isinstance(doc, RawDocument) and doc.html == "<p>Hello</p>" and doc.text is None


def test_integer_id_is_coerced_to_string() -> None:
    [doc] = read('{"id": 42, "text": "x"}')
    assert isinstance(doc, RawDocument) and doc.id == "42"


@pytest.mark.parametrize("line, reason, doc_id", [
    ("", "empty_line", None),
    ("   \t", "empty_line", None),
    ('{"id": "a", "text": "unterminated', "not_json", None),
    ("not json at all", "not_json", None),
    ("[" * 100_000 + "]" * 100_000, "not_json", None),
    ('{"id": ' + "9" * 5000 + ', "text": "x"}', "not_json", None),
    ('["a", "b"]', "not_object", None),
    ('"just a string"', "not_object", None),
    ("42", "not_object", None),
    ('{"text": "no id here"}', "missing_id", None),
    ('{"id": null, "text": "x"}', "missing_id", None),
    ('{"id": 1.5, "text": "x"}', "bad_id", None),
    ('{"id": true, "text": "x"}', "bad_id", None),
    ('{"id": ["a"], "text": "x"}', "bad_id", None),
    ('{"id": "", "text": "x"}', "bad_id", None),
    ('{"id": "\\ud800", "text": "x"}', "bad_id", None),
    ('{"id": "a"}', "no_content", "a"),
    ('{"id": "a", "text": null, "html": null}', "no_content", "a"),
    ('{"id": "a", "text": 5}', "bad_field", "a"),
    ('{"id": "a", "text": "x", "date": 20200312}', "bad_field", "a"),
    ('{"id": "a", "text": "x", "title": ["t"]}', "bad_field", "a"),
    ('{"id": "a", "html": {"p": 1}}', "bad_field", "a"),
])
def test_bad_line_is_rejected_with_its_reason(line: str, reason: str, doc_id: str | None) -> None:
    [rej] = read(line + "\n")
    assert isinstance(rej, Rejection)
    assert (rej.reason, rej.id, rej.line) == (reason, doc_id, 1)
    assert rej.reason in REJECTION_REASONS
    assert rej.error.startswith("line 1: ")


def test_one_result_per_line_in_order_with_line_numbers() -> None:
    text = '{"id": "a", "text": "x"}\n\nnope\n{"id": "b", "text": "y"}\n'
    out = read(text)
    assert [type(o).__name__ for o in out] == ["RawDocument", "Rejection", "Rejection",
                                               "RawDocument"]
    assert [o.line for o in out] == [1, 2, 3, 4]
    assert [o.id for o in out] == ["a", None, None, "b"]


def test_last_line_without_newline_and_crlf_endings() -> None:
    out = read(b'{"id": "a", "text": "x"}\r\n{"id": "b", "text": "y"}')
    assert [o.id for o in out] == ["a", "b"]
    assert all(isinstance(o, RawDocument) for o in out)


def test_utf8_bom_on_first_line_is_ignored() -> None:
    [doc] = read('\ufeff{"id": "a", "text": "x"}\n'.encode("utf-8"))
    assert isinstance(doc, RawDocument) and doc.id == "a"


def test_line_in_another_encoding_is_decoded_not_rejected() -> None:
    [doc] = read('{"id": "a", "text": "Le minist\u00e8re a d\u00e9menti."}\n'.encode("cp1252"))
    assert isinstance(doc, RawDocument) and doc.text == "Le minist\u00e8re a d\u00e9menti."


def test_line_over_max_input_bytes_is_rejected_and_the_next_line_still_read() -> None:
    long_line = '{"id": "big", "text": "' + "a" * 5000 + '"}\n'
    for data in (long_line + '{"id": "b", "text": "y"}\n',
                 (long_line + '{"id": "b", "text": "y"}\n').encode()):
        out = read(data, max_input_bytes=1000)
        assert isinstance(out[0], Rejection) and out[0].reason == "too_large" and out[0].line == 1
        assert isinstance(out[1], RawDocument) and out[1].id == "b" and out[1].line == 2


def test_plain_iterable_of_lines_is_accepted() -> None:
    out = list(read_jsonl(['{"id": "a", "text": "x"}\n', "\n"], origin="-", config=Config()))
    assert [type(o).__name__ for o in out] == ["RawDocument", "Rejection"]


def test_every_reason_code_is_documented() -> None:
    assert all(isinstance(v, str) and len(v) > 10 for v in REJECTION_REASONS.values())
