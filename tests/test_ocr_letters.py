"""OCR's look-alike digits in names: the repair table, and names found through it."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.ocr_letters import repair, repaired_words


@pytest.mark.parametrize(("text", "repaired"), [
    ("Fat1ma Ka5mi", "Fatima Kasmi"),  # a 1 between consonants is an i, a 5 an s
    ("de familie yi1maz", "de familie yilmaz"),  # elsewhere a 1 is an l
    ("Ma1ika en 0mar", "Malika en Omar"),
    # codes, numbers and footnote marks stay as they are
    ("A4, N348, B1-niveau, Covid19, 2e, 15e", "A4, N348, B1-niveau, Covid19, 2e, 15e"),
    ("Milieubeheer1 heeft gevraagd", "Milieubeheer1 heeft gevraagd"),
])
def test_repair(text: str, repaired: str) -> None:
    out = repair(text)
    assert out == repaired
    assert len(out) == len(text)


@pytest.mark.parametrize(("text", "changed"), [
    # a 1 at a word's end is a damaged last letter only where that makes a listed name of a word
    # that is none without it
    ("dr. A. Kanterin1 tekende", ["Kanterin1"]),
    ("Milieubeheer1 heeft gevraagd", []),  # no name with the l either
    ("de heer Kanterink1 tekende", []),  # a name without the digit: the digit is a footnote's mark
])
def test_a_damaged_last_letter_of_a_listed_name(text: str, changed: list[str]) -> None:
    listed = {"kanterinl", "kanterink"}
    words = repaired_words(text, lambda word: word.lower() in listed)
    assert [text[start:end] for start, end in words] == changed
    assert repaired_words(text) == []  # without the names, never


def test_repair_returns_the_same_text_when_nothing_changes() -> None:
    text = "Geen woorden met cijfers hier, alleen 06 12 34 56 78."
    assert repair(text) is text
    assert repaired_words(text) == []


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "name"), [
    ("Geachte heer,\nIk woon naast de familie yi1maz en die maken veel lawaai.\n", "yi1maz"),
    ("Gesprek met Ma1ika Kanterink over de huur.", "Ma1ika Kanterink"),
    ("Met vriendelijke groet,\n\nFat1ma Ka5mi\n", "Fat1ma Ka5mi"),
    ("Mijn buurman, Thijs Rozenda1, is boomverzorger.", "Thijs Rozenda1"),
    ("Handtekening arts: dr. A. Rozendaa1, GGD Gelderland-Zuid", "Rozendaa1"),
])
def test_names_with_ocr_digits_are_withheld(redactor: Redactor, text: str, name: str) -> None:
    withheld = [d.text for d in redactor.analyze(text) if d.decision == "redact" and d.entity == "PERSON"]
    assert any(name in w for w in withheld), withheld
