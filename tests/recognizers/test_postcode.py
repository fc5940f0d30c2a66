"""POSTCODE: "1234 AB"/"1234AB", case-sensitive, no SA/SD/SS, first digit 1-9."""

from __future__ import annotations

import pytest

from redaction.recognizers.postcode import PostcodeRecognizer

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> PostcodeRecognizer:
    return PostcodeRecognizer()


@pytest.mark.parametrize(
    ("text", "expected", "score"),
    [
        # positives
        ("3311 AB Dordrecht", ["3311 AB"], 0.85),
        ("2514 EA 's-Gravenhage", ["2514 EA"], 0.85),
        ("3311AB", ["3311AB"], 0.5),
        ("Baroniestraat 22, 6004 HLWeert.", ["6004 HL"], 0.85),  # the town glued on by a PDF's extraction
        ("Voorstraat 12, 3311 AB", ["3311 AB"], 0.5),
        ("postcode 3311 AB", ["3311 AB"], 1.0),
        ("Postcode/woonplaats: 3311AB", ["3311AB"], 1.0),
        ("pc: 3311 EN", ["3311 EN"], 1.0),  # a word-like pair after a cue
        ("3311 EN Dordrecht", ["3311 EN"], 0.85),  # ... or before a place name
        ("9999 ZZ", ["9999 ZZ"], 0.5),
        ("Kerkebuurt 190\t1456 AL\tWijdewormer", ["1456 AL"], 0.85),  # a table cell before the town's
        ("Dorpsstraat 5, 1234ab Hensbroek", ["1234ab"], 0.5),  # typed small and glued, as in a mail
        # negatives
        ("het weegt 1000kg en is 2500km ver", [], None),  # units glued to a number
        ("in 1940st en 2021nd", [], None),
        ("1234 SA", [], None),
        ("1234 SD Dordrecht", [], None),
        ("postcode 1234SS", [], None),
        ("0123 AB", [], None),
        ("3311 ab", [], None),
        ("in 2025 en 2026", [], None),
        ("JAARVERSLAG 2025 EN 2026", [], None),
        ("1234 ABC", [], None),
        ("12345 AB", [], None),
        ("kenteken 12-AB-34", [], None),
        ("NL91 ABNA 0417 1643 00", [], None),
    ],
)
def test_postcode(recognizer: PostcodeRecognizer, text: str, expected: Expected, score: float | None) -> None:
    results = recognizer.analyze(text, entities=["POSTCODE"], nlp_artifacts=None)
    assert_spans(results, text, expected, score=score)
