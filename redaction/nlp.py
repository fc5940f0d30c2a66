"""The Dutch spaCy pipeline and the Presidio NLP engine on top of it. Never downloads anything.

The statistical part (PER/ORG NER) is our own pipeline in ``models/nl_woo``; when it is absent
the engine still works on rules and lists, with a warning. A blank Dutch pipeline has no
lemmas, and Presidio matches context words on lemmas, so we set each lemma to the lower-cased
token text (cheap, no downloaded tables).
"""

from __future__ import annotations

import logging
import re
import types
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import cache
from pathlib import Path
from typing import Any

import spacy
import srsly
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language
from spacy.tokenizer import Tokenizer
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


# spaCy's own tokenizer factory, the one our saved pipeline names; and ours, which is that tokenizer
# with its special cases added as texts need them (see LazySpecialCases).
SPACY_TOKENIZER = "spacy.Tokenizer.v1"
LAZY_TOKENIZER = "woo.LazySpecialCasesTokenizer.v1"


class LazySpecialCases:
    """spaCy's tokenizer for the language's defaults, its special cases added as the texts need them.

    Building the Dutch tokenizer adds some 4,700 special cases ("bijv.", "t.a.v.", emoticons), each
    with its lexemes and, for most, a pattern in a phrase matcher: half a second, a quarter of the
    cold start of ``woo analyze`` on one letter, which meets a handful of them. A special case can
    only change the tokens of a text that holds it: the tokenizer looks up stretches of the text
    itself, and the matcher's patterns are the pieces of the special case, matched on consecutive
    tokens, between which the text has only white space. So a special case whose characters
    other than white space do not occur, in that order and together, in the text's characters other
    than white space can neither be found nor match there: before each text the special cases that
    do occur are added (with spaCy's own ``add_special_case``), and the tokens are those of the
    fully built tokenizer. The pieces found here stay: the tokenizer only grows.

    Any other use (``to_bytes``, ``rules``, ``explain``, ...) first adds every special case left,
    and is then the tokenizer's own: saved, this is spaCy's tokenizer with all its special cases.
    (``Language.to_bytes`` writes the vocabulary before the tokenizer: the strings of special cases
    not yet added, which only they would have brought, are then not in it; ``fill`` first.)
    """

    def __init__(self, tokenizer: Tokenizer, rules: Mapping[str, Sequence[Mapping[int, str]]]) -> None:
        self.tokenizer = tokenizer
        self._pending: dict[str, Sequence[Mapping[int, str]]] = dict(rules)
        # Where a special case can occur in a text's characters other than white space ("bare"): at
        # its first character that is not a letter or digit (the "." of "bijv.", the ":" of ":-)"),
        # found in the text by one character class, C speed. By that character, then its place in
        # the special case, then the special case up to it: by their lengths, the special cases
        # (bare, and as written) that may start there; the text is looked at only where that much
        # of one is there, then once per length. Special cases of letters and digits alone ("xD")
        # are looked for each on its own; those all white space (" ", "\n") can be in any text:
        # they are added at once.
        self._anchored: dict[str, dict[int, dict[str, dict[int, dict[str, list[str]]]]]] = {}
        self._plain: list[tuple[str, str]] = []
        always = []
        for string in self._pending:
            bare = "".join(string.split())
            anchor = next((i for i, char in enumerate(bare) if not char.isalnum()), None)
            if not bare:
                always.append(string)
            elif anchor is None:
                self._plain.append((bare, string))
            else:
                heads = self._anchored.setdefault(bare[anchor], {}).setdefault(anchor, {})
                lengths = heads.setdefault(bare[:anchor + 1], {})
                lengths.setdefault(len(bare), {}).setdefault(bare, []).append(string)
        self._anchors = re.compile("[" + "".join(re.escape(char) for char in self._anchored) + "]")
        self._add(always)

    def __call__(self, text: str) -> Doc:
        if self._pending:
            self._add(self._occurring(text))
        return self.tokenizer(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # Only reached for what this class does not define: the tokenizer's own (public) attributes.
        # Not for private ones and dunders: copy and pickle ask for those on an instance not yet
        # initialised, whose fill would ask for itself again.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.fill(), name)

    def fill(self) -> Tokenizer:
        """Add every special case not yet added; the tokenizer, now as spaCy builds it."""
        if self._pending:
            self._add(list(self._pending))
        return self.tokenizer

    def _occurring(self, text: str) -> list[str]:
        """The special cases not yet added whose characters other than white space are in the text's."""
        bare = "".join(text.split())
        pending = self._pending
        found = [string for special, string in self._plain if string in pending and special in bare]
        anchored = self._anchored
        for match in self._anchors.finditer(bare):
            end = match.end()
            for offset, heads in anchored[match.group()].items():
                start = end - offset - 1
                lengths = heads.get(bare[start:end]) if start >= 0 else None
                if lengths is not None:
                    for length, specials in lengths.items():
                        strings = specials.get(bare[start:start + length])
                        if strings is not None:
                            found.extend(string for string in strings if string in pending)
        return found

    def _add(self, strings: Iterable[str]) -> None:
        # sorted and once each, as spaCy adds them when it builds the tokenizer
        for string in sorted(set(strings)):
            rule = self._pending.pop(string, None)
            if rule is not None:
                self.tokenizer.add_special_case(string, rule)

    def bytes_when_full(self) -> bytes:
        """What ``to_bytes(exclude=["vocab"])`` gives once every special case is added, without adding them.

        ``exceptions`` is the tokenizer's rules, sorted, as spaCy writes them."""
        data = srsly.msgpack_loads(self.tokenizer.to_bytes(exclude=["vocab"]))
        data["exceptions"] = dict(sorted({**self.tokenizer.rules, **self._pending}.items()))
        return srsly.msgpack_dumps(data)


@spacy.registry.tokenizers(LAZY_TOKENIZER)
def create_lazy_tokenizer() -> Callable[[Language], LazySpecialCases]:
    """spaCy's tokenizer factory (``spacy.Tokenizer.v1``), with the special cases added lazily."""
    spacy_factory = spacy.registry.tokenizers.get(SPACY_TOKENIZER)()

    def factory(nlp: Language) -> LazySpecialCases:
        # spaCy's own factory reads the language's defaults: handed them without the exceptions, it
        # builds the same tokenizer without special cases, and they are added as texts need them.
        defaults = type("DefaultsWithoutExceptions", (nlp.Defaults,), {"tokenizer_exceptions": {}})
        tokenizer = spacy_factory(types.SimpleNamespace(vocab=nlp.vocab, Defaults=defaults))
        return LazySpecialCases(tokenizer, nlp.Defaults.tokenizer_exceptions)

    return factory


def load_dutch_pipeline(path: Path | None = None, *, strings: bool = True) -> Language:
    """Load our Dutch pipeline from ``path`` (default ``models/nl_woo``) or fall back to blank Dutch.

    ``strings=False`` leaves out the saved vocabulary's strings (the engine's load): the pipeline
    then finds the same entities, but saved again it would lose them."""
    path = path if path is not None else ner_pipeline_dir()
    if (path / "meta.json").is_file():
        # spaCy builds the language's default tokenizer and then reads the saved one over it, adding
        # the same ~4,700 special cases twice. Ours is the default: built with its special cases
        # added as texts need them (LazySpecialCases), and the saved one is read only when it is
        # not that default (a few ms to compare).
        # The saved strings (some 100,000 words of the training texts) only turn hashes back into
        # text: the model reads features by their hashes, and the tokenizer adds the string of
        # every word it meets. Unread, they spare each process of `woo analyze --jobs N` their
        # memory (the fork shares pages, but every process counts them in its resident size).
        config_tokenizer = spacy.util.load_config(path / "config.cfg")["nlp"]["tokenizer"]
        lazy = config_tokenizer == {"@tokenizers": SPACY_TOKENIZER}
        nlp = spacy.load(path, exclude=["tokenizer"] if strings else ["tokenizer", "strings"],
                         config={"nlp": {"tokenizer": {"@tokenizers": LAZY_TOKENIZER}}} if lazy else {})
        if lazy:
            # The config names the tokenizer the pipeline has once full: saved, it loads without us.
            nlp.config["nlp"]["tokenizer"] = dict(config_tokenizer)
        saved = path / "tokenizer"
        if saved.is_file():
            tokenizer = nlp.tokenizer
            default = tokenizer.bytes_when_full() if isinstance(tokenizer, LazySpecialCases) else (
                tokenizer.to_bytes(exclude=["vocab"]))
            if saved.read_bytes() != default:
                # Another tokenizer: read in full over spaCy's own, as spacy.load would.
                if isinstance(tokenizer, LazySpecialCases):
                    nlp.tokenizer = tokenizer = tokenizer.tokenizer
                tokenizer.from_disk(saved, exclude=["vocab"])
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
