"""The blocking leak check as a reviewer meets it: fixed publication text never blocks, a real leak
blocks with document, place and decision in the restricted report and the cockpit, and Dagster
sees counts, kinds and document numbers only.

All names and numbers are invented.
"""

from __future__ import annotations

import csv
import json
import re
from typing import Any

from dagster import DagsterEventType

from redaction.review.web import create_app
from redaction.review.web.security import hash_password
from tests.pipelines.conftest import Platform
from tests.web.conftest import PASSWORD, login

# "Woo" as a private person's nickname, withheld where it stands, while the Noot of every rendering
# says "Art. 5.1 lid 2 onderdeel e Woo (naam)".
FIXED_ONLY = (
    "Geachte raad,\nNamens Woo vraag ik om de stukken over mijn dossier.\nMet vriendelijke groet,\n"
    "Lieke Dros\n"
)
# A case reference a reviewer withholds in the subject line but that the body repeats.
REFERENCE = "ZK-4471-QV"
LEAKING = (
    f"Geachte raad,\nBetreft: dossier {REFERENCE}\nIn dossier {REFERENCE} ontbreekt de beschikking.\n"
    "Met vriendelijke groet,\nLieke Dros\n"
)


def _one_document(platform: Platform, text: str) -> tuple[str, str]:
    (platform.inbox / "brief.txt").write_text(text, "utf-8")
    batch = platform.tick()
    assert batch is not None and platform.run("woo_publication_job", batch).success
    (summary,) = platform.store.queue(batch, statuses=["in_review"])
    return batch, summary.id


def _leak_check(result: Any) -> Any:
    evaluations = DagsterEventType.ASSET_CHECK_EVALUATION
    checks = [e.event_specific_data for e in result.all_events if e.event_type == evaluations]
    return next(c for c in checks if c.check_name == "publication_has_no_leaks")


def test_a_withheld_word_that_the_noot_also_says_does_not_block(platform: Platform) -> None:
    batch, doc_id = _one_document(platform, FIXED_ONLY)
    at = FIXED_ONLY.index("Woo")
    platform.store.add_span(doc_id, at, at + 3, "beoordelaar-a", category="naam")
    platform.store.approve(doc_id, "griffier-b")
    result = platform.run("woo_republish_job", batch)
    check = _leak_check(result)
    assert check.passed, check.metadata
    published = (platform.public / "documenten" / f"{platform.store.document(doc_id).number}.txt").read_text("utf-8")
    assert "Woo (naam)" in published and "Namens [5.1.2e]" in published  # readable only in the Noot
    report = json.loads((platform.restricted / "batches" / batch / "leak_report.json").read_text("utf-8"))
    assert report["lekken"] == [] and platform.store.leaks(doc_id) == []


def test_a_real_leak_blocks_and_the_reviewer_learns_where_and_which_decision(platform: Platform) -> None:
    batch, doc_id = _one_document(platform, LEAKING)
    at = LEAKING.index(REFERENCE)
    added = platform.store.add_span(doc_id, at, at + len(REFERENCE), "beoordelaar-a", entity="HANDMATIG",
                                    category="overig")  # fmt: skip
    platform.store.approve(doc_id, "griffier-b")
    number = platform.store.document(doc_id).number
    result = platform.run("woo_republish_job", batch)
    check = _leak_check(result)
    assert check.passed is False
    assert not (platform.public / "documenten").exists() or not list((platform.public / "documenten").iterdir())

    # Dagster: counts, kinds and the opaque document number; no value, no position, no decision.
    metadata = {key: value.value for key, value in check.metadata.items()}
    assert metadata["documents_with_leaks"] == 1 and metadata["leaks"] == 3  # text, HTML and PDF
    assert metadata["leaks_per_document"] == {number: {"withheld_value": 3}}
    assert str(metadata["leak_report"]).endswith(f"{batch}/leak_report.json")
    shown = json.dumps(metadata, default=str)
    for secret in (REFERENCE, "4471", "Dros", "Lieke"):
        assert secret not in shown
        assert all(secret not in (event.message or "") for event in result.all_events)
    assert not re.search(r"regel|line|offset|positie|span", shown)

    # The restricted report: document, file, line, column, offset and the decision record.
    restricted = platform.restricted / "batches" / batch
    report = json.loads((restricted / "leak_report.json").read_text("utf-8"))
    by_file = {row["bestand"]: row for row in report["lekken"]}
    assert set(by_file) == {f"{number}.txt", f"{number}.html", f"{number}.pdf"}
    txt = by_file[f"{number}.txt"]
    published = (restricted / "redacted" / f"{number}.txt").read_text("utf-8")
    assert (txt["document_id"], txt["documentnummer"], txt["soort"]) == (doc_id, number, "withheld_value")
    assert (txt["regel"], txt["kolom"]) == (3, published.splitlines()[2].index(REFERENCE) + 1)
    assert published[txt["positie"] :].startswith(REFERENCE)
    assert txt["positie_in_brontekst"] == LEAKING.index(REFERENCE, at + 1)
    assert [(d["span_id"], d["entiteit"], d["besluit"], d["grond"], d["regel"]) for d in txt["besluiten"]] == [
        (added.id, "HANDMATIG", "redact", "5.1.2e", "review:added")
    ]
    rows = list(csv.DictReader((restricted / "leak_report.csv").read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert {row["bestand"] for row in rows} == set(by_file) and f"#{added.id} HANDMATIG" in rows[0]["besluiten"]
    for written in ((restricted / "leak_report.json").read_text("utf-8"), (restricted / "leak_report.csv").read_text()):
        assert REFERENCE not in written

    # The cockpit on the same store shows it on the document page, linked to the decision's row.
    platform.store.add_user("griffier-c", hash_password(PASSWORD), "approver")
    app = create_app(platform.store.url, session_secret="test-secret-" + "x" * 32,
                     restricted_dir=str(platform.restricted))  # fmt: skip
    from fastapi.testclient import TestClient

    client = TestClient(app, base_url="http://testserver")
    login(client, "griffier-c")
    page = client.get(f"/documents/{doc_id}").text
    section = page[page.index('id="lekken"') : page.index("</section>", page.index('id="lekken"'))]
    assert "Publicatie tegengehouden door de lekcontrole" in section
    assert f"{number}.txt, regel 3, teken {txt['kolom']} (positie {txt['positie']})" in section
    assert f'href="#r{added.id}"' in section and "regel review:added" in section
    assert REFERENCE not in section
    assert f'id="r{added.id}"' in page  # the row the link leads to
    queue = " ".join(client.get(f"/batches/{batch}").text.split())
    assert f'href="/documents/{doc_id}#lekken">publicatie tegengehouden: 3 lekken' in queue
    app.state.store.close()

    # Fixed: reopen, withhold the second mention too, approve again; the check passes and clears it.
    platform.store.reopen(doc_id, "griffier-b")
    second = LEAKING.index(REFERENCE, at + 1)
    platform.store.add_span(doc_id, second, second + len(REFERENCE), "beoordelaar-a", entity="HANDMATIG",
                            category="overig")  # fmt: skip
    platform.store.approve(doc_id, "griffier-b")
    assert _leak_check(platform.run("woo_republish_job", batch)).passed
    assert platform.store.leaks(doc_id) == []
    assert json.loads((restricted / "leak_report.json").read_text("utf-8"))["lekken"] == []
