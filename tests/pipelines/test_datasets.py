"""The dataset assets in-process on a temporary Dagster instance with temporary storage areas."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml
from dagster import Definitions, instance_for_test, materialize

from eval.caserecords import CaseRegister, generate_case_register, write_case_register
from pipelines.defs.datasets import (
    DATASET_ASSETS,
    DATASET_CHECKS,
    ISSUES_FILE,
    CaseRecordsSource,
    PseudonymSecret,
    case_records_job,
    dataset_resources,
)
from pipelines.defs.resources import RedactionEngine, StorageAreas
from redaction.datasets import PseudonymKeyError
from redaction.datasets.pseudonym import DEMO_KEY, KEY_ENV

SHIPPED_CONFIG = Path(__file__).resolve().parents[2] / "redaction" / "datasets" / "case_records.yaml"
TEST_SECRET = "pijplijn-test-geheim-0123456789"


@pytest.fixture(scope="module")
def register() -> CaseRegister:
    return generate_case_register(clients=600, seed=5)


def _areas(tmp_path: Path) -> StorageAreas:
    return StorageAreas.under(tmp_path)


def _home(tmp_path: Path) -> Path:
    """A temporary DAGSTER_HOME inside the test's folder, so the secret scan covers the run storage."""
    home = tmp_path / "dagster_home"
    home.mkdir(exist_ok=True)
    return home


def _files_containing(root: Path, secret: str) -> list[Path]:
    needle = secret.encode()
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_register_to_dashboard(tmp_path: Path, register: CaseRegister, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, TEST_SECRET)
    export = write_case_register(register, tmp_path / "export" / "register.xlsx")
    with instance_for_test(temp_dir=str(_home(tmp_path))) as instance:
        result = materialize(
            [*DATASET_ASSETS, *DATASET_CHECKS],
            instance=instance,
            resources={"source": CaseRecordsSource(path=str(export)), "pseudonym_key": PseudonymSecret(),
                       "engine": RedactionEngine(), "areas": _areas(tmp_path)},
        )
        assert result.success
        checks = result.get_asset_check_evaluations()
        assert len(checks) == len(DATASET_CHECKS) and all(check.passed for check in checks)
        raw = result.asset_materializations_for_node("raw_case_records")[0].metadata
        assert raw["records_read"].value == 600 and raw["records_rejected"].value == len(register.malformed_rows)
        anonymised = result.asset_materializations_for_node("anonymised_case_records")[0].metadata
        assert anonymised["k_reached"].value >= anonymised["k_required"].value == 5
        # Counts only in Dagster's database: every metadata value of every asset is a number.
        for node in ("raw_case_records", "anonymised_case_records", "dashboard_marts", "disclosure_risk_report"):
            for value in result.asset_materializations_for_node(node)[0].metadata.values():
                assert isinstance(value.value, int), node
    public = tmp_path / "public" / "datasets"
    assert {p.name for p in public.iterdir()} >= {
        "aankomsten_per_maand.parquet", "uitkomsten.parquet", "nationaliteiten.parquet", "begeleidingsduur.parquet",
        "dashboard.duckdb", "disclosure_risk_report.json", "dashboard.html"}
    # Nothing restricted reached the public area, and the secret was written nowhere at all.
    assert not list((tmp_path / "public").rglob("*anonymised*")) and not list((tmp_path / "public").rglob("*raw*"))
    assert _files_containing(tmp_path, TEST_SECRET) == []
    # The malformed records are listed by row in the restricted area (not in Dagster's database).
    issues = pd.read_csv(tmp_path / "restricted" / "datasets" / ISSUES_FILE)
    assert set(issues["rij"]) == register.malformed_rows


def test_a_failing_check_blocks_the_marts(tmp_path: Path, register: CaseRegister,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # A config mistake a person could make: notes kept instead of redacted. The names in the
    # notes must stop the run before anything is published.
    config = yaml.safe_load(SHIPPED_CONFIG.read_text(encoding="utf-8"))
    config["columns"]["notities"] = {"action": "keep"}
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    export = write_case_register(register, tmp_path / "register.csv")
    monkeypatch.delenv(KEY_ENV, raising=False)
    with instance_for_test(temp_dir=str(_home(tmp_path))) as instance:
        result = materialize(
            [*DATASET_ASSETS, *DATASET_CHECKS],
            instance=instance,
            resources={"source": CaseRecordsSource(path=str(export), config_path=str(broken)),
                       "pseudonym_key": PseudonymSecret(allow_demo_key=True),
                       "engine": RedactionEngine(), "areas": _areas(tmp_path)},
            raise_on_error=False,
        )
        assert not result.success
        by_name = {check.check_name: check for check in result.get_asset_check_evaluations()}
        assert by_name["anonymised_records_contain_no_identifier_value"].passed is False
        assert by_name["anonymised_records_contain_no_identifier_value"].metadata[
            "identifier_values_found"].value > 0
        assert by_name["anonymised_records_are_k_anonymous"].passed is True
        materialised = {event.asset_key.to_user_string() for event in result.get_asset_materialization_events()}
        assert "anonymised_case_records" in materialised
        assert not materialised & {"dashboard_marts", "disclosure_risk_report", "dashboard"}
    assert not list((tmp_path / "public").rglob("*.parquet")) and not list((tmp_path / "public").rglob("*.html"))
    assert _files_containing(tmp_path, DEMO_KEY) == []


def test_no_key_no_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    with pytest.raises(PseudonymKeyError):
        PseudonymSecret().get()
    assert PseudonymSecret(allow_demo_key=True).get().is_demo
    monkeypatch.setenv(KEY_ENV, TEST_SECRET)
    assert not PseudonymSecret(allow_demo_key=True).get().is_demo  # a real key always wins


def test_definitions_load_with_the_dataset_job() -> None:
    defs = Definitions(
        assets=DATASET_ASSETS, asset_checks=DATASET_CHECKS, jobs=[case_records_job],
        resources={**dataset_resources(allow_demo_key=True), "engine": RedactionEngine(), "areas": StorageAreas()},
    )
    job = defs.resolve_job_def("case_records_job")
    assert {node.name for node in job.nodes} >= {asset.node_def.name for asset in DATASET_ASSETS}
