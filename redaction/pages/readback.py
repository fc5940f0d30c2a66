"""The leak check's eyes: OCR of the page images of a published PDF.

A published PDF of pages (`redaction.render.pages`) carries its text twice: the invisible text
layer, which the scanner reads like any PDF text, and the pixels, which only a person or an OCR
engine reads. A box that misses its word (a wrong offset, a turned scan, a name in a letterhead
image the text layer never had) shows in the pixels alone. So every page that holds an image is
rendered back with pypdfium2 and read by Tesseract, and the leak check searches that text for
every withheld value as it searches the file's own text.

Cost. This is most of the document job's time, so it reads no more pixels than the page holds:
a page is rendered at the resolution of its own image (150 dpi as published), not enlarged to
300 dpi. Enlarging adds no detail to a 150 dpi image; Tesseract scales every text line to its own
height anyway. Measured with ``eval.readback_power`` (every withheld value left visible on the
generated inbox's PDFs and on askew, noisy scans): the same values and occurrences found at 150
as at 300 dpi, in about half the time. Nor does it do what ingest's OCR needs and a check does
not: no orientation detection or deskew (the page is published upright), no median filter (the
published image is re-rendered, and the measurement found the same values without it), no
search for unread marks. The page goes to Tesseract as an uncompressed PGM file: PNG compression
of every page cost more than the model's start.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from redaction.ingest.errors import NeedsOcrError, OcrFailedError
from redaction.pages.ocr import LANGUAGE, TIMEOUT_SECONDS, _tesseract

if TYPE_CHECKING:
    from pypdfium2 import PdfPage

# A page is read at its image's resolution, within these bounds: below 150 dpi Tesseract loses
# 10 pt text, above 300 dpi it gains nothing and only costs time.
MIN_READ_DPI = 150.0
MAX_READ_DPI = 300.0


def image_dpi(page: PdfPage) -> float | None:
    """The resolution (dots per inch) of the finest image on a pypdfium2 page; None without images.

    From the image's pixel size and its placed size on the page (`get_px_size` and the object's
    bounds): pdfium's ``get_metadata`` may decode the image to say the same. An image whose size
    cannot be told counts as fine as the read-back reads at all: such a page is never skipped,
    nor read coarser than it might need."""
    import pypdfium2.raw as pdfium_c

    finest: float | None = None
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
        try:
            width_px, height_px = obj.get_px_size()
            left, bottom, right, top = obj.get_bounds()
        except Exception:  # pdfium could not tell: read the page as finely as the read-back goes
            width_px = height_px = 0
            left = bottom = right = top = 0.0
        placed = [(pixels, points) for pixels, points in ((width_px, right - left), (height_px, top - bottom))
                  if pixels > 0 and points > 0]  # fmt: skip
        resolution = max((pixels / (points / 72.0) for pixels, points in placed), default=MAX_READ_DPI)
        finest = resolution if finest is None else max(finest, resolution)
    return finest


def read_dpi(image_resolution: float) -> float:
    """The resolution a page whose finest image has ``image_resolution`` is read at."""
    return min(MAX_READ_DPI, max(MIN_READ_DPI, image_resolution))


def read_back(path: str | Path, dpi: float | None = None) -> list[tuple[str, str]]:
    """(where, OCR text) per page of ``path`` that shows an image; pages of real text (the Noot)
    are left to the text reader. ``dpi``: read every page at this resolution instead of its
    image's own (for ``eval.readback_power``'s comparison)."""
    import pypdfium2 as pdfium

    pytesseract = _tesseract()
    parts: list[tuple[str, str]] = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        with tempfile.TemporaryDirectory(prefix="woo-readback-") as tmp:
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    resolution = image_dpi(page)
                    if resolution is None:
                        continue
                    scale = (dpi or read_dpi(resolution)) / 72.0
                    image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
                finally:
                    page.close()
                file = Path(tmp) / f"{index}.pgm"
                image.save(file)
                del image
                try:
                    text = pytesseract.image_to_string(str(file), lang=LANGUAGE, config="--psm 3",
                                                       timeout=TIMEOUT_SECONDS)  # fmt: skip
                except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
                    raise OcrFailedError(f"OCR took too long ({type(exc).__name__}) / OCR duurde te lang") from None
                except pytesseract.TesseractNotFoundError:
                    raise NeedsOcrError("the leak check needs Tesseract / lekcontrole heeft OCR nodig") from None
                except pytesseract.TesseractError as exc:
                    raise OcrFailedError(f"OCR failed ({type(exc).__name__}) / OCR mislukt") from None
                finally:
                    file.unlink(missing_ok=True)
                parts.append((f"pagina {index + 1} (beeld, OCR)", text))
    finally:
        pdf.close()
    return parts


__all__ = ["MAX_READ_DPI", "MIN_READ_DPI", "image_dpi", "read_back", "read_dpi"]
