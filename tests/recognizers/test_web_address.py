"""URL: every web address, for the policy to judge by the document's names (evidence.general_link)."""

from __future__ import annotations

import pytest

from redaction.recognizers.web_address import WebAddressRecognizer

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> WebAddressRecognizer:
    return WebAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with a scheme, with "www.", or a host with a path
        ("zie https://www.deventer.nl/subsidies.", ["https://www.deventer.nl/subsidies"]),
        ("Foto's: www.pimrasenbergfoto.example", ["www.pimrasenbergfoto.example"]),
        ("(petities.example/fietspad-weg-wiegman).", ["petities.example/fietspad-weg-wiegman"]),
        ("http://localhost.example:8080/pad/", ["http://localhost.example:8080/pad/"]),
        # not an e-mail address's domain, a file name, a bare host or a word with a full stop
        ("mail info@hermansadvocatuur.nl", []),
        ("zie besluit.pdf en notulen.docx", []),
        ("deventer.nl", []),
        ("Het is klaar.Nu verder.", []),
    ],
)
def test_web_address(recognizer: WebAddressRecognizer, text: str, expected: Expected) -> None:
    results = recognizer.analyze(text, entities=["URL"], nlp_artifacts=None)
    assert_spans(results, text, expected, min_score=0.4)
