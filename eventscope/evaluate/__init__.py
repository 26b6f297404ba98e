"""Evaluation as a feature: score eventscope output against annotated documents.

``evaluate(kind, gold_path, predictions)`` computes every figure of the reference scorer
(``score.py`` in the shared eval folder) and agrees with it; ``format_report`` prints it;
``run_pipeline`` produces the predictions with a loaded pipeline. The CLI's
``eventscope evaluate places|events|actors|factuality GOLD.jsonl [--predictions OUT.jsonl]``
calls these.

>>> from eventscope.evaluate import evaluate, format_report      # doctest: +SKIP
>>> print(format_report("places", evaluate("places", "lgl.jsonl", "out.jsonl")))  # doctest: +SKIP
"""

from .api import KINDS, canonical_kind, evaluate, evaluate_records, event_parts
from .records import read_gold, read_jsonl, strip_gold
from .report import format_report
from .run import raw_document, run_pipeline

__all__ = ["KINDS", "canonical_kind", "evaluate", "evaluate_records", "event_parts",
           "format_report", "raw_document", "read_gold", "read_jsonl", "run_pipeline",
           "strip_gold"]
