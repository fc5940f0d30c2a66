"""Review on the page in the store: pages flagged for a person block approval until marked seen,
boxes drawn by hand are stored, audited, survive a reopened store and reach the renderer's input.
All text is invented."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from redaction.pages import Box
from redaction.pages.manual import ManualBox
from redaction.review import NewDocument, PagesUnseen, ReviewError, ReviewStore

SCAN = "Verklaring van de aanvrager\nOndertekend door Kanterink te Zwolle."


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'review.db'}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ReviewStore]:
    s = ReviewStore(_url(tmp_path))
    s.add_document("b1", NewDocument(id="scan1", number="b1-0001", kind="scan", text=SCAN, pages_to_review=[2, 1, 2]))
    s.add_document("b1", NewDocument(id="brief", number="b1-0002", kind="pdf", text=SCAN))
    yield s
    s.close()


def _audit(store: ReviewStore) -> str:
    return store.audit_csv("b1")


def test_approve_is_refused_while_a_flagged_page_is_unseen(store: ReviewStore) -> None:
    assert store.document("scan1").pages_to_review == (1, 2)  # sorted, once each
    with pytest.raises(PagesUnseen, match="1, 2"):
        store.approve("scan1", "goedkeurder")
    store.mark_page_seen("scan1", 1, "beoordelaar")
    with pytest.raises(PagesUnseen, match="2"):
        store.approve("scan1", "goedkeurder")
    assert store.document("scan1").status == "in_review"
    store.mark_page_seen("scan1", 2, "beoordelaar")
    store.mark_page_seen("scan1", 2, "iemand-anders")  # idempotent: the first look counts
    assert store.document("scan1").pages_seen[2][0] == "beoordelaar"
    store.approve("scan1", "goedkeurder")
    assert store.document("scan1").status == "approved"
    store.approve("brief", "goedkeurder")  # nothing flagged: nothing to see first
    audit = _audit(store)
    assert audit.count("pagina bekeken") == 2


def test_a_page_not_flagged_cannot_be_marked_and_policy_never_approves_an_unseen_page(store: ReviewStore) -> None:
    with pytest.raises(ReviewError):
        store.mark_page_seen("scan1", 3, "beoordelaar")
    assert store.auto_approve("b1", 0.0) == 1  # only the document without flagged pages
    assert store.document("scan1").status == "in_review"


def test_a_drawn_box_is_stored_audited_and_survives_reopening_the_store(store: ReviewStore, tmp_path: Path) -> None:
    drawn = store.add_page_box("scan1", 1, Box(72.0, 300.5, 230.0, 340.0), "beoordelaar",
                               reason="Handtekening van Kanterink")  # fmt: skip
    assert (drawn.ground, drawn.category) == ("5.1.2e", "handtekening")  # a signature by default
    other = store.add_page_box("scan1", 2, Box(10, 10, 60, 60), "beoordelaar", ground="5.1.1d", category="overig")
    store.close()
    reopened = ReviewStore(_url(tmp_path))
    try:
        boxes = reopened.page_boxes("scan1")
        assert [(b.id, b.page, b.box, b.ground, b.created_by) for b in boxes] == [
            (drawn.id, 1, Box(72.0, 300.5, 230.0, 340.0), "5.1.2e", "beoordelaar"),
            (other.id, 2, Box(10, 10, 60, 60), "5.1.1d", "beoordelaar"),
        ]
        assert boxes[0].reason == "Handtekening van Kanterink"
        assert reopened.manual_boxes("scan1") == [ManualBox(1, Box(72.0, 300.5, 230.0, 340.0)),
                                                 ManualBox(2, Box(10, 10, 60, 60), "5.1.1d", "overig")]  # fmt: skip
        reopened.remove_page_box("scan1", other.id, "beoordelaar")
        assert [b.id for b in reopened.page_boxes("scan1")] == [drawn.id]
        assert [b.removed_by for b in reopened.page_boxes("scan1", removed=True)] == [None, "beoordelaar"]
        audit = reopened.audit_csv("b1")
        assert audit.count("vlak getekend op pagina") == 2 and "getekend vlak verwijderd" in audit
        assert "Kanterink" not in audit  # the reviewer's reason stays out of the audit log
        assert "beoordelaar" in reopened.reviewers_of("scan1")  # drawing a box is reviewing (four eyes)
    finally:
        reopened.close()


def test_a_drawn_box_needs_a_real_rectangle_a_known_ground_and_an_open_document(store: ReviewStore) -> None:
    for page, box in ((0, Box(1, 1, 5, 5)), (1, Box(5, 1, 5, 5)), (1, Box(1, 9, 5, 5)), (1, Box(-1, 1, 5, 5))):
        with pytest.raises(ReviewError):
            store.add_page_box("scan1", page, box, "beoordelaar")
    with pytest.raises(ReviewError):
        store.add_page_box("scan1", 1, Box(1, 1, 5, 5), "beoordelaar", ground="9.9.9")
    store.approve("brief", "goedkeurder")
    with pytest.raises(ReviewError):
        store.add_page_box("brief", 1, Box(1, 1, 5, 5), "beoordelaar")  # approved: reopen first
    assert store.page_boxes("scan1") == [] and store.page_boxes("brief") == []


def test_a_document_whose_only_redaction_is_a_drawn_box_is_partly_public_in_the_inventory(
    store: ReviewStore,
) -> None:
    from redaction.publication import inventory_rows

    before = {row.documentnummer: (row.beoordeling, row.beoordelingsgrond)
              for row in inventory_rows(store, "b1", "https://open.example.nl")}  # fmt: skip
    assert before["b1-0001"] == ("Openbaar", "")
    store.add_page_box("scan1", 1, Box(72, 300, 230, 340), "beoordelaar")
    rows = {row.documentnummer: (row.beoordeling, row.beoordelingsgrond)
            for row in inventory_rows(store, "b1", "https://open.example.nl")}  # fmt: skip
    assert rows["b1-0001"] == ("Deels openbaar", "5.1.2e") and rows["b1-0002"] == ("Openbaar", "")
