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
    # a legend in words, the name a given name and the surname's initial, the code a party's letters
    ("Actie: RvK, GL (De afkorting GL staat in deze memo voor Gerda L.)\n- GL informeert de raad.",
     ["GL", "GL", "GL"]),
    ("De afkorting TB staat voor Tjitske Bosgra. TB belt de aanvrager.", ["TB", "TB"]),
    # ... not where the letters are not the name's, nor a party standing for its programme
    ("Wij willen dat GL staat voor Jan Smeltink.", []),
    ("De fractie van GL staat voor een groene gemeente.", []),
]


# person.particle_initials: "vd" for "van de(r/n)" makes a person's initials wherever it stands
PARTICLE_CASES = [
    ("Lemmens belt mevr. terug. – KvdB\nWethouder Oostrand", ["KvdB"]),
    ("| Interne notitie handhaving (SvdL) | Deels openbaar |\n| Mail SvdL aan college | Openbaar |",
     ["SvdL", "SvdL"]),
    # parties and listed organisations written so are no one's initials; nor is a code inside a word or path
    ("De PvdA en de PvdD stemden tegen; het CvdM en de RvdK zijn gehoord.", []),
    ("Zie het bestand notities/KvdB-2024.docx en kvdb@gemeente.example.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTICLE_CASES)
def test_particle_initials(text: str, expected: list[str]) -> None:
    results = StaffInitialsRecognizer(load_lexicons()).analyze(text, ["PERSON"])
    assert_spans(results, text, expected, score=0.9)
    assert all(r.analysis_explanation.textual_explanation == "particle_initials" for r in results)


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


# person.author_code: codes in an author's place that the document never defines
AUTHOR_CASES = [
    # after the date that opens an entry of a case log, in brackets or bare; its other uses too
    ("12-03 (LvH) Aanmelding via de huisarts.\n19-03 (LvH) Huisbezoek.\n26-03 (JB) Energiefixer geweest.\n"
     "- LvH belt na de zomer.", ["LvH", "LvH", "JB", "LvH"]),
    ("04-09 EvdB\nGesprek op kantoor.\n12-09 MK\nTelefonisch contact.", ["EvdB", "MK"]),
    ("JdW 04-03-2024\nEerste gesprek.\nFB 11-03-2024\nTweede gesprek.", ["JdW", "FB"]),
    ("09-02-2024 – YB Eerste budgetgesprek.\n16-02-2024 – YB Tweede gesprek.", ["YB", "YB"]),
    # one dated entry is no case log
    ("12-03 (JB) Energiefixer geweest.", []),
    # an organisation's acronym, a national party, an ordinary word
    ("12-03 (GGD) melding ontvangen.\n14-03 (GGD) terugkoppeling.", []),
    ("12-03 VVD stelt vragen.\n14-03 CDA stelt vragen.", []),
    # a column of codes in a table (two rows or more), not under a header naming no person
    ("Datum\tActie\tDoor\n12-03-2024\tBrief verstuurd\tJB\n14-03-2024\tGebeld\tMK\n", ["JB", "MK"]),
    ("Zaak;Status;Behandelaar\n2400-01;Open;RvdW\n2400-02;Gesloten;RvdW\n2400-03;Open;AB\n", ["RvdW", "RvdW", "AB"]),
    ("Naam\tPartij\nKanterink\tVVD\nSabelsma\tSP\n", []),
    ("Nr\tLand\n1\tDE\n2\tBE\n", []),
    ("Datum\tActie\tDoor\n12-03-2024\tBrief verstuurd\tJB\n14-03-2024\tGebeld\tKanterink\n", []),
]


@pytest.mark.parametrize(("text", "expected"), AUTHOR_CASES)
def test_author_codes(text: str, expected: list[str]) -> None:
    results = StaffInitialsRecognizer(load_lexicons()).analyze(text, ["PERSON"])
    assert_spans(results, text, expected, score=0.9)
    assert all(r.analysis_explanation.textual_explanation == "author_code" for r in results)


# person.reference_initials: initials in a letter's reference after its number
REFERENCE_CASES = [
    ("Ons kenmerk: 24.0871/PAB/ks\nUw kenmerk: Z-24-118832", ["PAB", "ks"]),
    ("Kenmerk: 2024/1234/JvdB", ["JvdB"]),
    # a party, a word in capitals, an abbreviation: no initials
    ("Kenmerk: 2024/VVD/ZAAK/nr", []),
    # slashes without a reference's label, or without a number before them
    ("Ref.man/AB/brief aan gemeente", []),
    ("Zie www.oostrand.example/PAB/ks", []),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCE_CASES)
def test_reference_initials(text: str, expected: list[str]) -> None:
    results = StaffInitialsRecognizer(load_lexicons()).analyze(text, ["PERSON"])
    assert_spans(results, text, expected, score=0.9)
    assert all(r.analysis_explanation.textual_explanation == "reference_initials" for r in results)


# person.signed_initials: initials after a label naming a civil servant or a signer, and their other uses
SIGNED_CASES = [
    ("Besluit akkoord. Paraaf: MSW | akkoord gemeentesecretaris", ["MSW"]),
    ("Terug naar de raadsvergadering (ambtelijk: GG). 5. Sluiting", ["GG"]),
    ("De brief is van mevrouw Van der Lindt (ondertekend \"JvdL\"). Zie Mail JvdL aan stichting.", ["JvdL", "JvdL"]),
    ("Opsteller: AB/LKK", ["AB", "LKK"]),
    # the author's and the typist's initials alone on a line, as a memo ends
    ("Planning: gesprek op 22 oktober.\n\nAB/LKK\n", ["AB", "LKK"]),
    # ... not two parties or acronyms
    ("Planning: gesprek op 22 oktober.\n\nVVD/CDA\n", []),
    # a party or an acronym after the label is no one's initials
    ("Ambtelijk: VVD en CDA hebben gereageerd.", []),
    # who wrote the note or took the minutes: the initials close the line, or stand in brackets after "Notitie"
    ("Ouders zijn akkoord.\n\nOpgesteld: RP", ["RP"]),
    ("Volgende vergadering op 24 juni.\n\nNotulen: L.V.", ["L.V."]),
    ("Notitie (RJK) 14-03: huisarts gebeld.\nNotitie (RJK) 20-03: proefrit.", ["RJK", "RJK"]),
    # ... or after "Aantekening" and the entry's date; there an organisation's acronym of the same letters
    # is still the author's code, a party is not
    ("Aantekening 15-01-2026 (IB): cliënt gebeld.\nAantekening (TKB) 05-02: partner belde.", ["IB", "TKB"]),
    ("Notitie (NEA) 14-03: huisarts gebeld.", ["NEA"]),
    ("Notitie (VVD) 12-03: fractie gebeld.", []),
    # any log entry opened by a word and its date, the author in brackets before the colon
    ("Terugkoppeling 05-03-2025 (RJ): formulier ondertekend ontvangen.", ["RJ"]),
    ("Melding 12-03 (GGD): rookoverlast gemeld.\nContact 14-03 (VVD): fractie belde.", []),
    # ... not a word or an acronym that opens what the label goes on to say
    ("Notulen: ALV van 12 mei.\nNotitie: BSN is bekend.", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_CASES)
def test_signed_initials(text: str, expected: list[str]) -> None:
    results = StaffInitialsRecognizer(load_lexicons()).analyze(text, ["PERSON"])
    assert_spans(results, text, expected, score=0.9)
    assert all(r.analysis_explanation.textual_explanation == "signed_initials" for r in results)


def test_a_defined_code_stays_staff_initials() -> None:
    text = "Consulent: Wietse Bouwhuis (WB)\n03-06-24 (WB) Intake.\n10-06-24 (WB) Moratorium."
    results = StaffInitialsRecognizer(load_lexicons()).analyze(text, ["PERSON"])
    assert {r.analysis_explanation.textual_explanation for r in results} == {"staff_initials"}
