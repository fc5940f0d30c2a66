"""Shared helpers for the dataset tests: a synthetic register and a stand-in for the Woo engine."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from eval.caserecords import CaseRegister, generate_case_register
from redaction.datasets import (
    DatasetConfig,
    PseudonymKey,
    anonymisation_summary,
    anonymise_records,
    build_marts,
    load_config,
    marts_summary,
    read_published_tables,
    render_dashboard,
    risk_report,
    validate_records,
    validation_summary,
    write_marts,
)
from redaction.decisions import Decision


class NoFindings:
    """An engine that finds nothing: isolates the record-aware pass and keeps tests fast."""

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Decision]]:
        return [[] for _ in texts]


@pytest.fixture(scope="session")
def config() -> DatasetConfig:
    return load_config()


@pytest.fixture(scope="session")
def register() -> CaseRegister:
    return generate_case_register(clients=600, seed=11)


@pytest.fixture
def key() -> PseudonymKey:
    return PseudonymKey("test-sleutel-voor-synthetische-gegevens")


def publish_register(register: CaseRegister, config: DatasetConfig, folder: Path) -> dict[str, Any]:
    """The library's whole path, as the Dagster assets run it: validate, anonymise, marts, report,
    dashboard, all written to ``folder``."""
    validation = validate_records(register.frame, config)
    anonymised = anonymise_records(validation.valid, config, PseudonymKey.demo(allow_demo=True), NoFindings())
    marts = build_marts(anonymised.frame, config)
    write_marts(marts, folder)
    report = risk_report(config, validation_summary(validation), anonymisation_summary(anonymised, demo_key=True),
                         marts_summary(marts, config.cell_threshold))
    (folder / "dashboard.html").write_text(render_dashboard(read_published_tables(folder), config, report),
                                           encoding="utf-8")
    return {"folder": folder, "anonymised": anonymised, "marts": marts, "report": report, "validation": validation}
