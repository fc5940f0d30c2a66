"""Batches: new files in the inbox become a batch (an opaque dynamic partition) and a run.

The inbox sensor hashes the files: the same file dropped twice is processed once. The batch's
manifest (with the original file names) is written to the restricted area; Dagster sees only the
opaque batch id. The approval sensor publishes what a person approved in the review store.
"""

import hashlib
import json
from collections.abc import Mapping

from dagster import (
    DagsterInstance,
    DefaultSensorStatus,
    DynamicPartitionsDefinition,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    build_sensor_context,
    sensor,
)

from pipelines.defs.resources import ReviewStoreResource, StorageAreas
from redaction.inbox import (
    append_ledger_in,
    find_new_files,
    find_new_objects,
    new_batch_id,
    read_ledger_in,
    write_manifest,
)

inbox_batches = DynamicPartitionsDefinition(name="inbox_batches")

# Hash prefixes kept in the cursor: 96 bits, far beyond any collision risk for an inbox.
SEEN_PREFIX = 24
PUBLICATION_JOB = "woo_publication_job"
REPUBLISH_JOB = "woo_republish_job"


def _seen(cursor: str | None) -> list[str]:
    if not cursor:
        return []
    return list(json.loads(cursor).get("seen", []))


def register_new_batch(areas: StorageAreas, seen: list[str]) -> tuple[str | None, list[str], int]:
    """Write a manifest for the inbox files not seen before. Returns (batch id, new seen list, count).

    Seen means: in the cursor, or in the ledger of every file that ever became part of a batch.
    The ledger makes "the same file is processed once" hold across a reset sensor, a second
    Dagster instance (the demo's in-process run, then `make ui`), or a lost cursor.
    """
    known = set(seen)
    inbox, restricted = areas.inbox_area(), areas.restricted_area()
    processed = read_ledger_in(restricted)
    if inbox.local_root is not None:
        found = find_new_files(inbox.local_root, processed)
    else:
        found = find_new_objects(inbox, processed)
    new = [f for f in found if f.sha256[:SEEN_PREFIX] not in known]
    if not new:
        return None, seen, 0
    batch_id = new_batch_id()
    with areas.batch_area(batch_id).local_folder() as folder:
        write_manifest(folder, new)
    append_ledger_in(restricted, new)
    return batch_id, seen + [f.sha256[:SEEN_PREFIX] for f in new], len(new)


@sensor(job_name=PUBLICATION_JOB, minimum_interval_seconds=30, default_status=DefaultSensorStatus.RUNNING)
def inbox_sensor(context: SensorEvaluationContext, areas: StorageAreas) -> SensorResult | SkipReason:
    """New files in the inbox -> a new batch partition and a run of the publication job."""
    batch_id, seen, count = register_new_batch(areas, _seen(context.cursor))
    if batch_id is None:
        return SkipReason("no new files in the inbox")
    context.log.info(f"new batch with {count} files")
    return SensorResult(
        run_requests=[RunRequest(partition_key=batch_id, run_key=batch_id)],
        dynamic_partitions_requests=[inbox_batches.build_add_request([batch_id])],
        cursor=json.dumps({"seen": seen}),
    )


@sensor(job_name=REPUBLISH_JOB, minimum_interval_seconds=30, default_status=DefaultSensorStatus.RUNNING)
def approval_sensor(context: SensorEvaluationContext, review: ReviewStoreResource) -> SensorResult | SkipReason:
    """Documents approved in the review store (CLI or cockpit) -> a publication run for their batch.

    The run key is the batch plus the set of approved documents, so each new approval publishes
    once and a repeated tick requests nothing.
    """
    store = review.get()
    known = set(context.instance.get_dynamic_partitions(inbox_batches.name))
    requests = []
    for batch_id in store.batches():
        if batch_id not in known:
            continue
        approved = sorted(q.id for q in store.queue(batch_id, statuses=["approved"]))
        if approved:
            key = hashlib.sha256("|".join(approved).encode()).hexdigest()[:16]
            requests.append(RunRequest(partition_key=batch_id, run_key=f"{batch_id}:{key}"))
    if not requests:
        return SkipReason("no approved documents waiting for publication")
    return SensorResult(run_requests=requests)


def tick_inbox_sensor(
    instance: DagsterInstance, resources: Mapping[str, object], cursor: str | None = None
) -> tuple[str | None, str | None]:
    """One evaluation of `inbox_sensor` outside the daemon (the demo, the benchmark, tests), with
    its new partition registered as the daemon would. Returns (new batch id or None, cursor)."""
    result = inbox_sensor(build_sensor_context(instance=instance, cursor=cursor, resources=resources))
    if not isinstance(result, SensorResult) or not result.run_requests:
        return None, cursor
    for request in result.dynamic_partitions_requests or []:
        instance.add_dynamic_partitions(inbox_batches.name, list(request.partition_keys))
    return result.run_requests[0].partition_key, result.cursor
