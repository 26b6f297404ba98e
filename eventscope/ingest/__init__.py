"""Ingest: read inputs (text, HTML, JSONL, .gz, directories, stdin) into RawDocuments."""

from .records import RawDocument

__all__ = ["RawDocument"]
