"""OCR's look-alike letters in numbers: the repair table, and numbers found through it."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.ocr_digits import repair


@pytest.mark.parametrize(("text", "repaired"), [
    ("06 2O4 17 553", "06 204 17 553"),
    ("NL72 ABNA 725O 8236 63", "NL72 ABNA 7250 8236 63"),
    ("bsn 57S 855 472, geboren 11-O2-1946", "bsn 575 855 472, geboren 11-02-1946"),
    ("38l7 VK Amersfoort", "3817 VK Amersfoort"),
    # words stay words: no digit in them, or more look-alikes than digits
    ("Olst, Bos, lOl en SOS", "Olst, Bos, lOl en SOS"),
    ("B2B", "B2B"),
])
def test_repair(text: str, repaired: str) -> None:
    out = repair(text)
    assert out == repaired
    assert len(out) == len(text)


def test_repair_returns_the_same_text_when_nothing_changes() -> None:
    text = "Geen nummers hier, alleen 06 12 34 56 78."
    assert repair(text) is text


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(ner="off")


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("Belt u mij op 06 2O4 17 553 graag.", "PHONE_NUMBER", "06 2O4 17 553"),
    ("telefoon 0S70 61 29 04", "PHONE_NUMBER", "0S70 61 29 04"),
    ("rekening NL72 ABNA 725O 8236 63 graag", "IBAN_CODE", "NL72 ABNA 725O 8236 63"),
    ("Adres: Bremstraat 62, 38l7 VK Amersfoort", "POSTCODE", "38l7 VK"),
    ("geboren 11-O2-1946 te Deventer", "DATE_OF_BIRTH", "11-O2-1946"),
    ("Adres: Kanterinkweg 3O4, 6532 ZV Nijmegen", "ADDRESS", "Kanterinkweg 3O4"),
    ("Hij heeft een vergunning voor zijn auto (KT-4O9-R).", "LICENSE_PLATE", "KT-4O9-R"),
])
def test_numbers_with_ocr_letters_are_withheld(redactor: Redactor, text: str, entity: str, value: str) -> None:
    found = {(d.entity, d.text) for d in redactor.analyze(text) if d.decision == "redact"}
    assert (entity, value) in found


def test_the_phone_veto_of_an_iban_stops_at_the_iban(redactor: Redactor) -> None:
    text = "rekening NL72 ABNA 0417 1643 00 telefoon 0570 61 29 04"
    found = {(d.entity, d.text) for d in redactor.analyze(text)}
    assert ("PHONE_NUMBER", "0570 61 29 04") in found
