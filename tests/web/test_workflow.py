"""The workflow as a first-time privacy officer meets it, over HTTP: plain Dutch, explicit choices,
the person's own reason, warnings, the queue's filter, the batch's deadline, the policy's mark,
the next step for a document that was not processed, all grounds, and the published files.

All names, numbers and addresses are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from redaction.decisions import Decision
from redaction.policy.grounds import GROUNDS, normalise_ground
from redaction.review import NewDocument
from tests.web.conftest import BATCH, Cockpit, csrf_of

JSON = {"Accept": "application/json"}
TECHNICAL = ("zekerheid", " teken ", "needs_ocr", "needs OCR", "pijplijn", "Afwijzen", "afgewezen")


def _row(page: str, span_id: int) -> str:
    start = page.index(f'<tr id="r{span_id}"')
    return page[start : page.index("</tr>", start)]


def _decide(cockpit: Cockpit, client: object, span_id: int, **fields: str) -> object:
    token = csrf_of(client, "/")  # type: ignore[arg-type]
    return client.post(f"/documents/d0001/spans/{span_id}", data={"version": "1", **fields},  # type: ignore[attr-defined]
                       headers={**JSON, "X-CSRF-Token": token})  # fmt: skip


def test_a_keep_row_offers_an_explicit_choice_and_no_reject(cockpit: Cockpit) -> None:
    client = cockpit.client("beoordelaar-a")
    page = client.get("/documents/d0001").text
    for word in TECHNICAL:
        assert word not in page, word
    anna = cockpit.span("Anna Veldkamp")  # proposed keep (an official)
    row = _row(page, anna)
    assert '<option value="keep" selected>Behouden (leesbaar laten)</option>' in row
    label = "Weglakken: 5.1.2e eerbiediging van de persoonlijke levenssfeer"
    assert f'<option value="redact:5.1.2e">{label}</option>' in row
    assert row.count("<select") == 1 and row.count("<button") == 2  # one control set: Opslaan, Akkoord
    # The old "ground" action redacted a keep as a side effect: it is no longer accepted.
    assert _decide(cockpit, client, anna, action="ground", ground="5.1.2e").status_code == 400  # type: ignore[attr-defined]
    assert cockpit.store.document("d0001").spans[3].decision == "keep"
    response = _decide(cockpit, client, anna, action="decide", choice="redact:5.1.2g")
    assert response.json()["message"].startswith("1 detectie weggelakt op grond 5.1.2g.")  # type: ignore[attr-defined]


def test_a_changed_decision_shows_the_persons_decision_and_reason(cockpit: Cockpit) -> None:
    client = cockpit.client("beoordelaar-a")
    kees = cockpit.span("Kees Overdijk")
    _decide(cockpit, client, kees, action="decide", choice="keep",
            motivering="Buurman treedt op als woordvoerder van de bewonersvereniging.")  # fmt: skip
    row = _row(client.get("/documents/d0001").text, kees)
    assert "<strong>behouden (leesbaar)</strong>" in row and "besluit aangepast door beoordelaar-a" in row
    reason = row[row.index('class="reden"') :]
    assert reason.index("Buurman treedt op als woordvoerder") < reason.index("Voorstel was: weglakken (5.1.2e).")
    assert 'value="Buurman treedt op als woordvoerder van de bewonersvereniging."' in row  # editable


def test_the_same_value_redacted_and_readable_is_warned_about(cockpit: Cockpit) -> None:
    text = "Aanwezig: mevrouw Roosendaal.\nMevrouw Roosendaal vroeg om uitstel.\nGroet, Roosendaal\n"
    first, last = text.index("Roosendaal"), text.rindex("Roosendaal")
    decisions = [Decision(first, first + 10, "Roosendaal", "PERSON", "redact", "5.1.2e", "naam", "Naam.", 0.9, "t"),
                 Decision(last, last + 10, "Roosendaal", "PERSON", "keep", None, None, "Onzeker.", 0.4, "t")]
    cockpit.store.add_document(BATCH, NewDocument(id="d0002", number=f"{BATCH}-0002", kind="txt", text=text),
                               decisions)  # fmt: skip
    page = cockpit.client("beoordelaar-a").get("/documents/d0002").text
    warning = " ".join(page[page.index('id="tegenstrijdig"') :].split())
    assert "“Roosendaal” is weggelakt in regel 1, maar leesbaar in regel 2, 3." in warning
    assert page.count("tegenstrijdig") >= 3  # the section and both rows are marked
    assert 'id="tegenstrijdig"' not in cockpit.client("beoordelaar-a").get("/documents/d0001").text


def test_the_queue_filters_and_searches(cockpit: Cockpit) -> None:
    cockpit.store.add_document(BATCH, NewDocument(id="d0003", number=f"{BATCH}-0003", kind="txt",
                                                  text="Notulen over de speeltuin.\n"))  # fmt: skip
    cockpit.store.add_document(BATCH, NewDocument(id="d0004", number=f"{BATCH}-0004", kind="pdf",
                                                  failure_code="W406", failure_reason="needs OCR / scan"))  # fmt: skip
    client = cockpit.client("beoordelaar-a")
    found = client.get(f"/batches/{BATCH}", params={"q": "speeltuin"}).text
    assert f"{BATCH}-0003" in found and f"{BATCH}-0001" not in found and "1 van 3 documenten." in found
    failed = client.get(f"/batches/{BATCH}", params={"status": "not_processed"}).text
    assert f"{BATCH}-0004" in failed and f"{BATCH}-0003" not in failed
    assert '<option value="not_processed" selected>niet verwerkt</option>' in failed
    assert "needs OCR" not in failed and "wat nu?" in failed


def test_batch_details_and_deadline_are_shown_and_set_by_an_approver(cockpit: Cockpit) -> None:
    received = date.today() - timedelta(days=20)
    approver = cockpit.client("goedkeurder")
    response = approver.post(f"/batches/{BATCH}/gegevens", data={
        "csrf_token": csrf_of(approver, "/"), "subject": "Subsidie speeltuin De Klimboom", "sender": "J. de Vries",
        "request_ref": "WOO-2026-014", "received_on": received.isoformat()})  # fmt: skip
    assert "Gegevens van de batch opgeslagen." in response.text
    deadline = received + timedelta(weeks=4)
    queue = " ".join(approver.get(f"/batches/{BATCH}").text.split())
    expected = f"uiterlijk {deadline.day}-{deadline.month}-{deadline.year} (nog 8 dagen)"
    assert "Subsidie speeltuin De Klimboom" in queue and "J. de Vries" in queue and expected in queue
    index = " ".join(approver.get("/").text.split())
    assert "WOO-2026-014" in index and expected in index
    reviewer = cockpit.client("beoordelaar-a")
    refused = reviewer.post(f"/batches/{BATCH}/gegevens", data={"csrf_token": csrf_of(reviewer, "/")},
                            headers=JSON)  # fmt: skip
    assert refused.status_code == 403 and "Gegevens van de batch wijzigen" not in reviewer.get(f"/batches/{BATCH}").text


def test_approval_by_policy_is_marked(cockpit: Cockpit) -> None:
    cockpit.store.add_document(BATCH, NewDocument(id="d0005", number=f"{BATCH}-0005", kind="txt", text="Niets.\n"))
    assert cockpit.store.auto_approve(BATCH, 0.9) == 1
    client = cockpit.client("beoordelaar-a")
    assert "automatisch, volgens beleid" in client.get(f"/batches/{BATCH}").text
    assert "automatisch goedgekeurd volgens het beleid (geen mens heeft het bekeken)" in client.get(
        "/documents/d0005").text  # fmt: skip


def test_a_not_processed_document_says_what_to_do_next(cockpit: Cockpit) -> None:
    cockpit.store.add_document(BATCH, NewDocument(id="d0004", number=f"{BATCH}-0004", kind="pdf",
                                                  failure_code="W406", failure_reason="needs OCR / scan"))  # fmt: skip
    page = cockpit.client("beoordelaar-a").get("/documents/d0004").text
    assert "Dit document is niet verwerkt" in page and "Volgende stap:" in page and "OCR" in page
    assert "needs OCR" not in page and "pijplijn" not in page and "Detecties (" not in page
    cockpit.store.add_document(BATCH, NewDocument(id="d0006", number=f"{BATCH}-0006", kind="docx",
                                                  failure_code="W499", failure_reason="zip_bomb"))  # fmt: skip
    unknown = cockpit.client("beoordelaar-a").get("/documents/d0006").text
    assert "Volgende stap:" in unknown and "zip_bomb" not in unknown


def test_grounds_of_article_5_1_are_complete() -> None:
    for code, label in (("5.1.1a", "eenheid van de Kroon"), ("5.1.1b", "veiligheid van de Staat"),
                        ("5.1.2g", "bescherming van het milieu")):  # fmt: skip
        assert GROUNDS[code].label == label and not GROUNDS[code].automatic
    assert normalise_ground("art. 5.1 lid 1 sub a") == "5.1.1a"
    assert normalise_ground("artikel 5.1, tweede lid, aanhef en onder g") == "5.1.2g"
    first = {code[-1] for code in GROUNDS if code.startswith("5.1.1")}
    second = {code[-1] for code in GROUNDS if code.startswith("5.1.2")}
    assert (first, second) == (set("abcde"), set("abcdefghi"))


def test_a_published_document_links_to_its_published_files(cockpit_factory: Callable[..., Cockpit],
                                                          tmp_path: Path) -> None:  # fmt: skip
    public = tmp_path / "public"
    cockpit = cockpit_factory(public_dir=str(public))
    client = cockpit.client("goedkeurder")
    assert client.get("/documents/d0001/publicatie/pdf").status_code == 404  # nothing published yet
    (public / "documenten").mkdir(parents=True)
    number = f"{BATCH}-0001"
    (public / "documenten" / f"{number}.pdf").write_bytes(b"%PDF-1.4 synthetisch")
    (public / "documenten" / f"{number}.txt").write_text("Geachte raad, [5.1.2e]\n", "utf-8")
    cockpit.store.mark_reviewed("d0001", "beoordelaar-a")
    cockpit.store.approve("d0001", "goedkeurder")
    cockpit.store.mark_published("d0001")
    page = client.get("/documents/d0001").text
    links = re.findall(r'href="(/documents/d0001/publicatie/\w+)"', page)
    assert links == ["/documents/d0001/publicatie/pdf", "/documents/d0001/publicatie/txt"]
    served = client.get(links[0])
    assert served.status_code == 200 and served.content.startswith(b"%PDF") and "pdf" in served.headers["content-type"]
    assert client.get("/documents/d0001/publicatie/..%2f..%2fsecret").status_code == 404


def test_a_new_relative_ground_without_motivation_asks_for_the_weighing(cockpit: Cockpit) -> None:
    client = cockpit.client("beoordelaar-a")
    phone = cockpit.span("078-7654321")
    response = _decide(cockpit, client, phone, action="decide", choice="redact:5.1.2i")
    assert response.json()["message"] == (  # type: ignore[attr-defined]
        "1 detectie weggelakt op grond 5.1.2i. Leg bij deze grond uw afweging van belangen vast in het veld "
        "Motivering.")
    bsn = cockpit.span("111222333")  # an absolute ground needs no weighing
    token = csrf_of(client, "/")
    absolute = client.post(f"/documents/d0001/spans/{bsn}", data={"version": "1", "action": "decide",
                                                                  "choice": "redact:5.1.1d"},
                           headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    assert absolute.json()["message"] == "1 detectie weggelakt op grond 5.1.1d."
