"""The keep-policy by evidence: each named rule's examples are its test table (synthetic text)."""

from __future__ import annotations

import pytest

from redaction.lexicons import load_lexicons
from redaction.policy import Detection, PolicyDecider, load_policy
from redaction.policy.evidence import Evidence


@pytest.fixture(scope="module")
def decider() -> PolicyDecider:
    return PolicyDecider(load_policy(), load_lexicons())


def _decide(decider: PolicyDecider, text: str, value: str, entity: str, names: tuple[str, ...] = ()):
    start = text.index(value)
    detections = [Detection(start, start + len(value), entity, 0.9, "test")]
    for name in names:
        at = text.index(name)
        detections.append(Detection(at, at + len(name), "PERSON", 0.9, "test"))
    return decider.decide_document(text, detections)[0]


# evidence.functional_mailbox: (address, functional?)
MAILBOXES = [
    ("afvalbeheer@almere.example", True),
    ("sportzaken@gouda.example", True),
    ("jeugdzorg@zwolle.example", True),
    ("fractie.pvda@gemeente.example", True),
    ("bewonersvlinderbuurt@gmail.example", True),
    ("toegangwz@gemeente.example", True),
    ("j.devries@gemeente.example", False),       # initial and surname
    ("e.yilmaz@gemeente.example", False),
    ("willemijn.koning@gmail.example", False),  # listed first name
    ("samira.k1979@hotmail.example", False),     # digits in a webmail address
    ("kwartelbrugger@hetnet.example", False),    # unknown word: a name (recall first)
    ("devriesjan@ziggo.example", False),
]


@pytest.mark.parametrize(("address", "functional"), MAILBOXES)
def test_functional_mailbox(decider: PolicyDecider, address: str, functional: bool) -> None:
    text = f"Van: {address}\nOnderwerp: vraag"
    decision = _decide(decider, text, address, "EMAIL_ADDRESS")
    assert (decision.decision == "keep") is functional, decision
    if functional and decision.rule.startswith("evidence"):
        assert decision.rule == "evidence.functional_mailbox"


def test_a_name_of_the_document_makes_a_mailbox_personal(decider: PolicyDecider) -> None:
    text = "Aan: Fenna Groen <groen@gemeente.example>"
    assert _decide(decider, text, "groen@gemeente.example", "EMAIL_ADDRESS", ("Fenna Groen",)).decision == "redact"


def test_evidence_off_keeps_only_listed_local_parts() -> None:
    policy = load_policy()
    object.__setattr__(policy, "functional_by_evidence", False)
    decider = PolicyDecider(policy, load_lexicons())
    address = "sportzaken@gouda.example"
    assert _decide(decider, f"Aan: {address}", address, "EMAIL_ADDRESS").decision == "redact"


# evidence.po_box_postcode
@pytest.mark.parametrize(("text", "keep"), [
    ("Gemeente Gouda\nPostbus 1086\n2800 BB Gouda", True),
    ("Postbus 30019, 9700 RM Groningen", True),
    ("Antwoordnummer 123, 1000 VB Amsterdam", True),
    ("Jan Pieters\nHoogeinde 7\n1711 RC Hensbroek", False),
])
def test_po_box_postcode(decider: PolicyDecider, text: str, keep: bool) -> None:
    value = next(w for w in ("2800 BB", "9700 RM", "1000 VB", "1711 RC") if w in text)
    decision = _decide(decider, text, value, "POSTCODE")
    assert (decision.decision == "keep") is keep
    if keep:
        assert decision.rule == "evidence.po_box_postcode"


# evidence.organisation_phone
@pytest.mark.parametrize(("text", "value", "keep"), [
    ("Woonstichting Zuid, Postbus 1234, 6500 AA Nijmegen T 024 000 1234 (algemeen)", "024 000 1234", True),
    ("Kruisstraat 27;5341 HB;Oss;0412 000 634;info@woonbedrijf.example", "0412 000 634", True),
    ("Bel gratis 0800 1234 voor vragen.", "0800 1234", True),
    ("klachtencoördinator, telefoon 0118 00 00 22, e-mail klachten@gemeente.example", "0118 00 00 22", False),
    ("U kunt mij bellen op 06 12 34 56 78 (algemeen).", "06 12 34 56 78", False),
    ("Mijn nummer is 0229 00 00 01.", "0229 00 00 01", False),
])
def test_organisation_phone(decider: PolicyDecider, text: str, value: str, keep: bool) -> None:
    decision = _decide(decider, text, value, "PHONE_NUMBER")
    assert (decision.decision == "keep") is keep, decision
    if keep:
        assert decision.rule == "evidence.organisation_phone"


# evidence.organisation_account
@pytest.mark.parametrize(("text", "keep"), [
    ("op rekening NL99 INGB 0001 2345 67 ten name van VV Oostrand Boys", True),
    ("rekening NL99 INGB 0001 2345 67 t.n.v. Gemeente Leeuwarden", True),
    ("op NL99 INGB 0001 2345 67 t.n.v. Stichting Speeltuin De Vlieger", True),
    ("op rekening NL99 INGB 0001 2345 67 t.n.v. J. de Vries", False),
    ("mijn rekening NL99 INGB 0001 2345 67", False),
])
def test_organisation_account(decider: PolicyDecider, text: str, keep: bool) -> None:
    decision = _decide(decider, text, "NL99 INGB 0001 2345 67", "IBAN_CODE")
    assert (decision.decision == "keep") is keep
    if keep:
        assert decision.rule == "evidence.organisation_account"


COUNCIL = "Verslag van de vergadering van de commissie Bestuur van de gemeenteraad\n\n"


# evidence.party_affiliation, evidence.attendance_list, evidence.signature_columns
@pytest.mark.parametrize(("text", "name", "rule"), [
    ("Het woord is aan Nadia Verhaecke (PvdA), die vraagt naar de planning.", "Nadia Verhaecke",
     "evidence.party_affiliation"),
    ("Aanwezig: de heer Bart Ruimschotel (voorzitter, VVD), mevrouw Lotte Wesselink (PvdA)", "Bart Ruimschotel",
     "evidence.party_affiliation"),
    ("Daarna spreekt Hans Kwikkel (Samen Oosterwolde) over de begroting.", "Hans Kwikkel",
     "evidence.party_affiliation"),
    (COUNCIL + "Aanwezig: Tom Vreeswijk, Iris ter Wolbeek, Henk Dommerholt", "Iris ter Wolbeek",
     "evidence.attendance_list"),
    (COUNCIL + "Aanwezig:\nTom Vreeswijk\nIris ter Wolbeek\n\n1. Opening", "Iris ter Wolbeek",
     "evidence.attendance_list"),
    ("Namens het college,\n\nde secretaris,          de burgemeester,\nMarga Zwanepol          Koen Haverkamp",
     "Koen Haverkamp", "evidence.signature_columns"),
    ("de secretaris,          de burgemeester,\nMarga Zwanepol          Koen Haverkamp", "Marga Zwanepol",
     "evidence.signature_columns"),
])
def test_officials_by_evidence(decider: PolicyDecider, text: str, name: str, rule: str) -> None:
    decision = _decide(decider, text, name, "PERSON")
    assert (decision.decision, decision.rule) == ("keep", rule)


@pytest.mark.parametrize(("text", "name"), [
    # a residents' panel: its members are private persons
    ("Buurtpanel Zuidrand\nVerslag van de vergadering\n\nAanwezig: Gerben Oosterhuis, Hodan Warsame", "Hodan Warsame"),
    # staff in the list of minutes
    (COUNCIL + "Aanwezig: Tom Vreeswijk, Iris ter Wolbeek\nVan de ambtelijke organisatie: mevrouw Ilse Pluijmaekers",
     "Ilse Pluijmaekers"),
    (COUNCIL + "Aanwezig: Tom Vreeswijk, Kees Wolfkamp (notulist)", "Kees Wolfkamp"),
    # prose after a label
    (COUNCIL + "Voorzitter: Tom Vreeswijk verwelkomt de medewerkers, de heren Bram Quekelaar en Jan Vlierboom.",
     "Bram Quekelaar"),
    # a sports club's board signs, no council
    ("Met sportieve groet,\n\nPriscilla Kartodikromo\nvoorzitter\n\nWout Meulenbroek\npenningmeester",
     "Wout Meulenbroek"),
    # a child mayor is a child
    ("Het woord is aan kinderburgemeester Naomi Tjon-A-Kiem (groep 8).", "Naomi Tjon-A-Kiem"),
    # staff of the mayor's office
    ("neemt u contact op met het kabinet van de burgemeester, Odile Brammerloo, tel. 0590 000 111", "Odile Brammerloo"),
    # a singular office title followed by another person
    ("Aanwezig: wethouder Jansen, raadslid Pieters, mevrouw De Boer (inspreker).", "De Boer"),
])
def test_private_persons_stay_redacted(decider: PolicyDecider, text: str, name: str) -> None:
    assert _decide(decider, text, name, "PERSON").decision == "redact"


def test_portfolio_between_office_and_name(decider: PolicyDecider) -> None:
    text = "t.a.v. wethouder Sport Floor Heerschap"
    decision = _decide(decider, text, "Floor Heerschap", "PERSON")
    assert (decision.decision, decision.rule) == ("keep", "exceptions.public_officials.titles")


def test_office_in_a_table_column(decider: PolicyDecider) -> None:
    text = "Naam;Functie;Partij\nDirk Lammerink;Statenlid;VVD"
    assert _decide(decider, text, "Dirk Lammerink", "PERSON").decision == "keep"


def test_evidence_without_lexicons_is_recall_first() -> None:
    assert not Evidence("x", None).mailbox("sportzaken@gouda.example").functional
