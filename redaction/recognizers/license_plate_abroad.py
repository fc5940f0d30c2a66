"""LICENSE_PLATE: foreign number plates, after a word that says a plate follows.

Rule ``plate.abroad``: "Pools kenteken DW 4K218", "Oekraïens kenteken BC 7719 KM", "Kennzeichen
AC-TW 2291", "registration AB12 CDE". Foreign plates have no shape of their own that sets them
apart from codes and references, so only a cue right before one (at most a nationality word or a
colon between) makes it a plate. Dutch plates have their own recognizer.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import DutchPatternRecognizer

_CUE = (
    r"(?i:\b(?:kenteken|kentekenplaat|nummerplaat|kennzeichen|autokennzeichen|number[ ]plate|licen[cs]e[ ]plate"
    r"|registration(?:[ ]number)?|plate|tablica|rejestracja))"
)
# Two or three groups of capitals and digits ("DW 4K218", "BC 7719 KM", "AC-TW 2291", "WGM 55K31"),
# or one of five to eight; at least one digit and one letter; 5 to 9 of them.
_PLATE = (
    r"(?P<value>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])(?![A-Z]{1,3}[ -](?:19|20)\d\d(?![\w-]))"
    r"(?:[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){1,2}|[A-Z0-9]{5,8}))(?![\w-])"
)
# Between cue and plate at most a colon, a bracket or a word in small letters ("kenteken (Pools)").
PLATE_AFTER_CUE = rf"{_CUE}[ \t]*(?::|\()?[ \t]*(?:\(?\p{{Lu}}?\p{{Ll}}+\)?[ \t]+)?{_PLATE}"


class LicensePlateAbroadRecognizer(DutchPatternRecognizer):
    """Foreign plates after a cue word."""

    ENTITY = "LICENSE_PLATE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (Pattern("plate_abroad", PLATE_AFTER_CUE, 0.75),)
    CONTEXT: ClassVar[tuple[str, ...]] = ("kenteken", "kennzeichen", "registration", "plate", "nummerplaat")
    FLAGS = re.MULTILINE
