"""The publication of a batch: document records, the files published per document, the inventory.

Plain library code the Dagster assets call. Each published file is a rendering of the reviewed
decisions of its document; file names are the neutral Documentnummer, never the original name.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from redaction.decisions import Decision, decisions_to_jsonl
from redaction.errors import AnalysisError
from redaction.pages.manual import noot_decisions
from redaction.policy.grounds import GROUNDS
from redaction.publish.diwoo import ANONIMISEREN, ONTVANGST, OPENBAARMAKING, DiWooConfig, DocumentAction, diwoo_xml
from redaction.publish.inventory import InventoryRow, inventory_row, not_processed_row, write_inventory
from redaction.render import RenderError, render
from redaction.review.store import DocumentView, NewDocument, ReviewStore, span_decision

if TYPE_CHECKING:
    from redaction.engine import Redactor
    from redaction.pages import DocumentLayout
    from redaction.pages.manual import ManualBox
    from redaction.scan import FixedTexts


@dataclass(frozen=True)
class DocumentRecord:
    """One document of a batch as ingest found it (text kept apart, in the restricted area)."""

    id: str
    number: str
    kind: str
    role: str = "document"
    family_id: str | None = None
    thread_id: str | None = None
    parent_id: str | None = None
    date: str | None = None
    pages: list[list[int]] | None = None
    failure_code: str | None = None
    failure_reason: str | None = None
    # Pages a person must look at (OCR unsure, or a signature or stamp no word covers): never
    # approved by policy alone.
    pages_to_review: list[int] | None = None
    text: str | None = field(default=None, compare=False)

    def as_new_document(self, text: str) -> NewDocument:
        return NewDocument(
            id=self.id, number=self.number, kind=self.kind, role=self.role, text=text,
            pages=[(a, b) for a, b in self.pages] if self.pages else None, family_id=self.family_id,
            thread_id=self.thread_id, parent_id=self.parent_id, date=self.date,
            failure_code=self.failure_code, failure_reason=self.failure_reason,
            pages_to_review=self.pages_to_review,
        )  # fmt: skip


def record_id(batch: str, file_key: str, part: int | str) -> str:
    """Opaque, stable id of a document: the same batch file and part always give the same id."""
    return hashlib.sha256(f"{batch}\x1f{file_key}\x1f{part}".encode()).hexdigest()[:20]


def write_records(path: Path, records: Iterable[DocumentRecord]) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for record in records:
            data = asdict(record)
            data.pop("text")
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
    tmp.replace(path)


def read_records(path: Path) -> list[DocumentRecord]:
    with path.open(encoding="utf-8") as handle:
        return [DocumentRecord(**json.loads(line)) for line in handle if line.strip()]


def write_decisions(path: Path, document_id: str, decisions: Sequence[Decision]) -> None:
    """The decisions of one document in the `woo analyze --json` contract, plus the deciding rule."""
    line = json.loads(decisions_to_jsonl(document_id, decisions))
    for span, decision in zip(line["spans"], decisions, strict=True):
        span["rule"] = decision.rule
    path.write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")


def read_decisions(path: Path) -> list[Decision]:
    """The decisions `write_decisions` wrote (the deciding rule included)."""
    record = json.loads(path.read_text(encoding="utf-8"))
    return [Decision.from_json_dict(span) for span in record["spans"]]


def analyze_each(redactor: Redactor, texts: Sequence[str],
                 processes: int | None = None) -> list[list[Decision] | AnalysisError]:  # fmt: skip
    """Decisions per text, batched over ``processes`` (default every core; 1 in this process, as in a
    worker that is one already); a text on which the engine fails gets an `AnalysisError` in its
    place instead of stopping the whole batch.

    The batch is tried first (fast path); only when it fails is every text retried on its own, so
    one bad document costs one document, not the batch.
    """
    try:
        return list(redactor.analyze_many(texts, processes))
    except Exception:
        pass
    out: list[list[Decision] | AnalysisError] = []
    for text in texts:
        try:
            out.append(redactor.analyze(text))
        except Exception as exc:
            out.append(AnalysisError(f"internal error while analysing ({type(exc).__name__}); not processed "
                                     "/ interne fout bij analyse, niet verwerkt"))
    return out


# TOOI concepts (https://identifier.overheid.nl/tooi/def/thes/kern/...). Taken from public DiWoo
# implementations, as the TOOI value lists cannot be fetched here: the information category from
# two independent ones that agree, the kind of action "ontvangst" from one that cites the DiWoo
# 0.9.4 soorthandelinglijst. A body checks them against the value lists before harvesting; both
# are settings (`PublicationSettings`), not code.
TOOI_KERN = "https://identifier.overheid.nl/tooi/def/thes/kern/"
INGEKOMEN_STUKKEN_URI = TOOI_KERN + "c_8c840238"  # bij vertegenwoordigende organen ingekomen stukken
ACTION_URIS: dict[str, str] = {"ontvangst": TOOI_KERN + "c_dfcee535"}


def document_title(number: str) -> str:
    """The neutral title every published file of a document carries (never a subject line)."""
    return f"Document {number}"


def publication_files(
    doc: DocumentView,
    decisions: Sequence[Decision],
    diwoo: DiWooConfig,
    *,
    published_at: datetime | None = None,
    layout: DocumentLayout | None = None,
    source: bytes | None = None,
    manual_boxes: Sequence[ManualBox] = (),
) -> dict[str, str | bytes]:
    """Every file published for one document, keyed by file name (``<Documentnummer>.<ext>``).

    The PDF is chosen by the kind of input: a PDF or scan (its page model ``layout`` and original
    bytes ``source`` given) is published as it looked, pages with boxes burned in (the "pages"
    renderer); text, e-mail and DOCX are typeset anew (the "pdf" renderer), and so is a PDF whose
    redactions the page model cannot place (never published without its boxes). ``manual_boxes``:
    boxes a reviewer drew on the pages (`ReviewStore.manual_boxes`), burned in with the rest.
    """
    moment = published_at or datetime.now(UTC).replace(microsecond=0)
    pages = [(a, b) for a, b in doc.pages] if doc.pages else None
    title = document_title(doc.number)
    pdf: bytes | None = None
    if layout is not None and source is not None:
        try:
            pdf = render("pages", doc.text, decisions, layout=layout, source=source, title=title, creation_date=moment,
                         manual_boxes=manual_boxes)  # fmt: skip
        except RenderError:
            pdf = None
    if pdf is None:
        pdf = render("pdf", doc.text, decisions, pages=pages, title=title, creation_date=moment)
    files: dict[str, str | bytes] = {
        f"{doc.number}.txt": render("text", doc.text, decisions),
        f"{doc.number}.html": render("html", doc.text, decisions, title=title),
        f"{doc.number}.pdf": pdf,
    }
    created = date.fromisoformat(doc.date) if doc.date else moment.date()
    actions = [DocumentAction(ONTVANGST, datetime.combine(created, datetime.min.time(), tzinfo=UTC))]
    if any(d.is_redaction for d in decisions) or manual_boxes:  # a box drawn on a page withholds too
        actions.append(DocumentAction(ANONIMISEREN, moment))
    actions.append(DocumentAction(OPENBAARMAKING, moment))
    files[f"{doc.number}.xml"] = diwoo_xml(
        document_id=doc.number, official_title=title, creation_date=created, actions=actions, config=diwoo
    )
    return files


# Why an unpublished document is not public yet, as the inventory's Toelichting says it.
IN_REVIEW_NOTE = "In beoordeling: nog niet gepubliceerd."
HELD_NOTE = "Tegengehouden door de lekcontrole: nog niet gepubliceerd."


def inventory_rows(store: ReviewStore, batch_id: str, base_url: str) -> list[InventoryRow]:
    """One row per document of the batch: published, still in review or held by the leak check
    (both opgeschort), or not processed."""
    rows: list[InventoryRow] = []
    numbers: dict[str, str] = {}
    held = store.held_documents(batch_id)
    for summary in sorted(store.queue(batch_id, statuses=None), key=lambda q: q.number):
        numbers[summary.id] = summary.number
    for doc_id, number in numbers.items():
        doc = store.document(doc_id)
        day = date.fromisoformat(doc.date) if doc.date else None
        related = dict(
            gerelateerd_id=numbers.get(doc.parent_id or "", ""),
            familie_id=numbers.get(doc.family_id or "", ""),
            thread_id=doc.thread_id or "",
        )
        if doc.status == "not_processed":
            reason = f"[{doc.failure_code}] {doc.failure_reason}" if doc.failure_code else "onbekende fout"
            rows.append(not_processed_row(number, documentnummer=number, reason=reason, datum=day, **related))
            continue
        # A box a reviewer drew on a page (a signature) withholds on its ground like a span does.
        decisions = [span_decision(sp) for sp in doc.spans] + noot_decisions(store.manual_boxes(doc_id))
        published = doc.status == "published"
        note = "" if published else HELD_NOTE if doc_id in held else IN_REVIEW_NOTE
        rows.append(
            inventory_row(
                number, decisions, documentnummer=number, bestandsnaam=f"{number}.pdf", datum=day,
                toelichting=note,
                publieke_link=f"{base_url.rstrip('/')}/{number}.pdf" if published else "",
                opgeschort=not published, **related,
            )
        )  # fmt: skip
    return rows


def write_batch_inventory(store: ReviewStore, batch_id: str, out_dir: Path, base_url: str) -> dict[str, int]:
    """Write ``inventarislijst-<batch>.csv`` and ``.xlsx``; return counts per processing status."""
    rows = inventory_rows(store, batch_id, base_url)
    for suffix in (".csv", ".xlsx"):
        write_inventory(rows, out_dir / f"inventarislijst-{batch_id}{suffix}")
    counts = {"rows": len(rows), "not_processed": 0, "suspended": 0, "held": 0}
    for row in rows:
        counts["not_processed"] += row.beoordeling == ""
        counts["suspended"] += row.opgeschort
        counts["held"] += row.toelichting == HELD_NOTE
    return counts


def decisions_complete(decision: Decision) -> bool:
    """A decision every rendering can rely on: a redaction names its ground and kind of data,
    a keep gives its reason."""
    if decision.decision == "redact":
        return bool(decision.ground) and bool(decision.category) and bool(decision.reason)
    return decision.decision == "keep" and bool(decision.reason)


def _normalised(text: str) -> str:
    return " ".join(text.split())


def published_texts(out_dir: Path, number: str) -> list[str]:
    """What a reader of the published files of one document can read: every view the leak scanner
    reads (text, HTML source and text, PDF text and metadata, DiWoo XML), whitespace normalised."""
    from redaction.scan import read_parts

    return [readable_text(read_parts(path)) for path in sorted(out_dir.glob(f"{number}.*"))]


def readable_text(parts: Sequence[tuple[str, str]]) -> str:
    """The views of one file the leak scanner read (`redaction.scan.read_parts`) as one text."""
    return _normalised("\n".join(text for _, text in parts))


def renderer_texts(number: str, decisions: Sequence[Decision], diwoo: DiWooConfig) -> dict[str, FixedTexts]:
    """What the renderers write into each published file of a document themselves, per file suffix:
    the text the leak check must not take for a leak when a withheld word also occurs there.

    Built from constants, the ground codes and the (ground, kind of data) pairs of the decisions,
    the document number and the body's DiWoo settings; never from a decision's text. So a value the
    renderer wrongly wrote into the Noot or a mark makes that phrase differ and is still found. The
    Noot heading counts only together with its introduction: "Noot" alone may be a surname.
    """
    from redaction.publish import diwoo as metadata
    from redaction.render.html import template_texts
    from redaction.render.pdf import footer_text
    from redaction.render.text import NOOT_HEADING, NOOT_INTRO, noot_lines
    from redaction.scan import FixedTexts, html_text

    title = document_title(number)
    # Every ground code, not only this document's: a code is never personal data, and the marks of
    # merged regions join several codes ("5.1.1e; 5.1.2e").
    body = (f"{NOOT_HEADING} {NOOT_INTRO}", *noot_lines(decisions), *GROUNDS)
    template = template_texts()
    footer = footer_text(title, 0).removesuffix("0")
    return {
        ".txt": FixedTexts(body),
        ".html": FixedTexts((*body, title, *template, *(html_text(chunk) for chunk in template))),
        ".pdf": FixedTexts((*body, title), patterns=(re.escape(footer) + r"\d+",)),
        # DiWoo metadata holds no document text at all: its markup, settings and vocabulary are fixed.
        ".xml": FixedTexts((title, number, *metadata.fixed_texts(diwoo)), tags=metadata.MARKUP_TAGS),
    }
