"""Blocking checks in front of the public area.

``publication_has_no_leaks`` runs the independent leak scanner (`redaction.scan`: broad regexes
and checksums, not the analyzer) over every file about to be published, PDF text and metadata
included, and also looks for every value the reviewed decisions withhold (outside the text the
renderers write themselves: the Noot, the marks, headers), in the PDFs' page images too (read back
by OCR: a box that misses its word). A failure stops ``published_documents``.
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
from redaction.review.store import DocumentView, LeakRecord
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
    approved = {name.removesuffix(".jsonl") for name in batch.names(REVIEWED, suffix=".jsonl")}
    # Document number -> id of the approved documents, from the queue's summaries: the documents
    # themselves are read one at a time below, so a batch of thousands is never held at once.
    reviewed = {q.number: q.id for q in store.queue(batch_id, statuses=None) if q.id in approved}
    files: dict[str, list[str]] = {}
    for name in batch.names(REDACTED):
        files.setdefault(PurePosixPath(name).stem, []).append(name)
    diwoo = settings.diwoo()
    checked: list[str] = []

    def documents() -> Iterator[ToCheck]:
        # The store is read here, in the step's process; the workers only read files and scan.
        for number, names in files.items():
            if number in reviewed:
                doc = store.document(reviewed[number])
                decisions = read_decisions_from(batch, f"{REVIEWED}/{reviewed[number]}.jsonl")
            else:  # rendered but no longer approved: still scanned, on the decisions as they stand
                doc = store.document(store.find_document(number))
                decisions = store.final_decisions(doc.id)
            checked.append(doc.id)
            yield ToCheck(doc, tuple(decisions), tuple(names))

    def scan(doc: DocumentView, paths: list[Path], decisions: Sequence[Decision]) -> list[LeakRecord]:
        return document_leaks(
            doc, paths, decisions=decisions, fixed=renderer_texts(doc.number, decisions, diwoo),
            allowed_emails=set(policy.functional_addresses), allowed_email_patterns=patterns,
            allowed_phones=policy.body_phone_numbers, read_pages=True,
        )  # fmt: skip

    leaks: list[LeakRecord] = []
    for found in check_batch(batch, documents(), scan, parallel.count()):
        leaks += found
    store.record_leak_check(batch_id, checked, leaks)
    with batch.local_folder() as folder:
        report = batch.url(write_leak_report(folder, batch_id, leaks).name)
    problems = leak_counts(leaks)
    if problems:
        # Counts only: positions and decisions are in the restricted report and the cockpit.
        context.log.error(f"{len(problems)} documents would leak personal data ({len(leaks)} places); publication "
                          "blocked. Positions and decisions: the leak report in the restricted area and the cockpit.")
    return AssetCheckResult(
        passed=not problems,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "files_scanned": MetadataValue.int(sum(len(paths) for paths in files.values())),
            "documents_with_leaks": MetadataValue.int(len(problems)),
            "leaks": MetadataValue.int(len(leaks)),
            # Document numbers are neutral and kinds are categories: safe to show, unlike values.
            "leaks_per_document": MetadataValue.json(problems),
            # Where the restricted report lies (batch id and file name only; readable to its owners).
            "leak_report": MetadataValue.path(report),
        },
    )


DOCUMENT_CHECKS = [every_detection_has_decision, publication_has_no_leaks]
