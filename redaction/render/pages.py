"""The published PDF as the document looked: each page an image of the original, boxes burned in.

For PDFs and scans (documents with a page model, `redaction.pages`). Every page is rendered from
the original (pypdfium2 for PDF pages, Pillow for image frames, turned and deskewed as OCR saw it),
the boxes of the redacted spans are painted black into the pixels with the ground code in white,
and the page is written anew by ReportLab as one JPEG image. Over it lies an invisible text layer
(text render mode 3) with only the words no redaction touches and the ground codes where boxes
are, so the publication stays searchable and a screen reader can read it. Nothing of the original
file is copied: no content stream, font, annotation, form field, attachment or metadata. The Noot
goes on a last page, typeset. Metadata is rewritten as the typeset renderer does.

Images: 150 dpi; a gray page as 16 gray levels deflated or as JPEG (quality 75), whichever is
smaller; a page with colour (a logo, a stamp) as colour JPEG. Size per A4 page is measured by
`eval.bench_pipeline` (the target is at most 250 KB).

A redacted span that covers no word of the page model (nothing to put a box on) is refused with
a `RenderError`; the caller falls back to the typeset PDF, which never writes a redacted character.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from redaction.decisions import Decision
from redaction.pages import Box, DocumentLayout
from redaction.pages.manual import ManualBox, burn_list, covers, noot_decisions
from redaction.pages.raster import PageRaster
from redaction.render import RenderError, register
from redaction.render.pdf import DEFAULT_TITLE, FONT_CANDIDATES, _fonts, _strip_metadata, footer_text
from redaction.render.text import NOOT_HEADING, NOOT_INTRO, ground_codes, noot_lines, redacted_regions

DPI = 150
JPEG_QUALITY = 75
# A box reaches this far (points) beyond its words: anti-aliased edges of glyphs stay covered.
PAD = 1.5
# A page whose pixels differ between colour channels by more than this is kept in colour.
COLOUR_SPREAD = 24


@cache
def _label_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for regular, _bold in FONT_CANDIDATES:
        if regular.is_file():
            return ImageFont.truetype(str(regular), size)
    return ImageFont.load_default(size=size)


def _is_colour(image: Image.Image) -> bool:
    """True when some pixel's colour channels differ noticeably (a logo, a stamp, a photo)."""
    if image.mode == "L":
        return False
    small = image.convert("RGB").resize((max(1, image.width // 8), max(1, image.height // 8)))
    r, g, b = small.split()
    return any(ImageChops.difference(x, y).getextrema()[1] > COLOUR_SPREAD for x, y in ((r, g), (g, b), (r, b)))


def burn(image: Image.Image, boxes: Sequence[tuple[Box, str]], scale: float) -> None:
    """Paint each box black (padded) with its label in white, in place; ``scale`` is pixels per point.

    A label wider than its box widens the box around its centre: the ground must be readable,
    and a wider box hides more, never less.
    """
    draw = ImageDraw.Draw(image)
    black = 0 if image.mode == "L" else (0, 0, 0)
    white = 255 if image.mode == "L" else (255, 255, 255)
    for box, label in boxes:
        x0, top = (box.x0 - PAD) * scale, (box.top - PAD) * scale
        x1, bottom = (box.x1 + PAD) * scale, (box.bottom + PAD) * scale
        size = max(6, int((bottom - top) * 0.72))
        font = _label_font(size)
        width = draw.textlength(label, font=font)
        while width > (x1 - x0) - 4 and size > 7:
            size -= 1
            font = _label_font(size)
            width = draw.textlength(label, font=font)
        if width > (x1 - x0) - 4:
            grow = (width + 4 - (x1 - x0)) / 2
            x0, x1 = x0 - grow, x1 + grow
        draw.rectangle((x0, top, x1, bottom), fill=black)
        draw.text(((x0 + x1) / 2, (top + bottom) / 2), label, fill=white, font=font, anchor="mm")


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True, subsampling=2 if image.mode == "RGB" else 0)
    return out.getvalue()


def encoded(image: Image.Image) -> ImageReader:
    """The page image as ReportLab embeds it: the smaller of a JPEG and, for a gray page, 16 gray
    levels deflated (crisp text and box edges; on a typed A4 page at 150 dpi about 110 KB against
    170 KB as JPEG). Colour pages are JPEG. ReportLab copies JPEG bytes as they are and deflates
    raw gray pixels, which zlib measures here the same way."""
    jpeg = _jpeg(image)
    if image.mode == "L":
        levels = image.point(_SIXTEEN_LEVELS)
        if len(zlib.compress(levels.tobytes(), 6)) < len(jpeg):
            return ImageReader(levels)
    return ImageReader(io.BytesIO(jpeg))


_SIXTEEN_LEVELS = [round(v * 15 / 255) * 17 for v in range(256)]


def render_pages(
    text: str,
    decisions: Sequence[Decision],
    *,
    layout: DocumentLayout,
    source: bytes,
    title: str = DEFAULT_TITLE,
    creation_date: datetime | None = None,
    font_path: str | None = None,
    dpi: int = DPI,
    manual_boxes: Sequence[ManualBox] = (),
) -> bytes:
    """The redacted document as a PDF of page images (see the module docstring). ``manual_boxes``:
    boxes a reviewer drew on a page (`redaction.pages.manual`), burned in like a span's."""
    regular, bold, _unicode = _fonts(font_path)
    per_page: dict[int, list[tuple[Box, str]]] = {}
    hidden: list[tuple[int, int]] = []
    for region in redacted_regions(decisions):
        boxes = layout.boxes(region.start, region.end)
        if not boxes and text[region.start : region.end].strip():
            raise RenderError("a redaction lies on no word of the page model / weglakking niet te plaatsen")
        hidden.append((region.start, region.end))
        label = ground_codes(region)
        for number, box in boxes:
            per_page.setdefault(number, []).append((box, label))
    buffer = io.BytesIO()
    # Our own font from the first operator on: no font of the original, nor ReportLab's Helvetica.
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, lang="nl-NL", initialFontName=regular)
    scale = dpi / 72.0
    with PageRaster(source, layout.suffix) as raster:
        for page in layout.pages:
            image = raster.image(page.source, page.width, page.height, dpi)
            image = image.convert("RGB") if _is_colour(image) else image.convert("L")
            boxes = per_page.get(page.number, []) + burn_list(manual_boxes, page.number)
            burn(image, boxes, scale)
            canvas.setPageSize((page.width, page.height))
            canvas.drawImage(encoded(image), 0, 0, width=page.width, height=page.height)
            _invisible_words(canvas, regular, page.height, [
                (w.text, w.box) for w in page.words
                if not any(w.start < end and start < w.end for start, end in hidden)
                and not covers(manual_boxes, page.number, w.box)
            ] + [(label, box) for box, label in boxes])  # fmt: skip
            canvas.showPage()
    lines = noot_lines([*decisions, *noot_decisions(manual_boxes)])
    if lines:
        _noot_page(canvas, regular, bold, lines, title)
    canvas.save()
    return _strip_metadata(buffer.getvalue(), title, creation_date)


def _invisible_words(canvas: Canvas, font: str, page_height: float, words: list[tuple[str, Box]]) -> None:
    """Text render mode 3 (neither fill nor stroke): searchable and selectable, not visible."""
    for word, box in words:
        size = max(1.0, box.height * 0.9)
        width = pdfmetrics.stringWidth(word, font, size)
        if width <= 0:
            continue
        obj = canvas.beginText()
        obj.setTextRenderMode(3)
        obj.setFont(font, size)
        obj.setHorizScale(100.0 * (box.x1 - box.x0) / width)
        obj.setTextOrigin(box.x0, page_height - box.bottom + 0.2 * size)
        obj.textOut(word)
        canvas.drawText(obj)


def _noot_page(canvas: Canvas, regular: str, bold: str, lines: list[str], title: str) -> None:
    canvas.setPageSize(A4)
    width, height = A4
    left, y = 72.0, height - 72.0
    canvas.setFont(bold, 12)
    canvas.drawString(left, y, NOOT_HEADING)
    y -= 20
    canvas.setFont(regular, 10)
    for chunk in _wrap(NOOT_INTRO, regular, 10, width - 2 * left):
        canvas.drawString(left, y, chunk)
        y -= 13
    for line in lines:
        y -= 2
        canvas.drawString(left, y, "•")
        canvas.drawString(left + 12, y, line)
        y -= 13
    canvas.setFont(regular, 8)
    canvas.setFillGray(0.35)
    canvas.drawString(left, 1.2 * 28.35, footer_text(title, canvas.getPageNumber()))
    canvas.showPage()


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        attempt = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(attempt, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = attempt
    return [*lines, current] if current else lines


@register("pages")
def _render_pages_registered(text: str, decisions: Sequence[Decision], /, **options: Any) -> bytes:
    known = {"layout", "source", "title", "creation_date", "font_path", "dpi", "manual_boxes"}
    if options.get("layout") is None or options.get("source") is None:
        raise RenderError("the page renderer needs the page model and the original / pagina's ontbreken")
    return render_pages(text, decisions, **{key: value for key, value in options.items() if key in known})
