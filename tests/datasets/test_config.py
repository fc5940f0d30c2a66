"""The anonymisation config: the shipped file is complete, broken files fail with W700/W701."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eval.caserecords.generate import COLUMNS
from redaction.datasets import CaseRecordsError, DatasetConfig, DatasetConfigError, load_config, parse_config
from redaction.datasets.source import check_columns

SHIPPED = Path(__file__).resolve().parents[2] / "redaction" / "datasets" / "case_records.yaml"


def test_shipped_config_covers_every_column_of_the_register(config: DatasetConfig) -> None:
    assert list(config.columns) == list(COLUMNS)
    check_columns(list(COLUMNS), config)  # raises when a column is missing or unconfigured


def test_direct_identifiers_are_never_kept(config: DatasetConfig) -> None:
    assert {rule.name for rule in config.direct_identifiers} >= {"naam", "email", "telefoon", "bsn", "clientnummer"}
    assert all(rule.action in ("drop", "pseudonymise") for rule in config.direct_identifiers)
    assert config.k >= 2 and config.cell_threshold == 5


def test_shipped_config_ships_as_package_data() -> None:
    # importlib.resources finds it, which is how an installed package reads it.
    assert load_config().dataset == yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))["dataset"]


def _base() -> dict:
    return yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))


def _break(change: str) -> dict:
    data = _base()
    columns = data["columns"]
    if change == "no_action":
        del columns["naam"]["action"]
    elif change == "identifier_kept":
        columns["naam"]["action"] = "keep"
    elif change == "unknown_key":
        columns["naam"]["colour"] = "red"
    elif change == "unknown_level":
        columns["geboortedatum"]["levels"] = ["eon"]
    elif change == "quasi_not_generalised":
        columns["tolk"]["quasi_identifier"] = True
    elif change == "record_id_missing":
        data["record_id"] = "dossier"
    elif change == "k_too_small":
        data["k"] = 1
    elif change == "mart_unknown_column":
        data["marts"]["uitkomsten"]["rows"] = "naam"
    elif change == "pseudonym_not_identifier":
        columns["tolk"]["action"] = "pseudonymise"
    return data


@pytest.mark.parametrize(
    "change",
    ["no_action", "identifier_kept", "unknown_key", "unknown_level", "quasi_not_generalised", "record_id_missing",
     "k_too_small", "mart_unknown_column", "pseudonym_not_identifier"],
)
def test_invalid_config_is_refused_with_w700(change: str) -> None:
    with pytest.raises(DatasetConfigError) as error:
        parse_config(_break(change))
    assert str(error.value).startswith("[W700]") and "\n" not in str(error.value)


def test_the_unbroken_base_parses() -> None:
    # Guards the table above: each case fails because of its change, not because the base is bad.
    assert parse_config(_base()).record_id == "clientnummer"


def test_missing_file_is_w700(tmp_path: Path) -> None:
    with pytest.raises(DatasetConfigError):
        load_config(tmp_path / "bestaat-niet.yaml")


def test_export_with_an_unconfigured_column_is_refused(config: DatasetConfig) -> None:
    with pytest.raises(CaseRecordsError) as error:
        check_columns([*COLUMNS, "geloof"], config)
    assert "geloof" in str(error.value) and str(error.value).startswith("[W701]")
    with pytest.raises(CaseRecordsError, match="bsn"):
        check_columns([c for c in COLUMNS if c != "bsn"], config)


def test_protection_noise_and_sensitive_columns_are_read_from_the_yaml(config: DatasetConfig) -> None:
    assert (config.protection.lower, config.protection.upper) == (4, 4)
    assert config.cell_key.max_deviation == 2 and sum(config.cell_key.probabilities) == pytest.approx(1.0)
    assert {rule.output_name for rule in config.sensitive_columns} == {"uitkomst", "begeleidingsduur"}
    assert all(rule.l_diversity == 2 and rule.max_share == 0.95 for rule in config.sensitive_columns)
    assert "aanvaller" in config.threat_model


@pytest.mark.parametrize("change", [
    {"protection": {"lower": 0, "upper": 4}},
    {"protection": {"boven": 3}},
    {"cell_key": {"max_deviation": 1, "probabilities": [0.2, 0.5, 0.3]}},  # not symmetric: biased noise
    {"cell_key": {"max_deviation": 2, "probabilities": [0.5, 0.5]}},
    {"columns": {"uitkomst": {"action": "keep", "l_diversity": 2, "max_share": 1.5}}},
    {"columns": {"tolk": {"action": "redact", "l_diversity": 2}}},
])
def test_bad_protection_settings_are_refused(change: dict) -> None:
    data = _base()
    for key, value in change.items():
        if key == "columns":
            data["columns"].update(value)
        else:
            data[key] = value
    with pytest.raises(DatasetConfigError):
        parse_config(data)
