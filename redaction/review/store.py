"""The review store: where proposed decisions wait for a person, and where what they did is kept.

`ReviewStore` is the one object the CLI, the pipeline and the web cockpit open. It is composed of
three parts, each in its own module over the same database (`redaction.review.db`):
- review (this module): batches, documents, decisions, approval, publication, leak findings;
- accounts (`redaction.review.accounts`): users, roles, failed logins, login sessions;
- audit (`redaction.review.audit`): the audit log's exports.

Every change to a span is one short transaction on that span's row with optimistic locking: two
reviewers working on the same batch never overwrite each other's decision silently. A change
based on a stale version raises `ReviewConflict`; different spans never conflict.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from redaction.decisions import Decision
from redaction.errors import PolicyError
from redaction.pages import Box
from redaction.pages.manual import DEFAULT_CATEGORY, DEFAULT_GROUND, ManualBox
from redaction.person.scorer import RULE as SCORER_RULE
from redaction.policy.grounds import GROUNDS, normalise_ground
from redaction.review.accounts import ROLES, AccountStore, UserView
from redaction.review.audit import AuditStore
from redaction.review.db import DEFAULT_URL, review_db_url
from redaction.review.errors import AccountError, FourEyesViolation, PagesUnseen, ReviewConflict, ReviewError
from redaction.review.models import (
    AuditRow,
    BatchRow,
    DocumentRow,
    LeakCheckDocumentRow,
    LeakCheckRow,
    LeakRow,
    PageBoxRow,
    PageSeenRow,
    SpanRow,
    utcnow,
)

__all__ = [
    "DEFAULT_URL", "ROLES", "AccountError", "BatchInfo", "DecisionRef", "DocumentSummary", "DocumentView",
    "FourEyesViolation", "LeakCheckView", "LeakRecord", "NewDocument", "PageBoxView", "PagesUnseen",
    "ReviewConflict", "ReviewError", "ReviewStore", "SpanView",
    "UserView", "review_db_url", "span_decision",
]  # fmt: skip

SpanAction = Literal["accept", "reject"]
DocumentStatus = Literal["in_review", "approved", "published", "not_processed"]
# Who approves when the policy approves a document nobody looked at (`ReviewStore.auto_approve`).
POLICY_ACTOR = "beleid:auto"
# Actors that are no person: their audit rows never count as a review.
SYSTEM_ACTORS = ("pipeline", POLICY_ACTOR)
# Audit actions on a page rather than a span that count as reviewing the document (four eyes).
PAGE_ACTIONS = ("page_box", "page_box_removed", "page_seen")
# The Woo (art. 4.4): a decision within four weeks of receipt, extendable once by at most two.
DECISION_TERM = timedelta(weeks=4)
EXTENSION = timedelta(weeks=2)


@dataclass(frozen=True, slots=True)
class BatchInfo:
    """What a batch answers: subject, sender and reference of the Woo request, day of receipt."""

    id: str
    subject: str | None = None
    sender: str | None = None
    request_ref: str | None = None
    received_on: date | None = None
    extended: bool = False

    @property
    def deadline(self) -> date | None:
        """The last day of the decision term: four weeks after receipt, six when extended."""
        if self.received_on is None:
            return None
        return self.received_on + DECISION_TERM + (EXTENSION if self.extended else timedelta(0))


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document entering review, as the pipeline hands it over."""

    id: str
    number: str
    kind: str
    role: str = "document"
    text: str = ""
    pages: Sequence[tuple[int, int]] | None = None
    family_id: str | None = None
    thread_id: str | None = None
    parent_id: str | None = None
    date: str | None = None
    failure_code: str | None = None
    failure_reason: str | None = None
    # Pages a person must mark seen before the document can be approved (from the page model).
    pages_to_review: Sequence[int] | None = None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One line of the review queue: counts, no content."""

    id: str
    batch_id: str
    number: str
    kind: str
    status: str
    redactions: int
    keeps: int
    absolute: int  # spans withheld on an absolute ground (5.1.1x): reviewed first
    low_confidence: int
    reviewed: int  # spans a person has acted on
    per_entity: dict[str, int]
    failure_code: str | None = None
    failure_reason: str | None = None
    approved_by: str | None = None

    @property
    def approved_by_policy(self) -> bool:
        return self.approved_by == POLICY_ACTOR

    @property
    def risk(self) -> tuple[int, int, int]:
        return (self.absolute, self.low_confidence, self.redactions)


@dataclass(frozen=True, slots=True)
class SpanView:
    id: int
    start: int
    end: int
    text: str
    entity: str
    state: str
    decision: str
    ground: str | None
    category: str | None
    reason: str
    score: float
    source: str
    rule: str
    proposed_decision: str
    proposed_ground: str | None
    reviewed_by: str | None
    version: int
    motivation: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentView:
    id: str
    batch_id: str
    number: str
    kind: str
    role: str
    status: str
    text: str
    pages: list[list[int]] | None
    family_id: str | None
    thread_id: str | None
    parent_id: str | None
    date: str | None
    approved_by: str | None
    spans: list[SpanView]
    failure_code: str | None = None
    failure_reason: str | None = None
    approved_at: datetime | None = None
    published_at: datetime | None = None
    pages_to_review: tuple[int, ...] = ()
    pages_seen: Mapping[int, tuple[str, datetime]] = field(default_factory=dict)  # page -> (who, when)

    @property
    def approved_by_policy(self) -> bool:
        return self.approved_by == POLICY_ACTOR

    @property
    def unseen_pages(self) -> list[int]:
        """Flagged pages nobody has marked seen yet: they block approval."""
        return [n for n in self.pages_to_review if n not in self.pages_seen]


@dataclass(frozen=True, slots=True)
class PageBoxView:
    """A box a reviewer drew on a page (see `PageBoxRow`); ``removed_by`` set once taken away."""

    id: int
    document_id: str
    page: int
    box: Box
    ground: str
    category: str
    reason: str | None
    created_by: str
    created_at: datetime
    removed_by: str | None = None

    def manual_box(self) -> ManualBox:
        return ManualBox(self.page, self.box, self.ground, self.category)


@dataclass(frozen=True, slots=True)
class DecisionRef:
    """A decision record a leak concerns: the span's id in this store and what was decided. No text."""

    span_id: int
    entity: str
    decision: str
    ground: str | None
    rule: str
    state: str

    @classmethod
    def of(cls, span: SpanView) -> DecisionRef:
        return cls(span.id, span.entity, span.decision, span.ground, span.rule, span.state)


@dataclass(frozen=True, slots=True)
class LeakRecord:
    """Where a file about to be published still shows personal data, and which decisions that
    concerns: what a reviewer needs to fix it. Never the value itself.

    ``part`` names the view of the file (``tekst``, ``pagina 2``, ``bron``, ``metadata``);
    ``line``/``column`` are 1-based and ``offset`` 0-based in that view's text. ``source_start``
    is the same place in the document's own text when the position maps back (the text file's
    body), else None. No ``decisions`` means no decision covers the place: a missed detection.
    """

    document_id: str
    number: str
    file: str
    part: str
    line: int
    column: int
    offset: int
    kind: str
    detail: str
    decisions: tuple[DecisionRef, ...] = ()
    source_start: int | None = None
    checked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class LeakCheckView:
    """The latest leak check of a batch, as publication reads it: which documents it checked (with a
    digest of exactly the files it checked) and which of those it held because they leak.

    ``complete`` is False while the check runs, and when it could not establish which documents are
    clean: then nothing may be published on its word.
    """

    id: int
    batch_id: str
    checked_at: datetime
    complete: bool
    checked: Mapping[str, str]  # document id -> digest of its files as checked (`batchwork.files_digest`)
    held: frozenset[str]

    def cleared(self, doc_id: str, files_digest: str) -> bool:
        """May these files of this document be published: checked by a complete check, not held,
        and the very bytes it checked (not rendered again since)?"""
        return (self.complete and doc_id not in self.held and bool(files_digest)
                and self.checked.get(doc_id) == files_digest)  # fmt: skip


LOW_CONFIDENCE = 0.7
# A keep of the person scorer ("no name") carries the probability that the words ARE a name: the
# chance of a leak. From this probability on it counts as doubtful in the queue's risk order.
SCORER_DOUBT = 0.01


def decision_confidence(decision: str, rule: str, score: float) -> float:
    """How sure a proposed decision is: its score, except for the person scorer's keeps, whose score
    is the probability of a name (the decision is as sure as that probability is small)."""
    if rule == SCORER_RULE and decision == "keep":
        return 1.0 - score
    return score


@dataclass
class _Tally:
    """Span counts of one document, summed from the grouped query of `ReviewStore.queue`."""

    redactions: int = 0
    keeps: int = 0
    absolute: int = 0
    low_confidence: int = 0
    reviewed: int = 0
    per_entity: dict[str, int] = field(default_factory=dict)

    def add(self, entity: str, decision: str, n: int, absolute: int, low: int, reviewed: int) -> None:
        if decision == "redact":
            self.redactions += n
            self.absolute += absolute
            self.per_entity[entity] = self.per_entity.get(entity, 0) + n
        else:
            self.keeps += n
        self.low_confidence += low
        self.reviewed += reviewed
def _ground_state(decision: str, ground: str | None) -> str:
    return f"{decision} {ground}" if ground else decision


class ReviewStore(AccountStore, AuditStore):
    """All reads and writes of the review process go through here (CLI, pipeline, web cockpit)."""

    # -- filling the queue (the pipeline) -------------------------------------------------------

    def add_batch(self, batch_id: str) -> None:
        with self.session() as s:
            if s.get(BatchRow, batch_id) is None:
                s.add(BatchRow(id=batch_id))

    def batch_info(self, batch_id: str) -> BatchInfo:
        with self.session() as s:
            row = s.get(BatchRow, batch_id)
            if row is None:
                raise ReviewError(f"unknown batch {batch_id!r}")
            return _batch_info(row)

    def set_batch_info(
        self, batch_id: str, actor: str, *, subject: str | None = None, sender: str | None = None,
        request_ref: str | None = None, received_on: date | None = None, extended: bool = False,
    ) -> BatchInfo:  # fmt: skip
        """Record what the batch answers. Audited without the values (a sender is personal data)."""
        with self.session() as s:
            row = s.get(BatchRow, batch_id)
            if row is None:
                raise ReviewError(f"unknown batch {batch_id!r}")
            row.subject, row.sender = (subject or None), (sender or None)
            row.request_ref, row.received_on, row.extended = (request_ref or None), received_on, extended
            s.add(AuditRow(actor=actor, action="batch_info", batch_id=batch_id,
                           after="verdaagd" if extended else None))
            return _batch_info(row)

    def add_document(self, batch_id: str, doc: NewDocument, decisions: Iterable[Decision] = ()) -> bool:
        """Put a document and its proposed decisions in the queue. Returns False if already there.

        Idempotent on the document id, so re-running the pipeline never duplicates or resets a
        review that is under way.
        """
        with self.session() as s:
            if s.get(BatchRow, batch_id) is None:
                s.add(BatchRow(id=batch_id))
                s.flush()
            if s.get(DocumentRow, doc.id) is not None:
                return False
            row = DocumentRow(
                id=doc.id, batch_id=batch_id, number=doc.number, kind=doc.kind, role=doc.role, text=doc.text,
                pages=[list(p) for p in doc.pages] if doc.pages else None, family_id=doc.family_id,
                thread_id=doc.thread_id, parent_id=doc.parent_id, date=doc.date,
                pages_to_review=sorted({int(n) for n in doc.pages_to_review}) if doc.pages_to_review else None,
                status="not_processed" if doc.failure_code else "in_review",
                failure_code=doc.failure_code, failure_reason=doc.failure_reason,
            )  # fmt: skip
            s.add(row)
            for d in decisions:
                s.add(
                    SpanRow(
                        document_id=doc.id, start=d.start, end=d.end, text=d.text, entity=d.entity,
                        proposed_decision=d.decision, proposed_ground=d.ground, category=d.category,
                        reason=d.reason, score=float(d.score), source=d.source, rule=d.rule,
                        state="proposed", decision=d.decision, ground=d.ground,
                    )
                )  # fmt: skip
            s.add(AuditRow(actor="pipeline", action="queued", batch_id=batch_id, document_id=doc.id))
        return True

    # -- reading -------------------------------------------------------------------------------

    def batches(self) -> list[str]:
        with self.session() as s:
            return list(s.scalars(select(BatchRow.id).order_by(BatchRow.created_at, BatchRow.id)))

    def queue(
        self, batch_id: str | None = None, *, statuses: Sequence[str] | None = None, search: str | None = None,
    ) -> list[DocumentSummary]:  # fmt: skip
        """Documents per batch, riskiest first: absolute grounds (BSN ...), then low confidence.

        ``search`` keeps the documents whose number or text contains it (case-insensitive).

        Counted in the database: neither the documents' text nor their spans are loaded, so a
        queue of thousands of documents costs the same memory as one of ten.
        """
        columns = (DocumentRow.id, DocumentRow.batch_id, DocumentRow.number, DocumentRow.kind, DocumentRow.status,
                   DocumentRow.failure_code, DocumentRow.failure_reason, DocumentRow.approved_by)  # fmt: skip
        query = select(*columns)
        if search and search.strip():
            needle = search.strip().lower()
            query = query.where(func.lower(DocumentRow.number).contains(needle, autoescape=True)
                                | func.lower(DocumentRow.text).contains(needle, autoescape=True))  # fmt: skip
        if batch_id is not None:
            query = query.where(DocumentRow.batch_id == batch_id)
        if statuses is not None:
            query = query.where(DocumentRow.status.in_(list(statuses)))
        redact = SpanRow.decision == "redact"
        counts = (
            select(
                SpanRow.document_id,
                SpanRow.entity,
                SpanRow.decision,
                func.count(),
                func.sum(case((and_(redact, SpanRow.ground.like("5.1.1%")), 1), else_=0)),
                func.sum(case(
                    (and_(SpanRow.rule == SCORER_RULE, SpanRow.decision == "keep"),
                     case((SpanRow.score >= SCORER_DOUBT, 1), else_=0)),
                    (SpanRow.score < LOW_CONFIDENCE, 1), else_=0)),
                func.sum(case((SpanRow.state != "proposed", 1), else_=0)),
            )
            .where(SpanRow.document_id.in_(query.with_only_columns(DocumentRow.id).scalar_subquery()))
            .group_by(SpanRow.document_id, SpanRow.entity, SpanRow.decision)
        )
        with self.session() as s:
            docs = list(s.execute(query))
            tallies: dict[str, _Tally] = {}
            for doc_id, entity, decision, n, absolute, low, reviewed in s.execute(counts):
                tally = tallies.setdefault(doc_id, _Tally())
                tally.add(entity, decision, int(n), int(absolute or 0), int(low or 0), int(reviewed or 0))
        summaries = []
        for doc_id, batch, number, kind, status, failure_code, failure_reason, approved_by in docs:
            t = tallies.get(doc_id) or _Tally()
            summaries.append(DocumentSummary(
                id=doc_id, batch_id=batch, number=number, kind=kind, status=status, redactions=t.redactions,
                keeps=t.keeps, absolute=t.absolute, low_confidence=t.low_confidence, reviewed=t.reviewed,
                per_entity=t.per_entity, failure_code=failure_code, failure_reason=failure_reason,
                approved_by=approved_by,
            ))  # fmt: skip
        order = {"in_review": 0, "approved": 1, "published": 2, "not_processed": 3}
        return sorted(summaries, key=lambda q: (order.get(q.status, 9), tuple(-x for x in q.risk), q.number))

    def document(self, doc_id: str) -> DocumentView:
        with self.session() as s:
            doc = self._get_document(s, doc_id)
            seen = {row.page: (row.seen_by, row.seen_at)
                    for row in s.scalars(select(PageSeenRow).where(PageSeenRow.document_id == doc_id))}  # fmt: skip
            return DocumentView(
                id=doc.id, batch_id=doc.batch_id, number=doc.number, kind=doc.kind, role=doc.role,
                status=doc.status, text=doc.text, pages=doc.pages, family_id=doc.family_id,
                thread_id=doc.thread_id, parent_id=doc.parent_id, date=doc.date, approved_by=doc.approved_by,
                spans=[_span_view(sp) for sp in doc.spans],
                failure_code=doc.failure_code, failure_reason=doc.failure_reason, approved_at=doc.approved_at,
                published_at=doc.published_at, pages_to_review=tuple(doc.pages_to_review or ()), pages_seen=seen,
            )  # fmt: skip

    def find_document(self, id_or_number: str) -> str:
        """Resolve a document id or its Documentnummer (what the CLI user types) to the id."""
        with self.session() as s:
            if s.get(DocumentRow, id_or_number) is not None:
                return id_or_number
            ids = list(s.scalars(select(DocumentRow.id).where(DocumentRow.number == id_or_number)))
        if len(ids) != 1:
            raise ReviewError(f"unknown document {id_or_number!r}" if not ids else f"ambiguous number {id_or_number!r}")
        return ids[0]

    def final_decisions(self, doc_id: str) -> list[Decision]:
        """The decisions as reviewed: what every rendering of the published document uses."""
        return [span_decision(sp) for sp in self.document(doc_id).spans]

    # -- acting on spans -----------------------------------------------------------------------

    def set_span(
        self,
        span_id: int,
        action: SpanAction,
        actor: str,
        *,
        ground: str | None = None,
        expected_version: int | None = None,
    ) -> SpanView:
        """Accept or reject one proposal, optionally with another ground.

        ``reject`` turns a proposed redaction into a keep and a proposed keep into a redaction
        (with the ground given, else the ground of the kind of data). ``expected_version`` is the
        version the person saw; if someone changed the span since, `ReviewConflict` is raised.
        """
        if action not in ("accept", "reject"):
            raise ReviewError(f"unknown action {action!r}: use accept or reject")
        try:
            with self.session() as s:
                span = s.get(SpanRow, span_id)
                if span is None:
                    raise ReviewError(f"unknown span {span_id}")
                doc = self._editable_document(s, span.document_id)
                if expected_version is not None and span.version != expected_version:
                    raise ReviewConflict(f"span {span_id} was changed by someone else; reload the document")
                before = _ground_state(span.decision, span.ground)
                if action == "accept":
                    decision = span.proposed_decision
                else:
                    decision = "keep" if span.proposed_decision == "redact" else "redact"
                new_ground = None
                if decision == "redact":
                    new_ground = _checked_ground(ground) if ground else (span.ground or span.proposed_ground)
                    new_ground = new_ground or _fallback_ground(span.category)
                span.state = "accepted" if action == "accept" else "rejected"
                if span.state == "accepted" and new_ground != span.proposed_ground:
                    span.state = "changed"
                span.decision, span.ground = decision, new_ground
                span.reviewed_by, span.reviewed_at = actor, utcnow()
                s.add(AuditRow(
                    actor=actor, action=action if span.state != "changed" else "change_ground",
                    batch_id=doc.batch_id, document_id=doc.id, span_id=span.id, start=span.start, end=span.end,
                    before=before, after=_ground_state(decision, new_ground),
                ))  # fmt: skip
                s.flush()
                return _span_view(span)
        except StaleDataError:
            raise ReviewConflict(f"span {span_id} was changed by someone else at the same moment; reload") from None

    def decide(
        self,
        span_id: int,
        decision: Literal["redact", "keep"],
        actor: str,
        *,
        ground: str | None = None,
        motivation: str | None = None,
        expected_version: int | None = None,
    ) -> SpanView:
        """A person's explicit decision on one span: redact on ``ground`` (default: the current or
        proposed ground, else that of the kind of data) or keep it readable, with their own
        motivation. Unlike accept/reject, what is chosen is what happens: nothing is flipped.
        ``motivation`` None leaves an earlier motivation as it is; "" clears it.
        """
        if decision not in ("redact", "keep"):
            raise ReviewError(f"unknown decision {decision!r}: use redact or keep")
        try:
            with self.session() as s:
                span = s.get(SpanRow, span_id)
                if span is None:
                    raise ReviewError(f"unknown span {span_id}")
                doc = self._editable_document(s, span.document_id)
                if expected_version is not None and span.version != expected_version:
                    raise ReviewConflict(f"span {span_id} was changed by someone else; reload the document")
                before = _ground_state(span.decision, span.ground)
                new_ground = None
                if decision == "redact":
                    new_ground = _checked_ground(ground) if ground else (span.ground or span.proposed_ground)
                    new_ground = new_ground or _fallback_ground(span.category)
                if decision != span.proposed_decision:
                    state, action = "rejected", "reject"
                elif decision == "redact" and new_ground != span.proposed_ground:
                    state, action = "changed", "change_ground"
                else:
                    state, action = "accepted", "accept"
                if span.state == "added":
                    state, action = ("added", "decide") if decision == "redact" else ("rejected", "reject")
                span.state, span.decision, span.ground = state, decision, new_ground
                if motivation is not None:
                    span.motivation = motivation.strip()[:2000] or None
                span.reviewed_by, span.reviewed_at = actor, utcnow()
                s.add(AuditRow(
                    actor=actor, action=action, batch_id=doc.batch_id, document_id=doc.id, span_id=span.id,
                    start=span.start, end=span.end, before=before, after=_ground_state(decision, new_ground),
                ))  # fmt: skip
                s.flush()
                return _span_view(span)
        except StaleDataError:
            raise ReviewConflict(f"span {span_id} was changed by someone else at the same moment; reload") from None

    def set_value(
        self,
        doc_id: str,
        value: str,
        action: SpanAction,
        actor: str,
        *,
        scope: Literal["document", "batch"] = "document",
        ground: str | None = None,
    ) -> int:
        """Apply one choice to every occurrence of ``value`` in the document or its whole batch."""
        spans = self.value_spans(doc_id, value, scope)
        for span in spans:
            self.set_span(span.id, action, actor, ground=ground)
        return len(spans)

    def set_ground(self, span_id: int, ground: str, actor: str, *, expected_version: int | None = None) -> SpanView:
        """Withhold this span on ``ground``, whatever the engine proposed (a person's new ground
        always means "withhold on this ground")."""
        with self.session() as s:
            span = s.get(SpanRow, span_id)
            if span is None:
                raise ReviewError(f"unknown span {span_id}")
            proposed = span.proposed_decision
        action: SpanAction = "accept" if proposed == "redact" else "reject"
        return self.set_span(span_id, action, actor, ground=ground, expected_version=expected_version)

    def add_span(
        self, doc_id: str, start: int, end: int, actor: str, *, entity: str = "PERSON",
        ground: str = "5.1.2e", category: str = "naam",
    ) -> SpanView:  # fmt: skip
        """A redaction the engine missed, added by a person (e.g. by selecting text)."""
        with self.session() as s:
            doc = self._editable_document(s, doc_id)
            if not 0 <= start < end <= len(doc.text):
                raise ReviewError(f"span {start}-{end} lies outside the document")
            code = _checked_ground(ground)
            span = SpanRow(
                document_id=doc.id, start=start, end=end, text=doc.text[start:end], entity=entity,
                proposed_decision="redact", proposed_ground=code, category=category,
                reason=f"Toegevoegd door beoordelaar ({actor}).", score=1.0, source="reviewer", rule="review:added",
                state="added", decision="redact", ground=code, reviewed_by=actor, reviewed_at=utcnow(),
            )  # fmt: skip
            s.add(span)
            s.flush()
            s.add(AuditRow(actor=actor, action="add", batch_id=doc.batch_id, document_id=doc.id, span_id=span.id,
                           start=start, end=end, before=None, after=_ground_state("redact", code)))
            return _span_view(span)

    # -- approval and publication --------------------------------------------------------------

    def reviewers_of(self, doc_id: str) -> set[str]:
        """The people who reviewed the document: acted on a decision or declared the review done."""
        with self.session() as s:
            return set(
                s.scalars(
                    select(AuditRow.actor).where(
                        AuditRow.document_id == doc_id,
                        AuditRow.span_id.is_not(None) | AuditRow.action.in_(("review_done", *PAGE_ACTIONS)),
                        AuditRow.actor.not_in(SYSTEM_ACTORS),
                    )
                )
            )

    def four_eyes_block(self, doc_id: str, actor: str) -> Literal["own_review", "unreviewed"] | None:
        """Why four eyes forbids ``actor`` to approve the document, or None if it allows it: the
        approver reviewed it, or nobody did (then approving would be one pair of eyes)."""
        reviewers = self.reviewers_of(doc_id)
        if actor in reviewers:
            return "own_review"
        if not reviewers:
            return "unreviewed"
        return None

    def mark_reviewed(self, doc_id: str, actor: str) -> None:
        """A reviewer declares the document reviewed (also one without detections): what four eyes
        needs before someone else may approve it."""
        with self.session() as s:
            doc = self._editable_document(s, doc_id)
            s.add(AuditRow(actor=actor, action="review_done", batch_id=doc.batch_id, document_id=doc.id))

    def approve(self, doc_id: str, actor: str, *, four_eyes: bool = False) -> None:
        """The deliberate act that releases a document for publication.

        Proposals nobody touched are approved as proposed (recorded as such in the audit log). With
        four eyes, someone other than the approver must have reviewed the document. A page flagged
        for a person (OCR unsure, a signature or stamp) must have been marked seen: `PagesUnseen`.
        """
        unseen = self.document(doc_id).unseen_pages
        if unseen:
            raise PagesUnseen(f"page(s) {', '.join(map(str, unseen))} must be marked seen before approval")
        if four_eyes:
            block = self.four_eyes_block(doc_id, actor)
            if block == "own_review":
                raise FourEyesViolation("four eyes: the approver reviewed this document; another person must approve")
            if block == "unreviewed":
                raise FourEyesViolation("four eyes: nobody reviewed this document yet; a reviewer must look first")
        with self.session() as s:
            doc = self._editable_document(s, doc_id)
            untouched = sum(sp.state == "proposed" for sp in doc.spans)
            doc.status, doc.approved_by, doc.approved_at = "approved", actor, utcnow()
            s.add(AuditRow(actor=actor, action="approve", batch_id=doc.batch_id, document_id=doc.id,
                           before=f"{untouched} ongewijzigd", after="approved"))

    def reopen(self, doc_id: str, actor: str) -> None:
        """Withdraw an approval that has not been published yet."""
        with self.session() as s:
            doc = self._get_document(s, doc_id)
            if doc.status != "approved":
                raise ReviewError(f"document {doc.number} is {doc.status}, only an approved document can be reopened")
            doc.status, doc.approved_by, doc.approved_at = "in_review", None, None
            s.add(AuditRow(actor=actor, action="reopen", batch_id=doc.batch_id, document_id=doc.id,
                           before="approved", after="in_review"))

    def auto_approve(
        self, batch_id: str, min_score: float, actor: str = POLICY_ACTOR, exclude: Collection[str] = ()
    ) -> int:
        """Approve documents in which every decision is at least ``min_score`` sure (a policy switch;
        see `decision_confidence`); documents in ``exclude`` (a scan OCR was unsure of) wait for a person."""
        approved = 0
        for summary in self.queue(batch_id, statuses=["in_review"]):
            if summary.id in exclude:
                continue
            doc = self.document(summary.id)
            if doc.unseen_pages:
                continue  # a flagged page waits for a person, whatever the scores say
            if all(decision_confidence(sp.decision, sp.rule, sp.score) >= min_score for sp in doc.spans):
                self.approve(summary.id, actor)
                approved += 1
        return approved

    def mark_published(self, doc_id: str, actor: str = "pipeline") -> None:
        with self.session() as s:
            doc = self._get_document(s, doc_id)
            if doc.status != "approved":
                raise ReviewError(f"document {doc.number} is not approved")
            doc.status, doc.published_at = "published", utcnow()
            s.add(AuditRow(actor=actor, action="publish", batch_id=doc.batch_id, document_id=doc.id,
                           before="approved", after="published"))

    # -- review on the page --------------------------------------------------------------------

    def add_page_box(
        self, doc_id: str, page: int, box: Box, actor: str, *, ground: str = DEFAULT_GROUND,
        category: str = DEFAULT_CATEGORY, reason: str | None = None,
    ) -> PageBoxView:  # fmt: skip
        """A box drawn by hand on page ``page`` for what the text does not show. Audited with its page
        and ground, never its reason (the reviewer's words may name the person)."""
        if page < 1 or not (0 <= box.x0 < box.x1 and 0 <= box.top < box.bottom):
            raise ReviewError("a drawn box needs a page from 1 and a positive width and height")
        code = _checked_ground(ground)
        with self.session() as s:
            doc = self._editable_document(s, doc_id)
            row = PageBoxRow(
                document_id=doc.id, page=page, x0=box.x0, top=box.top, x1=box.x1, bottom=box.bottom, ground=code,
                category=category.strip()[:40] or DEFAULT_CATEGORY, reason=(reason or "").strip()[:2000] or None,
                created_by=actor, created_at=utcnow(),
            )  # fmt: skip
            s.add(row)
            s.flush()
            s.add(AuditRow(actor=actor, action="page_box", batch_id=doc.batch_id, document_id=doc.id,
                           before=f"pagina {page} vlak {row.id}", after=_ground_state("redact", code)))  # fmt: skip
            return _page_box_view(row)

    def remove_page_box(self, doc_id: str, box_id: int, actor: str) -> PageBoxView:
        """Take a drawn box away (drawn in the wrong place); the row stays, marked removed."""
        with self.session() as s:
            doc = self._editable_document(s, doc_id)
            row = s.get(PageBoxRow, box_id)
            if row is None or row.document_id != doc.id or row.removed_by is not None:
                raise ReviewError(f"unknown box {box_id}")
            row.removed_by, row.removed_at = actor, utcnow()
            s.add(AuditRow(actor=actor, action="page_box_removed", batch_id=doc.batch_id, document_id=doc.id,
                           before=f"pagina {row.page} vlak {row.id}", after="verwijderd"))  # fmt: skip
            return _page_box_view(row)

    def page_boxes(self, doc_id: str, *, removed: bool = False) -> list[PageBoxView]:
        """The boxes drawn on the document's pages, in drawing order (``removed``: those taken away too)."""
        with self.session() as s:
            query = select(PageBoxRow).where(PageBoxRow.document_id == doc_id)
            if not removed:
                query = query.where(PageBoxRow.removed_by.is_(None))
            return [_page_box_view(row) for row in s.scalars(query.order_by(PageBoxRow.id))]

    def manual_boxes(self, doc_id: str) -> list[ManualBox]:
        """The drawn boxes as the page renderer takes them (``render_pages(manual_boxes=...)``)."""
        return [view.manual_box() for view in self.page_boxes(doc_id)]

    def mark_page_seen(self, doc_id: str, page: int, actor: str) -> None:
        """A reviewer looked at a flagged page (and boxed what needed boxing). Idempotent."""
        with self.session() as s:
            doc = self._editable_document(s, doc_id)
            if page not in (doc.pages_to_review or []):
                raise ReviewError(f"page {page} of document {doc.number} is not flagged for review")
            exists = s.scalar(select(PageSeenRow.id).where(PageSeenRow.document_id == doc.id, PageSeenRow.page == page))
            if exists is not None:
                return
            s.add(PageSeenRow(document_id=doc.id, page=page, seen_by=actor, seen_at=utcnow()))
            s.add(AuditRow(actor=actor, action="page_seen", batch_id=doc.batch_id, document_id=doc.id,
                           after=f"pagina {page} bekeken"))  # fmt: skip

    # -- the leak check ------------------------------------------------------------------------

    def start_leak_check(self, batch_id: str) -> int:
        """Mark a leak check of the batch as begun, before it scans anything, and return its id.

        From here until `record_leak_check` completes it, the batch's latest check is incomplete, so
        a check that crashes half-way leaves nothing publishable behind (fail closed), not the
        verdict of an earlier check on files that may have been rendered again since."""
        with self.session() as s:
            if s.get(BatchRow, batch_id) is None:
                s.add(BatchRow(id=batch_id))
                s.flush()
            row = LeakCheckRow(batch_id=batch_id, checked_at=utcnow(), complete=False)
            s.add(row)
            s.flush()
            return row.id

    def record_leak_check(
        self, batch_id: str, checked: Mapping[str, str], leaks: Sequence[LeakRecord], *,
        check_id: int | None = None, complete: bool = True,
    ) -> int:  # fmt: skip
        """What the blocking leak check found in the documents it scanned (``checked``: document id
        -> digest of the files it scanned). Returns the check's id.

        Two records. The findings (`leaks`, what the cockpit shows): a scanned document's earlier
        findings are replaced, other documents' are left alone (a document reopened for a fix keeps
        its message until it is scanned again). The check itself (`latest_leak_check`, what
        publication obeys): every scanned document, held when it has a finding, clean otherwise;
        it replaces the batch's earlier check, whose summary row stays. ``complete`` False: the
        check could not establish which documents are clean, and nothing is published on its word.
        Each held document gets an audit row."""
        digests = dict(checked)
        for leak in leaks:
            digests.setdefault(leak.document_id, "")
        now = utcnow()
        with self.session() as s:
            if digests:
                s.execute(LeakRow.__table__.delete().where(LeakRow.document_id.in_(sorted(digests))))
            per_document: dict[str, int] = {}
            for leak in leaks:
                per_document[leak.document_id] = per_document.get(leak.document_id, 0) + 1
                s.add(LeakRow(
                    batch_id=batch_id, document_id=leak.document_id, checked_at=now, kind=leak.kind,
                    file=leak.file, part=leak.part, line=leak.line, col=leak.column, char_offset=leak.offset,
                    source_start=leak.source_start, detail=leak.detail[:200],
                    decisions=[_decision_ref_json(ref) for ref in leak.decisions],
                ))  # fmt: skip
            for doc_id, count in sorted(per_document.items()):
                s.add(AuditRow(actor="pipeline", action="publication_blocked", batch_id=batch_id,
                               document_id=doc_id, before="approved", after=f"{count} lekken"))
            check = s.get(LeakCheckRow, check_id) if check_id is not None else None
            if check is None or check.batch_id != batch_id:
                check = LeakCheckRow(batch_id=batch_id)
                s.add(check)
            check.checked_at, check.complete = now, complete
            check.documents, check.held = len(digests), len(per_document)
            s.flush()
            # Only the latest check decides what is published: earlier checks' verdicts go.
            earlier = select(LeakCheckRow.id).where(LeakCheckRow.batch_id == batch_id, LeakCheckRow.id != check.id)
            s.execute(LeakCheckDocumentRow.__table__.delete().where(LeakCheckDocumentRow.check_id.in_(earlier)))
            for doc_id, digest in sorted(digests.items()):
                s.add(LeakCheckDocumentRow(check_id=check.id, document_id=doc_id, held=doc_id in per_document,
                                           leaks=per_document.get(doc_id, 0), files_digest=digest))  # fmt: skip
            return check.id

    def latest_leak_check(self, batch_id: str) -> LeakCheckView | None:
        """The batch's latest leak check (begun or recorded), or None if none ever ran."""
        with self.session() as s:
            check = s.scalars(select(LeakCheckRow).where(LeakCheckRow.batch_id == batch_id)
                              .order_by(LeakCheckRow.id.desc()).limit(1)).first()  # fmt: skip
            if check is None:
                return None
            rows = list(s.scalars(select(LeakCheckDocumentRow).where(LeakCheckDocumentRow.check_id == check.id)))
            return LeakCheckView(
                id=check.id, batch_id=batch_id, checked_at=check.checked_at, complete=bool(check.complete),
                checked={row.document_id: row.files_digest for row in rows},
                held=frozenset(row.document_id for row in rows if row.held),
            )  # fmt: skip

    def held_documents(self, batch_id: str) -> set[str]:
        """The approved documents of the batch that its latest leak check held: approved, not
        published, until a reviewer fixes them and a new check finds them clean."""
        with self.session() as s:
            latest = (select(LeakCheckRow.id).where(LeakCheckRow.batch_id == batch_id)
                      .order_by(LeakCheckRow.id.desc()).limit(1).scalar_subquery())  # fmt: skip
            query = (select(LeakCheckDocumentRow.document_id).join(DocumentRow)
                     .where(LeakCheckDocumentRow.check_id == latest, LeakCheckDocumentRow.held.is_(True),
                            DocumentRow.status == "approved"))  # fmt: skip
            return set(s.scalars(query))

    def leaks(self, doc_id: str) -> list[LeakRecord]:
        """The leak check's latest findings for one document, in reading order."""
        with self.session() as s:
            number = s.scalar(select(DocumentRow.number).where(DocumentRow.id == doc_id)) or ""
            rows = s.scalars(select(LeakRow).where(LeakRow.document_id == doc_id).order_by(LeakRow.id))
            return [_leak_record(r, number) for r in rows]

    def leak_counts(self, batch_id: str) -> dict[str, int]:
        """Findings of the leak check per document of a batch (documents without any are absent)."""
        with self.session() as s:
            query = select(LeakRow.document_id, func.count()).where(LeakRow.batch_id == batch_id)
            rows = s.execute(query.group_by(LeakRow.document_id))
            return {doc_id: int(count) for doc_id, count in rows}

    def value_spans(self, doc_id: str, value: str, scope: Literal["document", "batch"] = "document") -> list[SpanView]:
        """Every span with this value (case-insensitive) in the document or its batch's open documents.

        The same selection as `set_value`, for callers that decide per span (e.g. a new ground).
        """
        with self.session() as s:
            doc = self._get_document(s, doc_id)
            query = select(SpanRow).join(DocumentRow).where(func.lower(SpanRow.text) == value.lower())
            if scope == "batch":
                query = query.where(DocumentRow.batch_id == doc.batch_id, DocumentRow.status == "in_review")
            else:
                query = query.where(SpanRow.document_id == doc_id)
            return [_span_view(sp) for sp in s.scalars(query.order_by(SpanRow.id))]

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _get_document(s: Session, doc_id: str) -> DocumentRow:
        doc = s.get(DocumentRow, doc_id)
        if doc is None:
            raise ReviewError(f"unknown document {doc_id!r}")
        return doc

    def _editable_document(self, s: Session, doc_id: str) -> DocumentRow:
        doc = self._get_document(s, doc_id)
        if doc.status == "approved":
            raise ReviewError(f"document {doc.number} is approved; reopen it before changing it")
        if doc.status != "in_review":
            raise ReviewError(f"document {doc.number} is {doc.status.replace('_', ' ')} and cannot be changed")
        return doc


def _page_box_view(row: PageBoxRow) -> PageBoxView:
    return PageBoxView(row.id, row.document_id, row.page, Box(row.x0, row.top, row.x1, row.bottom), row.ground,
                       row.category, row.reason, row.created_by, row.created_at, row.removed_by)  # fmt: skip


def _batch_info(row: BatchRow) -> BatchInfo:
    return BatchInfo(row.id, row.subject, row.sender, row.request_ref, row.received_on, bool(row.extended))


def _leak_record(row: LeakRow, number: str) -> LeakRecord:
    refs = tuple(DecisionRef(**ref) for ref in row.decisions or [])  # type: ignore[arg-type]
    return LeakRecord(
        document_id=row.document_id, number=number, file=row.file, part=row.part, line=row.line, column=row.col,
        offset=row.char_offset, kind=row.kind, detail=row.detail, decisions=refs, source_start=row.source_start,
        checked_at=row.checked_at,
    )  # fmt: skip


def _decision_ref_json(ref: DecisionRef) -> dict[str, object]:
    return {"span_id": ref.span_id, "entity": ref.entity, "decision": ref.decision, "ground": ref.ground,
            "rule": ref.rule, "state": ref.state}  # fmt: skip


def _checked_ground(ground: str) -> str:
    try:
        code = normalise_ground(ground)
    except PolicyError:
        raise ReviewError(f"unknown Woo ground {ground!r}") from None
    if code not in GROUNDS:
        raise ReviewError(f"unknown Woo ground {ground!r}")
    return code


def _fallback_ground(category: str | None) -> str:
    # A keep turned into a redaction by a person: BSN is an absolute ground, all else 5.1.2e.
    return "5.1.1e" if category == "BSN" else "5.1.2e"


def _span_view(sp: SpanRow) -> SpanView:
    return SpanView(
        id=sp.id, start=sp.start, end=sp.end, text=sp.text, entity=sp.entity, state=sp.state, decision=sp.decision,
        ground=sp.ground, category=sp.category, reason=sp.reason, score=sp.score, source=sp.source, rule=sp.rule,
        proposed_decision=sp.proposed_decision, proposed_ground=sp.proposed_ground, reviewed_by=sp.reviewed_by,
        version=sp.version, motivation=sp.motivation,
    )  # fmt: skip


REVIEW_REASONS: Mapping[str, str] = {
    "accepted": "Voorstel bevestigd door beoordelaar.",
    "rejected": "Voorstel afgewezen door beoordelaar.",
    "changed": "Grond gewijzigd door beoordelaar.",
}


def span_decision(sp: SpanView) -> Decision:
    """A reviewed span as the decision record all renderings take."""
    reason = sp.reason
    if sp.state in REVIEW_REASONS:
        reason = f"{reason} {REVIEW_REASONS[sp.state]}".strip()
    if sp.motivation:
        reason = f"{reason} Motivering: {sp.motivation}".strip()
    return Decision(
        start=sp.start, end=sp.end, text=sp.text, entity=sp.entity, decision=sp.decision,  # type: ignore[arg-type]
        ground=sp.ground if sp.decision == "redact" else None, category=sp.category, reason=reason,
        score=sp.score, source=sp.source, rule=sp.rule if sp.state == "proposed" else f"review:{sp.state}",
    )  # fmt: skip

