"""Anonymised datasets from case records: pseudonymise, generalise, k-anonymity, small cells.

The path: ``read_case_records`` -> ``validate_records`` (malformed records out, with row numbers)
-> ``anonymise_records`` (per-column YAML config, keyed pseudonyms, k-anonymity and l-diversity,
notes redacted by the Woo engine) -> ``build_marts`` (counts; suppression verified by a solver
over all marts together, cell-key noise) -> ``write_marts`` (Parquet + DuckDB) -> ``risk_report``
and ``render_dashboard``. ``leaks`` checks the published files against the raw identifiers,
independently of all of the above.
A plain library: the Dagster assets in ``pipelines/defs/datasets.py`` only call it.
"""

from redaction.datasets.anonymise import AnonymisedRecords, anonymise_records, redact_notes
from redaction.datasets.cellkey import PerturbationTable
from redaction.datasets.cells import CellSystem, Protection, ProtectionLevels, feasible_intervals, protect
from redaction.datasets.config import ColumnRule, DatasetConfig, MartSpec, load_config, parse_config
from redaction.datasets.dashboard import render_dashboard
from redaction.datasets.errors import (
    CaseRecordsError,
    DatasetConfigError,
    DisclosureError,
    PseudonymKeyError,
    TextRedactionError,
)
from redaction.datasets.kanonymity import KAnonymityResult, enforce_k_anonymity, smallest_class
from redaction.datasets.leaks import IdentifierSet, count_hits, identifier_columns, identifier_set, scan_files
from redaction.datasets.marts import Mart, build_marts, cells_below_threshold, read_published_tables, write_marts
from redaction.datasets.pseudonym import DEMO_KEY, KEY_ENV, PseudonymKey
from redaction.datasets.report import (
    anonymisation_summary,
    marts_audit,
    marts_summary,
    report_json,
    risk_report,
    validation_summary,
)
from redaction.datasets.source import ROW, RecordIssue, ValidationResult, read_case_records, validate_records

__all__ = [
    "DEMO_KEY",
    "KEY_ENV",
    "ROW",
    "AnonymisedRecords",
    "CaseRecordsError",
    "CellSystem",
    "ColumnRule",
    "DatasetConfig",
    "DatasetConfigError",
    "DisclosureError",
    "IdentifierSet",
    "KAnonymityResult",
    "Mart",
    "MartSpec",
    "PerturbationTable",
    "Protection",
    "ProtectionLevels",
    "PseudonymKey",
    "PseudonymKeyError",
    "RecordIssue",
    "TextRedactionError",
    "ValidationResult",
    "anonymisation_summary",
    "anonymise_records",
    "build_marts",
    "cells_below_threshold",
    "count_hits",
    "enforce_k_anonymity",
    "feasible_intervals",
    "identifier_columns",
    "identifier_set",
    "load_config",
    "marts_audit",
    "marts_summary",
    "parse_config",
    "protect",
    "read_case_records",
    "read_published_tables",
    "redact_notes",
    "render_dashboard",
    "report_json",
    "risk_report",
    "scan_files",
    "smallest_class",
    "validate_records",
    "validation_summary",
    "write_marts",
]
