"""Presidio recognizers for Dutch personal data, one module per entity.

Which recognizer finds which entity is declared in `redaction.entities`; the engine registers them
all through ``redaction.recognizers.registry``. ``pattern_recognizers()`` gives the rule-based ones
(regexes, checksums, cue words), which need no lexicons: the recognizer tests run them alone.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.entities import ENTITY_REGISTRY
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


def pattern_recognizers() -> list[EntityRecognizer]:
    """A fresh instance of every declared pattern recognizer (each caches its compiled regexes),
    in the order of the entity table."""
    return [factory() for spec in ENTITY_REGISTRY for factory in spec.factories()
            if isinstance(factory, type) and issubclass(factory, DutchPatternRecognizer)]


__all__ = [
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
