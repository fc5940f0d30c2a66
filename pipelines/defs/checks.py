"""Blocking checks in front of the public area.

``publication_has_no_leaks`` runs the independent leak scanner (`redaction.scan`: broad regexes
and checksums, not the analyzer) over every file about to be published, PDF text and metadata
included, and also looks for every value the reviewed decisions withhold. A failure stops
``published_documents``; the check's metadata says which document and what kind of leak,
never the value itself.
"""

import re
import warnings

from dagster import AssetCheckExecutionContext, AssetCheckResult, AssetCheckSeverity, MetadataValue, asset_check

from pipelines.defs.batches import inbox_batches
from pipelines.defs.documents import document_decisions, redacted_documents
from pipelines.defs.resources import RedactionEngine, ReviewStoreResource, StorageAreas
from redaction.publication import decisions_complete, read_decisions, readable_text, withheld_values_found
from redaction.scan import DEFAULT_FUNCTIONAL_LOCALPARTS, describe, is_markup, read_parts, scan_parts

# Partitioned asset checks are a preview feature of Dagster 1.13; the behaviour we rely on
# (the check runs per batch in the same run, blocking downstream) is covered by our tests.
warnings.filterwarnings("ignore", message=".*partitions_def on an AssetCheckSpec.*")
warnings.filterwarnings("ignore", message=".*partitions_def.*asset_check.*")


@asset_check(asset=document_decisions, blocking=True, partitions_def=inbox_batches)
def every_detection_has_decision(context: AssetCheckExecutionContext, areas: StorageAreas) -> AssetCheckResult:
    """Every detected span is redacted with a ground and a kind of data, or kept with a reason."""
    batch = context.partition_key
    incomplete: dict[str, int] = {}
    spans = 0
    for path in sorted(areas.batch_path(batch, "decisions").glob("*.jsonl")):
        decisions = read_decisions(path)
        spans += len(decisions)
        missing = len(decisions) - sum(decisions_complete(d) for d in decisions)
        if missing:
            incomplete[path.stem] = missing
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
    context: AssetCheckExecutionContext, areas: StorageAreas, engine: RedactionEngine, review: ReviewStoreResource
) -> AssetCheckResult:
    """No e-mail address outside the functional allowlist, no 11-proef number, no valid IBAN, no
    personal phone number, and none of the withheld values, in any file about to be published."""
    batch = context.partition_key
    policy = engine.policy()
    allowed_emails = set(policy.functional_addresses)
    # The policy keeps a mailbox whose local part is, or starts with, a functional word
    # ("secretariaat.college@"); the scanner must accept exactly those, and nothing broader.
    patterns = [*DEFAULT_FUNCTIONAL_LOCALPARTS,
                *(re.escape(part) + r"(?:[._+-][\w.+-]*)?" for part in sorted(policy.functional_local_parts))]
    out_dir = areas.batch_path(batch, "redacted")
    problems: dict[str, dict[str, int]] = {}
    readable: dict[str, list[str]] = {}  # per document number: what a reader can read in its files
    files = 0
    for path in sorted(out_dir.iterdir()):
        files += 1
        number = path.stem
        parts = read_parts(path)  # read once: for the scanner and for the withheld values
        readable.setdefault(number, []).append(readable_text(parts))
        leaks = scan_parts(parts, deduplicate=is_markup(path), allowed_emails=allowed_emails,
                           allowed_email_patterns=patterns, allowed_phones=policy.body_phone_numbers)
        found = problems.setdefault(number, {})
        for kind, count in describe(leaks)["per_kind"].items():
            found[kind] = found.get(kind, 0) + count
    store = review.get()
    for reviewed in sorted(areas.batch_path(batch, "reviewed").glob("*.jsonl")):
        number = store.document(reviewed.stem).number
        hits = withheld_values_found(readable.get(number, []), read_decisions(reviewed))
        if hits:
            problems.setdefault(number, {})["withheld value"] = hits
    problems = {number: kinds for number, kinds in problems.items() if kinds}
    if problems:
        context.log.error(f"{len(problems)} documents would leak personal data; publication blocked")
    return AssetCheckResult(
        passed=not problems,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "files_scanned": MetadataValue.int(files),
            "documents_with_leaks": MetadataValue.int(len(problems)),
            # Document numbers are neutral and kinds are categories: safe to show, unlike values.
            "leaks_per_document": MetadataValue.json(problems),
        },
    )


DOCUMENT_CHECKS = [every_detection_has_decision, publication_has_no_leaks]
