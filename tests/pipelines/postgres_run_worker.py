"""One run worker of tests/pipelines/test_postgres_instance.py, in its own process.

    python -m tests.pipelines.postgres_run_worker BATCH BARRIER_DIR WORKERS

Runs the publication job for one batch on the Dagster instance of $DAGSTER_HOME, with the code
location's resources as a deployment builds them from the environment (pipelines.definitions).
Importing Dagster and the pipelines takes longer than a small run on a busy machine, so each
worker waits at a barrier (a file per worker in BARRIER_DIR) until all are ready: the runs then
really execute at the same time. Prints the run id on the last line of stdout.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

BARRIER_TIMEOUT_SECONDS = 300


def main(argv: list[str]) -> int:
    batch, barrier, workers = argv[0], Path(argv[1]), int(argv[2])
    from dagster import DagsterInstance

    from pipelines.definitions import defs
    from pipelines.defs.batches import PUBLICATION_JOB

    instance = DagsterInstance.get()
    job = defs.resolve_job_def(PUBLICATION_JOB)
    (barrier / batch).touch()
    deadline = time.monotonic() + BARRIER_TIMEOUT_SECONDS
    while len(list(barrier.iterdir())) < workers:
        if time.monotonic() > deadline:
            print("the other run workers never became ready", file=sys.stderr)
            return 2
        time.sleep(0.05)
    result = job.execute_in_process(instance=instance, partition_key=batch, raise_on_error=False)
    print(result.run_id)
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
