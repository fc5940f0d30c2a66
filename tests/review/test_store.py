"""The review store: queue order, span actions, value-wide actions, approval, four eyes, audit, concurrency."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from redaction.decisions import Decision
from redaction.review import FourEyesViolation, NewDocument, ReviewConflict, ReviewError, ReviewStore

# Synthetic letter; the names are invented.
LETTER = "Geachte heer Brouwerhof,\nDank voor uw mail (t.brouwerhof@voorbeeldpost.nl). BSN 111222333.\nBrouwerhof"


def decision(text: str, value: str, entity: str, ground: str | None, category: str, score: float = 0.95,
             nth: int = 0) -> Decision:  # fmt: skip
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    action = "redact" if ground else "keep"
    return Decision(start, start + len(value), value, entity, action, ground, category, "test", score, "test")


def letter_decisions() -> list[Decision]:
    return [
        decision(LETTER, "Brouwerhof", "PERSON", "5.1.2e", "naam"),
        decision(LETTER, "t.brouwerhof@voorbeeldpost.nl", "EMAIL_ADDRESS", "5.1.2e", "e-mail"),
        decision(LETTER, "111222333", "NL_BSN", "5.1.1e", "BSN"),
        decision(LETTER, "Brouwerhof", "PERSON", "5.1.2e", "naam", score=0.6, nth=1),
    ]


@pytest.fixture
def store(tmp_path: Path) -> ReviewStore:
    s = ReviewStore(f"sqlite:///{tmp_path / 'review.db'}")
    yield s
    s.close()


def add_letter(store: ReviewStore, doc_id: str = "d1", batch: str = "b1", decisions: list[Decision] | None = None,
               number: str | None = None) -> None:  # fmt: skip
    doc = NewDocument(id=doc_id, number=number or f"{batch}-{doc_id}", kind="txt", text=LETTER)
    store.add_document(batch, doc, letter_decisions() if decisions is None else decisions)


def test_adding_is_idempotent_and_keeps_review_work(store: ReviewStore) -> None:
    add_letter(store)
    span = store.document("d1").spans[0]
    store.set_span(span.id, "reject", "anna")
    assert store.add_document("b1", NewDocument(id="d1", number="b1-d1", kind="txt", text=LETTER), []) is False
    assert store.document("d1").spans[0].state == "rejected"
    assert len(store.document("d1").spans) == 4


def test_queue_orders_absolute_grounds_then_low_confidence(store: ReviewStore) -> None:
    add_letter(store, "plain", decisions=letter_decisions()[:2])
    add_letter(store, "unsure", decisions=[letter_decisions()[0], letter_decisions()[3]])
    add_letter(store, "bsn", decisions=letter_decisions()[:3])
    order = [q.id for q in store.queue("b1")]
    assert order == ["bsn", "unsure", "plain"]
    bsn = store.queue("b1")[0]
    assert (bsn.absolute, bsn.redactions, bsn.per_entity["NL_BSN"]) == (1, 3, 1)


def test_reject_accept_change_ground_and_final_decisions(store: ReviewStore) -> None:
    add_letter(store)
    spans = {sp.text: sp for sp in store.document("d1").spans}
    store.set_span(spans["111222333"].id, "accept", "anna")
    store.set_span(spans["t.brouwerhof@voorbeeldpost.nl"].id, "accept", "anna", ground="5.1.1d")
    first_name = store.document("d1").spans[0]
    store.set_span(first_name.id, "reject", "anna")
    final = {(d.start, d.text): d for d in store.final_decisions("d1")}
    assert final[(first_name.start, "Brouwerhof")].decision == "keep"
    assert final[(first_name.start, "Brouwerhof")].ground is None
    email = next(d for d in final.values() if d.entity == "EMAIL_ADDRESS")
    assert (email.ground, email.rule) == ("5.1.1d", "review:changed")
    assert next(d for d in final.values() if d.entity == "NL_BSN").rule == "review:accepted"


def test_unknown_ground_and_span_are_refused(store: ReviewStore) -> None:
    add_letter(store)
    span = store.document("d1").spans[0]
    with pytest.raises(ReviewError, match="unknown Woo ground"):
        store.set_span(span.id, "accept", "anna", ground="9.9.9z")
    with pytest.raises(ReviewError, match="unknown span"):
        store.set_span(99999, "accept", "anna")


def test_value_action_covers_document_or_batch(store: ReviewStore) -> None:
    add_letter(store, "d1")
    add_letter(store, "d2")
    assert store.set_value("d1", "brouwerhof", "reject", "anna") == 2
    assert all(sp.decision == "keep" for sp in store.document("d1").spans if sp.text == "Brouwerhof")
    assert all(sp.decision == "redact" for sp in store.document("d2").spans if sp.text == "Brouwerhof")
    assert store.set_value("d1", "Brouwerhof", "accept", "anna", scope="batch") == 4
    assert all(sp.decision == "redact" for d in ("d1", "d2") for sp in store.document(d).spans)


def test_added_span_takes_the_text_at_its_position(store: ReviewStore) -> None:
    add_letter(store)
    start = LETTER.index("Dank")
    span = store.add_span("d1", start, start + 4, "anna", ground="5.2", entity="OTHER", category="beleidsopvatting")
    assert (span.text, span.ground, span.state) == ("Dank", "5.2", "added")
    with pytest.raises(ReviewError, match="outside"):
        store.add_span("d1", 5, 5000, "anna")


def test_four_eyes_and_no_changes_after_approval(store: ReviewStore) -> None:
    add_letter(store)
    span = store.document("d1").spans[0]
    store.set_span(span.id, "accept", "anna")
    with pytest.raises(FourEyesViolation):
        store.approve("d1", "anna", four_eyes=True)
    store.approve("d1", "bram", four_eyes=True)
    assert store.document("d1").status == "approved"
    with pytest.raises(ReviewError, match="reopen"):
        store.set_span(span.id, "reject", "anna")
    store.reopen("d1", "bram")
    store.set_span(span.id, "reject", "anna")
    assert store.document("d1").status == "in_review"


def test_auto_approve_only_confident_documents(store: ReviewStore) -> None:
    add_letter(store, "sure", decisions=letter_decisions()[:3])
    add_letter(store, "unsure")
    assert store.auto_approve("b1", 0.9) == 1
    assert store.document("sure").status == "approved"
    assert store.document("unsure").status == "in_review"


def test_publish_needs_approval(store: ReviewStore) -> None:
    add_letter(store)
    with pytest.raises(ReviewError, match="not approved"):
        store.mark_published("d1")
    store.approve("d1", "bram")
    store.mark_published("d1")
    assert store.document("d1").status == "published"


def test_audit_log_has_positions_but_no_text(store: ReviewStore) -> None:
    add_letter(store)
    spans = store.document("d1").spans
    store.set_span(spans[0].id, "reject", "anna")
    store.add_span("d1", 0, 7, "anna")
    store.approve("d1", "bram")
    audit = store.audit_csv("b1")
    lines = audit.strip().splitlines()
    assert lines[0].startswith("id,tijdstip,wie,actie")
    actions = [line.split(",")[3] for line in lines[1:]]
    assert actions == ["in wachtrij gezet", "voorstel niet gevolgd", "weglakking toegevoegd", "goedgekeurd"]
    assert f",{spans[0].start},{spans[0].end}," in audit
    for secret in ("Brouwerhof", "brouwerhof", "111222333", "Geachte"):
        assert secret not in audit


def test_stale_version_is_a_conflict_not_a_silent_overwrite(store: ReviewStore) -> None:
    add_letter(store)
    seen = store.document("d1").spans[0]
    store.set_span(seen.id, "reject", "anna", expected_version=seen.version)
    with pytest.raises(ReviewConflict):
        store.set_span(seen.id, "accept", "bram", expected_version=seen.version)
    assert store.document("d1").spans[0].decision == "keep"


def word_decisions(text: str) -> list[Decision]:
    decisions, offset = [], 0
    for word in text.split(" "):
        end = offset + len(word)
        decisions.append(Decision(offset, end, word, "PERSON", "redact", "5.1.2e", "naam", "t", 0.9, "t"))
        offset += len(word) + 1
    return decisions


def test_two_reviewers_on_one_batch_lose_no_decision(tmp_path: Path) -> None:
    """Anna and Bram work through the same document and batch at once, each in their own connection."""
    url = f"sqlite:///{tmp_path / 'review.db'}"
    setup = ReviewStore(url)
    text = " ".join(f"Naam{i}" for i in range(80))
    for doc_id in ("d1", "d2"):
        setup.add_document("b1", NewDocument(id=doc_id, number=doc_id, kind="txt", text=text), word_decisions(text))
    ids = {doc: [sp.id for sp in setup.document(doc).spans] for doc in ("d1", "d2")}
    setup.close()
    # Interleaved: Anna rejects the even spans of both documents, Bram accepts the odd ones.
    work = {"anna": ("reject", [i for d in ("d1", "d2") for i in ids[d][0::2]]),
            "bram": ("accept", [i for d in ("d2", "d1") for i in ids[d][1::2]])}  # fmt: skip
    errors: list[BaseException] = []

    def reviewer(name: str) -> None:
        action, span_ids = work[name]
        own = None
        try:
            own = ReviewStore(url)  # as two web workers would: separate pools, one database
            for span_id in span_ids:
                own.set_span(span_id, action, name)  # type: ignore[arg-type]
        except BaseException as exc:
            errors.append(exc)
        finally:
            if own is not None:
                own.close()

    threads = [threading.Thread(target=reviewer, args=(name,)) for name in work]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    check = ReviewStore(url)
    for doc in ("d1", "d2"):
        states = [sp.state for sp in check.document(doc).spans]
        assert states == ["rejected", "accepted"] * 40
    audit = check.audit_csv("b1")
    assert audit.count(",anna,voorstel niet gevolgd,") == 80
    assert audit.count(",bram,voorstel gevolgd,") == 80
    check.close()


def test_a_new_ground_always_withholds(store: ReviewStore) -> None:
    """Changing the ground of a proposed keep (an official's name) withholds it on that ground."""
    kept = decision(LETTER, "Brouwerhof", "PERSON", None, "naam", nth=1)
    add_letter(store, decisions=[letter_decisions()[0], kept])
    redacted, official = store.document("d1").spans
    assert store.set_ground(redacted.id, "5.1.1d", "anna").ground == "5.1.1d"
    changed = store.set_ground(official.id, "5.2", "anna")
    assert (changed.decision, changed.ground, changed.state) == ("redact", "5.2", "rejected")


def test_leak_findings_replace_those_of_the_documents_checked_and_are_audited(store: ReviewStore) -> None:
    from dataclasses import replace

    from redaction.review.store import DecisionRef, LeakRecord

    add_letter(store, "d1")
    add_letter(store, "d2")
    span = store.document("d1").spans[0]
    ref = DecisionRef.of(span)
    finding = LeakRecord("d1", "b1-d1", "b1-d1.txt", "tekst", 3, 1, 60, "withheld_value", "ingehouden waarde", (ref,))
    missed = replace(finding, document_id="d2", number="b1-d2", file="b1-d2.pdf", part="pagina 1", decisions=())
    store.record_leak_check("b1", {"d1": "digest-1", "d2": "digest-2"}, [finding, missed])
    (stored,) = store.leaks("d1")
    assert (stored.file, stored.line, stored.column, stored.offset, stored.decisions) == ("b1-d1.txt", 3, 1, 60, (ref,))
    assert stored.checked_at is not None and store.leak_counts("b1") == {"d1": 1, "d2": 1}
    # A later check of d2 alone clears d2 and leaves d1's finding for the reviewer fixing it.
    store.record_leak_check("b1", {"d2": "digest-2"}, [])
    assert store.leak_counts("b1") == {"d1": 1} and store.leaks("d2") == []
    audit = store.audit_csv("b1")
    assert audit.count("publicatie tegengehouden") == 2 and "Brouwerhof" not in audit


def test_the_latest_leak_check_records_what_it_checked_and_what_it_holds(store: ReviewStore) -> None:
    from redaction.review.store import LeakRecord

    for doc_id in ("d1", "d2", "d3"):
        add_letter(store, doc_id)
        store.approve(doc_id, "griffier")
    assert store.latest_leak_check("b1") is None  # no check ever ran: nothing is cleared
    leak = LeakRecord("d2", "b1-d2", "b1-d2.txt", "tekst", 2, 5, 40, "email", "e-mailadres")
    first = store.record_leak_check("b1", {"d1": "aa", "d2": "bb", "d3": "cc"}, [leak])
    check = store.latest_leak_check("b1")
    assert check is not None and check.id == first and check.complete
    assert dict(check.checked) == {"d1": "aa", "d2": "bb", "d3": "cc"} and check.held == {"d2"}
    assert check.cleared("d1", "aa") and not check.cleared("d2", "bb")  # held
    assert not check.cleared("d1", "other")  # rendered again after the check: not the files it checked
    assert not check.cleared("d4", "dd")  # never checked
    assert store.held_documents("b1") == {"d2"}
    # A check that starts and never finishes leaves no verdict: the batch's latest check clears nothing.
    begun = store.start_leak_check("b1")
    pending = store.latest_leak_check("b1")
    assert pending is not None and pending.id == begun and not pending.complete and not pending.cleared("d1", "aa")
    # Finished, but unable to say what is clean: recorded, and still clears nothing.
    store.record_leak_check("b1", {"d1": "aa"}, [], check_id=begun, complete=False)
    assert not store.latest_leak_check("b1").cleared("d1", "aa")  # type: ignore[union-attr]
    # The next complete check replaces the verdicts; a held document reopened is no longer "held".
    store.record_leak_check("b1", {"d1": "aa", "d3": "cc"}, [])
    latest = store.latest_leak_check("b1")
    assert latest is not None and set(latest.checked) == {"d1", "d3"} and not latest.held
    assert store.held_documents("b1") == set()
    store.record_leak_check("b1", {"d2": "bb"}, [leak])
    store.reopen("d2", "griffier")
    assert store.held_documents("b1") == set()  # in review again: a reviewer's, not the check's


def _scorer_keep(p: float) -> Decision:
    """A keep of the person scorer: its score is the probability that the words are a name."""
    start = LETTER.index("Geachte")
    return Decision(start, start + 7, "Geachte", "PERSON", "keep", None, "naam", "kans", p, "person:ner",
                    rule="person.scorer")


def test_a_doubtful_scorer_keep_raises_the_risk_and_a_sure_one_does_not(store: ReviewStore) -> None:
    sure = letter_decisions()[:2]
    add_letter(store, "sure-keep", decisions=[*sure, _scorer_keep(0.002)])
    add_letter(store, "doubtful-keep", decisions=[*sure, _scorer_keep(0.04)])
    queue = {q.id: q for q in store.queue("b1")}
    assert queue["sure-keep"].low_confidence == 0
    assert queue["doubtful-keep"].low_confidence == 1
    assert [q.id for q in store.queue("b1")] == ["doubtful-keep", "sure-keep"]


def test_auto_approve_reads_a_scorer_keep_as_the_chance_of_a_leak(store: ReviewStore) -> None:
    sure = letter_decisions()[:2]
    add_letter(store, "sure-keep", decisions=[*sure, _scorer_keep(0.002)])
    add_letter(store, "likely-name", decisions=[*sure, _scorer_keep(0.3)])
    assert store.auto_approve("b1", 0.9) == 1
    assert store.document("sure-keep").status == "approved"
    assert store.document("likely-name").status == "in_review"
