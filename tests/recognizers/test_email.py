"""EMAIL_ADDRESS: our own regex, TLD checked by shape only (nothing downloaded)."""

from __future__ import annotations

import pytest

from redaction.recognizers.email import EmailRecognizer

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> EmailRecognizer:
    return EmailRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positives
        ("Van: Pieter de Boer <p.deboer@voorbeeldmail.nl>", ["p.deboer@voorbeeldmail.nl"]),
        ("MAIL: A.JANSEN@DORDRECHT.NL", ["A.JANSEN@DORDRECHT.NL"]),
        ("Mixed: Jan.Jansen@Voorbeeld.NL graag", ["Jan.Jansen@Voorbeeld.NL"]),
        ("plus-adres fatima+woo@voorbeeld.org", ["fatima+woo@voorbeeld.org"]),
        ("Mail j.devries@mail.gemeente-voorbeeld.nl.", ["j.devries@mail.gemeente-voorbeeld.nl"]),
        ("<mailto:s.elamrani@voorbeeld.nl>", ["s.elamrani@voorbeeld.nl"]),
        ("k_bakker-2@post.voorbeeld.amsterdam", ["k_bakker-2@post.voorbeeld.amsterdam"]),
        (
            "Naar raadsgriffie@dordrecht.nl, woo@dordrecht.nl en a.jansen@dordrecht.nl.",
            ["raadsgriffie@dordrecht.nl", "woo@dordrecht.nl", "a.jansen@dordrecht.nl"],
        ),
        ("(m.yilmaz@voorbeeld.nl)", ["m.yilmaz@voorbeeld.nl"]),
        # negatives
        ("zie icon@2x.png en scan@300dpi.pdf", []),
        ("jan@localhost", []),
        ("a..b@voorbeeld.nl", []),
        (".jan@voorbeeld.nl", []),
        ("jan@voorbeeld.n", []),
        ("jan@voorbeeld.nl123", []),
        ("jan@voorbeeld.abcdefghijklmnopqrstuvwxy", []),  # 25-letter TLD
        ("volg @gemeentedordrecht op www.dordrecht.nl", []),
        ("Dordrecht, 20 mei 2025", []),
    ],
)
def test_email(recognizer: EmailRecognizer, text: str, expected: Expected) -> None:
    results = recognizer.analyze(text, entities=["EMAIL_ADDRESS"], nlp_artifacts=None)
    assert_spans(results, text, expected, score=1.0)


def test_other_entities_are_not_answered(recognizer: EmailRecognizer) -> None:
    assert recognizer.analyze("a@voorbeeld.nl", entities=["PHONE_NUMBER"]) == []
