"""Accounts of the review cockpit: users and roles, failed logins, and server-side login sessions.

Hashing passwords is the caller's business (argon2 in the web package): this module never sees a
password. Every change to an account is written to the audit log naming the account changed
(never a password or hash); `redaction.review.audit` exports those rows.

A login session lives here, not in the browser: the cookie carries only a random token, the store
keeps its SHA-256 and the times. Logging out, a new password and deactivation delete the sessions,
so a copied cookie stops working at once; a session unused for longer than the idle timeout ends.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select

from redaction.review.db import StoreBase, aware
from redaction.review.errors import AccountError
from redaction.review.models import AuditRow, LoginFailureRow, UserRow, WebSessionRow, utcnow

ROLES: tuple[str, ...] = ("reviewer", "approver", "admin")
# Writing "last seen" on every request would make every page view a write; once a minute is enough
# for an idle timeout counted in minutes.
_TOUCH_EVERY = timedelta(seconds=60)


@dataclass(frozen=True, slots=True)
class UserView:
    """An account of the review cockpit. The password hash stays in the store's hands."""

    username: str
    role: str
    active: bool


def _token_hash(token: str) -> str:
    # Only the hash is stored: whoever reads the database cannot take over a live session.
    return hashlib.sha256(token.encode()).hexdigest()


class AccountStore(StoreBase):
    """Accounts, failed logins and login sessions on the review store's database."""

    def add_user(self, username: str, password_hash: str, role: str, actor: str = "cli") -> UserView:
        if role not in ROLES:
            raise AccountError(f"unknown role {role!r}: use {', '.join(ROLES)}")
        if not username or len(username) > 80 or username != username.strip():
            raise AccountError("a username is 1 to 80 characters without surrounding spaces")
        with self.session() as s:
            if s.scalars(select(UserRow).where(UserRow.username == username)).first() is not None:
                raise AccountError("that username is taken")
            s.add(UserRow(username=username, password_hash=password_hash, role=role, active=True))
            s.add(AuditRow(actor=actor, action="user_add", account=username, after=role))
        return UserView(username, role, True)

    def users(self) -> list[UserView]:
        with self.session() as s:
            rows = s.scalars(select(UserRow).order_by(UserRow.username))
            return [UserView(r.username, r.role, r.active) for r in rows]

    def user_credentials(self, username: str) -> tuple[UserView, str] | None:
        """The account and its password hash, for checking a login; None if there is no such user."""
        with self.session() as s:
            row = s.scalars(select(UserRow).where(UserRow.username == username)).first()
            if row is None:
                return None
            return UserView(row.username, row.role, row.active), row.password_hash

    def user(self, username: str) -> UserView | None:
        found = self.user_credentials(username)
        return found[0] if found else None

    def update_user(
        self, username: str, actor: str, *, role: str | None = None, active: bool | None = None,
        password_hash: str | None = None,
    ) -> UserView:  # fmt: skip
        """Change role, active flag and/or password; one audit row per change, naming the account.

        A new password or a deactivation ends every session of the account.
        """
        if role is not None and role not in ROLES:
            raise AccountError(f"unknown role {role!r}: use {', '.join(ROLES)}")
        with self.session() as s:
            row = s.scalars(select(UserRow).where(UserRow.username == username)).first()
            if row is None:
                raise AccountError("unknown user")
            changes: list[tuple[str, str | None, str | None]] = []
            if role is not None and role != row.role:
                changes.append(("user_role", row.role, role))
                row.role = role
            if active is not None and active != row.active:
                changes.append(("user_activate" if active else "user_deactivate",
                                "actief" if row.active else "inactief", "actief" if active else "inactief"))
                row.active = active
            if password_hash is not None:
                changes.append(("user_password", None, None))
                row.password_hash = password_hash
            for action, before, after in changes:
                s.add(AuditRow(actor=actor, action=action, account=username, before=before, after=after))
            if password_hash is not None or active is False:
                s.execute(WebSessionRow.__table__.delete().where(WebSessionRow.username == username))
            return UserView(row.username, row.role, row.active)

    # -- failed logins (the rate limit) ----------------------------------------------------------

    def record_login_failure(self, *keys: str) -> None:
        with self.session() as s:
            for key in keys:
                s.add(LoginFailureRow(key=key))

    def login_failures(self, key: str, within_seconds: int) -> int:
        """Failed logins for ``key`` in the last ``within_seconds`` (old rows are pruned on the way)."""
        since = utcnow() - timedelta(seconds=within_seconds)
        with self.session() as s:
            s.execute(LoginFailureRow.__table__.delete().where(LoginFailureRow.at < utcnow() - timedelta(days=1)))
            return int(
                s.scalar(
                    select(func.count()).select_from(LoginFailureRow).where(
                        LoginFailureRow.key == key, LoginFailureRow.at >= since
                    )
                )
                or 0
            )

    def clear_login_failures(self, key: str) -> None:
        with self.session() as s:
            s.execute(LoginFailureRow.__table__.delete().where(LoginFailureRow.key == key))

    # -- login sessions ----------------------------------------------------------------------------

    def start_session(self, username: str) -> str:
        """A new login session; returns the token for the cookie (the store keeps only its hash)."""
        token = secrets.token_urlsafe(32)
        with self.session() as s:
            s.add(WebSessionRow(token_hash=_token_hash(token), username=username))
        return token

    def session_user(self, token: str, *, idle_seconds: int, max_seconds: int) -> UserView | None:
        """The active account of a live session, or None (unknown, ended, idle too long, too old,
        or the account deactivated). An expired session is deleted on the way."""
        now = utcnow()
        with self.session() as s:
            row = s.scalars(select(WebSessionRow).where(WebSessionRow.token_hash == _token_hash(token))).first()
            if row is None:
                return None
            last_seen, created = aware(row.last_seen), aware(row.created_at)
            if now - last_seen > timedelta(seconds=idle_seconds) or now - created > timedelta(seconds=max_seconds):
                s.delete(row)
                return None
            account = s.scalars(select(UserRow).where(UserRow.username == row.username)).first()
            if account is None or not account.active:
                s.delete(row)
                return None
            if now - last_seen >= _TOUCH_EVERY:
                row.last_seen = now
            return UserView(account.username, account.role, account.active)

    def end_session(self, token: str) -> None:
        with self.session() as s:
            s.execute(WebSessionRow.__table__.delete().where(WebSessionRow.token_hash == _token_hash(token)))

    def end_sessions(self, username: str) -> int:
        """End every session of an account (e.g. "log out everywhere"); returns how many there were."""
        with self.session() as s:
            result = s.execute(WebSessionRow.__table__.delete().where(WebSessionRow.username == username))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]
