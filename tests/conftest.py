"""Shared fixtures. Building a Redactor loads the pipeline and lexicons: once per session."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from redaction import Redactor
from tests.postgres import PostgresMissing, PostgresServer, throwaway_cluster

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = REPOSITORY_ROOT / "examples" / "inbox"


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One throw-away PostgreSQL cluster per session (tests/postgres.py); each test makes its own database.

    Missing server binaries fail the tests that need them, as a missing Chromium does: `make install`
    installs Debian's postgresql, so a skip would only hide a broken CI machine.
    """
    try:
        with throwaway_cluster() as server:
            yield server
    except PostgresMissing as exc:
        pytest.fail(str(exc))


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a socket or resolve a host fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkBlocked("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


CHROMIUM = Path("/usr/bin/chromium")
# Flags that keep Chromium off the network (this machine's network is closed) and headless as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = REPOSITORY_ROOT / "var" / "test-artifacts"


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's headless Chromium driven by Playwright for Python (installed by `make install`)."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: run `make install` (it installs Debian's chromium package)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def artifacts_dir() -> Path:
    """Where browser tests keep their screenshots (a CI artefact, synthetic data only)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
