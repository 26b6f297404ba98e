"""Per-document limits: Config.max_input_bytes and max_chars turn an oversized input into a
``too_large`` rejection wherever it comes from; Config.max_seconds turns a document that takes
too long into a ``too_slow`` rejection; a document spaCy refuses does not stop the batch."""

from __future__ import annotations

import gzip
import io
import json
import time
from pathlib import Path
from typing import Any

import pytest

from eventscope.config import Config
from eventscope.doc import Doc, Rejection
from eventscope.ingest import RawDocument, iter_inputs
from eventscope.pipeline import Pipeline

SMALL = Config(max_input_bytes=2_000, max_chars=1_000)
STORY = "Troops entered the town of Kherson on Friday after heavy shelling, officials said. "


def small(pipeline: Any, config: Config = SMALL) -> Pipeline:
    """The session's loaded pipeline under other limits (components are reused as they are)."""
    return Pipeline(config, pipeline.annotator, pipeline.components)


def test_every_way_in_is_bounded_by_the_size_limits(pipeline: Any, tmp_path: Path) -> None:
    files = {
        "fits.txt": STORY.encode(),
        "bytes.txt": (STORY * 30).encode(),                          # 2,520 bytes > 2,000
        "bomb.txt.gz": gzip.compress(b"A" * 100_000),                # tiny file, big inside
        "chars.txt": (STORY * 14).encode(),                          # 1,176 chars > 1,000
        "page.html": (f"<html><body><p>{STORY * 13}</p></body></html>").encode(),
        "lines.jsonl": (json.dumps({"id": "short", "text": STORY}) + "\n"
                        + json.dumps({"id": "long", "text": STORY * 30}) + "\n").encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    stdin = io.BytesIO((STORY * 30).encode())
    results = list(small(pipeline).pipe(iter_inputs([tmp_path, "-"], config=SMALL,
                                                    stdin=stdin)))
    got = {(r.id if isinstance(r, Doc) else r.id or f"line {r.line}"):
           ("ok" if isinstance(r, Doc) else r.reason) for r in results}
    assert got == {"fits": "ok", "bytes": "too_large", "bomb": "too_large",
                   "chars": "too_large", "page": "too_large", "short": "ok",
                   "line 2": "too_large", "stdin": "too_large"}


def test_the_defaults_are_sane() -> None:
    config = Config()
    assert 1_000_000 <= config.max_input_bytes <= 100_000_000
    assert 10_000 <= config.max_chars <= config.max_input_bytes
    assert 1 <= config.max_seconds <= 600


def test_a_document_over_max_seconds_is_rejected_as_too_slow(pipeline: Any) -> None:
    def slow(doc: Doc) -> Doc:
        time.sleep(1.0)
        return doc

    run = Pipeline(Config(max_seconds=0.2), pipeline.annotator, [("slow", slow)])
    [out] = list(run.pipe([RawDocument(id="slow", text=STORY * 2)]))
    assert isinstance(out, Rejection) and out.reason == "too_slow"


class SlowAnnotator:
    """The real annotator, made slow: stands for spaCy on a text of a million characters."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def pipe(self, docs: Any, **kwargs: Any) -> Any:
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: Doc) -> Doc:
        time.sleep(1.0)
        return self.inner(doc)  # type: ignore[no-any-return]


def test_max_seconds_also_bounds_the_spacy_parse(pipeline: Any) -> None:
    slow = SlowAnnotator(pipeline.annotator)
    run = Pipeline(Config(max_seconds=0.2), slow, [])  # type: ignore[arg-type]
    [out] = list(run.pipe([RawDocument(id="slow", text=STORY * 2)]))
    assert isinstance(out, Rejection) and out.reason == "too_slow"
    assert "parsing" in out.error


class SlowOnOne(SlowAnnotator):
    """Slow only on the document whose text starts with 'SLOW'."""

    def __call__(self, doc: Doc) -> Doc:
        if doc.text.startswith("SLOW"):
            time.sleep(1.0)
        return self.inner(doc)  # type: ignore[no-any-return]


def test_one_slow_parse_rejects_only_that_document(pipeline: Any) -> None:
    run = Pipeline(Config(max_seconds=0.3), SlowOnOne(pipeline.annotator), [])  # type: ignore[arg-type]
    out = list(run.pipe([RawDocument(id="a", text=STORY), RawDocument(id="b", text="SLOW " + STORY),
                         RawDocument(id="c", text=STORY)]))
    assert [type(o).__name__ for o in out] == ["Doc", "Rejection", "Doc"]
    assert isinstance(out[1], Rejection) and out[1].reason == "too_slow"


def test_a_document_spacy_refuses_is_rejected_and_the_batch_goes_on(
        pipeline: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.annotator.nlp, "max_length", 3_000)
    run = small(pipeline, Config(max_chars=10_000))
    out = list(run.pipe([RawDocument(id="long", text=STORY * 50),  # 4,150 chars
                         RawDocument(id="short", text=STORY)]))
    assert [type(o).__name__ for o in out] == ["Rejection", "Doc"]
    assert isinstance(out[0], Rejection) and out[0].reason in ("pipeline_error", "too_large")
