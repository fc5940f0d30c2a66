"""person.at_mention: people a chat or a message addresses with "@" (synthetic text)."""

from __future__ import annotations

import pytest

from redaction.lexicons import load_lexicons
from redaction.recognizers.at_mention import AtMentionRecognizer
from tests.recognizers.helpers import assert_spans

CASES = [
    ("[03-03-2025 08:52] Kanterink: @Fatima kun jij de sleutel ophalen?", ["Fatima"]),
    ("@Kim de Wit graag voor vrijdag.", ["Kim de Wit"]),
    ("Dank (@Ruud Sabelsma) en @Gerlof.", ["Ruud Sabelsma", "Gerlof"]),
    # later capitalised words only while they are no ordinary words
    ("@Kim Graag voor vrijdag.", ["Kim"]),
    # an e-mail address, a domain, a camel-case or numbered handle
    ("Mail kim@gemeente.example of zie @Hotmail.com", []),
    ("Volg @GemeenteUtrecht en @Wijk3 op sociale media.", []),
    # an organisation, a team, a group, an ordinary word
    ("@Gemeente, @Team en @Iedereen: de vergadering is verplaatst.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_at_mentions(text: str, expected: list[str]) -> None:
    results = AtMentionRecognizer(load_lexicons()).analyze(text, ["PERSON"])
    assert_spans(results, text, expected, score=0.85)
    assert all(r.analysis_explanation.textual_explanation == "at_mention" for r in results)


def test_nothing_asked_nothing_found() -> None:
    assert AtMentionRecognizer(load_lexicons()).analyze("@Fatima kom je?", ["EMAIL_ADDRESS"]) == []
