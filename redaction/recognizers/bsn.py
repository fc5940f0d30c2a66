"""NL_BSN: the burgerservicenummer, withheld under Woo art. 5.1.1e wherever it occurs.

A BSN has nine digits and passes the 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of
11. Written with its leading zero dropped it has eight digits. A nine-digit number that fails the
proef is not returned at all; one that passes but stands alone gets a medium score (0.6: old
bank account numbers and other nine-digit numbers pass one time in eleven). With a cue word
("BSN", "burgerservicenummer", ...) on the same line the score is 1.0: the recognizer does this
boost itself (see ``base``) so the value is exact and needs no lemmas. An eight-digit number is
only returned with such a cue; too many eight-digit numbers are something else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import LINE_WRAP, SP, DutchPatternRecognizer

# Not glued to other digits, letters (IBAN "NL91ABNA0417164300"), decimals or codes.
_BEFORE = r"(?<![\w.,/+\-])"
_AFTER = r"(?!\w|[.,/\-]\d)"


# Every cue of CONTEXT_REGEX contains one of these.
_CUE_STEMS = ("bsn", "burgerservice", "sofi", "persoons")
_NON_DIGIT = re.compile(r"\D")  # compiled once: the 11-proef runs for every candidate number


def elfproef(number: str) -> bool:
    """True when ``number`` (8 or 9 digits, separators allowed) passes the BSN 11-proef.

    Eight digits get their dropped leading zero back. All zeros passes the arithmetic but is no
    number anyone has.
    """
    digits = _NON_DIGIT.sub("", number)
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.strip("0"):
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


class BsnRecognizer(DutchPatternRecognizer):
    """Burgerservicenummers: plain, dotted (1234.56.782) or spaced (123 456 782), 11-proef valid."""

    ENTITY = "NL_BSN"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("bsn_9_digits", rf"{_BEFORE}\d{{9}}{_AFTER}", 0.6),
        Pattern("bsn_9_dotted", rf"{_BEFORE}\d{{4}}\.\d{{2}}\.\d{{3}}{_AFTER}", 0.6),
        # The same 4-2-3 grouping with spaces, as many forms print it: "1234 56 782".
        Pattern("bsn_9_spaced_4_2_3", rf"{_BEFORE}(?<!\d{SP})\d{{4}}{SP}\d{{2}}{SP}\d{{3}}{_AFTER}(?!{SP}\d)", 0.6),
        # One separator style throughout, and not part of a longer group of numbers.
        Pattern(
            "bsn_9_grouped",
            rf"{_BEFORE}(?<!\d{SP})\d{{3}}(?P<sep>{SP}|-)\d{{3}}(?P=sep)\d{{3}}{_AFTER}(?!{SP}\d)",
            0.6,
        ),
        Pattern("bsn_8_digits", rf"{_BEFORE}\d{{8}}{_AFTER}", 0.6),
        # Broken over two lines where text from a PDF wrapped a grouped number ("123 456\n782"):
        # nine digits in groups, one break among the separators; the 11-proef still decides.
        Pattern(
            "bsn_9_wrapped",
            rf"{_BEFORE}(?<!\d{SP})(?=[\d .\-]*\n)\d{{3,4}}(?:[.\-]?{SP}?{LINE_WRAP}|[ .\-])\d{{2,3}}"
            rf"(?:[.\-]?{SP}?{LINE_WRAP}|[ .\-])\d{{3}}{_AFTER}(?!{SP}\d)",
            0.6,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "persoonsnummer",
    )  # fmt: skip
    CONTEXT_REGEX = (
        r"(?<!\w)(?:bsn|burgerservicenummers?|burgerservicenr|sofi-?nummers?|sofinr|sofi|"
        r"persoonsnummers?|persoonsgebonden\s+nummer)(?!\w)"
    )
    CONTEXT_REQUIRED = frozenset({"bsn_8_digits", "bsn_9_wrapped"})
    CONTEXT_SCORE = 1.0
    CONTEXT_BEFORE = 50
    # "123456782 (BSN)" and table layouts put the label after the number.
    CONTEXT_AFTER = 15

    def validate_result(self, pattern_text: str) -> bool:
        """The 11-proef; a failing number is dropped, not scored low."""
        return elfproef(pattern_text)

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """The wrapped spelling needs a cue, and every cue contains one of ``_CUE_STEMS``: without
        one in the text, nothing of it would be kept, so it is not searched (the others always are)."""
        if self._context_regex is None or self._context_regex.pattern != self.CONTEXT_REGEX:
            return None  # a caller's own cue words: search everything
        low = text.lower()
        return {} if any(stem in low for stem in _CUE_STEMS) else {"bsn_9_wrapped": []}
