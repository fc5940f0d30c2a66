"""The Woo inventory list (inventarislijst): one row per document, derived from its decisions.

Columns are those of the national platform (see woo.md) plus ``Familie ID`` and ``Thread ID`` for
e-mails and their attachments, and ``Verwerkingsstatus``. A document the pipeline could not
process appears with status ``Niet verwerkt``, an empty ``Beoordeling`` and the reason in
``Toelichting``: leaving ``Beoordeling`` empty makes sure no one reads it as assessed (a
``Beoordeling`` is a legal judgement, so no placeholder value may stand in for one).

CSV: ``;`` as separator and UTF-8 with BOM, because Dutch Excel reads ``;`` as the list separator
(the comma is the decimal sign in nl-NL) and needs the BOM to read UTF-8 (ë, é) rather than
Windows-1252; other tools (pandas, LibreOffice) read this form as well.

Every cell is checked with the independent leak scanner before anything is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Final, Literal

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from redaction.decisions import Decision
from redaction.errors import PolicyError
from redaction.policy.grounds import GROUNDS, normalise_ground
from redaction.publish import PublishError
from redaction.scan import scan_text

Beoordeling = Literal["Openbaar", "Deels openbaar", "Niet openbaar", "Reeds openbaar", ""]

OPENBAAR: Final = "Openbaar"
DEELS_OPENBAAR: Final = "Deels openbaar"
NIET_OPENBAAR: Final = "Niet openbaar"
REEDS_OPENBAAR: Final = "Reeds openbaar"
VERWERKT: Final = "Verwerkt"
NIET_VERWERKT: Final = "Niet verwerkt"

COLUMNS: Final[tuple[str, ...]] = (
    "Document ID",
    "Documentnummer",
    "Bestandsnaam",
    "Datum",
    "Beoordeling",
    "Beoordelingsgrond",
    "Toelichting",
    "Publieke link",
    "Opgeschort",
    "Gerelateerd ID",
    "Familie ID",
    "Thread ID",
    "Verwerkingsstatus",
)
CSV_DELIMITER: Final = ";"
CSV_ENCODING: Final = "utf-8-sig"
_WIDTHS: Final[dict[str, int]] = {"Toelichting": 50, "Publieke link": 45, "Beoordelingsgrond": 22, "Bestandsnaam": 28}


@dataclass(frozen=True, slots=True)
class InventoryRow:
    """One line of the inventory; fields in the order of `COLUMNS`."""

    document_id: str
    documentnummer: str
    bestandsnaam: str
    datum: date | None
    beoordeling: Beoordeling
    beoordelingsgrond: str
    toelichting: str
    publieke_link: str
    opgeschort: bool
    gerelateerd_id: str
    familie_id: str
    thread_id: str
    verwerkingsstatus: str

    def cells(self) -> tuple[str | date | None, ...]:
        """Typed cell values (a date stays a date for XLSX; ``Opgeschort`` becomes Ja/Nee)."""
        values = list(astuple(self))
        values[COLUMNS.index("Opgeschort")] = "Ja" if self.opgeschort else "Nee"
        return tuple(values)

    def texts(self) -> tuple[str, ...]:
        """Cell values as text (dates in ISO 8601, unambiguous in every locale)."""
        return tuple("" if value is None else value.isoformat() if isinstance(value, date) else str(value)
                     for value in self.cells())  # fmt: skip


def _ground_order(code: str) -> tuple[int, str]:
    codes = list(GROUNDS)
    return (codes.index(code) if code in codes else len(codes), code)


def grounds_of(decisions: Iterable[Decision], extra: Iterable[str] = ()) -> str:
    """The ``Beoordelingsgrond`` cell: every ground used, in the order of the law (``5.1.1e; 5.1.2e``)."""
    codes = {d.ground for d in decisions if d.is_redaction and d.ground}
    try:
        codes.update(normalise_ground(code) for code in extra)
    except PolicyError as error:
        raise PublishError(f"inventory: {error.message}") from None
    return "; ".join(sorted(codes, key=_ground_order))


def inventory_row(
    document_id: str,
    decisions: Sequence[Decision],
    *,
    documentnummer: str,
    bestandsnaam: str,
    datum: date | None = None,
    toelichting: str = "",
    publieke_link: str = "",
    opgeschort: bool = False,
    gerelateerd_id: str = "",
    familie_id: str = "",
    thread_id: str = "",
    reeds_openbaar: bool = False,
    niet_openbaar: Sequence[str] = (),
) -> InventoryRow:
    """The row of a processed document.

    ``Beoordeling`` follows from the decisions: no redaction is ``Openbaar``, any redaction
    ``Deels openbaar``. Two cases the decisions cannot tell are the caller's: ``reeds_openbaar``
    (already public elsewhere) and ``niet_openbaar`` (the grounds on which the whole document is
    withheld). ``bestandsnaam`` is the published, neutral file name, never the original one.
    """
    if reeds_openbaar and niet_openbaar:
        raise PublishError("inventory: a document cannot be both already public and withheld")
    if isinstance(datum, datetime):
        datum = datum.date()  # the inventory lists a day; a time of day could only add noise
    grounds = grounds_of(decisions, niet_openbaar)
    if niet_openbaar:
        beoordeling: Beoordeling = NIET_OPENBAAR
    elif reeds_openbaar:
        beoordeling, grounds = REEDS_OPENBAAR, ""
    elif grounds:
        beoordeling = DEELS_OPENBAAR
    else:
        beoordeling = OPENBAAR
    return InventoryRow(
        document_id=document_id,
        documentnummer=documentnummer,
        bestandsnaam=bestandsnaam,
        datum=datum,
        beoordeling=beoordeling,
        beoordelingsgrond=grounds,
        toelichting=toelichting,
        publieke_link=publieke_link if beoordeling != NIET_OPENBAAR else "",
        opgeschort=opgeschort,
        gerelateerd_id=gerelateerd_id,
        familie_id=familie_id,
        thread_id=thread_id,
        verwerkingsstatus=VERWERKT,
    )


def not_processed_row(
    document_id: str,
    *,
    documentnummer: str,
    reason: str,
    bestandsnaam: str = "",
    datum: date | None = None,
    gerelateerd_id: str = "",
    familie_id: str = "",
    thread_id: str = "",
) -> InventoryRow:
    """The row of a document the pipeline could not process: listed, never presented as assessed.

    ``reason`` is a neutral description (``bestand kon niet worden gelezen``), never an error text
    that might quote the document.
    """
    if not reason.strip():
        raise PublishError("inventory: a document that was not processed needs a reason")
    return InventoryRow(
        document_id=document_id,
        documentnummer=documentnummer,
        bestandsnaam=bestandsnaam,
        datum=datum,
        beoordeling="",
        beoordelingsgrond="",
        toelichting=f"{NIET_VERWERKT}: {reason.strip()}",
        publieke_link="",
        opgeschort=False,
        gerelateerd_id=gerelateerd_id,
        familie_id=familie_id,
        thread_id=thread_id,
        verwerkingsstatus=NIET_VERWERKT,
    )


def check_rows(rows: Sequence[InventoryRow]) -> None:
    """Refuse an inventory in which any cell looks like personal data (the scanner's view)."""
    for number, row in enumerate(rows, start=1):
        for column, value in zip(COLUMNS, row.texts(), strict=True):
            leaks = scan_text(value)
            if leaks:
                raise PublishError(
                    f"inventory row {number}, column {column!r}: looks like personal data ({leaks[0].kind})"
                )


def to_csv(rows: Sequence[InventoryRow]) -> bytes:
    """The inventory as Excel-friendly CSV bytes (``;``, UTF-8 with BOM, CRLF)."""
    check_rows(rows)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(row.texts() for row in rows)
    return buffer.getvalue().encode(CSV_ENCODING)


def to_xlsx(rows: Sequence[InventoryRow]) -> bytes:
    """The inventory as an XLSX workbook: bold, frozen header, filter, sensible column widths."""
    check_rows(rows)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = "Inventarislijst"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    date_column = COLUMNS.index("Datum") + 1
    for row in rows:
        sheet.append(list(row.cells()))
        sheet.cell(row=sheet.max_row, column=date_column).number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(COLUMNS, start=1):
        longest = max([len(column), *(len(row.texts()[index - 1]) for row in rows)])
        sheet.column_dimensions[get_column_letter(index)].width = min(_WIDTHS.get(column, 60), longest + 2)
    # openpyxl writes its own name as creator; the workbook carries no author at all.
    workbook.properties.creator = ""
    workbook.properties.lastModifiedBy = None
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_inventory(rows: Sequence[InventoryRow], path: str | Path) -> Path:
    """Write the inventory as ``.csv`` or ``.xlsx``, chosen by the suffix of ``path``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = to_csv(rows)
    elif suffix == ".xlsx":
        data = to_xlsx(rows)
    else:
        raise PublishError(f"inventory: unknown file type {suffix or '(none)'}; use .csv or .xlsx")
    path.write_bytes(data)
    return path
