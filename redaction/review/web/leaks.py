"""What the cockpit says when the leak check blocked a document: where, what, which decision.

The records come from the review store (`ReviewStore.leaks`), as the pipeline's blocking check
wrote them; they hold positions and span ids, never the value, and neither does anything here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from redaction.review.audit import shown_time
from redaction.review.store import DecisionRef, LeakRecord
from redaction.review.web import view

KIND_NL = {
    "email": "e-mailadres", "bsn": "BSN-achtig nummer", "iban": "rekeningnummer (IBAN)", "phone": "telefoonnummer",
    "withheld_value": "ingehouden waarde",
}  # fmt: skip
# A view of a published file as the reviewer knows it; the text file and a page's text need no name.
_PART_NL = {"tekst": "", "bron": "HTML-bron", "json": "", "metadata": "metadata", "XMP": "XMP-metadata"}
_ADVICE = {
    "approved": "Trek de goedkeuring in, pas de genoemde besluiten aan en keur het document opnieuw goed; "
    "het systeem controleert het dan opnieuw voordat het publiceert.",
    "in_review": "Pas de genoemde besluiten aan en keur het document opnieuw goed; het systeem controleert het "
    "dan opnieuw voordat het publiceert.",
}


@dataclass(frozen=True, slots=True)
class LeakDecision:
    span_id: int
    description: str


@dataclass(frozen=True, slots=True)
class LeakItem:
    """One finding as a reviewer reads it: the place in the published file, what is readable there,
    the decisions concerned (linked to their rows) or where to add the missing redaction."""

    place: str
    what: str
    decisions: tuple[LeakDecision, ...]
    source_start: int | None
    source_line: int | None = None  # the line of the document's own text (shown on the page)


@dataclass(frozen=True, slots=True)
class LeakPanel:
    checked_at: str
    advice: str
    items: tuple[LeakItem, ...]


def place(leak: LeakRecord) -> str:
    """``2025-0001.pdf, pagina 2, regel 5, teken 12 (positie 180)``: file, view, line, column, offset."""
    part = _PART_NL.get(leak.part, leak.part)
    if leak.part == "tekst" and leak.file.endswith((".html", ".htm")):
        part = "paginatekst"  # an HTML file is read twice; its text has other line numbers than its source
    where = f"{leak.file}, {part}" if part else leak.file
    return f"{where}, regel {leak.line}, teken {leak.column} (positie {leak.offset})"


def what(leak: LeakRecord) -> str:
    if leak.kind == "withheld_value":
        return "een waarde die dit document weglakt, is hier nog leesbaar"
    return f"leesbaar {leak.detail or KIND_NL.get(leak.kind, leak.kind)}"


def describe_decision(ref: DecisionRef) -> str:
    """``persoon, weglakken (5.1.2e), herkenningsregel person.salutation, aangepast``: no text of the span."""
    decision = view.DECISION_NL.get(ref.decision, ref.decision)
    if ref.decision == "redact" and ref.ground:
        decision += f" ({ref.ground})"
    parts = [view.entity_label(ref.entity), decision]
    if ref.rule:
        parts.append(f"herkenningsregel {ref.rule}")
    parts.append(view.STATE_NL.get(ref.state, ref.state))
    return ", ".join(parts)


def _moment(value: datetime | None) -> str:
    return shown_time(value) if value else "onbekend"


def leak_panel(leaks: Sequence[LeakRecord], status: str, text: str = "") -> LeakPanel | None:
    """The document page's message, or None when the latest check found nothing here."""
    if not leaks:
        return None
    items = tuple(
        LeakItem(
            place(leak), what(leak), tuple(LeakDecision(r.span_id, describe_decision(r)) for r in leak.decisions),
            leak.source_start,
            view.line_of(text, leak.source_start) if leak.source_start is not None else None,
        )
        for leak in leaks
    )
    latest = max((leak.checked_at for leak in leaks if leak.checked_at), default=None)
    return LeakPanel(_moment(latest), _ADVICE.get(status, ""), items)
