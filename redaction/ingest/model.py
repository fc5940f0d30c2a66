"""The records ingest hands to the engine and the pipeline."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redaction.pages import DocumentLayout


@dataclass(frozen=True, slots=True)
class Page:
    """Where one page's text sits in ``ExtractedDocument.text``: ``text[start:end]``."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    """One analysable document: an inbox file, or an attachment of an e-mail.

    ``title`` (subject, PDF title, attachment file name) and ``text`` may hold personal data:
    keep them in the restricted area, never in logs, run tags or asset metadata.
    ``thread_key`` is opaque (a hash prefix), so it is safe to show. ``hidden`` says what the
    document holds that its reader does not see (white text, comments, display:none ...), as kinds
    and counts without content; the text includes it, so its names are found, but such a document
    must not be published before a person has looked at the original.
    """

    text: str
    kind: str
    pages: tuple[Page, ...]
    sha256: str
    role: str
    parent_index: int | None = None
    date: datetime.date | None = None
    thread_key: str | None = None
    title: str | None = None
    hidden: tuple[str, ...] = ()
    # PDFs and scans: the page model (`redaction.pages`) and the original bytes it is drawn from.
    layout: DocumentLayout | None = field(default=None, repr=False)
    source: bytes | None = field(default=None, repr=False)

    @property
    def low_confidence_pages(self) -> list[int]:
        """OCR pages whose words Tesseract was unsure of."""
        return self.layout.low_confidence_pages if self.layout is not None else []

    @property
    def pages_to_review(self) -> list[int]:
        """Pages a person must look at before anything of the document is published (OCR unsure,
        or ink no word covers: a signature, a stamp)."""
        return self.layout.pages_to_review if self.layout is not None else []


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A file or attachment that could not be read.

    ``part`` is "file" or "attachment 2" (or "attachment 2.1" for nested ones), never a file
    name; ``reason`` is one line without personal data.
    """

    part: str
    code: str
    kind: str
    reason: str


@dataclass
class IngestResult:
    """Everything one inbox file yielded: its documents (family order) and what failed."""

    documents: list[ExtractedDocument] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing failed (a partly read e-mail is not ok: a reviewer must look)."""
        return not self.failures


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment as a format reader found it, before it is ingested in turn.

    ``error`` is set (and ``data`` empty) when the reader could not even take the bytes out,
    so the attachment still shows up as a failure under its own number. ``extraction`` is set
    when the reader has already read it: an Outlook item embedded in a .msg is a storage inside
    the compound file, not a file of its own; ``data`` then holds its streams, for the hash.
    """

    filename: str
    data: bytes
    error: Exception | None = None
    extraction: Extraction | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a format reader returns for one document; the registry turns it into documents.

    ``pages`` None means one page spanning the text; ``hidden`` and ``layout`` as in
    ``ExtractedDocument``.
    """

    text: str
    pages: tuple[Page, ...] | None = None
    date: datetime.date | None = None
    thread_key: str | None = None
    title: str | None = None
    attachments: tuple[Attachment, ...] = ()
    hidden: tuple[str, ...] = ()
    layout: DocumentLayout | None = None
