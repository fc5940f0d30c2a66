"""Word .docx via python-docx: body paragraphs and tables in reading order, headers, footers,
and then what python-docx's reading order leaves out: text boxes, footnotes, endnotes and
comments. The published version is typeset from this text, so anything not read here would be
missing from it without anyone noticing; names in a footnote must be found and redacted too.

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
from lxml import etree

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
    blocks = [*_headers_footers(document, "header"), *_blocks(document), *_headers_footers(document, "footer"),
              *_extra_parts(document)]
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


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Related parts whose text python-docx does not return, with the heading they get in the text.
_EXTRA_PARTS = (("/footnotes", "Voetnoten:"), ("/endnotes", "Eindnoten:"), ("/comments", "Opmerkingen:"))


def _paragraph_texts(root: etree._Element) -> list[str]:
    texts = []
    for paragraph in root.iter(f"{{{_W}}}p"):
        text = "".join(node.text or "" for node in paragraph.iter(f"{{{_W}}}t"))
        if text.strip():
            texts.append(text)
    return texts


def _extra_parts(document: DocxDocument) -> list[str]:
    """Text boxes in the body, then footnotes, endnotes and comments, each under a heading."""
    lines: list[str] = []
    # A text box is stored twice (the drawing and a VML fallback): each text once, in order.
    boxes = dict.fromkeys(
        text for box in document.element.body.iter(f"{{{_W}}}txbxContent") for text in _paragraph_texts(box)
    )
    if boxes:
        lines += ["", "Tekstvakken:", *boxes]
    for rel in document.part.rels.values():
        for suffix, heading in _EXTRA_PARTS:
            if rel.is_external or not rel.reltype.endswith(suffix):
                continue
            texts = _paragraph_texts(etree.fromstring(rel.target_part.blob))
            if texts:
                lines += ["", heading, *texts]
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
