"""A scanned letter for the page view's tests, made at test time: typed on a white page with Pillow
(the demo generator's `draw_page`), a hand-drawn signature under it, read by OCR as the pipeline
reads it, its page model and original put where the pipeline keeps them. Names are invented."""

from __future__ import annotations

from dataclasses import dataclass

from eval.inbox.scans import draw_page, png_bytes
from redaction.decisions import Decision
from redaction.ingest import ingest_bytes
from redaction.pages import Box, DocumentLayout
from redaction.review import NewDocument
from tests.web.conftest import BATCH, Cockpit, found

DPI = 150
SCAN_ID = "scan0001"
LINES = [
    "Gemeente Dordrecht, afdeling Vergunningen",
    "",
    "Geachte heer Kanterink,",
    "",
    "Mevrouw Sabelsma belt u volgende week over de aanvraag.",
    "Met vriendelijke groet,",
    "",  # the signature goes one line lower, clear of the text
]
# Where `draw_page` puts the signature (points from the top left): 0.9 inch margin, 11 pt lines
# 1.45 apart, a squiggle 2.2 inch wide half a line under the last line, swinging about 0.3 inch.
_LEADING = 11 * 1.45
_SIGNATURE_Y = 0.9 * 72 + len(LINES) * _LEADING + _LEADING / 2
SIGNATURE = Box(0.9 * 72 - 8, _SIGNATURE_Y - 26, (0.9 + 2.2 + 0.15) * 72 + 8, _SIGNATURE_Y + 26)


@dataclass(frozen=True)
class Scan:
    doc_id: str
    text: str
    layout: DocumentLayout
    source: bytes


def scan_decisions(text: str) -> list[Decision]:
    return [
        found(text, "Kanterink", "PERSON", "5.1.2e", "naam", score=0.9),
        found(text, "Sabelsma", "PERSON", "5.1.2e", "naam", score=0.6),
        found(text, "Dordrecht", "ORGANIZATION", None, None, reason="Naam van de gemeente: blijft leesbaar."),
    ]


def add_scan(cockpit: Cockpit) -> Scan:
    """Ingest the signed letter by OCR, queue it with its decisions and flagged page, and write its
    page model and original into the cockpit's restricted area as the pipeline does."""
    result = ingest_bytes(png_bytes(draw_page(LINES, dpi=DPI, signature=True, height_inch=3.6), DPI), "scan.png")
    document = result.documents[0]
    assert document.layout is not None and document.source is not None
    assert document.pages_to_review == [1], "the signature makes the page one for a person"
    text = document.text
    cockpit.store.add_document(BATCH, NewDocument(id=SCAN_ID, number=f"{BATCH}-0002", kind="scan", text=text,
                                                  pages_to_review=document.pages_to_review),
                               scan_decisions(text))  # fmt: skip
    texts = cockpit.app.state.cockpit.pages.restricted / "batches" / BATCH / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    (texts / f"{SCAN_ID}.pages.json").write_text(document.layout.to_json(), encoding="utf-8")
    (texts / f"{SCAN_ID}.source").write_bytes(document.source)
    return Scan(SCAN_ID, text, document.layout, document.source)
