"""`woo review users ...` and `woo review serve`: accounts from the command line, the server started."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from redaction.cli import main
from redaction.review import ReviewStore
from redaction.review.web.security import verify_password


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'restricted' / 'review.db'}"


def woo(db: str, *args: str) -> int:
    return main(["review", "--db", db, "--as", "beheerder-test", *args])


def test_users_add_reads_the_password_from_stdin_and_stores_an_argon2_hash(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("een-lang-geheim-wachtwoord\n"))
    assert woo(db, "users", "add", "femke.dekker", "--role", "approver", "--password-stdin") == 0
    assert "gebruiker femke.dekker aangemaakt (approver)" in capsys.readouterr().out
    store = ReviewStore(db)
    found = store.user_credentials("femke.dekker")
    assert found is not None and found[0].role == "approver" and found[0].active
    assert found[1].startswith("$argon2id$") and "een-lang-geheim" not in found[1]
    assert verify_password(found[1], "een-lang-geheim-wachtwoord")
    assert not verify_password(found[1], "een-ander-wachtwoord")
    store.close()
    assert woo(db, "users", "deactivate", "femke.dekker") == 0
    capsys.readouterr()
    assert woo(db, "users", "list") == 0
    listed = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert listed == [["femke.dekker", "approver", "inactief"]]


def test_users_add_from_env_and_refusals(db: str, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("WOO_NEW_PASSWORD", "wachtwoord-voor-script")
    assert woo(db, "users", "add", "sem.bakker", "--role", "reviewer") == 0
    assert woo(db, "users", "add", "sem.bakker", "--role", "reviewer") != 0  # taken
    assert "[W603]" in capsys.readouterr().err
    monkeypatch.setenv("WOO_NEW_PASSWORD", "kort")
    assert woo(db, "users", "add", "kort.wachtwoord", "--role", "reviewer") != 0
    err = capsys.readouterr().err
    assert "[W603]" in err and "kort" not in err.replace("kort.wachtwoord", "")  # never echo the password
    with pytest.raises(SystemExit):  # a password is never a plain argument
        main(["review", "--db", db, "users", "add", "x", "--role", "reviewer", "--password", "geheim-geheim"])


def test_serve_starts_uvicorn_with_the_factory_and_the_store(
    db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: calls.append((a, k)))
    monkeypatch.setenv("WOO_SESSION_SECRET", "vast-geheim-voor-de-test")
    # setenv first: monkeypatch then restores what `serve` writes into the environment.
    monkeypatch.setenv("WOO_REVIEW_DB", "sqlite:///niet-deze.db")
    assert woo(db, "serve", "--port", "8123", "--workers", "2") == 0
    (target,), options = calls[0]
    assert target == "redaction.review.web.app:app_from_env" and options["factory"] is True
    assert (options["host"], options["port"], options["workers"]) == ("127.0.0.1", 8123, 2)
    import os

    assert os.environ["WOO_REVIEW_DB"] == db
    assert Path(db.removeprefix("sqlite:///")).exists()  # migrated before the workers start
