"""The cockpit in a real browser (Debian's Chromium, headless, driven by Playwright) on a live server.

End to end: log in, accept, keep, redact on another ground, add a redaction by selecting text, approve as
a second person, publish through the Dagster job, and read the published text.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from redaction.policy.grounds import GROUNDS
from tests.web.conftest import BATCH, LETTER, PASSWORD, Cockpit

pytestmark = pytest.mark.slow


@contextmanager
def served(app: FastAPI) -> Iterator[str]:
    """The app on 127.0.0.1 and a free port, in a background thread, for as long as the block runs."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "cockpit did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)


def log_in(page: Any, base: str, username: str, path: str = "/documents/d0001") -> None:
    page.goto(base + path)
    assert "/login" in page.url  # anonymous: sent to the login page first
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(base + path)


def shows(page: Any, message: str) -> bool:
    """Wait until the message area holds ``message`` (after the reload that follows an action)."""
    page.wait_for_function("(t) => document.getElementById('meldingen').textContent.includes(t)", arg=message)
    return message in str(page.inner_text("#meldingen"))


SELECT_TEXT = """(value) => {
  for (const seg of document.querySelectorAll('#doc-text span.seg')) {
    const node = seg.firstChild;
    const at = node.data.indexOf(value);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + value.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
  }
  return false;
}"""


def test_review_approve_and_publish_in_the_browser(
    browser: Any, cockpit: Cockpit, tmp_path: Path, artifacts_dir: Path
) -> None:
    store = cockpit.store
    lotte, kees, phone = cockpit.span("Lotte Brandsma"), cockpit.span("Kees Overdijk"), cockpit.span("078-7654321")
    with served(cockpit.app) as base:
        reviewer = browser.new_context(viewport={"width": 1280, "height": 1000})
        page = reviewer.new_page()
        page.set_default_timeout(15000)
        log_in(page, base, "beoordelaar-a")
        page.screenshot(path=str(artifacts_dir / "cockpit-01-document.png"), full_page=True)

        # Keyboard: j goes to the first detection, whose ground and reason show on focus.
        page.keyboard.press("j")
        assert page.evaluate("document.activeElement.id") == f"s{lotte}"
        tip_id = page.get_attribute(f"#s{lotte}", "aria-describedby")
        assert "5.1.2e" in page.inner_text(f"#{tip_id}") or "5.1.2e" in str(page.text_content(f"#{tip_id}"))
        page.screenshot(path=str(artifacts_dir / "cockpit-02-focus-tooltip.png"))
        # a: accept the focused detection (sent with fetch and the CSRF header; the page reloads).
        page.keyboard.press("a")
        assert shows(page, "1 detectie: voorstel overgenomen.")

        # Keep another readable: chosen in its row's one list, then Opslaan.
        page.select_option(f"#keuze-{kees}", "keep")
        page.locator(f"#r{kees} button.opslaan").click()
        assert shows(page, "1 detectie blijft leesbaar (behouden).")

        # Change a ground: a staff member's direct number under 5.1.2i.
        page.select_option(f"#keuze-{phone}", "redact:5.1.2i")
        page.locator(f"#r{phone} button.opslaan").click()
        assert shows(page, "weggelakt op grond 5.1.2i")

        # The offsets of a selection are true even after an emoji and a CR LF (counted per segment).
        assert page.evaluate(SELECT_TEXT, "mevrouw")
        page.wait_for_function("document.getElementById('add-start').value !== ''")
        start = int(page.input_value("#add-start"))
        assert (start, int(page.input_value("#add-end"))) == (LETTER.index("mevrouw"), LETTER.index("mevrouw") + 7)

        # Add a redaction the engine missed by selecting it.
        assert page.evaluate(SELECT_TEXT, "Jeroen Kapteijn")
        page.wait_for_function("document.getElementById('selectie').textContent.includes('Jeroen Kapteijn')")
        page.select_option("#add-category", "naam")
        page.click("#add-button")
        assert shows(page, "Weglakking toegevoegd (5.1.2e, naam).")
        added = next(sp for sp in store.document(cockpit.doc_id).spans if sp.state == "added")
        assert added.text == "Jeroen Kapteijn"
        assert page.locator(f"#s{added.id}.state-added").count() == 1
        assert "Alleen een goedkeurder kan dit document goedkeuren." in page.content()
        page.screenshot(path=str(artifacts_dir / "cockpit-03-reviewed.png"), full_page=True)

        states = {sp.text: (sp.state, sp.decision, sp.ground) for sp in store.document(cockpit.doc_id).spans}
        assert states["Lotte Brandsma"] == ("accepted", "redact", "5.1.2e")
        assert states["Kees Overdijk"] == ("rejected", "keep", None)
        assert states["078-7654321"] == ("changed", "redact", "5.1.2i")
        preview = page.inner_text("#voorbeeld")
        assert "Kees Overdijk" in preview and "Jeroen Kapteijn" not in preview and "onderdeel i" in preview

        # Four eyes: a second person approves.
        approver = browser.new_context(viewport={"width": 1280, "height": 1000})
        second = approver.new_page()
        second.set_default_timeout(15000)
        log_in(second, base, "goedkeurder")
        second.click("#approve")
        second.wait_for_url(f"{base}/batches/{BATCH}")
        assert shows(second, "is goedgekeurd; het wordt nu automatisch gepubliceerd.")
        second.screenshot(path=str(artifacts_dir / "cockpit-04-approved-queue.png"), full_page=True)
        reviewer.close()
        approver.close()
    assert store.document(cockpit.doc_id).status == "approved"

    published = publish_through_dagster(cockpit, tmp_path)
    assert store.document(cockpit.doc_id).status == "published"
    assert "Kees Overdijk" in published  # rejected: readable
    for gone in ("Lotte Brandsma", "Jeroen Kapteijn", "078-7654321", "111222333", "Pieter Zwanenburg"):
        assert gone not in published
    assert "Anna Veldkamp" in published  # kept as proposed (an official)
    assert "[5.1.2i]" in published and f"{GROUNDS['5.1.2i'].noot} (telefoonnummer)" in published
    assert published.count("[5.1.2e]") == 3  # Lotte, Jeroen (added), Pieter
    (artifacts_dir / "cockpit-05-published.txt").write_text(published, "utf-8")


def publish_through_dagster(cockpit: Cockpit, tmp_path: Path) -> str:
    """What the daemon does after an approval: the approval sensor asks for a run of the republish job."""
    from dagster import DagsterInstance, build_sensor_context

    from pipelines.definitions import defs
    from pipelines.defs.batches import REPUBLISH_JOB, approval_sensor, inbox_batches
    from pipelines.defs.resources import RedactionEngine, StorageAreas, document_resources

    resources = document_resources(RedactionEngine(policy_path=str(cockpit.policy)), StorageAreas.under(tmp_path),
                                   cockpit.url)  # fmt: skip
    with DagsterInstance.ephemeral() as instance:
        instance.add_dynamic_partitions(inbox_batches.name, [BATCH])
        result = approval_sensor(build_sensor_context(instance=instance, resources=resources))
        requests = list(getattr(result, "run_requests", None) or [])
        assert [r.partition_key for r in requests] == [BATCH]
        run = defs.resolve_job_def(REPUBLISH_JOB).execute_in_process(
            instance=instance, partition_key=BATCH, resources=resources, raise_on_error=False
        )
        assert run.success
    resources["review"].get().close()  # type: ignore[attr-defined]
    texts = sorted((tmp_path / "public" / "documenten").glob("*.txt"))
    assert len(texts) == 1
    return texts[0].read_text("utf-8")


def test_a_second_reviewer_on_a_stale_page_gets_a_dutch_message(
    browser: Any, cockpit: Cockpit, artifacts_dir: Path
) -> None:
    lotte = cockpit.span("Lotte Brandsma")
    with served(cockpit.app) as base:
        contexts = [browser.new_context(), browser.new_context()]
        first, second = (context.new_page() for context in contexts)
        log_in(first, base, "beoordelaar-a")
        log_in(second, base, "beoordelaar-b")
        first.locator(f"#r{lotte} button.accept").click()
        assert shows(first, "1 detectie: voorstel overgenomen.")
        second.select_option(f"#keuze-{lotte}", "keep")
        second.locator(f"#r{lotte} button.opslaan").click()  # still shows version 1
        second.wait_for_selector("#meldingen .melding.fout")
        message = second.inner_text("#meldingen")
        assert "Iemand anders heeft deze detectie zojuist gewijzigd." in message
        second.screenshot(path=str(artifacts_dir / "cockpit-06-conflict.png"))
        for context in contexts:
            context.close()
    span = next(sp for sp in cockpit.store.document(cockpit.doc_id).spans if sp.id == lotte)
    assert (span.state, span.reviewed_by) == ("accepted", "beoordelaar-a")
