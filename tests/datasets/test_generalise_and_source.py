"""Date parsing, generalisation ladders, reading exports and reporting malformed records by row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from eval.caserecords import CaseRegister, write_case_register
from redaction.datasets import CaseRecordsError, DatasetConfig, read_case_records, validate_records
from redaction.datasets.generalise import (
    SUPPRESSED,
    age_band,
    duration_band,
    generalise_value,
    normalise_postcode,
    parse_date,
)
from redaction.datasets.source import ROW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-12-2024", date(2024, 12, 31)), ("1/2/2023", date(2023, 2, 1)), ("05.06.1990", date(1990, 6, 5)),
        ("2024-03-09", date(2024, 3, 9)), ("2024-03-09T00:00:00", date(2024, 3, 9)),
        ("9 maart 2024", date(2024, 3, 9)), ("31-02-2024", None), ("2024-13-01", None), ("onbekend", None),
        ("", None), ("12-12-24", None), ("9 marts 2024", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("value", "expected"), [("3311 gr", "3311GR"), ("3311GR", "3311GR"), ("3311", "3311"),
                                                 ("0311 GR", None), ("33111", None), ("", None)])
def test_postcode(value: str, expected: str | None) -> None:
    assert normalise_postcode(value) == expected


def test_age_bands_and_durations() -> None:
    assert [age_band(a, 10) for a in (18, 29, 30, 69, 70, 95)] == ["10-19", "20-29", "30-39", "60-69", "70+", "70+"]
    assert age_band(67, 5) == "65-69"
    assert [duration_band(m, (3, 6, 12)) for m in (0, 3, 11, 12, 40)] == [
        "0-3 maanden", "3-6 maanden", "6-12 maanden", "12 maanden of langer", "12 maanden of langer"]


def test_ladders_climb_to_suppression(config: DatasetConfig) -> None:
    dob = config.columns["geboortedatum"]
    record = {"aankomstdatum": date(2024, 5, 1)}
    born = date(1990, 6, 1)  # 33 at arrival
    assert [generalise_value(dob, level, born, record) for level in range(4)] == ["30-34", "30-39", "20-39", SUPPRESSED]
    postcode = config.columns["postcode"]
    assert [generalise_value(postcode, level, "3316AB", {}) for level in range(3)] == ["3316", "Krispijn", SUPPRESSED]
    assert generalise_value(postcode, 1, "1011AB", {}) == "buiten Dordrecht"
    end = config.columns["einde_begeleiding"]
    start = {"start_begeleiding": date(2024, 1, 15)}
    assert generalise_value(end, 0, date(2024, 8, 1), start) == "6-12 maanden"
    assert generalise_value(end, 0, None, start) == "nog in begeleiding"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_every_malformed_record_is_reported_with_its_row(
    register: CaseRegister, config: DatasetConfig, tmp_path: Path, suffix: str
) -> None:
    path = write_case_register(register, tmp_path / f"register{suffix}")
    raw, issues = read_case_records(path)
    result = validate_records(raw, config, issues)
    assert result.records_read == len(register.frame)
    for problem, rows in register.malformed.items():
        reported = {issue.row for issue in result.issues if issue.problem == problem}
        assert set(rows) <= reported, problem
    # Nothing silently dropped: every record is either valid or rejected with a reason.
    assert len(result.valid) + len(result.rejected_rows) == result.records_read
    assert set(result.rejected_rows) == register.malformed_rows
    assert not set(result.valid[ROW]) & register.malformed_rows
    # Issues are row, column and problem only: never a value of the record.
    values = set(register.frame.astype(str).to_numpy().ravel()) - {""}
    assert not any(value in line for line in result.report_lines() for value in values if len(value) > 4)


def test_row_numbers_are_spreadsheet_rows(register: CaseRegister, config: DatasetConfig, tmp_path: Path) -> None:
    frame = register.frame.head(5).copy()
    frame.loc[3, "aankomstdatum"] = "30-02-2024"  # the fourth record: spreadsheet row 5
    path = tmp_path / "klein.csv"
    frame.to_csv(path, index=False)
    result = validate_records(*read_case_records(path)[:1], config)
    assert [(i.row, i.column, i.problem) for i in result.issues] == [(5, "aankomstdatum", "unparsable_date")]
    assert "rij 5" in result.issues[0].description


def test_csv_record_with_wrong_number_of_fields(register: CaseRegister, config: DatasetConfig, tmp_path: Path) -> None:
    path = tmp_path / "kapot.csv"
    register.frame.head(3).to_csv(path, index=False)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "CL-999999,alleen twee velden")  # becomes spreadsheet row 3
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    raw, issues = read_case_records(path)
    result = validate_records(raw, config, issues)
    assert [(i.row, i.problem) for i in result.issues] == [(3, "wrong_field_count")]
    assert result.records_read == 4 and len(result.valid) == 3


def test_unreadable_exports_are_w701(tmp_path: Path, config: DatasetConfig) -> None:
    with pytest.raises(CaseRecordsError):
        read_case_records(tmp_path / "weg.csv")
    (tmp_path / "x.ods").write_text("x", encoding="utf-8")
    with pytest.raises(CaseRecordsError, match="unknown format"):
        read_case_records(tmp_path / "x.ods")
    pd.DataFrame({"clientnummer": ["CL-1"]}).to_csv(tmp_path / "smal.csv", index=False)
    with pytest.raises(CaseRecordsError, match="missing"):
        validate_records(read_case_records(tmp_path / "smal.csv")[0], config)
