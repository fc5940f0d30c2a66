"""Ingest errors: one per way an inbox file can be unusable, each with a stable code (W4xx).

A message never names the file (an inbox file name may carry a person's name) and never quotes
its content; the caller knows which file it handed in.
"""

from __future__ import annotations

from redaction.errors import WooError


class IngestError(WooError):
    """Base of all ingest errors; ``kind`` is a short slug for counting failures per kind."""

    code = "W400"
    kind = "ingest"


class UnsupportedFormatError(IngestError):
    """The file's extension has no reader (or an attachment's type is not one we read)."""

    code = "W401"
    kind = "unsupported"


class EmptyFileError(IngestError):
    """The file has no bytes (or only white space)."""

    code = "W402"
    kind = "empty"


class TooLargeError(IngestError):
    """The file exceeds the size limit: an export or a mistake, not correspondence."""

    code = "W403"
    kind = "too_large"


class CorruptFileError(IngestError):
    """The bytes do not parse as the format the extension promises."""

    code = "W404"
    kind = "corrupt"


class EncryptedFileError(IngestError):
    """The document is password protected: we cannot read it, so we cannot redact it."""

    code = "W405"
    kind = "encrypted"


class NeedsOcrError(IngestError):
    """A PDF without a text layer (a scan): it needs OCR before anything can be redacted."""

    code = "W406"
    kind = "needs_ocr"


class UnreadableFileError(IngestError):
    """The path does not exist, is a directory or cannot be read."""

    code = "W407"
    kind = "unreadable"


class NotTextError(IngestError):
    """A .txt file that is binary or not valid UTF-8."""

    code = "W408"
    kind = "not_text"


class NestingTooDeepError(IngestError):
    """Attachments nested deeper than the limit (an e-mail in an e-mail in an e-mail ...)."""

    code = "W409"
    kind = "too_deep"


class HiddenContentError(IngestError):
    """The document holds content its reader does not see (white or hidden text, comments,
    display:none): a person must look at the original before anything of it is published."""

    code = "W410"
    kind = "hidden_content"

    @classmethod
    def listing(cls, hidden: tuple[str, ...]) -> HiddenContentError:
        """The error for a document whose ``hidden`` lists what its reader does not see."""
        return cls(
            f"hidden content ({'; '.join(hidden)}): check the original before publishing "
            "/ verborgen inhoud, eerst beoordelen"
        )


class ContainerLimitError(IngestError):
    """A zip-based file (DOCX, XLSX, a zip) or a mail would unpack beyond the limits: too many
    parts, too many bytes or a compression ratio no document has (a zip bomb)."""

    code = "W411"
    kind = "container_limit"


class NotRegularFileError(IngestError):
    """An inbox entry that is no regular file of the inbox: a symbolic link (never followed),
    a named pipe or a device."""

    code = "W412"
    kind = "not_regular"


class SkippedByPolicyError(IngestError):
    """An inbox entry left out by policy (a hidden name such as '.DS_Store', an unfinished
    download): listed, so nothing in the inbox vanishes without a trace."""

    code = "W413"
    kind = "skipped"


class OcrFailedError(IngestError):
    """A scanned page that Tesseract could not read (missing, failed or took too long)."""

    code = "W414"
    kind = "ocr_failed"
