"""The review workflow in the store: four eyes needs a reviewer, explicit decisions with the
reviewer's motivation, batch details with the Woo deadline, search, audit times with offset.

Synthetic data; the names are invented.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from redaction.review import FourEyesViolation, NewDocument, ReviewStore
from tests.review.test_store import LETTER, add_letter


@pytest.fixture
def store(tmp_path: Path) -> ReviewStore:
    s = ReviewStore(f"sqlite:///{tmp_path / 'review.db'}")
    yield s
    s.close()


def test_four_eyes_refuses_an_approval_nobody_reviewed(store: ReviewStore) -> None:
    add_letter(store)
    with pytest.raises(FourEyesViolation, match="nobody reviewed"):
        store.approve("d1", "bram", four_eyes=True)
    assert store.four_eyes_block("d1", "bram") == "unreviewed"
    store.mark_reviewed("d1", "anna")  # a review without touching a detection counts too
    assert store.four_eyes_block("d1", "anna") == "own_review"
    assert store.four_eyes_block("d1", "bram") is None
    store.approve("d1", "bram", four_eyes=True)
    assert store.document("d1").status == "approved"


def test_the_policy_approves_without_four_eyes_and_is_marked_as_the_policy(store: ReviewStore) -> None:
    from tests.review.test_store import letter_decisions

    add_letter(store, decisions=letter_decisions()[:3])
    assert store.auto_approve("b1", 0.9) == 1
    assert store.document("d1").approved_by_policy and store.queue("b1")[0].approved_by_policy
    assert store.reviewers_of("d1") == set()


def test_an_explicit_decision_does_what_it_says_and_keeps_the_motivation(store: ReviewStore) -> None:
    add_letter(store)
    name = store.document("d1").spans[0]  # proposed: redact 5.1.2e
    kept = store.decide(name.id, "keep", "anna", motivation="Naam staat al in het openbare raadsverslag.")
    assert (kept.decision, kept.ground, kept.state, kept.motivation) == (
        "keep", None, "rejected", "Naam staat al in het openbare raadsverslag.")  # fmt: skip
    redacted = store.decide(name.id, "redact", "anna", ground="5.1.2i")
    assert (redacted.decision, redacted.ground, redacted.state) == ("redact", "5.1.2i", "changed")
    assert redacted.motivation == "Naam staat al in het openbare raadsverslag."  # None leaves it
    back = store.decide(name.id, "redact", "anna", ground="5.1.2e", motivation="")
    assert (back.state, back.motivation) == ("accepted", None)
    final = next(d for d in store.final_decisions("d1") if d.start == name.start)
    assert final.decision == "redact"


def test_a_motivation_reaches_the_decision_record(store: ReviewStore) -> None:
    add_letter(store)
    name = store.document("d1").spans[0]
    store.decide(name.id, "keep", "anna", motivation="Afweging: belang van openbaarheid weegt zwaarder.")
    final = next(d for d in store.final_decisions("d1") if d.start == name.start)
    assert "Afweging: belang van openbaarheid weegt zwaarder." in final.reason
    assert "Afweging" not in store.audit_csv("b1")  # free text stays out of the audit log


def test_batch_details_and_the_woo_deadline(store: ReviewStore) -> None:
    add_letter(store)
    info = store.set_batch_info("b1", "bram", subject="Subsidie speeltuin De Klimboom", sender="J. de Vries",
                                request_ref="WOO-2026-014", received_on=date(2026, 11, 2))  # fmt: skip
    assert info.deadline == date(2026, 11, 30)  # four weeks
    extended = store.set_batch_info("b1", "bram", subject=info.subject, received_on=date(2026, 11, 2), extended=True)
    assert extended.deadline == date(2026, 12, 14)  # plus at most two
    assert store.batch_info("b1").request_ref is None  # what was left empty is empty
    audit = store.audit_csv("b1")
    assert "batchgegevens gewijzigd" in audit and "Vries" not in audit and "Klimboom" not in audit


def test_the_queue_can_be_searched_by_number_or_text(store: ReviewStore) -> None:
    add_letter(store, "d1", number="b1-0001")
    store.add_document("b1", NewDocument(id="d2", number="b1-0002", kind="txt", text="Verslag over 100% subsidie_x."))
    assert [q.id for q in store.queue("b1", search="0002")] == ["d2"]
    assert [q.id for q in store.queue("b1", search="BROUWERHOF")] == ["d1"]
    assert [q.id for q in store.queue("b1", search="100%")] == ["d2"]  # LIKE wildcards are literal
    assert store.queue("b1", search="_x") and not store.queue("b1", search="0%1")


def test_audit_times_are_iso_8601_with_the_dutch_offset(store: ReviewStore) -> None:
    add_letter(store)
    store.approve("d1", "bram")
    rows = list(csv.DictReader(io.StringIO(store.audit_csv("b1"))))
    for row in rows:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00", row["tijdstip"]), row["tijdstip"]
        moment = datetime.fromisoformat(row["tijdstip"])
        assert moment.utcoffset() == moment.astimezone(ZoneInfo("Europe/Amsterdam")).utcoffset()
    assert [r["actie"] for r in rows] == ["in wachtrij gezet", "goedgekeurd"]
    assert rows[0]["wie"] == "systeem" and rows[1]["na"] == "goedgekeurd"
    assert LETTER[:10] not in store.audit_csv("b1")


def test_shown_time_is_dutch_local_time() -> None:
    from redaction.review.audit import iso_local, shown_time

    winter = datetime(2026, 12, 6, 12, 5, tzinfo=ZoneInfo("UTC"))
    summer = datetime(2026, 7, 1, 22, 30)  # naive, as SQLite hands it back: UTC
    assert (iso_local(winter), shown_time(winter)) == ("2026-12-06T13:05:00+01:00", "6-12-2026 13:05")
    assert (iso_local(summer), shown_time(summer)) == ("2026-07-02T00:30:00+02:00", "2-7-2026 00:30")
