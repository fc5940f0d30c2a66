"""The review store on a real PostgreSQL server: the same behaviour as on SQLite.

A throw-away cluster is started for the session in a temporary directory (unix socket only, no
TCP port), with the server binaries of Debian's `postgresql` package (tests/postgres.py, shared
with the Dagster instance's tests). The store's own tests run
against it unchanged: the `store` fixture below replaces the SQLite one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from redaction.review import ReviewStore
from tests.postgres import PostgresServer, create_database
from tests.review.test_store import (  # noqa: F401  (collected again here, on PostgreSQL)
    test_adding_is_idempotent_and_keeps_review_work,
    test_audit_log_has_positions_but_no_text,
    test_four_eyes_and_no_changes_after_approval,
    test_leak_findings_replace_those_of_the_documents_checked_and_are_audited,
    test_queue_orders_absolute_grounds_then_low_confidence,
    test_reject_accept_change_ground_and_final_decisions,
    test_stale_version_is_a_conflict_not_a_silent_overwrite,
    test_the_latest_leak_check_records_what_it_checked_and_what_it_holds,
    test_value_action_covers_document_or_batch,
    word_decisions,
)
from tests.review.test_workflow import (  # noqa: F401  (the workflow's store parts, on PostgreSQL)
    test_an_explicit_decision_does_what_it_says_and_keeps_the_motivation,
    test_audit_times_are_iso_8601_with_the_dutch_offset,
    test_batch_details_and_the_woo_deadline,
    test_four_eyes_refuses_an_approval_nobody_reviewed,
    test_the_queue_can_be_searched_by_number_or_text,
)

pytest.importorskip("psycopg", reason="the PostgreSQL driver is a dev dependency")


@pytest.fixture
def postgres_url(postgres: PostgresServer) -> str:
    """A fresh database per test on the session's server (fixture `postgres` in tests/conftest.py)."""
    return postgres.url(create_database(postgres))


@pytest.fixture
def store(postgres_url: str) -> Iterator[ReviewStore]:
    s = ReviewStore(postgres_url)
    yield s
    s.close()


def test_migrations_create_the_schema_on_postgres(store: ReviewStore) -> None:
    from sqlalchemy import inspect

    assert store.engine.dialect.name == "postgresql"
    tables = set(inspect(store.engine).get_table_names())
    assert {"batches", "documents", "spans", "audit_log", "users", "publication_leaks", "leak_checks",
            "leak_check_documents", "alembic_version"} <= tables
    store.upgrade()  # idempotent on an up-to-date database


def test_two_reviewers_on_postgres_lose_no_decision(postgres_url: str) -> None:
    import threading

    from redaction.review import NewDocument

    setup = ReviewStore(postgres_url)
    text = " ".join(f"Naam{i}" for i in range(40))
    setup.add_document("b1", NewDocument(id="d1", number="d1", kind="txt", text=text), word_decisions(text))
    ids = [sp.id for sp in setup.document("d1").spans]
    errors: list[BaseException] = []

    def reviewer(name: str, action: str, span_ids: list[int]) -> None:
        own = ReviewStore(postgres_url)
        try:
            for span_id in span_ids:
                own.set_span(span_id, action, name)  # type: ignore[arg-type]
        except BaseException as exc:
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=reviewer, args=("anna", "reject", ids[0::2])),
               threading.Thread(target=reviewer, args=("bram", "accept", ids[1::2]))]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert [sp.state for sp in setup.document("d1").spans] == ["rejected", "accepted"] * 20
    assert setup.audit_csv("b1").count(",anna,voorstel niet gevolgd,") == 20
    setup.close()


def test_sessions_and_account_audit_on_postgres(store: ReviewStore) -> None:
    store.add_user("fenna.visser", "$argon2id$synthetisch", "approver", actor="beheer")
    token = store.start_session("fenna.visser")
    assert store.session_user(token, idle_seconds=60, max_seconds=600) is not None
    store.update_user("fenna.visser", "beheer", password_hash="$argon2id$nieuw")
    assert store.session_user(token, idle_seconds=60, max_seconds=600) is None
    assert ",beheer,wachtwoord opnieuw ingesteld,fenna.visser," in store.accounts_audit_csv()
