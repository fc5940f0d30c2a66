"""Which lines the name model reads: only those with a capitalised word rules and lists leave open."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Tesfalem", True),  # an unknown capitalised word: maybe a name
        ("Mulder", True),  # a known surname the rules did not take: a second look (recall first)
        ("Tel", False),  # a field label, although "Tel" is also a surname
        ("Sunday", False),  # an English header's weekday, although also a given name
        ("BSN's", False),
        ("COA", False),  # acronym
        ("SamenWerkplein", False),  # brand name in camel case
        ("Woo-verzoek", False),
        ("Gemeente", False),  # ordinary word
    ],
)
def test_needs_model(redactor: Redactor, word: str, expected: bool) -> None:
    assert redactor.ner is not None
    assert redactor.ner.needs_model(word) is expected


def test_segments_are_the_open_lines_with_a_little_context(redactor: Redactor) -> None:
    assert redactor.ner is not None
    text = "Geachte raad,\nTel: 078 123 4567\nGisteren sprak ik Tesfalem over de zaak.\n\nMet groet,\nDe griffie\n"
    segments = redactor.ner.segments(text, [])
    assert len(segments) == 1
    start, end = segments[0]
    assert "Tesfalem" in text[start:end]
    assert "Met groet" not in text[start:end] and "griffie" not in text[start:end]
