"""The per-document work of one batch, spread over the cores: extraction, analysis, rendering and
the leak check.

Each step takes the batch's documents, runs the work per document (or per small group) in worker
processes forked after the engine is loaded (`redaction.parallel.ordered_map`) and streams the
results back in input order. Workers read and write the batch's files in the restricted area
themselves; what comes back is small (document records, counts, leak records). Everything that
writes the review store (SQLite allows one writer) stays with the caller in the parent process:
the store is read there, before the work is handed out, and written there after.

A document whose work fails is reported with its one-line reason (never its content) and the rest
of the batch goes on; only the leak check fails closed, because a document it could not check
must not be published.

The batch's layout in its restricted area: ``manifest.json``, ``raw/`` (inbox copies under opaque
names), ``texts/`` (text, page model and original per document), ``documents.jsonl``,
``decisions/``, ``reviewed/``, ``redacted/``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from redaction.errors import AnalysisError, WooError
from redaction.inbox import InboxFile, copy_inbox_file
from redaction.ingest import HiddenContentError, IngestResult, UnreadableFileError, ingest_file
from redaction.ingest.model import IngestFailure
from redaction.pages import DocumentLayout
from redaction.parallel import WorkerDied, ordered_map
from redaction.publication import (
    DocumentRecord,
    analyze_each,
    publication_files,
    read_decisions,
    record_id,
    write_decisions,
)
from redaction.storage import StorageArea

if TYPE_CHECKING:
    from redaction.decisions import Decision
    from redaction.engine import Redactor
    from redaction.pages.manual import ManualBox
    from redaction.publish.diwoo import DiWooConfig
    from redaction.review.store import DocumentView, LeakRecord, ReviewStore

RAW, TEXTS, DECISIONS, REVIEWED, REDACTED = "raw", "texts", "decisions", "reviewed", "redacted"
# Documents per unit of analysis: the model batches them, and 1,000 documents still make enough
# units to keep every core busy to the end.
ANALYSIS_GROUP = 8
INTERNAL_ERROR = "internal error ({}); not processed / interne fout, niet verwerkt"


def raw_name(index: int, item: InboxFile) -> str:
    """The opaque name of an inbox file's copy in the restricted area (position and content hash)."""
    return f"{index:05d}-{item.sha256[:16]}{PurePath(item.path).suffix.lower()}"


def changed_marker(index: int) -> str:
    """The name, under ``raw/``, of the verdict on an inbox file that changed after it arrived."""
    return f"{index:05d}.unreadable.json"


def text_name(record_id: str) -> str:
    return f"{TEXTS}/{record_id}.txt"


def _layout_name(record_id: str) -> str:
    return f"{TEXTS}/{record_id}.pages.json"


def _source_name(record_id: str) -> str:
    """The original bytes of a PDF or scan (restricted, like the text), the published pages' source."""
    return f"{TEXTS}/{record_id}.source"


def page_model(batch: StorageArea, record_id: str) -> tuple[DocumentLayout | None, bytes | None]:
    """The page model and original of a PDF or scan; (None, None) for other documents."""
    layout, source = _layout_name(record_id), _source_name(record_id)
    if not (batch.exists(layout) and batch.exists(source)):
        return None, None
    return DocumentLayout.from_json(batch.read_text(layout)), batch.read_bytes(source)


def _internal(exc: BaseException | WorkerDied) -> AnalysisError:
    """A one-line reason for a failure nobody foresaw: the kind of error, never its message (which
    may quote the document)."""
    if isinstance(exc, WorkerDied):
        return AnalysisError(exc.reason)
    return AnalysisError(INTERNAL_ERROR.format(type(exc).__name__))


def copy_into_batch(inbox: StorageArea, item: InboxFile, batch: StorageArea, index: int) -> None:
    """Copy an inbox file into ``raw/`` if it is still the file the sensor hashed; else `IngestError`.

    A local inbox is read without following links and only as a regular file inside it
    (`redaction.inbox.copy_inbox_file`); an object store has no links, so its object is read and
    its content hash compared.
    """
    name = raw_name(index, item)
    if inbox.local_root is not None:
        with batch.local_folder(RAW) as folder:
            copy_inbox_file(inbox.local_root, Path(item.path), folder / name, item.sha256)
        return
    try:
        data = inbox.read_bytes(item.path)
    except FileNotFoundError:
        raise UnreadableFileError("file not found / bestand niet gevonden") from None
    if hashlib.sha256(data).hexdigest() != item.sha256:
        raise UnreadableFileError("changed after it arrived / gewijzigd na aankomst")
    batch.write_bytes(f"{RAW}/{name}", data)


# --- extraction ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Extracted:
    """What extraction found in one inbox entry: its document records (texts already written), in
    order, numbered from 1 within the entry; the caller numbers them across the batch."""

    records: list[DocumentRecord]
    ocr_pages: int = 0
    pages_to_review: int = 0


def extract_batch(batch: StorageArea, batch_id: str, entries: Sequence[InboxFile],
                  processes: int | None = None) -> Iterator[tuple[DocumentRecord, Extracted]]:  # fmt: skip
    """Every document of the batch's inbox entries, numbered in inbox order, with the extraction of
    the entry it came from (for its page counts: given with the entry's first record only).

    A file or attachment that cannot be read, an entry that is not processed and a document with
    hidden content are 'not processed' records with their reason; texts, page models and originals
    are written to ``texts/`` by the workers and dropped from memory (a batch of thousands stays flat).
    """

    def work(index: int) -> Extracted:
        try:
            return extract_entry(batch, batch_id, index, entries[index])
        except Exception as exc:  # a reader's bug must cost this file, not the batch
            return _failed_entry(batch_id, index, entries[index], _internal(exc))

    number = 0
    for index, outcome in enumerate(ordered_map(work, range(len(entries)), processes)):
        extracted = outcome if isinstance(outcome, Extracted) else _failed_entry(
            batch_id, index, entries[index], _internal(outcome))  # fmt: skip
        for position, record in enumerate(extracted.records):
            number += 1
            counts = extracted if position == 0 else Extracted([])
            yield replace(record, number=f"{batch_id}-{number:04d}"), counts


def _failed_entry(batch_id: str, index: int, item: InboxFile, error: WooError) -> Extracted:
    failure = IngestFailure("file", error.code, "unreadable", error.message)
    return Extracted(list(_records_for_file(batch_id, raw_name(index, item), IngestResult(failures=[failure]))))


def extract_entry(batch: StorageArea, batch_id: str, index: int, item: InboxFile) -> Extracted:
    """Ingest one manifest entry and write its texts (and page models) to ``texts/``."""
    name = raw_name(index, item)
    result = _ingest_entry(batch, index, item)
    records: list[DocumentRecord] = []
    ocr_pages = unsure_pages = 0
    for position, record in enumerate(_records_for_file(batch_id, name, result)):
        if record.text is not None:
            batch.write_text(text_name(record.id), record.text)
            document = result.documents[position]  # documents come first, in the same order
            if document.layout is not None and document.source is not None:
                # The page model and the original it is drawn from: the published PDF looks like it.
                batch.write_text(_layout_name(record.id), document.layout.to_json())
                batch.write_bytes(_source_name(record.id), document.source)
                ocr_pages += document.layout.ocr_pages
                unsure_pages += len(document.pages_to_review)
            record = replace(record, text=None)
        records.append(record)
    return Extracted(records, ocr_pages, unsure_pages)


def _ingest_entry(batch: StorageArea, index: int, item: InboxFile) -> IngestResult:
    """The ingest result of one manifest entry; an entry never read is a failure of the whole file."""
    if item.skipped_code is not None:
        failure = IngestFailure("file", item.skipped_code, "skipped", item.skipped_reason or "")
        return IngestResult(failures=[failure])
    marker = f"{RAW}/{changed_marker(index)}"
    if batch.exists(marker):
        verdict = json.loads(batch.read_text(marker))
        return IngestResult(failures=[IngestFailure("file", verdict["code"], "unreadable", verdict["reason"])])
    raw = f"{RAW}/{raw_name(index, item)}"
    if not batch.exists(raw):
        error = UnreadableFileError("not copied into the batch / niet in de batch gekopieerd")
        return IngestResult(failures=[IngestFailure("file", error.code, error.kind, error.message)])
    # The copy's name only selects the reader (its suffix); the original name stays in the manifest.
    with batch.local_file(raw) as path:
        return ingest_file(path)


def _records_for_file(batch_id: str, raw: str, result: IngestResult) -> Iterator[DocumentRecord]:
    """Ingest output -> document records with family and thread ids (all opaque), numbered from 1.

    A document with hidden content is held as not processed, with what was hidden: it must not be
    published before a person has looked at the original (its attachments go on by themselves).
    """
    file_key = PurePath(raw).stem
    ids = [record_id(batch_id, file_key, i) for i in range(len(result.documents))]
    family = ids[0] if ids and result.documents[0].role == "email" else None
    number = 0
    for i, doc in enumerate(result.documents):
        number += 1
        parent = ids[doc.parent_index] if doc.parent_index is not None else None
        hidden = HiddenContentError.listing(doc.hidden) if doc.hidden else None
        yield DocumentRecord(
            id=ids[i], number=f"{batch_id}-{number:04d}", kind=doc.kind, role=doc.role,
            family_id=family if (doc.role == "email" or parent) else None,
            thread_id=doc.thread_key, parent_id=parent, date=doc.date.isoformat() if doc.date else None,
            pages=[[p.start, p.end] for p in doc.pages], text=doc.text if hidden is None else None,
            pages_to_review=doc.pages_to_review or None,
            failure_code=hidden.code if hidden else None, failure_reason=hidden.message if hidden else None,
        )  # fmt: skip
    for j, failure in enumerate(result.failures):
        number += 1
        is_attachment = failure.part != "file"
        yield DocumentRecord(
            id=record_id(batch_id, file_key, f"failure-{j}"), number=f"{batch_id}-{number:04d}",
            kind=failure.kind, role="attachment" if is_attachment else "document",
            family_id=family if is_attachment else None, parent_id=ids[0] if is_attachment and ids else None,
            failure_code=failure.code,
            failure_reason=f"{failure.part}: {failure.reason}" if is_attachment else failure.reason,
        )  # fmt: skip


# --- analysis --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Analysed:
    """One document's analysis: its decisions are written to ``decisions/<id>.jsonl``; here the
    counts, or the error that kept it from being analysed (also written, as ``<id>.error``)."""

    document_id: str
    redactions: int = 0
    kept: int = 0
    error: WooError | None = None


def analyze_batch(redactor: Redactor, batch: StorageArea, document_ids: Sequence[str],
                  processes: int | None = None) -> Iterator[Analysed]:  # fmt: skip
    """Decisions for every document (its text in ``texts/``), in input order, over the cores.

    One decision record per span, written once by the worker that made it, to ``decisions/``; the
    review queue reads them from there. A document the engine fails on gets ``<id>.error`` with
    its one-line reason instead, and the batch goes on.
    """
    groups = [list(document_ids[i : i + ANALYSIS_GROUP]) for i in range(0, len(document_ids), ANALYSIS_GROUP)]

    def work(group: list[str]) -> list[Analysed]:
        return _analyze_group(redactor, batch, group)

    for group, outcome in zip(groups, ordered_map(work, groups, processes), strict=True):
        if isinstance(outcome, WorkerDied):
            outcome = [_failed_analysis(batch, doc_id, _internal(outcome)) for doc_id in group]
        yield from outcome


def _analyze_group(redactor: Redactor, batch: StorageArea, group: list[str]) -> list[Analysed]:
    texts = [batch.read_text(text_name(doc_id)) for doc_id in group]
    # In this worker (no workers of its own); a group the engine fails on is retried text by text,
    # so one bad document costs one document.
    found: list[list[Decision] | AnalysisError] = analyze_each(redactor, texts, processes=1)
    out = []
    for doc_id, decisions in zip(group, found, strict=True):
        if isinstance(decisions, WooError):
            out.append(_failed_analysis(batch, doc_id, decisions))
            continue
        with batch.local_folder(DECISIONS) as folder:
            write_decisions(folder / f"{doc_id}.jsonl", doc_id, decisions)
        redact = sum(d.is_redaction for d in decisions)
        out.append(Analysed(doc_id, redact, len(decisions) - redact))
    return out


def _failed_analysis(batch: StorageArea, doc_id: str, error: WooError) -> Analysed:
    batch.write_text(f"{DECISIONS}/{doc_id}.error", json.dumps({"code": error.code, "reason": error.message}))
    return Analysed(doc_id, error=error)


def analysis_error(batch: StorageArea, doc_id: str) -> tuple[str, str] | None:
    """The (code, reason) analysis left for a document it could not analyse, else None."""
    name = f"{DECISIONS}/{doc_id}.error"
    if not batch.exists(name):
        return None
    failure = json.loads(batch.read_text(name))
    return failure["code"], failure["reason"]


# --- rendering -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ToRender:
    """One approved document to render: read from the review store by the caller (the store stays
    in the parent process), its reviewed decisions in ``reviewed/<id>.jsonl``."""

    doc: DocumentView
    manual_boxes: tuple[ManualBox, ...] = ()


@dataclass(frozen=True, slots=True)
class Rendered:
    document_id: str
    files: int = 0
    error: WooError | None = None


def render_batch(batch: StorageArea, documents: Iterable[ToRender], diwoo: DiWooConfig,
                 processes: int | None = None) -> Iterator[Rendered]:  # fmt: skip
    """Text with Noot, HTML, PDF and DiWoo XML per approved document into ``redacted/``, over the
    cores, in input order. A document that cannot be rendered is reported with its reason and
    writes nothing (it is not published; it stays approved for a later run)."""

    def work(item: ToRender) -> Rendered:
        try:
            return render_document(batch, item, diwoo)
        except Exception as exc:
            return Rendered(item.doc.id, error=_internal(exc))

    items: list[str] = []

    def remembered(source: Iterable[ToRender]) -> Iterator[ToRender]:
        for item in source:
            items.append(item.doc.id)
            yield item

    for position, outcome in enumerate(ordered_map(work, remembered(documents), processes)):
        yield outcome if isinstance(outcome, Rendered) else Rendered(items[position], error=_internal(outcome))


def render_document(batch: StorageArea, item: ToRender, diwoo: DiWooConfig) -> Rendered:
    doc = item.doc
    layout, source = page_model(batch, doc.id)
    # Boxes a reviewer drew on the pages (a signature, a stamp) come from the store, like approval.
    decisions = read_decisions_from(batch, f"{REVIEWED}/{doc.id}.jsonl")
    files = publication_files(doc, decisions, diwoo, layout=layout, source=source, manual_boxes=item.manual_boxes)
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        batch.write_bytes(f"{REDACTED}/{name}", data)
    return Rendered(doc.id, len(files))


def read_decisions_from(area: StorageArea, name: str) -> list[Decision]:
    with area.local_file(name) as path:
        return read_decisions(path)


# --- leak check ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ToCheck:
    """One document's files about to be published (names under ``redacted/``) with the decisions
    they were rendered from; read from the review store by the caller."""

    doc: DocumentView
    decisions: tuple[Decision, ...]
    files: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Checked:
    """What the leak check made of one document: its findings (none: clean) and the digest of the
    files it scanned (`files_digest`), which publication compares with the files it is about to copy."""

    document_id: str
    files_digest: str
    leaks: list[LeakRecord]


def files_digest(files: Iterable[tuple[str, bytes]]) -> str:
    """SHA-256 over the names and contents of one document's files, in name order: the same files
    give the same digest, any file added, removed, renamed or rendered differently another."""
    digest = hashlib.sha256()
    for name, data in sorted(files):
        digest.update(f"{len(name)}:{name}:{len(data)}:".encode())
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def check_batch(batch: StorageArea, documents: Iterable[ToCheck],
                check: Callable[[DocumentView, list[Path], Sequence[Decision]], list[LeakRecord]],
                processes: int | None = None) -> Iterator[Checked]:  # fmt: skip
    """``check(doc, paths, decisions)`` over each document's files, over the cores, in input order.

    Fails closed: an error in the check, or a worker that dies, raises (`AnalysisError`), so the
    blocking check fails and nothing is published unchecked.
    """

    def work(item: ToCheck) -> Checked:
        with contextlib.ExitStack() as stack:
            paths = [stack.enter_context(batch.local_file(REDACTED, name)) for name in item.files]
            # The digest of the very bytes scanned here: publication copies only files that match it.
            digest = files_digest((name, path.read_bytes()) for name, path in zip(item.files, paths, strict=True))
            return Checked(item.doc.id, digest, check(item.doc, paths, list(item.decisions)))

    for outcome in ordered_map(work, documents, processes):
        if isinstance(outcome, WorkerDied):
            raise AnalysisError(outcome.reason)
        yield outcome


# --- publication -----------------------------------------------------------------------------


@dataclass
class Publication:
    """What `publish_cleared` did with the batch's approved, rendered documents (counts only).

    ``held``: the latest leak check held them (they leak). ``unchecked``: no complete check record,
    not checked by it, or rendered again since (their files differ from what it checked). All of
    them stay approved and unpublished."""

    published: int = 0
    held: int = 0
    unchecked: int = 0
    check_found: bool = False


def publish_cleared(batch: StorageArea, public: StorageArea, store: ReviewStore, batch_id: str) -> Publication:
    """Copy the files of every approved document of the batch that the latest leak check cleared
    into the public area, and mark it published. Fails closed, document by document.

    Cleared means (`LeakCheckView.cleared`): the latest check of this batch is complete, checked the
    document, did not hold it, and checked exactly these bytes. So a held document's files never
    reach the public area, nor does a document rendered (or approved) after the check, and without
    any check record nothing is published at all. Files are read once: the copy is of the bytes
    whose digest matched.
    """
    outcome = Publication()
    check = store.latest_leak_check(batch_id)
    outcome.check_found = check is not None
    files: dict[str, list[str]] = {}
    for name in batch.names(REDACTED):
        files.setdefault(PurePath(name).stem, []).append(name)
    for name in batch.names(REVIEWED, suffix=".jsonl"):
        doc_id = name.removesuffix(".jsonl")
        doc = store.document(doc_id)
        if doc.status != "approved":
            continue  # reopened (or published) since it was rendered: not this run's to publish
        if check is not None and doc_id in check.held:
            outcome.held += 1
            continue
        data = {file: batch.read_bytes(REDACTED, file) for file in files.get(doc.number, [])}
        if check is None or not data or not check.cleared(doc_id, files_digest(data.items())):
            outcome.unchecked += 1
            continue
        for file, content in data.items():
            public.write_bytes(file, content)
        store.mark_published(doc_id)
        outcome.published += 1
    return outcome
