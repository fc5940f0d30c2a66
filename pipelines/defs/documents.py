"""Correspondence in, reviewed and published council letters out: the document assets of one batch.

raw_documents -> extracted_texts -> document_decisions -> review_queue -> reviewed_decisions
-> redacted_documents -> published_documents -> inventory_list

Everything up to ``redacted_documents`` lives in the restricted area. Only ``published_documents``
and ``inventory_list`` write to the public area, and the blocking leak checks on
``redacted_documents`` stand in front of them. The logic lives in `redaction`; these functions
move files and count. Metadata holds counts only: no file names, subjects or text.
"""

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path, PurePath

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from pipelines.defs.batches import inbox_batches
from pipelines.defs.resources import PublicationSettings, RedactionEngine, ReviewStoreResource, StorageAreas
from redaction.decisions import Decision
from redaction.errors import WooError
from redaction.inbox import InboxFile, copy_inbox_file, read_manifest
from redaction.ingest import HiddenContentError, IngestError, IngestResult, UnreadableFileError, ingest_file
from redaction.ingest.model import IngestFailure
from redaction.pages import DocumentLayout
from redaction.publication import (
    DocumentRecord,
    analyze_each,
    publication_files,
    read_decisions,
    read_records,
    record_id,
    write_batch_inventory,
    write_decisions,
    write_records,
)

ANALYZE_CHUNK = 32  # documents per engine call: bounded memory, and enough to keep both cores busy


def _counts(**values: int) -> dict[str, MetadataValue]:
    return {key: MetadataValue.int(value) for key, value in values.items()}


def _raw_name(index: int, item: InboxFile) -> str:
    """The opaque name of an inbox file's copy in the restricted area (position and content hash)."""
    return f"{index:05d}-{item.sha256[:16]}{PurePath(item.path).suffix.lower()}"


def _changed_marker(raw_dir: Path, index: int) -> Path:
    return raw_dir / f"{index:05d}.unreadable.json"


@asset(partitions_def=inbox_batches, group_name="documents")
def raw_documents(context: AssetExecutionContext, areas: StorageAreas) -> MaterializeResult:
    """The batch's inbox files, copied into the restricted area under opaque names (content hash).

    A file is copied only if it is still the regular file of the inbox the sensor hashed: a file
    changed, removed or replaced by a link since then is marked with its reason, never guessed at.
    """
    batch = context.partition_key
    raw_dir = areas.batch_path(batch, "raw")
    copied = changed = skipped = 0
    for index, item in enumerate(read_manifest(areas.batch_path(batch))):
        if item.skipped_code is not None:
            skipped += 1
            continue
        target = raw_dir / _raw_name(index, item)
        if target.exists():
            copied += 1
            continue
        try:
            copy_inbox_file(areas.inbox_path, Path(item.path), target, item.sha256)
        except IngestError as exc:
            reason = UnreadableFileError(f"changed, removed or replaced after it arrived ({exc.message})")
            _changed_marker(raw_dir, index).write_text(json.dumps({"code": reason.code, "reason": reason.message}),
                                                       encoding="utf-8")  # fmt: skip
            changed += 1
            continue
        _changed_marker(raw_dir, index).unlink(missing_ok=True)  # an earlier attempt's verdict no longer holds
        copied += 1
    context.log.info(f"{copied} files in the batch, {changed} changed or gone since they arrived, {skipped} listed "
                     "as not processed")  # fmt: skip
    return MaterializeResult(metadata=_counts(files=copied, changed_or_gone=changed, not_processed=skipped))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[raw_documents])
def extracted_texts(context: AssetExecutionContext, areas: StorageAreas) -> MaterializeResult:
    """Text per document (e-mails with their attachments as a family, PDFs with a page map).

    A file or attachment that cannot be read, an inbox entry that is not processed (a link, a
    hidden name) and a document with hidden content become 'not processed' records with their
    reason; the rest of the batch goes on.
    """
    batch = context.partition_key
    records: list[DocumentRecord] = []
    texts_dir = areas.batch_path(batch, "texts")
    raw_dir = areas.batch_path(batch, "raw")
    ocr_pages = unsure_pages = 0
    for index, item in enumerate(read_manifest(areas.batch_path(batch))):
        raw = raw_dir / _raw_name(index, item)
        result = _ingest_entry(item, raw, _changed_marker(raw_dir, index))
        for position, record in enumerate(_records_for_file(batch, raw, result, len(records))):
            if record.text is not None:
                # Written at once and dropped from memory: a batch of thousands stays flat in RAM.
                (texts_dir / f"{record.id}.txt").write_text(record.text, encoding="utf-8")
                document = result.documents[position]  # documents come first, in the same order
                if document.layout is not None and document.source is not None:
                    # The page model and the original it is drawn from: the published PDF looks like it.
                    _layout_file(texts_dir, record.id).write_text(document.layout.to_json(), encoding="utf-8")
                    _source_file(texts_dir, record.id).write_bytes(document.source)
                    ocr_pages += document.layout.ocr_pages
                    unsure_pages += len(document.pages_to_review)
                record = replace(record, text=None)
            records.append(record)
    write_records(areas.batch_path(batch) / "documents.jsonl", records)
    failed = sum(r.failure_code is not None for r in records)
    context.log.info(f"{len(records) - failed} documents extracted, {failed} not processed; {ocr_pages} pages read "
                     f"by OCR, {unsure_pages} for a reviewer (unsure, or a signature or stamp)")  # fmt: skip
    return MaterializeResult(metadata=_counts(documents=len(records) - failed, not_processed=failed,
                                              ocr_pages=ocr_pages, pages_to_review=unsure_pages))  # fmt: skip


def _layout_file(texts_dir: Path, record_id: str) -> Path:
    return texts_dir / f"{record_id}.pages.json"


def _source_file(texts_dir: Path, record_id: str) -> Path:
    """The original bytes of a PDF or scan (restricted, like the text), the published pages' source."""
    return texts_dir / f"{record_id}.source"


def _page_model(texts_dir: Path, record_id: str) -> tuple[DocumentLayout | None, bytes | None]:
    layout, source = _layout_file(texts_dir, record_id), _source_file(texts_dir, record_id)
    if not (layout.exists() and source.exists()):
        return None, None
    return DocumentLayout.from_json(layout.read_text(encoding="utf-8")), source.read_bytes()


def _ingest_entry(item: InboxFile, raw: Path, changed: Path) -> IngestResult:
    """The ingest result of one manifest entry; an entry never read is a failure of the whole file."""
    if item.skipped_code is not None:
        failure = IngestFailure("file", item.skipped_code, "skipped", item.skipped_reason or "")
        return IngestResult(failures=[failure])
    if changed.exists():
        marker = json.loads(changed.read_text(encoding="utf-8"))
        return IngestResult(failures=[IngestFailure("file", marker["code"], "unreadable", marker["reason"])])
    if not raw.exists():
        error = UnreadableFileError("not copied into the batch / niet in de batch gekopieerd")
        return IngestResult(failures=[IngestFailure("file", error.code, error.kind, error.message)])
    return ingest_file(raw)


def _records_for_file(batch: str, raw: Path, result: IngestResult, offset: int) -> Iterator[DocumentRecord]:
    """Ingest output -> document records with numbers, family and thread ids (all opaque).

    A document with hidden content is held as not processed, with what was hidden: it must not be
    published before a person has looked at the original (its attachments go on by themselves).
    """
    file_key = raw.stem
    ids = [record_id(batch, file_key, i) for i in range(len(result.documents))]
    family = ids[0] if ids and result.documents[0].role == "email" else None
    number = offset
    for i, doc in enumerate(result.documents):
        number += 1
        parent = ids[doc.parent_index] if doc.parent_index is not None else None
        hidden = HiddenContentError.listing(doc.hidden) if doc.hidden else None
        yield DocumentRecord(
            id=ids[i], number=f"{batch}-{number:04d}", kind=doc.kind, role=doc.role,
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
            id=record_id(batch, file_key, f"failure-{j}"), number=f"{batch}-{number:04d}",
            kind=failure.kind, role="attachment" if is_attachment else "document",
            family_id=family if is_attachment else None, parent_id=ids[0] if is_attachment and ids else None,
            failure_code=failure.code,
            failure_reason=f"{failure.part}: {failure.reason}" if is_attachment else failure.reason,
        )  # fmt: skip


@asset(partitions_def=inbox_batches, group_name="documents", deps=[extracted_texts])
def document_decisions(
    context: AssetExecutionContext, engine: RedactionEngine, areas: StorageAreas
) -> MaterializeResult:
    """One decision per detected span (redact with a ground, or keep with a reason), per document."""
    batch = context.partition_key
    redactor = engine.get()
    records = [r for r in read_records(areas.batch_path(batch) / "documents.jsonl") if r.failure_code is None]
    texts_dir = areas.batch_path(batch, "texts")
    out_dir = areas.batch_path(batch, "decisions")
    redact = keep = failed = 0
    for start in range(0, len(records), ANALYZE_CHUNK):
        chunk = records[start : start + ANALYZE_CHUNK]
        texts = [(texts_dir / f"{r.id}.txt").read_text(encoding="utf-8") for r in chunk]
        for record, outcome in zip(chunk, analyze_each(redactor, texts), strict=True):
            if isinstance(outcome, WooError):
                # Not processed, with the reason; review_queue lists it so, the batch goes on.
                (out_dir / f"{record.id}.error").write_text(
                    json.dumps({"code": outcome.code, "reason": outcome.message}), encoding="utf-8"
                )
                failed += 1
                continue
            write_decisions(out_dir / f"{record.id}.jsonl", record.id, outcome)
            redact += sum(d.is_redaction for d in outcome)
            keep += sum(not d.is_redaction for d in outcome)
    context.log.info(f"{len(records) - failed} documents analysed: {redact} redactions, {keep} kept; {failed} failed")
    return MaterializeResult(
        metadata=_counts(documents=len(records) - failed, redactions=redact, kept=keep, failed=failed)
    )


@asset(partitions_def=inbox_batches, group_name="documents", deps=[document_decisions])
def review_queue(
    context: AssetExecutionContext, engine: RedactionEngine, areas: StorageAreas, review: ReviewStoreResource
) -> MaterializeResult:
    """The batch's documents and proposed decisions in the review store; auto-approval per policy."""
    batch = context.partition_key
    store = review.get()
    policy = engine.policy().review
    decisions_dir = areas.batch_path(batch, "decisions")
    texts_dir = areas.batch_path(batch, "texts")
    added = 0
    for record in read_records(areas.batch_path(batch) / "documents.jsonl"):
        decisions: list[Decision] = []
        text = ""
        error = decisions_dir / f"{record.id}.error"
        if record.failure_code is None and error.exists():
            failure = json.loads(error.read_text(encoding="utf-8"))
            record = replace(record, failure_code=failure["code"], failure_reason=failure["reason"])
        if record.failure_code is None:
            text = (texts_dir / f"{record.id}.txt").read_text(encoding="utf-8")
            decisions = read_decisions(decisions_dir / f"{record.id}.jsonl")
        added += store.add_document(batch, record.as_new_document(text), decisions)
    # A scanned page Tesseract was unsure of, or with a signature or stamp on it, is looked at by a
    # person, whatever the scores say.
    unsure = {r.id for r in read_records(areas.batch_path(batch) / "documents.jsonl") if r.pages_to_review}
    auto = store.auto_approve(batch, policy.auto_approve_min_score, exclude=unsure) if policy.auto_approve else 0
    queue = store.queue(batch)
    waiting = sum(q.status == "in_review" for q in queue)
    context.log.info(f"{added} documents queued, {auto} approved by policy, {waiting} wait for a reviewer")
    return MaterializeResult(metadata=_counts(queued=added, auto_approved=auto, awaiting_review=waiting))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[review_queue])
def reviewed_decisions(
    context: AssetExecutionContext, areas: StorageAreas, review: ReviewStoreResource
) -> MaterializeResult:
    """The decisions of every approved, unpublished document as a person approved them."""
    batch = context.partition_key
    store = review.get()
    out_dir = areas.batch_path(batch, "reviewed")
    for stale in out_dir.glob("*.jsonl"):
        stale.unlink()  # only what is approved now may go on to publication
    approved = store.queue(batch, statuses=["approved"])
    for summary in approved:
        write_decisions(out_dir / f"{summary.id}.jsonl", summary.id, store.final_decisions(summary.id))
    waiting = len(store.queue(batch, statuses=["in_review"]))
    context.log.info(f"{len(approved)} approved documents ready, {waiting} still in review")
    return MaterializeResult(metadata=_counts(approved=len(approved), awaiting_review=waiting))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[reviewed_decisions])
def redacted_documents(
    context: AssetExecutionContext, areas: StorageAreas, review: ReviewStoreResource, settings: PublicationSettings
) -> MaterializeResult:
    """Text with Noot, HTML, PDF with labelled black boxes and DiWoo XML per approved document.

    Still restricted: the blocking leak checks read these files before anything is published.
    """
    batch = context.partition_key
    store = review.get()
    out_dir = areas.batch_path(batch, "redacted")
    shutil.rmtree(out_dir)
    out_dir.mkdir()
    rendered = 0
    texts_dir = areas.batch_path(batch, "texts")
    for reviewed in sorted(areas.batch_path(batch, "reviewed").glob("*.jsonl")):
        doc = store.document(reviewed.stem)
        layout, source = _page_model(texts_dir, doc.id)
        # Boxes a reviewer drew on the pages (a signature, a stamp) come from the store, like approval.
        files = publication_files(doc, read_decisions(reviewed), settings.diwoo(), layout=layout, source=source,
                                  manual_boxes=store.manual_boxes(doc.id))  # fmt: skip
        for name, content in files.items():
            target = out_dir / name
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        rendered += 1
    context.log.info(f"{rendered} documents rendered for publication")
    return MaterializeResult(metadata=_counts(documents=rendered))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[redacted_documents])
def published_documents(
    context: AssetExecutionContext, areas: StorageAreas, review: ReviewStoreResource
) -> MaterializeResult:
    """The public area: what passed review and the leak checks. The only writer of public documents."""
    batch = context.partition_key
    store = review.get()
    source = areas.batch_path(batch, "redacted")
    public = areas.public_path("documenten")
    published: set[str] = set()
    for path in sorted(source.iterdir()):
        shutil.copyfile(path, public / path.name)
    for reviewed in areas.batch_path(batch, "reviewed").glob("*.jsonl"):
        store.mark_published(reviewed.stem)
        published.add(reviewed.stem)
    context.log.info(f"{len(published)} documents published")
    return MaterializeResult(metadata=_counts(published=len(published)))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[published_documents])
def inventory_list(
    context: AssetExecutionContext, areas: StorageAreas, review: ReviewStoreResource, settings: PublicationSettings
) -> MaterializeResult:
    """The Woo inventory list of the batch (CSV and XLSX): every document, also those not processed."""
    batch = context.partition_key
    store = review.get()
    out_dir = areas.public_path("inventaris")
    counts = write_batch_inventory(store, batch, out_dir, settings.public_base_url)
    context.log.info(f"inventory of {counts['rows']} documents written")
    return MaterializeResult(metadata=_counts(**counts))


DOCUMENT_ASSETS = [
    raw_documents,
    extracted_texts,
    document_decisions,
    review_queue,
    reviewed_decisions,
    redacted_documents,
    published_documents,
    inventory_list,
]
