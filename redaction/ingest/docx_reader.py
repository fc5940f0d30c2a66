"""Word .docx via python-docx: body paragraphs and tables in reading order, headers, footers.

A password-protected .docx is not a zip at all but an OLE container with an ``EncryptionInfo``
stream ([MS-OFFCRYPTO]); it gets its own failure, so the user knows to ask for the password
rather than for a new copy.
"""

from __future__ import annotations

import io
import zipfile

import docx
import olefile
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from redaction.ingest.errors import CorruptFileError, EncryptedFileError, UnsupportedFormatError
from redaction.ingest.model import Extraction
from redaction.ingest.registry import register


@register(".docx", kind="docx")
def read_docx(data: bytes) -> Extraction:
    if olefile.isOleFile(data):
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
                raise EncryptedFileError("password-protected Word document / document is beveiligd met een wachtwoord")
        raise UnsupportedFormatError("old binary Word file (.doc) named .docx / oud Word-formaat (.doc)")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise CorruptFileError("not a valid .docx (zip) file / beschadigd Word-document")
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptFileError(f"damaged .docx ({type(exc).__name__}) / beschadigd Word-document") from None
    blocks = [*_headers_footers(document, "header"), *_blocks(document), *_headers_footers(document, "footer")]
    props = document.core_properties
    created = props.created
    return Extraction(
        text="\n".join(blocks).strip("\n") + "\n",
        date=created.date() if created else None,
        title=props.title or None,
    )


def _blocks(container: DocxDocument | object) -> list[str]:
    """Lines of paragraphs and table rows, in document order (tables nested in cells too)."""
    lines: list[str] = []
    for item in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Paragraph):
            lines.append(item.text)
        elif isinstance(item, Table):
            lines.extend(_table(item))
    return lines


def _table(table: Table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column; its text must appear once.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(line for line in _blocks(cell) if line.strip()))
        lines.append("\t".join(cells))
    return lines


def _headers_footers(document: DocxDocument, which: str) -> list[str]:
    """Text of every distinct header (or footer) of every section, each once."""
    lines: list[str] = []
    seen: set[str] = set()
    for section in document.sections:
        for attr in (f"first_page_{which}", which, f"even_page_{which}"):
            part = getattr(section, attr)
            if part.is_linked_to_previous:
                continue
            text = "\n".join(line for line in _blocks(part) if line.strip())
            if text and text not in seen:
                seen.add(text)
                lines.append(text)
    return lines
