"""Shared helpers for the dataset tests: a synthetic register and a stand-in for the Woo engine."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from eval.caserecords import CaseRegister, generate_case_register
from redaction.datasets import DatasetConfig, PseudonymKey, load_config
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
