"""The publication job on a Dagster instance in PostgreSQL, two batches at once, as a deployment runs it.

The instance is deploy/dagster-postgres.yaml unchanged (the file the Docker Compose services
mount), its database on the session's throw-away PostgreSQL cluster (tests/postgres.py); the
review store lives in a second database of that cluster. The code location's resources come from
the environment, as in a deployment. Two run workers (processes) each run the job for their own
batch, each with two worker processes for the per-document work (WOO_WORKERS=2); both must
succeed, overlap in time, leave their runs and event logs in PostgreSQL, and publish every document
of their batch (the policy auto-approves them) with the review store in PostgreSQL saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from dagster import AssetKey, DagsterEventType, DagsterInstance, DagsterRunStatus
from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage

from pipelines.definitions import resources
from pipelines.defs.batches import PUBLICATION_JOB, tick_inbox_sensor
from pipelines.defs.documents import DOCUMENT_ASSETS
from redaction.review import ReviewStore
from tests.postgres import PostgresServer, create_database

REPOSITORY = Path(__file__).resolve().parents[2]
INSTANCE_YAML = REPOSITORY / "deploy" / "dagster-postgres.yaml"
DORDRECHT_POLICY = REPOSITORY / "examples" / "policies" / "dordrecht.yaml"
WORKER_TIMEOUT_SECONDS = 600

# Invented people and numbers only.
BATCHES = [
    {
        "brief-speeltuin.txt": "Geachte raad,\n\nNamens de buurt vraag ik aandacht voor de speeltuin aan de "
        "Lindelaan. Wilt u mij antwoorden via m.terhorst@voorbeeldmail.nl?\n\nMet vriendelijke groet,\n"
        "Marloes ter Horst\n",
    },
    {
        "notitie-casus.txt": "Casus 7: mw. Fenna Wijnstra belde op 3 maart over haar aanvraag. "
        "Terugbellen op 06 38 47 12 95.\n",
        "verzoek.txt": "Geachte heer Oosterwijk,\n\nHierbij mijn verzoek om informatie over de vergunning.\n\n"
        "Hoogachtend,\nSelma Karaca\n",
        "brief-bomen.txt": "Beste college,\n\nDe bomen aan de Kastanjelaan zijn ziek. Graag een reactie.\n\n"
        "Groet,\nJoris Abbink\n",
    },
]


@pytest.fixture
def deployment(postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The environment of every process of the deployment; this test process is one of them."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copyfile(INSTANCE_YAML, home / "dagster.yaml")
    (tmp_path / "inbox").mkdir()
    env = {
        "DAGSTER_HOME": str(home),
        # dagster-postgres builds its engines with psycopg2; the review store uses psycopg 3.
        "WOO_DAGSTER_POSTGRES_URL": postgres.url(create_database(postgres, "dagster"), driver="psycopg2"),
        "WOO_DAGSTER_COMPUTE_LOGS": str(tmp_path / "restricted" / "compute_logs"),
        "WOO_INBOX": str(tmp_path / "inbox"),
        "WOO_RESTRICTED": str(tmp_path / "restricted"),
        "WOO_PUBLIC": str(tmp_path / "public"),
        "WOO_REVIEW_DB": postgres.url(create_database(postgres, "review")),
        "WOO_POLICY": str(DORDRECHT_POLICY),
        "WOO_CASE_RECORDS": str(tmp_path / "restricted" / "caserecords" / "register.csv"),
        "WOO_ALLOW_DEMO_KEY": "1",
        # Two worker processes per run, so two runs at once fork their workers side by side.
        "WOO_WORKERS": "2",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    yield env


def _dagster_database(url: str) -> dict[str, str]:
    """psycopg connection arguments for the database of a SQLAlchemy URL over the unix socket."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return {"dbname": parsed.database or "", "user": parsed.username or "", "host": str(parsed.query["host"]),
            "port": str(parsed.query["port"])}  # fmt: skip


@pytest.mark.slow
def test_two_batches_run_at_once_on_a_postgres_instance(deployment: dict[str, str], tmp_path: Path) -> None:
    with DagsterInstance.get() as instance:
        _run_two_batches_at_once(instance, deployment, tmp_path)


def _run_two_batches_at_once(instance: DagsterInstance, deployment: dict[str, str], tmp_path: Path) -> None:
    assert isinstance(instance.run_storage, PostgresRunStorage)
    assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
    # Schemas first, as a deployment's one-shot migration step does before the services start:
    # loading the instance created Dagster's tables; opening the store migrates the review database.
    ReviewStore(deployment["WOO_REVIEW_DB"]).close()

    res = resources()
    inbox = Path(deployment["WOO_INBOX"])
    batches: list[str] = []
    cursor = None
    for files in BATCHES:
        for name, text in files.items():
            (inbox / name).write_text(text, "utf-8")
        batch, cursor = tick_inbox_sensor(instance, res, cursor)
        assert batch is not None
        batches.append(batch)
    res["review"].get().close()  # type: ignore[attr-defined]

    barrier = tmp_path / "barrier"
    barrier.mkdir()
    worker = [sys.executable, "-m", "tests.pipelines.postgres_run_worker"]
    env = {**os.environ, **deployment}
    workers = [
        subprocess.Popen([*worker, batch, str(barrier), str(len(batches))], cwd=REPOSITORY, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for batch in batches
    ]
    outputs = [worker.communicate(timeout=WORKER_TIMEOUT_SECONDS) for worker in workers]
    for worker, (_, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err[-4000:]
    run_ids = [out.strip().splitlines()[-1] for out, _ in outputs]

    # The instance: two successful runs of the job, one per batch, whose run times overlap.
    records = {r.dagster_run.run_id: r for r in instance.get_run_records()}
    assert set(records) == set(run_ids)
    assert {r.dagster_run.status for r in records.values()} == {DagsterRunStatus.SUCCESS}
    assert {r.dagster_run.job_name for r in records.values()} == {PUBLICATION_JOB}
    assert sorted(r.dagster_run.tags["dagster/partition"] for r in records.values()) == sorted(batches)
    starts = [r.start_time for r in records.values()]
    ends = [r.end_time for r in records.values()]
    assert None not in starts and None not in ends
    assert max(starts) < min(ends), "the two runs did not run at the same time"  # type: ignore[type-var]

    # Every document asset materialised for each batch, every blocking check passed.
    for batch in batches:
        for asset in DOCUMENT_ASSETS:
            key = AssetKey(asset.key.path)
            assert batch in instance.get_materialized_partitions(key), (asset.key, batch)
    for run_id in run_ids:
        checks = instance.get_records_for_run(run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION).records
        evaluations = [c.event_log_entry.dagster_event.event_specific_data for c in checks]  # type: ignore[union-attr]
        assert evaluations and all(e.passed for e in evaluations)  # type: ignore[union-attr]

    # The same facts read from PostgreSQL itself: Dagster kept nothing in SQLite beside it.
    with psycopg.connect(**_dagster_database(deployment["WOO_DAGSTER_POSTGRES_URL"])) as conn:
        runs = dict(conn.execute("SELECT run_id, status FROM runs").fetchall())
        events = dict(conn.execute("SELECT run_id, count(*) FROM event_logs GROUP BY run_id").fetchall())
        materialised = dict(conn.execute(
            "SELECT partition, count(*) FROM event_logs WHERE dagster_event_type = 'ASSET_MATERIALIZATION' "
            "GROUP BY partition").fetchall())  # fmt: skip
    assert runs == dict.fromkeys(run_ids, "SUCCESS")
    assert all(events.get(run_id, 0) > 20 for run_id in run_ids), events
    assert materialised == dict.fromkeys(batches, len(DOCUMENT_ASSETS))
    assert not [p for p in Path(deployment["DAGSTER_HOME"]).rglob("*") if p.suffix in {".db", ".sqlite"}]

    # What the steps printed stays in the restricted area; the public area has both batches' inventories.
    for run_id in run_ids:
        assert (Path(deployment["WOO_DAGSTER_COMPUTE_LOGS"]) / run_id).is_dir()
    public = Path(deployment["WOO_PUBLIC"])
    for batch in batches:
        assert (public / "inventaris" / f"inventarislijst-{batch}.csv").is_file()

    # Every document of both batches went through the workers into the review store in PostgreSQL
    # (written by the runs' own processes only), none failed, and what the Dordrecht policy approved
    # is published, four files each (txt, html, pdf, DiWoo xml).
    store = ReviewStore(deployment["WOO_REVIEW_DB"])
    try:
        for batch, files in zip(batches, BATCHES, strict=True):
            queue = store.queue(batch, statuses=None)
            assert len(queue) == len(files)
            assert {q.status for q in queue} <= {"published", "in_review"}, [(q.status, q.failure_code) for q in queue]
            published = sum(q.status == "published" for q in queue)
            assert published >= 1
            assert len(list((public / "documenten").glob(f"{batch}-*"))) == 4 * published
    finally:
        store.close()
