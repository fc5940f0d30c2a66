"""LICENSE_PLATE: Dutch sidecodes; hyphenated capitals alone, other spellings with a cue."""

from __future__ import annotations

import pytest

from redaction.recognizers.license_plate import LicensePlateRecognizer

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> LicensePlateRecognizer:
    return LicensePlateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected", "score"),
    [
        # every sidecode, hyphenated
        ("BD-12-34", ["BD-12-34"], 0.6),
        ("12-34-BD", ["12-34-BD"], 0.6),
        ("12-BD-34", ["12-BD-34"], 0.6),
        ("BD-12-FG", ["BD-12-FG"], 0.6),
        ("BD-FG-12", ["BD-FG-12"], 0.6),
        ("12-BD-FG", ["12-BD-FG"], 0.6),
        ("12-BDF-3", ["12-BDF-3"], 0.6),
        ("1-KBD-12", ["1-KBD-12"], 0.6),
        ("GH-123-X", ["GH-123-X"], 0.6),
        ("T-123-BD", ["T-123-BD"], 0.6),
        ("BDF-12-T", ["BDF-12-T"], 0.6),
        ("B-12-BDF", ["B-12-BDF"], 0.6),
        ("1-BD-123", ["1-BD-123"], 0.6),
        ("123-BD-1", ["123-BD-1"], 0.6),
        # with a cue: 1.0; unhyphenated and lower case only with a cue
        ("kenteken GH-123-X", ["GH-123-X"], 1.0),
        ("kenteken GH123X", ["GH123X"], 1.0),
        ("de auto met kenteken gh-123-x", ["gh-123-x"], 1.0),
        ("voertuig: 1KBD12", ["1KBD12"], 1.0),
        # negatives
        ("GH123X", [], None),
        ("gh-123-x", [], None),
        ("automatisch GH123X", [], None),  # "auto" inside a word is no cue
        ("kenteken 1234BD", [], None),  # unhyphenated sidecode 2 is a postcode
        ("AB-12-CD", [], None),  # vowels are not used on plates
        ("12-AB-34", [], None),
        ("12-05-2025", [], None),
        ("art. 5-12-3", [], None),
        ("BD-12-345", [], None),
        ("XBD-12-34", [], None),
    ],
)
def test_license_plate(
    recognizer: LicensePlateRecognizer, text: str, expected: Expected, score: float | None
) -> None:
    results = recognizer.analyze(text, entities=["LICENSE_PLATE"], nlp_artifacts=None)
    assert_spans(results, text, expected, score=score)
