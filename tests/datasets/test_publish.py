"""The whole library path on a 600-client register: marts, DuckDB, risk report, leak scanner."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from eval.caserecords import CaseRegister
from redaction.datasets import (
    DatasetConfig,
    PseudonymKey,
    anonymise_records,
    cells_below_threshold,
    count_hits,
    identifier_columns,
    identifier_set,
    read_published_tables,
    scan_files,
    validate_records,
)
from redaction.datasets.marts import DUCKDB_FILE, TOTAL
from tests.datasets.conftest import NoFindings, publish_register


@pytest.fixture(scope="module")
def published(register: CaseRegister, config: DatasetConfig, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return publish_register(register, config, tmp_path_factory.mktemp("public"))


def test_marts_are_published_as_parquet_and_duckdb(published: dict, config: DatasetConfig) -> None:
    folder: Path = published["folder"]
    assert {p.stem for p in folder.glob("*.parquet")} == {spec.name for spec in config.marts}
    with duckdb.connect(str(folder / DUCKDB_FILE), read_only=True) as connection:
        tables = {row[0] for row in connection.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert tables == {spec.name for spec in config.marts}
        total = connection.execute(
            "SELECT aantal FROM aankomsten_per_maand WHERE aankomstmaand = 'Totaal'").fetchone()[0]
    assert total == len(published["anonymised"].frame)


def test_no_published_cell_below_threshold(published: dict, config: DatasetConfig) -> None:
    tables = read_published_tables(published["folder"])
    assert all(cells_below_threshold(table, config.cell_threshold) == 0 for table in tables.values())
    assert not any(identifier_columns(table.columns, config) for table in tables.values())
    # The demo data do have small cells, so suppression is exercised, not vacuous.
    assert sum(mart.primary for mart in published["marts"]) > 0
    assert sum(mart.secondary for mart in published["marts"]) > 0


def test_published_counts_are_the_counts_of_the_anonymised_records_within_the_noise(
    published: dict, config: DatasetConfig
) -> None:
    table = read_published_tables(published["folder"])["uitkomsten"]
    shown = table[(table["uitkomst"] != TOTAL) & table["aantal"].notna()]
    hidden = table[(table["uitkomst"] != TOTAL) & table["aantal"].isna()]
    expected = published["anonymised"].frame["uitkomst"].value_counts()
    deviations = [int(row["aantal"]) - int(expected[row["uitkomst"]]) for _, row in shown.iterrows()]
    assert all(abs(d) <= config.cell_key.max_deviation for d in deviations)
    assert len(hidden) + len(shown) == len(expected)
    # The number of records is exact: the risk report prints it too.
    assert int(table.loc[table["uitkomst"] == TOTAL, "aantal"].iloc[0]) == len(published["anonymised"].frame)


def test_risk_report_counts(published: dict, register: CaseRegister) -> None:
    report = published["report"]
    source, records = report["source"], report["anonymised_records"]
    assert source["records_read"] == len(register.frame)
    assert source["records_rejected"] == len(register.malformed_rows)
    assert records["records_in"] == records["records_out"] + records["records_suppressed"]
    assert records["k_reached"] >= records["k_required"] and records["published"] is False
    assert records["pseudonym_key"].startswith("demo")


def test_no_identifier_value_anywhere_in_the_published_files(
    published: dict, register: CaseRegister, config: DatasetConfig
) -> None:
    identifiers = identifier_set(register.frame, config)
    assert len(identifiers) > len(register.frame)  # names, e-mail, phone, BSN, ids of every record
    hits = scan_files(sorted(published["folder"].iterdir()), identifiers)
    assert len(hits) == len(config.marts) + 2 and sum(hits.values()) == 0


def test_the_leak_scanner_finds_planted_identifiers(register: CaseRegister, config: DatasetConfig,
                                                    tmp_path: Path) -> None:
    identifiers = identifier_set(register.frame, config)
    person = register.frame.iloc[7]
    bsn = person["bsn"]
    dotted = f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    assert count_hits(f"Notitie over {person['naam'].upper()} gisteren", identifiers) >= 1
    assert count_hits(f"BSN {dotted}", identifiers) == 1
    assert count_hits("Notitie over niemand in het bijzonder", identifiers) == 0
    pd.DataFrame({"x": [f"mail {person['email']}"]}).to_parquet(tmp_path / "lek.parquet")
    with duckdb.connect(str(tmp_path / "lek.duckdb")) as connection:
        connection.execute("CREATE TABLE t (v VARCHAR)")
        connection.execute("INSERT INTO t VALUES (?)", [person["telefoon"]])
    hits = scan_files([tmp_path / "lek.parquet", tmp_path / "lek.duckdb"], identifiers)
    assert set(hits) == {"lek.duckdb", "lek.parquet"} and all(n >= 1 for n in hits.values())


def test_anonymised_records_hold_no_identifier(published: dict, register: CaseRegister,
                                               config: DatasetConfig) -> None:
    frame = published["anonymised"].frame
    assert not identifier_columns(frame.columns, config)
    assert count_hits(frame.to_csv(index=False), identifier_set(register.frame, config)) == 0
    # Pseudonyms are keyed: not the client number, and one per client.
    assert frame["client_pseudoniem"].is_unique
    assert not set(frame["client_pseudoniem"]) & set(register.frame["clientnummer"])


def test_same_person_same_pseudonym_across_runs_and_datasets(register: CaseRegister, config: DatasetConfig) -> None:
    valid = validate_records(register.frame, config).valid
    key = PseudonymKey("sleutel-voor-twee-datasets-000")
    first = anonymise_records(valid, config, key, NoFindings()).frame
    later = anonymise_records(valid.iloc[::-1].reset_index(drop=True), config, key, NoFindings()).frame
    assert set(first["client_pseudoniem"]) == set(later["client_pseudoniem"])
    other = anonymise_records(valid, config, PseudonymKey("een-heel-andere-sleutel-111"), NoFindings()).frame
    assert not set(first["client_pseudoniem"]) & set(other["client_pseudoniem"])


def test_notes_need_an_engine(register: CaseRegister, config: DatasetConfig) -> None:
    from redaction.datasets import TextRedactionError

    valid = validate_records(register.frame.head(50), config).valid
    with pytest.raises(TextRedactionError):
        anonymise_records(valid, config, PseudonymKey.demo(allow_demo=True), None)


@pytest.mark.slow
def test_notes_redacted_by_the_real_engine(redactor: object, register: CaseRegister, config: DatasetConfig) -> None:
    from redaction.datasets import redact_notes

    notes = list(register.frame["notities"].head(40))
    out = redact_notes(notes, [[] for _ in notes], redactor)  # engine only, no record-aware help
    names = set(register.frame["naam"].head(40))
    assert sum(any(name in note for name in names) for note in notes) > 10
    assert sum(any(name in note for name in names) for note in out) == 0
    assert all("Noot" not in note for note in out) and any("[5.1.2e]" in note for note in out)
