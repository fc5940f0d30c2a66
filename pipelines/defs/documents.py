"""Correspondence in, reviewed and published council letters out: the document assets of one batch.

raw_documents -> extracted_texts -> document_decisions -> review_queue -> reviewed_decisions
-> redacted_documents -> published_documents -> inventory_list

Everything up to ``redacted_documents`` lives in the restricted area. Only ``published_documents``
and ``inventory_list`` write to the public area, and the blocking leak checks on
``redacted_documents`` stand in front of them: a document that leaks is held, the rest of the batch
is published. The logic lives in `redaction`; these functions
move files and count. Metadata holds counts only: no file names, subjects or text.
"""

import json
from collections.abc import Iterator
from dataclasses import replace

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from pipelines.defs.batches import inbox_batches
from pipelines.defs.resources import (
    ParallelWork,
    PublicationSettings,
    RedactionEngine,
    ReviewStoreResource,
    StorageAreas,
)
from redaction.batchwork import (
    DECISIONS,
    RAW,
    REDACTED,
    REVIEWED,
    ToRender,
    analysis_error,
    analyze_batch,
    changed_marker,
    copy_into_batch,
    extract_batch,
    publish_cleared,
    raw_name,
    read_decisions_from,
    render_batch,
    text_name,
)
from redaction.decisions import Decision
from redaction.inbox import MANIFEST, InboxFile, read_manifest
from redaction.ingest import IngestError, UnreadableFileError
from redaction.publication import DocumentRecord, read_records, write_batch_inventory, write_decisions, write_records
from redaction.storage import StorageArea

RECORDS = "documents.jsonl"


def _counts(**values: int) -> dict[str, MetadataValue]:
    return {key: MetadataValue.int(value) for key, value in values.items()}


def manifest(batch: StorageArea) -> list[InboxFile]:
    with batch.local_file(MANIFEST) as path:
        return read_manifest(path.parent)


def records(batch: StorageArea) -> list[DocumentRecord]:
    with batch.local_file(RECORDS) as path:
        return read_records(path)


@asset(partitions_def=inbox_batches, group_name="documents")
def raw_documents(context: AssetExecutionContext, areas: StorageAreas) -> MaterializeResult:
    """The batch's inbox files, copied into the restricted area under opaque names (content hash).

    A file is copied only if it is still the regular file of the inbox the sensor hashed: a file
    changed, removed or replaced by a link since then is marked with its reason, never guessed at.
    """
    batch = areas.batch_area(context.partition_key)
    inbox = areas.inbox_area()
    copied = changed = skipped = 0
    for index, item in enumerate(manifest(batch)):
        if item.skipped_code is not None:
            skipped += 1
            continue
        if batch.exists(RAW, raw_name(index, item)):
            copied += 1
            continue
        try:
            copy_into_batch(inbox, item, batch, index)
        except IngestError as exc:
            reason = UnreadableFileError(f"changed, removed or replaced after it arrived ({exc.message})")
            batch.write_text(f"{RAW}/{changed_marker(index)}", json.dumps({"code": reason.code,
                                                                            "reason": reason.message}))  # fmt: skip
            changed += 1
            continue
        batch.delete(RAW, changed_marker(index))  # an earlier attempt's verdict no longer holds
        copied += 1
    context.log.info(f"{copied} files in the batch, {changed} changed or gone since they arrived, {skipped} listed "
                     "as not processed")  # fmt: skip
    return MaterializeResult(metadata=_counts(files=copied, changed_or_gone=changed, not_processed=skipped))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[raw_documents])
def extracted_texts(context: AssetExecutionContext, areas: StorageAreas, parallel: ParallelWork) -> MaterializeResult:
    """Text per document (e-mails with their attachments as a family, PDFs with a page map).

    Files are read in worker processes, several at a time (`redaction.batchwork.extract_batch`).
    A file or attachment that cannot be read, an inbox entry that is not processed (a link, a
    hidden name) and a document with hidden content become 'not processed' records with their
    reason; the rest of the batch goes on.
    """
    batch_id = context.partition_key
    batch = areas.batch_area(batch_id)
    found: list[DocumentRecord] = []
    ocr_pages = unsure_pages = 0
    for record, extracted in extract_batch(batch, batch_id, manifest(batch), parallel.count()):
        found.append(record)
        ocr_pages += extracted.ocr_pages
        unsure_pages += extracted.pages_to_review
    with batch.local_folder() as folder:
        write_records(folder / RECORDS, found)
    failed = sum(r.failure_code is not None for r in found)
    context.log.info(f"{len(found) - failed} documents extracted, {failed} not processed; {ocr_pages} pages read "
                     f"by OCR, {unsure_pages} for a reviewer (unsure, or a signature or stamp)")  # fmt: skip
    return MaterializeResult(metadata=_counts(documents=len(found) - failed, not_processed=failed,
                                              ocr_pages=ocr_pages, pages_to_review=unsure_pages))  # fmt: skip


@asset(partitions_def=inbox_batches, group_name="documents", deps=[extracted_texts])
def document_decisions(
    context: AssetExecutionContext, engine: RedactionEngine, areas: StorageAreas, parallel: ParallelWork
) -> MaterializeResult:
    """One decision per detected span (redact with a ground, or keep with a reason), per document.

    Analysed in worker processes forked after the engine is loaded (one load for all of them)."""
    batch = areas.batch_area(context.partition_key)
    redactor = engine.get()
    ids = [r.id for r in records(batch) if r.failure_code is None]
    redact = keep = failed = 0
    for outcome in analyze_batch(redactor, batch, ids, parallel.count()):
        # A failed document has its reason in decisions/<id>.error; review_queue lists it so.
        failed += outcome.error is not None
        redact += outcome.redactions
        keep += outcome.kept
    context.log.info(f"{len(ids) - failed} documents analysed: {redact} redactions, {keep} kept; {failed} failed")
    return MaterializeResult(metadata=_counts(documents=len(ids) - failed, redactions=redact, kept=keep, failed=failed))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[document_decisions])
def review_queue(
    context: AssetExecutionContext, engine: RedactionEngine, areas: StorageAreas, review: ReviewStoreResource
) -> MaterializeResult:
    """The batch's documents and proposed decisions in the review store; auto-approval per policy.

    The only writer of the review store in the job besides publication, in this one process."""
    batch_id = context.partition_key
    batch = areas.batch_area(batch_id)
    store = review.get()
    policy = engine.policy().review
    added = 0
    batch_records = records(batch)
    for record in batch_records:
        decisions: list[Decision] = []
        text = ""
        error = analysis_error(batch, record.id) if record.failure_code is None else None
        if error is not None:
            record = replace(record, failure_code=error[0], failure_reason=error[1])
        if record.failure_code is None:
            text = batch.read_text(text_name(record.id))
            decisions = read_decisions_from(batch, f"{DECISIONS}/{record.id}.jsonl")
        added += store.add_document(batch_id, record.as_new_document(text), decisions)
    # A scanned page Tesseract was unsure of, or with a signature or stamp on it, is looked at by a
    # person, whatever the scores say.
    unsure = {r.id for r in batch_records if r.pages_to_review}
    auto = store.auto_approve(batch_id, policy.auto_approve_min_score, exclude=unsure) if policy.auto_approve else 0
    queue = store.queue(batch_id)
    waiting = sum(q.status == "in_review" for q in queue)
    context.log.info(f"{added} documents queued, {auto} approved by policy, {waiting} wait for a reviewer")
    return MaterializeResult(metadata=_counts(queued=added, auto_approved=auto, awaiting_review=waiting))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[review_queue])
def reviewed_decisions(
    context: AssetExecutionContext, areas: StorageAreas, review: ReviewStoreResource
) -> MaterializeResult:
    """The decisions of every approved, unpublished document as a person approved them."""
    batch_id = context.partition_key
    batch = areas.batch_area(batch_id)
    store = review.get()
    for stale in batch.names(REVIEWED, suffix=".jsonl"):
        batch.delete(REVIEWED, stale)  # only what is approved now may go on to publication
    approved = store.queue(batch_id, statuses=["approved"])
    with batch.local_folder(REVIEWED) as folder:
        for summary in approved:
            write_decisions(folder / f"{summary.id}.jsonl", summary.id, store.final_decisions(summary.id))
    waiting = len(store.queue(batch_id, statuses=["in_review"]))
    context.log.info(f"{len(approved)} approved documents ready, {waiting} still in review")
    return MaterializeResult(metadata=_counts(approved=len(approved), awaiting_review=waiting))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[reviewed_decisions])
def redacted_documents(
    context: AssetExecutionContext,
    areas: StorageAreas,
    review: ReviewStoreResource,
    settings: PublicationSettings,
    parallel: ParallelWork,
) -> MaterializeResult:
    """Text with Noot, HTML, PDF with labelled black boxes and DiWoo XML per approved document.

    Rendered in worker processes; the review store is read here, in the step's process. Still
    restricted: the blocking leak checks read these files before anything is published. A
    document that cannot be rendered stays approved and unpublished (its reason in the log's count
    and in ``render_failures.json`` of the batch), the others go on.
    """
    batch = areas.batch_area(context.partition_key)
    store = review.get()
    batch.delete(REDACTED)
    with batch.local_folder(REDACTED):
        pass  # the folder exists (empty) even when nothing is approved, as readers expect

    def approved() -> Iterator[ToRender]:
        for name in batch.names(REVIEWED, suffix=".jsonl"):
            doc_id = name.removesuffix(".jsonl")
            yield ToRender(store.document(doc_id), tuple(store.manual_boxes(doc_id)))

    rendered = 0
    failures: dict[str, dict[str, str]] = {}
    for outcome in render_batch(batch, approved(), settings.diwoo(), parallel.count()):
        if outcome.error is None:
            rendered += 1
            continue
        # Not rendered, so not published: it leaves the reviewed set and stays approved in the store.
        batch.delete(REVIEWED, f"{outcome.document_id}.jsonl")
        failures[outcome.document_id] = {"code": outcome.error.code, "reason": outcome.error.message}
    if failures:
        batch.write_text("render_failures.json", json.dumps(failures, indent=1))
        context.log.error(f"{len(failures)} documents could not be rendered; they stay approved and unpublished")
    context.log.info(f"{rendered} documents rendered for publication")
    return MaterializeResult(metadata=_counts(documents=rendered, not_rendered=len(failures)))


@asset(partitions_def=inbox_batches, group_name="documents", deps=[redacted_documents])
def published_documents(
    context: AssetExecutionContext, areas: StorageAreas, review: ReviewStoreResource
) -> MaterializeResult:
    """The public area: what passed review and the leak check. The only writer of public documents.

    Publishes only the documents the batch's latest leak check checked, did not hold, and checked
    in exactly these files (`redaction.batchwork.publish_cleared`); without a complete check record
    nothing is published. Held and unchecked documents stay approved and unpublished."""
    batch_id = context.partition_key
    outcome = publish_cleared(areas.batch_area(batch_id), areas.public_area("documenten"), review.get(), batch_id)
    if not outcome.check_found:
        context.log.error("no leak check recorded for this batch: nothing published")
    if outcome.held:
        context.log.warning(f"{outcome.held} documents held by the leak check; they stay approved and unpublished")
    if outcome.unchecked:
        context.log.warning(f"{outcome.unchecked} approved documents not cleared by the latest complete leak check "
                            "(not checked, or rendered again since); they wait for the next check")  # fmt: skip
    context.log.info(f"{outcome.published} documents published")
    return MaterializeResult(metadata=_counts(published=outcome.published, held=outcome.held,
                                              not_checked=outcome.unchecked))  # fmt: skip


@asset(partitions_def=inbox_batches, group_name="documents", deps=[published_documents])
def inventory_list(
    context: AssetExecutionContext, areas: StorageAreas, review: ReviewStoreResource, settings: PublicationSettings
) -> MaterializeResult:
    """The Woo inventory list of the batch (CSV and XLSX): every document, also those not processed."""
    batch = context.partition_key
    store = review.get()
    with areas.public_area("inventaris").local_folder() as out_dir:
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
