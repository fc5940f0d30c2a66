"""`woo review list|show|accept|reject|add|approve|reopen|audit` on a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction.cli import main
from redaction.review import NewDocument, ReviewStore
from tests.review.test_store import LETTER, letter_decisions


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    store = ReviewStore(url)
    store.add_document("b1", NewDocument(id="d1", number="b1-0001", kind="txt", text=LETTER), letter_decisions())
    store.add_document("b1", NewDocument(id="d2", number="b1-0002", kind="pdf", failure_code="W406",
                                         failure_reason="needs OCR / scan zonder tekstlaag"))  # fmt: skip
    store.close()
    return url


def woo(db: str, *args: str, actor: str = "anna") -> int:
    return main(["review", "--db", db, "--as", actor, *args])


def test_list_shows_the_queue_with_counts_and_no_text(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert woo(db, "list") == 0
    out = capsys.readouterr().out
    assert "b1-0001" in out and "te beoordelen" in out and "NL_BSN 1" in out
    assert "b1-0002" not in out  # not processed: only with --all
    assert "Brouwerhof" not in out
    assert woo(db, "list", "--all") == 0
    assert "niet verwerkt" in capsys.readouterr().out


def test_review_round_trip(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert woo(db, "show", "b1-0001") == 0
    shown = capsys.readouterr().out
    span_ids = [int(part[1:]) for part in shown.split() if part.startswith("#")]
    assert len(span_ids) == 4 and "Brouwerhof" in shown  # the reviewer sees the text; logs never do
    assert woo(db, "reject", "b1-0001", "--value", "Brouwerhof") == 0
    assert woo(db, "accept", "b1-0001", str(span_ids[1]), "--ground", "5.1.1d") == 0
    assert woo(db, "add", "b1-0001", "0", "7", "--ground", "5.1.2e") == 0
    store = ReviewStore(db)
    spans = store.document("d1").spans
    assert [sp.decision for sp in spans if sp.text == "Brouwerhof"] == ["keep", "keep"]
    assert any(sp.state == "added" and sp.text == "Geachte" for sp in spans)
    # Four eyes (the Dordrecht policy): the reviewer cannot approve their own work, another person can.
    policy = str(Path(__file__).resolve().parents[2] / "examples" / "policies" / "dordrecht.yaml")
    assert main(["--policy", policy, "review", "--db", db, "--as", "anna", "approve", "b1-0001"]) == 2
    assert "W602" in capsys.readouterr().err
    assert main(["--policy", policy, "review", "--db", db, "--as", "bram", "approve", "b1-0001"]) == 0
    assert store.document("d1").status == "approved"
    assert woo(db, "reject", "b1-0001", str(span_ids[0])) == 2  # approved: no more changes
    assert "reopen" in capsys.readouterr().err
    assert woo(db, "reopen", "b1-0001", actor="bram") == 0
    assert store.document("d1").status == "in_review"


def test_audit_export(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert woo(db, "reject", "b1-0001", "--value", "Brouwerhof") == 0
    out = tmp_path / "audit.csv"
    assert woo(db, "audit", "b1", "-o", str(out)) == 0
    audit = out.read_text("utf-8")
    assert audit.count(",anna,voorstel niet gevolgd,") == 2 and "Brouwerhof" not in audit


def test_audit_of_account_changes(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    from redaction.review import ReviewStore

    store = ReviewStore(db)
    store.add_user("lieke.bos", "$argon2id$synthetisch", "reviewer", actor="beheer")
    store.update_user("lieke.bos", "beheer", active=False)
    store.close()
    capsys.readouterr()
    assert woo(db, "audit", "--accounts") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "id,tijdstip,wie,actie,account,voor,na"
    assert [line.split(",")[3:5] for line in lines[1:]] == [["account aangemaakt", "lieke.bos"],
                                                            ["account gedeactiveerd", "lieke.bos"]]
    assert woo(db, "audit") == 2


def test_unknown_document_is_one_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert woo(db, "show", "b9-9999") == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("woo: error: [W600]") and "\n" not in err
