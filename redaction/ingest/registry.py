"""Suffix registry and the walk over a file and its attachments.

A new format is one module with a reader ``bytes -> Extraction`` decorated with ``@register``.
The walk owns everything the readers share: size and emptiness checks, hashing, page defaults,
family links, recursion into attachments, and turning every error into an ``IngestFailure``
so one bad attachment never costs the rest of the e-mail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from redaction.ingest.containers import UnpackBudget, check_zip, is_zip
from redaction.ingest.errors import (
    CorruptFileError,
    EmptyFileError,
    IngestError,
    NestingTooDeepError,
    TooLargeError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from redaction.ingest.model import ExtractedDocument, Extraction, IngestFailure, IngestResult, Page

# Inbox files are correspondence and its attachments; beyond this it is an export or a mistake,
# and reading it into memory would hurt the machine the other batches share.
MAX_FILE_BYTES = 100 * 1024 * 1024
# An e-mail that forwards an e-mail that forwards ...: real threads stay well below this.
MAX_DEPTH = 5

Reader = Callable[[bytes], Extraction]


@dataclass(frozen=True, slots=True)
class Format:
    """One registered format: its kind, the role of a top-level file of it, and its reader."""

    kind: str
    role: str
    reader: Reader


FORMATS: dict[str, Format] = {}


def register(*suffixes: str, kind: str, role: str = "document") -> Callable[[Reader], Reader]:
    """Register ``reader`` for the given suffixes (lower case, with the dot)."""

    def decorate(reader: Reader) -> Reader:
        for suffix in suffixes:
            FORMATS[suffix.lower()] = Format(kind, role, reader)
        return reader

    return decorate


def supported_suffixes() -> frozenset[str]:
    return frozenset(FORMATS)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def ingest_file(path: str | Path) -> IngestResult:
    """Read one inbox file into documents; never raises for bad input (see ``IngestResult.failures``)."""
    p = Path(path)
    try:
        data = _read(p)
    except IngestError as exc:
        return IngestResult(failures=[_failure("file", exc)])
    return ingest_bytes(data, p.name)


def ingest_bytes(data: bytes, filename: str) -> IngestResult:
    """Like ``ingest_file`` for bytes already in memory; ``filename`` only selects the format."""
    result = IngestResult()
    _walk(data, filename, result, part="file", parent=None, depth=0, budget=UnpackBudget())
    return result


def _read(p: Path) -> bytes:
    if not p.exists():
        raise UnreadableFileError("file not found / bestand niet gevonden")
    if p.is_dir():
        raise UnreadableFileError("is a directory, not a file / is een map, geen bestand")
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(size)
        return p.read_bytes()
    except PermissionError:
        raise UnreadableFileError("no permission to read / geen leesrechten") from None
    except OSError as exc:
        raise UnreadableFileError(f"cannot be read ({exc.strerror}) / niet leesbaar") from None


def _too_large(size: int) -> TooLargeError:
    return TooLargeError(
        f"too large ({size / 1_048_576:.1f} MB > {MAX_FILE_BYTES / 1_048_576:.0f} MB limit) / te groot"
    )


def _format_for(filename: str) -> Format:
    suffix = PurePath(filename).suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        # The suffix alone is safe to show; the name in front of it may be a person's.
        shown = suffix if suffix and len(suffix) <= 10 and suffix[1:].isalnum() else "(none)"
        raise UnsupportedFormatError(f"unsupported format {shown} / bestandsformaat niet ondersteund")
    return fmt


def _walk(
    data: bytes, filename: str, result: IngestResult, part: str, parent: int | None, depth: int,
    budget: UnpackBudget, read: Extraction | None = None,
) -> None:
    try:
        if depth > MAX_DEPTH:
            raise NestingTooDeepError(f"attachments nested deeper than {MAX_DEPTH} levels / te diep genest")
        fmt = _format_for(filename)
        if len(data) > MAX_FILE_BYTES:
            raise _too_large(len(data))
        if not data.strip():
            raise EmptyFileError("empty file / leeg bestand")
        if read is None and is_zip(data):
            # Every zip-based container, whatever its suffix claims, before its reader inflates it.
            check_zip(data, budget)
        extraction = read if read is not None else fmt.reader(data)
    except IngestError as exc:
        result.failures.append(_failure(part, exc))
        return
    except Exception as exc:
        # A parsing library choking on hostile or broken bytes means a corrupt file, not a crash of
        # the batch. Only the exception's type is shown: its message may quote document content.
        error = CorruptFileError(f"cannot be parsed ({type(exc).__name__}) / bestand is beschadigd")
        result.failures.append(_failure(part, error))
        return
    index = len(result.documents)
    text = extraction.text
    result.documents.append(
        ExtractedDocument(
            text=text,
            kind=fmt.kind,
            pages=extraction.pages if extraction.pages is not None else (Page(1, 0, len(text)),),
            sha256=sha256_hex(data),
            role=fmt.role if parent is None else "attachment",
            parent_index=parent,
            date=extraction.date,
            thread_key=extraction.thread_key,
            # An attachment is known by its file name (the inventory's Bestandsnaam); a top-level
            # file's name is the caller's to keep.
            title=extraction.title if parent is None else (filename or extraction.title),
            hidden=extraction.hidden,
            layout=extraction.layout,
            source=data if extraction.layout is not None else None,
        )
    )
    for number, attachment in enumerate(extraction.attachments, start=1):
        sub = f"attachment {number}" if part == "file" else f"{part}.{number}"
        if attachment.error is not None:
            error = attachment.error
            if not isinstance(error, IngestError):
                error = CorruptFileError(f"cannot be taken out ({type(error).__name__}) / niet uit te pakken")
            result.failures.append(_failure(sub, error))
            continue
        _walk(attachment.data, attachment.filename, result, sub, index, depth + 1, budget, attachment.extraction)


def _failure(part: str, exc: IngestError) -> IngestFailure:
    return IngestFailure(part=part, code=exc.code, kind=exc.kind, reason=exc.message)
