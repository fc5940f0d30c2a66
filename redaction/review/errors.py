"""Errors of the review process, shared by the review, accounts and audit parts of the store."""

from __future__ import annotations

from redaction.errors import WooError


class ReviewError(WooError):
    """A review action cannot be carried out (unknown id, not allowed, wrong state)."""

    code = "W600"


class ReviewConflict(ReviewError):
    """Someone else changed the same span first; reload and decide again. Nothing was lost."""

    code = "W601"


class FourEyesViolation(ReviewError):
    """With four eyes on, the approver must not be a person who reviewed the document, and someone
    else must have reviewed it."""

    code = "W602"


class AccountError(ReviewError):
    """An account cannot be created or changed (unknown role, name taken, unknown user)."""

    code = "W603"


class PagesUnseen(ReviewError):
    """A page flagged for a person (OCR unsure, a signature or stamp no word covers) was not marked
    seen by a reviewer: the document cannot be approved yet."""

    code = "W605"
