"""Case-record exports (CSV, XLSX, Parquet) -> a table of strings with row numbers -> validated records.

Malformed records are never dropped silently: each problem becomes a ``RecordIssue`` with the
row number and the column, and the record is kept out of everything downstream. Row numbers are
spreadsheet rows (the header is row 1, the first record row 2) for every format, because that is
where a case worker looks when told to fix "row 17". Issues carry no cell values.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from redaction.datasets.config import DatasetConfig
from redaction.datasets.errors import CaseRecordsError
from redaction.datasets.generalise import normalise_postcode, parse_date

ROW = "__rij__"  # the spreadsheet row number travels with every record until it is anonymised
FIRST_RECORD_ROW = 2
FORMATS: tuple[str, ...] = (".csv", ".xlsx", ".parquet")

# Stable problem codes (English, for scripts) with the Dutch text a case worker reads.
PROBLEMS: dict[str, str] = {
    "missing_value": "verplichte waarde ontbreekt",
    "wrong_field_count": "aantal velden klopt niet met de kopregel",
    "unparsable_date": "datum onleesbaar",
    "unparsable_postcode": "postcode onleesbaar",
    "date_order": "einde begeleiding ligt voor de start",
    "duplicate_id": "clientnummer komt vaker voor",
}


@dataclass(frozen=True, slots=True, order=True)
class RecordIssue:
    """One problem with one record: where it is and what is wrong, never what the value was."""

    row: int
    column: str
    problem: str

    @property
    def description(self) -> str:
        return f"rij {self.row}, kolom {self.column}: {PROBLEMS.get(self.problem, self.problem)}"


@dataclass
class ValidationResult:
    """Records fit for anonymisation plus every issue found; ``rejected_rows`` + ``len(valid)``
    is always the number of records read."""

    valid: pd.DataFrame
    issues: list[RecordIssue] = field(default_factory=list)
    records_read: int = 0

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({issue.row for issue in self.issues})

    def counts_by_problem(self) -> dict[str, int]:
        counts = Counter(issue.problem for issue in self.issues)
        return {problem: counts.get(problem, 0) for problem in PROBLEMS}

    def report_lines(self) -> list[str]:
        return [issue.description for issue in sorted(self.issues)]


def _read_csv(path: Path) -> tuple[pd.DataFrame, list[RecordIssue]]:
    """The csv module, not pandas: a record with too few or too many fields must be reported with
    its row number, which pandas would either pad silently or fail on as a whole."""
    issues: list[RecordIssue] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if not header:
            raise CaseRecordsError(f"{path} is empty")
        header = [name.strip() for name in header]
        rows: list[list[str]] = []
        numbers: list[int] = []
        for number, fields in enumerate(reader, start=FIRST_RECORD_ROW):
            if not any(value.strip() for value in fields):
                continue  # a blank line is not a record
            if len(fields) != len(header):
                issues.append(RecordIssue(number, "*", "wrong_field_count"))
                continue
            rows.append(fields)
            numbers.append(number)
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame[ROW] = numbers
    return frame, issues


def _as_strings(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype(object).where(frame.notna(), "")
    for column in frame.columns:
        frame[column] = frame[column].map(lambda v: v.date().isoformat() if isinstance(v, pd.Timestamp) else str(v))
    return frame


def read_case_records(path: str | Path) -> tuple[pd.DataFrame, list[RecordIssue]]:
    """Every record of an export as strings, with its row number in column ``ROW``, plus the
    records that could not even be split into fields."""
    path = Path(path)
    if not path.is_file():
        raise CaseRecordsError(f"{path} is not a file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _read_csv(path)
        if suffix == ".xlsx":
            frame = _as_strings(pd.read_excel(path, dtype=object, engine="openpyxl"))
        elif suffix == ".parquet":
            frame = _as_strings(pd.read_parquet(path))
        else:
            raise CaseRecordsError(f"{path}: unknown format; use one of {', '.join(FORMATS)}")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise CaseRecordsError(f"{path} cannot be read: {type(exc).__name__}") from None
    frame.columns = [str(name).strip() for name in frame.columns]
    frame[ROW] = range(FIRST_RECORD_ROW, FIRST_RECORD_ROW + len(frame))
    return frame, []


def check_columns(columns: list[str], config: DatasetConfig) -> None:
    """The export must have exactly the configured columns: a missing one breaks the anonymisation,
    an extra one would otherwise pass unreviewed."""
    present = [c for c in columns if c != ROW]
    missing = [c for c in config.columns if c not in present]
    extra = [c for c in present if c not in config.columns]
    if missing:
        raise CaseRecordsError(f"columns missing from the export: {', '.join(missing)}")
    if extra:
        raise CaseRecordsError(f"columns not in the anonymisation config: {', '.join(extra)}")


def validate_records(
    frame: pd.DataFrame, config: DatasetConfig, issues: list[RecordIssue] | None = None
) -> ValidationResult:
    """Parse dates and postcodes, check required values and unique ids; return the good records
    (dates as ``datetime.date``, postcodes normalised) and every issue with its row number."""
    check_columns(list(frame.columns), config)
    issues = list(issues or [])
    records_read = len(frame) + len({i.row for i in issues})
    if ROW not in frame.columns:
        frame = frame.assign(**{ROW: range(FIRST_RECORD_ROW, FIRST_RECORD_ROW + len(frame))})
    frame = frame.astype(object).where(frame.notna(), "")
    parsed: dict[str, list[object]] = {name: [] for name in frame.columns}
    bad_rows: set[int] = set()
    for record in frame.to_dict("records"):
        row = int(record[ROW])
        problems: list[RecordIssue] = []
        values: dict[str, object] = {}
        for name, rule in config.columns.items():
            raw = str(record[name]).strip()
            if not raw:
                if rule.required:
                    problems.append(RecordIssue(row, name, "missing_value"))
                values[name] = None
                continue
            if rule.type == "date":
                values[name] = parse_date(raw)
                if values[name] is None:
                    problems.append(RecordIssue(row, name, "unparsable_date"))
            elif rule.type == "postcode":
                values[name] = normalise_postcode(raw)
                if values[name] is None:
                    problems.append(RecordIssue(row, name, "unparsable_postcode"))
            else:
                values[name] = raw
        for rule in config.columns.values():
            for level in rule.levels:
                kind, _, start_column = level.partition(":")
                start, end = values.get(start_column), values.get(rule.name)
                if kind == "duration" and isinstance(start, date) and isinstance(end, date) and end < start:
                    problems.append(RecordIssue(row, rule.name, "date_order"))
        issues.extend(problems)
        if problems:
            bad_rows.add(row)
        values[ROW] = row
        for name in parsed:
            parsed[name].append(values.get(name, record.get(name)))
    result = pd.DataFrame(parsed, columns=list(frame.columns), dtype=object)
    # Duplicate ids: every copy is out, because which of them is right cannot be known here.
    ids = result[config.record_id].map(lambda v: " ".join(str(v).split()).casefold() if v else "")
    duplicated = ids.ne("") & ids.duplicated(keep=False)
    for row in result.loc[duplicated, ROW]:
        issues.append(RecordIssue(int(row), config.record_id, "duplicate_id"))
        bad_rows.add(int(row))
    valid = result[~result[ROW].isin(bad_rows)].reset_index(drop=True)
    return ValidationResult(valid=valid, issues=sorted(issues), records_read=records_read)
