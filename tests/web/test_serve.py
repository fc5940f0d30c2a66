"""`woo review serve`: what reaches uvicorn (started for real in the browser tests)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from redaction.cli import main


@pytest.mark.parametrize(
    ("extra", "proxy", "secure"),
    [
        ([], False, None),
        (["--behind-proxy", "10.0.0.5"], True, "1"),
    ],
)
def test_serve_options(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, extra: list[str], proxy: bool,
                       secure: str | None) -> None:  # fmt: skip
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: seen.update(kwargs))
    monkeypatch.setenv("WOO_SESSION_SECRET", "x" * 40)
    # run_serve hands settings to the workers through the environment: restore it afterwards.
    for name in ("WOO_COOKIE_SECURE", "WOO_REVIEW_DB", "WOO_POLICY"):
        # setenv first: delenv of an unset variable records nothing, and what `serve` writes would
        # leak into later tests (a Secure cookie the test client never sends back).
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    db = f"sqlite:///{tmp_path / 'review.db'}"
    assert main(["review", "--db", db, "serve", "--port", "8765", *extra]) == 0
    assert seen["port"] == 8765 and seen["host"] == "127.0.0.1"
    assert seen["proxy_headers"] is proxy
    if proxy:
        assert seen["forwarded_allow_ips"] == "10.0.0.5"
    assert os.environ.get("WOO_COOKIE_SECURE") == secure
