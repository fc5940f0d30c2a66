"""IBAN_CODE: bank account numbers (Dutch and foreign IBANs), mod-97 validated.

An IBAN is a country code, two check digits and a national account number (BBAN), written
unspaced or in groups of four, in upper or lower case. It is valid when, with the first four
characters moved to the end and letters replaced by 10..35, the number is 1 modulo 97
(ISO 13616). Invalid candidates are not returned.

A spaced IBAN can be followed by a word that looks like one more group ("BE68 5390 0754 7034
voor"): the candidate is cut back to the length the country prescribes, or, for a country not in
the table, to the longest group boundary that validates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import LINE_WRAP, SP, DutchPatternRecognizer, Span

# IBAN lengths per country (ISO 13616 register), for the countries whose length we are sure of;
# others are accepted at any length from 15 to 34 when the checksum holds.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24,
    "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
MIN_LENGTH, MAX_LENGTH = 15, 34
# The Dutch BBAN: four letters of the bank, ten digits.
NL_BBAN = re.compile(r"[A-Z]{4}\d{10}")

# Between groups a space, or a line break where text from a PDF wrapped the number.
_GROUP_SEP = rf"(?:{SP}|{SP}?{LINE_WRAP})?"
IBAN_REGEX = (
    rf"(?<![a-z0-9])[a-z]{{2}}\d{{2}}(?:{_GROUP_SEP}[a-z0-9]{{4}}){{2,7}}(?:{_GROUP_SEP}[a-z0-9]{{1,3}})?(?![a-z0-9])"
)


# Compiled once: every candidate IBAN is compacted and checked.
_SEPARATORS = re.compile(r"[^0-9A-Za-z]")
_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]+")
# A run of digits (the pattern's \d, the same module): an IBAN's check digits open one.
_DIGIT_RUN = re.compile(r"\d+")


def compact_iban(text: str) -> str:
    """Upper case, separators removed."""
    return _SEPARATORS.sub("", text).upper()


def iban_checksum_ok(text: str) -> bool:
    """True when ``text`` is a well-formed IBAN whose mod-97 check holds."""
    iban = compact_iban(text)
    if not _IBAN_SHAPE.fullmatch(iban):
        return False
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is not None and len(iban) != expected:
        return False
    if not MIN_LENGTH <= len(iban) <= MAX_LENGTH:
        return False
    if iban.startswith("NL") and not NL_BBAN.fullmatch(iban[4:]):
        return False
    rearranged = iban[4:] + iban[:4]
    # int(c, 36) maps 0-9 to themselves and A-Z to 10-35, as the standard prescribes.
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


class IbanRecognizer(DutchPatternRecognizer):
    """IBANs of any country, spaced or not, any case, when the checksum holds."""

    ENTITY = "IBAN_CODE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        # One in 97 random strings passes mod-97 and the shape is specific: a valid one is certain.
        Pattern("iban", IBAN_REGEX, 1.0),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "iban", "rekeningnummer", "rekening", "bankrekening", "bankrekeningnummer", "rekeningnr",
        "t.n.v.", "bank", "overmaken", "gestort",
    )  # fmt: skip

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """An IBAN begins two letters before a run of two digits or more (its check digits follow
        its country's letters, so no digit comes before them): the pattern is tried there only,
        not at every position of the text (a third of this recognizer's time on correspondence)."""
        return {"iban": [run.start() - 2 for run in _DIGIT_RUN.finditer(text)
                         if run.start() >= 2 and run.end() - run.start() >= 2]}

    def value_span(self, text: str, match: re.Match[str]) -> Span | None:
        """Cut a greedy candidate back to a group boundary where it is a valid IBAN."""
        start, end = match.span()
        candidate = text[start:end]
        expected = IBAN_LENGTHS.get(candidate[:2].upper())
        # Every place where the candidate can end: after an alphanumeric followed by a space/end.
        cuts: list[tuple[int, int]] = []  # (length so far, offset in candidate)
        length = 0
        for offset, char in enumerate(candidate):
            if char.isalnum():
                length += 1
                if offset + 1 == len(candidate) or not candidate[offset + 1].isalnum():
                    cuts.append((length, offset + 1))
        for length, offset in reversed(cuts):
            if expected is not None and length != expected:
                continue
            if iban_checksum_ok(candidate[:offset]):
                return start, start + offset
        return None

    def validate_result(self, pattern_text: str) -> bool:
        """Mod-97 (ISO 13616), the country's length and, for NL, the BBAN shape."""
        return iban_checksum_ok(pattern_text)
