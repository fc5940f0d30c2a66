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
])
def test_names_with_ocr_digits_are_withheld(redactor: Redactor, text: str, name: str) -> None:
    withheld = [d.text for d in redactor.analyze(text) if d.decision == "redact" and d.entity == "PERSON"]
    assert any(name in w for w in withheld), withheld
