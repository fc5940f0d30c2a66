"""The target behaviour: the Dordrecht council letter, with invented personal data put back where
the municipality blanked it, comes out with exactly the redactions and Noot Dordrecht published."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction import Redactor
from redaction.render.text import NOOT_INTRO

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LETTER = EXAMPLES / "inbox" / "raadsbrief-dordrecht-met-persoonsgegevens.txt"
SENDER = "Annelies van der Kooij"
SENDER_EMAIL = "a.vanderkooij@vluchtelingenwerk.nl"


@pytest.fixture(scope="module")
def text() -> str:
    return LETTER.read_text(encoding="utf-8")


def test_redacts_exactly_the_sender_name_and_email(redactor: Redactor, text: str) -> None:
    redacted = sorted((d.start, d.end, d.text) for d in redactor.analyze(text) if d.decision == "redact")
    expected = sorted(
        [(i, i + len(SENDER), SENDER) for i in _all(text, SENDER)]
        + [(i, i + len(SENDER_EMAIL), SENDER_EMAIL) for i in _all(text, SENDER_EMAIL)]
    )
    assert len(expected) == 4  # three mentions of the name, one address
    assert redacted == expected


def test_keeps_the_functional_mailbox_and_organisations(redactor: Redactor, text: str) -> None:
    decisions = redactor.analyze(text)
    kept = {d.text for d in decisions if d.decision == "keep"}
    assert "Raadsgriffie@dordrecht.nl" in kept
    assert any("Vluchtelingenwerk Dordrecht" in k for k in kept)
    published = redactor.redact(text).text
    for phrase in ("Raadsgriffie@dordrecht.nl", "Vluchtelingenwerk Dordrecht", "Sociale Dienst Dordrecht",
                   "27 mei 2025", "20 mei jongstleden", "Dordtenaren", "SamenWerkplein", "VWD",
                   "Financieel Ontzorgen", "teamleider Vluchtelingenwerk Dordrecht"):
        assert phrase in published, phrase


def test_published_text_has_the_two_noot_lines_of_the_municipality(redactor: Redactor, text: str) -> None:
    published = redactor.redact(text).text
    assert SENDER not in published and "Kooij" not in published and SENDER_EMAIL not in published
    noot = published[published.index("\nNoot\n") :].strip().splitlines()
    assert noot == [
        "Noot",
        NOOT_INTRO,
        "• Art. 5.1 lid 2 onderdeel e Woo (naam)",
        "• Art. 5.1 lid 2 onderdeel e Woo (e-mail)",
    ]
    assert published.count("[5.1.2e]") == 4


def _all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out
