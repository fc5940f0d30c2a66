"""The review process: the store of proposed and reviewed decisions (the web cockpit builds on it)."""

from redaction.review.store import (
    DocumentSummary,
    DocumentView,
    FourEyesViolation,
    NewDocument,
    PageBoxView,
    PagesUnseen,
    ReviewConflict,
    ReviewError,
    ReviewStore,
    SpanView,
    span_decision,
)

__all__ = [
    "DocumentSummary",
    "DocumentView",
    "FourEyesViolation",
    "NewDocument",
    "PageBoxView",
    "PagesUnseen",
    "ReviewConflict",
    "ReviewError",
    "ReviewStore",
    "SpanView",
    "span_decision",
]
