"""The database under the review store: engine, sessions and Alembic migrations.

SQLite by default (a file in the restricted area), PostgreSQL by URL (``WOO_REVIEW_DB``). The schema
is created and upgraded by Alembic migrations, never by ``create_all``, so a deployed store can be
upgraded in place. The review, accounts and audit parts of the store (`redaction.review.store`,
`.accounts`, `.audit`) all work through `StoreBase.session`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///var/restricted/review.db"
_MIGRATION_LOCK = threading.Lock()


def review_db_url(url: str | None = None) -> str:
    return url or os.environ.get("WOO_REVIEW_DB") or DEFAULT_URL


def aware(moment: datetime) -> datetime:
    """A stored time with its zone: SQLite hands back naive datetimes, which the store wrote in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _migrations_config(connection: object) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("redaction.review") / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    # WAL lets readers go on while one reviewer writes; busy_timeout makes a second writer wait
    # instead of failing, so concurrent reviewers queue up rather than lose work.
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class StoreBase:
    """One database, migrated to the newest schema on opening; short transactions via `session`."""

    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        self.url = review_db_url(url)
        if self.url.startswith("sqlite:///") and not self.url.startswith("sqlite:///:memory:"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.upgrade()

    def upgrade(self) -> None:
        """Bring the schema to the newest migration (idempotent).

        Alembic keeps its migration context in module globals, so two stores opened at once in one
        process (two web workers' threads) must not migrate at the same time.
        """
        with _MIGRATION_LOCK, self.engine.begin() as connection:
            config = _migrations_config(connection)
            head = ScriptDirectory.from_config(config).get_current_head()
            if MigrationContext.configure(connection).get_current_revision() != head:
                command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session
