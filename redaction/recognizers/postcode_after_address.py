"""POSTCODE: postcodes that only their place after a house number gives away.

Rule ``postcode.after_address``: right after a house number (and a comma), a postcode written the
way the Dutch pattern misses is still a postcode:

- a Dutch postcode typed in lower case, with its town after it ("grote oost 118 1621 bx hoorn");
- a German postcode, five digits and a town ("Neustraße 77, 52134 Herzogenrath", "D-52134");
- a Belgian postcode, four digits and a town ("Meir 12, 2000 Antwerpen", "B-2000").

The house number before it is what makes these safe: five digits alone are an amount or a case
number, four digits a year.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import DutchPatternRecognizer

# A house number (with an addition) and its separator right before the postcode, checked after the
# postcode's digits matched (a lookbehind at the end): a pattern that opens with the lookbehind
# would try it at every character of the text.
_NUMBER_BEFORE = r"(?<![\p{L}\d.,:/-])[1-9]\d{0,3}(?:[ ]?[a-zA-Z])?,?(?:[ \t]{1,2}|[ \t]*\n[ \t]*)"
# Letter pairs that are units after a number, not postcode letters ("12 1250 mg").
_UNITS = r"(?!mg|kg|ml|cl|dl|cm|mm|km|ha|uur|min|pp|st|nr|ex)"
_TOWN = r"(?=,?[ \t]+\p{L}[\p{L}'’-]{2,})"

LOWER_CASE = rf"(?<!\d)[1-9]\d{{3}}(?<={_NUMBER_BEFORE}\d{{4}})[ ]?{_UNITS}[a-z]{{2}}(?![\w-]){_TOWN}"
GERMAN = rf"(?<!\d)\d{{5}}(?<=(?:{_NUMBER_BEFORE}|\bD-)\d{{5}})(?![\w-])(?=[ ]\p{{Lu}}\p{{Ll}})"
# Belgian: only after a street name and number ("Meir 12, 2000 Antwerpen"), never before an amount.
_STREET_BEFORE = r"\p{Lu}[\p{L}'’.-]+[ ][1-9]\d{0,3}(?:[ ]?[a-zA-Z])?,[ ]{1,2}"
BELGIAN = rf"(?<!\d)[1-9]\d{{3}}(?<=(?:{_STREET_BEFORE}|\bB-)\d{{4}})(?![\w-])(?=[ ](?!Euro|EUR)\p{{Lu}}\p{{Ll}})"


class PostcodeAfterAddressRecognizer(DutchPatternRecognizer):
    """Postcodes after a house number: lower-case Dutch, German and Belgian."""

    ENTITY = "POSTCODE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("postcode_lower_case", LOWER_CASE, 0.7),
        Pattern("postcode_german", GERMAN, 0.7),
        Pattern("postcode_belgian", BELGIAN, 0.6),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("postcode", "adres", "woonadres", "anschrift", "adresse", "address")
    FLAGS = re.MULTILINE
