"""The workflow items in a real browser (Debian's Chromium, headless, via Playwright): a compact
row per detection, explicit choices, the person's reason, no strike-through, warnings, four eyes
on the button, the queue's search, the batch's deadline, plain Dutch everywhere.

All names are invented.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from redaction.decisions import Decision
from redaction.review import NewDocument
from tests.web.conftest import BATCH, LETTER, Cockpit
from tests.web.test_browser import SELECT_TEXT, log_in, served, shows

pytestmark = pytest.mark.slow
TECHNICAL = ("zekerheid", " teken ", "needs_ocr", "needs OCR", "pijplijn", "Afwijzen", "afgewezen")
ROWS = 60


def cleared(page: Any) -> Any:
    """Empty the message area first, so that waiting for a message waits for the reload after the
    action (two actions in a row may answer with the same message)."""
    page.evaluate("document.getElementById('meldingen').replaceChildren()")
    return page


def many_rows(cockpit: Cockpit) -> str:
    """A document with 60 detections (every third a proposed keep), as a long attendance list."""
    names = [f"Persoon{i} Achternaam{i}" for i in range(ROWS)]
    text = "Verslag.\n" + "".join(f"Aanwezig was {n} namens de buurt.\n" for n in names)
    decisions = []
    for i, name in enumerate(names):
        start = text.index(name)
        redact = bool(i % 3)
        decisions.append(Decision(start, start + len(name), name, "PERSON", "redact" if redact else "keep",
                                  "5.1.2e" if redact else None, "naam" if redact else None, "Synthetisch voorstel.",
                                  0.9, "test"))  # fmt: skip
    cockpit.store.add_document(BATCH, NewDocument(id="dmany", number=f"{BATCH}-0099", kind="txt", text=text),
                               decisions)  # fmt: skip
    return "dmany"


def test_a_document_with_many_rows_stays_compact(browser: Any, cockpit: Cockpit, artifacts_dir: Path) -> None:
    doc_id = many_rows(cockpit)
    with served(cockpit.app) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        page = context.new_page()
        log_in(page, base, "beoordelaar-a", f"/documents/{doc_id}")
        height = page.evaluate("document.documentElement.scrollHeight")
        table = page.evaluate("document.querySelector('table.detecties').getBoundingClientRect().height")
        page.screenshot(path=str(artifacts_dir / "cockpit-10-many-rows.png"), full_page=True)
        (artifacts_dir / "cockpit-10-many-rows-height.txt").write_text(f"page {height} px, table {table} px\n")
        context.close()
    # Before the redesign: 15,211 px page and 10,846 px table (181 px a row) for these 60 rows.
    assert table / ROWS < 80, table
    assert height < 9000, height


def test_the_workflow_of_a_first_time_privacy_officer(browser: Any, cockpit: Cockpit, artifacts_dir: Path) -> None:
    store = cockpit.store
    anna, kees = cockpit.span("Anna Veldkamp"), cockpit.span("Kees Overdijk")
    pieter = cockpit.span("Pieter Zwanenburg")
    store.add_document(BATCH, NewDocument(id="d0004", number=f"{BATCH}-0004", kind="pdf", failure_code="W406",
                                          failure_reason="needs OCR / scan zonder tekstlaag"))  # fmt: skip
    with served(cockpit.app) as base:
        approver_context = browser.new_context(viewport={"width": 1280, "height": 1000})
        approver = approver_context.new_page()
        approver.set_default_timeout(15000)
        log_in(approver, base, "goedkeurder")
        # Four eyes: nobody reviewed this document yet, so the button is disabled and says why.
        assert approver.is_disabled("#approve")
        assert "Nog niemand heeft dit document beoordeeld" in approver.inner_text("#vier-ogen")

        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(15000)
        log_in(page, base, "beoordelaar-a")
        body = page.inner_text("body")
        for word in TECHNICAL:
            assert word not in body, word
        # A kept official: the row offers "Behouden" (selected) or "Weglakken: <ground>", no "Afwijzen".
        assert page.locator(f"#keuze-{anna}").input_value() == "keep"
        assert page.locator(f"#r{anna} button").all_inner_texts() == ["Opslaan", "Akkoord"]

        # Keep a proposed redaction readable, with the reviewer's own weighing of interests.
        page.select_option(f"#keuze-{kees}", "keep")
        page.fill(f"#motivering-{kees}", "Woordvoerder van de bewonersvereniging; belang openbaarheid weegt zwaarder.")
        cleared(page)
        page.locator(f"#r{kees} button.opslaan").click()
        assert shows(page, "1 detectie blijft leesbaar (behouden).")
        row = page.inner_text(f"#r{kees}")
        assert "besluit aangepast door beoordelaar-a" in row and "belang openbaarheid weegt zwaarder" in row
        assert "Voorstel was: weglakken (5.1.2e)." in row
        # The changed keep is not struck through as if it were removed.
        style = page.evaluate(f"getComputedStyle(document.getElementById('s{kees}')).textDecorationLine")
        assert style == "none"

        # Keyboard: focus Pieter's mark and press b (behouden), then w (weglakken) again.
        cleared(page)
        page.focus(f"#s{pieter}")
        page.keyboard.press("b")
        assert shows(page, "1 detectie blijft leesbaar (behouden).")
        # Now "Pieter Zwanenburg" is kept while nothing else redacts it: no warning yet. Redact the
        # official after all, explicitly, on a ground only a person sets.
        page.select_option(f"#keuze-{anna}", "redact:5.1.2e")
        cleared(page)
        page.locator(f"#r{anna} button.opslaan").click()
        assert shows(page, "1 detectie weggelakt op grond 5.1.2e.")
        cleared(page)
        page.focus(f"#s{pieter}")
        page.keyboard.press("w")
        assert shows(page, "weggelakt op grond 5.1.2e")

        # A selection shows the line, not character offsets.
        assert page.evaluate(SELECT_TEXT, "Jeroen Kapteijn")
        page.wait_for_function("document.getElementById('selectie').textContent.includes('Jeroen Kapteijn')")
        expected_line = LETTER[: LETTER.index("Jeroen")].count("\n") + 1
        assert page.inner_text("#selectie") == f"“Jeroen Kapteijn” (regel {expected_line})"
        page.screenshot(path=str(artifacts_dir / "cockpit-11-workflow.png"), full_page=True)

        # The reviewer declares the review done; the approver's button comes alive.
        page.click("#review-done")
        assert shows(page, "Beoordeling van document")
        approver.reload()
        assert approver.is_enabled("#approve")

        # The queue: search, and the batch's details with the Woo deadline.
        page.goto(f"{base}/batches/{BATCH}")
        page.fill("#zoek", "Kapteijn")
        page.click("button:has-text('Filteren')")
        assert page.inner_text("#aantal").startswith("1 van 2 documenten.")
        approver.goto(f"{base}/batches/{BATCH}")
        approver.click("summary:has-text('Gegevens van de batch wijzigen')")
        approver.fill("#b-subject", "Subsidie speeltuin De Klimboom")
        approver.fill("#b-ref", "WOO-2026-014")
        received = date.today() - timedelta(days=3)
        approver.fill("#b-received", received.isoformat())
        approver.check("input[name=extended]")
        approver.click("form[action$='/gegevens'] button")
        assert shows(approver, "Gegevens van de batch opgeslagen.")
        deadline = received + timedelta(weeks=6)
        assert f"uiterlijk {deadline.day}-{deadline.month}-{deadline.year} (nog 39 dagen, verdaagd)" in " ".join(
            approver.inner_text("#termijn").split())  # fmt: skip
        approver.screenshot(path=str(artifacts_dir / "cockpit-12-batch.png"), full_page=True)

        # A document that was not processed: what happened and the next step, in plain Dutch.
        page.goto(f"{base}/batches/{BATCH}")
        page.click("a:has-text('wat nu?')")
        text = page.inner_text("#niet-verwerkt")
        assert "Volgende stap:" in text and "OCR" in text and "needs" not in text
        for context_ in (context, approver_context):
            context_.close()
    spans = {sp.id: sp for sp in store.document(cockpit.doc_id).spans}
    assert (spans[kees].decision, spans[kees].motivation) == (
        "keep", "Woordvoerder van de bewonersvereniging; belang openbaarheid weegt zwaarder.")  # fmt: skip
    assert (spans[anna].decision, spans[anna].ground) == ("redact", "5.1.2e")
    assert spans[pieter].decision == "redact"
