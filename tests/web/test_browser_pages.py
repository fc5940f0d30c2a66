"""Review on the page in a real browser (Debian's Chromium, headless, Playwright): a scanned letter
with a signature, made with Pillow at test time and read by OCR. The reviewer opens the page view,
accepts one box and rejects another (keyboard focus shows ground and reason), draws a box over the
signature with the mouse, marks the flagged page seen and approves; the Dagster republish job then
publishes it, and the published PDF is black where the hand-drawn box was and holds no withheld
value in its text layer or bytes. Names are invented."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import ImageStat

from redaction.pages import Box
from tests.web.conftest import BATCH, Cockpit
from tests.web.scanned import SCAN_ID, SIGNATURE, add_scan
from tests.web.test_browser import log_in, publish_through_dagster, served, shows
from tests.web.test_contrast import CONTRAST

pytestmark = pytest.mark.slow
RENDER_DPI = 150


def _published_page(pdf: Path) -> tuple[Any, str]:
    """Page 1 of the published PDF as a gray image, and the text layer of every page."""
    document = pdfium.PdfDocument(pdf.read_bytes())
    try:
        image = document[0].render(scale=RENDER_DPI / 72).to_pil().convert("L")
        text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
        return image, text
    finally:
        document.close()


def _mean_gray(image: Any, box: Box, inset: float = 3.0) -> float:
    scale = RENDER_DPI / 72
    crop = (round((box.x0 + inset) * scale), round((box.top + inset) * scale), round((box.x1 - inset) * scale),
            round((box.bottom - inset) * scale))  # fmt: skip
    return float(ImageStat.Stat(image.crop(crop)).mean[0])


def test_review_a_scanned_page_in_the_browser_and_publish_it_as_it_looked(
    browser: Any, cockpit_factory: Callable[..., Cockpit], tmp_path: Path, artifacts_dir: Path
) -> None:
    cockpit = cockpit_factory(four_eyes=False)  # one approver reviews and approves
    scan = add_scan(cockpit)
    store = cockpit.store
    dordrecht, kanterink, sabelsma = (cockpit.span(v, SCAN_ID) for v in ("Dordrecht", "Kanterink", "Sabelsma"))
    page_model = scan.layout.pages[0]
    # The whole signature, as a reviewer would box it (OCR's marks cover only the ink it read no
    # word in; parts of a squiggle come out as garbage words, which the box takes along).
    drawn = SIGNATURE
    assert all(drawn.x0 <= m.x0 and m.x1 <= drawn.x1 and drawn.top <= m.top and m.bottom <= drawn.bottom
               for m in page_model.marks)  # fmt: skip
    with served(cockpit.app) as base:
        context = browser.new_context(viewport={"width": 1400, "height": 1100})
        page = context.new_page()
        page.set_default_timeout(20000)
        log_in(page, base, "goedkeurder", f"/documents/{SCAN_ID}")
        assert page.get_attribute("#weergave-paginas", "aria-current") == "page"  # a scan opens on its pages
        status = page.evaluate(f"fetch('/documents/{SCAN_ID}/paginas/1/afbeelding').then(r => [r.status, "
                               "r.headers.get('content-type')])")  # fmt: skip
        assert status == [200, "image/png"]
        assert "Controleer deze pagina" in page.inner_text("#controle-1")
        assert page.locator("#approve").is_disabled()  # the flagged page is unseen
        assert page.evaluate(CONTRAST) == [], "page view"
        page.screenshot(path=str(artifacts_dir / "pages-01-page-view.png"), full_page=True)

        # Keyboard: j goes from box to box; the focused box's decision and reason show beside the page.
        page.keyboard.press("j")
        assert page.evaluate("document.activeElement.dataset.span") == str(dordrecht)
        assert "Naam van de gemeente" in page.inner_text("#pagina-tip-1")
        page.keyboard.press("j")
        assert page.evaluate("document.activeElement.dataset.span") == str(kanterink)
        assert "5.1.2e" in page.inner_text("#pagina-tip-1")
        page.screenshot(path=str(artifacts_dir / "pages-02-focus.png"))
        # Hover shows the same for another box.
        page.hover(f'#paginas a.pbox[data-span="{sabelsma}"]')
        assert "onzeker" in page.inner_text("#pagina-tip-1")  # the proposal's score is 0.6

        # Accept one box (the key a acts on the focused one, as in the text view) ...
        page.focus(f'#paginas a.pbox[data-span="{kanterink}"]')
        page.keyboard.press("a")
        assert shows(page, "1 detectie: voorstel overgenomen.")
        assert page.evaluate("document.activeElement.dataset.span") == str(kanterink)  # focus comes back
        # ... and reject another with its button beside the page.
        page.click(f"#afwijzen-{sabelsma}")
        assert shows(page, "1 detectie blijft leesbaar (behouden).")

        # Draw a box over the signature with the mouse: the form gets the page and corners in points.
        svg = page.locator("#vlak-1").bounding_box()
        assert svg is not None
        scale = svg["width"] / page_model.width
        page.mouse.move(svg["x"] + drawn.x0 * scale, svg["y"] + drawn.top * scale)
        page.mouse.down()
        page.mouse.move(svg["x"] + drawn.x1 * scale, svg["y"] + drawn.bottom * scale, steps=8)
        page.mouse.up()
        typed = [float(page.input_value(f"#vlak-{name}")) for name in ("x0", "top", "x1", "bottom")]
        expected = [drawn.x0, drawn.top, drawn.x1, drawn.bottom]
        assert all(abs(a - b) < 2.0 for a, b in zip(typed, expected, strict=True)), (typed, expected)
        assert page.input_value("#vlak-grond") == "5.1.2e" and page.input_value("#vlak-soort") == "handtekening"
        page.fill("#vlak-reden", "Handtekening van de afzender")
        page.screenshot(path=str(artifacts_dir / "pages-03-drawn.png"), full_page=True)
        page.click("#vlak-button")
        assert shows(page, "Vlak op pagina 1 weggelakt (5.1.2e, handtekening).")
        assert page.locator("#paginas a.pbox.handmatig").count() == 1

        # The flagged page is seen; then the document can be approved.
        page.click("#bekeken-1")
        assert shows(page, "Pagina 1 is als bekeken aangemerkt.")
        assert "Bekeken door goedkeurder" in page.inner_text("#controle-1")
        page.screenshot(path=str(artifacts_dir / "pages-04-seen.png"), full_page=True)
        page.click("#approve")
        page.wait_for_url(f"{base}/batches/{BATCH}")
        assert shows(page, "is goedgekeurd; het wordt nu automatisch gepubliceerd.")
        context.close()

    doc = store.document(SCAN_ID)
    assert doc.status == "approved"
    states = {sp.text: (sp.state, sp.decision) for sp in doc.spans}
    assert states["Kanterink"] == ("accepted", "redact") and states["Sabelsma"] == ("rejected", "keep")
    (box,) = store.page_boxes(SCAN_ID)
    stored = (box.box.x0, box.box.top, box.box.x1, box.box.bottom)
    assert all(abs(a - b) < 2.0 for a, b in zip(stored, (drawn.x0, drawn.top, drawn.x1, drawn.bottom), strict=True))

    # Publication as the daemon does it: the page model and original where the pipeline keeps them.
    texts = tmp_path / "restricted" / "batches" / BATCH / "texts"
    texts.mkdir(parents=True)
    source_dir = cockpit.app.state.cockpit.pages.restricted / "batches" / BATCH / "texts"
    for name in (f"{SCAN_ID}.pages.json", f"{SCAN_ID}.source"):
        shutil.copyfile(source_dir / name, texts / name)
    publish_through_dagster(cockpit, tmp_path)  # leak checks included (the pages are read back by OCR)
    pdf = tmp_path / "public" / "documenten" / f"{doc.number}.pdf"
    image, text_layer = _published_page(pdf)
    shutil.copyfile(pdf, artifacts_dir / "pages-05-published.pdf")
    assert _mean_gray(image, drawn) < 90  # black where the hand-drawn box was (bar the white ground label)
    start = scan.text.index("Kanterink")
    ((_n, word),) = scan.layout.boxes(start, start + len("Kanterink"))
    assert _mean_gray(image, word, inset=0.5) < 90  # and where the accepted name was
    assert "Kanterink" not in text_layer and b"Kanterink" not in pdf.read_bytes()
    assert "Sabelsma" in text_layer  # rejected: readable, and searchable in the text layer
    assert "handtekening" in text_layer  # the Noot names what the drawn box hides
