"""Nothing is downloaded at run time: build the engine and analyse a letter with sockets blocked."""

from __future__ import annotations

import pytest

from redaction import Redactor

LETTER = """Van: Pieter de Boer <p.deboer@voorbeeldmail.nl>
Aan: Raadsgriffie <raadsgriffie@dordrecht.nl>
Onderwerp: inspraak

Geachte raadsleden,

Ik wil graag inspreken over het bestemmingsplan. Bel mij op 06-12345678.

Met vriendelijke groet,

Pieter de Boer
"""


@pytest.mark.usefixtures("no_network")
def test_engine_builds_and_analyses_without_network() -> None:
    redactor = Redactor()
    decisions = redactor.analyze(LETTER)
    redacted = {d.text for d in decisions if d.decision == "redact"}
    assert "p.deboer@voorbeeldmail.nl" in redacted
    assert "Pieter de Boer" in redacted
    assert "06-12345678" in redacted
    assert any(d.text == "raadsgriffie@dordrecht.nl" and d.decision == "keep" for d in decisions)


def test_network_block_is_effective(no_network: None) -> None:
    import socket

    with pytest.raises(RuntimeError, match="network access attempted"):
        socket.create_connection(("127.0.0.1", 9))
