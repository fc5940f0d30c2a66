"""The deployment files in deploy/: what docs/deploy.md promises about them, read from the files.

No container engine or cluster runs here, so the Compose file and the Helm values are parsed and
checked for the structure the deployment relies on; the instance files are validated by Dagster
itself. tests/pipelines/test_postgres_instance.py runs the job on deploy/dagster-postgres.yaml.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPOSITORY = Path(__file__).resolve().parent.parent
DEPLOY = REPOSITORY / "deploy"
INSTANCE = DEPLOY / "dagster-postgres.yaml"
DAGSTER_SERVICES = ("migrate", "code-location", "daemon", "webserver")
AREAS = {"/srv/woo/inbox", "/srv/woo/restricted", "/srv/woo/public"}
# One run per batch at a time (a batch is a dynamic partition), across all batches in parallel.
PER_BATCH_LIMIT = [{"key": "dagster/partition", "value": {"applyLimitPerUniqueValue": True}, "limit": 1}]


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text("utf-8"))


def _instance_config(home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Dagster's own validation of an instance file (schema and environment variables)."""
    from dagster._core.instance.config import dagster_instance_config

    monkeypatch.setenv("WOO_DAGSTER_POSTGRES_URL", "postgresql://woo@db.invalid/dagster")
    monkeypatch.setenv("WOO_DAGSTER_COMPUTE_LOGS", str(home / "compute_logs"))
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    config, _ = dagster_instance_config(str(home))
    return dict(config)


def _compose() -> dict[str, Any]:
    return _load(DEPLOY / "docker-compose.yml")


def _targets(service: dict[str, Any]) -> dict[str, str]:
    """Mount point -> source of a service's volumes, long or short syntax."""
    mounts: dict[str, str] = {}
    for volume in service.get("volumes", []):
        if isinstance(volume, dict):
            mounts[volume["target"]] = volume["source"]
        else:
            source, target, *_ = volume.split(":")
            mounts[target] = source
    return mounts


def test_the_postgres_instance_file_is_a_valid_instance_on_postgres(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "dagster.yaml").write_bytes(INSTANCE.read_bytes())
    config = _instance_config(tmp_path, monkeypatch)
    # Values from the environment: no password in the file (the end-to-end test resolves them).
    assert config["storage"] == {"postgres": {"postgres_url": {"env": "WOO_DAGSTER_POSTGRES_URL"}}}
    assert config["compute_logs"]["config"]["base_dir"] == {"env": "WOO_DAGSTER_COMPUTE_LOGS"}
    assert config["run_coordinator"]["class"] == "QueuedRunCoordinator"
    assert config["run_coordinator"]["config"]["tag_concurrency_limits"] == PER_BATCH_LIMIT
    assert config["telemetry"] == {"enabled": False}


def test_the_repository_instance_stays_sqlite_with_the_same_run_queue(monkeypatch: pytest.MonkeyPatch) -> None:
    config = _instance_config(REPOSITORY, monkeypatch)
    assert set(config["storage"]) == {"sqlite"}  # make demo and make ui, unchanged
    deployed = _load(INSTANCE)["run_coordinator"]
    assert config["run_coordinator"]["class"] == deployed["class"] == "QueuedRunCoordinator"
    assert config["run_coordinator"]["config"]["tag_concurrency_limits"] == PER_BATCH_LIMIT
    assert config["run_coordinator"]["config"]["max_concurrent_runs"] >= 2  # batches do run in parallel
    assert config["compute_logs"]["config"]["base_dir"].startswith("var/restricted/")


def test_the_run_queue_holds_a_second_run_of_a_batch_but_not_another_batch() -> None:
    # The counter Dagster's queue daemon uses to decide which queued run may start.
    from dagster._core.storage.dagster_run import DagsterRun
    from dagster._utils.tags import TagConcurrencyLimitsCounter

    def run(batch: str) -> DagsterRun:
        return DagsterRun(job_name="woo_publication_job", tags={"dagster/partition": batch})

    limits = _load(INSTANCE)["run_coordinator"]["config"]["tag_concurrency_limits"]
    counter = TagConcurrencyLimitsCounter(limits, [run("b000000000001")])
    assert counter.is_blocked(run("b000000000001"))
    assert not counter.is_blocked(run("b000000000002"))


def test_compose_services_share_one_image_and_the_tested_instance_file() -> None:
    compose = _compose()
    services = compose["services"]
    assert {*DAGSTER_SERVICES, "postgres", "review"} <= set(services)
    for name in (*DAGSTER_SERVICES, "review"):
        service = services[name]
        assert service["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}, name
        assert service["image"] == services["code-location"]["image"], name
    assert (REPOSITORY / "deploy" / "Dockerfile").is_file()
    for name in DAGSTER_SERVICES:
        service = services[name]
        home = service["environment"]["DAGSTER_HOME"]
        mounts = _targets(service)
        # The very file the PostgreSQL test exercises, as $DAGSTER_HOME/dagster.yaml.
        assert (DEPLOY / mounts[f"{home}/dagster.yaml"]).resolve() == INSTANCE, name
        assert "@postgres:5432/dagster" in service["environment"]["WOO_DAGSTER_POSTGRES_URL"], name
        assert service["environment"]["WOO_DAGSTER_COMPUTE_LOGS"], name
    # Every variable the instance file reads is set in every Dagster service.
    wanted = set(re.findall(r"env: (\w+)", INSTANCE.read_text("utf-8")))
    for name in DAGSTER_SERVICES:
        assert wanted <= set(services[name]["environment"]), (name, wanted)


def test_compose_runs_the_code_location_the_webserver_and_daemon_load() -> None:
    services = _compose()["services"]
    workspace = _load(DEPLOY / "workspace.yaml")["load_from"]
    assert len(workspace) == 1
    server = workspace[0]["grpc_server"]
    command = services["code-location"]["command"]
    assert command[:3] == ["dagster", "api", "grpc"]
    assert command[command.index("-m") + 1] == "pipelines.definitions"
    assert server["host"] == "code-location" and str(server["port"]) == command[command.index("-p") + 1]
    for name, program in (("daemon", "dagster-daemon"), ("webserver", "dagster-webserver")):
        service = services[name]
        assert service["command"][0] == program
        workspace_file = service["command"][service["command"].index("-w") + 1]
        assert (DEPLOY / _targets(service)[workspace_file]).resolve() == DEPLOY / "workspace.yaml"
    # Schemas are made once before any service connects.
    for name in ("code-location", "daemon", "webserver", "review"):
        assert services[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}


def test_compose_keeps_documents_away_from_the_webserver_and_daemon() -> None:
    compose = _compose()
    services = compose["services"]
    code = _targets(services["code-location"])
    assert set(code) >= AREAS
    assert {code[area] for area in AREAS} <= set(compose["volumes"])
    for name in ("webserver", "daemon"):
        assert not AREAS & set(_targets(services[name])), name
    # The UI reads what steps printed from the run workers' compute logs, read only.
    logs = services["webserver"]["environment"]["WOO_DAGSTER_COMPUTE_LOGS"]
    volume = _targets(services["code-location"])[logs]
    assert f"{volume}:{logs}:ro" in services["webserver"]["volumes"]
    # Nothing listens beyond the host: the UIs go behind the municipality's authenticating proxy.
    for service in services.values():
        assert all(str(port).startswith("127.0.0.1:") for port in service.get("ports", []))


def test_helm_values_set_what_the_deployment_relies_on() -> None:
    values = _load(DEPLOY / "helm" / "values.yaml")
    assert values["postgresql"]["enabled"] is False and values["postgresql"]["postgresqlDatabase"]
    assert values["generatePostgresqlPasswordSecret"] is False and values["global"]["postgresqlSecretName"]
    code = values["dagster-user-deployments"]
    assert code["enabled"] is True and len(code["deployments"]) == 1
    deployment = code["deployments"][0]
    assert deployment["dagsterApiGrpcArgs"] == ["-m", "pipelines.definitions"]
    assert deployment["includeConfigInLaunchedRuns"] == {"enabled": True}  # run pods get the volumes
    claims = {v["name"]: v["persistentVolumeClaim"]["claimName"] for v in deployment["volumes"]}
    assert {m["mountPath"] for m in deployment["volumeMounts"]} == AREAS
    assert {m["name"] for m in deployment["volumeMounts"]} == set(claims)
    assert values["runLauncher"]["type"] == "K8sRunLauncher"
    daemon = values["dagsterDaemon"]
    assert daemon["enabled"] is True and daemon["runCoordinator"]["enabled"] is True
    assert daemon["runCoordinator"]["type"] == "QueuedRunCoordinator"
    queue = daemon["runCoordinator"]["config"]["queuedRunCoordinator"]
    assert queue["tagConcurrencyLimits"] == PER_BATCH_LIMIT and queue["maxConcurrentRuns"] >= 2
    assert values["computeLogManager"]["type"] == "NoOpComputeLogManager"
    assert values["telemetry"]["enabled"] is False


def test_the_image_installs_the_pinned_project_and_the_dagster_libraries_it_needs() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text("utf-8")
    assert "pip install --no-cache-dir '.[postgres,kubernetes]'" in dockerfile
    pyproject = (REPOSITORY / "pyproject.toml").read_text("utf-8")
    dagster = re.search(r'"dagster==([\d.]+)"', pyproject)
    assert dagster is not None
    _, minor, patch = dagster.group(1).split(".")
    library = f"0.{int(minor) + 16}.{patch}"  # Dagster's libraries: core 1.13.27 <-> 0.29.27
    for name in ("dagster-postgres", "dagster-k8s"):
        assert f'"{name}=={library}"' in pyproject, name
    # The Helm chart is versioned with Dagster itself.
    assert f"--version {dagster.group(1)}" in (DEPLOY / "helm" / "values.yaml").read_text("utf-8")
