"""Review actions through the cockpit: per value in document and batch, new grounds, adding, queue."""

from __future__ import annotations

from redaction.review import NewDocument
from tests.web.conftest import BATCH, Cockpit, csrf_of, letter_decisions

JSON = {"Accept": "application/json"}
SECOND = "Verslag: Kees Overdijk belde opnieuw. Kees Overdijk vroeg om een afspraak.\n"


def test_value_wide_choice_in_the_batch_and_a_new_ground_for_a_keep(cockpit: Cockpit) -> None:
    first = SECOND.index("Kees Overdijk")
    second = SECOND.index("Kees Overdijk", first + 1)
    decisions = [d.with_changes(start=s, end=s + 13) for d, s in
                 ((letter_decisions()[2], first), (letter_decisions()[2], second))]  # fmt: skip
    cockpit.store.add_document(BATCH, NewDocument(id="d0002", number=f"{BATCH}-0002", kind="txt", text=SECOND),
                               decisions)  # fmt: skip
    client = cockpit.client("beoordelaar-a")
    token = csrf_of(client, "/")
    kees = cockpit.span("Kees Overdijk")
    response = client.post(f"/documents/d0001/spans/{kees}", data={"action": "decide", "choice": "keep", "version": "1",
                                                                    "scope": "batch"},
                           headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    assert response.json()["message"] == "3 detecties blijven leesbaar (behouden)."
    assert all(sp.decision == "keep" for sp in cockpit.store.document("d0002").spans)
    # A kept official's name withheld after all, on a ground only a person sets.
    anna = cockpit.span("Anna Veldkamp")
    response = client.post(f"/documents/d0001/spans/{anna}", data={"action": "decide", "version": "1",
                                                                    "choice": "redact:5.1.1d", "scope": "span"},
                           headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    assert response.status_code == 200
    changed = next(sp for sp in cockpit.store.document(cockpit.doc_id).spans if sp.id == anna)
    assert (changed.decision, changed.ground, changed.state) == ("redact", "5.1.1d", "rejected")
    # An unknown ground is refused, nothing changes.
    bad = client.post(f"/documents/d0001/spans/{cockpit.span('Pieter Zwanenburg')}",
                      data={"action": "decide", "version": "1", "choice": "redact:5.9.9z"},
                      headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    assert bad.status_code == 400 and bad.json()["message"] == "Ongeldige invoer."


def test_document_page_lists_every_ground_and_the_shortcuts(cockpit: Cockpit) -> None:
    from redaction.policy.grounds import GROUNDS

    page = cockpit.client("beoordelaar-a").get("/documents/d0001").text
    for code in GROUNDS:
        assert f'<option value="redact:{code}"' in page and f'<option value="{code}"' in page
    assert "5.1.1d" in GROUNDS and "5.2" in GROUNDS
    assert "Sneltoetsen" in page and "<kbd>j</kbd>" in page and "<kbd>a</kbd>: akkoord met het voorstel" in page
    assert 'aria-describedby="tip-' in page and 'tabindex="0"' in page
    assert 'class="det ent-person dec-keep state-proposed"' in page  # the official, quieter
    assert "Wethouder in functie: naam blijft staan." in page


def test_adding_trims_whitespace_and_refuses_overlaps(cockpit: Cockpit) -> None:
    from tests.web.conftest import LETTER

    client = cockpit.client("beoordelaar-b")
    token = csrf_of(client, "/")
    start = LETTER.index("Jeroen Kapteijn")
    response = client.post("/documents/d0001/spans", data={"start": str(start - 1), "end": str(start + 16),
                                                             "ground": "5.1.2e", "category": "naam"},
                           headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    assert response.status_code == 200
    added = [sp for sp in cockpit.store.document(cockpit.doc_id).spans if sp.state == "added"]
    assert [sp.text for sp in added] == ["Jeroen Kapteijn"]
    overlap = LETTER.index("Brandsma")
    refused = client.post("/documents/d0001/spans", data={"start": str(overlap), "end": str(overlap + 3),
                                                            "ground": "5.1.2e", "category": "naam"},
                          headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    assert refused.status_code == 409 and "overlapt" in refused.json()["message"]


def test_queue_shows_risk_order_counts_and_progress(cockpit: Cockpit) -> None:
    cockpit.store.add_document(BATCH, NewDocument(id="d0003", number=f"{BATCH}-0003", kind="txt", text="Niets.\n"))
    page = cockpit.client("beoordelaar-a").get(f"/batches/{BATCH}").text
    assert page.index(f"{BATCH}-0001") < page.index(f"{BATCH}-0003")  # the BSN document first
    assert "0 van 7 detecties beoordeeld" in page
    assert "BSN 1" in page and "persoon 3" in page
