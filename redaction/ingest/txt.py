"""Plain text: the same rules as ``redaction.textio`` (size limit, UTF-8 only, no binary)."""

from __future__ import annotations

from redaction.ingest.errors import NotTextError, TooLargeError
from redaction.ingest.model import Extraction
from redaction.ingest.registry import register
from redaction.textio import MAX_INPUT_BYTES


@register(".txt", kind="txt")
def read_txt(data: bytes) -> Extraction:
    if len(data) > MAX_INPUT_BYTES:
        raise TooLargeError(
            f"too large for a text file ({len(data) / 1_048_576:.1f} MB > "
            f"{MAX_INPUT_BYTES / 1_048_576:.0f} MB limit) / te groot"
        )
    if b"\x00" in data[:8192]:
        raise NotTextError("binary file, not text (tried UTF-8) / binair bestand, geen tekst")
    try:
        # utf-8-sig: Notepad's byte order mark is not part of the text the engine should see.
        return Extraction(text=data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise NotTextError(
            f"not valid UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}) "
            "/ geen geldige UTF-8-tekst"
        ) from None
