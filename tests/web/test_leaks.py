"""The leak check's findings in the cockpit: a clear Dutch message on the document page naming each
place (file, page/line, character) and the decision concerned, linked to its row; never the value.

All names and addresses are invented.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from redaction.decisions import Decision
from redaction.leakreport import document_leaks
from redaction.publication import publication_files, renderer_texts
from redaction.publish.diwoo import DiWooConfig
from redaction.review import NewDocument
from redaction.review.store import LeakRecord
from tests.web.conftest import BATCH, Cockpit

DIWOO = DiWooConfig(
    "https://identifier.overheid.nl/tooi/id/gemeente/gm0505", "gemeente Voorbeeld",
    "https://identifier.overheid.nl/tooi/def/thes/kern/c_8c840238",
)  # fmt: skip
# The surname is withheld where she is listed as present, not where the body says it again; and an
# e-mail address nobody withheld.
NOTE = (
    "Verslag huisbezoek\nAanwezig: mevrouw Roosendaal.\nMevrouw Roosendaal vroeg om uitstel.\n"
    "Zij mailt via f.roosendaal@thuismail.example.\n"
)
NUMBER = f"{BATCH}-0002"


def _withheld(value: str, nth: int = 0) -> Decision:
    start = -1
    for _ in range(nth + 1):
        start = NOTE.index(value, start + 1)
    return Decision(start, start + len(value), value, "PERSON", "redact", "5.1.2e", "naam", "Naam in aanhef.", 0.9,
                    "test", "person.attendance")  # fmt: skip


def _check_and_record(cockpit: Cockpit, tmp_path: Path) -> list[LeakRecord]:
    """What the pipeline's check does for one document: render, scan, record in the store."""
    doc = cockpit.store.document("d0002")
    decisions = cockpit.store.final_decisions("d0002")
    folder = tmp_path / "redacted"
    folder.mkdir(exist_ok=True)
    moment = datetime(2025, 6, 2, 9, 30, tzinfo=UTC)
    for name, content in publication_files(doc, decisions, DIWOO, published_at=moment).items():
        target = folder / name
        target.write_bytes(content) if isinstance(content, bytes) else target.write_text(content, "utf-8")
    leaks = document_leaks(doc, sorted(folder.iterdir()), decisions=decisions,
                           fixed=renderer_texts(NUMBER, decisions, DIWOO))  # fmt: skip
    cockpit.store.record_leak_check(BATCH, {"d0002": "digest-0002"}, leaks)
    return leaks


def _leak_section(page: str) -> str:
    start = page.index('id="lekken"')
    return " ".join(page[start : page.index("</section>", start)].split())


def test_the_document_page_says_where_it_leaks_and_which_decision(cockpit: Cockpit, tmp_path: Path) -> None:
    cockpit.store.add_document(BATCH, NewDocument(id="d0002", number=NUMBER, kind="txt", text=NOTE),
                               [_withheld("Roosendaal")])  # fmt: skip
    cockpit.store.approve("d0002", "goedkeurder")
    leaks = _check_and_record(cockpit, tmp_path)
    assert {leak.kind for leak in leaks} == {"withheld_value", "email"}
    span_id = cockpit.span("Roosendaal", "d0002")
    client = cockpit.client("beoordelaar-a")

    section = _leak_section(client.get("/documents/d0002").text)
    assert 'role="alert"' in section and "Publicatie tegengehouden door de lekcontrole" in section
    assert "Trek de goedkeuring in" in section  # what to do, for an approved document
    # The withheld surname, readable in line 3 of the text file: place, what, and the decision's row.
    offset = NOTE.index("Roosendaal vroeg") - len("Roosendaal") + len("[5.1.2e]")  # after the first mark
    assert f"{NUMBER}.txt, regel 3, teken 9 (positie {offset})" in section
    assert "een waarde die dit document weglakt, is hier nog leesbaar" in section
    decision = (f'Besluit <a href="#r{span_id}">#{span_id}</a> (persoon, weglakken (5.1.2e), '
                'herkenningsregel person.attendance,')
    assert decision in section
    assert f"{NUMBER}.pdf, pagina 1, regel" in section and f"{NUMBER}.html, paginatekst, regel" in section
    # The address no decision covers: a missed detection, with where it stands in the document's text.
    assert "leesbaar e-mailadres (niet functioneel)" in section
    assert "Geen besluit dekt deze plek: een gemiste detectie. Voeg een weglakking toe (in regel 4 van de " \
           "tekst hieronder)" in section  # fmt: skip
    for value in ("Roosendaal", "roosendaal", "thuismail"):
        assert value not in section
    queue = " ".join(client.get(f"/batches/{BATCH}").text.split())
    assert 'href="/documents/d0002#lekken">publicatie tegengehouden:' in queue

    # Reopened for the fix: the message stays (with the advice for a document in review) ...
    cockpit.store.reopen("d0002", "goedkeurder")
    section = _leak_section(client.get("/documents/d0002").text)
    assert "Pas de genoemde besluiten aan" in section and "Trek de goedkeuring in" not in section
    # ... until the next check finds nothing: then the page is quiet again.
    cockpit.store.add_span("d0002", NOTE.index("Roosendaal vroeg"), NOTE.index(" vroeg"), "beoordelaar-a")
    start = NOTE.index("f.roosendaal@")
    cockpit.store.add_span("d0002", start, NOTE.index(".\n", start), "beoordelaar-a", entity="EMAIL_ADDRESS",
                           category="e-mail")  # fmt: skip
    cockpit.store.approve("d0002", "goedkeurder-2")
    assert _check_and_record(cockpit, tmp_path) == []
    assert 'id="lekken"' not in client.get("/documents/d0002").text
    assert "publicatie tegengehouden" not in client.get(f"/batches/{BATCH}").text


def test_a_document_without_findings_shows_no_message(cockpit: Cockpit) -> None:
    page = cockpit.client("beoordelaar-a").get(f"/documents/{cockpit.doc_id}").text
    assert 'id="lekken"' not in page and "lekcontrole" not in page
