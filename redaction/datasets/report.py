"""The disclosure-risk report: per release, what was done, what risk remains and what it cost.

Published next to the marts, so a reader (and the privacy officer) can see k and l reached, how
many records were rejected or suppressed, how unique the restricted records still are, how many
cells are hidden, and the threat model in words, without seeing any value. It holds no count of
any cell: the number of records is the only figure it shares with the marts (and the marts
treat it as published). The intervals an attacker could compute for each hidden cell and the
noise per cell go to a separate audit in the restricted area (``marts_audit``).
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
        "l_diversity_reached": anonymised.l_reached,
        "largest_share_reached": anonymised.max_share_reached,
        "record_risk": anonymised.risk,
        "utility_per_variable": anonymised.utility,
    }


SPLIT = ("cells_suppressed_primary", "cells_suppressed_secondary")


def marts_summary(marts: list[Mart], threshold: int) -> dict[str, Any]:
    """Per mart, how many cells and how many hidden, small and protecting apart (restricted: the
    public report gives only their sum, see ``risk_report``)."""
    return {
        mart.spec.name: {
            "title": mart.spec.title,
            "cell_threshold": threshold,
            "cells": mart.cells,
            "cells_suppressed_primary": mart.primary,
            "cells_suppressed_secondary": mart.secondary,
            "cells_hidden_percent": round(100.0 * (mart.primary + mart.secondary) / max(mart.cells, 1), 1),
            "categories_merged": mart.merged_categories,
            "small_cells_not_protectable": mart.unprotectable,
        }
        for mart in marts
    }


def marts_audit(marts: list[Mart]) -> dict[str, Any]:
    """Restricted: every hidden cell with its true count and the interval an attacker who knows
    every published count exactly can compute (``low``/``high``; ``high`` None = unbounded), and
    per mart the records in hidden cells and the cell-key noise added to the published cells."""
    out: dict[str, Any] = {}
    for mart in marts:
        noise = mart.noise
        out[mart.spec.name] = {
            "hidden_cells": mart.audit,
            "records_in_hidden_cells": mart.records_hidden,
            "published_cells_perturbed": sum(v != 0 for v in noise),
            "mean_noise": round(sum(noise) / len(noise), 3) if noise else 0.0,
            "mean_absolute_noise": round(sum(abs(v) for v in noise) / len(noise), 3) if noise else 0.0,
        }
    return out


def risk_report(
    config: DatasetConfig, validation: dict[str, Any], anonymisation: dict[str, Any], marts: dict[str, Any]
) -> dict[str, Any]:
    """One report per release from the three summaries above."""
    return {
        "dataset": config.dataset,
        "threat_model": {
            "in_words": config.threat_model,
            "quasi_identifiers": [rule.output_name for rule in config.quasi_identifiers],
            "sensitive_columns": {rule.output_name: {"l_diversity": rule.l_diversity, "max_share": rule.max_share}
                                  for rule in config.sensitive_columns},
            "k": config.k,
        },
        "source": validation,
        # Pseudonymised records are personal data (GDPR recital 26): restricted area only.
        "anonymised_records": {"published": False, "max_suppression": config.max_suppression, **anonymisation},
        "suppression": {
            "cell_threshold": config.cell_threshold,
            "method": "secondary suppression verified by mixed-integer programming (HiGHS) over all marts together",
            "protection_lower": config.protection.lower,
            "protection_upper": config.protection.upper,
            "hidden_cells": sum(m["cells_suppressed_primary"] + m["cells_suppressed_secondary"]
                                for m in marts.values()),
            "cells": sum(m["cells"] for m in marts.values()),
            "small_cells_not_protectable": sum(m["small_cells_not_protectable"] for m in marts.values()),
        },
        "perturbation": {
            "method": "cell key (record keys from the pseudonym secret); the number of records is exact",
            "max_deviation": config.cell_key.max_deviation,
            "probabilities": list(config.cell_key.probabilities),
        },
        # How many hidden cells of a mart are small would let an attacker try each way of picking
        # them and drop the ways no table fits: the public report gives only the number hidden.
        "marts": {name: {**{k: v for k, v in mart.items() if k not in SPLIT},
                         "cells_hidden": sum(mart[k] for k in SPLIT)} for name, mart in marts.items()},
    }


def report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
