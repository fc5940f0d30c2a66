"""PDF via pdfplumber (text layer) and OCR (scanned pages); one ``Page`` per PDF page.

A page without extractable text that is mostly an image is a scan: Tesseract reads it
(`redaction.pages.ocr`). So does a whole scanned PDF, and a scanned enclosure inside a typed letter.
Skipping such pages would let the pipeline "redact" nothing and publish the scan as it is. A page
without text that draws nothing at all is an empty page and is fine.

Every page also goes into the page model (`redaction.pages`): text-layer pages with the boxes of
their words from pdfplumber's characters, scanned pages with Tesseract's word boxes. The text is
exactly what pdfplumber's ``extract_text`` gives (its text map is what ``extract_text`` joins).
"""

from __future__ import annotations

import datetime
import io
import re

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from redaction.ingest.errors import CorruptFileError, EmptyFileError, EncryptedFileError, TooLargeError
from redaction.ingest.image import PAGE_SEPARATOR, join_pages
from redaction.ingest.model import Extraction
from redaction.ingest.registry import register
from redaction.pages import MAX_PAGES, Box, PageLayout, PageSource, Word

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@register(".pdf", kind="pdf")
def read_pdf(data: bytes) -> Extraction:
    if b"%PDF-" not in data[:1024]:
        raise CorruptFileError("no PDF header / geen PDF-bestand")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise TooLargeError(f"{len(pdf.pages)} pages, more than {MAX_PAGES} / te veel pagina's")
            pages: list[tuple[str, PageLayout] | None] = []
            for index, page in enumerate(pdf.pages):
                text, layout = _text_layer(page, index)
                pages.append(None if not text.strip() and _drawn(page) else (text, layout))
                page.close()  # pdfplumber caches every page's objects: a long PDF would fill memory
            metadata = dict(pdf.metadata or {})
    except TooLargeError:
        raise
    except Exception as exc:
        if _caused_by(exc, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedFileError("password-protected PDF / PDF is beveiligd met een wachtwoord") from None
        if _caused_by(exc, (PDFSyntaxError,)):
            raise CorruptFileError("PDF structure is damaged / PDF is beschadigd") from None
        raise
    if not pages:
        # Nothing to read and nothing to scan: OCR would not help, a new copy would.
        raise EmptyFileError("PDF with no pages / PDF zonder pagina's")
    scanned = [index for index, page in enumerate(pages) if page is None]
    if scanned:
        # Imported here: raster and OCR import ingest's errors, and ingest imports this module.
        from redaction.pages.ocr import read_scan
        from redaction.pages.raster import PageRaster

        with PageRaster(data, ".pdf") as raster:
            for index, read in zip(scanned, read_scan(raster, scanned, "pdf"), strict=True):
                pages[index] = read
    extraction = join_pages([page for page in pages if page is not None], ".pdf")
    title = metadata.get("Title")
    return Extraction(
        text=extraction.text,
        pages=extraction.pages,
        date=_pdf_date(metadata.get("CreationDate")),
        title=title if isinstance(title, str) and title.strip() else None,
        layout=extraction.layout,
    )


def _text_layer(page: pdfplumber.page.Page, index: int) -> tuple[str, PageLayout]:
    """The page's text as ``extract_text`` gives it, and its words with their character boxes."""
    textmap = page._get_textmap()  # what extract_text() joins; pairs every character with its box
    text = textmap.as_string
    words: list[Word] = []
    current: list[tuple[int, dict[str, float] | None]] = []

    def flush() -> None:
        boxes = [Box(float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])) for _, c in current if c]
        if boxes:
            box = boxes[0]
            for other in boxes[1:]:
                box = box.union(other)
            start, end = current[0][0], current[-1][0] + 1
            words.append(Word(text[start:end], start, end, box))
        current.clear()

    for position, (char, obj) in enumerate(textmap.tuples):
        if char.isspace():
            flush()
        else:
            current.append((position, obj))
    flush()
    # An image on a page with text (a pasted scan, a signature, a photo) shows what the text layer
    # does not hold, so nothing analysed it: a person looks before the page is published.
    marks = tuple(Box(float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"])) for i in page.images
                  if abs(float(i["x1"]) - float(i["x0"])) >= _MARK_MIN[0]
                  and abs(float(i["bottom"]) - float(i["top"])) >= _MARK_MIN[1])  # fmt: skip
    layout = PageLayout(index + 1, float(page.width), float(page.height), PageSource("pdf", index), tuple(words),
                        marks=marks)  # fmt: skip
    return text, layout


# Images smaller than this (points) are rules, bullets or dots, not content.
_MARK_MIN = (0.3 * 72, 0.15 * 72)


__all__ = ["PAGE_SEPARATOR", "read_pdf"]


def _drawn(page: pdfplumber.page.Page) -> bool:
    """A page without text that shows something (an image, or text drawn as outlines) is read by OCR;
    only a page with nothing on it is empty."""
    return bool(page.images or page.curves or page.rects or page.lines)


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
