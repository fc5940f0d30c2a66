"""Writers for the demo inbox: PDF with a text layer, scanned-looking PDF, DOCX and EML.

Every writer is deterministic for its inputs (fixed timestamps, zip dates, MIME boundaries),
so an inbox generated twice with the same seed is byte-identical.
"""

from __future__ import annotations

import datetime
import functools
import io
import os
import textwrap
import zipfile
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

import docx
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# DejaVu (installed by `make install`) has every character of the letters ("zuinig", ‘quotes’,
# €); Helvetica, the fallback, only Windows-1252, so curly quotes would come out as "?".
_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@functools.cache
def _font() -> str:
    if os.path.exists(_DEJAVU):
        pdfmetrics.registerFont(TTFont("InboxSans", _DEJAVU))
        return "InboxSans"
    return "Helvetica"


_FONT_SIZE = 10.5
_LEADING = 14.5
_MARGIN = 64
_WRAP = 92  # characters per line at this font size on A4 with these margins


def pdf_bytes(lines: Sequence[str], *, title: str = "", created: datetime.date | None = None) -> bytes:
    """A text PDF: one line of ``lines`` per line (long lines wrapped), new pages as needed."""
    buffer = io.BytesIO()
    c = _canvas(buffer, title, created)
    height = A4[1]
    y = height - _MARGIN
    for line in lines:
        for piece in textwrap.wrap(line, _WRAP) or [""]:
            if y < _MARGIN:
                c.showPage()
                y = height - _MARGIN
            c.setFont(_font(), _FONT_SIZE)
            c.drawString(_MARGIN, y, piece)
            y -= _LEADING
    c.showPage()
    c.save()
    return buffer.getvalue()


def scan_pdf_bytes(lines: Sequence[str], *, created: datetime.date | None = None) -> bytes:
    """A PDF that looks like a scan: the page is one raster image, so no text is extractable."""
    scale = 2  # pixels per point: enough to be legible, small enough to stay fast
    width, height = (int(v) for v in A4)
    image = Image.new("L", (width * scale, height * scale), 246)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=int(_FONT_SIZE * scale))
    y = _MARGIN * scale
    for line in lines:
        for piece in textwrap.wrap(line, _WRAP) or [""]:
            # A slight slant of the baseline, as a page on a scanner glass never lies straight.
            draw.text((_MARGIN * scale + y // 90, y), piece, fill=30, font=font)
            y += int(_LEADING * scale)
    png = io.BytesIO()
    image.save(png, format="PNG", optimize=False)
    buffer = io.BytesIO()
    c = _canvas(buffer, "", created)
    c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, width=width, height=height)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _canvas(buffer: io.BytesIO, title: str, created: datetime.date | None) -> canvas.Canvas:
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("Gemeente Dordrecht")
    if created is not None:
        # invariant=1 fixes the ID and the date to 2000-01-01; the letter's own date is more
        # realistic. ReportLab has no public setter, so set the timestamp it formats.
        c._doc._timeStamp.YMDhms = (created.year, created.month, created.day, 10, 0, 0)
    return c


def docx_bytes(
    paragraphs: Sequence[str],
    *,
    table: Sequence[Sequence[str]] = (),
    header: str = "",
    footer: str = "",
    title: str = "",
    created: datetime.date | None = None,
) -> bytes:
    """A Word document: paragraphs, then an optional table (first row is the heading)."""
    document = docx.Document()
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for k, value in enumerate(row):
                grid.cell(r, k).text = value
    props = document.core_properties
    moment = datetime.datetime.combine(created or datetime.date(2025, 1, 1), datetime.time(9, 0))
    props.created = props.modified = moment
    props.title = title
    props.author = props.last_modified_by = ""
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip_dates(buffer.getvalue())


def _fixed_zip_dates(data: bytes) -> bytes:
    """Rewrite a zip with a fixed date on every member: python-docx stamps the current time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


MIME_TYPES: dict[str, tuple[str, str]] = {
    ".pdf": ("application", "pdf"),
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ".txt": ("text", "plain"),
}


def eml_message(
    *,
    sender: tuple[str, str],
    to: Sequence[tuple[str, str]],
    subject: str,
    body: str,
    sent: datetime.datetime,
    message_id: str,
    cc: Sequence[tuple[str, str]] = (),
    in_reply_to: str = "",
    references: str = "",
    attachments: Sequence[tuple[str, bytes]] = (),
    forwarded: Sequence[tuple[str, EmailMessage]] = (),
    html: bool = False,
) -> EmailMessage:
    """An e-mail as a mail client writes it; ``html`` adds an HTML alternative of the body."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr(sender)
    msg["To"] = ", ".join(formataddr(a) for a in to)
    if cc:
        msg["Cc"] = ", ".join(formataddr(a) for a in cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    msg.set_content(body)
    if html:
        paragraphs = "".join(f"<p>{_escape(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        msg.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html")
    for filename, data in attachments:
        suffix = filename[filename.rfind(".") :].lower()
        maintype, subtype = MIME_TYPES.get(suffix, ("application", "octet-stream"))
        if maintype == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=subtype, filename=filename)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for filename, inner in forwarded:
        msg.add_attachment(inner, filename=filename)
    return msg


def eml_bytes(msg: EmailMessage, boundary_seed: str) -> bytes:
    """Serialise with boundaries derived from ``boundary_seed`` instead of random ones."""
    for number, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"==woo-{boundary_seed}-{number}==")
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                eml_bytes(inner, f"{boundary_seed}-{number}")
    return msg.as_bytes(policy=policy.SMTP)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
