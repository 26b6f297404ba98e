"""Dask partitions of local JSONL: cut at line ends, lines numbered as in the file, about
PARTITIONS_PER_WORKER per worker by default; read on the worker as bytes, like the local path."""

from __future__ import annotations

import gzip
import json
from itertools import pairwise
from pathlib import Path

import pytest

from eventscope.config import Config
from eventscope.doc import Rejection
from eventscope.scale import dask_engine
from eventscope.scale.dask_engine import (
    MIN_BLOCKSIZE,
    PARTITIONS_PER_WORKER,
    auto_blocksize,
    jsonl_blocks,
    process_block,
)


def write_lines(path: Path, n: int, width: int = 300) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"id": f"d{i}", "text": "x" * width}) + "\n" for i in range(n))
    return path


def test_blocks_cover_the_file_at_line_ends(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "a.jsonl", 50)
    data = path.read_bytes()
    blocks = jsonl_blocks(str(path), 2000)
    assert len(blocks) > 5
    assert blocks[0][0] == 0 and blocks[-1][1] == len(data)
    for (_, end, _), (start, _, _) in pairwise(blocks):
        assert end == start and data[end - 1:end] == b"\n"
    for start, _, first in blocks:  # the first line of each block is numbered as in the file
        assert data[:start].count(b"\n") + 1 == first


def test_no_blocksize_or_gz_is_one_partition(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "a.jsonl", 20)
    assert jsonl_blocks(str(path), None) == [(0, path.stat().st_size, 1)]
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()))
    assert len(jsonl_blocks(str(gz), 100)) == 1


def test_auto_blocksize_gives_partitions_for_every_worker(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "big.jsonl", 2000)  # ~630 kB
    size = auto_blocksize([str(path)], workers=2)
    assert size is not None and size >= MIN_BLOCKSIZE
    n = len(jsonl_blocks(str(path), size))
    assert PARTITIONS_PER_WORKER * 2 <= n <= PARTITIONS_PER_WORKER * 2 + 1
    small = write_lines(tmp_path / "small.jsonl", 10)
    assert len(jsonl_blocks(str(small), auto_blocksize([str(small)], 2))) == 1
    assert auto_blocksize([str(tmp_path / "missing.jsonl"), "s3://bucket/x.jsonl"], 2) is None


def test_a_later_partition_numbers_its_lines_as_in_the_file(
        pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    config = Config.from_env()
    monkeypatch.setitem(dask_engine._PIPELINES, config, pipeline)
    path = tmp_path / "b.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": "Troops were sent to Kherson on Tuesday."})
             for i in range(6)]
    lines[4] = "{broken"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    blocks = jsonl_blocks(str(path), 100)
    assert len(blocks) > 2
    got = [r for b in blocks for r, _ in process_block(str(path), *b, config)]
    assert [getattr(r, "id", None) for r in got] == ["d0", "d1", "d2", "d3", None, "d5"]
    bad = got[4]
    assert isinstance(bad, Rejection) and bad.line == 5 and "line 5" in bad.error
