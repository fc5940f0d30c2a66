"""IBAN_CODE: any country, spaced or not, any case; mod-97 in validate_result."""

from __future__ import annotations

import pytest

from redaction.recognizers.iban import IbanRecognizer, iban_checksum_ok

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> IbanRecognizer:
    return IbanRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positives
        ("NL91ABNA0417164300", ["NL91ABNA0417164300"]),
        ("IBAN: NL91 ABNA 0417 1643 00.", ["NL91 ABNA 0417 1643 00"]),
        ("rekening nl91 abna 0417 1643 00", ["nl91 abna 0417 1643 00"]),
        ("IBAN NL20INGB0001234567 t.n.v. mevrouw", ["NL20INGB0001234567"]),
        ("NL44RABO0123456789 en NL12TRIO0198765432", ["NL44RABO0123456789", "NL12TRIO0198765432"]),
        ("BE68 5390 0754 7034 voor de huur", ["BE68 5390 0754 7034"]),  # next word is no group
        ("DE89 3704 0044 0532 0130 00", ["DE89 3704 0044 0532 0130 00"]),
        ("GB82WEST12345698765432", ["GB82WEST12345698765432"]),
        ("FR14 2004 1010 0505 0001 3M02 606", ["FR14 2004 1010 0505 0001 3M02 606"]),
        ("(NL91ABNA0417164300)", ["NL91ABNA0417164300"]),
        ("Mijn IBAN is NL91 ABNA\n0417 1643 00, ten name van mij.", ["NL91 ABNA\n0417 1643 00"]),  # PDF line break
        # negatives
        ("NL91ABNA0417164301", []),  # check digits wrong
        ("NL92 ABNA 0417 1643 00", []),
        ("NL91ABNA04171643", []),  # too short for NL
        ("NL91ABNA041716430012", []),  # too long for NL
        ("AB12 CDEF GHIJ KLMN", []),
        ("XNL91ABNA0417164300", []),  # glued to a letter
        ("bsn 123456782", []),
        ("06-12345678", []),
    ],
)
def test_iban(recognizer: IbanRecognizer, text: str, expected: Expected) -> None:
    results = recognizer.analyze(text, entities=["IBAN_CODE"], nlp_artifacts=None)
    assert_spans(results, text, expected, score=1.0)


@pytest.mark.parametrize(
    ("iban", "valid"),
    [
        ("NL91ABNA0417164300", True),
        ("NL20INGB0001234567", True),
        ("NL44RABO0123456789", True),
        ("nl91 abna 0417 1643 00", True),
        ("BE68539007547034", True),
        ("DE89370400440532013000", True),
        ("GB82WEST12345698765432", True),
        ("FR1420041010050500013M02606", True),
        ("PT50000201231234567890154", True),
        ("MU17BOMM0101101030300200000MUR", True),
        ("NL91ABNA0417164301", False),
        ("NL19ABNA0417164300", False),  # check digits swapped
        ("NL91ABNA1417164300", False),
        ("NL911234041716430X", False),  # Dutch BBAN shape: 4 letters, 10 digits
        ("DE8937040044053201300", False),  # 21 characters for DE
        ("NL00", False),
        ("", False),
    ],
)
def test_iban_checksum(iban: str, valid: bool) -> None:
    assert iban_checksum_ok(iban) is valid
