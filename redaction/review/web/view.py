"""What the templates show: text segments with their offsets, Dutch labels, colour classes.

The document text is cut into segments, each carrying its start offset (``data-start``), so the
browser can turn a text selection into offsets of the original text without ever counting the
characters of the whole page (which would include labels, tooltips and the table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from redaction.policy.grounds import GROUNDS
from redaction.review.store import SpanView

STATUS_NL = {"in_review": "te beoordelen", "approved": "goedgekeurd", "published": "gepubliceerd",
             "not_processed": "niet verwerkt"}  # fmt: skip
STATE_NL = {"proposed": "voorstel", "accepted": "geaccepteerd", "rejected": "afgewezen", "changed": "grond gewijzigd",
            "added": "toegevoegd"}  # fmt: skip
DECISION_NL = {"redact": "weglakken", "keep": "behouden"}
ROLE_NL = {"reviewer": "beoordelaar", "approver": "goedkeurder", "admin": "beheerder"}
ENTITY_NL = {
    "PERSON": "persoon", "EMAIL_ADDRESS": "e-mailadres", "PHONE_NUMBER": "telefoonnummer", "NL_BSN": "BSN",
    "IBAN_CODE": "rekeningnummer", "ADDRESS": "adres", "POSTCODE": "postcode", "DATE_OF_BIRTH": "geboortedatum",
    "LICENSE_PLATE": "kenteken", "URL": "link", "ORGANIZATION": "organisatie", "LOCATION": "plaats",
    "HANDMATIG": "handmatig",
}  # fmt: skip
# The kinds of data a person can pick when adding a redaction (the Noot names them), with the
# entity recorded for it.
CATEGORIES: dict[str, str] = {
    "naam": "PERSON", "e-mail": "EMAIL_ADDRESS", "telefoonnummer": "PHONE_NUMBER", "adres": "ADDRESS",
    "BSN": "NL_BSN", "geboortedatum": "DATE_OF_BIRTH", "rekeningnummer": "IBAN_CODE", "kenteken": "LICENSE_PLATE",
    "gezondheid": "HANDMATIG", "handtekening": "HANDMATIG", "overig": "HANDMATIG",
}  # fmt: skip
# Colour classes defined in cockpit.css; anything else gets the neutral "ent-other".
_ENTITY_CLASSES = {
    "PERSON": "person", "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "NL_BSN": "bsn", "IBAN_CODE": "iban",
    "ADDRESS": "address", "POSTCODE": "address", "DATE_OF_BIRTH": "dob", "LICENSE_PLATE": "plate",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    text: str
    span: SpanView | None = None


def segments(text: str, spans: Sequence[SpanView]) -> tuple[list[Segment], set[int]]:
    """Plain and marked stretches covering ``text`` exactly once, plus the ids of spans not shown inline.

    A span that starts inside an earlier one cannot be marked in place without nesting; it is
    listed in the table only (the returned set), so nothing is hidden from the reviewer.
    """
    out: list[Segment] = []
    hidden: set[int] = set()
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.id)):
        if span.start < pos or span.end > len(text) or span.start >= span.end:
            hidden.add(span.id)
            continue
        if span.start > pos:
            out.append(Segment(pos, text[pos : span.start]))
        out.append(Segment(span.start, text[span.start : span.end], span))
        pos = span.end
    if pos < len(text):
        out.append(Segment(pos, text[pos:]))
    return out, hidden


def entity_class(entity: str) -> str:
    return "ent-" + _ENTITY_CLASSES.get(entity, "other")


def entity_label(entity: str) -> str:
    return ENTITY_NL.get(entity, entity)


def ground_label(code: str | None) -> str:
    if not code:
        return ""
    ground = GROUNDS.get(code)
    return f"{code} ({ground.label})" if ground and ground.label else code


def span_tip(span: SpanView) -> str:
    """The hover/focus text of a mark: decision, ground, kind of data, reason. Plain text, never HTML."""
    parts = [DECISION_NL.get(span.decision, span.decision)]
    if span.decision == "redact" and span.ground:
        parts.append(ground_label(span.ground))
    if span.category:
        parts.append(span.category)
    parts.append(f"{STATE_NL.get(span.state, span.state)}, zekerheid {span.score:.2f}")
    return " · ".join(parts) + (f" — {span.reason}" if span.reason else "")


_PARSER_CHANGED = re.compile("[\r\x00]")


def exact_text(value: str) -> Markup:
    """Escape for HTML *and* keep every character where the browser's parser would drop or merge it.

    The HTML parser turns CR LF into LF and drops NUL in text; a character reference survives, so
    the DOM keeps one character per character of the document and offsets stay true.
    """
    escaped = str(escape(value))
    return Markup(_PARSER_CHANGED.sub(lambda m: "&#13;" if m.group() == "\r" else "&#65533;", escaped))
