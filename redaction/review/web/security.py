"""Passwords, session secret, CSRF tokens and the login rate limit of the review cockpit.

Kept apart from the routes so the CLI (`woo review users add`) hashes passwords exactly like the
login checks them, without importing the web framework's routing.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's defaults follow RFC 9106's second recommended profile (Argon2id, 64 MiB, t=3).
_HASHER = PasswordHasher()
# Verifying against this when the user does not exist costs the same time as a real check, so the
# response time does not reveal which usernames exist.
_DUMMY_HASH = _HASHER.hash("no such user: constant-time filler")
MIN_PASSWORD_LENGTH = 10
SECRET_FILE = "session_secret"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if ``password`` matches; always spends one Argon2 verification, also for unknown users."""
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def session_secret(restricted_dir: str | Path | None = None) -> str:
    """The key that signs session cookies: $WOO_SESSION_SECRET, else a file generated once.

    The file lives in the restricted area (readable by the owner only), so several workers and
    restarts share one key and sessions survive a restart.
    """
    from_env = os.environ.get("WOO_SESSION_SECRET")
    if from_env:
        return from_env
    folder = Path(restricted_dir or os.environ.get("WOO_RESTRICTED") or "var/restricted")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SECRET_FILE
    try:
        # O_EXCL: when two workers start at once, exactly one writes the secret, the other reads it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text("ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(48))
    return path.read_text("ascii").strip()


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_matches(expected: str | None, given: str | None) -> bool:
    # compare_digest: no timing side channel on how many characters matched.
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def login_key(username: str, client: str, secret: str) -> str:
    """The rate-limit key of (username, client): keyed hash, so the store holds neither in clear."""
    message = f"{username.strip().lower()}|{client}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def client_key(client: str, secret: str) -> str:
    """The rate-limit key of a client address alone (failed logins over all usernames), hashed."""
    return hmac.new(secret.encode(), f"client|{client}".encode(), hashlib.sha256).hexdigest()
