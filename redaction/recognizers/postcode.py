"""POSTCODE: Dutch postcodes, "3311 AB" or "3311AB" (or typed small and glued, "3311ab").

Four digits (the first 1-9) and two capital letters; SA, SD and SS are never issued. Matching is
case-sensitive on purpose: "in 2025 en 2026" must not give a postcode "2025 en". Alone a postcode
is a medium match; followed by a place name ("3311 AB Dordrecht") or near "postcode", "pc" or
"woonplaats" it is strong. Whether it is the body's own postcode is for the policy to decide.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import SP, DutchPatternRecognizer

_CORE = rf"(?<![\w\-/.,])[1-9]\d{{3}}{SP}?(?!SA|SD|SS)[A-Z]{{2}}(?![\w\-])"
# A place name after it: "3311 AB Dordrecht", "2514 EA  's-Gravenhage".
# A tab or semicolon too, in a table row ("1456 AL\tWijdewormer").
_PLACE = rf"(?=(?:{SP}{{1,2}}|[ ]?[\t;|][ ]?)(?:['’]s[- ])?\p{{Lu}}\p{{Ll}})"
# Typed small and glued, as people write it in a mail ("3311ab"); not a unit or an ordinal glued to a
# number ("1000kg", "2500km", "1200ml", "1940st", "2021nd").
_LOWER_CASE = (r"(?<![\w\-/.,])[1-9]\d{3}(?!sa|sd|ss|kg|km|cm|mm|ml|cl|dl|mg|gb|mb|kb|kw|mw|gw|wh|pk|ha|hl|st|nd|rd|th"
               r"|de|en|er|jr|ct|uf|pm|am|ms|hz|ca)[a-z]{2}(?![\w\-])")
# Letter pairs that are also Dutch words in capitals ("JAARVERSLAG 2025 EN 2026"): only with a
# place name after them or a cue before them.
_WORD_PAIRS = r"(?<!EN|DE|IN|OP|TE|OF|ER|AL|OM|ZO|NU)"
# The town glued to the letters, as a PDF's extraction may leave it: "6004 HLWeert".
_GLUED_PLACE = rf"(?<![\w\-/.,])[1-9]\d{{3}}{SP}?(?!SA|SD|SS)[A-Z]{{2}}(?=\p{{Lu}}\p{{Ll}}{{2,}}(?![\w\-]*\d))"


class PostcodeRecognizer(DutchPatternRecognizer):
    """Dutch postcodes, case-sensitive, with context from "postcode"/"pc"/"woonplaats"."""

    ENTITY = "POSTCODE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("postcode_with_place", _CORE + _PLACE, 0.85),
        Pattern("postcode", _CORE + _WORD_PAIRS, 0.5),
        # The word-like pairs after "postcode"/"pc": "pc: 3311 EN".
        Pattern("postcode_word_letters", _CORE, 0.5),
        Pattern("postcode_lower_case", _LOWER_CASE, 0.5),
        Pattern("postcode_glued_place", _GLUED_PLACE, 0.85),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("postcode", "pc", "woonplaats", "adres", "woonadres", "postadres")
    CONTEXT_REQUIRED = frozenset({"postcode_word_letters"})
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 0
    # Case matters for the letters: no IGNORECASE.
    FLAGS = re.MULTILINE
