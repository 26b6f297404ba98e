"""Ingest: read inputs (text, HTML, JSONL, .gz, directories, stdin) into RawDocuments.

Every input comes out as a :class:`RawDocument` for the clean stage or as a
:class:`~eventscope.doc.Rejection` whose ``reason`` is one of :data:`REJECTION_REASONS`;
nothing here raises for a bad input and nothing is dropped.

>>> import io
>>> from eventscope.config import Config
>>> [r.id for r in read_jsonl(io.StringIO('{"id": 7, "text": "Hi"}'), origin="-", config=Config())]
['7']
"""

from .decode import decode_bytes
from .files import iter_inputs, read_file, read_stdin, sniff_format
from .jsonl import read_jsonl
from .reasons import REJECTION_REASONS
from .records import RawDocument
from .sample import sample_dir, sample_paths

__all__ = ["RawDocument", "iter_inputs", "read_jsonl", "read_file", "read_stdin", "decode_bytes",
           "sniff_format", "sample_paths", "sample_dir", "REJECTION_REASONS"]
