"""Synthetic scans: typed text drawn on a page image, then spoiled as a scanner or fax spoils it.

Used by the demo inbox (a letter scanned askew, a signed form, a fax, a multi-page scan), by the
tests and by `eval.scanned` (woo_dev letters as scans, made at measurement time into var/).
Everything is drawn here with Pillow and DejaVu; names come from the caller and are invented.
"""

from __future__ import annotations

import io
import math
import random
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
A4_INCH = (8.27, 11.69)


@dataclass(frozen=True)
class Spoil:
    """How a page is spoiled: degrees of rotation (counter-clockwise), quarter turns (a page fed
    sideways), Gaussian blur radius in pixels, share of pixels turned to random noise, fax mode
    (halved vertical resolution, black and white)."""

    rotate: float = 0.0
    quarter_turns: int = 0
    blur: float = 0.0
    noise: float = 0.0
    fax: bool = False
    seed: int = 0


def page_lines(lines: Sequence[str], width_chars: int = 80) -> list[str]:
    """Wrap long lines as a typewriter would; an empty line stays an empty line."""
    out: list[str] = []
    for line in lines:
        out.extend(textwrap.wrap(line, width_chars) or [""])
    return out


def draw_page(lines: Sequence[str], *, dpi: int = 200, font_pt: float = 11.0, signature: bool = False,
              height_inch: float = A4_INCH[1]) -> Image.Image:  # fmt: skip
    """A white A4 page (``height_inch`` shorter for small test pages) with ``lines`` typed on it;
    ``signature`` adds a squiggle drawn by hand under the last line."""
    size = (round(A4_INCH[0] * dpi), round(height_inch * dpi))
    image = Image.new("L", size, 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(font_pt * dpi / 72))
    margin, leading = round(0.9 * dpi), round(font_pt * 1.45 * dpi / 72)
    y = margin
    for line in lines:
        if y > size[1] - margin:
            break
        draw.text((margin, y), line, fill=25, font=font)
        y += leading
    if signature:
        _squiggle(draw, margin, y + leading // 2, dpi)
    return image


def _squiggle(draw: ImageDraw.ImageDraw, x: int, y: int, dpi: int) -> None:
    """A signature: a pen line looping along a baseline, as a hand writes a name."""
    points = []
    for step in range(240):
        t = step / 240
        points.append((x + t * 2.2 * dpi + 0.12 * dpi * math.sin(t * 31), y + 0.18 * dpi * math.sin(t * 17) *
                       (1 - t) + 0.1 * dpi * math.cos(t * 9)))  # fmt: skip
    draw.line(points, fill=15, width=max(2, dpi // 60), joint="curve")


def spoil(image: Image.Image, how: Spoil) -> Image.Image:
    """The page as a scanner or fax returns it."""
    rng = random.Random(how.seed)
    if how.fax:
        # 200 x 100 dpi, then back: every other line lost, as a fax in standard mode.
        image = image.resize((image.width, image.height // 2)).resize(image.size, Image.Resampling.NEAREST)
    if how.blur:
        image = image.filter(ImageFilter.GaussianBlur(how.blur))
    if how.rotate:
        image = image.rotate(how.rotate, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=245)
    if how.quarter_turns % 4:
        image = image.rotate(90 * (how.quarter_turns % 4), expand=True)
    if how.noise:
        pixels = image.load()
        count = int(image.width * image.height * how.noise)
        for _ in range(count):
            pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.choice((0, 90, 255))
    if how.fax:
        image = image.point(lambda v: 0 if v < 150 else 255)
    return image


def png_bytes(image: Image.Image, dpi: int = 200) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


def jpeg_bytes(image: Image.Image, dpi: int = 200, quality: int = 80) -> bytes:
    out = io.BytesIO()
    image.convert("L").save(out, format="JPEG", dpi=(dpi, dpi), quality=quality)
    return out.getvalue()


def tiff_bytes(pages: Sequence[Image.Image], dpi: int = 200) -> bytes:
    """A multi-page TIFF (the format of office scanners and fax servers), Group 4 when black and white."""
    out = io.BytesIO()
    bilevel = all(page.mode == "1" for page in pages)
    pages[0].save(out, format="TIFF", save_all=True, append_images=list(pages[1:]), dpi=(dpi, dpi),
                  compression="group4" if bilevel else "tiff_deflate")  # fmt: skip
    return out.getvalue()


def scan_pdf(pages: Sequence[Image.Image], dpi: int = 200) -> bytes:
    """A scanned PDF: each page one JPEG image, no text layer (as a scanner's 'scan to PDF')."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    for page in pages:
        width, height = page.width * 72 / dpi, page.height * 72 / dpi
        c.setPageSize((width, height))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(page, dpi))), 0, 0, width=width, height=height)
        c.showPage()
    c.save()
    return buffer.getvalue()


__all__ = ["Spoil", "draw_page", "jpeg_bytes", "page_lines", "png_bytes", "scan_pdf", "spoil", "tiff_bytes"]
