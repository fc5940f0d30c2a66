"""PDF with a text layer, via pdfplumber; one ``Page`` per PDF page.

A PDF without any extractable text is a scan: it must go to OCR first. Returning an empty
document instead would let the pipeline "redact" nothing and publish the scan as it is. The same
holds for a PDF in which some pages are scans (a signed letter with a scanned enclosure): those
pages' content would silently be missing from the publication. A page without text and without
a large image is an empty page and is fine.
"""

from __future__ import annotations

import datetime
import io
import re

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from redaction.ingest.errors import CorruptFileError, EmptyFileError, EncryptedFileError, NeedsOcrError
from redaction.ingest.model import Extraction, Page
from redaction.ingest.registry import register

# Pages are separated by a blank line, so a sentence never runs across a page break.
PAGE_SEPARATOR = "\n\n"
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@register(".pdf", kind="pdf")
def read_pdf(data: bytes) -> Extraction:
    if b"%PDF-" not in data[:1024]:
        raise CorruptFileError("no PDF header / geen PDF-bestand")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            texts = [page.extract_text() or "" for page in pdf.pages]
            scanned = [n for n, (page, text) in enumerate(zip(pdf.pages, texts, strict=True), start=1)
                       if not text.strip() and _mostly_image(page)]  # fmt: skip
            metadata = dict(pdf.metadata or {})
    except Exception as exc:
        if _caused_by(exc, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedFileError("password-protected PDF / PDF is beveiligd met een wachtwoord") from None
        if _caused_by(exc, (PDFSyntaxError,)):
            raise CorruptFileError("PDF structure is damaged / PDF is beschadigd") from None
        raise
    if not texts:
        # Nothing to read and nothing to scan: OCR would not help, a new copy would.
        raise EmptyFileError("PDF with no pages / PDF zonder pagina's")
    if not any(t.strip() for t in texts):
        raise NeedsOcrError(
            f"no text layer on any of {len(texts)} page(s): a scan, needs OCR first / geen tekstlaag, eerst OCR"
        )
    if scanned:
        listed = ", ".join(str(n) for n in scanned[:10]) + (" ..." if len(scanned) > 10 else "")
        raise NeedsOcrError(
            f"page(s) {listed} of {len(texts)} are scanned images without text: needs OCR first "
            "/ deels gescand, eerst OCR"
        )
    pages: list[Page] = []
    parts: list[str] = []
    position = 0
    for number, page_text in enumerate(texts, start=1):
        if number > 1:
            parts.append(PAGE_SEPARATOR)
            position += len(PAGE_SEPARATOR)
        parts.append(page_text)
        pages.append(Page(number, position, position + len(page_text)))
        position += len(page_text)
    title = metadata.get("Title")
    return Extraction(
        text="".join(parts),
        pages=tuple(pages),
        date=_pdf_date(metadata.get("CreationDate")),
        title=title if isinstance(title, str) and title.strip() else None,
    )


# A page image covering at least this share of the page is a scanned page, not a logo or stamp.
_SCAN_AREA_SHARE = 0.25


def _mostly_image(page: pdfplumber.page.Page) -> bool:
    page_area = float(page.width) * float(page.height) or 1.0
    image_area = sum(abs(float(i["x1"]) - float(i["x0"])) * abs(float(i["bottom"]) - float(i["top"]))
                     for i in page.images)  # fmt: skip
    return image_area / page_area >= _SCAN_AREA_SHARE


def _caused_by(exc: BaseException, types: tuple[type[BaseException], ...]) -> bool:
    """pdfplumber wraps pdfminer's errors: look through the chain and the wrapped arguments."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, types) or any(isinstance(a, types) for a in seen.args):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _pdf_date(value: object) -> datetime.date | None:
    if isinstance(value, bytes):
        value = value.decode("latin-1", errors="replace")
    if not isinstance(value, str):
        return None
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None
