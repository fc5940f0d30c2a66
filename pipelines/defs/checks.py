"""Blocking checks in front of the public area.

``publication_has_no_leaks`` runs the independent leak scanner (`redaction.scan`: broad regexes
and checksums, not the analyzer) over every file about to be published, PDF text and metadata
included, and also looks for every value the reviewed decisions withhold (outside the text the
renderers write themselves: the Noot, the marks, headers), in the PDFs' page images too (read back
by OCR: a box that misses its word). A document that leaks is HELD, not the batch: the check
records in the review store which documents it checked (with a digest of the files it checked)
and which it holds, and ``published_documents`` publishes only the documents that record clears.
The check's metadata says which document and what kind of leak; where exactly and which decision
is in the restricted leak report and the review cockpit; the value itself is nowhere.
"""

import re
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath

from dagster import AssetCheckExecutionContext, AssetCheckResult, AssetCheckSeverity, MetadataValue, asset_check

from pipelines.defs.batches import inbox_batches
from pipelines.defs.documents import document_decisions, redacted_documents
from pipelines.defs.resources import (
    ParallelWork,
    PublicationSettings,
    RedactionEngine,
    ReviewStoreResource,
    StorageAreas,
)
from redaction.batchwork import DECISIONS, REDACTED, REVIEWED, ToCheck, check_batch, read_decisions_from
from redaction.decisions import Decision
from redaction.leakreport import document_leaks, leak_counts, write_leak_report
from redaction.publication import decisions_complete, renderer_texts
from redaction.review.store import DocumentView, LeakRecord, ReviewError
from redaction.scan import DEFAULT_FUNCTIONAL_LOCALPARTS

# Partitioned asset checks are a preview feature of Dagster 1.13; the behaviour we rely on
# (the check runs per batch in the same run, blocking downstream) is covered by our tests.
warnings.filterwarnings("ignore", message=".*partitions_def on an AssetCheckSpec.*")
warnings.filterwarnings("ignore", message=".*partitions_def.*asset_check.*")


@asset_check(asset=document_decisions, blocking=True, partitions_def=inbox_batches)
def every_detection_has_decision(context: AssetCheckExecutionContext, areas: StorageAreas) -> AssetCheckResult:
    """Every detected span is redacted with a ground and a kind of data, or kept with a reason."""
    batch = areas.batch_area(context.partition_key)
    incomplete: dict[str, int] = {}
    spans = 0
    for name in batch.names(DECISIONS, suffix=".jsonl"):
        decisions = read_decisions_from(batch, f"{DECISIONS}/{name}")
        spans += len(decisions)
        missing = len(decisions) - sum(decisions_complete(d) for d in decisions)
        if missing:
            incomplete[name.removesuffix(".jsonl")] = missing
    return AssetCheckResult(
        passed=not incomplete,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "spans": MetadataValue.int(spans),
            "documents_with_undecided_spans": MetadataValue.int(len(incomplete)),
            "document_ids": MetadataValue.json(sorted(incomplete)),
        },
    )


@asset_check(asset=redacted_documents, blocking=True, partitions_def=inbox_batches)
def publication_has_no_leaks(
    context: AssetCheckExecutionContext,
    areas: StorageAreas,
    engine: RedactionEngine,
    review: ReviewStoreResource,
    settings: PublicationSettings,
    parallel: ParallelWork,
) -> AssetCheckResult:
    """No e-mail address outside the functional allowlist, no 11-proef number, no valid IBAN, no
    personal phone number, and none of the withheld values, in any file about to be published.

    A document with a finding is held (it stays approved and unpublished); the others are cleared
    for ``published_documents``, which publishes what this check recorded as clean, nothing else.
    Where and which decision: ``leak_report.json``/``.csv`` in the batch's restricted folder and
    the review cockpit's document page. Here only counts, kinds and document numbers. The files
    are scanned (and their pages read back) in worker processes, a document at a time; the review
    store is read and written in this process only."""
    batch_id = context.partition_key
    batch = areas.batch_area(batch_id)
    policy = engine.policy()
    # The policy keeps a mailbox whose local part is, or starts with, a functional word
    # ("secretariaat.college@"); the scanner must accept exactly those, and nothing broader.
    patterns = [*DEFAULT_FUNCTIONAL_LOCALPARTS,
                *(re.escape(part) + r"(?:[._+-][\w.+-]*)?" for part in sorted(policy.functional_local_parts))]
    store = review.get()
    # Before anything is scanned: from now until this check is recorded, the batch's latest check is
    # incomplete and publication publishes nothing. A check that dies half-way leaves no verdict.
    check_id = store.start_leak_check(batch_id)
    approved = {name.removesuffix(".jsonl") for name in batch.names(REVIEWED, suffix=".jsonl")}
    # Document number -> id of the approved documents, from the queue's summaries: the documents
    # themselves are read one at a time below, so a batch of thousands is never held at once.
    reviewed = {q.number: q.id for q in store.queue(batch_id, statuses=None) if q.id in approved}
    files: dict[str, list[str]] = {}
    for name in batch.names(REDACTED):
        files.setdefault(PurePosixPath(name).stem, []).append(name)
    diwoo = settings.diwoo()
    unattributed: list[str] = []

    def documents() -> Iterator[ToCheck]:
        # The store is read here, in the step's process; the workers only read files and scan.
        for number, names in files.items():
            if number in reviewed:
                doc = store.document(reviewed[number])
                decisions = read_decisions_from(batch, f"{REVIEWED}/{reviewed[number]}.jsonl")
            else:  # rendered but no longer approved: still scanned, on the decisions as they stand
                try:
                    doc = store.document(store.find_document(number))
                except ReviewError:
                    doc = None
                if doc is None or doc.batch_id != batch_id:
                    # Files no document of this batch owns: nothing can say whether they are clean.
                    unattributed.extend(names)
                    continue
                decisions = store.final_decisions(doc.id)
            yield ToCheck(doc, tuple(decisions), tuple(names))

    def scan(doc: DocumentView, paths: list[Path], decisions: Sequence[Decision]) -> list[LeakRecord]:
        return document_leaks(
            doc, paths, decisions=decisions, fixed=renderer_texts(doc.number, decisions, diwoo),
            allowed_emails=set(policy.functional_addresses), allowed_email_patterns=patterns,
            allowed_phones=policy.body_phone_numbers, read_pages=True,
        )  # fmt: skip

    checked: dict[str, str] = {}
    leaks: list[LeakRecord] = []
    for outcome in check_batch(batch, documents(), scan, parallel.count()):
        checked[outcome.document_id] = outcome.files_digest
        leaks += outcome.leaks
    complete = not unattributed
    store.record_leak_check(batch_id, checked, leaks, check_id=check_id, complete=complete)
    with batch.local_folder() as folder:
        report = batch.url(write_leak_report(folder, batch_id, leaks).name)
    problems = leak_counts(leaks)
    held = len({leak.document_id for leak in leaks})
    if not complete:
        context.log.error(f"{len(unattributed)} files about to be published belong to no document of this batch; "
                          "the check cannot establish what is clean, so nothing is published")  # fmt: skip
    elif problems:
        # Counts only: positions and decisions are in the restricted report and the cockpit.
        context.log.warning(f"{held} documents would leak personal data ({len(leaks)} places) and are held; the "
                            f"other {len(checked) - held} go on to publication. Positions and decisions: the leak "
                            "report in the restricted area and the cockpit.")  # fmt: skip
    # Dagster's documented semantics of a blocking check: only a failure with severity ERROR keeps
    # downstream assets from running; with WARN they run and the UI still shows the check failed.
    # A hold is a WARN: the check knows which documents are clean, has recorded them, and
    # ``published_documents`` publishes exactly those (the store's record is the gate, not this
    # result), so 59 good letters need not wait for one bad one. ERROR, blocking the whole batch,
    # is for a check that cannot establish what is clean; a check that raises fails its step and
    # blocks as well, and its record stays incomplete, so nothing is published either way.
    return AssetCheckResult(
        passed=complete and not problems,
        severity=AssetCheckSeverity.WARN if complete else AssetCheckSeverity.ERROR,
        metadata={
            "files_scanned": MetadataValue.int(sum(len(names) for names in files.values()) - len(unattributed)),
            "documents_checked": MetadataValue.int(len(checked)),
            "documents_held": MetadataValue.int(held),
            "documents_clean": MetadataValue.int(len(checked) - held),
            "documents_with_leaks": MetadataValue.int(len(problems)),
            "files_without_document": MetadataValue.int(len(unattributed)),
            "leaks": MetadataValue.int(len(leaks)),
            # Document numbers are neutral and kinds are categories: safe to show, unlike values.
            "leaks_per_document": MetadataValue.json(problems),
            # Where the restricted report lies (batch id and file name only; readable to its owners).
            "leak_report": MetadataValue.path(report),
        },
    )


DOCUMENT_CHECKS = [every_detection_has_decision, publication_has_no_leaks]
