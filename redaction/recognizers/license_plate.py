"""LICENSE_PLATE: Dutch kentekens in the sidecodes in use.

A sidecode is the pattern of letters (X) and digits (9) between the hyphens. Plates of the
current series use no vowels and no C or Q (no words, no confusion with G and O), so those letters
are left out everywhere: it keeps words and codes ("AB-12-CD") out, at the price of old plates
that still carry a vowel.

With hyphens, in capitals, the shape is specific enough on its own. Without hyphens ("GH123X") or
in lower case it is returned only with a cue nearby (kenteken, auto, voertuig, ...). The unhyphenated
form of sidecode 2 ("1234XX") is left out entirely: it is a postcode.

Speed: ``LicensePlateRecognizer.candidate_starts`` has the patterns tried only where a plate can
begin: a few characters before a hyphen that has a second hyphen 3 or 4 characters on, and, for the
spellings that need a cue, only in texts with a cue word and only near it.
"""

from __future__ import annotations

import re as stdlib_re
import string
from collections.abc import Iterable, Mapping
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import DutchPatternRecognizer, fold_case

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

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """Where each pattern can begin.

        A hyphenated plate has its first hyphen 1-3 characters after its start and its second one
        3 or 4 characters after the first (``_HYPHEN_PAIR``, plain literals). The two spellings
        that need a cue are kept only with a cue in the window before or after them, and every cue
        contains one of ``_CUE_WORDS`` (caseless, so found in the lower-cased text). Without such a
        word nothing of theirs is kept: they are skipped. With one, the compact spelling is tried
        at the word starts near it: a cue before a plate begins at most ``CONTEXT_BEFORE`` before
        the plate, at or before its word; a cue after a plate ends at most ``CONTEXT_AFTER`` after
        the plate, after its word. (Plates cannot overlap, so leaving the others out changes
        nothing but the matches that would be dropped.)
        """
        hyphenated = [
            start
            for m in _HYPHEN_PAIR.finditer(text)
            for start in range(max(m.start() - 3, 0), m.start())
            if start == 0 or text[start - 1] not in _WORD_OR_HYPHEN  # what _BEFORE surely refuses
        ]
        starts: dict[str, list[int]] = {"plate_hyphenated": hyphenated}
        if self._context_regex is None or self._context_regex.pattern != self.CONTEXT_REGEX:
            return starts  # a caller's own cue words: the cued patterns search the whole text
        folded = fold_case(text)
        if folded is None:
            return starts
        cue_words = [m.start() for m in _CUE_WORDS.finditer(folded)]
        starts["plate_hyphenated_any_case"] = hyphenated if cue_words else []
        compact: list[int] = []
        low = high = 0
        for word in [*cue_words, None]:  # windows around the cue words, overlapping ones merged
            if word is not None and word - self.CONTEXT_AFTER - _MAX_PLATE <= high:
                high = min(word + self.CONTEXT_BEFORE + 1, len(text))
                continue
            compact.extend(m.start() for m in _WORD_START.finditer(text, low, high))
            if word is not None:
                low = max(word - self.CONTEXT_AFTER - _MAX_PLATE, 0)
                high = min(word + self.CONTEXT_BEFORE + 1, len(text))
        starts["plate_compact"] = compact
        return starts


# -- candidate_starts -------------------------------------------------------------------------
# A hyphen with a second one 3 or 4 characters on ("GH-123-X", "12-BD-34"). Plain literals: exact in re.
_HYPHEN_PAIR = stdlib_re.compile(r"-(?=.{2,3}-)", stdlib_re.DOTALL)
# Every alternative of CONTEXT_REGEX contains one of these words ("personenauto": "auto").
_CUE_WORDS = stdlib_re.compile(
    r"kenteken|nummerplaat|auto|voertuig|bestelbus|bestelwagen|wagen|motor|scooter|bromfiets|brommer"
    r"|aanhanger|caravan|camper|rdw"
)
_MAX_PLATE = 8
# ASCII word characters and the hyphen: before a plate's start, _BEFORE refuses them.
_WORD_OR_HYPHEN = frozenset(string.ascii_letters + string.digits + "_-")
# Where a plate can begin: a word character after no word character or hyphen (the patterns' _BEFORE).
_WORD_START = re.compile(r"(?<![\w-])\w", LicensePlateRecognizer.FLAGS)
