"""Throughput of the whole pipeline against bare spaCy on the same documents, same process.

    python eval/bench.py                      # the bundled sample, repeated
    python eval/bench.py --input ../shared/eval/events/plover_gsr_dev.jsonl

Writes eval/out/bench.json: docs/s of eventscope and of bare ``en_core_web_sm`` (``nlp.pipe``),
their ratio (machine-independent), events/s and the share of time per stage.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

import eventscope
from eventscope.ingest import iter_inputs
from eventscope.ingest.records import RawDocument


def load_inputs(path: str | None, config: eventscope.Config) -> list[RawDocument]:
    if path is None:
        from eventscope.ingest import sample_paths

        items = iter_inputs([str(p) for p in sample_paths()], config=config)
    else:
        items = iter_inputs([path], config=config)
    return [r for r in items if isinstance(r, RawDocument)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--input", default=None, help="a file or directory; default: the sample")
    ap.add_argument("--repeat", type=int, default=20, help="passes over a small input")
    ap.add_argument("--out", default="eval/out/bench.json")
    args = ap.parse_args()

    nlp = eventscope.load()
    raws = load_inputs(args.input, nlp.config)
    if len(raws) < 200:
        raws = raws * max(1, args.repeat)
    # bare spaCy on the same cleaned texts
    list(nlp.pipe(raws[:2]))  # warm-up: lazy loads (gazetteer, registry) happen here
    from eventscope.clean import clean_document

    texts = []
    for r in raws:
        try:
            texts.append(clean_document(r, nlp.config).text)
        except eventscope.InputError:
            pass
    spacy_nlp = nlp.annotator.nlp
    t0 = time.perf_counter()
    for _ in spacy_nlp.pipe(texts, batch_size=nlp.config.batch_size):
        pass
    spacy_s = time.perf_counter() - t0

    # the whole pipeline, with time per component
    stage_s: dict[str, float] = defaultdict(float)
    timed = []
    for name, comp in nlp.components:
        def wrap(doc, comp=comp, name=name):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            out = comp(doc)
            stage_s[name] += time.perf_counter() - t
            return out
        timed.append((name, wrap))
    nlp.components = timed
    t0 = time.perf_counter()
    n_events = n_docs = 0
    for out in nlp.pipe(raws):
        n_docs += 1
        if isinstance(out, eventscope.Doc):
            n_events += len(out.events)
    total_s = time.perf_counter() - t0
    stage_s["clean+spacy"] = total_s - sum(stage_s.values())

    result = {
        "input": args.input or "bundled sample",
        "docs": n_docs,
        "events": n_events,
        "eventscope_docs_per_s": round(n_docs / total_s, 2),
        "eventscope_events_per_s": round(n_events / total_s, 2),
        "bare_spacy_docs_per_s": round(len(texts) / spacy_s, 2),
        "ratio_to_bare_spacy": round((n_docs / total_s) / (len(texts) / spacy_s), 3),
        "share_of_time": {k: round(v / total_s, 3) for k, v in sorted(stage_s.items())},
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
