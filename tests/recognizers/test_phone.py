"""PHONE_NUMBER: Dutch formats, validated by digit count; no phone inside other numbers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.phone import PhoneRecognizer, normalise_phone_number

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> PhoneRecognizer:
    return PhoneRecognizer()


@pytest.mark.parametrize(
    ("text", "expected", "score"),
    [
        # every format, alone: medium scores
        ("06-12345678", ["06-12345678"], 0.7),
        ("06 12345678", ["06 12345678"], 0.7),
        ("0612345678", ["0612345678"], 0.7),
        ("06-1234 5678", ["06-1234 5678"], 0.7),
        ("06 12 34 56 78 en 06-12-34-56-78", ["06 12 34 56 78", "06-12-34-56-78"], 0.7),
        ("+31 6 1234 5678", ["+31 6 1234 5678"], 0.8),
        ("+31612345678", ["+31612345678"], 0.8),
        ("0031 6 12345678", ["0031 6 12345678"], 0.8),
        ("+31 (0)78 639 8000", ["+31 (0)78 639 8000"], 0.8),
        ("078-6398000", ["078-6398000"], 0.7),
        ("078 639 8000", ["078 639 8000"], 0.7),
        ("010-1234567", ["010-1234567"], 0.7),
        ("020 123 45 67", ["020 123 45 67"], 0.7),
        ("(078) 639 80 00", ["(078) 639 80 00"], 0.7),
        ("(0318) 123456", ["(0318) 123456"], 0.7),
        ("0800-1234 of 0900 1234567", ["0800-1234", "0900 1234567"], 0.6),
        ("14 078", ["14 078"], 0.4),
        # an area code set off by a dash, one digit too few or too many: a slip, still a number
        ("046-555555", ["046-555555"], 0.5),
        ("088-75 555555", ["088-75 555555"], 0.5),
        ("0118-12345", ["0118-12345"], 0.5),
        # foreign numbers: possible in the country after "+", valid there after "00"
        ("+32 470 12 34 56", ["+32 470 12 34 56"], 0.7),
        ("+93 70 123 4567 en +963 944 123 456", ["+93 70 123 4567", "+963 944 123 456"], 0.7),
        ("+380671234567", ["+380671234567"], 0.7),
        ("0049 151 23456789", ["0049 151 23456789"], 0.7),
        ("Zaaknummer 0012345678", [], None),  # "00" then no valid number: a case number
        ("Dossier 00123456789012", [], None),
        # broken over two lines, as text from a PDF is
        ("06 1234\n5678", ["06 1234\n5678"], 0.7),
        ("06-\n12345678", ["06-\n12345678"], 0.7),
        ("bereiken via telefoonnummer 06\n- 22479432.", ["06\n- 22479432"], 1.0),  # " - " broken before its hyphen
        # with a cue on the same line: 1.0
        ("Tel.: 06-12345678", ["06-12345678"], 1.0),
        ("tel.0612345678", ["0612345678"], 1.0),
        ("Bel de gemeente: 14 078.", ["14 078"], 1.0),
        ("mobiel nummer 06 12345678", ["06 12345678"], 1.0),
        ("T 078 639 8000 | M 06 1234 5678", ["078 639 8000", "06 1234 5678"], 1.0),
        ("via WhatsApp: +31612345678", ["+31612345678"], 1.0),
        ("0612345678 (mobiel)", ["0612345678"], 1.0),
        ("U kunt mij bereiken op 06-48213957.", ["06-48213957"], 1.0),
        # a cue on another line or inside another word does not count
        ("Telefoon:\n06-12345678", ["06-12345678"], 0.7),
        ("belasting 06-12345678", ["06-12345678"], 0.7),
        # hard negatives
        ("IBAN NL91 ABNA 0417 1643 00", [], None),
        ("IBAN NL91ABNA0417164300", [], None),
        ("BSN 123456782", [], None),
        ("3311 AB Dordrecht", [], None),
        ("op 12-05-2025 om 14:00 uur", [], None),
        ("01-05-2025 10:30", [], None),
        ("€ 1.234.567,89", [], None),
        ("zaaknummer 2025-0412345", [], None),
        ("kenmerk Z/25/0612345678", [], None),
        ("kenmerk 012-34567", [], None),  # 8 digits: too short for a slip
        ("0612-3456789012", [], None),  # 14 digits
        ("06123456789", [], None),  # 11 digits
        ("061234567", [], None),  # 9 digits
        ("0900 123456", [], None),  # service number with 6 digits
        ("09-12345678", [], None),  # 09 is no area code
        ("2.0612345678", [], None),
        ("in 2025 en 2026", [], None),
    ],
)
def test_phone(recognizer: PhoneRecognizer, text: str, expected: Expected, score: float | None) -> None:
    results = recognizer.analyze(text, entities=["PHONE_NUMBER"], nlp_artifacts=None)
    assert_spans(results, text, expected, score=score)


@pytest.mark.parametrize(
    ("text", "national"),
    [
        ("06-12345678", "0612345678"),
        ("+31 6 1234 5678", "0612345678"),
        ("0031 6 12345678", "0612345678"),
        ("+31 (0)78 639 8000", "0786398000"),
        ("(078) 639 80 00", "0786398000"),
        ("14 078", "14078"),
        ("0800-1234", "08001234"),
        ("0900 1234567", "09001234567"),
        ("085-1234567", "0851234567"),
        ("0612345", None),
        ("09-12345678", None),
        ("066-1234567", "0661234567"),  # recall first: every 06 number is withheld
        ("0800-12345", None),
        ("31612345678", None),  # "31" without "+" is not a country code
    ],
)
def test_normalise_phone_number(text: str, national: str | None) -> None:
    assert normalise_phone_number(text) == national


def test_presidio_enhancer_uses_the_context_words(
    recognizer: PhoneRecognizer, nlp_artifacts: Callable[[str], NlpArtifacts]
) -> None:
    """A result we did not boost can still be boosted by Presidio with our CONTEXT words."""
    text = "Het nummer van haar werk, zei ze gisteren, is 06-12345678."
    artifacts = nlp_artifacts(text)
    raw = recognizer.analyze(text, entities=["PHONE_NUMBER"], nlp_artifacts=artifacts)
    assert [r.score for r in raw] == [0.7]  # "nummer" lies outside our 40-character window
    enhanced = LemmaContextAwareEnhancer().enhance_using_context(text, raw, artifacts, [recognizer])
    assert enhanced[0].score == pytest.approx(1.0)
    assert enhanced[0].analysis_explanation.supportive_context_word == "nummer"


def test_engine_does_not_boost_twice(analyzer: AnalyzerEngine) -> None:
    text = "Bel mij op 06-12345678 of mail."
    results = [r for r in analyzer.analyze(text, language="nl") if r.entity_type == "PHONE_NUMBER"]
    assert_spans(results, text, ["06-12345678"], score=1.0)
