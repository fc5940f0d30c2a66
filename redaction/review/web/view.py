"""What the templates show: text segments with their offsets, Dutch labels, colour classes.

Labels, colours and pickable kinds of data per entity come from `redaction.entities`.

The document text is cut into segments, each carrying its start offset (``data-start``), so the
browser can turn a text selection into offsets of the original text without ever counting the
characters of the whole page (which would include labels, tooltips and the table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from redaction.entities import ENTITY_REGISTRY, NEUTRAL_CLASS
from redaction.policy.grounds import GROUNDS
from redaction.review.store import SpanView

STATUS_NL = {"in_review": "te beoordelen", "approved": "goedgekeurd", "published": "gepubliceerd",
             "not_processed": "niet verwerkt"}  # fmt: skip
STATE_NL = {"proposed": "voorstel", "accepted": "geaccepteerd", "rejected": "afgewezen", "changed": "grond gewijzigd",
            "added": "toegevoegd"}  # fmt: skip
DECISION_NL = {"redact": "weglakken", "keep": "behouden"}
ROLE_NL = {"reviewer": "beoordelaar", "approver": "goedkeurder", "admin": "beheerder"}
# What a reviewer's own addition is recorded as when its kind of data is no declared entity's.
MANUAL_ENTITY = "HANDMATIG"
# Kinds of data a reviewer can name for an addition that no entity's Noot category covers.
MANUAL_CATEGORIES = ("gezondheid", "handtekening", "overig")


def categories() -> dict[str, str]:
    """The kinds of data a person can pick when adding a redaction (the Noot names them), with the
    entity recorded for it: every declared entity's Noot category (the first entity that names it),
    then the manual ones. Read from the entity table on every call, so it never falls behind it."""
    picks: dict[str, str] = {}
    for spec in ENTITY_REGISTRY:
        if spec.noot_category is not None:
            picks.setdefault(spec.noot_category, spec.name)
    return picks | {category: MANUAL_ENTITY for category in MANUAL_CATEGORIES if category not in picks}


def legend() -> list[tuple[str, str]]:
    """(css class, Dutch label) per colour the cockpit uses for proposed redactions, grey last."""
    seen: dict[str, str] = {}
    for spec in ENTITY_REGISTRY:
        if spec.colour is not None:
            seen.setdefault(spec.css_class, spec.label_nl)
    return [*seen.items(), (NEUTRAL_CLASS, "overig")]


def entity_stylesheet() -> str:
    """Each declared colour as CSS (served as /entities.css: the Content-Security-Policy allows no
    inline style). The grey for everything else stays in cockpit.css."""
    rules: dict[str, str] = {}
    for spec in ENTITY_REGISTRY:
        if spec.colour is not None:
            rules.setdefault(spec.css_class, f".ent-{spec.css_class}.dec-redact, .chip.ent-{spec.css_class} "
                                             f"{{ background: {spec.colour}; }}")
    return "/* Generated from redaction/entities.py. */\n" + "\n".join(rules.values()) + "\n"


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
    spec = ENTITY_REGISTRY.get(entity)
    return "ent-" + (spec.css_class if spec else NEUTRAL_CLASS)


def entity_label(entity: str) -> str:
    spec = ENTITY_REGISTRY.get(entity)
    if spec is not None:
        return spec.label_nl
    return "handmatig" if entity == MANUAL_ENTITY else entity


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
