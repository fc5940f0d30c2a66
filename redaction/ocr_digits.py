"""Digits that OCR read as letters, repaired for the number recognizers.

A scanned "06 2O4 17 553" or "NL72 ABNA 725O 8236 63" carries an O for a 0, an l for a 1, an S for
a 5: the phone, IBAN, BSN, date and postcode patterns then miss the value, and a missed number is
a leak. ``repair`` returns a copy of the text of the same length in which, inside every token that
is mostly digits, the letters OCR confuses with digits are replaced by those digits. The engine
runs the number recognizers once more on that copy (offsets are the same) and adds what they find
there; the published text is never changed.

Only tokens with at least one real digit and at most as many look-alike letters as digits are
touched, so words ("Olst", "Bos", "lOl") stay as they are.
"""

from __future__ import annotations

import regex

# Letters that OCR confuses with digits, and the digit each stands for.
LOOKALIKES = {"O": "0", "o": "0", "Q": "0", "D": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8", "Z": "2"}
_CLASS = "".join(regex.escape(c) for c in LOOKALIKES)
# A token of digits and look-alikes between non-alphanumerics, with at least one digit.
_TOKEN = regex.compile(rf"(?<![\p{{L}}\p{{N}}])[\d{_CLASS}]*\d[\d{_CLASS}]*(?![\p{{L}}\p{{N}}])")
_TABLE = str.maketrans(LOOKALIKES)


def repaired_tokens(text: str) -> list[tuple[int, int]]:
    """Where ``repair`` changes the text: (start, end) of every number token with a look-alike letter."""
    spans: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        letters = sum(1 for ch in token if ch in LOOKALIKES)
        if letters and letters <= len(token) - letters:
            spans.append(match.span())
    return spans


def repair(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with the look-alike letters inside number tokens replaced (same length), or ``text``
    itself when no token has one; ``spans``: what ``repaired_tokens`` gave for it already."""
    if spans is None:
        spans = repaired_tokens(text)
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        pieces.append(text[last:start])
        pieces.append(text[start:end].translate(_TABLE))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
