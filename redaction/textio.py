"""Reading documents as text: every way a file can be unusable gets one clear line, no traceback."""

from __future__ import annotations

from pathlib import Path

from redaction.errors import InputFileError, TextDecodeError, TextTooLargeError

# Plain-text correspondence is small; anything this large is an export or a mistake, and
# analysing it would take minutes while the user waits for nothing.
MAX_INPUT_BYTES = 20 * 1024 * 1024


def read_text_document(path: str | Path, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Return the file's text decoded as UTF-8, or raise `InputFileError` with one line."""
    p = Path(path)
    if not p.exists():
        raise InputFileError(f"{p}: file not found / bestand niet gevonden")
    if p.is_dir():
        raise InputFileError(f"{p}: is a directory, not a file / is een map, geen bestand")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise TextTooLargeError(f"{p}: {_too_large(size, max_bytes)}")
        data = p.read_bytes()
    except PermissionError:
        raise InputFileError(f"{p}: no permission to read / geen leesrechten") from None
    except OSError as exc:
        raise InputFileError(f"{p}: cannot be read ({exc.strerror}) / niet leesbaar") from None
    if not data.strip():
        raise InputFileError(f"{p}: empty file / leeg bestand")
    try:
        return decode_text(data, max_bytes)
    except InputFileError as exc:
        raise type(exc)(f"{p}: {exc.message}") from None


def decode_text(data: bytes, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """The UTF-8 text of a document's bytes, or `TextTooLargeError` / `TextDecodeError` with one line
    that names no file (the caller knows which file it read): the rules for every text input."""
    if len(data) > max_bytes:
        raise TextTooLargeError(_too_large(len(data), max_bytes))
    if b"\x00" in data[:8192]:
        raise TextDecodeError("binary file, not text (tried UTF-8) / binair bestand, geen tekst")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextDecodeError(
            f"not valid UTF-8 text (tried encoding utf-8; invalid byte 0x{data[exc.start]:02x} "
            f"at offset {exc.start}) / geen geldige UTF-8-tekst"
        ) from None


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large ({size / 1_048_576:.1f} MB > {max_bytes / 1_048_576:.0f} MB limit) / te groot"
