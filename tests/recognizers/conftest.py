"""Fixtures for the recognizer tables: Presidio NLP artifacts without a trained model.

The recognizers read their cue words from the raw text, so the tables call them with
``nlp_artifacts=None``. To check that they also cooperate with Presidio's lemma-based context
enhancer and the ``AnalyzerEngine``, these fixtures build artifacts from a blank Dutch spaCy
pipeline. A blank pipeline has no lemmas and Presidio matches context words on lemmas, so one
component sets each lemma to the lower-cased token text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from redaction.recognizers import pattern_recognizers

LOWERCASE_LEMMAS = "woo_test_lowercase_lemmas"


@Language.component(LOWERCASE_LEMMAS)
def _lowercase_lemmas(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


@pytest.fixture(scope="session")
def blank_nl() -> Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe(LOWERCASE_LEMMAS)
    return nlp


@pytest.fixture(scope="session")
def nlp_engine(blank_nl: Language) -> SpacyNlpEngine:
    """Presidio's spaCy engine around the blank pipeline (set directly: ``load`` would download)."""
    engine = SpacyNlpEngine(models=[{"lang_code": "nl", "model_name": "blank:nl"}])
    engine.nlp = {"nl": blank_nl}
    return engine


@pytest.fixture
def nlp_artifacts(nlp_engine: SpacyNlpEngine) -> Callable[[str], NlpArtifacts]:
    """``make(text)``: the artifacts Presidio's engine would pass to a recognizer."""

    def make(text: str) -> NlpArtifacts:
        return nlp_engine.process_text(text, "nl")

    return make


@pytest.fixture(scope="session")
def analyzer(nlp_engine: SpacyNlpEngine) -> AnalyzerEngine:
    """An engine with only our pattern recognizers and Presidio's default context enhancer."""
    registry = RecognizerRegistry(recognizers=pattern_recognizers(), supported_languages=["nl"])
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["nl"])
