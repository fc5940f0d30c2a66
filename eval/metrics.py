"""Span metrics for Woo redaction, importable without loading the engine.

The metrics are leak-oriented rather than the usual exact-match NER scores, because what matters
for a publication is whether personal data is left readable, not whether the recognizer drew
the same boundary or used the same entity name as the annotator:

recall (per gold entity E)
    The fraction of gold *redact* spans of E all of whose letters and digits are covered by the
    union of predicted *redact* spans, of any entity. A name inside a redacted e-mail address is
    therefore not leaked, while half a name is a leak (partial coverage is a miss). Whitespace
    and punctuation inside a gold span are ignored for coverage: a space or comma left between
    two redacted tokens reveals nothing.
precision (per predicted entity E)
    The fraction of predicted redact spans of E that overlap at least one gold redact span of
    any entity. Over-redacting "Vries" as LOCATION inside a gold PERSON is fine; redacting
    "Financieel Ontzorgen" is not.
keep violations
    Gold *keep* spans (officials in their role, functional mailboxes, organisations, the body's
    own address and switchboard) overlapped by any predicted redaction. A Woo publication that
    blacks out the burgemeester's name or raadsgriffie@... is wrong even if nothing leaks.
all entities
    Recall over all gold redact spans and precision over all predicted redact spans (micro).

Spans are half-open ``[start, end)`` Python string offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

ALL = "all entities"

# Targets of `python -m eval.evaluate --check`.
RECALL_TARGETS: dict[str, float] = {
    "PERSON": 0.97,
    "EMAIL_ADDRESS": 0.97,
    "NL_BSN": 1.0,
    "IBAN_CODE": 1.0,
}
OVERALL_PRECISION_TARGET = 0.9
MAX_KEEP_VIOLATIONS = 0


@dataclass(frozen=True, slots=True)
class Span:
    """A gold or predicted span; ``origin`` is the name pool of a gold PERSON, if tracked."""

    start: int
    end: int
    entity: str
    decision: str
    origin: str | None = None

    @property
    def is_redaction(self) -> bool:
        return self.decision == "redact"


@dataclass(frozen=True, slots=True)
class Document:
    """One evaluated document: its text, its gold spans and the engine's predicted spans."""

    doc_id: str
    text: str
    gold: tuple[Span, ...]
    predicted: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """One miss, false positive or keep violation, with enough context to look it up."""

    doc_id: str
    entity: str
    start: int
    end: int
    text: str
    detail: str = ""


@dataclass
class EntityStats:
    """Counts behind one row of the report."""

    gold_redact: int = 0
    recalled: int = 0
    predicted_redact: int = 0
    precise: int = 0
    gold_keep: int = 0
    keep_violations: int = 0

    @property
    def recall(self) -> float | None:
        return self.recalled / self.gold_redact if self.gold_redact else None

    @property
    def precision(self) -> float | None:
        return self.precise / self.predicted_redact if self.predicted_redact else None


@dataclass
class Report:
    """The full evaluation: per-entity rows, the overall row, PERSON recall per origin, findings."""

    entities: dict[str, EntityStats] = field(default_factory=dict)
    overall: EntityStats = field(default_factory=EntityStats)
    person_origin: dict[str, EntityStats] = field(default_factory=dict)
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)
    keep_violations: list[Finding] = field(default_factory=list)
    documents: int = 0

    def row(self, entity: str) -> EntityStats:
        return self.entities.setdefault(entity, EntityStats())


# --------------------------------------------------------------------------- primitives


def overlaps(a: Span, b: Span) -> bool:
    """Half-open intervals share at least one character."""
    return a.start < b.end and b.start < a.end


def merge_intervals(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """Union of span intervals as sorted, disjoint ``(start, end)`` pairs."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((s.start, s.end) for s in spans if s.end > s.start):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def is_covered(gold: Span, intervals: Sequence[tuple[int, int]], text: str | None = None) -> bool:
    """True when every letter/digit of ``gold`` lies inside the merged redaction ``intervals``.

    Without ``text`` (or when the span has no letters or digits) every character counts.
    """
    positions = range(gold.start, gold.end)
    if text is not None:
        significant = [i for i in positions if i < len(text) and text[i].isalnum()]
        if significant:
            positions = significant  # type: ignore[assignment]
    return all(any(start <= i < end for start, end in intervals) for i in positions)


def coverage_detail(gold: Span, intervals: Sequence[tuple[int, int]]) -> str:
    """'partial' when some of the span was redacted, 'none' when none of it was."""
    touched = any(start < gold.end and gold.start < end for start, end in intervals)
    return "partial" if touched else "none"


# --------------------------------------------------------------------------- evaluation


def evaluate_document(doc: Document, report: Report) -> None:
    """Add one document's counts and findings to ``report``."""
    report.documents += 1
    redactions = [s for s in doc.predicted if s.is_redaction]
    intervals = merge_intervals(redactions)
    gold_redact = [s for s in doc.gold if s.is_redaction]

    for gold in doc.gold:
        row = report.row(gold.entity)
        snippet = doc.text[gold.start : gold.end]
        if gold.is_redaction:
            row.gold_redact += 1
            report.overall.gold_redact += 1
            origin_row = None
            if gold.entity == "PERSON" and gold.origin:
                origin_row = report.person_origin.setdefault(gold.origin, EntityStats())
                origin_row.gold_redact += 1
            if is_covered(gold, intervals, doc.text):
                row.recalled += 1
                report.overall.recalled += 1
                if origin_row is not None:
                    origin_row.recalled += 1
            else:
                report.misses.append(
                    Finding(doc.doc_id, gold.entity, gold.start, gold.end, snippet,
                            coverage_detail(gold, intervals))
                )
        else:
            row.gold_keep += 1
            report.overall.gold_keep += 1
            hits = [p for p in redactions if overlaps(p, gold)]
            if hits:
                row.keep_violations += 1
                report.overall.keep_violations += 1
                detail = ", ".join(
                    f"{p.entity} {doc.text[p.start:p.end]!r}" for p in hits
                )
                report.keep_violations.append(
                    Finding(doc.doc_id, gold.entity, gold.start, gold.end, snippet, detail)
                )

    for pred in redactions:
        row = report.row(pred.entity)
        row.predicted_redact += 1
        report.overall.predicted_redact += 1
        if any(overlaps(pred, gold) for gold in gold_redact):
            row.precise += 1
            report.overall.precise += 1
        else:
            report.false_positives.append(
                Finding(doc.doc_id, pred.entity, pred.start, pred.end, doc.text[pred.start : pred.end])
            )


def evaluate(documents: Iterable[Document]) -> Report:
    """Evaluate all documents into one report."""
    report = Report()
    for doc in documents:
        evaluate_document(doc, report)
    return report


def check_targets(report: Report) -> list[str]:
    """The targets `--check` enforces; returns one message per missed target (empty = pass).

    An entity with no gold redact spans has no recall and cannot miss its target; a report with
    no predicted redactions has no precision, and its recall targets fail instead.
    """
    failures: list[str] = []
    for entity, target in RECALL_TARGETS.items():
        stats = report.entities.get(entity)
        recall = stats.recall if stats else None
        if recall is not None and recall < target:
            failures.append(f"recall {entity} {recall:.3f} < {target:.2f}")
    precision = report.overall.precision
    if precision is not None and precision < OVERALL_PRECISION_TARGET:
        failures.append(f"precision overall {precision:.3f} < {OVERALL_PRECISION_TARGET:.2f}")
    if report.overall.keep_violations > MAX_KEEP_VIOLATIONS:
        failures.append(f"keep violations {report.overall.keep_violations} > {MAX_KEEP_VIOLATIONS}")
    return failures


# --------------------------------------------------------------------------- rendering


def _fmt(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def format_report(report: Report) -> str:
    """A plain-text table: one row per entity, then the overall row and PERSON per origin."""
    header = f"{'entity':<16} {'gold':>5} {'pred':>5} {'recall':>7} {'prec.':>7} {'keep':>5} {'viol.':>5}"
    lines = [f"documents: {report.documents}", header, "-" * len(header)]

    def line(name: str, s: EntityStats) -> str:
        return (
            f"{name:<16} {s.gold_redact:>5} {s.predicted_redact:>5} {_fmt(s.recall):>7} "
            f"{_fmt(s.precision):>7} {s.gold_keep:>5} {s.keep_violations:>5}"
        )

    for entity in sorted(report.entities):
        lines.append(line(entity, report.entities[entity]))
    lines.append("-" * len(header))
    lines.append(line(ALL, report.overall))
    lines.append("")
    lines.append("gold/pred = redact spans; keep = gold keep spans; viol. = keep spans redacted")
    if report.person_origin:
        lines.append("")
        lines.append(f"{'PERSON by origin':<16} {'gold':>5} {'recall':>7}")
        for origin in sorted(report.person_origin):
            s = report.person_origin[origin]
            lines.append(f"{origin:<16} {s.gold_redact:>5} {_fmt(s.recall):>7}")
    return "\n".join(lines)


def format_findings(title: str, findings: Sequence[Finding]) -> str:
    lines = [f"{title} ({len(findings)})"]
    for f in findings:
        extra = f"  [{f.detail}]" if f.detail else ""
        lines.append(f"  {f.doc_id} {f.entity} {f.start}-{f.end} {f.text!r}{extra}")
    return "\n".join(lines)


def _stats_dict(s: EntityStats) -> dict[str, Any]:
    return {
        "gold_redact": s.gold_redact,
        "predicted_redact": s.predicted_redact,
        "recall": s.recall,
        "precision": s.precision,
        "gold_keep": s.gold_keep,
        "keep_violations": s.keep_violations,
    }


def report_to_dict(report: Report, with_findings: bool = False) -> dict[str, Any]:
    """JSON-ready report (``--json``); findings only when asked, they can be long."""
    out: dict[str, Any] = {
        "documents": report.documents,
        "entities": {e: _stats_dict(s) for e, s in sorted(report.entities.items())},
        "overall": _stats_dict(report.overall),
        "person_by_origin": {o: _stats_dict(s) for o, s in sorted(report.person_origin.items())},
        "keep_violations_by_entity": {
            e: s.keep_violations for e, s in sorted(report.entities.items()) if s.keep_violations
        },
        "failed_targets": check_targets(report),
    }
    if with_findings:
        for name in ("misses", "false_positives", "keep_violations"):
            out[name] = [
                {"id": f.doc_id, "entity": f.entity, "start": f.start, "end": f.end,
                 "text": f.text, "detail": f.detail}
                for f in getattr(report, name)
            ]
    return out
