"""LICENSE_PLATE: foreign number plates, after a word that says a plate follows.

Rule ``plate.abroad``: "Pools kenteken DW 4K218", "Oekraïens kenteken BC 7719 KM", "Kennzeichen
AC-TW 2291", "registration AB12 CDE". Foreign plates have no shape of their own that sets them
apart from codes and references, so only a cue right before one (at most a nationality word or a
colon between) makes it a plate. Dutch plates have their own recognizer.

Rule ``plate.uk``: a British plate of today's shape ("AB12 CDE") without a cue.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import DutchPatternRecognizer, fold_case

_CUE = (
    r"(?i:\b(?:kenteken|kentekenplaat|nummerplaat|kennzeichen|autokennzeichen|number[ ]plate|licen[cs]e[ ]plate"
    r"|registration(?:[ ]number)?|plate|tablica|rejestracja))"
)
# A word every cue holds, in lower-case ASCII (checked against _CUE in the tests).
CUE_WORDS = ("kenteken", "kennzeichen", "nummerplaat", "plate", "registration", "tablica", "rejestracja")
# Two or three groups of capitals and digits ("DW 4K218", "BC 7719 KM", "AC-TW 2291", "WGM 55K31"),
# or one of five to eight; at least one digit and one letter; 5 to 9 of them.
_PLATE = (
    r"(?P<value>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])(?![A-Z]{1,3}[ -](?:19|20)\d\d(?![\w-]))"
    r"(?:[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){1,2}|[A-Z0-9]{5,8}))(?![\w-])"
)
# Between cue and plate at most a colon, a bracket or a word in small letters ("kenteken (Pools)").
PLATE_AFTER_CUE = rf"{_CUE}[ \t]*(?::|\()?[ \t]*(?:\(?\p{{Lu}}?\p{{Ll}}+\)?[ \t]+)?{_PLATE}"


# Rule ``plate.uk``: the British plate of today ("AB12 CDE": two letters, the two digits of the
# age, three letters) has a shape no Dutch code, postcode or account shares, so it needs no cue; an
# IBAN's "NL12" opens no plate.
UK_PLATE = r"(?<![\w-])(?!NL\d)[A-Z]{2}\d{2}[ ]?[A-Z]{3}(?![\w-])"


class LicensePlateAbroadRecognizer(DutchPatternRecognizer):
    """Foreign plates after a cue word, and British plates by their shape."""

    ENTITY = "LICENSE_PLATE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("plate_abroad", PLATE_AFTER_CUE, 0.75),
        Pattern("plate_uk", UK_PLATE, 0.7),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("kenteken", "kennzeichen", "registration", "plate", "nummerplaat")
    FLAGS = re.MULTILINE

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """The plate after a cue is searched only in a text that holds a cue's word (most hold
        none): the pattern was tried at every character of every text."""
        folded = fold_case(text)
        if folded is None or any(word in folded for word in CUE_WORDS):
            return {}
        return {"plate_abroad": []}
