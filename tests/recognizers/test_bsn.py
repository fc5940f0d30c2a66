"""NL_BSN: 11-proef in validate_result; 0.6 alone, 1.0 with a cue; 8 digits only with a cue."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.bsn import BsnRecognizer, elfproef

from .helpers import Expected, assert_spans

# Synthetic numbers that pass the 11-proef (checked in test_elfproef below).
VALID = ("123456782", "234567892", "314159265", "271828183", "102030406", "012345672", "044556676")


@pytest.fixture(scope="module")
def recognizer() -> BsnRecognizer:
    return BsnRecognizer()


@pytest.mark.parametrize(
    ("text", "expected", "score"),
    [
        # valid, no cue: medium
        ("nummer 123456782 in het dossier", ["123456782"], 0.6),
        ("1234.56.782", ["1234.56.782"], 0.6),
        ("123 456 782", ["123 456 782"], 0.6),
        ("314159265 en 271828183", ["314159265", "271828183"], 0.6),
        # valid with a cue: 1.0
        ("BSN: 123456782", ["123456782"], 1.0),
        ("bsn-nummer: 234 567 892", ["234 567 892"], 1.0),
        ("Burgerservicenummer van cliënt is 044556676.", ["044556676"], 1.0),
        ("sofinummer 1020.30.406", ["1020.30.406"], 1.0),
        ("123456782 (BSN)", ["123456782"], 1.0),
        # eight digits (leading zero dropped): only with a cue
        ("bsn 12345672", ["12345672"], 1.0),
        ("persoonsnummer: 44556676", ["44556676"], 1.0),
        ("12345672", [], None),
        ("BSN:\n12345672", [], None),  # the cue is on another line
        # broken over two lines where text from a PDF wrapped it: only with a cue
        ("Mijn BSN is 123 456\n782 en ik woon hier.", ["123 456\n782"], 1.0),
        ("BSN: 1234.56.\n782", ["1234.56.\n782"], 1.0),
        ("De bedragen 123 456\n782 euro", [], None),
        # failing the 11-proef: never returned, not even with a cue
        ("BSN: 123456789", [], None),
        ("123456789", [], None),
        ("bsn 12345678", [], None),
        ("bsn 000000000", [], None),
        # inside other numbers
        ("NL91ABNA0417164300", [], None),
        ("bsn 0123456782", [], None),  # ten digits
        ("zaaknummer 2025-123456782", [], None),
        ("bedrag 123456782,50", [], None),
        ("020 123 456 782", [], None),
        ("tel 06-12345678", [], None),
        ("12-05-2025", [], None),
    ],
)
def test_bsn(recognizer: BsnRecognizer, text: str, expected: Expected, score: float | None) -> None:
    results = recognizer.analyze(text, entities=["NL_BSN"], nlp_artifacts=None)
    assert_spans(results, text, expected, score=score)


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        *[(number, True) for number in VALID],
        ("1234.56.782", True),
        ("123 456 782", True),
        ("12345672", True),  # 012345672 without its zero
        ("111222333", True),
        ("123456789", False),
        ("987654321", False),
        ("123456783", False),  # one digit off
        ("213456782", False),  # two digits swapped
        ("000000000", False),
        ("12345678", False),
        ("1234567", False),
        ("1234567890", False),
    ],
)
def test_elfproef(number: str, valid: bool) -> None:
    assert elfproef(number) is valid


def test_result_boosted_by_us_is_not_boosted_again(
    recognizer: BsnRecognizer, nlp_artifacts: Callable[[str], NlpArtifacts]
) -> None:
    text = "Het bsn van de aanvrager is 123456782."
    artifacts = nlp_artifacts(text)
    raw = recognizer.analyze(text, entities=["NL_BSN"], nlp_artifacts=artifacts)
    enhanced = LemmaContextAwareEnhancer().enhance_using_context(text, raw, artifacts, [recognizer])
    assert [r.score for r in enhanced] == [1.0]
    assert enhanced[0].analysis_explanation.supportive_context_word == "bsn"


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Het dossier noemt 123456782 als referentie.", 0.6),
        ("Het BSN 123456782 staat op de beschikking.", 1.0),
    ],
)
def test_scores_survive_the_engine(analyzer: AnalyzerEngine, text: str, score: float) -> None:
    results = [r for r in analyzer.analyze(text, language="nl") if r.entity_type == "NL_BSN"]
    assert_spans(results, text, ["123456782"], score=score)
