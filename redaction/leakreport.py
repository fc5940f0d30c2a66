"""The leak report: where a file about to be published still shows personal data, and which
decision that concerns, so that a reviewer can fix it.

Two searches over every view of every file of a document (`redaction.scan.read_parts`): the
independent scanner's regexes and checksums (e-mail, BSN, IBAN, phone), and every value the
reviewed decisions withhold, outside the text the renderers write themselves
(`redaction.publication.renderer_texts`: a withheld "Woo" that the Noot also says is no leak).
Each finding becomes a `LeakRecord`: document, file, view, line, column, offset, kind, and the
decision records concerned (span ids of the review store), never the value. The records go to the
review store (the cockpit shows them) and to ``leak_report.json``/``.csv`` in the batch's
restricted folder; Dagster gets counts and kinds only (`leak_counts`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from redaction.decisions import Decision
from redaction.render.text import mark, redacted_regions
from redaction.review.store import DecisionRef, DocumentView, LeakRecord, SpanView, span_decision
from redaction.scan import (
    DEFAULT_FUNCTIONAL_LOCALPARTS,
    FixedTexts,
    find_values,
    is_markup,
    line_and_column,
    read_parts,
    scan_parts,
)

WITHHELD_VALUE: Final = "withheld_value"
WITHHELD_DETAIL: Final = "ingehouden waarde nog leesbaar"
IN_PIXELS_DETAIL: Final = "ingehouden waarde leesbaar in het paginabeeld (OCR)"
REPORT_NAME: Final = "leak_report"
CSV_DELIMITER: Final = ";"  # as the inventory list: what Dutch spreadsheet settings expect
_POSITION_IN_REASON: Final = re.compile(r" op positie \d+")
_FILE_ORDER: Final = {".txt": 0, ".pdf": 1, ".html": 2, ".xml": 3}


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _compact(text: str) -> str:
    """A value without spacing, punctuation or case: "06-123 45678" and "0612345678" are one."""
    return re.sub(r"[\W_]", "", text).casefold()


def _spans_with_value(spans: Sequence[SpanView], value: str) -> tuple[DecisionRef, ...]:
    """The decisions on the same value as a scanner finding (the e-mail a reviewer rejected, say)."""
    wanted = _compact(value)
    if len(wanted) < 4:
        return ()
    # The same value, or a span around it ("tel. 06-..."); not a span inside it: a withheld surname
    # inside a readable e-mail address is not what decided about the address.
    return tuple(DecisionRef.of(span) for span in spans if wanted in _compact(span.text))


def _source_start(text: str, decisions: Sequence[Decision], published: str, start: int, end: int) -> int | None:
    """Where ``published[start:end]`` of the text rendering stands in the document's own text.

    The text rendering is the document with each region replaced by its mark, then the Noot: a
    place in a kept stretch maps back one to one; one in a mark or the Noot does not. The mapped
    text must read the same, so a file that is not this rendering never gets a wrong position.
    """
    published_at = source_at = 0
    for region in [*redacted_regions(decisions), None]:
        kept_end = region.start if region is not None else len(text)
        kept = kept_end - source_at
        if published_at <= start and end <= published_at + kept:
            mapped = source_at + (start - published_at)
            return mapped if text[mapped : mapped + end - start] == published[start:end] else None
        if region is None:
            return None
        published_at += kept + len(mark(region))
        source_at = region.end
    return None


def _withheld_values(decisions: Sequence[Decision]) -> tuple[list[str], list[str]]:
    """(values withheld, values kept): a value also kept elsewhere in the document is no leak (that
    keep is itself a reviewed decision), and values of one character are too common to search."""
    kept = {_normalised(d.text) for d in decisions if not d.is_redaction}
    withheld = {_normalised(d.text) for d in decisions if d.is_redaction} - kept
    return sorted(v for v in withheld if len(v) >= 2), sorted(v for v in kept if v)


def document_leaks(
    doc: DocumentView,
    files: Iterable[Path],
    *,
    decisions: Sequence[Decision] | None = None,
    fixed: Mapping[str, FixedTexts] | None = None,
    allowed_emails: Collection[str] = (),
    allowed_email_patterns: Sequence[str] = DEFAULT_FUNCTIONAL_LOCALPARTS,
    allowed_phones: Collection[str] = (),
    read_pages: bool = False,
) -> list[LeakRecord]:
    """Every place in the published ``files`` of ``doc`` that still shows personal data.

    With ``read_pages`` the page images of a PDF are read back by OCR (`redaction.pages.readback`)
    and searched for the withheld values too: a box that misses its word shows only in the pixels.
    The scanner's regexes do not run on OCR text, whose misread digits would block for nothing.

    ``decisions`` are the reviewed decisions the files were rendered from (default: the store's
    spans as reviewed); ``fixed`` the renderers' own text per file suffix
    (`redaction.publication.renderer_texts`). Scanner findings name the decisions on the same value
    (none: a missed detection); withheld values name the decisions that withhold them. A withheld
    value that the scanner also reports at the same place is reported once, as the scanner's.
    """
    decisions = list(decisions) if decisions is not None else [span_decision(sp) for sp in doc.spans]
    values, kept = _withheld_values(decisions)
    redacting = [sp for sp in doc.spans if sp.decision == "redact"]
    value_refs = [
        tuple(DecisionRef.of(sp) for sp in redacting if _normalised(sp.text) == value) for value in values
    ]
    records: list[LeakRecord] = []
    # The text file first: it is the published text itself, and its places map back to the document.
    for path in sorted(files, key=lambda p: (_FILE_ORDER.get(p.suffix.lower(), len(_FILE_ORDER)), p.name)):
        parts = read_parts(path)
        pixels: list[tuple[str, str]] = []
        if read_pages and path.suffix.lower() == ".pdf":
            from redaction.pages.readback import read_back

            pixels = read_back(path)
        texts = dict(parts + pixels)
        markup = is_markup(path)
        found: list[tuple[str, int, int, str, str, tuple[DecisionRef, ...]]] = []
        scanned = scan_parts(parts, deduplicate=markup, allowed_emails=allowed_emails,
                             allowed_email_patterns=allowed_email_patterns, allowed_phones=allowed_phones)  # fmt: skip
        for leak in scanned:
            # The value is read here only to find the decision on it; it never leaves this function.
            refs = _spans_with_value(doc.spans, texts[leak.where][leak.start : leak.end])
            found.append((leak.where, leak.start, leak.end, leak.kind, _POSITION_IN_REASON.sub("", leak.reason), refs))
        for hit in find_values(parts, values, fixed=(fixed or {}).get(path.suffix.lower()), ignore=kept,
                               deduplicate=markup):  # fmt: skip
            if any(leak.where == hit.where and leak.start < hit.end and hit.start < leak.end for leak in scanned):
                continue
            found.append((hit.where, hit.start, hit.end, WITHHELD_VALUE, WITHHELD_DETAIL, value_refs[hit.index]))
        for hit in find_values(pixels, values, fixed=(fixed or {}).get(path.suffix.lower()), ignore=kept):
            found.append((hit.where, hit.start, hit.end, WITHHELD_VALUE, IN_PIXELS_DETAIL, value_refs[hit.index]))
        reading_order = {name: i for i, (name, _) in reversed(list(enumerate(parts + pixels)))}
        for where, start, end, kind, detail, refs in sorted(found, key=lambda f: (reading_order[f[0]], f[1])):
            line, column = line_and_column(texts[where], start)
            source = None
            if path.suffix.lower() == ".txt":
                source = _source_start(doc.text, decisions, texts[where], start, end)
            records.append(LeakRecord(
                document_id=doc.id, number=doc.number, file=path.name, part=where, line=line, column=column,
                offset=start, kind=kind, detail=detail, decisions=refs, source_start=source,
            ))  # fmt: skip
    return records


def leak_counts(leaks: Iterable[LeakRecord]) -> dict[str, dict[str, int]]:
    """Findings per document number and kind: what Dagster may show (numbers are opaque, kinds are
    categories; no positions, no values)."""
    counts: dict[str, dict[str, int]] = {}
    for leak in leaks:
        per_kind = counts.setdefault(leak.number, {})
        per_kind[leak.kind] = per_kind.get(leak.kind, 0) + 1
    return {number: dict(sorted(kinds.items())) for number, kinds in sorted(counts.items())}


def _as_json(leak: LeakRecord) -> dict[str, object]:
    return {
        "document_id": leak.document_id, "documentnummer": leak.number, "bestand": leak.file, "deel": leak.part,
        "regel": leak.line, "kolom": leak.column, "positie": leak.offset, "soort": leak.kind,
        "toelichting": leak.detail, "positie_in_brontekst": leak.source_start,
        "besluiten": [
            {"span_id": ref.span_id, "entiteit": ref.entity, "besluit": ref.decision, "grond": ref.ground,
             "regel": ref.rule, "status": ref.state}
            for ref in leak.decisions
        ],
    }  # fmt: skip


_CSV_COLUMNS: Final = ("document_id", "documentnummer", "bestand", "deel", "regel", "kolom", "positie", "soort",
                       "toelichting", "positie_in_brontekst", "besluiten")  # fmt: skip


def write_leak_report(folder: Path, batch_id: str, leaks: Sequence[LeakRecord]) -> Path:
    """Write ``leak_report.json`` and ``leak_report.csv`` into ``folder`` (the batch's restricted
    folder) and return the JSON's path. Written on every check, also when nothing leaks, so an old
    report never outlives the run that fixed it. Positions and decision ids, never values."""
    checked_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    rows = [_as_json(leak) for leak in leaks]
    report = {"batch": batch_id, "gecontroleerd": checked_at,
              "documenten_met_lekken": len({leak.number for leak in leaks}), "lekken": rows}  # fmt: skip
    target = folder / f"{REPORT_NAME}.json"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(target)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    for leak, row in zip(leaks, rows, strict=True):
        besluiten = " ".join(f"#{ref.span_id} {ref.entity} {ref.decision} {ref.ground or '-'} {ref.rule or '-'}"
                             for ref in leak.decisions)  # fmt: skip
        writer.writerow([*(row[column] if row[column] is not None else "" for column in _CSV_COLUMNS[:-1]), besluiten])
    (folder / f"{REPORT_NAME}.csv").write_text(out.getvalue(), encoding="utf-8-sig")
    return target
