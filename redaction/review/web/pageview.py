"""The page view of the cockpit: a PDF or scan shown as its pages, the decisions' boxes over them.

Where things are: the pipeline keeps a document's page model and its original in the batch's
restricted folder, beside the text (``<restricted>/batches/<batch>/texts/<id>.pages.json`` and
``<id>.source``, see ``pipelines/defs/documents.py``). The cockpit reads them from there, never
from the public area. The boxes drawn are those of the store's decision records (one per span,
mapped to the page by ``layout.boxes``) and the boxes reviewers drew by hand: no copy of either.

Page images are rendered on the server from the original (`redaction.pages.raster`) at a modest
resolution and kept in a small in-memory cache (a page takes a second to render; a reviewer
reloads after every action). The cache holds unredacted pixels, like the text the process keeps
in memory anyway; it is bounded and never written anywhere.
"""

from __future__ import annotations

import io
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from redaction.pages import Box, DocumentLayout
from redaction.review.store import DocumentView, PageBoxView, SpanView

# Screen resolution of a page image: an A4 page is 827 x 1169 pixels, sharp enough to read a
# signature, small enough (about 100-200 KB as PNG) to reload after every action.
DPI = 100
CACHE_PAGES = 48
# Ids in paths come from the store, but a path is built from them: only plain ids make one.
_PLAIN_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def page_files(restricted: Path, doc: DocumentView) -> tuple[Path, Path] | None:
    """(page model, original) of a document in the restricted area, or None when it has none."""
    if not (_PLAIN_ID.match(doc.batch_id) and _PLAIN_ID.match(doc.id)):
        return None
    texts = restricted / "batches" / doc.batch_id / "texts"
    layout, source = texts / f"{doc.id}.pages.json", texts / f"{doc.id}.source"
    return (layout, source) if layout.is_file() and source.is_file() else None


class PageModels:
    """Page models and rendered page images of the documents being reviewed, cached in memory
    (keyed by file, modification time and page, so a re-ingested document is read again)."""

    def __init__(self, restricted: Path, capacity: int = CACHE_PAGES) -> None:
        self.restricted = restricted
        self._capacity = capacity
        self._images: OrderedDict[tuple[str, int, int], bytes] = OrderedDict()
        self._layouts: OrderedDict[tuple[str, int], DocumentLayout] = OrderedDict()
        self._lock = threading.Lock()

    def layout(self, doc: DocumentView) -> DocumentLayout | None:
        files = page_files(self.restricted, doc)
        if files is None:
            return None
        key = (str(files[0]), files[0].stat().st_mtime_ns)
        with self._lock:
            if key in self._layouts:
                self._layouts.move_to_end(key)
                return self._layouts[key]
        layout = DocumentLayout.from_json(files[0].read_text(encoding="utf-8"))
        with self._lock:
            self._layouts[key] = layout
            while len(self._layouts) > self._capacity:
                self._layouts.popitem(last=False)
        return layout

    def png(self, doc: DocumentView, number: int) -> bytes | None:
        """Page ``number`` (1-based) as PNG, as the page model shows it (turned, deskewed); None if
        the document has no such page."""
        from redaction.pages.raster import PageRaster  # pypdfium2 and Pillow only when a page is shown

        layout = self.layout(doc)
        files = page_files(self.restricted, doc)
        if layout is None or files is None or not 1 <= number <= len(layout.pages):
            return None
        key = (str(files[1]), files[1].stat().st_mtime_ns, number)
        with self._lock:
            if key in self._images:
                self._images.move_to_end(key)
                return self._images[key]
        page = layout.pages[number - 1]
        with PageRaster(files[1].read_bytes(), layout.suffix) as raster:
            image = raster.image(page.source, page.width, page.height, DPI)
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=False)
        data = out.getvalue()
        with self._lock:
            self._images[key] = data
            while len(self._images) > self._capacity:
                self._images.popitem(last=False)
        return data


@dataclass(frozen=True, slots=True)
class SpanBox:
    """One box of a decision on a page (a span over two lines has two)."""

    span: SpanView
    box: Box


@dataclass(frozen=True, slots=True)
class PageShown:
    """What the page view draws for one page."""

    number: int
    width: float
    height: float
    flagged: bool
    why: tuple[str, ...]
    seen: tuple[str, datetime] | None
    boxes: tuple[SpanBox, ...]
    spans: tuple[SpanView, ...]  # the decisions with a box on this page, in reading order
    manual: tuple[PageBoxView, ...]
    marks: tuple[Box, ...] = field(default_factory=tuple)


def pages_shown(layout: DocumentLayout, doc: DocumentView, manual: Sequence[PageBoxView]) -> list[PageShown]:
    """Per page of the model: the boxes of the document's decisions, the hand-drawn boxes, and why
    the page is flagged for a person (from the store's list, explained by the page model)."""
    per_page: dict[int, list[SpanBox]] = {}
    for span in doc.spans:
        for number, box in layout.boxes(span.start, span.end):
            per_page.setdefault(number, []).append(SpanBox(span, box))
    flagged = set(doc.pages_to_review)
    shown = []
    for page in layout.pages:
        why = []
        if page.low_confidence:
            sure = f" (gemiddeld {page.confidence:.0f} van 100)" if page.confidence is not None else ""
            why.append(f"de tekstherkenning was onzeker{sure}")
        if page.marks:
            why.append(f"{len(page.marks)} plek(ken) met inkt zonder herkende tekst (handtekening, stempel, "
                       "handschrift of foto?): teken er zo nodig een vlak over")  # fmt: skip
        boxes = tuple(per_page.get(page.number, ()))
        spans = tuple({b.span.id: b.span for b in boxes}.values())
        shown.append(PageShown(
            number=page.number, width=page.width, height=page.height, flagged=page.number in flagged,
            why=tuple(why) or ("gemarkeerd om te controleren",), seen=doc.pages_seen.get(page.number), boxes=boxes,
            spans=spans, manual=tuple(m for m in manual if m.page == page.number), marks=page.marks,
        ))  # fmt: skip
    return shown


def reject_choice(span: SpanView) -> str:
    """The choice that goes against the proposal: keep a proposed redaction, redact a proposed keep
    (on the ground proposed with it, else personal privacy)."""
    if span.proposed_decision == "redact":
        return "keep"
    return f"redact:{span.proposed_ground or '5.1.2e'}"
