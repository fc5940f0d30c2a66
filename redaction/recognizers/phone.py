"""PHONE_NUMBER: Dutch telephone numbers in the ways people write them.

A Dutch number is a trunk ``0`` (or ``+31`` / ``0031``) followed by nine significant digits; the
first of them says what it is (1-5 and 7 area codes, 6 mobile, 84/85/87/88 nomadic). Special
forms: ``0800``/``0900``/``0906``/``0909`` with 4 or 7 more digits, and the municipal short
number ``14`` + area code (``14 078``).

The regexes only accept the right *count* of digits with a single optional space or hyphen
between any two of them, so grouping styles ("06-1234 5678", "020 123 45 67") all work while
longer and shorter digit runs (case numbers, BSNs, dates) do not. What a regex cannot see is
excluded by vetoes: a candidate inside an IBAN, a date or an amount is not a phone number.
Presidio's own ``PhoneRecognizer`` (libphonenumber) leaves NL out of its default regions and
scores every format alike; this module knows the Dutch plan.
"""

from __future__ import annotations

from typing import ClassVar

import phonenumbers
import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import LINE_WRAP, SP, DutchPatternRecognizer

# One optional separator between digits. No dots: "06.12.34.56" collides with dotted dates. A
# line break counts too: text from a PDF breaks a number where the line is full ("06 1234\n5678").
# " - " between groups is common in letters and exports ("0182 - 52 61 37", "06 - 2931 4478").
# (also the hyphen of " - " carried to the next line: "06\n- 22479432")
_SEP = rf"(?:{SP}-{SP}|{SP}|-|-?{LINE_WRAP}(?:-{SP})?)?"
# Not part of a longer token: no letter/digit, "+", "@", "/", "," or "-" right before, and no
# digit-dot ("2.0612...") either; a letter-dot ("tel.0612345678") is fine.
_BEFORE = r"(?<![\w+@/,\-])(?<!\d\.)"
# Not followed by a letter/digit or by a decimal/continuation ("0612345678,50", "...-2").
_AFTER = r"(?![\w@]|[.,\-]\d)"


def _digits(n: int) -> str:
    """``n`` digits, each but the first optionally preceded by a separator."""
    return rf"\d(?:{_SEP}\d){{{n - 1}}}"


NATIONAL = rf"{_BEFORE}0[1-9](?:{_SEP}\d){{8}}{_AFTER}"
INTERNATIONAL = rf"{_BEFORE}(?:\+|00)31{_SEP}(?:\(0\){_SEP})?[1-9](?:{_SEP}\d){{8}}{_AFTER}"
# "(078) 639 80 00", "(010) 123 4567", "(0318) 123456", "(06) 12345678": area code in brackets.
BRACKETED = (
    rf"(?<![\w(])\((?:06\)-?{SP}?{_digits(8)}|0[1-9]\d\)-?{SP}?{_digits(7)}|0[1-9]\d\d\)-?{SP}?{_digits(6)})"
    rf"{_AFTER}"
)
# Foreign numbers ("+32 470 12 34 56", "0049 151 23456789"): family abroad, numbers from across the
# border. Eight to fourteen digits after the country sign; libphonenumber (its metadata ships with
# the package, nothing is fetched) says whether they can be a number of that country.
FOREIGN = rf"{_BEFORE}(?:\+|00)(?!31)[1-9](?:{_SEP}\d){{7,13}}{_AFTER}"
# "06.18.22.47.91": dotted pairs; five groups of two after the trunk can be no date.
DOTTED = rf"{_BEFORE}0[1-9](?:\.\d\d){{4}}(?![\w@]|[.,\-]\d)"
SERVICE = rf"{_BEFORE}0(?:800|900|906|909){_SEP}{_digits(4)}(?:(?:{_SEP}\d){{3}})?(?![\w@]|[.,\-]?\d)"
MUNICIPAL = rf"{_BEFORE}(?<!\d{SP})14{_SEP}0[1-9]\d{{1,2}}(?![\w@]|[.,\-]\d|{SP}\d)"
# A number written as a phone number, its area code set off by a dash, with one digit too few or too
# many ("046-555555", "088-75 555555"): a slip of the writer, still the person's number. Recall first.
MISTYPED = rf"{_BEFORE}0[1-9]\d{{1,2}}-[ ]?\d(?:[ ]?\d){{4,8}}{_AFTER}"
_MISTYPED_SHAPE = re.compile(r"0[1-9]\d{1,2}-[ ]?\d(?:[ ]?\d){4,8}")

# Number shapes that overlap phone candidates and are something else.
VETOES: tuple[str, ...] = (
    # IBAN, spaced or not: "NL91 ABNA 0417 1643 00" holds "0417 1643 00". After the bank code only
    # digit groups: letters there let the veto run on over "63 telefoon 0570 61 29 04".
    rf"\b[a-z]{{2}}\d{{2}}{SP}?[a-z0-9]{{4}}(?:{SP}?\d{{1,4}}){{1,7}}\b",
    # Dates "01-05-2025", "1/5/25", "2025-05-01" (not "06-12-34-56-78", which continues).
    r"(?<!\d[-/.])\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b(?![-/.]\d)",
    r"\b\d{4}-\d{2}-\d{2}\b",
    # Times "10:30".
    r"\b\d{1,2}:\d{2}\b",
    # Amounts "€ 1.234,56", "EUR 0612".
    rf"(?:€|\beur\b|\beuro\b){SP}?\d[\d.]*(?:,\d+|,-)?",
)

SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")
_NON_DIGIT = re.compile(r"\D")  # compiled once: every candidate number is normalised


def normalise_phone_number(text: str) -> str | None:
    """The national digit string of a Dutch number ("0786398000", "14078"), or ``None``.

    ``+31``/``0031`` become the trunk ``0``, an inserted ``(0)`` is dropped. The result is what the
    policy compares with the body's own numbers, and what validation checks.
    """
    compact = text.replace("(0)", "")
    plus = compact.lstrip().startswith("+")
    digits = _NON_DIGIT.sub("", compact)
    if plus and digits.startswith("31"):
        digits = "0" + digits[2:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    if digits.startswith("140") and len(digits) in (5, 6):
        return digits
    if digits.startswith(SERVICE_PREFIXES):
        return digits if len(digits) in (8, 11) else None
    if len(digits) != 10 or digits[0] != "0":
        return None
    first, second = digits[1], digits[2]
    if first in "123457":
        return digits
    if first == "6":
        # Recall first: 066 (pagers) and 067 are rarer, but still a person's number when written
        # in a letter, and the number plan changes over the years; every 06 number is withheld.
        return digits
    if first == "8":
        return digits if second in "4578" else None
    return None


class PhoneRecognizer(DutchPatternRecognizer):
    """Dutch telephone numbers, validated by digit count and number plan."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("nl_national", NATIONAL, 0.7),
        Pattern("nl_international", INTERNATIONAL, 0.8),
        Pattern("foreign_international", FOREIGN, 0.7),
        Pattern("nl_bracketed_area_code", BRACKETED, 0.7),
        Pattern("nl_dotted_pairs", DOTTED, 0.7),
        Pattern("nl_service_0800_0900", SERVICE, 0.6),
        # "14 078" is short and could be a count: weak alone, strong with "bel"/"telefoon".
        Pattern("nl_municipal_14", MUNICIPAL, 0.4),
        Pattern("nl_mistyped_length", MISTYPED, 0.5),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "telefoon", "tel", "tel.", "mobiel", "mob", "gsm", "bel", "bellen", "telefonisch", "nummer",
        "whatsapp",
    )  # fmt: skip
    # Compounds ("telefoonnummer", "mobiele", "whatsappen") count, and so does "bereikbaar op";
    # "bel" inside "belasting" does not. "T" and "M" alone are the labels of e-mail signatures
    # ("T 078 ... | M 06 ...").
    CONTEXT_REGEX = (
        r"(?<!\w)(?:telefoon\w*|telefonisch\w*|tel|mobiel\w*|mob|gsm|bel|belt|bellen|gebeld|"
        r"terugbellen|nummer|06-nummer|whatsapp\w*|fax|bereikbaar|bereiken|[tm])(?!\w)"
    )
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 15
    VETO_PATTERNS = VETOES

    def validate_result(self, pattern_text: str) -> bool:
        """True when the digits form a Dutch number (count and leading digits), or a number that
        is possible in the country its "+" names ("00" is also the start of many case numbers,
        so there the number must be valid, not only possible)."""
        if normalise_phone_number(pattern_text) is not None:
            return True
        if _MISTYPED_SHAPE.fullmatch(pattern_text) and len(_NON_DIGIT.sub("", pattern_text)) in (9, 11):
            return True  # "046-555555": one digit short of an area code's number
        return is_foreign_number(pattern_text)


def is_foreign_number(text: str) -> bool:
    """A non-Dutch number written with "+" (possible there) or "00" (valid there)."""
    stripped = text.lstrip()
    digits = re.sub(r"\D", "", stripped)
    if stripped.startswith("00"):
        digits, strict = digits[2:], True
    elif stripped.startswith("+"):
        strict = False
    else:
        return False
    if digits.startswith("31"):
        return False
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) if strict else phonenumbers.is_possible_number(number)
