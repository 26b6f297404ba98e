"""Ingest N synthetic documents into a database, one line on stdout after each commit.

Run by test_store_crash.py, which kills it with SIGKILL part-way and checks the database.
Usage: python ingest_many.py DB N [EVENTS_PER_DOC_COPIES] [DIE_IN_DOC]

With DIE_IN_DOC=k the process SIGKILLs itself while writing document k, after its document
row and places are written and before its events are: the worst moment to die.
"""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_docs import content_hash, make_seed_doc  # noqa: E402

from eventscope.doc import Doc  # noqa: E402
from eventscope.store import Store, writer  # noqa: E402


def die_while_writing(doc_id: str) -> None:
    real = writer.insert_events

    def insert_events(conn: Any, doc: Doc, document_id: int) -> None:
        if doc.id == doc_id:
            os.kill(os.getpid(), signal.SIGKILL)
        real(conn, doc, document_id)

    writer.insert_events = insert_events


def main() -> None:
    db, n = sys.argv[1], int(sys.argv[2])
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    if len(sys.argv) > 4:
        die_while_writing(f"doc{sys.argv[4]}")
    docs = []
    for i in range(n):
        doc = make_seed_doc(f"doc{i}")
        doc.events = [replace(e, event_id=f"doc{i}:e{k * 3 + j}")
                      for k in range(copies) for j, e in enumerate(doc.events)]
        docs.append(doc)
    with Store(db) as store:
        for i, doc in enumerate(docs):
            added = store.add(doc, content_hash=content_hash(doc))
            print(f"{'stored' if added else 'skipped'} {i}", flush=True)


if __name__ == "__main__":
    main()
