"""The pipeline: clean -> annotate (spaCy) -> places -> actors -> events, over one or many docs.

Load it once, then call it on a text or stream many documents through it::

    >>> import eventscope
    >>> nlp = eventscope.load()                                   # doctest: +SKIP
    >>> doc = nlp("Iran sent troops to Abu Kamal.", date="2020-03-12")  # doctest: +SKIP
    >>> [e.plover_type for e in doc.events]                       # doctest: +SKIP
    ['MOBILIZE']

Every input comes out either as a :class:`~eventscope.doc.Doc` or as a
:class:`~eventscope.doc.Rejection` with its reason, in input order: nothing is dropped.
"""

from __future__ import annotations

import importlib
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from . import registry
from .annotate import Annotator
from .clean import clean_document
from .config import Config
from .doc import Doc, Rejection
from .errors import ConfigError, InputError
from .ingest.records import RawDocument

Component = Callable[[Doc], Doc]

# Importing a stage registers its component factory; nothing else happens at import.
_STAGE_MODULES = ("eventscope.places", "eventscope.actors", "eventscope.events")


def _register_stages() -> None:
    for mod in _STAGE_MODULES:
        importlib.import_module(mod)


class Pipeline:
    """A loaded spaCy model plus the eventscope components, applied in order."""

    def __init__(self, config: Config, annotator: Annotator,
                 components: list[tuple[str, Component]]) -> None:
        self.config = config
        self.annotator = annotator
        self.components = components

    @property
    def component_names(self) -> list[str]:
        return [name for name, _ in self.components]

    def __call__(self, text: str, *, date: str | None = None, id: str = "doc",
                 title: str | None = None, url: str | None = None,
                 source: str | None = None, html: bool = False) -> Doc:
        """Process one text (or HTML page with ``html=True``); raises InputError if rejected."""
        raw = RawDocument(id=id, text=None if html else text, html=text if html else None,
                          date=date, title=title, url=url, source=source)
        return self.process(raw)

    def process(self, raw: RawDocument) -> Doc:
        """Clean, annotate and extract one raw document; raises :class:`InputError`."""
        out = next(iter(self.pipe([raw], batch_size=1)))
        if isinstance(out, Rejection):
            raise InputError(out.error, reason=out.reason)
        return out

    def pipe(self, items: Iterable[RawDocument | Rejection], *,
             batch_size: int | None = None, n_process: int = 1) -> Iterator[Doc | Rejection]:
        """Stream documents through the pipeline in batches, yielding one result per input.

        Rejections coming in (from ingest) pass through in place, so output order is input order.
        ``n_process`` > 1 runs batches in that many worker processes (0 or less: every core),
        still in input order; the batch runners pass ``Config.n_process``.
        """
        size = batch_size or self.config.batch_size
        if n_process != 1:
            from .scale.processes import effective_processes, pipe_processes

            n = effective_processes(n_process)
            if n > 1:
                yield from pipe_processes(self, items, n_process=n, batch_size=size)
                return
        it = iter(items)
        while batch := list(islice(it, size)):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[RawDocument | Rejection]) -> list[Doc | Rejection]:
        results: list[Doc | Rejection] = []
        to_parse: list[int] = []
        for item in batch:
            if isinstance(item, Rejection):
                results.append(item)
                continue
            try:
                doc = clean_document(item, self.config)
            except InputError as e:
                results.append(Rejection(id=item.id, error=str(e), reason=e.reason,
                                         line=item.line, origin=item.origin,
                                         content_hash=item.content_hash))
                continue
            results.append(doc)
            to_parse.append(len(results) - 1)
        docs = [results[i] for i in to_parse]
        parsed: list[Doc | Rejection]
        try:
            # the whole batch gets the sum of its documents' budgets ...
            with time_limit(self.config.max_seconds * len(docs)):
                parsed = list(self.annotator.pipe(docs))  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - ... and on a refusal or timeout each doc its own
            parsed = [self._annotate_one(d) for d in docs]  # type: ignore[arg-type]
        for i, doc in zip(to_parse, parsed):
            results[i] = doc if isinstance(doc, Rejection) else self._extract(doc)
        return results

    def _annotate_one(self, doc: Doc) -> Doc | Rejection:
        """Parse one document under its own time budget; a refusal or timeout rejects it."""
        try:
            with time_limit(self.config.max_seconds):
                return self.annotator(doc)
        except DocumentTimeout:
            return self._too_slow(doc, "parsing")
        except Exception as e:  # noqa: BLE001
            return Rejection(id=doc.id, reason="pipeline_error", origin=doc.meta.origin,
                             error=f"spaCy could not parse the document: {type(e).__name__}: {e}")

    def _too_slow(self, doc: Doc, stage: str) -> Rejection:
        return Rejection(
            id=doc.id, reason="too_slow", origin=doc.meta.origin,
            error=f"{stage} took longer than max_seconds={self.config.max_seconds}; "
                  "raise Config.max_seconds to allow it")

    def _extract(self, doc: Doc) -> Doc | Rejection:
        with time_limit(self.config.max_seconds):
            try:
                return self._run_components(doc)
            except DocumentTimeout:
                return self._too_slow(doc, "extraction")

    def _run_components(self, doc: Doc) -> Doc | Rejection:
        for name, component in self.components:
            try:
                out = component(doc)
            except DocumentTimeout:
                raise
            except Exception as e:  # noqa: BLE001 - one bad document must not stop a run
                where = traceback.extract_tb(e.__traceback__)[-1]
                return Rejection(
                    id=doc.id, reason="pipeline_error", origin=doc.meta.origin,
                    error=f"component {name} failed: {type(e).__name__}: {e} "
                          f"({where.filename.rsplit('/', 1)[-1]}:{where.lineno})")
            if not isinstance(out, Doc):
                raise ConfigError(f"Component {name} returned {type(out).__name__}, not a Doc.")
            doc = out
        doc.parsed = None
        return doc


class DocumentTimeout(Exception):
    """Raised inside a component when a document's time budget (max_seconds) is spent."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (Unix main thread only; elsewhere no limit)."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise DocumentTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def load(config: Config | None = None, *, nlp: Any | None = None) -> Pipeline:
    """Load the spaCy model and build every component named in ``config.components``.

    Pass ``nlp`` to reuse an already loaded spaCy pipeline.
    """
    config = config or Config.from_env()
    _register_stages()
    annotator = Annotator(config, nlp=nlp)
    comps: list[tuple[str, Component]] = []
    for name in config.components:
        factory = registry.components.get(name)
        comps.append((name, factory(config)))
    return Pipeline(config, annotator, comps)


__all__ = ["Pipeline", "load"]
