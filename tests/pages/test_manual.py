"""Boxes a reviewer drew by hand reach the published page: burned black, the words under them gone
from the invisible text layer, and the Noot names what they hide. All text is invented."""

from __future__ import annotations

import pypdfium2 as pdfium
from PIL import ImageStat

from eval.inbox.scans import draw_page, png_bytes
from redaction.ingest import ingest_bytes
from redaction.pages import Box
from redaction.pages.manual import ManualBox, covers
from redaction.render.pages import render_pages

DPI = 150
LINES = ["Verklaring van de aanvrager", "", "Ondertekend door Kanterink te Zwolle."]


def _page_text_and_pixels(pdf: bytes, box: Box) -> tuple[str, str, float]:
    """(text layer of page 1, text of the last page, mean gray inside ``box``) of a published PDF."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        text = page.get_textpage().get_text_range()
        image = page.render(scale=DPI / 72).to_pil().convert("L")
        scale = DPI / 72
        inner = image.crop((round(box.x0 * scale) + 2, round(box.top * scale) + 2, round(box.x1 * scale) - 2,
                            round(box.bottom * scale) - 2))  # fmt: skip
        last = document[len(document) - 1].get_textpage().get_text_range()
        return text, last, float(ImageStat.Stat(inner).mean[0])
    finally:
        document.close()


def test_a_hand_drawn_box_is_burned_in_and_takes_the_words_under_it_out_of_the_text_layer() -> None:
    result = ingest_bytes(png_bytes(draw_page(LINES, dpi=DPI, height_inch=2.4), DPI), "scan.png")
    document = result.documents[0]
    assert document.layout is not None and document.source is not None
    layout = document.layout
    word = next(w for p in layout.pages for w in p.words if "Kanterink" in w.text)
    # A box drawn over the name as if the text did not show it (no decision of the text covers it).
    drawn = Box(word.box.x0 - 2, word.box.top - 2, word.box.x1 + 2, word.box.bottom + 2)
    manual = [ManualBox(1, drawn)]
    plain = render_pages(document.text, [], layout=layout, source=document.source)
    burned = render_pages(document.text, [], layout=layout, source=document.source, manual_boxes=manual)
    text_before, _, gray_before = _page_text_and_pixels(plain, drawn)
    text_after, noot, gray_after = _page_text_and_pixels(burned, drawn)
    assert "Kanterink" in text_before and gray_before > 150  # without the box: readable, mostly white
    assert "Kanterink" not in text_after and b"Kanterink" not in burned
    assert "5.1.2e" in text_after  # the ground in the box, as for every box
    assert gray_after < 90  # black, bar the white ground label
    assert "handtekening" in noot  # the Noot names what the hand-drawn box hides
    assert "Zwolle" in text_after  # words beside the box stay searchable


def test_covers_is_about_area_on_the_same_page() -> None:
    manual = [ManualBox(2, Box(10, 10, 50, 30))]
    assert covers(manual, 2, Box(40, 20, 60, 40))
    assert not covers(manual, 1, Box(40, 20, 60, 40))  # another page
    assert not covers(manual, 2, Box(50, 10, 70, 30))  # touching edges share no area
