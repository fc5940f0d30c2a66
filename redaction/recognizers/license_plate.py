"""LICENSE_PLATE: Dutch kentekens in the sidecodes in use.

A sidecode is the pattern of letters (X) and digits (9) between the hyphens. Plates of the
current series use no vowels and no C or Q (no words, no confusion with G and O), so those letters
are left out everywhere: it keeps words and codes ("AB-12-CD") out, at the price of old plates
that still carry a vowel.

With hyphens, in capitals, the shape is specific enough on its own. Without hyphens ("GH123X") or
in lower case it is returned only with a cue nearby (kenteken, auto, voertuig, ...). The unhyphenated
form of sidecode 2 ("1234XX") is left out entirely: it is a postcode.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import DutchPatternRecognizer

SIDECODES: tuple[str, ...] = (
    "XX-99-99",  # 1
    "99-99-XX",  # 2
    "99-XX-99",  # 3
    "XX-99-XX",  # 4
    "XX-XX-99",  # 5
    "99-XX-XX",  # 6
    "99-XXX-9",  # 7
    "9-XXX-99",  # 8
    "XX-999-X",  # 9
    "X-999-XX",  # 10
    "XXX-99-X",  # 11
    "X-99-XXX",  # 12
    "9-XX-999",  # 13
    "999-XX-9",  # 14
)
# Consonants without C and Q (and without Y, which counts as a vowel here).
PLATE_LETTERS = "BDFGHJKLMNPRSTVWXZ"
_LETTER = f"[{PLATE_LETTERS}]"
_BEFORE = r"(?<![\w-])"
_AFTER = r"(?![\w]|-\w)"


def sidecode_regex(sidecode: str, hyphens: bool = True) -> str:
    """The regex for one sidecode: X a plate letter, 9 a digit, hyphens kept or dropped."""
    parts = []
    for char in sidecode:
        if char == "X":
            parts.append(_LETTER)
        elif char == "9":
            parts.append(r"\d")
        elif hyphens:
            parts.append("-")
    return "".join(parts)


_HYPHENATED = "|".join(sidecode_regex(code) for code in SIDECODES)
# Sidecode 2 without hyphens is a postcode ("1234BD"): never a plate without its hyphens.
_COMPACT = "|".join(sidecode_regex(code, hyphens=False) for code in SIDECODES if code != "99-99-XX")


class LicensePlateRecognizer(DutchPatternRecognizer):
    """Dutch licence plates: hyphenated capitals alone; other spellings only with a cue."""

    ENTITY = "LICENSE_PLATE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("plate_hyphenated", rf"{_BEFORE}(?:{_HYPHENATED}){_AFTER}", 0.6),
        # Lower case ("gh-123-x") only with a cue: the inline flag makes just this pattern caseless.
        Pattern("plate_hyphenated_any_case", rf"{_BEFORE}(?i:{_HYPHENATED}){_AFTER}", 0.5),
        Pattern("plate_compact", rf"{_BEFORE}(?i:{_COMPACT}){_AFTER}", 0.5),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("kenteken", "auto", "voertuig", "nummerplaat", "kentekenplaat")
    CONTEXT_REGEX = (
        r"(?<!\w)(?:kenteken\w*|nummerplaat\w*|(?:personen|bestel|vracht|huur|lease|dienst)?auto(?:['’]s)?"
        r"|voertuig\w*|bestelbus|bestelwagen|wagen|motor(?:fiets)?|scooter|bromfiets|brommer|aanhanger"
        r"|caravan|camper|rdw)(?!\w)"
    )
    CONTEXT_REQUIRED = frozenset({"plate_hyphenated_any_case", "plate_compact"})
    CONTEXT_BEFORE = 50
    CONTEXT_AFTER = 20
    # Plates are capitals: case-sensitive, except where a pattern says otherwise.
    FLAGS = re.MULTILINE
