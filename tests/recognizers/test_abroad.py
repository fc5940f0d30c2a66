"""postcode.after_address, plate.abroad and address.lower_case: their examples are their test tables (invented data)."""

from __future__ import annotations

import pytest

from redaction.recognizers.address_lower_case import LowerCaseAddressRecognizer
from redaction.recognizers.license_plate_abroad import LicensePlateAbroadRecognizer
from redaction.recognizers.postcode_after_address import PostcodeAfterAddressRecognizer


@pytest.mark.parametrize(("text", "expected"), [
    ("h. de wit grote oost 118 1621 bx hoorn", {"1621 bx"}),
    ("jonkersleane 4 8701 pt boalsert", {"8701 pt"}),
    ("Lindenstraße 77, 52134 Herzogenrath", {"52134"}),
    ("D-52134 Herzogenrath", {"52134"}),
    ("Meir 12, 2000 Antwerpen", {"2000"}),
    ("B-2000 Antwerpen", {"2000"}),
    # no house number before it, or a unit after it
    ("In 2031 kwamen 12500 Bezoekers", set()),
    ("zij kreeg 12 1250 mg per dag", set()),
    ("Artikel 3, 2000 Euro boete", set()),
    ("zaak 52134 Herzogenrath", set()),
])
def test_postcode_after_address(text: str, expected: set[str]) -> None:
    recognizer = PostcodeAfterAddressRecognizer()
    assert {text[r.start:r.end] for r in recognizer.analyze(text, ["POSTCODE"])} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("een Opel met Pools kenteken DW 4K218, op een bewonersplek", {"DW 4K218"}),
    ("Oekraïens kenteken BC 7719 KM", {"BC 7719 KM"}),
    ("ein Auto (Kennzeichen AC-TW 2291) fuhr", {"AC-TW 2291"}),
    ("the car's registration AB12 CDE", {"AB12 CDE"}),
    ("kenteken (Pools) WGM 55K31", {"WGM 55K31"}),
    # no cue, a year, or no plate at all
    ("zaak DW 4K218 is gesloten", set()),
    ("kenteken NL 2031", set()),
    ("het kenteken van de auto", set()),
    # a British plate of today's shape needs no cue; an IBAN's country and check digits open none
    ("Our truck KX71 LMN waited at the gate.", {"KX71 LMN"}),
    ("rekening NL12 ABN 0000 en code AB1 CDE", set()),
])
def test_plate_abroad(text: str, expected: set[str]) -> None:
    recognizer = LicensePlateAbroadRecognizer()
    assert {text[r.start:r.end] for r in recognizer.analyze(text, ["LICENSE_PLATE"])} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("h. de wit\ngrote oost 118\n1621 bx hoorn", {"grote oost 118"}),
    ("adres zandweerd 31 7415 kc deventer", {"zandweerd 31"}),
    ("jonkersleane 4 8701 pt boalsert", {"jonkersleane 4"}),
    # words that are no street, a year, units; capitals are the address recognizer's
    ("dat was in 2031 1234 AB", set()),
    ("ik woon op nummer 12 1234 AB", set()),
    ("de kosten van 12 1250 mg", set()),
    ("Voorstraat 12 3311 AB", set()),
])
def test_lower_case_address(text: str, expected: set[str]) -> None:
    recognizer = LowerCaseAddressRecognizer()
    assert {text[r.start:r.end] for r in recognizer.analyze(text, ["ADDRESS"])} == expected


def test_a_postcode_on_the_line_under_the_house_number() -> None:
    text = "grote oost 118\n1621 bx hoorn"
    assert {text[r.start:r.end] for r in PostcodeAfterAddressRecognizer().analyze(text, ["POSTCODE"])} == {"1621 bx"}


def test_every_cue_of_a_foreign_plate_holds_a_prefilter_word() -> None:
    # candidate_starts skips the cued pattern in a text without any of CUE_WORDS: each alternative
    # of the cue must hold one of them (lower-case ASCII, looked for in the folded text).
    from redaction.recognizers import license_plate_abroad as module

    inner = module._CUE[len(r"(?i:\b(?:"):-len("))")]
    alternatives = inner.replace("\n", "").split("|")
    assert len(alternatives) >= 8
    for alternative in alternatives:
        assert any(word in alternative for word in module.CUE_WORDS), alternative
    recognizer = LicensePlateAbroadRecognizer()
    assert recognizer.candidate_starts("Geen nummer hier.") == {"plate_abroad": []}
    found = recognizer.analyze("Zijn auto had een POOLS KENTEKEN DW 4K218.", ["LICENSE_PLATE"])
    assert [r.entity_type for r in found] == ["LICENSE_PLATE"]
