"""address.after_name: a street and number right after a form of address, a name and a comma (invented data)."""

from __future__ import annotations

import pytest

from redaction.recognizers.address_after_name import AddressAfterNameRecognizer

from .helpers import assert_spans

CASES = [
    ("Het bezwaar van mevrouw Grietje Kanterink, Ramen 31, tegen de weigering.", ["Ramen 31"]),
    ("Een brief van de heer P. de Sabelsma, Grote Oost 118, over de kademuur.", ["Grote Oost 118"]),
    ("Ingekomen: brief van mw. A. van Dijkhof-Bos, Hoogeinde 7.", ["Hoogeinde 7"]),
    ("Verzoek van dhr. J. Oostrand, Bellestein 14a; behandeld.", ["Bellestein 14a"]),
    ("Zienswijze van mevrouw Sabelsma, Achter de Muren 3-2\nOntvangen op 4 mei.", ["Achter de Muren 3-2"]),
    # words that count or label things are no street; no form of address, no address
    ("Zie de reactie van mevrouw Kanterink, Bijlage 2, en van mevrouw Dijkhof, Groep 7.", []),
    ("Van Jan Kanterink, Ramen 31, ontvingen wij een brief.", []),
    # a role after the comma, or a number that is a count
    ("De heer Oostrand, wethouder, en mevrouw Lin, 2 kinderen.", []),
    # the number must end the phrase: a date or an amount is no house number
    ("De heer Oostrand, Maart 2024 ontvangen.", []),
    ("Brief van de heer Oostrand, Maart 2024.", []),
    # linked by "van de" / "van het", the sentence going on after the number
    ("Update: mevrouw Nguyen van de Lange Groenendaal 41 belde weer over het aggregaat.", ["Lange Groenendaal 41"]),
    ("Melding van de heer Kanterink van het Hoge Veld 12: de lantaarn is stuk.", ["Hoge Veld 12"]),
    # a year, a count or a class after "van de" is no address
    ("De heer Dijkhof van de Raad 2024 sprak.", []),
    ("Mevrouw Dijkhof van de Groep 7 belde.", []),
    ("De heer Oostrand van de Lange Termijn 12 jaar geleden.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_address_after_name(text: str, expected: list[str]) -> None:
    results = AddressAfterNameRecognizer().analyze(text, ["ADDRESS"])
    assert_spans(results, text, expected, score=0.75)
    assert all(r.analysis_explanation.textual_explanation == "after_name" for r in results)
