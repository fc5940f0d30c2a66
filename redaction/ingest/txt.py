"""Plain text: the same rules as every text input of the product (`redaction.textio.decode_text`)."""

from __future__ import annotations

from redaction.errors import TextDecodeError, TextTooLargeError
from redaction.ingest.errors import NotTextError, TooLargeError
from redaction.ingest.model import Extraction
from redaction.ingest.registry import register
from redaction.textio import decode_text


@register(".txt", kind="txt")
def read_txt(data: bytes) -> Extraction:
    try:
        text = decode_text(data)
    except TextTooLargeError as exc:
        raise TooLargeError(exc.message) from None
    except TextDecodeError as exc:
        raise NotTextError(exc.message) from None
    # Notepad's byte order mark is not part of the text the engine should see.
    return Extraction(text=text.removeprefix("\ufeff"))
