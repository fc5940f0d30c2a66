"""Plain text: the same rules as every text input of the product (`redaction.textio.decode_text`),
plus UTF-16 with a byte order mark (what Windows Notepad calls "Unicode"): its zero bytes would
otherwise make it look binary.
"""

from __future__ import annotations

import codecs

from redaction.errors import TextDecodeError, TextTooLargeError
from redaction.ingest.errors import NotTextError, TooLargeError
from redaction.ingest.model import Extraction
from redaction.ingest.registry import register
from redaction.textio import decode_text


@register(".txt", kind="txt")
def read_txt(data: bytes) -> Extraction:
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return Extraction(text=_utf16(data[len(bom) :], encoding))
    try:
        text = decode_text(data)
    except TextTooLargeError as exc:
        raise TooLargeError(exc.message) from None
    except TextDecodeError as exc:
        raise NotTextError(exc.message) from None
    # Notepad's byte order mark is not part of the text the engine should see.
    return Extraction(text=text.removeprefix("\ufeff"))


def _utf16(data: bytes, encoding: str) -> str:
    """UTF-16 after its byte order mark, under the size limit every text input has (in UTF-8 bytes)."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise NotTextError(
            f"not valid UTF-16 text after its byte order mark (offset {exc.start}) / geen geldige UTF-16-tekst"
        ) from None
    try:
        # The same limit and messages as UTF-8 input; the text is valid, so only the size can fail.
        return decode_text(text.encode("utf-8"))
    except TextTooLargeError as exc:
        raise TooLargeError(exc.message) from None
    except TextDecodeError as exc:
        raise NotTextError(exc.message) from None
