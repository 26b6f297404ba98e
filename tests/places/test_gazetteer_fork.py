"""A forked worker gets its own SQLite connection to the gazetteer, never the parent's."""

from __future__ import annotations

import multiprocessing as mp
import sys

import pytest

from eventscope.places.gazetteer import Gazetteer


def _child(gaz: Gazetteer, parent_con_id: int, out: mp.Queue[tuple[bool, int]]) -> None:
    found = gaz.candidates("Homs")
    out.put((bool(found), id(gaz.con) != parent_con_id))


@pytest.mark.skipif(sys.platform == "win32", reason="fork is POSIX only")
def test_forked_worker_reopens_the_connection(small_gazetteer: Gazetteer) -> None:
    assert small_gazetteer.candidates("Homs"), "the fixture gazetteer should know Homs"
    parent_con = small_gazetteer.con
    ctx = mp.get_context("fork")
    queue: mp.Queue[tuple[bool, int]] = ctx.Queue()
    proc = ctx.Process(target=_child, args=(small_gazetteer, id(parent_con), queue))
    proc.start()
    found, reopened = queue.get(timeout=60)
    proc.join(timeout=60)
    assert found and reopened
    assert small_gazetteer.con is parent_con  # the parent keeps its own
