"""person.staff_initials: codes a document defines for its staff, and their uses (synthetic text)."""

from __future__ import annotations

import pytest

from redaction.lexicons import load_lexicons
from redaction.recognizers.staff_initials import StaffInitialsRecognizer, code_fits
from tests.recognizers.helpers import assert_spans

CASES = [
    ("Consulent: Wietse Bouwhuis (WB)\n03-06-24 (WB) Intake.\n10-06-24 (WB) Moratorium.", ["WB", "WB", "WB"]),
    ("budgetcoach Rianne van der Molen (RvdM)\n20-06-24 RvdM gesprek.", ["RvdM", "RvdM"]),
    ("Legenda: JvdM = J. van der Mast; EK = E. Kuipers\n2400-0001;Kade 4;EK;In behandeling",
     ["JvdM", "EK", "EK"]),
    ("Begeleiding: Y. Bakkum (YB)\n09-02-2024 – YB Eerste budgetgesprek.", ["YB", "YB"]),
    # the code after the person's role in the same brackets
    ("Ruud Hermelink (werkcoach, RH)\n3. Werk RH: gesprek gevoerd.", ["RH", "RH"]),
    # a party after a council member defines nothing
    ("Gert Mensink (CDA) vraagt naar het CDA-standpunt. CDA stemt voor.", []),
    # letters that are not the name's initials
    ("Jan Smulders (AB) en AB zijn het eens.", []),
    # a code inside a word or an address is not a use
    ("Wietse Bouwhuis (WB)\nzie WBS-2024 en wb@gemeente.example", ["WB"]),
    # an organisation's abbreviation
    ("Vereniging Wijkbelang Oostkade (VWO) schrijft: VWO vraagt om uitstel.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_staff_initials(text: str, expected: list[str]) -> None:
    recognizer = StaffInitialsRecognizer(load_lexicons())
    assert_spans(recognizer.analyze(text, ["PERSON"]), text, expected, score=0.9)


@pytest.mark.parametrize(("code", "name", "fits"), [
    ("RvdM", "Rianne van der Meer", True),
    ("JdV", "Jan de Vries", True),
    ("WB", "Wietse Bouwhuis", True),
    ("CDA", "Gert Lansink", False),
    ("W", "Wietse Bouwhuis", False),
])
def test_code_fits(code: str, name: str, fits: bool) -> None:
    assert code_fits(code, name) is fits


def test_nothing_asked_nothing_found() -> None:
    assert StaffInitialsRecognizer().analyze("Wietse Bouwhuis (WB) en WB", ["EMAIL_ADDRESS"]) == []
