"""OCR of scans: a page fed sideways and askew is read, its words land where they were drawn, a
page Tesseract is unsure of is flagged, a broken image is one failure among the batch.

Pages here are small (a strip of an A4 page at 150 dpi): Tesseract takes a fraction of a second.
"""

from __future__ import annotations

import datetime
from dataclasses import astuple

import pytest
from PIL import Image

from eval.inbox.formats import eml_bytes, eml_message
from eval.inbox.scans import Spoil, draw_page, png_bytes, spoil, tiff_bytes
from redaction.ingest import ingest_bytes
from redaction.pages import DocumentLayout

DPI = 150
LINES = ["Gemeente Dordrecht, afdeling Werk en Inkomen", "", "Geachte heer Kanterink,", "",
         "Mevrouw Sabelsma belt u volgende week over uw aanvraag.", "Met vriendelijke groet,"]  # fmt: skip


def _strip(lines: list[str] = LINES) -> Image.Image:
    return draw_page(lines, dpi=DPI, height_inch=3.2)


def test_a_sideways_askew_scan_is_read_upright_with_the_name_where_it_was_drawn() -> None:
    upright = _strip()
    scanned = spoil(upright, Spoil(rotate=-2.5, quarter_turns=1))  # fed sideways, 2.5 degrees askew
    result = ingest_bytes(png_bytes(scanned, DPI), "scan.png")
    assert result.failures == []
    document = result.documents[0]
    assert document.kind == "scan" and "Kanterink" in document.text and "Sabelsma" in document.text
    layout = document.layout
    assert layout is not None and len(layout.pages) == 1
    page = layout.pages[0]
    assert page.source.quarter_turns == 3 and 1.5 <= page.source.skew <= 3.5
    assert (round(page.width), round(page.height)) == (
        round(upright.width * 72 / DPI),
        round(upright.height * 72 / DPI),
    )
    start = document.text.index("Kanterink")
    [(number, box)] = layout.boxes(start, start + len("Kanterink"))
    # Where draw_page typed line 3 (margin 0.9 inch, leading 11 pt x 1.45), in points: the box of
    # "Kanterink," lies on that line, right of "Geachte heer".
    line_top = 0.9 * 72 + 2 * 11 * 1.45
    assert number == 1 and abs(box.top - line_top) < 6 and box.bottom - box.top < 16
    assert 0.9 * 72 + 60 < box.x0 < box.x1 < 0.9 * 72 + 200
    assert not page.low_confidence and document.low_confidence_pages == []
    restored = DocumentLayout.from_json(layout.to_json())  # as the batch folder keeps it
    assert restored.to_json() == layout.to_json() and len(restored.pages[0].words) == len(page.words) > 10
    restored_box = restored.boxes(start, start + 9)[0][1]
    assert astuple(restored_box) == pytest.approx(astuple(box), abs=0.01)


def test_a_multi_page_tiff_is_one_document_with_a_page_each() -> None:
    pages = [_strip(["Pagina een van de brief van Kanterink."]), _strip(["Pagina twee, getekend Sabelsma."])]
    document = ingest_bytes(tiff_bytes(pages, DPI), "scan.tif").documents[0]
    assert [p.number for p in document.pages] == [1, 2] and [p.number for p in document.layout.pages] == [1, 2]
    second = document.text[document.pages[1].start : document.pages[1].end]
    assert "Sabelsma" in second and "Kanterink" not in second
    start = document.text.index("Sabelsma")
    assert [number for number, _ in document.layout.boxes(start, start + 8)] == [2]


def test_a_page_tesseract_is_unsure_of_is_flagged_for_the_reviewer() -> None:
    smudged = spoil(_strip(), Spoil(blur=2.6, noise=0.08, seed=3))
    document = ingest_bytes(png_bytes(smudged, DPI), "fax.png").documents[0]
    assert document.low_confidence_pages == [1]
    clean = ingest_bytes(png_bytes(_strip(), DPI), "brief.png").documents[0]
    assert clean.low_confidence_pages == []


def test_a_corrupt_image_is_one_line_failure_and_the_rest_of_the_mail_goes_on() -> None:
    good = png_bytes(_strip(["Brief van Kanterink."]), DPI)
    broken = good[:200]
    mail = eml_message(
        sender=("Afzender", "afzender@post.example"), to=[("Gemeente", "info@gemeente.example")], subject="scans",
        body="Zie bijlagen.\n", sent=datetime.datetime(2025, 3, 4, 10, 15, tzinfo=datetime.UTC),
        message_id="<scans@post.example>", attachments=[("kapot.png", broken), ("brief.png", good)],
    )  # fmt: skip
    result = ingest_bytes(eml_bytes(mail, "scans"), "bericht.eml")
    assert [(f.part, f.code) for f in result.failures] == [("attachment 1", "W404")]
    assert "\n" not in result.failures[0].reason and "kapot" not in result.failures[0].reason
    assert [d.kind for d in result.documents] == ["eml", "scan"] and "Kanterink" in result.documents[1].text


def test_a_signature_no_word_covers_is_a_mark_and_sends_the_page_to_a_person() -> None:
    lines = ["Ik verklaar dit formulier naar waarheid te hebben ingevuld.", "", "Handtekening:"]
    signed = ingest_bytes(png_bytes(draw_page(lines, dpi=DPI, signature=True, height_inch=2.6), DPI), "f.png")
    page = signed.documents[0].layout.pages[0]
    assert page.marks and signed.documents[0].pages_to_review == [1]
    # draw_page puts the squiggle under the last line: 0.9 inch margin + 3 lines of 11 pt x 1.45.
    below = 0.9 * 72 + 3 * 11 * 1.45
    assert all(mark.top >= below - 4 and mark.x0 < 0.9 * 72 + 2.2 * 72 for mark in page.marks)
    unsigned = ingest_bytes(png_bytes(draw_page(lines, dpi=DPI, height_inch=2.6), DPI), "f.png").documents[0]
    assert unsigned.layout.pages[0].marks == () and unsigned.pages_to_review == []
