"""The catalogue of rejection reasons: every Rejection's ``reason`` is one of these codes.

Rejections are counted by reason in reports and the store, so the codes are stable: add new
ones, never rename. Ingest produces the first group, clean the second, the pipeline the last.

>>> REJECTION_REASONS["empty_line"]
'a blank line in a JSONL input (the batch contract still answers it with one output line)'
"""

from __future__ import annotations

REJECTION_REASONS: dict[str, str] = {
    # ingest: reading files, streams and JSONL lines
    "empty_line": "a blank line in a JSONL input (the batch contract still answers it with one "
                  "output line)",
    "not_json": "a JSONL line that is not valid JSON",
    "not_object": "a JSONL line that is valid JSON but not an object",
    "missing_id": "a JSONL object without an 'id'",
    "bad_id": "an 'id' that is not a non-empty string (integers are accepted and turned into "
              "strings)",
    "no_content": "a JSONL object with neither 'text' nor 'html'",
    "bad_field": "a field with the wrong type ('text', 'html', 'date', 'title', 'url', 'source' "
                 "must be strings or null), or an unreadable .meta.json sidecar",
    "too_large": "an input over Config.max_input_bytes (also the decompressed size of a .gz: the "
                 "zip-bomb guard), or a cleaned text over Config.max_chars",
    "binary": "bytes that are not text (an image, PDF, archive, executable or other binary data)",
    "bad_gzip": "a .gz file that is corrupt or truncated",
    "not_found": "a path that does not exist",
    "unreadable": "a path that exists but could not be read (permissions, I/O error)",
    # watch: fetching pages over HTTP
    "robots_disallowed": "a URL the site's robots.txt forbids eventscope to fetch",
    "http_error": "a URL that answered with an HTTP error other than 404/410 (404/410 are "
                  "not_found), after any retries",
    "fetch_failed": "a URL that could not be fetched at all (timeout, connection refused, not "
                    "http(s)), after its retries",
    # clean: turning a raw document into clean story text
    "empty": "a document with no text at all (empty, whitespace only, or HTML without a body)",
    "too_short": "a document with fewer than Config.min_chars letters after cleaning",
    "not_english": "a document in a language not in Config.languages",
    "clean_error": "an unexpected failure while cleaning (a bug: please report it with the input)",
    # pipeline
    "pipeline_error": "a pipeline component failed on this document (a bug: please report it)",
    "too_slow": "a document whose processing took longer than Config.max_seconds (rejected "
                "whole, never half-processed)",
    "invalid_input": "an input rejected without a more specific reason",
}


def check_reason(code: str) -> str:
    """Return ``code`` if it is in the catalogue, else raise ValueError naming the known codes."""
    if code not in REJECTION_REASONS:
        raise ValueError(f"Unknown rejection reason {code!r}. Known: {', '.join(REJECTION_REASONS)}")
    return code


__all__ = ["REJECTION_REASONS", "check_reason"]
