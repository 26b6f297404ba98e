"""The batch runners: a document the store refuses is recorded as rejected, the run goes on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventscope.batch import ingest, store_result
from eventscope.doc import Doc, Rejection
from eventscope.errors import StoreError

STORY = ("Rebels attacked an army checkpoint near Goma on Sunday, killing four soldiers, "
         "the army said.")


class RefusingStore:
    """A store double that refuses the first document and keeps everything else."""

    def __init__(self) -> None:
        self.docs: list[Doc] = []
        self.rejections: list[Rejection] = []

    def has(self, content_hash: str) -> bool:
        return False

    def add(self, doc: Doc, *, content_hash: str) -> bool:
        if not self.docs and not self.rejections:
            raise StoreError("offsets do not match the text")
        self.docs.append(doc)
        return True

    def add_rejection(self, rejection: Rejection) -> None:
        self.rejections.append(rejection)


def test_store_error_becomes_a_rejection_and_the_run_goes_on(pipeline: Any,
                                                              tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(STORY.replace("four", "four" if name == "a" else "five"))
    store = RefusingStore()
    report = ingest(pipeline, [str(tmp_path)], store)
    assert report.processed == 1 and report.rejected == 1
    assert store.rejections[0].reason == "pipeline_error"
    assert "offsets" in store.rejections[0].error
    assert len(store.docs) == 1


class _RefusingStore:
    """A store that refuses every document, as a full disk or a locked database would."""

    def __init__(self) -> None:
        self.rejections: list[Rejection] = []

    def add(self, doc: Doc, *, content_hash: str) -> bool:
        raise StoreError("database is locked")

    def add_rejection(self, rejection: Rejection) -> None:
        self.rejections.append(rejection)


def test_store_result_turns_a_refused_document_into_a_rejection() -> None:
    store = _RefusingStore()
    doc = Doc(id="d1", text="Rebels shelled the town.")
    filed, new = store_result(store, doc, "abc")
    assert isinstance(filed, Rejection) and new
    assert filed.reason == "pipeline_error" and "locked" in filed.error
    assert store.rejections == [filed] and filed.content_hash == "abc"
