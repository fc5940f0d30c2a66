"""Ingest: one inbox file (.txt .eml .msg .pdf .docx, scans as .png .jpg .tif) -> documents plus failures.

    result = ingest_file(Path("inbox/brief.pdf"))
    for doc in result.documents: ...   # text, pages, family links, thread key
    for failure in result.failures: ...  # part, stable code, one line without personal data

Adding a format is one module with a ``@register(".ext", kind=...)`` reader, imported below.
"""

from __future__ import annotations

# The format modules register themselves with the registry on import.
from redaction.ingest import docx_reader as _docx  # noqa: F401
from redaction.ingest import eml as _eml  # noqa: F401
from redaction.ingest import image as _image  # noqa: F401
from redaction.ingest import msg as _msg  # noqa: F401
from redaction.ingest import pdf as _pdf  # noqa: F401
from redaction.ingest import txt as _txt  # noqa: F401
from redaction.ingest.errors import (
    ContainerLimitError,
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    HiddenContentError,
    IngestError,
    NeedsOcrError,
    NestingTooDeepError,
    NotRegularFileError,
    NotTextError,
    OcrFailedError,
    SkippedByPolicyError,
    TooLargeError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from redaction.ingest.model import ExtractedDocument, IngestFailure, IngestResult, Page
from redaction.ingest.registry import MAX_FILE_BYTES, ingest_bytes, ingest_file, register, supported_suffixes

SUPPORTED_SUFFIXES: frozenset[str] = supported_suffixes()

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "ContainerLimitError",
    "CorruptFileError",
    "EmptyFileError",
    "EncryptedFileError",
    "ExtractedDocument",
    "HiddenContentError",
    "IngestError",
    "IngestFailure",
    "IngestResult",
    "NeedsOcrError",
    "NestingTooDeepError",
    "NotRegularFileError",
    "NotTextError",
    "OcrFailedError",
    "Page",
    "SkippedByPolicyError",
    "TooLargeError",
    "UnreadableFileError",
    "UnsupportedFormatError",
    "ingest_bytes",
    "ingest_file",
    "register",
    "supported_suffixes",
]
