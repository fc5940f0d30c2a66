"""A solver attacks the published marts of the demo register (the data `make demo` publishes).

Issue 18: on the line-by-line suppression a row with one hidden cell gave it away through its
row total, and with that a column total gave away the small cell next to it (exactly 4). The
first test replays that on the old suppression; the second attacks what is published now.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from eval.caserecords import generate_case_register
from redaction.datasets import (
    DatasetConfig,
    PseudonymKey,
    anonymisation_summary,
    anonymise_records,
    build_marts,
    marts_audit,
    marts_summary,
    read_published_tables,
    report_json,
    risk_report,
    validate_records,
    validation_summary,
    write_marts,
)
from tests.datasets.attacker import MartShape, attack, breaches, shapes_from_config, true_counts
from tests.datasets.conftest import NoFindings
from tests.datasets.legacy_suppression import suppress_cells as legacy_suppress_cells

TOTAL = "Totaal"


@pytest.fixture(scope="module")
def demo(config: DatasetConfig, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The register `make demo` generates (5,000 clients, default seed), anonymised and published."""
    register = generate_case_register(5000)
    valid = validate_records(register.frame, config).valid
    anonymised = anonymise_records(valid, config, PseudonymKey.demo(allow_demo=True), NoFindings())
    folder = tmp_path_factory.mktemp("demo_public")
    marts = build_marts(anonymised.frame, config)
    write_marts(marts, folder)
    report = risk_report(config, validation_summary(validate_records(register.frame, config)),
                         anonymisation_summary(anonymised, demo_key=True), marts_summary(marts, config.cell_threshold))
    return {"records": anonymised.frame, "tables": read_published_tables(folder), "folder": folder, "marts": marts,
            "report": report}


def _legacy_cross_table(records: pd.DataFrame, rows: str, columns: str, threshold: int) -> pd.DataFrame:
    """The outcome-by-age mart as the old code published it (hidden = empty count)."""
    crosstab = pd.crosstab(records[rows].astype(str), records[columns].astype(str))
    row_labels, col_labels = list(crosstab.index), list(crosstab.columns)
    counts: dict[tuple[str, str], int] = {(r, c): int(crosstab.at[r, c]) for r in row_labels for c in col_labels}
    for r in row_labels:
        counts[(r, TOTAL)] = sum(counts[(r, c)] for c in col_labels)
    for c in col_labels:
        counts[(TOTAL, c)] = sum(counts[(r, c)] for r in row_labels)
    counts[(TOTAL, TOTAL)] = len(records)
    lines = [((r, TOTAL), tuple((r, c) for c in col_labels)) for r in row_labels]
    lines += [((TOTAL, c), tuple((r, c) for r in row_labels)) for c in col_labels]
    lines.append(((TOTAL, TOTAL), tuple((r, TOTAL) for r in row_labels)))
    lines.append(((TOTAL, TOTAL), tuple((TOTAL, c) for c in col_labels)))
    status = legacy_suppress_cells(counts, lines, threshold).status
    return pd.DataFrame([{rows: r, columns: c, "aantal": None if status[(r, c)] != "published" else counts[(r, c)]}
                         for (r, c) in counts])


def test_the_old_suppression_gives_a_small_cell_away_exactly(demo: dict, config: DatasetConfig) -> None:
    shape = MartShape("uitkomst_per_leeftijdsgroep", ("leeftijdsgroep", "uitkomst"))
    table = _legacy_cross_table(demo["records"], *shape.variables, config.cell_threshold)
    intervals = attack({shape.name: table}, [shape], len(demo["records"]))
    truth = true_counts(demo["records"], shape, table)
    exact = {key[1]: low for key, (low, high) in intervals.items() if high - low < 0.5}
    small = {labels: truth[labels] for labels in exact if truth[labels] < config.cell_threshold}
    # The finding, reproduced: every hidden cell of the mart is pinned down, a "<5" among them.
    assert len(exact) == len(intervals) >= 3
    assert small and all(exact[labels] == value for labels, value in small.items())


def _levels(config: DatasetConfig) -> tuple[int, int, int]:
    protection = getattr(config, "protection", None)
    lower = getattr(protection, "lower", 1)
    upper = getattr(protection, "upper", 1)
    noise = getattr(getattr(config, "cell_key", None), "max_deviation", 0)
    return lower, upper, noise


def test_the_demo_marts_withstand_the_solver(demo: dict, config: DatasetConfig) -> None:
    lower, upper, noise = _levels(config)
    shapes = shapes_from_config(config)
    intervals = attack(demo["tables"], shapes, len(demo["records"]), noise=noise)
    truth = {(shape.name, labels): value for shape in shapes
             for labels, value in true_counts(demo["records"], shape, demo["tables"][shape.name]).items()}
    found = breaches(intervals, truth, config.cell_threshold, lower, upper)
    assert intervals, "the demo publishes hidden cells, so the attack is not vacuous"
    assert not found, f"{len(found)} hidden small cells narrowed below their protection: {found[:3]}"


def test_one_mark_for_every_hidden_cell(demo: dict) -> None:
    marks = {str(shown) for table in demo["tables"].values() for shown in table.loc[table["aantal"].isna(), "weergave"]}
    assert len(marks) == 1


def test_the_attack_sees_no_more_than_the_public_folder(demo: dict) -> None:
    # The attacker's input is exactly the public files: no audit, no records.
    assert {p.suffix for p in Path(demo["folder"]).iterdir()} <= {".parquet", ".duckdb"}


def test_the_risk_report_shows_the_figures(demo: dict, config: DatasetConfig) -> None:
    report = demo["report"]
    records = report["anonymised_records"]
    scenarios = {tuple(s["columns"]): s for s in records["record_risk"]}
    # The figure: arrival month plus interpreter language single out most restricted records.
    quasi_names = tuple(report["threat_model"]["quasi_identifiers"])
    month_language = scenarios[(*quasi_names, "aankomstmaand", "tolk")]
    assert month_language["unique_records"] > len(demo["records"]) // 3
    assert month_language["expected_reidentifications"] >= month_language["unique_records"]
    quasi = scenarios[tuple(report["threat_model"]["quasi_identifiers"])]
    assert quasi["unique_records"] == 0 and quasi["records_below_k"] == 0
    assert quasi["highest_record_risk"] <= 1 / config.k
    assert records["l_diversity_reached"] == {"begeleidingsduur": 2, "uitkomst": 2} or \
        min(records["l_diversity_reached"].values()) >= 2
    utility = records["utility_per_variable"]
    assert {"leeftijdsgroep", "nationaliteit", "uitkomst", "begeleidingsduur"} <= set(utility)
    assert all({"distance_points", "p_value", "biased", "categories_in_source"} <= set(v) for v in utility.values())
    assert report["threat_model"]["in_words"] and report["suppression"]["small_cells_not_protectable"] == 0
    assert report["suppression"]["hidden_cells"] == sum(m.primary + m.secondary for m in demo["marts"])


def test_intervals_go_to_the_restricted_audit_only(demo: dict, config: DatasetConfig) -> None:
    audit = marts_audit(demo["marts"])
    hidden = [cell for mart in audit.values() for cell in mart["hidden_cells"]]
    assert hidden and all(cell["protected"] for cell in hidden)
    lower, upper = config.protection.lower, config.protection.upper
    for cell in (c for c in hidden if c["value"] < config.cell_threshold):
        assert cell["low"] <= max(0, cell["value"] - lower) and cell["high"] >= cell["value"] + upper
    public = report_json(demo["report"])
    assert '"low"' not in public and '"high"' not in public and "hidden_cells\": [" not in public
    # Nor how many hidden cells of a mart are small: one mark, and no count that tells them apart.
    assert "cells_suppressed_primary" not in public and "cells_suppressed_secondary" not in public
    assert all(m["cells_hidden"] == sum(c["status"] != "published" for c in audit[n]["hidden_cells"])
               for n, m in demo["report"]["marts"].items())
