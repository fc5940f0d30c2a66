"""ADDRESS: a street and house number typed in lower case, as in hastily written letters.

Rule ``address.lower_case``: "grote oost 118 1621 bx hoorn", "adres zandweerd 31". A lower-case
street has no capital to give it away, so only two things make it an address: a postcode right
after it, or the word "adres" right before it. The capitalised forms are the address recognizer's.
"""

from __future__ import annotations

import regex

from redaction.recognizers.base import SpanRuleRecognizer

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
_UNIT_LETTERS = frozenset({"mg", "kg", "ml", "cl", "dl", "cm", "mm", "km", "ha", "st", "nr", "ex"})
_POSTCODE_AFTER = (
    rf"(?=,?(?:[ \t]{{1,2}}|[ \t]*\n[ \t]*)[1-9]\d{{3}}[ ]?{_UNITS}[a-zA-Z]{{2}}(?![\p{{L}}\d]))"
)

BEFORE_POSTCODE = rf"(?<![\p{{L}}\d@./-]){_STREET}[ ]{_NUMBER}{_POSTCODE_AFTER}"
AFTER_CUE = rf"(?i:\b(?:woon)?adres)[ \t]*:?[ \t]+(?P<value>{_STREET}[ ]{_NUMBER})"
# Where to look: a postcode (the street stands in the 60 characters before it), or "adres".
_POSTCODE = regex.compile(r"(?<![\p{L}\d])[1-9]\d{3}[ ]?[a-zA-Z]{2}(?![\p{L}\d])")
_BEFORE_POSTCODE_AT_END = regex.compile(
    rf"(?<![\p{{L}}\d@./-]){_STREET}[ ]{_NUMBER},?(?:[ \t]{{1,2}}|[ \t]*\n[ \t]*)$")
_AFTER_CUE = regex.compile(AFTER_CUE)
_CUE_WORD = regex.compile(r"(?i)adres")


class LowerCaseAddressRecognizer(SpanRuleRecognizer):
    """Lower-case street and number before a postcode or after "adres"."""

    ENTITY, RULE, SOURCE, SCORE = "ADDRESS", "lower_case", "address:lower_case", 0.7
    CONTEXT_WORDS = ("adres", "woonadres", "postcode")

    def spans(self, text: str) -> list[tuple[int, int]]:
        found: set[tuple[int, int]] = set()
        # Only what stands right before a postcode is read, backwards from it: a pattern tried at
        # every lower-case word of the text would cost more than all the other address rules.
        for postcode in _POSTCODE.finditer(text):
            if text[postcode.end() - 2:postcode.end()].lower() in _UNIT_LETTERS:
                continue
            match = _BEFORE_POSTCODE_AT_END.search(text, max(0, postcode.start() - 60), postcode.start())
            if match is not None:
                value = regex.match(rf"{_STREET}[ ]{_NUMBER}", text[match.start():postcode.start()])
                if value is not None:
                    found.add((match.start(), match.start() + value.end()))
        for cue in _CUE_WORD.finditer(text):
            match = _AFTER_CUE.match(text, max(0, cue.start() - 4)) or _AFTER_CUE.match(text, cue.start())
            if match is not None:
                found.add(match.span("value"))
        return sorted(found)
