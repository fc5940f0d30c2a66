"""The page model: a PDF or scanned document as pages with a size, an image source and word boxes.

Every document that came in as a PDF or an image (a scan, a fax, a photo of a letter) has, beside
its analysed text, a ``DocumentLayout``. It is what the page renderer burns the boxes from, what
the leak check reads back and what a page-review screen draws on.

    layout = DocumentLayout.from_json(path.read_text())      # texts/<id>.pages.json in a batch
    for page in layout.pages:
        page.number, page.width, page.height                 # 1-based; size in PDF points (1/72 inch)
        page.source                                          # where the page's pixels come from
        page.words                                           # Word(text, start, end, box, confidence)
        page.ocr, page.confidence, page.low_confidence       # read by OCR? mean word confidence 0-100
        page.marks                                           # what no word covers: on OCR pages ink
                                                             # (signature, stamp, handwriting), on typed
                                                             # pages images; a person must look
    layout.boxes(start, end)        # [(page number, Box), ...]: one box per line a text span covers
    layout.pages_to_review          # page numbers a person must look at before anything is published
                                    # (low OCR confidence, or marks a person may have to box by hand)

Coordinates: a ``Box`` is ``(x0, top, x1, bottom)`` in points from the page's top-left corner
(pdfplumber's convention), in the frame of the page as it is shown: upright, after the rotation
and deskew of a scan. To draw on an image of ``w`` x ``h`` pixels, scale by ``w / page.width``.

Offsets: ``Word.start`` / ``Word.end`` are character offsets into the document's analysed text (the
text every ``Decision`` points into), so a decision's span maps to the words it touches, and a word
to the decisions over it. A span that covers part of a word covers the whole word's box: a box
never leaves half a name readable. A span that covers no word at all has no box: the page renderer
refuses such a document rather than publish the value unseen.

Image source (``PageSource``): ``kind`` "pdf" (page ``index`` of the original PDF, rendered with
pypdfium2) or "image" (frame ``index`` of the original PNG, JPEG or TIFF), then ``quarter_turns``
counter-clockwise turns (a page scanned sideways) and ``skew`` degrees counter-clockwise (a page
that lay askew on the scanner glass). `redaction.pages.raster.page_image` makes the pixels from the
original bytes and a ``PageSource``; the original bytes stay in the restricted area beside the text.

Nothing here holds personal data on its own, but words do: a layout is restricted like the text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# Mean word confidence (Tesseract's 0-100) below which a page goes to a person before publication.
LOW_CONFIDENCE = 60.0
# Image files read as scans (ingest registers a reader for each).
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
# Pages of a multi-page TIFF or PDF read at most: a scanned file of more is an archive, not a letter.
MAX_PAGES = 300


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a page in points, origin top-left."""

    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.top, other.top), max(self.x1, other.x1),
                   max(self.bottom, other.bottom))  # fmt: skip

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Word:
    """One word on a page: its text, where it is in the analysed text, and where on the page."""

    text: str
    start: int
    end: int
    box: Box
    confidence: float | None = None  # OCR only, 0-100


@dataclass(frozen=True, slots=True)
class PageSource:
    """Where a page's pixels come from: page or frame ``index`` (0-based) of the original file,
    turned ``quarter_turns`` x 90 degrees and then ``skew`` degrees, both counter-clockwise."""

    kind: str  # "pdf" | "image"
    index: int
    quarter_turns: int = 0
    skew: float = 0.0


@dataclass(frozen=True, slots=True)
class PageLayout:
    """One page: its size in points, its image source, its words (reading order)."""

    number: int
    width: float
    height: float
    source: PageSource
    words: tuple[Word, ...] = ()
    ocr: bool = False
    confidence: float | None = None
    marks: tuple[Box, ...] = ()

    @property
    def low_confidence(self) -> bool:
        """An OCR page whose words Tesseract was unsure of (or found none on)."""
        return self.ocr and (self.confidence is None or self.confidence < LOW_CONFIDENCE)

    @property
    def needs_review(self) -> bool:
        """A person must look before publication: OCR was unsure, or ink lies where no word was read
        (a signature, a stamp, handwriting, a photo: only a person can box those)."""
        return self.low_confidence or bool(self.marks)


@dataclass(frozen=True, slots=True)
class DocumentLayout:
    """The pages of one document; ``suffix`` is the original's file type (".pdf", ".png", ...)."""

    suffix: str
    pages: tuple[PageLayout, ...] = field(default_factory=tuple)

    @property
    def low_confidence_pages(self) -> list[int]:
        return [page.number for page in self.pages if page.low_confidence]

    @property
    def pages_to_review(self) -> list[int]:
        """Pages a person must look at before anything of the document is published."""
        return [page.number for page in self.pages if page.needs_review]

    @property
    def ocr_pages(self) -> int:
        return sum(page.ocr for page in self.pages)

    def words_in(self, start: int, end: int) -> Iterable[tuple[PageLayout, Word]]:
        """Every word that shares at least one character with ``[start, end)``."""
        for page in self.pages:
            for word in page.words:
                if word.start < end and start < word.end:
                    yield page, word

    def boxes(self, start: int, end: int) -> list[tuple[int, Box]]:
        """The boxes a text span covers: per page, one box per line (words of a line joined)."""
        return merge_lines(self.words_in(start, end))

    def to_json(self) -> str:
        return json.dumps({
            "suffix": self.suffix,
            "pages": [{
                "number": p.number, "width": round(p.width, 2), "height": round(p.height, 2),
                "source": [p.source.kind, p.source.index, p.source.quarter_turns, p.source.skew],
                "ocr": p.ocr, "confidence": p.confidence,
                "marks": [[round(v, 2) for v in (m.x0, m.top, m.x1, m.bottom)] for m in p.marks],
                "words": [[w.text, w.start, w.end, *(round(v, 2) for v in (w.box.x0, w.box.top, w.box.x1,
                                                                          w.box.bottom)), w.confidence]
                          for w in p.words],
            } for p in self.pages],
        }, ensure_ascii=False)  # fmt: skip

    @classmethod
    def from_json(cls, data: str) -> DocumentLayout:
        raw = json.loads(data)
        pages = []
        for p in raw["pages"]:
            kind, index, turns, skew = p["source"]
            words = tuple(Word(text, start, end, Box(x0, top, x1, bottom), conf)
                          for text, start, end, x0, top, x1, bottom, conf in p["words"])  # fmt: skip
            marks = tuple(Box(*m) for m in p.get("marks", ()))
            pages.append(PageLayout(p["number"], p["width"], p["height"], PageSource(kind, index, turns, skew), words,
                                    p["ocr"], p["confidence"], marks))  # fmt: skip
        return cls(raw["suffix"], tuple(pages))

    def shifted(self, offset: int, numbers_from: int = 1) -> DocumentLayout:
        """The same layout with every word's offsets moved by ``offset`` and pages renumbered from
        ``numbers_from``: for joining the layouts of pages read one by one into one document."""
        pages = tuple(
            PageLayout(numbers_from + i, p.width, p.height, p.source,
                       tuple(Word(w.text, w.start + offset, w.end + offset, w.box, w.confidence) for w in p.words),
                       p.ocr, p.confidence, p.marks)
            for i, p in enumerate(self.pages)
        )  # fmt: skip
        return DocumentLayout(self.suffix, pages)


def merge_lines(words: Iterable[tuple[PageLayout, Word]]) -> list[tuple[int, Box]]:
    """Words -> one box per (page, line): neighbouring words whose vertical extents overlap by more
    than half the smaller height are one line (so the box also hides the space between them)."""
    out: list[tuple[int, Box]] = []
    for page, word in words:
        if out and out[-1][0] == page.number and _same_line(out[-1][1], word.box):
            out[-1] = (page.number, out[-1][1].union(word.box))
        else:
            out.append((page.number, word.box))
    return out


def _same_line(a: Box, b: Box) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.5 * min(a.height, b.height) and b.x0 >= a.x0 - 1.0


def mean_confidence(confidences: Sequence[float]) -> float | None:
    return sum(confidences) / len(confidences) if confidences else None


__all__ = [
    "IMAGE_SUFFIXES",
    "LOW_CONFIDENCE",
    "MAX_PAGES",
    "Box",
    "DocumentLayout",
    "PageLayout",
    "PageSource",
    "Word",
    "mean_confidence",
    "merge_lines",
]
