"""`make demo`: a synthetic municipal inbox through the whole platform on the local Dagster instance.

1. Copies the synthetic demo inbox of examples/demo/inbox to var/inbox (council letters as PDF and
   DOCX, e-mail threads with attachments, Outlook .msg, case notes, one scan without a text layer
   and some broken files, the Dordrecht example letter as an e-mail with a PDF attachment).
2. Evaluates the inbox sensor once (as the Dagster daemon would) and runs the publication job for
   the new batch: ingest, detect and decide, review queue, auto-approval per the Dordrecht demo
   policy, leak checks, publication and inventory.
3. Prints where the published files and the inventory are, and what waits for a reviewer.
4. Unpacks the demo's register of 5,000 invented clients and runs the case-records job:
   anonymised records (restricted), marts as Parquet and DuckDB, a disclosure-risk report and a
   dashboard page (public).

The demo data is made by the evaluation generators (`make demo-data`); the product never imports
`eval/`, which the wheel does not ship. Uses the real Dagster instance of dagster.yaml (SQLite,
local files), so `make ui` shows the runs. Only a short summary is printed; Dagster's event
stream goes to a log file under var/log/ whose path the summary ends with. The demo starts from an
empty inbox, restricted and public area each time (they hold demo data only).
"""

from __future__ import annotations

import contextlib
import datetime
import gzip
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from dagster import DagsterInstance

from redaction.inbox import LEDGER
from redaction.paths import REPOSITORY_ROOT

# Not-processed documents named in the summary; the inventory list has them all.
SHOWN_NOT_PROCESSED = 6
DEMO_DATA = REPOSITORY_ROOT / "examples" / "demo"
DEMO_INBOX = DEMO_DATA / "inbox"
DEMO_REGISTER = DEMO_DATA / "caserecords-register.csv.gz"


@contextlib.contextmanager
def _to_log(log: TextIO) -> Iterator[None]:
    """Dagster's event stream (DEBUG lines on stderr) and library warnings into the log file."""
    with contextlib.redirect_stderr(log):
        yield
    log.flush()


def copy_demo_inbox(inbox: Path) -> int:
    """The demo inbox into ``inbox``, oldest first as it is listed (the sensor takes files by age)."""
    inbox.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in DEMO_INBOX.iterdir() if p.is_file())
    for number, source in enumerate(files):
        target = inbox / source.name
        shutil.copyfile(source, target)
        os.utime(target, ns=(number * 1_000_000_000 + 1_700_000_000_000_000_000,) * 2)
    return len(files)


def _reset(areas: object) -> None:
    """Empty the demo's inbox, batches, ledger, review store and public area (Dagster's logs stay)."""
    restricted = Path(areas.restricted)  # type: ignore[attr-defined]
    for folder in (Path(areas.inbox), restricted / "batches", Path(areas.public)):  # type: ignore[attr-defined]
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
    for stale in [*restricted.glob("review.db*"), restricted / LEDGER]:
        stale.unlink(missing_ok=True)


def run_documents(instance: DagsterInstance, log: TextIO) -> int:
    with _to_log(log):
        from pipelines.definitions import defs, resources
        from pipelines.defs.batches import PUBLICATION_JOB, tick_inbox_sensor

        res = resources()
    areas = res["areas"]
    _reset(areas)
    inbox = Path(areas.inbox)  # type: ignore[attr-defined]
    files = copy_demo_inbox(inbox)
    print(f"demo: {files} files in the inbox {inbox.resolve()}")

    with _to_log(log):
        batch, _ = tick_inbox_sensor(instance, res)
    if batch is None:
        print("demo: the inbox sensor found no new files", file=sys.stderr)
        return 1
    with _to_log(log):
        result = defs.resolve_job_def(PUBLICATION_JOB).execute_in_process(
            instance=instance, partition_key=batch, raise_on_error=False
        )
    checks = result.get_asset_check_evaluations()
    failed_checks = [c.check_name for c in checks if not c.passed]
    if not result.success or failed_checks:
        print(f"demo: run {result.run_id} did not publish: failed checks {failed_checks or 'none'}; "
              "see `make ui`", file=sys.stderr)  # fmt: skip
        return 1

    queue = res["review"].get().queue(batch)  # type: ignore[attr-defined]
    by_status: dict[str, int] = {}
    for summary in queue:
        by_status[summary.status] = by_status.get(summary.status, 0) + 1
    public = Path(areas.public).resolve()  # type: ignore[attr-defined]
    print(f"demo: batch {batch}, run {result.run_id} on the Dagster instance in {os.environ['DAGSTER_HOME']}")
    print(f"demo: {len(queue)} documents: {by_status.get('published', 0)} published (auto-approved by policy), "
          f"{by_status.get('in_review', 0)} wait for a reviewer, {by_status.get('not_processed', 0)} not processed")
    print(f"demo: leak checks passed: {', '.join(sorted(c.check_name for c in checks))}")
    print(f"demo: published documents (txt, html, pdf, DiWoo xml): {public / 'documenten'}")
    print(f"demo: inventory list: {public / 'inventaris' / f'inventarislijst-{batch}.csv'} (and .xlsx)")
    not_processed = [q for q in queue if q.status == "not_processed"]
    for summary in not_processed[:SHOWN_NOT_PROCESSED]:
        print(f"  niet verwerkt {summary.number}: [{summary.failure_code}] {summary.failure_reason}")
    if len(not_processed) > SHOWN_NOT_PROCESSED:
        print(f"  ... and {len(not_processed) - SHOWN_NOT_PROCESSED} more in the inventory list")
    print("demo: review what waits:  .venv/bin/woo review list   (then: show, accept, reject, add, approve)")
    print("demo: or in the browser:  .venv/bin/woo review users add <naam> --role approver;  make review")
    print("demo: approved documents are published by Dagster's approval sensor: keep `make ui` running")
    return 0


def run_datasets(instance: DagsterInstance, log: TextIO) -> int:
    """5,000 invented clients of a refugee-support team -> anonymised marts and the dashboard."""
    from pipelines.definitions import defs

    register = Path(os.environ.get("WOO_CASE_RECORDS", "var/restricted/caserecords/register.csv"))
    register.parent.mkdir(parents=True, exist_ok=True)
    register.write_bytes(gzip.decompress(DEMO_REGISTER.read_bytes()))
    with _to_log(log):
        result = defs.resolve_job_def("case_records_job").execute_in_process(instance=instance, raise_on_error=False)
    failed_checks = [c.check_name for c in result.get_asset_check_evaluations() if not c.passed]
    if not result.success or failed_checks:
        print(f"demo: the case-records job did not publish (failed checks: {failed_checks or 'none'}); "
              "see `make ui`", file=sys.stderr)  # fmt: skip
        return 1
    public = Path("var/public/datasets").resolve()
    print(f"demo: case records: run {result.run_id}; anonymised marts, risk report and dashboard in {public}")
    print(f"demo: dashboard (opens offline): {(public / 'dashboard.html').as_uri()}")
    print(f"demo: DuckDB marts: {public / 'dashboard.duckdb'}  (Parquet per mart beside it)")
    return 0


def main() -> int:
    os.environ.setdefault("DAGSTER_HOME", str(REPOSITORY_ROOT))
    os.environ.setdefault("WOO_POLICY", str(REPOSITORY_ROOT / "examples" / "policies" / "dordrecht.yaml"))
    os.environ.setdefault("WOO_ALLOW_DEMO_KEY", "1")
    os.chdir(REPOSITORY_ROOT)
    log_path = REPOSITORY_ROOT / "var" / "log" / f"demo-{datetime.datetime.now():%Y%m%d-%H%M%S}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w", encoding="utf-8") as log:
        with _to_log(log):
            instance = DagsterInstance.get()
        status = run_documents(instance, log)
        status = status or run_datasets(instance, log)
    print(f"demo: Dagster's full event log of these runs: {log_path}")
    return status


if __name__ == "__main__":
    sys.exit(main())
