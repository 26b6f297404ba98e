"""Ingest N synthetic documents into a database, one line on stdout after each commit.

Run by test_store_crash.py, which kills it with SIGKILL part-way and checks the database.
Usage: python ingest_many.py DB N [EVENTS_PER_DOC]
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_docs import content_hash, make_seed_doc  # noqa: E402

from eventscope.store import Store  # noqa: E402


def main() -> None:
    db, n = sys.argv[1], int(sys.argv[2])
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    with Store(db) as store:
        for i in range(n):
            doc = make_seed_doc(f"doc{i}")
            doc.events = [replace(e, event_id=f"doc{i}:e{k * 3 + j}")
                          for k in range(copies) for j, e in enumerate(doc.events)]
            added = store.add(doc, content_hash=content_hash(doc))
            print(f"{'stored' if added else 'skipped'} {i}", flush=True)


if __name__ == "__main__":
    main()
