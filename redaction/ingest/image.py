"""Scanned images (PNG, JPEG, TIFF incl. multi-page): every page read by OCR, with its word boxes.

A scan arrives as a picture of a letter: the post room's scanner, a fax, a photo. Its text exists
only in pixels, so Tesseract reads it (`redaction.pages.ocr`); the document keeps its page model so
the publication is the scan itself with the boxes burned in.
"""

from __future__ import annotations

from collections.abc import Callable

from redaction.ingest.errors import TooLargeError
from redaction.ingest.model import Extraction, Page
from redaction.ingest.registry import register
from redaction.pages import IMAGE_SUFFIXES, MAX_PAGES, DocumentLayout, PageLayout

# Pages are separated by a blank line, so a sentence never runs across a page break.
PAGE_SEPARATOR = "\n\n"


def _reader(suffix: str) -> Callable[[bytes], Extraction]:
    """A reader per suffix: the layout records the original's file type."""

    def read_image(data: bytes) -> Extraction:
        # Imported here: raster and OCR import ingest's errors, and ingest imports this module.
        from redaction.pages.ocr import read_scan
        from redaction.pages.raster import PageRaster

        with PageRaster(data, suffix) as raster:
            count = len(raster)
            if count > MAX_PAGES:
                raise TooLargeError(f"{count} pages, more than {MAX_PAGES} / te veel pagina's")
            pages = read_scan(raster, range(count), "image")
        return join_pages(pages, suffix)

    return read_image


def join_pages(pages: list[tuple[str, PageLayout]], suffix: str) -> Extraction:
    """Page texts and layouts -> one text with a page map and one layout with document offsets."""
    parts: list[str] = []
    page_map: list[Page] = []
    layouts: list[PageLayout] = []
    position = 0
    for number, (text, layout) in enumerate(pages, start=1):
        if number > 1:
            parts.append(PAGE_SEPARATOR)
            position += len(PAGE_SEPARATOR)
        parts.append(text)
        page_map.append(Page(number, position, position + len(text)))
        layouts.extend(DocumentLayout(suffix, (layout,)).shifted(position, number).pages)
        position += len(text)
    return Extraction(text="".join(parts), pages=tuple(page_map), layout=DocumentLayout(suffix, tuple(layouts)))


for _suffix in IMAGE_SUFFIXES:
    register(_suffix, kind="scan")(_reader(_suffix))
