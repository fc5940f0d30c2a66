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
from bisect import bisect_right
from collections.abc import Sequence
from typing import overload

# A lead byte of a two- or three-byte UTF-8 sequence, then its continuation bytes, all as cp1252.
_CONTINUATION = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_SEQUENCE = re.compile(f"[\xc2-\xdf][{_CONTINUATION}]|[\xe0-\xef][{_CONTINUATION}]{{2}}")


def _decode(sequence: str) -> str | None:
    try:
        return sequence.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


class OffsetMap(Sequence[int]):
    """For each character of a repaired text plus its end, the offset in the original: stored as
    the pieces the repair cut (plain runs and repaired characters), not one entry per character.
    Built per piece in C-speed operations; one entry per character cost a long document a Python
    loop over every character (and 8 bytes each)."""

    __slots__ = ("_length", "_original", "_repaired")

    def __init__(self, repaired: list[int], original: list[int], length: int) -> None:
        self._repaired = repaired  # where each piece starts in the repaired text, ascending
        self._original = original  # where it starts in the original
        self._length = length  # characters of the repaired text, plus one for its end

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset map index out of range")
        # the last piece starting at or before the index (a piece may be empty: two repaired
        # characters side by side; the later one, which holds the index, is found)
        piece = bisect_right(self._repaired, index) - 1
        return self._original[piece] + index - self._repaired[piece]


def repair(text: str) -> tuple[str, OffsetMap] | None:
    """The repaired text and, for each of its characters plus its end, the offset in ``text``;
    None when nothing needs repair. The offsets are kept per piece (see ``OffsetMap``): as a list
    of Python ints they took 110 MB for a 3 MB document."""
    if not _SEQUENCE.search(text):
        return None
    pieces: list[str] = []
    repaired_starts: list[int] = []
    original_starts: list[int] = []
    length = 0  # of the repaired text so far
    last = 0
    for match in _SEQUENCE.finditer(text):
        decoded = _decode(match.group())
        if decoded is None or len(decoded) != 1:
            continue
        pieces.append(text[last:match.start()])
        repaired_starts.append(length)  # the plain run before the repaired character
        original_starts.append(last)
        length += match.start() - last
        pieces.append(decoded)
        repaired_starts.append(length)  # the repaired character, from all the characters it was made of
        original_starts.append(match.start())
        length += 1
        last = match.end()
    if not pieces:
        return None
    pieces.append(text[last:])
    repaired_starts.append(length)  # the rest, and the end
    original_starts.append(last)
    length += len(text) - last
    return "".join(pieces), OffsetMap(repaired_starts, original_starts, length + 1)


def original_span(origin: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The original's span of the repaired text's ``[start, end)``: a repaired character at the
    end covers all the characters it was made from."""
    return origin[start], origin[end]
