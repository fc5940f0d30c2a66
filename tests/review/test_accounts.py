"""Accounts in the store: server-side sessions that end, and every account change audited by name.

The usernames are invented.
"""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from redaction.review import ReviewStore
from redaction.review.models import WebSessionRow, utcnow

IDLE, DAY = 1800, 8 * 3600


@pytest.fixture
def store(tmp_path: Path) -> ReviewStore:
    s = ReviewStore(f"sqlite:///{tmp_path / 'review.db'}")
    s.add_user("fenna.visser", "$argon2id$synthetisch", "approver", actor="beheer")
    yield s
    s.close()


def _user(store: ReviewStore, token: str) -> str | None:
    found = store.session_user(token, idle_seconds=IDLE, max_seconds=DAY)
    return found.username if found else None


def test_a_session_lives_on_the_server_and_ends_at_logout(store: ReviewStore) -> None:
    token = store.start_session("fenna.visser")
    assert _user(store, token) == "fenna.visser"
    store.end_session(token)
    assert _user(store, token) is None  # a copy of the cookie opens nothing any more


def test_a_new_password_or_deactivation_ends_every_session(store: ReviewStore) -> None:
    first, second = store.start_session("fenna.visser"), store.start_session("fenna.visser")
    store.update_user("fenna.visser", "beheer", password_hash="$argon2id$nieuw")
    assert _user(store, first) is None and _user(store, second) is None
    third = store.start_session("fenna.visser")
    store.update_user("fenna.visser", "beheer", active=False)
    store.update_user("fenna.visser", "beheer", active=True)
    assert _user(store, third) is None  # reactivating does not bring an old session back


def test_an_idle_or_too_old_session_ends(store: ReviewStore) -> None:
    idle, old = store.start_session("fenna.visser"), store.start_session("fenna.visser")
    with store.session() as s:
        s.execute(update(WebSessionRow).values(last_seen=utcnow() - timedelta(seconds=IDLE + 5)))
    assert _user(store, idle) is None
    fresh = store.start_session("fenna.visser")
    with store.session() as s:
        s.execute(update(WebSessionRow).values(created_at=utcnow() - timedelta(seconds=DAY + 5)))
    assert _user(store, fresh) is None and _user(store, old) is None


def test_the_store_keeps_only_a_hash_of_the_token(store: ReviewStore) -> None:
    token = store.start_session("fenna.visser")
    with store.session() as s:
        stored = s.scalars(WebSessionRow.__table__.select().with_only_columns(WebSessionRow.token_hash)).all()
    assert token not in stored and len(stored[0]) == 64


def test_every_account_change_is_audited_naming_the_account(store: ReviewStore) -> None:
    store.add_user("joris.meijer", "$argon2id$synthetisch", "admin", actor="beheer")
    store.update_user("joris.meijer", "beheer", role="reviewer")  # a demotion
    store.update_user("joris.meijer", "beheer", active=False)
    store.update_user("joris.meijer", "beheer", password_hash="$argon2id$nieuw")
    rows = list(csv.DictReader(io.StringIO(store.accounts_audit_csv())))
    mine = [(r["wie"], r["actie"], r["account"], r["voor"], r["na"]) for r in rows if r["account"] == "joris.meijer"]
    assert mine == [
        ("beheer", "account aangemaakt", "joris.meijer", "", "beheerder"),
        ("beheer", "rol gewijzigd", "joris.meijer", "beheerder", "beoordelaar"),
        ("beheer", "account gedeactiveerd", "joris.meijer", "actief", "inactief"),
        ("beheer", "wachtwoord opnieuw ingesteld", "joris.meijer", "", ""),
    ]
    assert "argon2" not in store.accounts_audit_csv()


def test_the_store_is_split_into_review_accounts_and_audit() -> None:
    from redaction.review.accounts import AccountStore
    from redaction.review.audit import AuditStore
    from redaction.review.db import StoreBase

    assert issubclass(ReviewStore, AccountStore) and issubclass(ReviewStore, AuditStore)
    assert issubclass(AccountStore, StoreBase) and issubclass(AuditStore, StoreBase)
    assert "add_user" not in vars(ReviewStore) and "audit_csv" not in vars(ReviewStore)
