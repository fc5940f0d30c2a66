"""`make demo`: its data belongs to the product's examples (no eval/ import), and it prints a short
summary while Dagster's event stream goes to a log file."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
from dagster import job, op

from pipelines import demo
from redaction.ingest import ingest_file


def test_the_demo_inbox_ships_with_the_examples_and_reads_as_promised(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    assert demo.copy_demo_inbox(inbox) == 40
    names = sorted(p.name for p in inbox.iterdir())
    assert names == sorted(p.name for p in demo.DEMO_INBOX.iterdir())
    # The sensor takes files oldest first: the copies are in a fixed order of age.
    ages = [p.stat().st_mtime_ns for p in sorted(inbox.iterdir())]
    assert ages == sorted(ages) and len(set(ages)) == len(ages)
    codes = Counter(f.code for p in inbox.iterdir() for f in ingest_file(p).failures)
    assert codes == Counter({"W401": 1, "W402": 1, "W404": 1, "W405": 1})
    assert demo.DEMO_REGISTER.stat().st_size > 100_000


@op
def _noisy() -> int:
    return 1


@job
def _noisy_job() -> None:
    _noisy()


def test_dagster_event_stream_goes_to_the_log_not_the_terminal(capfd: pytest.CaptureFixture[str]) -> None:
    log = io.StringIO()
    with demo._to_log(log):
        assert _noisy_job.execute_in_process().success
    out, err = capfd.readouterr()
    assert "DEBUG" not in out + err and "STEP_SUCCESS" not in out + err
    assert "STEP_SUCCESS" in log.getvalue()
