"""ADDRESS: a street and house number typed in lower case, as in hastily written letters.

Rule ``address.lower_case``: "grote oost 118 1621 bx hoorn", "adres zandweerd 31". A lower-case
street has no capital to give it away, so only two things make it an address: a postcode right
after it, or the word "adres" right before it. The capitalised forms are the address recognizer's.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import DutchPatternRecognizer

# Words that are no part of a street name: "dat was in 2019", "woon op nummer 12", "zaak 12".
_NOT_STREET = (
    r"(?!(?:de|het|een|en|of|in|op|aan|om|tot|van|voor|met|bij|uit|naar|was|is|zijn|al|nog|ook|dat|die|dit|"
    r"sinds|tel|telefoon|nummer|nr|huisnummer|adres|woonadres|woon|woont|wonen|zaak|kamer|artikel|bijlage|"
    r"pagina|versie|groep|week|jaar|kosten|totaal|ongeveer|circa|ca|per|maar|want)(?![\p{Ll}'’-]))"
)
_WORD = rf"{_NOT_STREET}\p{{Ll}}[\p{{Ll}}'’-]+"
_STREET = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}"
_NUMBER = r"(?!(?:19|20)\d\d(?!\d))[1-9]\d{0,3}(?:[ ]?[a-z]|-\d{1,3})?(?![\p{L}\d])"
_UNITS = r"(?!mg|kg|ml|cl|dl|cm|mm|km|ha|st|nr|ex|uur|min)"
_POSTCODE_AFTER = (
    rf"(?=,?(?:[ \t]{{1,2}}|[ \t]*\n[ \t]*)[1-9]\d{{3}}[ ]?{_UNITS}[a-zA-Z]{{2}}(?![\p{{L}}\d]))"
)

BEFORE_POSTCODE = rf"(?<![\p{{L}}\d@./-]){_STREET}[ ]{_NUMBER}{_POSTCODE_AFTER}"
AFTER_CUE = rf"(?i:\b(?:woon)?adres)[ \t]*:?[ \t]+(?P<value>{_STREET}[ ]{_NUMBER})"


class LowerCaseAddressRecognizer(DutchPatternRecognizer):
    """Lower-case street and number before a postcode or after "adres"."""

    ENTITY = "ADDRESS"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("address_lower_before_postcode", BEFORE_POSTCODE, 0.7),
        Pattern("address_lower_after_cue", AFTER_CUE, 0.7),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("adres", "woonadres", "postcode")
    FLAGS = re.MULTILINE
