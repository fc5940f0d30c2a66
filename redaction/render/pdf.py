"""The publishable PDF, typeset anew from the text and the decisions with ReportLab.

Why not edit the original PDF: a black rectangle drawn over text that can still be selected is a
leak, and removing glyphs from content streams safely needs a library we may not use (PyMuPDF is
AGPL). So the published PDF is built from the text: a redacted character is never written into
it. Each redaction is a black box with its ground code in white (``5.1.2e``), as ministries and
publication platforms show it; the rest is real, selectable text. The box's width depends on the
label only, never on the length of what it hides (as the ``[5.1.2e]`` mark of the text rendering),
so a box does not betray how long a name was.

Metadata is rewritten with pypdf after ReportLab is done: the document information dictionary
holds the neutral title the caller passes and, if given, a fixed creation date; nothing else (no
author, creator or producer string, no XMP). ReportLab's ``invariant`` mode fixes the file id and
timestamps, so the same input gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from redaction.decisions import Decision
from redaction.render import RenderError, register
from redaction.render.text import NOOT_HEADING, NOOT_INTRO, ground_codes, noot_lines, redacted_regions

DEFAULT_TITLE = "Document"

# Streams binary (deflated only), not also ASCII85-encoded: ReportLab encodes ASCII85 in pure
# Python without its optional C accelerator, about 40 ms per published page image, and the text
# form makes every stream a quarter larger. PDF has carried binary streams since 1.2; every reader
# and our leak check read them. ReportLab reads this setting when it writes a stream.
rl_config.useA85 = 0

# Unicode TrueType fonts found on Debian-like systems (fonts-dejavu-core, fonts-liberation). An embedded
# Unicode font keeps every character of a Dutch document (ë, €, ł, curly quotes, bullets) extractable.
# Without one we fall back to Helvetica, which only knows Windows-1252.
FONT_CANDIDATES: Final[tuple[tuple[Path, Path], ...]] = (
    (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ),
    (
        Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
        Path("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    ),
)
_FALLBACK_FONTS: Final = ("Helvetica", "Helvetica-Bold")

_PAGE_BREAK: Final = object()
_NEWLINE: Final = object()


@cache
def _fonts(font_path: str | None) -> tuple[str, str, bool]:
    """Register the body and bold font once; returns (regular, bold, unicode_capable)."""
    candidates = FONT_CANDIDATES if font_path is None else ((Path(font_path), Path(font_path)),)
    for regular, bold in candidates:
        if regular.is_file():
            bold = bold if bold.is_file() else regular
            pdfmetrics.registerFont(TTFont(f"Woo-{regular.stem}", str(regular)))
            pdfmetrics.registerFont(TTFont(f"Woo-{bold.stem}", str(bold)))
            return f"Woo-{regular.stem}", f"Woo-{bold.stem}", True
    if font_path is not None:
        raise RenderError("the font file given for the PDF does not exist")
    return (*_FALLBACK_FONTS, False)


def _pdf_date(moment: datetime) -> str:
    """A PDF date string (ISO 32000 7.9.4) in UTC, e.g. ``D:20250527141600+00'00'``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def _break_offsets(pages: Sequence[tuple[int, int]] | None, length: int) -> list[int]:
    """Where the original's pages 2..n begin, as offsets into the text."""
    if not pages:
        return []
    offsets: list[int] = []
    for start, end in pages:
        if not (0 <= start <= end <= length):
            raise RenderError("page map offsets lie outside the document text")
        offsets.append(start)
    return sorted(offset for offset in set(offsets) if offset > 0)


def _stream(text: str, decisions: Sequence[Decision], breaks: list[int]) -> list[object]:
    """Kept text, box labels, newlines and page breaks in reading order.

    A page break that falls inside a redaction moves to the end of it: the box stays whole.
    """
    stream: list[object] = []
    pending = list(breaks)

    def plain(chunk: str) -> None:
        for number, line in enumerate(chunk.split("\n")):
            if number:
                stream.append(_NEWLINE)
            if line:
                stream.append(line)

    def kept(start: int, end: int) -> None:
        cursor = start
        while pending and pending[0] <= end:
            offset = max(pending.pop(0), cursor)
            plain(text[cursor:offset])
            stream.append(_PAGE_BREAK)
            cursor = offset
        plain(text[cursor:end])

    position = 0
    for region in redacted_regions(decisions):
        kept(position, region.start)
        stream.append(_Box(ground_codes(region)))
        position = region.end
    kept(position, len(text))
    return stream


class _Box:
    """A redaction in the stream: only its label, never the text it replaces."""

    __slots__ = ("label",)

    def __init__(self, label: str) -> None:
        self.label = label


def _box_markup(label: str) -> str:
    # Non-breaking spaces keep a multi-ground label in one box and pad it on both sides.
    inner = escape(label).replace(" ", "\xa0")
    return f'<font backColor="#000000" color="#FFFFFF">\xa0{inner}\xa0</font>'


# A line that runs on into the next: long enough to have been wrapped, no sentence or label end, and
# the next line goes on in small letters. Text extracted from a PDF keeps the original's hard line
# breaks; typeset at another width they would leave stray short lines.
_MIN_WRAPPED_LINE = 40
_ENDS_CLAUSE = ".!?:;"


def _soft_breaks(stream: list[object]) -> list[object]:
    """The stream with line breaks inside a flowing paragraph replaced by spaces."""
    out: list[object] = []
    line_text = ""
    for index, item in enumerate(stream):
        if item is _NEWLINE:
            following = stream[index + 1] if index + 1 < len(stream) else None
            stripped = line_text.rstrip()
            if (len(stripped) >= _MIN_WRAPPED_LINE and stripped[-1:] not in _ENDS_CLAUSE
                    and isinstance(following, str) and following[:1].islower()):
                out.append(" ")
                line_text += " "
                continue
            line_text = ""
        elif item is _PAGE_BREAK:
            line_text = ""
        elif isinstance(item, _Box):
            line_text += item.label
        else:
            line_text += str(item)
        out.append(item)
    return out


def _flowables(stream: list[object], body: ParagraphStyle, sanitize: bool) -> list[Flowable]:
    stream = _soft_breaks(stream)
    flowables: list[Flowable] = []
    line: list[str] = []
    content_since_break = False

    def flush(force: bool) -> None:
        nonlocal content_since_break
        if line:
            markup = "".join(line)
            flowables.append(Paragraph(markup, body))
            content_since_break = True
        elif force:
            flowables.append(Spacer(1, body.leading))
            content_since_break = True
        line.clear()

    for item in stream:
        if item is _NEWLINE:
            flush(force=True)
        elif item is _PAGE_BREAK:
            flush(force=False)
            if content_since_break:
                flowables.append(PageBreak())
                content_since_break = False
        elif isinstance(item, _Box):
            line.append(_box_markup(item.label))
        else:
            chunk = str(item).replace("\t", "    ")
            if sanitize:
                chunk = chunk.encode("cp1252", errors="replace").decode("cp1252")
            line.append(escape(chunk))
    flush(force=False)
    return flowables


def _noot_flowables(decisions: Sequence[Decision], body: ParagraphStyle, bold: str) -> list[Flowable]:
    lines = noot_lines(decisions)
    if not lines:
        return []
    heading = ParagraphStyle("woo-noot-kop", parent=body, fontName=bold, spaceBefore=body.leading)
    item = ParagraphStyle("woo-noot-regel", parent=body, leftIndent=12, bulletIndent=0, bulletFontName=body.fontName)
    block: list[Flowable] = [
        Spacer(1, body.leading),
        Paragraph(escape(NOOT_HEADING), heading),
        Paragraph(escape(NOOT_INTRO), body),
    ]
    block.extend(Paragraph(escape(line), item, bulletText="•") for line in lines)
    return [KeepTogether(block)]


def footer_text(title: str, page: int) -> str:
    """The footer of every page: the neutral title and the page number (the leak check knows it)."""
    return f"{title} - pagina {page}"


def _strip_metadata(pdf: bytes, title: str, creation_date: datetime | None) -> bytes:
    """Replace the information dictionary by exactly what we set (and no XMP)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.metadata = None
    info = {"/Title": title}
    if creation_date is not None:
        info["/CreationDate"] = _pdf_date(creation_date)
    writer.add_metadata(info)
    if "/Metadata" in writer.root_object:
        del writer.root_object["/Metadata"]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_pdf(
    text: str,
    decisions: Sequence[Decision],
    *,
    pages: Sequence[tuple[int, int]] | None = None,
    title: str = DEFAULT_TITLE,
    creation_date: datetime | None = None,
    font_path: str | None = None,
) -> bytes:
    """Typeset the redacted document as PDF bytes.

    ``pages`` holds (start, end) text offsets per page of the original, so page breaks fall where
    they fell; a page that overflows simply continues on the next sheet. ``title`` must be the
    neutral document number (it is the PDF title and the footer). ``creation_date`` is written as
    given or left out, never taken from the clock.
    """
    regular, bold, unicode_font = _fonts(font_path)
    body = ParagraphStyle("woo-tekst", fontName=regular, fontSize=10, leading=13, splitLongWords=True)
    safe_title = title if unicode_font else title.encode("cp1252", errors="replace").decode("cp1252")

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillGray(0.35)
        canvas.drawString(doc.leftMargin, 1.2 * cm, footer_text(safe_title, doc.page))
        canvas.restoreState()

    stream = _stream(text, decisions, _break_offsets(pages, len(text)))
    story = _flowables(stream, body, sanitize=not unicode_font) + _noot_flowables(decisions, body, bold)
    if not story:
        story = [Spacer(1, body.leading)]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        topMargin=2.5 * cm,
        bottomMargin=2.5 * cm,
        invariant=1,
        lang="nl-NL",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return _strip_metadata(buffer.getvalue(), title, creation_date)


@register("pdf")
def _render_pdf_registered(text: str, decisions: Sequence[Decision], /, **options: Any) -> bytes:
    known = {"pages", "title", "creation_date", "font_path"}
    return render_pdf(text, decisions, **{key: value for key, value in options.items() if key in known})
