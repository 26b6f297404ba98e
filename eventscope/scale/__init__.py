"""Scale: every core of one machine (:mod:`.processes`) and a Dask cluster (:mod:`.dask`).

Both run the same :class:`~eventscope.pipeline.Pipeline` over batches of documents and give
the same results as the single-process path, in input order.
"""

from .processes import effective_processes, pipe_processes

__all__ = ["effective_processes", "pipe_processes"]
