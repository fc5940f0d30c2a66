"""The published PDF as it looked: page images with the boxes burned in, an invisible text layer
with only what is kept, nothing of the original file, and a leak check that reads the pixels."""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import IndirectObject, StreamObject

from eval.inbox.scans import Spoil, draw_page, png_bytes, spoil
from redaction.decisions import Decision
from redaction.ingest import ExtractedDocument, ingest_bytes
from redaction.leakreport import IN_PIXELS_DETAIL, WITHHELD_VALUE, document_leaks
from redaction.pages import Box, DocumentLayout, PageLayout
from redaction.pages.readback import image_dpi, read_back, read_dpi
from redaction.render import render
from redaction.review.store import DocumentView, SpanView

DPI = 150
SECRETS = ("Kanterink", "Sabelsma", "06-48213377")
LINES = ["Geachte heer Kanterink,", "", "Uw brief over de aanvraag kwam goed aan.",
         "Mevrouw Sabelsma belt u op 06-48213377 over de aanvraag.", "Met vriendelijke groet,",
         "Gemeente Dordrecht"]  # fmt: skip


def _decisions(text: str) -> list[Decision]:
    found = []
    for secret in SECRETS:
        for match in re.finditer(re.escape(secret), text):
            found.append(Decision(match.start(), match.end(), secret, "X", "redact", "5.1.2e", "naam", "r", 1.0, "t"))
    return found


def _rendered(document: ExtractedDocument, layout: DocumentLayout | None = None) -> bytes:
    return render("pages", document.text, _decisions(document.text), layout=layout or document.layout,
                  source=document.source, title="Document b1-0001",
                  creation_date=datetime.datetime(2025, 5, 27, tzinfo=datetime.UTC))  # fmt: skip


def _every_byte(pdf: bytes) -> list[bytes]:
    """The file and every stream in it decoded (content streams, images, fonts, metadata)."""
    reader = PdfReader(io.BytesIO(pdf))
    numbers = {(number, generation) for generation, table in reader.xref.items() for number in table}
    numbers |= {(number, 0) for number in reader.xref_objStm}
    out = [pdf]
    for number, generation in sorted(numbers):
        obj = reader.get_object(IndirectObject(number, generation, reader))
        if isinstance(obj, StreamObject):
            out.append(obj.get_data())
    assert len(out) > 3  # content streams, the page image and the font at least
    return out


def _page_image(pdf: bytes, index: int = 0) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        return document[index].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def _dark_share(image: Image.Image, box: Box) -> float:
    inner = image.crop((round((box.x0 + 1) * DPI / 72), round((box.top + 1) * DPI / 72),
                        round((box.x1 - 1) * DPI / 72), round((box.bottom - 1) * DPI / 72)))  # fmt: skip
    pixels = inner.tobytes()
    return sum(v < 100 for v in pixels) / len(pixels)


def test_a_scanned_letter_is_published_as_its_page_with_the_boxes_burned_in() -> None:
    scan = spoil(draw_page(LINES, dpi=DPI, height_inch=3.0), Spoil(rotate=1.2))
    document = ingest_bytes(png_bytes(scan, DPI), "scan.png").documents[0]
    pdf = _rendered(document)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # the page and the Noot
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Geachte" in text and "aanvraag" in text and "5.1.2e" in text and "Noot" in text
    for blob in _every_byte(pdf):
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-be", "latin-1"):
                assert secret.encode(encoding) not in blob, secret
        assert b"48213377" not in blob and b"abelsma" not in blob
    # The pixels: black where the word was (its label in white takes a little), as the original was light there.
    published, layout = _page_image(pdf), document.layout
    start = document.text.index("Kanterink")
    [(_, box)] = layout.boxes(start, start + len("Kanterink"))
    assert _dark_share(published, box) > 0.6
    original = draw_page(LINES, dpi=DPI, height_inch=3.0)
    assert _dark_share(original, box) < 0.35
    kept = document.text.index("Geachte")
    [(_, kept_box)] = layout.boxes(kept, kept + len("Geachte"))
    assert _dark_share(published, kept_box) < 0.35


def _original_pdf() -> bytes:
    """A typed letter in Times with what a PDF can carry besides its page: a form field, a link,
    an attachment, metadata naming the writer."""
    from pypdf import PdfWriter
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer, invariant=1)
    c.setAuthor("M. Kanterink")
    c.setFont("Times-Roman", 11)
    for number, line in enumerate(LINES):
        c.drawString(72, 770 - 16 * number, line)
    c.linkURL("https://kanterink.example", (72, 600, 200, 620))
    c.acroForm.textfield(name="afzender", value="Kanterink", x=72, y=500, width=200, height=20)
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.add_attachment("kanterink.txt", b"Bijlage van Kanterink")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_text_pdf_is_written_anew_as_images_with_nothing_of_the_original() -> None:
    original = _original_pdf()
    document = ingest_bytes(original, "brief.pdf").documents[0]
    assert not document.layout.pages[0].ocr  # the text layer's own character boxes
    pdf = _rendered(document)
    reader = PdfReader(io.BytesIO(pdf))
    first = reader.pages[0]
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in first["/Resources"]["/Font"].values()}
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}
    images = [name for name, obj in first["/Resources"]["/XObject"].items() if obj.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1 and "/Annots" not in first
    assert b"Times" not in pdf and b"Helvetica" not in pdf and b"kanterink.example" not in pdf
    assert "/AcroForm" not in reader.trailer["/Root"] and "/Names" not in reader.trailer["/Root"]
    assert "/Metadata" not in reader.trailer["/Root"] and set(reader.metadata) == {"/Title", "/CreationDate"}
    assert all(secret.encode() not in blob for blob in _every_byte(pdf) for secret in SECRETS)
    assert not any(b"anterink" in blob for blob in _every_byte(pdf))
    layout = document.layout
    start = document.text.index("06-48213377")
    [(_, box)] = layout.boxes(start, start + len("06-48213377"))
    assert _dark_share(_page_image(pdf), box) > 0.6


def test_the_leak_check_reads_a_box_that_missed_its_word_from_the_pixels(tmp_path: Path) -> None:
    document = ingest_bytes(png_bytes(draw_page(LINES, dpi=DPI, height_inch=3.0), DPI), "scan.png").documents[0]
    good = tmp_path / "goed.pdf"
    good.write_bytes(_rendered(document))
    # A page model whose boxes for the name lie a line lower (an alignment error): the name stays visible.
    start = document.text.index("Kanterink")
    page = document.layout.pages[0]
    moved = tuple(replace(w, box=replace(w.box, top=w.box.top + 40, bottom=w.box.bottom + 40))
                  if w.start <= start < w.end else w for w in page.words)  # fmt: skip
    bad = tmp_path / "fout.pdf"
    bad.write_bytes(_rendered(document, DocumentLayout(".png", (PageLayout(**{**_fields(page), "words": moved}),))))
    assert "Kanterink" not in " ".join(text for _, text in read_back(good))
    seen = read_back(bad)
    assert [where for where, _ in seen] == ["pagina 1 (beeld, OCR)"] and "Kanterink" in seen[0][1]
    # The invisible text layer of the faulty file holds no name either: only the pixels tell.
    assert "Kanterink" not in " ".join(p.extract_text() for p in PdfReader(bad).pages)


def _fields(page: PageLayout) -> dict[str, object]:
    return {name: getattr(page, name) for name in PageLayout.__slots__}


# --- the leak check's read-back at the page image's own resolution ---------------------------------

LETTER = ["Gemeente Dordrecht, afdeling Werk en Inkomen", "",
          "Geachte heer Kanterink,", "",
          "Naar aanleiding van uw aanvraag van 3 maart hebben wij uw dossier bekeken.",
          "Uw contactpersoon, mevrouw Sabelsma, neemt binnen twee weken contact met u op.",
          "Zij is bereikbaar op 06-48213377, op werkdagen tussen negen en vijf uur.",
          "Met vriendelijke groet,", "", "de teamleider"]  # fmt: skip


def _typed_letter(size: float) -> bytes:
    """A typed letter as a PDF with a text layer, in ``size`` point Times (the typical office letter)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer, invariant=1)
    c.setFont("Times-Roman", size)
    for number, line in enumerate(LETTER):
        c.drawString(72, 770 - 1.5 * size * number, line)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _doc_view(document: ExtractedDocument) -> DocumentView:
    spans = [SpanView(i + 1, d.start, d.end, d.text, "PERSON", "proposed", "redact", "5.1.2e", "naam", "t", 1.0,
                      "t", "test.person", "redact", "5.1.2e", None, 1)
             for i, d in enumerate(_decisions(document.text))]  # fmt: skip
    return DocumentView("d-1", "b1", "b1-0001", "pdf", "document", "approved", document.text, None, None, None, None,
                        None, "goedkeurder", spans)  # fmt: skip


def _missed(document: ExtractedDocument, value: str, down: float) -> DocumentLayout:
    """The page model with the words of ``value`` moved ``down`` points: its box lands on the
    next line and the value stays in the pixels (an alignment error)."""
    start = document.text.index(value)
    page = document.layout.pages[0]
    words = tuple(replace(w, box=replace(w.box, top=w.box.top + down, bottom=w.box.bottom + down))
                  if w.start <= start < w.end else w for w in page.words)  # fmt: skip
    return DocumentLayout(document.layout.suffix, (PageLayout(**{**_fields(page), "words": words}),))


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_name_a_box_missed_on_a_typed_page_is_caught_in_the_pixels(tmp_path: Path, size: float) -> None:
    """Read back at the published image's 150 dpi (not enlarged to 300), a name a box missed in
    the middle of a line of small type still blocks the document, with the decision that
    withheld it; the correctly boxed file shows nothing."""
    document = ingest_bytes(_typed_letter(size), "brief.pdf").documents[0]
    doc = _doc_view(document)
    good, bad = tmp_path / "goed.pdf", tmp_path / "fout.pdf"
    good.write_bytes(_rendered(document))
    bad.write_bytes(_rendered(document, _missed(document, "Sabelsma", 1.5 * size)))
    decisions = _decisions(document.text)
    assert document_leaks(doc, [good], decisions=decisions, read_pages=True) == []
    # The invisible text layer of the faulty file holds no name: without the pixels nothing is found.
    assert document_leaks(doc, [bad], decisions=decisions) == []
    leaks = document_leaks(doc, [bad], decisions=decisions, read_pages=True)
    assert [(leak.kind, leak.detail, leak.part) for leak in leaks] == [
        (WITHHELD_VALUE, IN_PIXELS_DETAIL, "pagina 1 (beeld, OCR)")
    ]
    sabelsma = next(sp.id for sp in doc.spans if sp.text == "Sabelsma")
    assert [ref.span_id for ref in leaks[0].decisions] == [sabelsma]


def test_pages_are_read_back_at_their_image_resolution_within_bounds() -> None:
    document = ingest_bytes(_typed_letter(11.0), "brief.pdf").documents[0]
    for dpi in (150, 200):
        pdf = pdfium.PdfDocument(render("pages", document.text, _decisions(document.text), layout=document.layout,
                                        source=document.source, title="Document b1-0001", dpi=dpi))  # fmt: skip
        try:
            assert abs(image_dpi(pdf[0]) - dpi) < 1.0
            assert image_dpi(pdf[1]) is None  # the Noot: typeset text, no image, left to the text reader
        finally:
            pdf.close()
    assert (read_dpi(96.0), read_dpi(150.0), read_dpi(200.0), read_dpi(600.0)) == (150.0, 150.0, 200.0, 300.0)


def test_a_pdf_page_one_pixel_off_by_rounding_is_fitted_not_resampled() -> None:
    """pdfium makes an A4 page 1241 pixels wide at 150 dpi where 1240 are asked: the page keeps its
    pixels (cut or padded at the edge), no resampling pass blurs it."""
    from PIL import ImageChops

    from redaction.pages import PageSource
    from redaction.pages.raster import PageRaster

    original = _typed_letter(11.0)
    with PageRaster(original, ".pdf") as raster:
        native, _ = raster.native(0, pdf_dpi=DPI)
        shown = raster.image(PageSource("pdf", 0), 595.2756, 841.8898, DPI)
    assert native.size != shown.size and shown.size == (1240, 1754)
    overlap = (0, 0, min(native.width, 1240), min(native.height, 1754))
    assert ImageChops.difference(native.crop(overlap), shown.crop(overlap)).getbbox() is None


def test_published_streams_are_binary_not_ascii85() -> None:
    document = ingest_bytes(_typed_letter(11.0), "brief.pdf").documents[0]
    pdf = _rendered(document)
    assert b"/ASCII85Decode" not in pdf and b"/FlateDecode" in pdf
    assert "Sabelsma" not in " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
