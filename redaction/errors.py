"""Errors with stable codes (imitating spaCy's `Errors`): one line, no personal data.

A message names a file by the path the user gave and never quotes document content.
"""

from __future__ import annotations


class WooError(Exception):
    """Base error of the product. ``code`` is stable, so scripts and tests can rely on it."""

    code: str = "W000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class UsageError(WooError):
    """The command line asks for something that cannot be done (several files without -o DIR)."""

    code = "W001"


class InputFileError(WooError):
    """A document cannot be read as UTF-8 text (missing, directory, binary, too large, empty)."""

    code = "W100"


class TextTooLargeError(InputFileError):
    """More bytes than a text document may have (same code: the CLI's callers rely on W100)."""


class TextDecodeError(InputFileError):
    """Binary content, or bytes that are not UTF-8."""


class PolicyError(WooError):
    """The Woo policy file is missing or invalid."""

    code = "W200"


class LexiconError(WooError):
    """A shipped lexicon is missing or malformed."""

    code = "W300"


class AnalysisError(WooError):
    """The engine failed on one document (a bug, not bad input): that document is not processed,
    the rest of the batch goes on. The message names the exception type, never the text."""

    code = "W900"
