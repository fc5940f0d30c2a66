"""Case records (restricted) -> anonymised records (restricted) -> marts, risk report, dashboard (public).

A thin layer over ``redaction.datasets``: reading, anonymising and suppressing all happen in
the library; these assets decide where files live and what Dagster may know. Metadata and logs
hold counts only: no name, no value, no row content (row numbers of malformed records go to a
report in the restricted area, not to Dagster's database).

Only ``dashboard_marts`` and later assets write to the public area, and ``dashboard_marts``
refuses to write anything that breaks a disclosure rule. The blocking checks on the anonymised
records stop the marts when the records are not safe; the checks on the marts and the dashboard
re-read the published files independently, so a bug in the anonymisation cannot hide itself.
"""

import json
import os
from pathlib import Path

import pandas as pd
from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetExecutionContext,
    ConfigurableResource,
    MaterializeResult,
    MetadataValue,
    asset,
    asset_check,
    define_asset_job,
)

from pipelines.defs.resources import RedactionEngine, StorageAreas
from redaction.datasets import (
    DatasetConfig,
    DisclosureError,
    IdentifierSet,
    PseudonymKey,
    anonymisation_summary,
    anonymise_records,
    build_marts,
    cells_below_threshold,
    identifier_columns,
    identifier_set,
    load_config,
    marts_audit,
    marts_summary,
    read_case_records,
    read_published_tables,
    render_dashboard,
    report_json,
    risk_report,
    scan_files,
    smallest_class,
    validate_records,
    validation_summary,
    write_marts,
)
from redaction.datasets.kanonymity import diversity
from redaction.datasets.marts import DUCKDB_FILE, Mart
from redaction.datasets.pseudonym import KEY_ENV
from redaction.datasets.source import ROW

GROUP = "datasets"
RESTRICTED = "datasets"  # folder in the restricted area
PUBLIC = "datasets"  # folder in the public area
RAW_FILE = "case_records_raw.parquet"
VALID_FILE = "case_records_valid.parquet"
ISSUES_FILE = "case_records_issues.csv"
VALIDATION_FILE = "case_records_validation.json"
ANONYMISED_FILE = "case_records_anonymised.parquet"
ANONYMISATION_FILE = "case_records_anonymisation.json"
MARTS_FILE = "marts_suppression.json"
AUDIT_FILE = "marts_audit.json"  # restricted: true counts and attacker intervals of hidden cells
REPORT_FILE = "disclosure_risk_report.json"
DASHBOARD_FILE = "dashboard.html"


class CaseRecordsSource(ConfigurableResource):
    """Where the client-register export is (CSV, XLSX or Parquet) and which anonymisation config
    applies (default: the shipped ``redaction/datasets/case_records.yaml``)."""

    path: str = "var/restricted/caserecords/register.csv"
    config_path: str | None = None

    def config(self) -> DatasetConfig:
        return load_config(self.config_path)


class PseudonymSecret(ConfigurableResource):
    """The pseudonym key, read from the environment at run time: only the variable's *name* is
    configuration, so the secret never enters run config, the UI or the event log.

    ``allow_demo_key`` lets ``make demo`` run without a secret, with the demo key that is in the
    source code: fine for synthetic data, and the risk report says it was used. The composition
    root sets it from ``WOO_ALLOW_DEMO_KEY=1``; without it the demo key is refused in any variable.
    """

    env_var: str = KEY_ENV
    allow_demo_key: bool = False

    def get(self) -> PseudonymKey:
        if not os.environ.get(self.env_var) and self.allow_demo_key:
            return PseudonymKey.demo(allow_demo=True)
        return PseudonymKey.from_env(self.env_var, allow_demo=self.allow_demo_key)


def _restricted(areas: StorageAreas) -> Path:
    return areas.restricted_path(RESTRICTED)


def _public(areas: StorageAreas) -> Path:
    return areas.public_path(PUBLIC)


def _counts(values: dict[str, int]) -> dict[str, MetadataValue]:
    return {key: MetadataValue.int(int(value)) for key, value in values.items()}


@asset(group_name=GROUP)
def raw_case_records(
    context: AssetExecutionContext, source: CaseRecordsSource, areas: StorageAreas
) -> MaterializeResult:
    """The client-register export, copied into the restricted area and validated: malformed
    records are listed with their row number (restricted report) and kept out of what follows."""
    config = source.config()
    raw, issues = read_case_records(source.path)
    validation = validate_records(raw, config, issues)
    out = _restricted(areas)
    raw.astype(str).to_parquet(out / RAW_FILE, index=False)
    valid = raw[raw[ROW].isin(validation.valid[ROW])]
    valid.astype(str).to_parquet(out / VALID_FILE, index=False)
    pd.DataFrame([(i.row, i.column, i.problem, i.description) for i in validation.issues],
                 columns=["rij", "kolom", "probleem", "omschrijving"]).to_csv(out / ISSUES_FILE, index=False)
    summary = validation_summary(validation)
    (out / VALIDATION_FILE).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    context.log.info(f"read {summary['records_read']} records, rejected {summary['records_rejected']}")
    return MaterializeResult(metadata=_counts({**{k: v for k, v in summary.items() if k != "rejected_by_problem"},
                                               **summary["rejected_by_problem"]}))


@asset(group_name=GROUP, deps=[raw_case_records])
def anonymised_case_records(
    context: AssetExecutionContext,
    source: CaseRecordsSource,
    areas: StorageAreas,
    pseudonym_key: PseudonymSecret,
    engine: RedactionEngine,
) -> MaterializeResult:
    """Valid records with direct identifiers dropped or pseudonymised (keyed HMAC), quasi-identifiers
    generalised until k-anonymity holds, notes redacted by the Woo engine. Restricted: pseudonymised
    data are still personal data; only the marts built from them are published."""
    config = source.config()
    folder = _restricted(areas)
    valid = pd.read_parquet(folder / VALID_FILE)
    validation = validate_records(valid, config)
    key = pseudonym_key.get()
    if key.is_demo:
        context.log.warning("pseudonyms made with the DEMO key: fine for synthetic data only")
    # The engine loads a language pipeline: only when a column is actually configured as free text.
    needs_engine = any(rule.action == "redact" for rule in config.columns.values())
    result = anonymise_records(validation.valid, config, key, engine.get() if needs_engine else None)
    result.frame.to_parquet(folder / ANONYMISED_FILE, index=False)
    summary = anonymisation_summary(result, demo_key=key.is_demo)
    (folder / ANONYMISATION_FILE).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    context.log.info(f"anonymised {len(result.frame)} records, suppressed {result.records_suppressed}")
    return MaterializeResult(metadata=_counts({
        "records_in": result.records_in, "records_suppressed": result.records_suppressed,
        "records_out": len(result.frame), "k_required": result.k_required, "k_reached": result.k_reached,
        "notes_redacted": result.notes_redacted,
    }))


def _identifiers(source: CaseRecordsSource, areas: StorageAreas) -> IdentifierSet:
    return identifier_set(pd.read_parquet(_restricted(areas) / RAW_FILE), source.config())


@asset_check(asset=anonymised_case_records, blocking=True)
def anonymised_records_have_no_identifier_column(source: CaseRecordsSource, areas: StorageAreas) -> AssetCheckResult:
    """No column of the anonymised records is a direct identifier (name, e-mail, phone, BSN, id)."""
    columns = pd.read_parquet(_restricted(areas) / ANONYMISED_FILE).columns
    found = identifier_columns(columns, source.config())
    return AssetCheckResult(passed=not found, severity=AssetCheckSeverity.ERROR,
                            metadata={"identifier_columns": MetadataValue.int(len(found))})


@asset_check(asset=anonymised_case_records, blocking=True)
def anonymised_records_contain_no_identifier_value(
    source: CaseRecordsSource, areas: StorageAreas
) -> AssetCheckResult:
    """No value of a direct identifier of the export (all records, rejected ones too) occurs
    anywhere in the anonymised records, redacted notes included."""
    hits = scan_files([_restricted(areas) / ANONYMISED_FILE], _identifiers(source, areas))
    total = sum(hits.values())
    return AssetCheckResult(passed=total == 0, severity=AssetCheckSeverity.ERROR,
                            metadata={"identifier_values_found": MetadataValue.int(total)})


@asset_check(asset=anonymised_case_records, blocking=True)
def anonymised_records_are_k_anonymous(source: CaseRecordsSource, areas: StorageAreas) -> AssetCheckResult:
    """Every combination of quasi-identifier values is shared by at least k records."""
    config = source.config()
    frame = pd.read_parquet(_restricted(areas) / ANONYMISED_FILE)
    columns = [rule.output_name for rule in config.quasi_identifiers]
    k_reached = smallest_class(frame, columns)
    return AssetCheckResult(passed=frame.empty or k_reached >= config.k, severity=AssetCheckSeverity.ERROR,
                            metadata={"k_required": MetadataValue.int(config.k),
                                      "k_reached": MetadataValue.int(k_reached),
                                      "records": MetadataValue.int(len(frame))})


@asset_check(asset=anonymised_case_records, blocking=True)
def anonymised_records_are_l_diverse(source: CaseRecordsSource, areas: StorageAreas) -> AssetCheckResult:
    """Every class of quasi-identifiers holds enough different values of each sensitive column
    (outcome, duration) and no value makes up more than the configured share of it."""
    config = source.config()
    frame = pd.read_parquet(_restricted(areas) / ANONYMISED_FILE)
    columns = [rule.output_name for rule in config.quasi_identifiers]
    failing = 0
    if not frame.empty:
        classes = frame.groupby(columns, dropna=False, sort=False).ngroup() if columns else \
            pd.Series(0, index=frame.index)
        for rule in config.sensitive_columns:
            distinct, share = diversity(classes, frame[rule.output_name].astype(str))
            failing += int(((distinct < rule.l_diversity) | (share > rule.max_share + 1e-12)).sum())
    return AssetCheckResult(passed=failing == 0, severity=AssetCheckSeverity.ERROR,
                            metadata={"records_in_classes_not_diverse": MetadataValue.int(failing)})


def assert_publishable(marts: list[Mart], config: DatasetConfig) -> None:
    """The last gate before the public area: nothing is written if any cell breaks the rules."""
    bad = sum(cells_below_threshold(mart.table, config.cell_threshold) for mart in marts)
    columns = sum(len(identifier_columns(mart.table.columns, config)) for mart in marts)
    if bad or columns:
        raise DisclosureError(f"{bad} cells below the threshold and {columns} identifier columns in the marts")


@asset(group_name=GROUP, deps=[anonymised_case_records])
def dashboard_marts(
    context: AssetExecutionContext, source: CaseRecordsSource, areas: StorageAreas
) -> MaterializeResult:
    """Counts for the dashboards (arrivals per month, support duration, outcomes, nationalities,
    cross tables) with small cells and the cells that would reveal them suppressed, verified by
    a solver over all marts together, and cell-key noise on the published counts: one Parquet
    file per mart and a DuckDB database, in the public area. Each hidden cell's attacker interval
    goes to an audit in the restricted area."""
    config = source.config()
    records = pd.read_parquet(_restricted(areas) / ANONYMISED_FILE)
    marts = build_marts(records, config)
    assert_publishable(marts, config)
    write_marts(marts, _public(areas))
    summary = marts_summary(marts, config.cell_threshold)
    (_restricted(areas) / MARTS_FILE).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    (_restricted(areas) / AUDIT_FILE).write_text(
        json.dumps(marts_audit(marts), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    counts = {"marts": len(marts), "cells": sum(m.cells for m in marts),
              "cells_suppressed_primary": sum(m.primary for m in marts),
              "cells_suppressed_secondary": sum(m.secondary for m in marts),
              "small_cells_not_protectable": sum(m.unprotectable for m in marts)}
    context.log.info(f"published {counts['marts']} marts, {counts['cells_suppressed_primary']} small cells hidden")
    return MaterializeResult(metadata=_counts(counts))


def _published_marts(areas: StorageAreas) -> list[Path]:
    folder = _public(areas)
    return sorted(folder.glob("*.parquet")) + sorted(folder.glob(DUCKDB_FILE))


@asset_check(asset=dashboard_marts, blocking=True)
def marts_have_no_cell_below_threshold(source: CaseRecordsSource, areas: StorageAreas) -> AssetCheckResult:
    """Read back from the public area: no published count between 1 and the threshold, no
    identifier column."""
    config = source.config()
    tables = read_published_tables(_public(areas))
    bad = sum(cells_below_threshold(table, config.cell_threshold) for table in tables.values())
    columns = sum(len(identifier_columns(table.columns, config)) for table in tables.values())
    return AssetCheckResult(passed=bad == 0 and columns == 0 and len(tables) == len(config.marts),
                            severity=AssetCheckSeverity.ERROR,
                            metadata={"cells_below_threshold": MetadataValue.int(bad),
                                      "identifier_columns": MetadataValue.int(columns),
                                      "tables": MetadataValue.int(len(tables))})


@asset_check(asset=dashboard_marts, blocking=True)
def marts_contain_no_identifier_value(source: CaseRecordsSource, areas: StorageAreas) -> AssetCheckResult:
    """No value of a direct identifier in any published Parquet file or the DuckDB database."""
    hits = scan_files(_published_marts(areas), _identifiers(source, areas))
    return AssetCheckResult(passed=sum(hits.values()) == 0, severity=AssetCheckSeverity.ERROR,
                            metadata={"identifier_values_found": MetadataValue.int(sum(hits.values())),
                                      "files_scanned": MetadataValue.int(len(hits))})


@asset(group_name=GROUP, deps=[dashboard_marts])
def disclosure_risk_report(source: CaseRecordsSource, areas: StorageAreas) -> MaterializeResult:
    """Per release: threat model, records read, rejected and suppressed, k and l reached, record
    uniqueness and expected re-identifications, utility lost per variable and its bias, cells
    hidden (public, counts only; the per-cell audit stays restricted)."""
    config = source.config()
    restricted = _restricted(areas)
    validation = json.loads((restricted / VALIDATION_FILE).read_text(encoding="utf-8"))
    anonymisation = json.loads((restricted / ANONYMISATION_FILE).read_text(encoding="utf-8"))
    marts = json.loads((restricted / MARTS_FILE).read_text(encoding="utf-8"))
    report = risk_report(config, validation, anonymisation, marts)
    (_public(areas) / REPORT_FILE).write_text(report_json(report), encoding="utf-8")
    return MaterializeResult(metadata=_counts({
        "k_reached": anonymisation["k_reached"], "records_suppressed": anonymisation["records_suppressed"],
        "records_rejected": validation["records_rejected"],
        "cells_suppressed": sum(m["cells_suppressed_primary"] + m["cells_suppressed_secondary"]
                                for m in marts.values()),
    }))


@asset(group_name=GROUP, deps=[disclosure_risk_report])
def dashboard(context: AssetExecutionContext, source: CaseRecordsSource, areas: StorageAreas) -> MaterializeResult:
    """A static HTML page with a chart per mart (plotly inlined: opens from file:// without internet)."""
    config = source.config()
    public = _public(areas)
    report = json.loads((public / REPORT_FILE).read_text(encoding="utf-8"))
    page = render_dashboard(read_published_tables(public), config, report)
    partial = public / (DASHBOARD_FILE + ".partial")
    partial.write_text(page, encoding="utf-8")
    partial.replace(public / DASHBOARD_FILE)
    context.log.info(f"dashboard with {len(config.marts)} charts written to the public area")
    return MaterializeResult(metadata={"charts": MetadataValue.int(len(config.marts)),
                                       "bytes": MetadataValue.int(len(page.encode("utf-8")))})


@asset_check(asset=dashboard, blocking=True)
def dashboard_contains_no_identifier_value(source: CaseRecordsSource, areas: StorageAreas) -> AssetCheckResult:
    """No value of a direct identifier in the dashboard page or the risk report."""
    public = _public(areas)
    hits = scan_files([public / DASHBOARD_FILE, public / REPORT_FILE], _identifiers(source, areas))
    return AssetCheckResult(passed=sum(hits.values()) == 0, severity=AssetCheckSeverity.ERROR,
                            metadata={"identifier_values_found": MetadataValue.int(sum(hits.values()))})


DATASET_ASSETS = [raw_case_records, anonymised_case_records, dashboard_marts, disclosure_risk_report, dashboard]
DATASET_CHECKS = [
    anonymised_records_have_no_identifier_column,
    anonymised_records_contain_no_identifier_value,
    anonymised_records_are_k_anonymous,
    anonymised_records_are_l_diverse,
    marts_have_no_cell_below_threshold,
    marts_contain_no_identifier_value,
    dashboard_contains_no_identifier_value,
]
case_records_job = define_asset_job("case_records_job", selection=DATASET_ASSETS)


def dataset_resources(
    register: str = "var/restricted/caserecords/register.csv", *, allow_demo_key: bool = False
) -> dict[str, ConfigurableResource]:
    """The resources the dataset assets need besides ``engine`` and ``areas`` (already in the root)."""
    return {"source": CaseRecordsSource(path=register), "pseudonym_key": PseudonymSecret(allow_demo_key=allow_demo_key)}
