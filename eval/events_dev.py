"""Run the whole pipeline over an events gold file and score it with the reference scorer.

    python eval/events_dev.py ../shared/eval/events/plover_gsr_dev.jsonl [-o out.jsonl]

Gold fields (``gold_*``) are stripped before extraction; the output holds one contract line
per gold line, and ``score.py plover``, ``penta`` and ``actors`` are run on it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import eventscope
from eventscope.ingest.records import RawDocument

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def run(gold: Path, out: Path) -> float:
    """Extract every document of ``gold`` into ``out``; returns documents per second."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    raws = [RawDocument(id=r["id"], text=r.get("text"), html=r.get("html"), date=r.get("date"),
                        title=r.get("title"), url=r.get("url")) for r in rows]
    nlp = eventscope.load()
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for res in nlp.pipe(raws):
            d = res.to_dict()
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return len(rows) / max(time.perf_counter() - t0, 1e-9)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("-o", "--out", type=Path, default=None)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--kinds", default="plover,penta,actors")
    args = ap.parse_args(argv)
    out = args.out or Path("/tmp") / (args.gold.stem + ".out.jsonl")
    dps = run(args.gold, out)
    print(f"{args.gold.name}: {dps:.1f} docs/s -> {out}", file=sys.stderr)
    for kind in args.kinds.split(","):
        res = subprocess.run([sys.executable, str(args.scorer), kind, str(args.gold), str(out)],
                             capture_output=True, text=True, check=False)
        try:
            summary = json.loads(res.stdout)["summary"]
        except (ValueError, KeyError):
            print(f"== {kind}\n{res.stdout.strip() or res.stderr.strip()}")
            continue
        print(f"== {kind}: " + json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
