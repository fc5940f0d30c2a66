"""Which lines the name model reads: only those with a word rules and lists leave open (a capitalised
one, or a lower-case one that is no Dutch word)."""

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


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("musavi", True),  # a surname typed in lower case
        ("boersma", True),  # a known surname, though it could be cut into Dutch-looking parts
        ("gebeld", False),  # ordinary words, also inflected ...
        ("raadsinformatiebrief", False),  # ... and compounds the word list does not hold
        ("klachtencoördinator", False),
        ("wijkconsulent", False),  # a part that is also a name ("wijk") is a word inside a compound
        ("e-mails", False),
        ("ivm", False),  # abbreviation without dots
        ("mailto", False),
        ("van", False),  # particle
        ("mevrouw", False),  # title
    ],
)
def test_lower_case_needs_model(redactor: Redactor, word: str, expected: bool) -> None:
    assert redactor.ner is not None
    assert redactor.ner.lower_case_needs_model(word) is expected


def test_a_line_with_a_name_typed_in_lower_case_goes_to_the_model(redactor: Redactor) -> None:
    assert redactor.ner is not None
    text = (
        "Notities week 12\n"
        "vandaag gebeld met shin musavi, geen gehoor.\n"
        "aandachtsfunctionaris huiselijk geweld/kindermishandeling belt terug.\n"
    )
    segments = redactor.ner.segments(text, [])
    assert any("shin musavi" in text[s:e] for s, e in segments)
    assert not any("belt terug" in text[s:e] and "musavi" not in text[s:e] for s, e in segments)
    # and the engine withholds the name
    decisions = redactor.analyze(text)
    assert {text[d.start : d.end] for d in decisions if d.entity == "PERSON"} >= {"shin musavi"}


def test_compounds_of_dutch_words_are_ordinary_words(redactor: Redactor) -> None:
    lexicons = redactor.lexicons
    assert lexicons.is_compound("raadsinformatiebrief") and lexicons.is_compound("klachtencoördinator")
    assert not lexicons.is_compound("musavi") and not lexicons.is_compound("ghebreyesus")
