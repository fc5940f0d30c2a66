"""Pixels of a page: PDF pages rendered with pypdfium2, image frames read with Pillow.

pypdfium2 (Apache-2.0 / BSD-3-Clause, Google's PDFium) renders PDF pages; PyMuPDF would too but is
AGPL. Both the OCR at ingest and the page renderer at publication go through `PageRaster.image`, so
a scan is turned and deskewed the same way twice and the word boxes found by OCR land on the same
pixels when the boxes are burned in.
"""

from __future__ import annotations

import io
from types import TracebackType

from PIL import Image, ImageOps

from redaction.ingest.errors import CorruptFileError, TooLargeError
from redaction.pages import IMAGE_SUFFIXES, MAX_PAGES, PageSource

# Beyond this many pixels a page is no letter (a poster, a map, or a decompression bomb).
MAX_PIXELS = 60_000_000
WHITE = 255


def image_dpi(image: Image.Image) -> float:
    """The resolution a scan was made at; without one, assume the page is A4 wide (8.27 inch)."""
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and float(dpi[0]) >= 50:
        return float(dpi[0])
    return max(72.0, image.width / 8.27)


class PageRaster:
    """The original bytes of a PDF or image file, opened once for several pages."""

    def __init__(self, data: bytes, suffix: str) -> None:
        self.suffix = suffix.lower()
        self._pdf = None
        self._image: Image.Image | None = None
        if self.suffix == ".pdf":
            import pypdfium2 as pdfium

            try:
                self._pdf = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                raise CorruptFileError(f"PDF cannot be rendered ({type(exc).__name__}) / PDF niet te tonen") from None
        else:
            try:
                self._image = Image.open(io.BytesIO(data))
                self._image.load()
            except Image.DecompressionBombError:
                raise TooLargeError("image has too many pixels / afbeelding te groot") from None
            except Exception as exc:
                raise CorruptFileError(f"image cannot be read ({type(exc).__name__}) / afbeelding is beschadigd") \
                    from None  # fmt: skip

    def __enter__(self) -> PageRaster:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        if self._image is not None:
            self._image.close()
            self._image = None

    def __len__(self) -> int:
        if self._pdf is not None:
            return len(self._pdf)
        assert self._image is not None
        return getattr(self._image, "n_frames", 1)

    def native(self, index: int, pdf_dpi: float = 300.0) -> tuple[Image.Image, float]:
        """Page ``index`` as found (before turning): the image and its resolution in dots per inch."""
        if self._pdf is not None:
            page = self._pdf[index]
            try:
                width, height = page.get_size()
                scale = min(pdf_dpi / 72.0, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
                # Annotations and form fields are not drawn: their text is not in the text layer,
                # so it was never analysed and must not appear in the published pixels.
                image = page.render(scale=scale, grayscale=False, draw_annots=False).to_pil()
            finally:
                page.close()
            return image, scale * 72.0
        assert self._image is not None
        self._image.seek(index)
        if self._image.width * self._image.height > MAX_PIXELS:
            raise TooLargeError("image has too many pixels / afbeelding te groot")
        frame = self._image.convert("L" if self._image.mode in ("1", "L", "LA", "I;16", "P") and
                                    _is_gray(self._image) else "RGB")  # fmt: skip
        return frame, image_dpi(self._image)

    def image(self, source: PageSource, width: float, height: float, dpi: float) -> Image.Image:
        """The page as shown (turned and deskewed), ``width`` x ``height`` points at ``dpi``."""
        native, _ = self.native(source.index, pdf_dpi=dpi if source.kind == "pdf" else 300.0)
        shown = orient(native, source.quarter_turns, source.skew)
        size = (max(1, round(width * dpi / 72.0)), max(1, round(height * dpi / 72.0)))
        if shown.size == size:
            return shown
        if abs(shown.width - size[0]) <= 1 and abs(shown.height - size[1]) <= 1:
            # pdfium rounds a page's pixels up, this rounds to the nearest: one pixel apart is
            # rounding, not scale. The edge is cut off or padded white, where a Lanczos pass over
            # the whole page (for an A4 page at 150 dpi, 1241 pixels wide against 1240) took 35 ms
            # and blurred every glyph a little.
            fitted = Image.new(shown.mode, size, "white")
            fitted.paste(shown, (0, 0))
            return fitted
        return shown.resize(size, Image.Resampling.LANCZOS)


def _is_gray(image: Image.Image) -> bool:
    if image.mode != "P":
        return True
    palette = image.getpalette() or []
    return all(palette[i] == palette[i + 1] == palette[i + 2] for i in range(0, len(palette) - 2, 3))


def orient(image: Image.Image, quarter_turns: int, skew: float) -> Image.Image:
    """Turn by quarter turns, then rotate by ``skew`` degrees (both counter-clockwise) on white."""
    if quarter_turns % 4:
        image = image.rotate(90 * (quarter_turns % 4), expand=True)
    if abs(skew) >= 0.05:
        fill: int | tuple[int, int, int] = WHITE if image.mode == "L" else (WHITE, WHITE, WHITE)
        image = image.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    return image


def grayscale(image: Image.Image) -> Image.Image:
    return image if image.mode == "L" else ImageOps.grayscale(image)


__all__ = ["IMAGE_SUFFIXES", "MAX_PAGES", "MAX_PIXELS", "PageRaster", "grayscale", "image_dpi", "orient"]
