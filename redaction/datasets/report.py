"""The disclosure-risk report: per dataset, what was done and what it cost. Counts only.

Published next to the marts, so a reader (and the privacy officer) can see k reached, how many
records were rejected or suppressed and how many cells are hidden, without seeing any value.
The three summaries are plain JSON-able dicts so that steps running in separate processes (the
Dagster assets) can store them and the report can be assembled from them later.
"""

from __future__ import annotations

import json
from typing import Any

from redaction.datasets.anonymise import AnonymisedRecords
from redaction.datasets.config import DatasetConfig
from redaction.datasets.marts import Mart
from redaction.datasets.source import ValidationResult


def validation_summary(validation: ValidationResult) -> dict[str, Any]:
    return {
        "records_read": validation.records_read,
        "records_valid": len(validation.valid),
        "records_rejected": len(validation.rejected_rows),
        "rejected_by_problem": validation.counts_by_problem(),
    }


def anonymisation_summary(anonymised: AnonymisedRecords, *, demo_key: bool) -> dict[str, Any]:
    return {
        "records_in": anonymised.records_in,
        "records_suppressed": anonymised.records_suppressed,
        "records_out": len(anonymised.frame),
        "k_required": anonymised.k_required,
        "k_reached": anonymised.k_reached,
        "quasi_identifiers": anonymised.quasi_identifiers,
        "generalisation_levels": anonymised.levels,
        "columns_dropped": anonymised.dropped_columns,
        "columns_pseudonymised": anonymised.pseudonymised_columns,
        "notes_redacted": anonymised.notes_redacted,
        "pseudonym_key": "demo key (not secret)" if demo_key else "secret from the environment",
    }


def marts_summary(marts: list[Mart], threshold: int) -> dict[str, Any]:
    return {
        mart.spec.name: {
            "title": mart.spec.title,
            "cell_threshold": threshold,
            "cells": mart.cells,
            "cells_suppressed_primary": mart.primary,
            "cells_suppressed_secondary": mart.secondary,
            "categories_merged": mart.merged_categories,
            "smallest_published_count": mart.smallest_published,
        }
        for mart in marts
    }


def risk_report(
    config: DatasetConfig, validation: dict[str, Any], anonymisation: dict[str, Any], marts: dict[str, Any]
) -> dict[str, Any]:
    """One report per dataset from the three summaries above."""
    return {
        "dataset": config.dataset,
        "source": validation,
        # Pseudonymised records are personal data (GDPR recital 26): restricted area only.
        "anonymised_records": {"published": False, "max_suppression": config.max_suppression, **anonymisation},
        "marts": marts,
    }


def report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
