"""The Dutch spaCy pipeline and the Presidio NLP engine on top of it. Never downloads anything.

The statistical part (PER/ORG NER) is our own pipeline in ``models/nl_woo``; when it is absent
the engine still works on rules and lists, with a warning. A blank Dutch pipeline has no
lemmas, and Presidio matches context words on lemmas, so we set each lemma to the lower-cased
token text (cheap, no downloaded tables).
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from redaction.paths import ner_pipeline_dir

logger = logging.getLogger(__name__)

LANGUAGE = "nl"
LOWER_LEMMA_COMPONENT = "woo_lower_lemma"
# We feed spaCy paragraphs, not whole books; the limit only guards against pathological input.
MAX_TEXT_LENGTH = 5_000_000

# Labels of our NER model (and of common Dutch corpora) mapped onto Presidio entities.
NER_ENTITY_MAPPING: dict[str, str] = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "LOC": "LOCATION",
}


class ModelMissingWarning(UserWarning):
    """The statistical name model is absent: names are found by rules and lists only."""


@Language.component(LOWER_LEMMA_COMPONENT)
def lower_lemma(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def load_dutch_pipeline(path: Path | None = None, *, strings: bool = True) -> Language:
    """Load our Dutch pipeline from ``path`` (default ``models/nl_woo``) or fall back to blank Dutch.

    ``strings=False`` leaves out the saved vocabulary's strings (the engine's load): the pipeline
    then finds the same entities, but saved again it would lose them."""
    path = path if path is not None else ner_pipeline_dir()
    if (path / "meta.json").is_file():
        # spaCy builds the language's default tokenizer and then reads the saved one over it, adding
        # the same ~9,000 special cases twice (half a second of `woo analyze`'s cold start). Ours is
        # the default: the saved one is read only when its bytes differ (a 4 ms comparison).
        # The saved strings (some 100,000 words of the training texts) only turn hashes back into
        # text: the model reads features by their hashes, and the tokenizer adds the string of
        # every word it meets. Unread, they spare each process of `woo analyze --jobs N` their
        # memory (the fork shares pages, but every process counts them in its resident size).
        nlp = spacy.load(path, exclude=["tokenizer"] if strings else ["tokenizer", "strings"])
        saved = path / "tokenizer"
        if saved.is_file() and saved.read_bytes() != nlp.tokenizer.to_bytes(exclude=["vocab"]):
            nlp.tokenizer.from_disk(saved, exclude=["vocab"])
    else:
        warnings.warn(
            f"Dutch name model not found at {path}: names are detected by rules and lists only "
            "(recall on unstructured names is lower). Run `make model` to build it.",
            ModelMissingWarning,
            stacklevel=2,
        )
        nlp = spacy.blank(LANGUAGE)
    if "lemmatizer" not in nlp.pipe_names and LOWER_LEMMA_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LOWER_LEMMA_COMPONENT, last=True)
    nlp.max_length = MAX_TEXT_LENGTH
    _multiply_with_numpy(nlp)
    return nlp


@cache
def _numpy_blas() -> tuple[Any, ...] | None:
    """Handles on the BLAS library numpy uses (threadpoolctl's), or None when threadpoolctl is
    absent. Looked up once per process: the look-up walks the loaded libraries (a few ms)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return tuple(ThreadpoolController().select(user_api="blas").lib_controllers)


@contextmanager
def _one_blas_thread(libraries: tuple[Any, ...]) -> Iterator[None]:
    saved = [lib.get_num_threads() for lib in libraries]
    for lib in libraries:
        lib.set_num_threads(1)
    try:
        yield
    finally:
        for lib, threads in zip(libraries, saved, strict=True):
            lib.set_num_threads(threads)


def model_threads() -> AbstractContextManager[None]:
    """Wrap every run of the name model in this: numpy's BLAS then does its products on one thread.

    The engine spreads documents over processes, one per core (``--jobs``); a BLAS library that
    also starts a thread per core in each of them only makes the threads wait on each other (on 2
    cores, 2 workers: 4.6x the processor time for the same products). Setting the count is a
    call into the library (microseconds); it is restored after, for whatever else the process does.
    """
    libraries = _numpy_blas()
    return _one_blas_thread(libraries) if libraries else nullcontext()


def _multiply_with_numpy(nlp: Language) -> None:
    """Let the name model's matrix products go through numpy instead of thinc's bundled BLIS.

    The BLIS that thinc's wheel bundles picks its generic kernel on processors it does not know
    (an AMD EPYC here: "selecting sub-configuration 'generic'"), about 3x slower per product than
    the BLAS numpy ships, which detects the processor. Only where the thread count of numpy's BLAS
    can be held at one (``model_threads``): unlimited, its threads cost more than BLIS's kernel.
    The parser's own per-step products stay in thinc's Cython code.
    """
    if not _numpy_blas():
        return
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for name in ("tok2vec", "ner"):
        if name in nlp.pipe_names:
            model = getattr(nlp.get_pipe(name), "model", None)
            for layer in model.walk() if model is not None else ():
                layer.ops = ops


class DutchNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over an already-built pipeline.

    Presidio's own ``load`` resolves a model *name* and downloads it when missing; we hand it the
    pipeline object instead, so no code path can reach the network.
    """

    def __init__(self, nlp: Language) -> None:
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": "nl_woo"}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=NER_ENTITY_MAPPING,
                labels_to_ignore=["MISC"],
                default_score=0.85,
            ),
        )
        self.nlp = {LANGUAGE: nlp}

    def load(self) -> None:  # pragma: no cover - nothing to load, see class docstring
        return None
