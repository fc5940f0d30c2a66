"""The leak check's eyes: OCR of the page images of a published PDF.

A published PDF of pages (`redaction.render.pages`) carries its text twice: the invisible text
layer, which the scanner reads like any PDF text, and the pixels, which only a person or an OCR
engine reads. A box that misses its word (a wrong offset, a turned scan, a name in a letterhead
image the text layer never had) shows in the pixels alone. So every page that holds an image is
rendered back with pypdfium2 and read by Tesseract, and the leak check searches that text for
every withheld value as it searches the file's own text.
"""

from __future__ import annotations

from pathlib import Path

from redaction.pages import PageSource
from redaction.pages.ocr import read_page

# Published pages are 150 dpi images; read at twice that, Tesseract sees 10 pt text large enough.
READ_BACK_DPI = 300.0


def read_back(path: str | Path) -> list[tuple[str, str]]:
    """(where, OCR text) per page of ``path`` that shows an image; pages of real text (the Noot)
    are left to the text reader."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    parts: list[tuple[str, str]] = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                if not any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects()):
                    continue
                image = page.render(scale=READ_BACK_DPI / 72.0, grayscale=True).to_pil()
            finally:
                page.close()
            text, _layout = read_page(image, READ_BACK_DPI, PageSource("pdf", index), index + 1, turn=False,
                                      deskew=False)  # fmt: skip
            parts.append((f"pagina {index + 1} (beeld, OCR)", text))
    finally:
        pdf.close()
    return parts


__all__ = ["READ_BACK_DPI", "read_back"]
