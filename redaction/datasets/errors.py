"""Errors of the dataset path (W7xx): one line, a stable code, never a value from a record.

A message may name a column, a row number or a file path the user gave; it never quotes a cell,
because cells of a client register are personal data.
"""

from __future__ import annotations

from redaction.errors import WooError


class DatasetConfigError(WooError):
    """The per-column anonymisation config is missing or invalid."""

    code = "W700"


class CaseRecordsError(WooError):
    """A case-record export cannot be read (missing file, unknown format, missing columns)."""

    code = "W701"


class PseudonymKeyError(WooError):
    """No usable secret for the keyed pseudonyms (missing or too short)."""

    code = "W702"


class TextRedactionError(WooError):
    """A free-text column is configured for redaction but no redaction engine was supplied."""

    code = "W703"


class DisclosureError(WooError):
    """Data about to be published fails a disclosure rule (identifier, k-anonymity, small cell)."""

    code = "W704"
