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
from datetime import date
from pathlib import Path

from markupsafe import Markup, escape

from redaction.entities import ENTITY_REGISTRY, NEUTRAL_CLASS
from redaction.policy.grounds import GROUNDS
from redaction.review.store import DocumentView, SpanView, UserView, decision_confidence

STATUS_NL = {"in_review": "te beoordelen", "approved": "goedgekeurd", "published": "gepubliceerd",
             "not_processed": "niet verwerkt"}  # fmt: skip
# An approved document the latest leak check held: still "approved" in the store, shown as held so a
# reviewer sees at a glance that it waits for a fix, not for the next publication run.
HELD_NL = "goedgekeurd, tegengehouden door de lekcontrole"
# What a person did to a proposal, as a reader of the row understands it: "rejected" means the
# person chose the other decision, which is a change, not a removal.
STATE_NL = {"proposed": "voorstel", "accepted": "voorstel overgenomen", "rejected": "besluit aangepast",
            "changed": "grond aangepast", "added": "toegevoegd door beoordelaar"}  # fmt: skip
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
            # The page view draws boxes in SVG, where a rectangle's colour is its fill.
            rules.setdefault(spec.css_class, f".ent-{spec.css_class}.dec-redact, .chip.ent-{spec.css_class} "
                                             f"{{ background: {spec.colour}; }}\n"
                                             f".pbox.ent-{spec.css_class}.dec-redact rect {{ fill: {spec.colour}; }}")
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
    if span.state == "proposed":
        parts.append(f"voorstel, {confidence_nl(span)}")
        return " · ".join(parts) + (f" — {span.reason}" if span.reason else "")
    parts.append(f"{STATE_NL.get(span.state, span.state)} door {span.reviewed_by or 'beoordelaar'}")
    return " · ".join(parts) + (f" — {span.motivation}" if span.motivation else "")


_PARSER_CHANGED = re.compile("[\r\x00]")


def exact_text(value: str) -> Markup:
    """Escape for HTML *and* keep every character where the browser's parser would drop or merge it.

    The HTML parser turns CR LF into LF and drops NUL in text; a character reference survives, so
    the DOM keeps one character per character of the document and offsets stay true.
    """
    escaped = str(escape(value))
    return Markup(_PARSER_CHANGED.sub(lambda m: "&#13;" if m.group() == "\r" else "&#65533;", escaped))


ROLE_LEVEL = {"reviewer": 1, "approver": 2, "admin": 3}
# Grounds that need a weighing of interests (Woo art. 5.1 lid 2 and 5; 5.2): the reviewer's own
# motivation matters most there.
RELATIVE_PREFIXES = ("5.1.2", "5.1.5", "5.2")


def at_least(user: UserView, role: str) -> bool:
    return ROLE_LEVEL.get(user.role, 0) >= ROLE_LEVEL[role]


def date_nl(value: date | None) -> str:
    """``6-12-2026``: a date as a Dutch reader writes it."""
    return f"{value.day}-{value.month}-{value.year}" if value else ""


def line_of(text: str, offset: int) -> int:
    """The 1-based line of a character offset: what a person looks for, instead of an offset."""
    return text.count("\n", 0, max(0, offset)) + 1


def confidence_nl(span: SpanView) -> str:
    """How sure the proposal is, in words (the score stays in the store and the audit)."""
    sure = decision_confidence(span.proposed_decision, span.rule, span.score)
    if sure >= 0.9:
        return "vrij zeker"
    if sure >= 0.7:
        return "waarschijnlijk"
    return "onzeker, kijk goed"


def decision_text(decision: str, ground: str | None) -> str:
    """``weglakken (5.1.2e)`` or ``behouden (leesbaar)``."""
    if decision == "redact":
        return f"weglakken ({ground})" if ground else "weglakken"
    return "behouden (leesbaar)"


def is_relative(ground: str | None) -> bool:
    return bool(ground) and str(ground).startswith(RELATIVE_PREFIXES)


def choices() -> list[tuple[str, str]]:
    """The one list a reviewer picks from: keep it readable, or redact on a named ground. Choosing
    a ground *is* choosing to redact; nothing else changes a decision."""
    options = [("keep", "Behouden (leesbaar laten)")]
    options += [(f"redact:{code}", f"Weglakken: {code} {g.label}") for code, g in GROUNDS.items()]
    return options


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the decisions table, in words a first-time privacy officer reads without help."""

    span: SpanView
    choice: str  # the current decision as a value of `choices`
    decision: str  # "weglakken (5.1.2e)" / "behouden (leesbaar)"
    by_person: bool
    who: str  # "voorstel, vrij zeker" / "besluit aangepast door anna"
    reason: str  # the person's motivation once a person decided, else the engine's reason
    proposal: str  # what the engine proposed and why, shown small once a person changed it
    line: int
    relative: bool


def row(span: SpanView, text: str) -> Row:
    by_person = span.state != "proposed"
    choice = f"redact:{span.ground}" if span.decision == "redact" and span.ground else "keep"
    if by_person:
        who = f"{STATE_NL.get(span.state, span.state)} door {span.reviewed_by or 'beoordelaar'}"
        reason = span.motivation or "(geen motivering gegeven)"
        proposal = f"Voorstel was: {decision_text(span.proposed_decision, span.proposed_ground)}. {span.reason}"
    else:
        who, reason, proposal = f"voorstel, {confidence_nl(span)}", span.reason, ""
    return Row(span, choice, decision_text(span.decision, span.ground), by_person, who, reason, proposal.strip(),
               line_of(text, span.start), is_relative(span.ground if span.decision == "redact" else None))


@dataclass(frozen=True, slots=True)
class Mixed:
    """A value redacted in one place and readable in another place of the same document."""

    value: str
    redacted_lines: tuple[int, ...]
    readable_lines: tuple[int, ...]
    span_ids: tuple[int, ...]  # the rows concerned (redacted and kept), for links and marks


def inconsistencies(text: str, spans: Sequence[SpanView]) -> list[Mixed]:
    """Every value a decision redacts that is still readable elsewhere in the document: kept by
    another decision, or found by nobody (the same name in the body after it was redacted in the
    header). Whole words only, case-insensitive; values under three characters are skipped."""
    redacted = [sp for sp in spans if sp.decision == "redact"]
    covered = [(sp.start, sp.end) for sp in redacted]
    by_value: dict[str, list[SpanView]] = {}
    for sp in redacted:
        value = sp.text.strip()
        if len(value) >= 3:
            by_value.setdefault(value.lower(), []).append(sp)
    found: list[Mixed] = []
    for lowered, group in by_value.items():
        pattern = re.compile(r"(?<!\w)" + re.escape(group[0].text.strip()) + r"(?!\w)", re.IGNORECASE)
        readable = [m.start() for m in pattern.finditer(text)
                    if not any(a <= m.start() and m.end() <= b for a, b in covered)]  # fmt: skip
        if not readable:
            continue
        kept = [sp.id for sp in spans if sp.decision == "keep" and sp.text.strip().lower() == lowered]
        found.append(Mixed(
            group[0].text.strip(), tuple(sorted({line_of(text, sp.start) for sp in group})),
            tuple(sorted({line_of(text, at) for at in readable})), tuple(sp.id for sp in group) + tuple(kept),
        ))  # fmt: skip
    return found


# What a not-processed document needs, per ingest error code (redaction/ingest/errors.py): what
# happened and the next step, in words a privacy officer can act on.
_FAILURE_HELP: dict[str, tuple[str, str]] = {
    "W401": ("Het systeem kan dit soort bestand niet lezen.",
             "Sla het op als PDF met tekst, als Word-bestand of als platte tekst en zet het opnieuw in de inbox."),
    "W402": ("Het bestand is leeg.", "Vraag het originele document op bij de afzender of de afdeling en zet het "
             "opnieuw in de inbox."),
    "W403": ("Het bestand is te groot om veilig te verwerken.", "Splits het document in delen en zet die in de inbox."),
    "W404": ("Het bestand is beschadigd of is niet wat de naam belooft.",
             "Open het zelf, sla het opnieuw op (bijvoorbeeld als PDF) en zet het opnieuw in de inbox."),
    "W405": ("Het bestand is met een wachtwoord beveiligd.",
             "Vraag een versie zonder wachtwoord op en zet die in de inbox."),
    "W406": ("Het is een scan, maar tekstherkenning (OCR) is op deze server niet geïnstalleerd.",
             "Laat de beheerder Tesseract installeren (make install), of laat de tekst elders herkennen en zet de "
             "PDF met tekst opnieuw in de inbox."),
    "W407": ("Het bestand kon niet worden gelezen.",
             "Controleer of het nog bestaat en zet het opnieuw in de inbox."),
    "W408": ("Het tekstbestand bevat geen leesbare tekst.",
             "Sla het op als tekst (UTF-8) of als PDF en zet het opnieuw in de inbox."),
    "W409": ("De bijlagen zitten te diep in elkaar.",
             "Sla de binnenste bijlagen apart op en zet ze los in de inbox."),
    "W414": ("De tekstherkenning (OCR) kon een gescande pagina niet lezen.",
             "Scan het origineel opnieuw (rechtop, 300 dpi) en zet het opnieuw in de inbox."),
}  # fmt: skip
_FAILURE_DEFAULT = ("Het systeem kon dit document niet verwerken.",
                    "Zet een leesbare versie in de inbox, of beoordeel het document met de hand buiten dit systeem.")


@dataclass(frozen=True, slots=True)
class FailureHelp:
    what: str
    next_step: str
    code: str | None


def failure_help(code: str | None) -> FailureHelp:
    what, step = _FAILURE_HELP.get(code or "", _FAILURE_DEFAULT)
    return FailureHelp(what, step, code)


PUBLISHED_EXTENSIONS = ("pdf", "html", "txt", "xml")


def published_files(public_dir: Path, doc: DocumentView) -> list[tuple[str, Path]]:
    """(extension, path) of each file the publication step wrote for the document into the public
    area; none before publication. A number that would leave the folder finds nothing."""
    if doc.status != "published":
        return []
    folder = (public_dir / "documenten").resolve()
    out = []
    for ext in PUBLISHED_EXTENSIONS:
        path = (folder / f"{doc.number}.{ext}").resolve()
        if path.parent == folder and path.is_file():
            out.append((ext, path))
    return out
