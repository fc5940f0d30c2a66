"""The blocking leak check as a reviewer meets it: fixed publication text never blocks, a real leak
holds its document (not the batch) with document, place and decision in the restricted report and
the cockpit, the clean documents are published, and Dagster sees counts, kinds and document numbers
only. Publication fails closed: no check record, or files not the ones checked, publish nothing.

All names and numbers are invented.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from dagster import AssetCheckSeverity, AssetSelection, DagsterEventType, ExecuteInProcessResult, materialize

from pipelines.defs.checks import DOCUMENT_CHECKS
from pipelines.defs.documents import DOCUMENT_ASSETS, published_documents, redacted_documents, reviewed_decisions
from redaction.publication import HELD_NOTE
from redaction.review.models import LeakCheckDocumentRow, LeakCheckRow
from redaction.review.web import create_app
from redaction.review.web.security import hash_password
from redaction.review.web.view import HELD_NL
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


def _withhold_second_mention(platform: Platform, doc_id: str, first: int) -> None:
    """The reviewer's fix: reopen the document, withhold the reference's second mention (after
    ``first``), approve again."""
    platform.store.reopen(doc_id, "griffier-b")
    second = LEAKING.index(REFERENCE, first + 1)
    platform.store.add_span(doc_id, second, second + len(REFERENCE), "beoordelaar-a", entity="HANDMATIG",
                            category="overig")  # fmt: skip
    platform.store.approve(doc_id, "griffier-b")


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


def test_a_real_leak_holds_the_document_and_the_reviewer_learns_where_and_which_decision(platform: Platform) -> None:
    batch, doc_id = _one_document(platform, LEAKING)
    at = LEAKING.index(REFERENCE)
    added = platform.store.add_span(doc_id, at, at + len(REFERENCE), "beoordelaar-a", entity="HANDMATIG",
                                    category="overig")  # fmt: skip
    platform.store.approve(doc_id, "griffier-b")
    number = platform.store.document(doc_id).number
    result = platform.run("woo_republish_job", batch)
    check = _leak_check(result)
    assert check.passed is False and check.severity == AssetCheckSeverity.WARN  # held, not the batch blocked
    assert not (platform.public / "documenten").exists() or not list((platform.public / "documenten").iterdir())
    assert platform.store.document(doc_id).status == "approved" and platform.store.held_documents(batch) == {doc_id}

    # Dagster: counts, kinds and the opaque document number; no value, no position, no decision.
    metadata = {key: value.value for key, value in check.metadata.items()}
    assert metadata["documents_with_leaks"] == 1 and metadata["leaks"] == 3  # text, HTML and PDF
    assert (metadata["documents_checked"], metadata["documents_held"], metadata["documents_clean"]) == (1, 1, 0)
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
    _withhold_second_mention(platform, doc_id, at)
    assert _leak_check(platform.run("woo_republish_job", batch)).passed
    assert platform.store.leaks(doc_id) == [] and platform.store.held_documents(batch) == set()
    assert platform.store.document(doc_id).status == "published"
    assert json.loads((restricted / "leak_report.json").read_text("utf-8"))["lekken"] == []


# Three letters without anything to withhold that the scanner would find, and each its own text.
CLEAN = {
    "verlichting.txt": "Geachte raad,\nGraag vraag ik aandacht voor de verlichting in het park.\n"
                       "Met vriendelijke groet,\nJorinde Kanterink\n",
    "bushalte.txt": "Geachte raad,\nDe bushalte aan de Molenweg is al weken kapot.\nMet vriendelijke groet,\n"
                    "Jorinde Kanterink\n",
    "bibliotheek.txt": "Geachte raad,\nIk steun het plan voor een nieuwe bibliotheek in de wijk.\n"
                       "Met vriendelijke groet,\nLieke Dros\n",
}  # fmt: skip


def _batch_of(platform: Platform, letters: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The letters as one batch, run up to the review gate; file name -> document id."""
    for name, text in letters.items():
        (platform.inbox / name).write_text(text, "utf-8")
    batch = platform.tick()
    assert batch is not None and platform.run("woo_publication_job", batch).success
    ids = {}
    for summary in platform.store.queue(batch, statuses=None):
        text = platform.store.document(summary.id).text
        ids[next(name for name, letter in letters.items() if letter.strip() == text.strip())] = summary.id
    assert len(ids) == len(letters)
    return batch, ids


def _materialize(platform: Platform, batch: str, selection: AssetSelection) -> ExecuteInProcessResult:
    """Part of the document assets, as an operator might start it by hand in the UI."""
    return materialize([*DOCUMENT_ASSETS, *DOCUMENT_CHECKS], selection=selection, partition_key=batch,
                       resources=platform.resources, instance=platform.instance, raise_on_error=False)  # fmt: skip


def _publishes_nothing(platform: Platform, batch: str) -> ExecuteInProcessResult:
    """Publication on its own: it runs, publishes none of the batch's approved letters (all counted
    as not checked), and they stay approved."""
    result = _materialize(platform, batch, AssetSelection.assets(published_documents))
    assert result.success
    metadata = result.asset_materializations_for_node("published_documents")[0].metadata
    assert (metadata["published"].value, metadata["not_checked"].value) == (0, len(CLEAN))
    assert _public_numbers(platform) == set()
    assert {q.status for q in platform.store.queue(batch)} == {"approved"}
    return result


def _public_numbers(platform: Platform) -> set[str]:
    folder = platform.public / "documenten"
    return {path.name.split(".")[0] for path in folder.iterdir()} if folder.exists() else set()


def test_one_leaking_document_is_held_and_the_clean_ones_are_published(platform: Platform) -> None:
    batch, ids = _batch_of(platform, {**CLEAN, "dossier.txt": LEAKING})
    leaking = ids["dossier.txt"]
    at = LEAKING.index(REFERENCE)
    platform.store.add_span(leaking, at, at + len(REFERENCE), "beoordelaar-a", entity="HANDMATIG", category="overig")
    for doc_id in ids.values():
        platform.store.approve(doc_id, "griffier-b")
    numbers = {name: platform.store.document(doc_id).number for name, doc_id in ids.items()}
    held = numbers["dossier.txt"]
    clean = {numbers[name] for name in CLEAN}

    result = platform.run("woo_republish_job", batch)
    assert result.success
    check = _leak_check(result)
    # Failed with severity WARN: Dagster runs publication, which publishes what the check cleared.
    assert check.passed is False and check.severity == AssetCheckSeverity.WARN
    metadata = {key: value.value for key, value in check.metadata.items()}
    assert (metadata["documents_checked"], metadata["documents_held"], metadata["documents_clean"]) == (4, 1, 3)
    assert metadata["leaks_per_document"] == {held: {"withheld_value": 3}}
    published = result.asset_materializations_for_node("published_documents")[0].metadata
    assert (published["published"].value, published["held"].value, published["not_checked"].value) == (3, 1, 0)

    # The clean letters are public, every rendering; nothing of the held one reaches the public area.
    folder = platform.public / "documenten"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.{ext}" for n in clean
                                                              for ext in ("html", "pdf", "txt", "xml"))  # fmt: skip
    assert not list(platform.public.rglob(f"{held}.*"))
    assert all(REFERENCE not in p.read_bytes().decode("utf-8", "ignore") for p in platform.public.rglob("*.*"))
    statuses = {q.id: q.status for q in platform.store.queue(batch)}
    assert statuses.pop(leaking) == "approved" and set(statuses.values()) == {"published"}
    assert platform.store.held_documents(batch) == {leaking}

    # The restricted leak report names the held document and only that one.
    restricted = platform.restricted / "batches" / batch
    report = json.loads((restricted / "leak_report.json").read_text("utf-8"))
    assert report["documenten_met_lekken"] == 1 and {row["documentnummer"] for row in report["lekken"]} == {held}
    assert {row["document_id"] for row in report["lekken"]} == {leaking}

    # The public inventory: the held letter is suspended, held by the leak check, without a link.
    inventory = (platform.public / "inventaris" / f"inventarislijst-{batch}.csv").read_bytes().decode("utf-8-sig")
    rows = {row["Documentnummer"]: row for row in csv.DictReader(inventory.splitlines(), delimiter=";")}
    assert (rows[held]["Toelichting"], rows[held]["Opgeschort"], rows[held]["Publieke link"]) == (HELD_NOTE, "Ja", "")
    assert all(rows[n]["Opgeschort"] == "Nee" and rows[n]["Publieke link"].endswith(f"{n}.pdf") for n in clean)
    inventory_meta = result.asset_materializations_for_node("inventory_list")[0].metadata
    assert inventory_meta["held"].value == 1

    # Dagster saw no value, no name, no place.
    for event in result.all_events:
        for secret in (REFERENCE, "Kanterink", "Jorinde", "Dros"):
            assert secret not in (event.message or "")

    # The cockpit shows the status in the queue and on the document page.
    platform.store.add_user("griffier-c", hash_password(PASSWORD), "approver")
    app = create_app(platform.store.url, session_secret="test-secret-" + "x" * 32,
                     restricted_dir=str(platform.restricted))  # fmt: skip
    from fastapi.testclient import TestClient

    client = TestClient(app, base_url="http://testserver")
    login(client, "griffier-c")
    queue = " ".join(client.get(f"/batches/{batch}").text.split())
    row = queue[queue.index(f'href="/documents/{leaking}"') :]
    row = row[: row.index("</tr>")]
    assert HELD_NL in row and "publicatie tegengehouden: 3 lekken" in row
    assert queue.count(HELD_NL) == 1
    page = client.get(f"/documents/{leaking}").text
    assert f'id="doc-status">{HELD_NL}' in page and 'id="tegengehouden"' in page
    assert "Publicatie tegengehouden door de lekcontrole" in page
    app.state.store.close()

    # Fixed and approved again: the next run publishes it, and the hold is gone everywhere.
    _withhold_second_mention(platform, leaking, at)
    again = platform.run("woo_republish_job", batch)
    assert again.success and _leak_check(again).passed
    assert _public_numbers(platform) == clean | {held}
    assert {q.status for q in platform.store.queue(batch)} == {"published"}
    assert platform.store.held_documents(batch) == set()
    inventory = (platform.public / "inventaris" / f"inventarislijst-{batch}.csv").read_bytes().decode("utf-8-sig")
    assert HELD_NOTE not in inventory


def test_without_a_leak_check_record_nothing_is_published(platform: Platform) -> None:
    batch, ids = _batch_of(platform, CLEAN)
    for doc_id in ids.values():
        platform.store.approve(doc_id, "griffier-b")
    # Rendered by hand without the check, then publication started on its own: no check record.
    rendered = _materialize(platform, batch, AssetSelection.assets(reviewed_decisions, redacted_documents)
                            .without_checks())  # fmt: skip
    assert rendered.success and not rendered.get_asset_check_evaluations()
    assert len(list((platform.restricted / "batches" / batch / "redacted").iterdir())) == 4 * len(CLEAN)
    # The batch's only check ran in its first run, before anything was approved: it checked nothing.
    latest = platform.store.latest_leak_check(batch)
    assert latest is not None and latest.complete and not latest.checked
    result = _publishes_nothing(platform, batch)

    # No check record at all (a store emptied of them, a batch from before they existed): nothing.
    with platform.store.session() as s:
        s.execute(LeakCheckDocumentRow.__table__.delete())
        s.execute(LeakCheckRow.__table__.delete())
    assert platform.store.latest_leak_check(batch) is None
    result = _publishes_nothing(platform, batch)
    logged = [entry.user_message for entry in platform.instance.all_logs(result.run_id)]
    assert any("no leak check recorded" in message for message in logged)

    # A check that began and never finished (a crash half-way) clears nothing either.
    platform.store.start_leak_check(batch)
    result = _materialize(platform, batch, AssetSelection.assets(published_documents))
    assert result.asset_materializations_for_node("published_documents")[0].metadata["published"].value == 0
    assert _public_numbers(platform) == set()


def test_a_document_rendered_after_the_check_is_not_published(
    platform: Platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    import redaction.batchwork

    # Every rendering at one fixed moment (the PDF's and DiWoo's dates): a document rendered again
    # unchanged gives the same bytes, so only a real change makes its files differ from the checked.
    render = redaction.batchwork.publication_files
    moment = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    monkeypatch.setattr(redaction.batchwork, "publication_files",
                        lambda *args, **kwargs: render(*args, **{**kwargs, "published_at": moment}))  # fmt: skip
    batch, ids = _batch_of(platform, CLEAN)
    first, second, third = (ids[name] for name in CLEAN)
    platform.store.approve(first, "griffier-b")
    platform.store.approve(second, "griffier-b")
    # Rendered and checked, not yet published: the check cleared these very files.
    checked = _materialize(platform, batch, AssetSelection.assets(reviewed_decisions, redacted_documents))
    assert checked.success and _leak_check(checked).passed
    cleared = platform.store.latest_leak_check(batch)
    assert cleared is not None and set(cleared.checked) == {first, second} and not cleared.held

    # Then: the first reopened, changed and approved again, the third approved, and the batch rendered
    # again by hand without the check. The first's files are no longer the ones checked; the third's
    # were never checked. Only the second, rendered to the same bytes, may go out.
    platform.store.reopen(first, "griffier-b")
    text = platform.store.document(first).text
    at = text.index("park")
    platform.store.add_span(first, at, at + len("park"), "beoordelaar-a", entity="HANDMATIG", category="overig")
    platform.store.approve(first, "griffier-b")
    platform.store.approve(third, "griffier-b")
    rendered = _materialize(platform, batch, AssetSelection.assets(reviewed_decisions, redacted_documents)
                            .without_checks())  # fmt: skip
    assert rendered.success
    result = _materialize(platform, batch, AssetSelection.assets(published_documents))
    assert result.success
    metadata = result.asset_materializations_for_node("published_documents")[0].metadata
    assert (metadata["published"].value, metadata["held"].value, metadata["not_checked"].value) == (1, 0, 2)
    numbers = {doc_id: platform.store.document(doc_id).number for doc_id in ids.values()}
    assert _public_numbers(platform) == {numbers[second]}
    statuses = {q.id: q.status for q in platform.store.queue(batch)}
    assert statuses == {first: "approved", second: "published", third: "approved"}

    # The next full run checks them and publishes them, the first with its new redaction.
    again = platform.run("woo_republish_job", batch)
    assert again.success and _leak_check(again).passed
    assert _public_numbers(platform) == set(numbers.values())
    published = (platform.public / "documenten" / f"{numbers[first]}.txt").read_text("utf-8")
    assert "verlichting in het [5.1.2e]." in published


def test_a_check_that_cannot_tell_what_is_clean_blocks_the_whole_batch(
    platform: Platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipelines.defs.documents

    batch, ids = _batch_of(platform, CLEAN)
    for doc_id in ids.values():
        platform.store.approve(doc_id, "griffier-b")
    render = pipelines.defs.documents.render_batch

    def render_and_stray(area: Any, *args: Any, **kwargs: Any) -> Any:
        yield from render(area, *args, **kwargs)
        # A file about to be published that no document of the batch owns: nobody can say it is clean.
        area.write_text(f"redacted/{batch}-9999.txt", "Jorinde Kanterink, j.kanterink@post.example\n")

    monkeypatch.setattr(pipelines.defs.documents, "render_batch", render_and_stray)
    result = platform.run("woo_republish_job", batch)
    check = _leak_check(result)
    assert check.passed is False and check.severity == AssetCheckSeverity.ERROR
    assert not result.asset_materializations_for_node("published_documents")  # ERROR: downstream does not run
    metadata = {key: value.value for key, value in check.metadata.items()}
    assert metadata["files_without_document"] == 1 and metadata["documents_checked"] == len(CLEAN)
    latest = platform.store.latest_leak_check(batch)
    assert latest is not None and not latest.complete
    # Publication started by hand all the same publishes nothing on that check's word.
    published = _materialize(platform, batch, AssetSelection.assets(published_documents))
    assert published.asset_materializations_for_node("published_documents")[0].metadata["published"].value == 0
    assert _public_numbers(platform) == set()
    assert {q.status for q in platform.store.queue(batch)} == {"approved"}
