"""UTF-8 read as Windows-1252 ("SchÃ¤fer", "ZoÃ«", "Ã–zdemir"), repaired for analysis only.

A mail that passed a badly configured gateway spells every accented letter as two or three
characters. Names written that way are no name to the lists or the name model, so they would be
published readable. ``repair`` undoes that encoding slip where it is certain (the characters decode
as UTF-8), and returns, beside the repaired text, where each of its characters stood in the
original. The engine analyses the repaired text and maps every decision back: what is withheld is
the original's characters, the published text is never changed.

Own code rather than ftfy: ftfy repairs more kinds of damage, but does not say where a repaired
character came from, and the spans must land on the original's offsets.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence

# A lead byte of a two- or three-byte UTF-8 sequence, then its continuation bytes, all as cp1252.
_CONTINUATION = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_SEQUENCE = re.compile(f"[\xc2-\xdf][{_CONTINUATION}]|[\xe0-\xef][{_CONTINUATION}]{{2}}")


def _decode(sequence: str) -> str | None:
    try:
        return sequence.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def repair(text: str) -> tuple[str, array[int]] | None:
    """The repaired text and, for each of its characters plus its end, the offset in ``text``;
    None when nothing needs repair. The offsets are a machine-integer array: as a list of Python
    ints they took 110 MB for a 3 MB document."""
    if not _SEQUENCE.search(text):
        return None
    pieces: list[str] = []
    origin = array("q")
    last = 0
    for match in _SEQUENCE.finditer(text):
        decoded = _decode(match.group())
        if decoded is None or len(decoded) != 1:
            continue
        pieces.append(text[last:match.start()])
        origin.extend(range(last, match.start()))
        pieces.append(decoded)
        origin.append(match.start())
        last = match.end()
    if not pieces:
        return None
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    origin.append(len(text))
    return "".join(pieces), origin


def original_span(origin: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The original's span of the repaired text's ``[start, end)``: a repaired character at the
    end covers all the characters it was made from."""
    return origin[start], origin[end]
