"""`make demo`: a synthetic municipal inbox through the whole platform on the local Dagster instance.

1. Writes a realistic synthetic inbox to var/inbox (council letters as PDF and DOCX, e-mail threads
   with attachments, Outlook .msg, case notes, one scan without a text layer and some broken
   files), plus the Dordrecht example letter as an e-mail with a PDF attachment.
2. Evaluates the inbox sensor once (as the Dagster daemon would) and runs the publication job for
   the new batch: ingest, detect and decide, review queue, auto-approval per the Dordrecht demo
   policy, leak checks, publication and inventory.
3. Prints where the published files and the inventory are, and what waits for a reviewer.
4. Generates a client register of 5,000 invented clients and runs the case-records job:
   anonymised records (restricted), marts as Parquet and DuckDB, a disclosure-risk report and a
   dashboard page (public).

Uses the real Dagster instance of dagster.yaml (SQLite, local files), so `make ui` shows the runs.
The demo starts from an empty inbox, restricted and public area each time (they hold demo data only).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from dagster import DagsterInstance

from redaction.inbox import LEDGER
from redaction.paths import REPOSITORY_ROOT

DEMO_DOCUMENTS = 36


def _reset(areas: object) -> None:
    """Empty the demo's inbox, batches, ledger, review store and public area (Dagster's logs stay)."""
    restricted = Path(areas.restricted)  # type: ignore[attr-defined]
    for folder in (Path(areas.inbox), restricted / "batches", Path(areas.public)):  # type: ignore[attr-defined]
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
    for stale in [*restricted.glob("review.db*"), restricted / LEDGER]:
        stale.unlink(missing_ok=True)


def run_documents(instance: DagsterInstance) -> int:
    from eval.inbox.generate import dordrecht_eml, generate_inbox
    from pipelines.definitions import defs, resources
    from pipelines.defs.batches import PUBLICATION_JOB, tick_inbox_sensor

    res = resources()
    areas = res["areas"]
    _reset(areas)
    inbox = Path(areas.inbox)  # type: ignore[attr-defined]
    generate_inbox(inbox, Path(areas.restricted) / "demo-truth.json", documents=DEMO_DOCUMENTS, seed=0)  # type: ignore[attr-defined]
    dordrecht_eml(inbox / "Raadsbrief Vluchtelingenwerk Dordrecht.eml")
    files = sum(1 for p in inbox.rglob("*") if p.is_file())
    print(f"demo: {files} files in the inbox {inbox.resolve()}")

    batch, _ = tick_inbox_sensor(instance, res)
    if batch is None:
        print("demo: the inbox sensor found no new files", file=sys.stderr)
        return 1
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
    for summary in queue:
        if summary.status == "not_processed":
            print(f"  niet verwerkt {summary.number}: [{summary.failure_code}] {summary.failure_reason}")
    print("demo: review what waits:  .venv/bin/woo review list   (then: show, accept, reject, add, approve)")
    print("demo: or in the browser:  .venv/bin/woo review users add <naam> --role approver;  make review")
    print("demo: approved documents are published by Dagster's approval sensor: keep `make ui` running")
    return 0


def run_datasets(instance: DagsterInstance) -> int:
    """5,000 invented clients of a refugee-support team -> anonymised marts and the dashboard."""
    from eval.caserecords import generate_case_register, write_case_register
    from pipelines.definitions import defs

    register = Path(os.environ.get("WOO_CASE_RECORDS", "var/restricted/caserecords/register.csv"))
    write_case_register(generate_case_register(5000), register)
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
    instance = DagsterInstance.get()
    status = run_documents(instance)
    return status or run_datasets(instance)


if __name__ == "__main__":
    sys.exit(main())
