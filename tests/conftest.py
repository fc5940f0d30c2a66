"""Shared fixtures. Building a Redactor loads the pipeline and lexicons: once per session."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from redaction import Redactor

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = REPOSITORY_ROOT / "examples" / "inbox"


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor()


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
