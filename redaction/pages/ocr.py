"""OCR of page images with Tesseract's Dutch model: text, word boxes and confidence per page.

Binding: pytesseract (Apache-2.0) over Debian's ``tesseract`` command, which `make install` puts on
the machine with ``tesseract-ocr-nld`` and ``tesseract-ocr-osd``. Chosen over tesserocr because
tesserocr is compiled against libtesseract's headers (a C++ tool chain and ``libtesseract-dev`` on
every machine) for a gain, keeping the model loaded between pages, that is small next to the
second or so Tesseract spends on a page; pytesseract only runs the command and parses its TSV word
boxes, and the command is the one Debian keeps patched. Nothing is downloaded: the models are
Debian's files.

Per page: Tesseract's orientation detection (OSD) finds a page scanned sideways or upside down, a
projection profile finds a small skew (a page askew on the glass), then the upright page is read
with ``--psm 3`` (automatic layout). Both corrections are recorded in the page's ``PageSource`` so
the published page is made from the same upright pixels the boxes were found on.
"""

from __future__ import annotations

import os
import re
from collections import ChainMap
from types import ModuleType

import numpy as np
from PIL import Image, ImageFilter

from redaction.ingest.errors import NeedsOcrError, OcrFailedError
from redaction.pages import Box, PageLayout, PageSource, Word, mean_confidence
from redaction.pages.raster import PageRaster, grayscale, orient

LANGUAGE = "nld"
# Tesseract reads best at about 300 dpi; scans made finer are read at this resolution.
OCR_DPI = 300.0
# A page Tesseract cannot finish in this time is hostile or broken; the rest of the batch goes on.
TIMEOUT_SECONDS = 120
# OSD is trusted from this confidence on (its own scale; a clear page gives 5 to 30).
OSD_MIN_CONFIDENCE = 2.0
# Skew searched (degrees either way); larger angles are a page put on the glass crooked on purpose.
MAX_SKEW = 8.0

OcrError = OcrFailedError  # Tesseract is missing or failed on a page


def _tesseract() -> ModuleType:
    """pytesseract, with Tesseract run on one thread unless OMP_THREAD_LIMIT says otherwise.

    Tesseract's OpenMP threads fight each other and the pipeline's workers on a small machine:
    measured on this 2-core machine under load, 5.7 s a page with its default threads against
    1.2 s on one. pytesseract hands its module's ``environ`` to every Tesseract process, so the
    default goes there (a view of ``os.environ``, which still wins)."""
    import pytesseract

    if not isinstance(pytesseract.pytesseract.environ, ChainMap):
        pytesseract.pytesseract.environ = ChainMap(os.environ, {"OMP_THREAD_LIMIT": "1"})
    return pytesseract


def tesseract_available() -> bool:
    pytesseract = _tesseract()

    try:
        return LANGUAGE in pytesseract.get_languages(config="")
    except Exception:
        return False


def detect_quarter_turns(image: Image.Image) -> int:
    """Counter-clockwise quarter turns that make the page upright (0 when OSD is unsure)."""
    pytesseract = _tesseract()

    if not tesseract_available():
        return 0  # read_page says what is missing
    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", output_type=pytesseract.Output.DICT,
                                       timeout=TIMEOUT_SECONDS)  # fmt: skip
    except pytesseract.TesseractError:
        return 0  # too few characters to tell: leave the page as it is
    if float(osd.get("orientation_conf", 0.0)) < OSD_MIN_CONFIDENCE:
        return 0
    # Tesseract's "Rotate" is the clockwise turn that makes the page upright.
    return (-int(osd.get("rotate", 0)) // 90) % 4


def estimate_skew(image: Image.Image) -> float:
    """The small rotation (degrees, counter-clockwise) that makes text lines horizontal.

    Projection profile: on a reduced, thresholded copy, the rotation whose row sums vary most puts
    ink in lines and white between them. Written here (about twenty lines with numpy) rather than
    taking the ``deskew`` package, which pulls in scikit-image for its Hough transform.
    """
    small = grayscale(image)
    scale = 800.0 / max(small.size)
    if scale < 1.0:
        small = small.resize((max(1, round(small.width * scale)), max(1, round(small.height * scale))))
    ink = Image.fromarray(((np.asarray(small) < 160) * 255).astype(np.uint8))

    def score(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, expand=False)).sum(
            axis=1, dtype=np.float64
        )
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 1.0), key=score)
    best = max(np.arange(best - 0.9, best + 0.91, 0.1), key=score)
    return round(float(best), 2) if abs(best) >= 0.15 else 0.0


_SPACE = re.compile(r"\s+")


def read_page(image: Image.Image, dpi: float, source: PageSource, number: int = 1, *,
              turn: bool = True, deskew: bool = True) -> tuple[str, PageLayout]:  # fmt: skip
    """OCR one page image: its text (lines by newlines, text blocks by blank lines) and its layout,
    with word offsets into that text. ``source`` says where ``image`` came from; the turns and skew
    found here are added to it."""
    pytesseract = _tesseract()

    if dpi > OCR_DPI * 1.2:
        factor = OCR_DPI / dpi
        image = image.resize((max(1, round(image.width * factor)), max(1, round(image.height * factor))),
                             Image.Resampling.LANCZOS)  # fmt: skip
        dpi = OCR_DPI
    gray = grayscale(image)
    turns = detect_quarter_turns(gray) if turn else 0
    upright = orient(gray, turns, 0.0)
    skew = estimate_skew(upright) if deskew else 0.0
    # A 3x3 median removes a scanner's dust and JPEG speckles that Tesseract reads as letters.
    upright = orient(upright, 0, skew).filter(ImageFilter.MedianFilter(3))
    try:
        data = pytesseract.image_to_data(upright, lang=LANGUAGE, config="--psm 3",
                                         output_type=pytesseract.Output.DICT, timeout=TIMEOUT_SECONDS)  # fmt: skip
    except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
        raise OcrError(f"OCR took too long ({type(exc).__name__}) / OCR duurde te lang") from None
    except pytesseract.TesseractNotFoundError:
        raise NeedsOcrError(
            "scanned page, but Tesseract is not installed / scan, maar geen OCR geïnstalleerd"
        ) from None
    except pytesseract.TesseractError as exc:
        raise OcrError(f"OCR failed ({type(exc).__name__}) / OCR mislukt") from None
    to_points = 72.0 / dpi
    parts: list[str] = []
    words: list[Word] = []
    confidences: list[float] = []
    position = 0
    last: tuple[int, int, int] | None = None
    for i, raw in enumerate(data["text"]):
        text = _SPACE.sub("", raw or "")
        if not text or int(data["level"][i]) != 5:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        if last is not None:
            # Tesseract makes a paragraph of every widely spaced line: only a new block is one.
            gap = " " if key == last else ("\n" if key[0] == last[0] else "\n\n")
            parts.append(gap)
            position += len(gap)
        last = key
        left, top, width, height = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        confidence = float(data["conf"][i])
        box = Box(left * to_points, top * to_points, (left + width) * to_points, (top + height) * to_points)
        words.append(Word(text, position, position + len(text), box, confidence if confidence >= 0 else None))
        if confidence >= 0:
            confidences.append(confidence)
        parts.append(text)
        position += len(text)
    layout = PageLayout(
        number=number, width=upright.width * to_points, height=upright.height * to_points,
        source=PageSource(source.kind, source.index, (source.quarter_turns + turns) % 4, source.skew + skew),
        words=tuple(words), ocr=True, confidence=mean_confidence(confidences),
        marks=unread_marks(upright, words, dpi),
    )  # fmt: skip
    return "".join(parts), layout


# A mark is ink at least this large (inches) where no word was read: smaller is dust or a stray dot.
MARK_MIN_WIDTH, MARK_MIN_HEIGHT = 0.3, 0.15
# Words read with less confidence than this do not count as read where marks are looked for.
READ_WORD_CONFIDENCE = 40.0


def unread_marks(image: Image.Image, words: list[Word], dpi: float) -> tuple[Box, ...]:
    """Boxes (points) of ink that no word covers: a signature, a stamp, handwriting, a logo, a
    photo, or text Tesseract did not read (or barely: a signature read as a word). On a
    quarter-scale copy with word boxes cleared (with a margin), connected ink of at least
    MARK_MIN size is a mark; dust and fax speckles are far smaller."""
    from scipy import ndimage

    factor = 4
    full = np.asarray(grayscale(image)) < 170
    rows, cols = full.shape[0] // factor * factor, full.shape[1] // factor * factor
    # A block is ink if any of its pixels is: a thin pen line stays connected at quarter scale.
    ink = full[:rows, :cols].reshape(rows // factor, factor, cols // factor, factor).any(axis=(1, 3))
    to_small = dpi / 72.0 / factor
    margin = 0.04 * dpi / factor
    for word in words:
        if word.confidence is not None and word.confidence < READ_WORD_CONFIDENCE:
            continue  # Tesseract's guess at a squiggle ("Bw~") is no reading of it
        box = word.box
        ink[max(0, int(box.top * to_small - margin)) : int(box.bottom * to_small + margin) + 1,
            max(0, int(box.x0 * to_small - margin)) : int(box.x1 * to_small + margin) + 1] = False  # fmt: skip
    labels, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    if not count:
        return ()
    min_w, min_h = MARK_MIN_WIDTH * dpi / factor, MARK_MIN_HEIGHT * dpi / factor
    boxes = []
    for rows, cols in ndimage.find_objects(labels):
        if cols.stop - cols.start >= min_w and rows.stop - rows.start >= min_h:
            boxes.append(Box(cols.start / to_small, rows.start / to_small, cols.stop / to_small,
                             rows.stop / to_small))  # fmt: skip
    return tuple(boxes)


def read_scan(raster: PageRaster, indices: range | list[int], kind: str) -> list[tuple[str, PageLayout]]:
    """OCR the pages ``indices`` of an opened original (``kind`` "pdf" or "image"), in order."""
    out = []
    for index in indices:
        image, dpi = raster.native(index, pdf_dpi=OCR_DPI)
        out.append(read_page(image, dpi, PageSource(kind, index), number=index + 1))
    return out


__all__ = [
    "LANGUAGE",
    "OcrError",
    "detect_quarter_turns",
    "estimate_skew",
    "read_page",
    "read_scan",
    "tesseract_available",
]
