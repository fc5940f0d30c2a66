"""Tables of the review store: batches, documents, one row per decision, approvals and the audit log.

A `SpanRow` *is* the decision record of `redaction.decisions.Decision` plus what people did to
it; the Noot, the PDF boxes, the review screen and the inventory are all rendered from these rows.
The audit log holds positions and ids, never the text of a span.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class BatchRow(Base):
    __tablename__ = "batches"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # opaque, never from file names
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # What the batch answers, as the Woo team enters it (restricted, like everything here): the
    # subject, the sender and reference of the Woo request, the day it was received and whether the
    # decision term was extended by two weeks (Woo art. 4.4).
    subject: Mapped[str | None] = mapped_column(String(300))
    sender: Mapped[str | None] = mapped_column(String(200))
    request_ref: Mapped[str | None] = mapped_column(String(80))
    received_on: Mapped[date | None] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(default=False)
    documents: Mapped[list[DocumentRow]] = relationship(back_populates="batch", order_by="DocumentRow.number")


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # opaque content-derived id
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"), index=True)
    number: Mapped[str] = mapped_column(String(40))  # the neutral Documentnummer used in file names
    kind: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(12), default="document")
    family_id: Mapped[str | None] = mapped_column(String(32))
    thread_id: Mapped[str | None] = mapped_column(String(32))
    parent_id: Mapped[str | None] = mapped_column(String(32))
    date: Mapped[str | None] = mapped_column(String(10))  # ISO date of the document itself
    text: Mapped[str] = mapped_column(Text, default="")  # restricted: unredacted text
    pages: Mapped[list[list[int]] | None] = mapped_column(JSON)  # [[start, end], ...] per original page
    # Page numbers a person must mark seen before approval (OCR unsure, or ink no word covers).
    pages_to_review: Mapped[list[int] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="in_review", index=True)
    failure_code: Mapped[str | None] = mapped_column(String(8))
    failure_reason: Mapped[str | None] = mapped_column(String(300))
    approved_by: Mapped[str | None] = mapped_column(String(80))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    batch: Mapped[BatchRow] = relationship(back_populates="documents")
    spans: Mapped[list[SpanRow]] = relationship(back_populates="document", order_by="SpanRow.start")

    __table_args__ = (UniqueConstraint("batch_id", "number", name="uq_document_number"),)


class SpanRow(Base):
    __tablename__ = "spans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    entity: Mapped[str] = mapped_column(String(40))
    # What the engine proposed.
    proposed_decision: Mapped[str] = mapped_column(String(8))
    proposed_ground: Mapped[str | None] = mapped_column(String(12))
    category: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float] = mapped_column(Float, default=0.0)
    source: Mapped[str] = mapped_column(String(60), default="")
    rule: Mapped[str] = mapped_column(String(80), default="")
    # What people made of it. ``state``: proposed | accepted | rejected | added.
    state: Mapped[str] = mapped_column(String(10), default="proposed")
    decision: Mapped[str] = mapped_column(String(8))
    ground: Mapped[str | None] = mapped_column(String(12))
    reviewed_by: Mapped[str | None] = mapped_column(String(80))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The reviewer's own motivation (e.g. the weighing of interests a relative ground needs).
    motivation: Mapped[str | None] = mapped_column(Text)
    # Optimistic locking: a change based on an older version is refused, never silently lost.
    version: Mapped[int] = mapped_column(Integer, default=1)

    document: Mapped[DocumentRow] = relationship(back_populates="spans")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a plain dict)


class PageBoxRow(Base):
    """A box a reviewer drew on a page for what the text does not show (a signature, a stamp, a
    face, handwriting): a decision of its own, burned into the published page. Removing one keeps
    the row (``removed_by``), so the audit log's ids keep pointing at something."""

    __tablename__ = "page_boxes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    page: Mapped[int] = mapped_column(Integer)  # 1-based, as in the page model
    # Points from the page's top-left corner, the page model's frame (redaction.pages.Box).
    x0: Mapped[float] = mapped_column(Float)
    top: Mapped[float] = mapped_column(Float)
    x1: Mapped[float] = mapped_column(Float)
    bottom: Mapped[float] = mapped_column(Float)
    ground: Mapped[str] = mapped_column(String(12))
    category: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)  # the reviewer's own words, restricted
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    removed_by: Mapped[str | None] = mapped_column(String(80))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class PageSeenRow(Base):
    """A page flagged for a person (``DocumentRow.pages_to_review``) that a reviewer looked at."""

    __tablename__ = "pages_seen"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    page: Mapped[int] = mapped_column(Integer)
    seen_by: Mapped[str] = mapped_column(String(80))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (UniqueConstraint("document_id", "page", name="uq_page_seen"),)


class AuditRow(Base):
    """Append-only: the store never updates or deletes these rows."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(24))
    batch_id: Mapped[str | None] = mapped_column(String(32))
    document_id: Mapped[str | None] = mapped_column(String(32))
    span_id: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(String(40))  # e.g. "redact 5.1.2e" — never span text
    after: Mapped[str | None] = mapped_column(String(40))
    account: Mapped[str | None] = mapped_column(String(80))  # the account an account change concerns

    __table_args__ = (Index("ix_audit_batch", "batch_id", "id"),)


class LeakRow(Base):
    """One place where a file about to be published still shows personal data, as the blocking
    leak check found it: which file, where, what kind and which decisions it concerns.

    Positions and ids only, never the value: the cockpit shows it to reviewers, and a row may be
    quoted in a ticket. The check replaces a document's rows each time it scans that document.
    """

    __tablename__ = "publication_leaks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(String(32), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    kind: Mapped[str] = mapped_column(String(24))  # email | bsn | iban | phone | withheld_value
    file: Mapped[str] = mapped_column(String(80))  # the published file: <Documentnummer>.<ext>
    part: Mapped[str] = mapped_column(String(60))  # the view of the file: tekst, pagina 2, bron, metadata
    # 1-based line and column and 0-based character offset in that view's text ("column" and
    # "offset" are SQL keywords, hence the column names).
    line: Mapped[int] = mapped_column(Integer)
    col: Mapped[int] = mapped_column(Integer)
    char_offset: Mapped[int] = mapped_column(Integer)
    source_start: Mapped[int | None] = mapped_column(Integer)  # the same place in the document's own text
    detail: Mapped[str] = mapped_column(String(200), default="")
    # [{"span_id", "entity", "decision", "ground", "rule", "state"}, ...]: the decision records concerned.
    decisions: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)


class LeakCheckRow(Base):
    """One run of the blocking leak check over a batch: the record publication relies on.

    ``complete`` is False from the moment the check starts until it has recorded every document
    it checked, and stays False when the check could not establish which documents are clean (a
    file no document owns, a scan that failed): publication then publishes nothing (fail closed).
    """

    __tablename__ = "leak_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(String(32), index=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    complete: Mapped[bool] = mapped_column(default=False)
    documents: Mapped[int] = mapped_column(Integer, default=0)  # how many it checked
    held: Mapped[int] = mapped_column(Integer, default=0)  # how many of those it held back


class LeakCheckDocumentRow(Base):
    """One document a leak check checked: held (it leaks) or clean, and a digest of exactly the
    files it checked, so that only those bytes are ever published (a document rendered again after
    the check no longer matches and waits for the next check). Only the latest check of a batch
    keeps these rows; its header row (`LeakCheckRow`) stays as history."""

    __tablename__ = "leak_check_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("leak_checks.id"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    held: Mapped[bool] = mapped_column(default=False)
    leaks: Mapped[int] = mapped_column(Integer, default=0)
    files_digest: Mapped[str] = mapped_column(String(64), default="")  # SHA-256 over file names and contents

    __table_args__ = (UniqueConstraint("check_id", "document_id", name="uq_leak_check_document"),)


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(12))  # reviewer | approver | admin
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LoginFailureRow(Base):
    """One failed login, keyed by a hash of username + client address (no name or address stored).

    Kept in the store rather than in memory so that every web worker sees the same count.
    """

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebSessionRow(Base):
    """A login session of the cockpit. The cookie holds a random token; only its SHA-256 is kept,
    so a copy of the database opens no session. Deleting the row ends the session everywhere."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    username: Mapped[str] = mapped_column(String(80), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
