"""Scans through the platform: read by OCR, published as their pages, an unsure page held for a person."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from eval.inbox.scans import Spoil, draw_page, png_bytes, spoil
from tests.pipelines.conftest import Platform

DPI = 150
LINES = ["Gemeente Dordrecht, Werk en Inkomen", "", "Geachte heer Kanterink,", "",
         "Mevrouw Sabelsma belt u volgende week over uw aanvraag.", "Met vriendelijke groet,"]  # fmt: skip


def test_a_scan_is_published_as_its_page_and_a_smudged_one_waits_for_a_person(platform: Platform,
                                                                               tmp_path: Path) -> None:  # fmt: skip
    from pipelines.defs.resources import RedactionEngine

    policy = tmp_path / "auto.yaml"
    policy.write_text("extends: default\nreview:\n  auto_approve:\n    enabled: true\n    min_score: 0.0\n", "utf-8")
    platform.resources["engine"] = RedactionEngine(policy_path=str(policy))
    clean = spoil(draw_page(LINES, dpi=DPI, height_inch=3.0), Spoil(rotate=1.5))
    (platform.inbox / "scan-Kanterink.png").write_bytes(png_bytes(clean, DPI))
    smudged = spoil(draw_page(LINES, dpi=DPI, height_inch=3.0), Spoil(blur=2.6, noise=0.08, seed=3))
    (platform.inbox / "fax-Kanterink.png").write_bytes(png_bytes(smudged, DPI))
    batch = platform.tick()
    assert batch is not None
    result = platform.run("woo_publication_job", batch)
    assert result.success and all(check.passed for check in result.get_asset_check_evaluations())
    extracted = result.asset_materializations_for_node("extracted_texts")[0].metadata
    assert extracted["ocr_pages"].value == 2 and extracted["pages_to_review"].value == 1
    statuses = sorted(q.status for q in platform.store.queue(batch, statuses=None))
    assert statuses == ["in_review", "published"]
    [pdf] = list((platform.public / "documenten").glob("*.pdf"))
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    page = reader.pages[0]
    assert any(obj.get_object()["/Subtype"] == "/Image" for obj in page["/Resources"]["/XObject"].values())
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Kanterink" not in text and "Sabelsma" not in text and "5.1.2e" in text and "aanvraag" in text
    assert b"Kanterink" not in pdf.read_bytes()
