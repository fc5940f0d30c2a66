"""Presidio recognizers for Dutch personal data, one module per entity.

``PATTERN_RECOGNIZERS`` lists the rule-based recognizers (regexes, checksums, cue words); the
engine registers them through ``pattern_recognizers()``. PERSON and ORGANIZATION live in their own
modules and are added by ``redaction.recognizers.registry``.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.recognizers.address import STREET_SUFFIXES, AddressRecognizer, is_street_word
from redaction.recognizers.base import DutchPatternRecognizer
from redaction.recognizers.bsn import BsnRecognizer, elfproef
from redaction.recognizers.date_of_birth import DateOfBirthRecognizer
from redaction.recognizers.email import EmailRecognizer
from redaction.recognizers.iban import IbanRecognizer, iban_checksum_ok
from redaction.recognizers.license_plate import LicensePlateRecognizer
from redaction.recognizers.phone import PhoneRecognizer, normalise_phone_number
from redaction.recognizers.postcode import PostcodeRecognizer
from redaction.recognizers.url import ProfileUrlRecognizer

PATTERN_RECOGNIZERS: tuple[type[EntityRecognizer], ...] = (
    EmailRecognizer,
    PhoneRecognizer,
    BsnRecognizer,
    IbanRecognizer,
    AddressRecognizer,
    PostcodeRecognizer,
    DateOfBirthRecognizer,
    LicensePlateRecognizer,
    ProfileUrlRecognizer,
)


def pattern_recognizers() -> list[EntityRecognizer]:
    """A fresh instance of every pattern recognizer (each caches its compiled regexes)."""
    return [recognizer() for recognizer in PATTERN_RECOGNIZERS]


__all__ = [
    "PATTERN_RECOGNIZERS",
    "STREET_SUFFIXES",
    "AddressRecognizer",
    "BsnRecognizer",
    "DateOfBirthRecognizer",
    "DutchPatternRecognizer",
    "EmailRecognizer",
    "IbanRecognizer",
    "LicensePlateRecognizer",
    "PhoneRecognizer",
    "PostcodeRecognizer",
    "ProfileUrlRecognizer",
    "elfproef",
    "iban_checksum_ok",
    "is_street_word",
    "normalise_phone_number",
    "pattern_recognizers",
]
