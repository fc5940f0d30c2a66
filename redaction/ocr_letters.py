"""Letters that OCR read as digits, repaired for the name recognizers.

A scanned "Fat1ma Ka5mi" or "de familie yi1maz" carries a 1 for an i or an l, a 5 for an s, a 0 for
an o: the word lists and the name model then see no name, and a missed name is a leak. ``repair``
returns a copy of the text of the same length in which, inside every word that is mostly letters,
the digits OCR confuses with letters are replaced by those letters; ``repaired_words`` says where.
The engine reads person names once more in the repaired copy, only where a word was repaired
(offsets are the same), and adds what it finds on those words; the published text is never changed.

Only words of four characters or more with at least three letters and at most one look-alike digit
per three letters are touched, and not a digit at a word's end (a footnote's mark: "Milieubeheer1"),
so codes ("A4", "N348", "B1-niveau", "Covid19", "2e") stay as they are; only a "1" that makes a
listed name of a word that is none without it is a damaged last letter ("Rozendaa1").
A "1" between two consonants reads as an "i" ("Fat1ma"), elsewhere as an "l" ("Ma1ika", "yi1maz").
"""

from __future__ import annotations

from collections.abc import Callable

import regex

# A word of letters and look-alike digits between non-alphanumerics, with a digit inside.
_WORD = regex.compile(r"(?<![\p{L}\p{N}])(?=[\p{L}015]*[015])[\p{L}015]{4,}(?![\p{L}\p{N}])")
# The run of letters and look-alike digits that ends at a position, read backwards from it.
_RUN_ENDING_AT = regex.compile(r"[\p{L}015]+", regex.REVERSE)
_VOWELS = frozenset("aeiouyAEIOUYàáâäèéêëìíîïòóôöùúûü")


def _letter(word: str, index: int) -> str:
    digit = word[index]
    before = word[index - 1] if index > 0 else ""
    after = word[index + 1] if index + 1 < len(word) else ""
    upper = index == 0 or (before.isupper() and (not after or after.isupper()))
    if digit == "0":
        return "O" if upper else "o"
    if digit == "5":
        return "S" if upper else "s"
    consonants = all(ch.isalpha() and ch not in _VOWELS for ch in (before, after) if ch)
    if index == 0:
        return "I" if after and after not in _VOWELS else "L"
    return ("I" if upper else "i") if consonants and before and after else ("L" if upper else "l")


def _repairable(word: str, is_name: Callable[[str], bool] | None = None) -> bool:
    letters = sum(ch.isalpha() for ch in word)
    digits = len(word) - letters
    if letters < 3 or digits * 3 > letters:
        return False
    if not word[-1].isdigit():
        return True
    # A digit at the end is a footnote's mark ("Milieubeheer1"), unless the repaired word is a
    # listed name and the word without the digit is none ("Rozendaa1": Rozendaal).
    return (is_name is not None and word[-1] == "1" and word[-2].isalpha()
            and is_name(_repaired(word)) and not is_name(word[:-1]))


def _repaired(word: str) -> str:
    return "".join(_letter(word, i) if ch in "015" else ch for i, ch in enumerate(word))


def repaired_words(text: str, is_name: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """Where ``repair`` changes a word: (start, end) of every such word. ``is_name``: whether a word
    is a listed name, to read a damaged last letter of a name ("Rozendaa1")."""
    # What ``[m.span() for m in _WORD.finditer(text) if _repairable(m.group())]`` gives, without
    # trying the pattern at every position of the text. A match is a whole run of letters and
    # look-alike digits, and a repairable one holds letters and a digit, so a digit stands beside
    # a letter in it: the pattern is tried only at the start of the run around such a digit.
    starts = set()
    for digit in "015":
        at = text.find(digit)
        while at != -1:
            if (at > 0 and text[at - 1].isalpha()) or text[at + 1:at + 2].isalpha():
                starts.add(_RUN_ENDING_AT.match(text, 0, at + 1).start())
            at = text.find(digit, at + 1)
    found = []
    for start in sorted(starts):
        match = _WORD.match(text, start)
        if match is not None and _repairable(match.group(), is_name):
            found.append(match.span())
    return found


def repair(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with the look-alike digits inside words replaced by letters (same length), or
    ``text`` itself when no word has one; ``spans``: what ``repaired_words`` gave for it already."""
    if spans is None:
        spans = repaired_words(text)
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        word = text[start:end]
        pieces.append(text[last:start])
        pieces.append(_repaired(word))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
