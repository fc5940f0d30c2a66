from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from redaction.decisions import Decision
from redaction.publish import PublishError
from redaction.publish.inventory import (
    COLUMNS,
    InventoryRow,
    inventory_row,
    not_processed_row,
    to_csv,
    to_xlsx,
    write_inventory,
)
from redaction.scan import scan_file


def _d(ground: str | None, category: str = "naam") -> Decision:
    return Decision(0, 4, "Anna", "PERSON", "redact" if ground else "keep", ground, category, "r", 1.0, "t")


def _rows() -> list[InventoryRow]:
    return [
        inventory_row("DOC-0001", [_d("5.1.2e"), _d("5.1.1e", "BSN"), _d(None)], documentnummer="2025-0001",
                      bestandsnaam="DOC-0001.pdf", datum=date(2025, 5, 27), familie_id="FAM-01", thread_id="THR-01",
                      publieke_link="https://open.example.nl/DOC-0001.pdf"),
        inventory_row("DOC-0002", [_d(None)], documentnummer="2025-0002", bestandsnaam="DOC-0002.pdf",
                      datum=date(2025, 5, 28), familie_id="FAM-01", thread_id="THR-01", gerelateerd_id="DOC-0001"),
        inventory_row("DOC-0003", [], documentnummer="2025-0003", bestandsnaam="DOC-0003.pdf",
                      niet_openbaar=["art. 5.1 lid 2 sub e"], toelichting="Volledig persoonlijk."),
        inventory_row("DOC-0004", [], documentnummer="2025-0004", bestandsnaam="DOC-0004.pdf", reeds_openbaar=True),
        not_processed_row("DOC-0005", documentnummer="2025-0005", reason="bestand kon niet worden gelezen"),
    ]  # fmt: skip


def test_beoordeling_and_grounds_follow_the_decisions() -> None:
    rows = _rows()
    assert [(r.beoordeling, r.beoordelingsgrond) for r in rows] == [
        ("Deels openbaar", "5.1.1e; 5.1.2e"),
        ("Openbaar", ""),
        ("Niet openbaar", "5.1.2e"),
        ("Reeds openbaar", ""),
        ("", ""),
    ]
    assert rows[0].familie_id == rows[1].familie_id == "FAM-01"


def test_a_document_not_processed_is_never_shown_as_assessed() -> None:
    row = _rows()[-1]
    assert row.verwerkingsstatus == "Niet verwerkt"
    assert row.beoordeling == ""
    assert row.toelichting == "Niet verwerkt: bestand kon niet worden gelezen"
    assert row.publieke_link == ""
    with pytest.raises(PublishError, match=r"^\[W520\]"):
        not_processed_row("DOC-9", documentnummer="9", reason=" ")


def test_csv_is_excel_friendly(tmp_path: Path) -> None:
    data = to_csv(_rows())
    assert data.startswith(b"\xef\xbb\xbf")
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert tuple(parsed[0]) == COLUMNS
    assert parsed[1][:7] == ["DOC-0001", "2025-0001", "DOC-0001.pdf", "2025-05-27", "Deels openbaar",
                             "5.1.1e; 5.1.2e", ""]  # fmt: skip
    assert parsed[1][COLUMNS.index("Opgeschort")] == "Nee"
    assert parsed[5][COLUMNS.index("Verwerkingsstatus")] == "Niet verwerkt"
    path = write_inventory(_rows(), tmp_path / "inventarislijst.csv")
    assert scan_file(path) == []


def test_xlsx_has_bold_frozen_header_widths_and_no_author(tmp_path: Path) -> None:
    path = tmp_path / "inventarislijst.xlsx"
    path.write_bytes(to_xlsx(_rows()))
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    assert tuple(cell.value for cell in sheet[1]) == COLUMNS
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["G"].width >= len("Volledig persoonlijk.")
    assert sheet["D2"].value.date() == date(2025, 5, 27)
    assert sheet["E6"].value is None and sheet["M6"].value == "Niet verwerkt"
    assert not workbook.properties.creator and not workbook.properties.lastModifiedBy
    assert scan_file(path) == []


@pytest.mark.parametrize(
    ("field", "value"),
    [("bestandsnaam", "mail van k.devries@voorbeeld.nl.pdf"), ("toelichting", "bel 06-12345678"),
     ("documentnummer", "111222333")],
)  # fmt: skip
def test_personal_data_in_a_cell_stops_the_inventory(field: str, value: str) -> None:
    arguments = {"documentnummer": "2025-1", "bestandsnaam": "DOC-1.pdf", field: value}
    row = inventory_row("DOC-1", [], **arguments)  # type: ignore[arg-type]
    with pytest.raises(PublishError, match=r"^\[W520\] inventory row 1, column '\w+'") as caught:
        to_csv([row])
    assert value not in str(caught.value)
    with pytest.raises(PublishError):
        to_xlsx([row])


def test_invalid_choices_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PublishError):
        inventory_row(
            "DOC-1", [], documentnummer="1", bestandsnaam="a.pdf", reeds_openbaar=True, niet_openbaar=["5.1.2e"]
        )
    with pytest.raises(PublishError):
        inventory_row("DOC-1", [], documentnummer="1", bestandsnaam="a.pdf", niet_openbaar=["9.9"])
    with pytest.raises(PublishError):
        write_inventory(_rows(), tmp_path / "lijst.ods")
