"""The keep-policy by evidence: each named rule's examples are its test table (synthetic text)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

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
    ("vth@oostrand.example", True),  # permits, supervision and enforcement (policy's local parts)
    ("p-o@oostrand.example", True),  # personnel and organisation
    ("jvt@oostrand.example", False),  # initials
    ("j.devries@gemeente.example", False),       # initial and surname
    ("e.yilmaz@gemeente.example", False),
    ("willemijn.koning@gmail.example", False),  # listed first name
    ("samira.k1979@hotmail.example", False),     # digits in a webmail address
    ("kwartelbrugger@hetnet.example", False),    # unknown word: a name (recall first)
    ("devriesjan@ziggo.example", False),
    # a given name that is no word glued to a listed surname that is a word too
    ("keesprins@gemeente.example", False),
    ("annebakker@gemeente.example", False),
    # a given name, glued particles and a surname ("in 't" as "int"), also when the given name is a word too
    ("frankintveld@vereniging.example", False),
    ("willemintveld@mijnpost.example", False),
    # two or three letters, or a few without a vowel, are a person's initials ...
    ("jdv@gemeente.example", False),
    ("abc@ziekenhuis.example", False),
    ("rvdm@gemeente.example", False),
    # ... unless they are an organisation's or a law's acronym, or a listed team
    ("ggd@regio.example", True),
    ("uwv@uwv.example", True),
    ("ict@gemeente.example", True),
]


def test_a_mailbox_gluing_two_name_parts_of_the_document_is_personal(decider: PolicyDecider) -> None:
    text = "Van: Roos Groen <roosgroen@gemeente.example>\nOnderwerp: vraag"
    name, address = text.index("Roos Groen"), text.index("roosgroen@")
    detections = [Detection(name, name + 10, "PERSON", 0.85, "person:structure"),
                  Detection(address, text.index(">"), "EMAIL_ADDRESS", 1.0, "EmailRecognizer")]
    decisions = decider.decide_document(text, detections)
    assert decisions[1].decision == "redact", decisions[1]


@pytest.mark.parametrize(("text", "name", "address"), [
    # name parts with a particle between, and initials glued to a name part of the document
    ("Aan: Houda Ait Kanterink <houdaaitkanterink@gemeente.example>\n", "Houda Ait Kanterink",
     "houdaaitkanterink@gemeente.example"),
    ("Stijn van Dijkhof\nE-mail: svdijkhof@post.example\n", "Stijn van Dijkhof", "svdijkhof@post.example"),
])
def test_a_mailbox_of_the_documents_name_parts_is_personal(decider: PolicyDecider, text: str, name: str,
                                                           address: str) -> None:
    start, at = text.index(name), text.index(address)
    detections = [Detection(start, start + len(name), "PERSON", 0.85, "person:structure"),
                  Detection(at, at + len(address), "EMAIL_ADDRESS", 1.0, "EmailRecognizer")]
    decisions = decider.decide_document(text, detections)
    assert decisions[1].decision == "redact", decisions[1]


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


def test_a_team_the_name_model_took_for_a_person_keeps_its_mailbox(decider: PolicyDecider) -> None:
    """A department's name read as a person's ("Parkeren" in "Abteilung Parken / Parkeren") is an
    ordinary word, no name of the document for its mailbox; a surname that is also a word stays one."""
    text = "An die Gemeinde, Abteilung Parken / Parkeren\ndoorgezet naar team Parkeren (parkeren@oostrand.example)."
    assert _decide(decider, text, "parkeren@oostrand.example", "EMAIL_ADDRESS", ("Parkeren",)).decision == "keep"
    text = "Aan: Fenna Bakker <bakker@gemeente.example>"
    assert _decide(decider, text, "bakker@gemeente.example", "EMAIL_ADDRESS", ("Fenna Bakker",)).decision == "redact"


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
    ("Gemeente Wolderwijd Postbus 10000 | 8600 HA Wolderwijd", True),
    ("Antwoordnummer 123, 1000 VB Amsterdam", True),
    ("Jan Pieters\nHoogeinde 7\n1711 RC Hensbroek", False),
])
def test_po_box_postcode(decider: PolicyDecider, text: str, keep: bool) -> None:
    value = next(w for w in ("2800 BB", "9700 RM", "1000 VB", "1711 RC", "8600 HA") if w in text)
    decision = _decide(decider, text, value, "POSTCODE")
    assert (decision.decision == "keep") is keep
    if keep:
        assert decision.rule == "evidence.po_box_postcode"


# evidence.organisation_phone
@pytest.mark.parametrize(("text", "value", "keep"), [
    ("Woonstichting Zuid, Postbus 1234, 6500 AA Nijmegen T 024 000 1234 (algemeen)", "024 000 1234", True),
    ("Kruisstraat 27;5341 HB;Oss;0412 000 634;info@woonbedrijf.example", "0412 000 634", True),
    # an address block wrapped before its number, and the Frisian label
    ("Correspondentieadres: Provincie Oostrand, Postbus 9090, 6800 GX Arnhem,\ntelefoon (026) 359 87 12",
     "(026) 359 87 12", True),
    ("Provinsje Fryslân | Postbus 20120, 8900 HM Ljouwert\nAlgemien nûmer 058 292 59 25", "058 292 59 25", True),
    ("Mijn adres: Postbus 12, 1234 AB Kampen\nHet gaat over het nummer 0512 34 56 78.", "0512 34 56 78", False),
    ("Bel gratis 0800 1234 voor vragen.", "0800 1234", True),
    # a number chosen to be remembered (two digits twice, three digits twice); not a placeholder
    ("Vragen: leerplicht@oostrand.example, 0492 587 587.", "0492 587 587", True),
    ("Inlichtingen: 074 265 86 86", "074 265 86 86", True),
    ("Bel mij op 030 555 5555.", "030 555 5555", False),
    ("Bel mij op 0412 123 456.", "0412 123 456", False),
    # right after the body's own general mailbox, or its service desk named
    ("Vragen? Mail griffie@oostrand.example, telefoon 0412 000 911.", "0412 000 911", True),
    ("Bel het Servicepunt van de provincie (026 000 99 99).", "026 000 99 99", True),
    ("Reacties bij het Inspraakpunt, telefoonnummer 070 000 96 04.", "070 000 96 04", True),
    # ... not a staff member's line that comes first on the mailbox's line
    ("Inlichtingen: Noëlle Kanterink, 043 000 41 29; algemeen 14 043, gemeente@oostrand.example",
     "043 000 41 29", False),
    ("klachtencoördinator, telefoon 0118 00 00 22, e-mail klachten@gemeente.example", "0118 00 00 22", False),
    ("U kunt mij bellen op 06 12 34 56 78 (algemeen).", "06 12 34 56 78", False),
    ("Mijn nummer is 0229 00 00 01.", "0229 00 00 01", False),
    ("Bel het algemene nummer van de GGD, 088 000 7393, keuze 2.", "088 000 7393", True),
    ("Wijkteam Oost\nAlgemeen: 088 - 2000000\nDirect: 06-20 00 38 54", "088 - 2000000", True),
    # a staff member's line beside a team mailbox stays personal (the team's address is no evidence)
    ("Inlichtingen: Thijs Broekhuis, 023 000 4682 of woo@haarlem.example", "023 000 4682", False),
    ("Tel. (algemeen): 0513 00 09 36", "0513 00 09 36", True),
    ("Crackstraat 2, 8441 ES Heerenveen\nPhone (general): +31 513 000 936", "+31 513 000 936", True),
    ("Mijn nummer is 0229 00 00 01, het algemene nummer heb ik niet.", "0229 00 00 01", False),
    # a direct line is one person's, also beside an organisation's general mailbox
    ("bel mij op 020 000 4412 (direct line) of via info@kantoor.example", "020 000 4412", False),
    # a round landline, as switchboards have it; not a mobile number, nor one marked as one's own
    ("Vragen? Bel 026 000 90 00 of mail ons.", "026 000 90 00", True),
    ("from abroad: +31 30 000 00 00", "+31 30 000 00 00", True),
    ("Bel mij op 06 00 00 12 00.", "06 00 00 12 00", False),
    ("Privé: 0411 00 12 00, overdag op het werk.", "0411 00 12 00", False),
    ("Mijn vaste nummer is 0229 00 45 67.", "0229 00 45 67", False),
    # ... under a PO box the block is an organisation's
    ("Gemeente Oostrand\nPostbus 9000\n2300 RC Oostrand\nTelefonisch via: 088-000 5000", "088-000 5000", True),
    # ... under an address block it is that address's: a sender's own number
    ("Kees Kanterink\nHoogeinde 7\n1711 RC Hensbroek\n0226 00 12 00", "0226 00 12 00", False),
    # a department's general inbox beside the number, or alone on the line above it
    ("contact met de afdeling Bestuur via bestuurssecretariaat@waterschap.example of tel. 072 000 8282.",
     "072 000 8282", True),
    ("Postadres\nPostbus 122\n9400 AC Oostrand\npost@provincie.example\nTelefoon (0592) 00 55 55",
     "(0592) 00 55 55", True),
    # an organisation's press line
    ("Pers: bel de algemene perslijn 088 0100 555.", "088 0100 555", True),
    ("Algemeen persnummer 0297 387 611 of mail.", "0297 387 611", True),
    # ... not a person's own mailbox above it
    ("k.kanterink@hensbroek.example\nTelefoon 0226 00 12 34", "0226 00 12 34", False),
])
def test_organisation_phone(decider: PolicyDecider, text: str, value: str, keep: bool) -> None:
    decision = _decide(decider, text, value, "PHONE_NUMBER")
    assert (decision.decision == "keep") is keep, decision
    if keep:
        assert decision.rule == "evidence.organisation_phone"


# evidence.personal_signature: a number in a person's own mail signature that gives the general number
# apart is that person's line, also under the office's address or beside a team's mailbox; a letterhead
# or a number marked general is not
SIGNATURE_LEIDEN = ("Groet,\nJeroen\n\nJeroen Kanterink\nVergunningverlener evenementen\n"
                    "Gemeente Oostrand | Stadhuisplein 2, 2311 EJ Oostrand\nT 071 516 5207 | M 06 4833 9015\n"
                    "Algemeen: 14 071")


@pytest.mark.parametrize(("text", "value", "others", "keep"), [
    (SIGNATURE_LEIDEN, "071 516 5207", [("Jeroen Kanterink", "PERSON"), ("Stadhuisplein 2", "ADDRESS")], False),
    ("Met vriendelijke groet,\nFleur Sabelsma\nAdviseur Woo en informatiebeheer\nGemeente Oostrand | Postbus "
     "9105, 6500 HG Oostrand\n024 329 1183 | woo@oostrand.example\nAlgemeen nummer: 14 024", "024 329 1183",
     [("Fleur Sabelsma", "PERSON"), ("woo@oostrand.example", "EMAIL_ADDRESS")], False),
    # ... without the general number apart, the number under the office's address may be the office's
    ("Met vriendelijke groet,\nFleur Sabelsma\nAdviseur Woo en informatiebeheer\nGemeente Oostrand | Postbus "
     "9105, 6500 HG Oostrand\n024 329 1183 | woo@oostrand.example", "024 329 1183",
     [("Fleur Sabelsma", "PERSON"), ("woo@oostrand.example", "EMAIL_ADDRESS")], True),
    # no person opens the block: an organisation's letterhead
    ("Gemeente Oostrand\nStadhuisplein 2\n2311 EJ Oostrand\nT 071 516 5200\n\nGeachte heer Kanterink,",
     "071 516 5200", [("Stadhuisplein 2", "ADDRESS"), ("Kanterink", "PERSON")], True),
    # the number marked general in the signature stays the organisation's
    ("Met vriendelijke groet,\nFleur Sabelsma\nAdviseur Woo\nGemeente Oostrand | Postbus 9105, 6500 HG Oostrand\n"
     "Algemeen nummer: 024 329 1100", "024 329 1100", [("Fleur Sabelsma", "PERSON")], True),
])
def test_a_number_in_a_personal_signature(decider: PolicyDecider, text: str, value: str,
                                           others: list[tuple[str, str]], keep: bool) -> None:
    spans = [(value, "PHONE_NUMBER"), *others]
    detections = [Detection(text.index(v), text.index(v) + len(v), e, 0.9, "test") for v, e in spans]
    decision = decider.decide_document(text, detections)[0]
    assert (decision.decision == "keep") is keep, decision


# evidence.topic_mailbox_phone: (text, number, names the detector found, kept?)
@pytest.mark.parametrize(("text", "value", "names", "keep"), [
    ("Vragen: team Parkeren, parkeren@oostrand.example, 0570 000 911.", "0570 000 911", (), True),
    ("Persvragen: communicatie@oostrand.example, 046 000 77 71 (niet voor burgers).", "046 000 77 71", (), True),
    ("Vragen over dit register: subsidies@oostrand.example of 0182 00 89 13.", "0182 00 89 13", (), True),
    ("Telefoon: 0223 00 80 41 | E-mail: vrijwilligers@oostrand.example", "0223 00 80 41", (), True),
    # a name on the line or the line above: that person's own line beside the team's mailbox
    ("Inlichtingen: Thijs Broekhuis, 023 000 4682 of woo@haarlem.example", "023 000 4682", ("Thijs Broekhuis",),
     False),
    ("Behandeld door: Noor Kanterink\nTelefoon: 050 000 4821 | E-mail: woo@oostrand.example", "050 000 4821",
     ("Noor Kanterink",), False),
    # a staff member's role or a first person before it, a direct line, a mobile number
    ("klachtencoördinator, telefoon 0118 00 00 23, e-mail klachten@oostrand.example", "0118 00 00 23", (), False),
    ("U kunt mij bellen op 0118 00 00 24 of mailen naar klachten@oostrand.example", "0118 00 00 24", (), False),
    ("Vragen: parkeren@oostrand.example, 0570 000 912 (direct)", "0570 000 912", (), False),
    ("Vragen: parkeren@oostrand.example, 06 1200 0912", "06 1200 0912", (), False),
    # a mailbox on another line says nothing about the number
    ("Vragen: 0570 000 913\nparkeren@oostrand.example", "0570 000 913", (), False),
])
def test_topic_mailbox_phone(decider: PolicyDecider, text: str, value: str, names: tuple[str, ...],
                             keep: bool) -> None:
    start = text.index(value)
    detections = [Detection(start, start + len(value), "PHONE_NUMBER", 0.9, "test")]
    mailbox = regex.search(r"[\w.]+@[\w.]+\.example", text)
    assert mailbox is not None
    detections.append(Detection(mailbox.start(), mailbox.end(), "EMAIL_ADDRESS", 0.9, "test"))
    for name in names:
        at = text.index(name)
        detections.append(Detection(at, at + len(name), "PERSON", 0.9, "test"))
    decision = decider.decide_document(text, detections)[0]
    assert (decision.decision, decision.rule if keep else None) == (
        ("keep", "evidence.topic_mailbox_phone") if keep else ("redact", None))


# evidence.organisation_account
@pytest.mark.parametrize(("text", "keep"), [
    ("op rekening NL99 INGB 0001 2345 67 ten name van VV Oostrand Boys", True),
    ("rekening NL99 INGB 0001 2345 67 t.n.v. Gemeente Leeuwarden", True),
    ("op NL99 INGB 0001 2345 67 t.n.v. Stichting Speeltuin De Vlieger", True),
    ("op rekening NL99 INGB 0001 2345 67 t.n.v. J. de Vries", False),
    # a residents' consultation or a working group, in one word
    ("Donaties: NL99 INGB 0001 2345 67 t.n.v. Wijkoverleg Overvecht-Noord", True),
    ("op rekening NL99 INGB 0001 2345 67 t.n.v. Koenraad de Vries", False),
    ("mijn rekening NL99 INGB 0001 2345 67", False),
    # a register's next cell, a listed organisation, the body's own account
    ("Jubileum;€ 4.000;NL99 INGB 0001 2345 67;Muziekvereniging Ons Genoegen;Toegekend", True),
    ("huur op rekening NL99 INGB 0001 2345 67 t.n.v. Centrada, o.v.v. huurcontract", True),
    ("betaald vanaf de gemeentelijke rekening NL99 INGB 0001 2345 67 en", True),
    ("Rekening;NL99 INGB 0001 2345 67;Jansma, Piet;06-00000000", False),
    # a register row: the applicant's column names an organisation, or the kind of applicant is one
    ("Nr;Aanvrager;Soort aanvrager;Contactpersoon;IBAN;Bedrag\n1;Stichting Tarwezaad;stichting;\"Kanterink, Joke\";"
     "NL99 INGB 0001 2345 67;8500", True),
    ("Nr;Aanvrager;Contactpersoon;IBAN\n1;Gouds Damgenootschap;Kanterink, Joke;NL99 INGB 0001 2345 67", True),
    # ... but the holder's own column decides where there is one, and a person applying stays private
    ("Nr;Aanvrager;IBAN;Tenaamstelling\n1;Stichting Kaarsjes;NL99 INGB 0001 2345 67;J.P. Kanterink", False),
    ("Nr;Aanvrager;Contactpersoon;IBAN\n1;Kanterink, Joke;Kanterink, Joke;NL99 INGB 0001 2345 67", False),
    # ... and a one-person business is its owner's: marked so, or carrying the contact's surname
    ("Nr;Aanvrager;Contactpersoon;IBAN\n1;Kapsalon Sabadi (eenmanszaak);Sabadi, Sharda;NL99 INGB 0001 2345 67",
     False),
    ("Nr;Aanvrager;Contactpersoon;IBAN\n1;Kapsalon Sabadi;Sabadi, Sharda;NL99 INGB 0001 2345 67", False),
    # the organisation named before the account in words, and a residents' council's account
    ("Het bedrag kan naar de stichting: NL99 INGB 0001 2345 67.", True),
    ("Betaling via de bank van de stichting (NL99 INGB 0001 2345 67).", True),
    ("rekening Wijkraad Reeshof NL99 INGB 0001 2345 67.", True),
    ("Het bedrag kan naar mijn zus: NL99 INGB 0001 2345 67.", False),
    # ... which a foundation named after its founder is not
    ("Nr;Aanvrager;Contactpersoon;IBAN\n1;Stichting Fonds Sabadi;Sabadi, Sharda;NL99 INGB 0001 2345 67", True),
])
def test_organisation_account(decider: PolicyDecider, text: str, keep: bool) -> None:
    decision = _decide(decider, text, "NL99 INGB 0001 2345 67", "IBAN_CODE")
    assert (decision.decision == "keep") is keep
    if keep:
        assert decision.rule == "evidence.organisation_account"


COUNCIL = "Verslag van de vergadering van de commissie Bestuur van de gemeenteraad\n\n"
OFFICE_PAGE = ("De Forumgriffiers\n\nForumgriffiers zijn ambtenaren, die de voorzitter ondersteunen.\n\n"
               " • B.M. Dijkhof\n • J Kanterink\n • A Sabelsma-de Lange\n\nInsprekers\n\n"
               "De volgende bewoners spraken in.\n • Jan Dijkhuis\n")
FLATTENED = ("De wethouders, te weten, de heren H. Dijkhuis en H. Assink Afwezig Voorzitter Griffier Notuliste : "
             "de dames G.B. Bomhof-Kanterink en J. van Dijkhof-van den Berg en de heer R. Sabelsma : de heer "
             "J. Kanterink : de heer J. L. de Sabelsma : mevrouw Y. van Dijkhuis, Notuleerservice 1. Opening")


# evidence.party_affiliation, evidence.attendance_list, evidence.signature_columns
@pytest.mark.parametrize(("text", "name", "rule"), [
    ("Het woord is aan Nadia Verhaecke (PvdA), die vraagt naar de planning.", "Nadia Verhaecke",
     "evidence.party_affiliation"),
    ("Aanwezig: de heer Bart Ruimschotel (voorzitter, VVD), mevrouw Lotte Wesselink (PvdA)", "Bart Ruimschotel",
     "evidence.party_affiliation"),
    ("Daarna spreekt Hans Kwikkel (Samen Oosterwolde) over de begroting.", "Hans Kwikkel",
     "evidence.party_affiliation"),
    # a list wrapped at a comma goes on on the next line
    (COUNCIL + "Aanwezig: de raadsleden F. Sabelsma, R. Dijkhof,\nC. Kanterink, M. Dijkhuis en 31 anderen",
     "M. Dijkhuis", "evidence.attendance_list"),
    # members absent with notice, grouped by town, and their substitutes
    (COUNCIL + "Berichten van verhindering: Hensbroek: F.C. Sabelsma, T. Dijkhof Breestad: J. Kanterink hij wordt "
     "vervangen door I. Dijkhuis, H.J. Tazelaar.", "I. Dijkhuis", "evidence.attendance_list"),
    (COUNCIL + "Berichten van verhindering: Hensbroek: F.C. Sabelsma, T. Dijkhof Breestad: J. Kanterink hij wordt "
     "vervangen door I. Dijkhuis, H.J. Tazelaar.", "J. Kanterink", "evidence.attendance_list"),
    # a council paper's author
    ("DH-04;22-02-2024;Raadsvragen Kanterink en Dijkhof.pdf;Reeds openbaar", "Dijkhof", "evidence.council_paper"),
    ("De motie Sabelsma c.s. over de bomen wordt aangenomen.", "Sabelsma", "evidence.council_paper"),
    ("Het amendement van mevrouw Dijkhuis wordt verworpen.", "Dijkhuis", "evidence.council_paper"),
    # the submitter of a member's written questions under the rules of order, on the label's line
    ("Raadsvragen fractie Oostrand Vooruit (artikel 41 RvO)\nIndiener: John Kanterink\nDatum: 10 april 2025\n",
     "John Kanterink", "evidence.council_paper"),
    ("Gemeente Oostrand\nSchriftelijke vragen van de fractie GroenLinks (art. 40 RvO)\nVragensteller: Anneke "
     "Sabelsma-Slager\nIngekomen: 18 maart 2024\n", "Anneke Sabelsma-Slager", "evidence.council_paper"),
    # the secretary signing for the college
    ("Met vriendelijke groet,\nBurgemeester en wethouders van Oostrand,\n\nA. Kanterink, secretaris\n"
     "T. Dijkhof, burgemeester\n", "A. Kanterink", "evidence.signature_columns"),
    ("Aldus besloten door burgemeester en wethouders van Oostrand, de secretaris, J.A.M. Kanterink de "
     "burgemeester, C.W. Dijkhof", "J.A.M. Kanterink", "evidence.signature_columns"),
    # the speakers of a party group's own chat
    ("[17-09-2025 20:14:03] Fractie Oostrand Vooruit: Mieke Kanterink heeft je toegevoegd\n"
     "[17-09-2025 20:16:11] Thijs Dijkhof: Half. Ik vind de paragraaf vaag", "Thijs Dijkhof", "evidence.fraction_chat"),
    # a governing body's members in brackets after it, and the committee on credentials
    ("De namen van de leden van het dagelijks bestuur (Riet Sabelsma-Loo, Hans Dijkhof, Ton Kanterink) zijn niet "
     "gelakt.", "Hans Dijkhof", "evidence.members_list"),
    ("De commissie voor de geloofsbrieven (Van Elst, Kanterink, Dijkhof-Kaya) adviseert positief.", "Kanterink",
     "evidence.members_list"),
    # a speaker in minutes who speaks for a party group
    (COUNCIL + "De heer Kanterink deelt mede dat de fractie van de P.v.d.A. niets op te merken heeft.", "Kanterink",
     "evidence.members_list"),
    (COUNCIL + "Mevrouw Dijkhof zegt namens haar fractie dat de brief te laat is.", "Dijkhof", "evidence.members_list"),
    # an office before initials typed without full stops
    (COUNCIL + "Datum 14-05-2018\nGriffier U Kanterink\nAanwezig namens Naam", "Kanterink",
     "exceptions.public_officials.titles"),
    # the chair and the griffier of a council or its presidium signing side by side
    ("Vastgesteld door het presidium.\n\nDe voorzitter,                 De griffier,\ndrs. T.H. Kanterink"
     "              Geartsje de Dijkhof\n", "Geartsje de Dijkhof", "evidence.signature_columns"),
    # a list flattened without its commas, a form of address opening each item
    (COUNCIL + "Aanwezig: Voorzitter: de heer J.W. Dijkhuis Wethouders: de heer P.L. Kanterink de heer P. van "
     "Sabel de heer G. van Dijkhof De leden: mevrouw G.E. Admiraal", "G. van Dijkhof", "evidence.attendance_list"),
    # the members of a chamber counted and listed
    (COUNCIL + "Aanwezig zijn zeven leden der Kamer, te weten: Kanterink, Inge van Dijkhof, Van Sabel,\nen "
     "de heer Dijkhuis, minister.", "Inge van Dijkhof", "evidence.members_list"),
    # the speakers' index of a broadcast meeting: a time, the name, the office on the line under it
    ("Commissievergadering 16 september\n\n • 0:11 J. Kanterink\n   raadslid CDA\n   J. Kanterink\n   Welkom.",
     "J. Kanterink", "exceptions.public_officials.titles"),
    # ... the time cut short by the page ("0:2")
    ("Commissievergadering 16 september\n\n • 0:2 J. Sabelsma\n   Wethouder (ChristenUnie)\n   J. Sabelsma\n   Ja.",
     "J. Sabelsma", "exceptions.public_officials.titles"),
    # the party in words with its article "het" ("van het CDA"), also for the first of two members
    (COUNCIL + "Dat zijn de heren Dijkhof en Kanterbroek van het CDA.", "Kanterbroek", "evidence.party_affiliation"),
    # a member replaced by another, and the one replacing
    (COUNCIL + "Marleen Dijkhof is vervangen door Wouter van Sabel.", "Marleen Dijkhof",
     "evidence.member_substitution"),
    (COUNCIL + "Marleen Dijkhof is vervangen door Wouter van Sabel.", "Wouter van Sabel",
     "evidence.member_substitution"),
    (COUNCIL + "De heer Kanterink vervangt mevrouw Sabelsma, die ziek is.", "Sabelsma",
     "evidence.member_substitution"),
    # a list flattened without brackets, each member's party after the name
    (COUNCIL + "AANWEZIG: de heer Dijkhof VVD mevrouw Sabelsma, de heer Kanterink D66 mevrouw Dijkhuis-van Sabel "
     "50PLUS de heer Kanterbroek", "Dijkhuis-van Sabel", "evidence.attendance_list"),
    (COUNCIL + "AANWEZIG: de heer Dijkhof VVD mevrouw Sabelsma, de heer Kanterink D66 mevrouw Dijkhuis-van Sabel "
     "50PLUS de heer Kanterbroek", "Kanterbroek", "evidence.attendance_list"),
    # the college's column label run on into its names, without a colon or "te weten"
    (COUNCIL + "Voorzitter M. Dijkhof Wethouders De heren J. Kanterink, J. van Sabel en mevrouw C. Dijkhuis "
     "Gemeentesecretaris", "J. van Sabel", "evidence.members_list"),
    # a city district's wethouder
    ("Na de opening sprak ook de stadsdeelwethouder Jurgen Kanterink.", "Jurgen Kanterink",
     "exceptions.public_officials.titles"),
    # a council's minutes that name a volunteers' body after their own in the heading
    ("Notulen van de vergadering van de gemeenteraad, met advies van de Adviesraad Sociaal Domein\n\n"
     "Aanwezig: Gerben Dijkhof, Hodan Sabelsma", "Hodan Sabelsma", "evidence.attendance_list"),
    # a chair's office in brackets after the chair, in a list's row
    ("Naam;Rol;Organisatie/fractie\nAnne-Marie Kanterink;voorzitter (Statenlid);CDA\n", "Anne-Marie Kanterink",
     "exceptions.public_officials.titles"),
    # the secretary signing beside the mayor, one under the other
    ("Burgemeester en wethouders van Oostrand verlenen de vergunning.\n\nOostrand, 3 februari 2026\n"
     "De secretaris, Marjan Kanterink\nDe burgemeester, Willem Dijkhof\n", "Marjan Kanterink",
     "evidence.signature_columns"),
    # an office in the same table row, after a name cell in the header form
    ("Naam | Functie\nKanterink, Bram | projectleider\nDijkhof, Ingeborg | gemeentesecretaris\n", "Dijkhof",
     "exceptions.public_officials.titles"),
    # the office as the sentence's subject, the name its complement; a water board's daily board member
    ("De wijkwethouder voor Oostrand is de heer\n\nHugo Kanterink\n\nContact via het secretariaat.",
     "Hugo Kanterink", "exceptions.public_officials.titles"),
    ("Dit zei Klazien Dijkhof, bestuurder van het Hoogheemraadschap Hollands Noorderkwartier.", "Klazien Dijkhof",
     "exceptions.public_officials.titles"),
    # the older spelling of a national party
    ("Het woord is aan Van der Sabel (Groen Links), die vraagt naar de planning.", "Van der Sabel",
     "evidence.party_affiliation"),
    # a member's role between the name and the party
    (COUNCIL + "Sprekers:\n00:00:05 Sjoukje Dijkhof, voorzitter (FNP)\n", "Sjoukje Dijkhof",
     "evidence.party_affiliation"),
    # a list that opens with words of its own, and members described after their names
    (COUNCIL + "Aanwezig, te weten de heren J.G. Kanterink (dijkgraaf, voorzitter), H.B. Dijkhof en M. Sabelsma "
     "(heemraden), A. Dijkhuis", "A. Dijkhuis", "evidence.attendance_list"),
    (COUNCIL + "Aanwezig: de heren M.A. Kanterink, L.H. Dijkhof en G.J. Sabelsma, allen vertegenwoordiger van de "
     "categorie Ongebouwd; de heren A.P. Dijkhuis", "A.P. Dijkhuis", "evidence.attendance_list"),
    # "fractie" in the bracket makes any name a party, and carries it to a name before "en"
    ("Indieners: Lotte Kanterink en Hakim Aït Sabel (fractie Hart voor Oostrand)", "Hakim Aït Sabel",
     "evidence.party_affiliation"),
    ("Indieners: Lotte Kanterink en Hakim Aït Sabel (fractie Hart voor Oostrand)", "Lotte Kanterink",
     "evidence.party_affiliation"),
    # older minutes write the parties of their time with full stops
    (COUNCIL + "De heer Kanterink (P.v.d.A.) vraagt het woord.", "Kanterink", "evidence.party_affiliation"),
    (COUNCIL + "De heer Dijkhof (K.V.P.) antwoordt.", "Dijkhof", "evidence.party_affiliation"),
    # a flattened table of members: the party glued to the initials before the name
    (COUNCIL + "Aanwezig namens Naam PvdAM.M.M. Dijkhof D66G.I. Sabelsma", "M.M.M. Dijkhof",
     "evidence.party_affiliation"),
    (COUNCIL + "Aanwezig namens Naam PvdAM.M.M. Dijkhof VVDJ Kanterink CDA", "Kanterink",
     "evidence.party_affiliation"),
    # a party before the name with "namens", as a flattened attendance list writes it; other names of
    # the party with commas between; a local party learnt from the list ("namens Zwolwacht")
    (COUNCIL + "Aanwezig namens GroenLinksR. Dijkhof, A. Kanterink namens VVD J.W. ten Sabel\n\n1. Opening",
     "A. Kanterink", "evidence.party_affiliation"),
    (COUNCIL + "Aanwezig namens VVD J.W. ten Sabel namens Zwolwacht Tamara Kanterdijk-Keizer\n\n1. Opening",
     "Tamara Kanterdijk-Keizer", "evidence.party_affiliation"),
    (COUNCIL + "Aanwezig namens Zwolwacht T. Kanterdijk\n\n1. Opening\nMevrouw Sabelsma (Zwolwacht) vraagt het woord.",
     "Sabelsma", "evidence.party_affiliation"),
    # a list wrapped at a comma after a long line, as PDF text is
    (COUNCIL + "Aanwezig: A.A.M. Zwartdijk (Kommissaris fan de Kening, foarsitter), S. de Haan, F. Tolsma-Dijkhof,\n"
     "M. Kanterink, D. Sabelsma", "M. Kanterink", "evidence.attendance_list"),
    # a roll-call vote with its count, the members counting the votes or examining the credentials
    (COUNCIL + "Stemming: aangenomen. Voor (19): Dijkhof, Sabelsma, Kanterink.", "Sabelsma",
     "evidence.attendance_list"),
    (COUNCIL + "Stembureau: Brinkdijk, Mol, Van der Kanter.", "Van der Kanter", "evidence.attendance_list"),
    # a vote recorded by name without colons, for and against
    (COUNCIL + "Stemming: voor Esadijk, Sabelsma, Kanterink; tegen Meijer-Dijkhof, De Jagerink.", "Esadijk",
     "evidence.attendance_list"),
    (COUNCIL + "Stemming: voor Esadijk, Sabelsma, Kanterink; tegen Meijer-Dijkhof, De Jagerink.", "De Jagerink",
     "evidence.attendance_list"),
    (COUNCIL + "commissie geloofsbrieven: Maesdijk, Jeurink", "Jeurink", "evidence.attendance_list"),
    # a national party's local branch in brackets, and a party glued after the name
    ("Schriftelijke vragen. Indiener: Femke Kanterink (PvdA Alkmaar)", "Femke Kanterink",
     "evidence.party_affiliation"),
    (COUNCIL + "Koen DijkhofGL Ingrid SabelsmaCDA", "Ingrid Sabelsma", "evidence.party_affiliation"),
    # ... also where the name model took the party into the span
    (COUNCIL + "Aanwezig namens VVD J.W. ten Sabel namens SP K. Haverdijk\n\n1. Opening", "SP K. Haverdijk",
     "evidence.party_affiliation"),
    # ... also a local party's one-word name (-belang, -belangen, -partij)
    (COUNCIL + "Aanwezig namens Naam BurgerbelangP.I. Dijkhof D66G.I. Sabelsma", "P.I. Dijkhof",
     "evidence.party_affiliation"),
    (COUNCIL + "Aanwezig namens Naam StadspartijM Kanterink CDAG.H. Sabelsma", "M Kanterink",
     "evidence.party_affiliation"),
    (COUNCIL + "Aanwezig: Tom Vreeswijk, Iris ter Wolbeek, Henk Dommerholt", "Iris ter Wolbeek",
     "evidence.attendance_list"),
    (COUNCIL + "Aanwezig:\nTom Vreeswijk\nIris ter Wolbeek\n\n1. Opening", "Iris ter Wolbeek",
     "evidence.attendance_list"),
    # text extracted from a PDF: the labels run on after a single space
    ("Verslag van de openbare vergadering van de raad van de gemeente Oostrand Griffier: J. Molenkamp "
     "Aanwezig: mw. G. Tielenburg-Aksoy, H.J. Voskuilen en mw. E. Dijkerman Afwezig: R. Pranger",
     "H.J. Voskuilen", "evidence.attendance_list"),
    ("VERSLAG VAN DE VERENIGDE VERGADERING 2030 Aanwezig: mevrouw A.W. Hazelhoff, voorzitter; de heren "
     "P. van der Schaaf, B. Ruitenberg en mevrouw I. ter Wiel, hoogheemraden", "B. Ruitenberg",
     "evidence.attendance_list"),
    ("Namens het college,\n\nde secretaris,          de burgemeester,\nMarga Zwanepol          Koen Haverkamp",
     "Koen Haverkamp", "evidence.signature_columns"),
    ("de secretaris,          de burgemeester,\nMarga Zwanepol          Koen Haverkamp", "Marga Zwanepol",
     "evidence.signature_columns"),
    # absent members are members
    (COUNCIL + "Aanwezig: de heer A. Pietersma (VVD)\nAfwezig met bericht van verhindering: de heren E.A. Sabelsma "
     "en R.L.M. Sleijpenaar", "R.L.M. Sleijpenaar", "evidence.attendance_list"),
    # academic titles before names set in columns
    ("de burgemeester,                         de secretaris,\ndrs. M.J. van der Hoornaert-Wessels"
     "                   Th.F. Kamsteegh\n", "M.J. van der Hoornaert-Wessels", "evidence.signature_columns"),
    ("de burgemeester,                         de secretaris,\ndrs. M.J. van der Hoornaert-Wessels"
     "                   Th.F. Kamsteegh\n", "Th.F. Kamsteegh", "evidence.signature_columns"),
    # "de leden ..." in minutes of an elected body
    (COUNCIL + "De motie is ingediend door de leden Brouwershaven, Van der Sloot en Akkerveld.", "Van der Sloot",
     "evidence.members_list"),
    (COUNCIL + "Aan de stemming nemen deel de volgende leden: Van Bochoven, Dijkstra-Mol, De Rooij.",
     "Dijkstra-Mol", "evidence.members_list"),
    # titles written with a full stop are no sentence's end
    (COUNCIL + "Aanwezig: mevrouw drs. J. Engelsma, de heren ir. L.P. Hombrecht, drs. M. Smitskamp en J. de Hoog",
     "M. Smitskamp", "evidence.attendance_list"),
    (COUNCIL + "Ter vergadering zijn tegenwoordig de volgende leden, te weten: B.J. Admiraalsz, mw. M. Agemaat, "
     "mw. S. Akkaya", "mw. S. Akkaya"[4:], "evidence.members_list"),
    # the chair, as a label opening its line
    (COUNCIL + "Locatie: Raadzaal\nVoorzitter: Astrid Hijsteeg\nGriffier: K. Molendijk", "Astrid Hijsteeg",
     "evidence.council_chair"),
    (COUNCIL + "Aldus vastgesteld.\nDe voorzitter, H. Oosterwold", "H. Oosterwold", "evidence.council_chair"),
    (COUNCIL + "Locatie\n\nRaadzaal\n\nVoorzitter\nAstrid Hijsteeg\n", "Astrid Hijsteeg", "evidence.council_chair"),
    # ... and as the first item of a flattened attendance list
    (COUNCIL + "Aanwezig Voorzitter dhr. W. Kanterink Griffier mw. L. Dijkhof Commissieleden Petra", "W. Kanterink",
     "evidence.council_chair"),
    # minutes of an elected body with members only: "de heer X" in the debate is a member
    ("Verslag van de vergadering van de gemeenteraad\n\nDe heer Kanterink (VVD): Voorzitter, ik dacht dat de heer "
     "Sabelsmeijer zei dat het kon.", "Sabelsmeijer", "evidence.member_addressed"),
    # a debate of the Tweede Kamer opens so; a minute-taker named after a label is no outsider in it
    ("Aan de orde is het debat over wegtunnels.\n\nDe heer Kanterink (VVD):\nVoorzitter. Ik dacht dat mevrouw "
     "Sabelsmeijer het anders zag.\nNotulist: mevrouw J. Oudelaar", "Sabelsmeijer", "evidence.member_addressed"),
    # the chair or the clerk signing after the minutes close
    (COUNCIL + "De voorzitter sluit om 21.05 uur.\n\nB. Veldkamp-Sabelsma, voorzitter\nJ. Kanterink, griffier",
     "B. Veldkamp-Sabelsma", "evidence.council_chair"),
    (COUNCIL + "Vastgesteld in de vergadering van 11 maart 2031,\nA. Kanterink,\nvoorzitter", "A. Kanterink",
     "evidence.council_chair"),
    (COUNCIL + "Aanwezig: de raadsleden, te weten, de heren mr. ing. J.D. Friesema, H. Kosmeier en H. Assen",
     "H. Kosmeier", "evidence.members_list"),
    ("De heer De Ruijterveld (Beter Voor Oostrand) vraagt wat het kost.", "De Ruijterveld",
     "evidence.party_affiliation"),
    ("Mevrouw Kooistrahuis (GrienLinks): Wy fine it in goed plan.", "Kooistrahuis", "evidence.party_affiliation"),
    (COUNCIL + "Wethâlder: Baukje Terpsma, Roel Veenkamp.", "Roel Veenkamp", "evidence.attendance_list"),
    # the office on its line above the signature, a blank line between (as Kamerstukken sign)
    ("De vragen zijn hieronder afgedrukt.\n\nDe griffier van de commissie,\n\nVan der Leedema\n\n1\n",
     "Van der Leedema", "exceptions.public_officials.titles"),
    # a chat's speaker who names the office in the first person
    ("[02-05-2031 14:25:12] Martijn Kostering: Hallo Lieke, wat schrikken. Ik ben raadslid en volg dit.",
     "Martijn Kostering", "exceptions.public_officials.titles"),
    # ... or speaks in the office: "ik ... als portefeuillehouder", "als wethouder wil ik"
    ("[12-06-2031 07:58] Marieke Kanterink: Goeiemorgen! Ik heb gisteren als portefeuillehouder met de buren "
     "gesproken.", "Marieke Kanterink", "exceptions.public_officials.titles"),
    ("[12-06-2031 08:10] Sietse Dijkhof: Als wethouder wil ik dit voor de zomer weten.", "Sietse Dijkhof",
     "exceptions.public_officials.titles"),
    # the display name of an office's own mailbox
    ("Van: Ilse van Zonneveld <gemeentesecretaris@nijmegen.example>", "Ilse van Zonneveld",
     "exceptions.public_officials.titles"),
    # an office with its portfolio after the name
    ("Brief van P. de Vriesema, wethouder Financiën.", "P. de Vriesema", "exceptions.public_officials.titles"),
    # the office at the end of the line before, where the list wrapped
    ("Van het college: burgemeester Marga Louwerink (agendapunt 4), wethouder\nYusuf Arslanoglu (agendapunt 5)",
     "Yusuf Arslanoglu", "exceptions.public_officials.titles"),
    # the top civil servant of a ministry
    ("benoemd: de heer drs. A.H.C. Anninkhof, secretaris-generaal van het Ministerie van Defensie;",
     "A.H.C. Anninkhof", "exceptions.public_officials.titles"),
    # the party on the next line of a wrapped list
    ("Aanwezig: de heer Jacco Koenraads (voorzitter, VVD), mevrouw Esra Kocaman\n(GroenLinks), de heer Bram Wil",
     "Esra Kocaman", "evidence.party_affiliation"),
    # the party in words after the name, in minutes
    (COUNCIL + "Ik geef het woord aan de heer Bisschopsma namens de SGP voor zijn vraag.", "Bisschopsma",
     "evidence.party_affiliation"),
    (COUNCIL + "Welkom, en het woord is aan mevrouw Beckerink namens de SP-fractie.", "Beckerink",
     "evidence.party_affiliation"),
    (COUNCIL + "Er zijn vragen van de heer Van Vellert van de fractie VVD.", "Van Vellert",
     "evidence.party_affiliation"),
    # "het lid" in minutes names a member
    (COUNCIL + "Vragen van het lid Bisschopsma aan de minister.", "Bisschopsma", "evidence.members_list"),
    # the list label alone on its line, the members below it
    (COUNCIL + "Aanwezig\nHarm-Jan Brinkhuisma (voorzitter, VVD)\nJochem Dragtema (SAZ – Samen Actief Zwolle)\n",
     "Jochem Dragtema", "evidence.attendance_list"),
    # a roll-call vote, and the member drawn to vote first
    (COUNCIL + "Voor stemden: Roosma, Van Damme, Hoekmansz. Tegen stemden: Asantewa en Oualia.", "Van Damme",
     "evidence.attendance_list"),
    (COUNCIL + "Voor stemden: Roosma, Van Damme, Hoekmansz. Tegen stemden: Asantewa en Oualia.", "Oualia",
     "evidence.attendance_list"),
    (COUNCIL + "Trekking stemmingsnummer\nDe voorzitter trekt nummer 27: de heer Roosmaar.", "Roosmaar",
     "evidence.attendance_list"),
    (COUNCIL + "Trekking stemmingsnummer 8: Selami Coskunoglu\n", "Selami Coskunoglu", "evidence.attendance_list"),
    # "N leden (van de M), te weten de heren ... en de dames ..."
    (COUNCIL + "Aanwezig zijn 45 leden (van de 47), te weten de heren Achterbergh, Boschma en de dames Bruggeman, "
     "Demirel.", "Demirel", "evidence.members_list"),
    # a water board's general board member in brackets; an official introduced with "is"
    ("Afgemeld: Hanneke Prinsema (lid AB, Water Natuurlijk).", "Hanneke Prinsema",
     "exceptions.public_officials.titles"),
    ("Voor wie hem niet kent: Gijs Weedaman is wethouder openbare ruimte.", "Gijs Weedaman",
     "exceptions.public_officials.titles"),
    # a water board's reserved seats; its parties; a local party with small joining words and its abbreviation
    ("Waterschap Vechtstromen\nNotulen van de vergadering van het algemeen bestuur\nGeborgde zetels, categorie "
     "Ongebouwd: de heer H. Nijhuis-Sanderink; namens Natuurterreinen: mevrouw C. Wiggerink.", "H. Nijhuis-Sanderink",
     "evidence.attendance_list"),
    ("Afwezig: de heer P. Ekkelkampen (Water Natuurlijk).", "P. Ekkelkampen", "evidence.party_affiliation"),
    ("Aanwezig: Ayoub Tahirioglu (Partij voor Almere, PvA).", "Ayoub Tahirioglu", "evidence.party_affiliation"),
    # a piece of a party's name in brackets
    ("Afwezig: de heer P. Ekkelkampen (Water Natuurlijk).", "Water", "evidence.party_name"),
    # local parties by their words: a list named after its leader, "Aktief", "Vooruit", an exclamation mark
    ("Dhr. Sabelsma (Lijst Van Kanterink) vindt de lastenverzwaring te hoog.", "Sabelsma",
     "evidence.party_affiliation"),
    ("Dhr. Sabelsma (Lijst Van Kanterink) vindt de lastenverzwaring te hoog.", "Van Kanterink", "evidence.party_name"),
    ("onder wie voorzitter Judith Dijkhof (Oostrand Aktief), en twee inwoners", "Judith Dijkhof",
     "evidence.party_affiliation"),
    ("Dhr. Kanterink (Gewoon Lokaal!) vraagt waarom.", "Kanterink", "evidence.party_affiliation"),
    ("Mevrouw Dijkhof (Oostrand Vooruit) vraagt waarom.", "Dijkhof", "evidence.party_affiliation"),
    # a list wrapped after "vervangen door"
    (COUNCIL + "Berichten van verhindering: Chris Hofstedema (Swollwacht), vervangen door\nRik Mensinkma.\n",
     "Rik Mensinkma", "evidence.attendance_list"),
    # the label with "te weten" instead of a colon
    ("Waterschap Vechtstromen\nNotulen van de openbare vergadering van het algemeen bestuur\n\nAanwezig, te weten de "
     "heren J.G. Schuurmans (dijkgraaf, voorzitter), A. Nijlandsma, E. Lammersma", "E. Lammersma",
     "evidence.attendance_list"),
    # the office and its town, the name in brackets; a signature's name and office on one line
    ("Leden: Burgemeester Gouda (Mirjam Schoonderwaard), Lukas de Korte (OOV)", "Mirjam Schoonderwaard",
     "exceptions.public_officials.titles"),
    ("Gedeputeerde Staten van Overijssel, namens dezen,\nmr. P.H. Stegemans gedeputeerde\n", "P.H. Stegemans",
     "exceptions.public_officials.titles"),
    ("De stukken van de provinciesecretaris, mevrouw A.C. Heijinkma, maken wij openbaar.", "A.C. Heijinkma",
     "exceptions.public_officials.titles"),
    # the college enumerated in minutes, an academic title written "Ing." included
    (COUNCIL + "De wethouders, te weten, de heren mr. Ing. J.D. Friesema, H. Kosmeier en H. Assen.", "J.D. Friesema",
     "evidence.members_list"),
    (COUNCIL + "De wethouders, te weten, de heren mr. Ing. J.D. Friesema, H. Kosmeier en H. Assen.", "H. Assen",
     "evidence.members_list"),
    # the King's commissioner with the province between the office and the name
    ("De commissaris van de Koning van de provincie Drenthe, de heer A.L. ter Beekhuis, opent.", "A.L. ter Beekhuis",
     "exceptions.public_officials.titles"),
    # apologies: the members who sent them, before or after the words
    (COUNCIL + "De voorzitter meldt dat Roel van Leeuwenhart (PRO) afwezig is met bericht van verhindering.",
     "Roel van Leeuwenhart", "evidence.apologies"),
    (COUNCIL + "Afwezig met kennisgeving zijn de heer Verschotema, mevrouw drs. I. Heilbronner en de heer Van Vellema.",
     "I. Heilbronner", "evidence.apologies"),
    (COUNCIL + "Mevrouw Kanterink-Sabelsma heeft zich afgemeld.", "Kanterink-Sabelsma", "evidence.apologies"),
    # the submitters in brackets after a motion's title, a party group named after its leader
    ('Moasje "Skjin Wetter foar elkenien" (Kanterink-van der Ploeg, De Dijkhof, Sabelsma)', "De Dijkhof",
     "evidence.council_paper"),
    ("Motie M31 (Groene Rand, Sabelsma): verworpen.", "Sabelsma", "evidence.council_paper"),
    ("Stemverklaring: Fracties Kanterink, Sabelsma en Dijkhof willen een debat.", "Dijkhof",
     "evidence.council_paper"),
    # questions of a member of parliament, and several authors of a motion with their given names
    ("Beantwoording van Kamervragen van het lid Rob Kanterink over de stremming.", "Rob Kanterink",
     "evidence.council_paper"),
    ("De motie van Jan de Kanterink en Piet Dijkhof wordt aangenomen.", "Piet Dijkhof", "evidence.council_paper"),
    # two members with one party after the second: the party is both members'
    (COUNCIL + "Afwezig zijn de heer Heilema en de heer Van Vellinga van de fractie VVD.", "Heilema",
     "evidence.party_affiliation"),
    ("Mevrouw Kanterink en de heer De Wittebol (CDA) stellen vragen.", "Kanterink", "evidence.party_affiliation"),
    # a general board's member of a water board for a reserved seat
    ("Verslag algemeen bestuur waterschap Oostrand\nAanwezig: D.A. Kanterink (bedrijfsgebouwd), mevr. "
     "Sabelsma (ongebouwd), J. Dijkhof (Natuur, tot 21.00 uur)", "D.A. Kanterink", "evidence.party_affiliation"),
    ("Verslag algemeen bestuur waterschap Oostrand\nAanwezig: D.A. Kanterink (bedrijfsgebouwd), mevr. "
     "Sabelsma (ongebouwd), J. Dijkhof (Natuur, tot 21.00 uur)", "J. Dijkhof", "evidence.party_affiliation"),
    # a member's role before the party and an attendance note after it, inside the brackets
    ("Gasten fracties: P.H. Kanterink (gast CDA, ag 3,4,5,6)", "P.H. Kanterink", "evidence.party_affiliation"),
    ("Aanwezig: de heer Dijkhof (VVD, vanaf 20.15 uur) en mevrouw Sabelsma (SP).", "Dijkhof",
     "evidence.party_affiliation"),
    ("Gasten fracties: M. Dijkhof (gast Progressief Oostrand, ag 3,4)\nH. Sabelsma (gast RPP, ag 3,4)\n"
     "B. Kanterink (DS97, ag 3)\nP. Ebbeltje (gast CDA, ag 3)", "B. Kanterink", "evidence.party_affiliation"),
    # a local party's acronym in brackets beside national parties after other members' names (news on a debate)
    ("Het debat verliep fel. Alette Kanterink (DLP) maakte bezwaar. Erik Sabelsma (CDA): \"Eens.\" "
     "Rob Dijkhof (D66) zweeg.", "Alette Kanterink", "evidence.party_affiliation"),
    # a flattened attendance list runs on after a semicolon: "...; voorzitter : de heer X"
    (COUNCIL + "Aanwezig: de heren A.P. Sabelsma en A.A. Dijkhof, beiden van de fractie VVD; voorzitter : de heer "
     "J.J. Kanterink secretaris : de heer T. Dijkhuis", "J.J. Kanterink", "evidence.council_chair"),
    # a list under a heading naming an office in the plural, as a council's page on its make-up has it
    (OFFICE_PAGE, "J Kanterink", "evidence.members_list"),
    (OFFICE_PAGE, "A Sabelsma-de Lange", "evidence.members_list"),
    # a list of members by group, each group's party as its label
    (COUNCIL + "Commissieleden:\n\nLeefbaar 3B : Henk Kanterink, Jan Sabelsma\n\nVVD : Eric Dijkhof\n",
     "Eric Dijkhof", "evidence.members_list"),
    (COUNCIL + "Commissieleden:\n\nLeefbaar 3B : Henk Kanterink, Jan Sabelsma\n\nVVD : Eric Dijkhof\n",
     "Henk Kanterink", "evidence.members_list"),
    # a PDF's two-column attendance block flattened: the labels first, then their values parted by colons
    (COUNCIL + FLATTENED, "J. van Dijkhof-van den Berg", "evidence.attendance_list"),
    (COUNCIL + FLATTENED, "J. Kanterink", "evidence.attendance_list"),
    (COUNCIL + FLATTENED, "J. L. de Sabelsma", "evidence.attendance_list"),
    # ... also where the minutes' other cues say little of the body ("Hoorzitting Bestemmingsplannen")
    ("Hoorzitting Bestemmingsplannen\n\nAgendapunten\n 1. Opening\n  00:00:25 - 00:00:35 - Job Kanterink - "
     "Voorzitter\n  00:01:11 - 00:01:19 - Roy Dijkhof\n", "Roy Dijkhof", "evidence.speaker_index"),
    # ... a member named on the line above an inspreker's is no inspreker
    (COUNCIL + "Vragen: de heer Kanterink (D66).\nMevrouw Sabelsma spreekt in over de brief.\nAgendapunten\n"
     "  00:04:25 - 00:04:25 - M. Kanterink\n", "M. Kanterink", "evidence.speaker_index"),
    # the speaker index of a recorded council meeting
    (COUNCIL + "Agendapunten\n  1. Opening\n    00:13:35 - 00:15:08 - Wessel Dijkhuizen\n"
     "    00:15:08 - 00:15:15 - Ineke Voortman", "Ineke Voortman", "evidence.speaker_index"),
])
def test_officials_by_evidence(decider: PolicyDecider, text: str, name: str, rule: str) -> None:
    decision = _decide(decider, text, name, "PERSON")
    assert (decision.decision, decision.rule) == ("keep", rule)


@pytest.mark.parametrize(("text", "name"), [
    # the party in words, or "het lid", outside minutes of an elected body says nothing of an office
    ("Mijn buurman Bisschopsma namens de SGP belde aan.", "Bisschopsma"),
    ("Zij is het lid Bisschopsma van onze tennisclub.", "Bisschopsma"),
    # a list under a heading that names no office: the people of an ordinary list
    (OFFICE_PAGE, "Jan Dijkhuis"),
    # a label that is no party
    (COUNCIL + "Insprekers:\n\nBewoner : Piet Kanterink\n", "Piet Kanterink"),
    # a foundation in brackets, though "Samen" opens a local party's name, and the list after it
    ("Besproken met: Jolanda Dijkhof (Stichting Samen Thuis Oostrand); Gert-Jan Sabelsma (Juridische Zaken)",
     "Jolanda Dijkhof"),

    # the notulist's column of a flattened attendance block: no office of the body
    (COUNCIL + FLATTENED, "Y. van Dijkhuis"),
    # volunteers' bodies in the heading (an advisory council, a district's council), though their
    # minutes speak of the council's meetings and decisions: their members are private persons
    ("Verslag vergadering Adviesraad Sociaal Domein 30 mei\n\nVerslag van de vergadering, besluitenlijst\n\n"
     "Aanwezig: Gerben Dijkhof, Hodan Sabelsma\n\n1. Opening", "Hodan Sabelsma"),
    ("Notulen wijkraad 11 februari\n\nAanwezig: Bert Kanterink, Annette Dijkhuis\n\n1. Opening\nDe "
     "raadscommissie bespreekt het plan.", "Annette Dijkhuis"),
    # one volunteer replacing another outside minutes of an elected body
    ("Bij de buurtvereniging is Marleen Dijkhof vervangen door Wouter van Sabel als penningmeester.",
     "Wouter van Sabel"),
    # a residents' panel: its members are private persons
    ("Buurtpanel Zuidrand\nVerslag van de vergadering\n\nAanwezig: Gerben Oosterhuis, Hodan Warsame", "Hodan Warsame"),
    # staff in the list of minutes
    (COUNCIL + "Aanwezig: Tom Vreeswijk, Iris ter Wolbeek\nVan de ambtelijke organisatie: mevrouw Ilse Pluijmaekers",
     "Ilse Pluijmaekers"),
    (COUNCIL + "Aanwezig: Tom Vreeswijk, Kees Wolfkamp (notulist)", "Kees Wolfkamp"),
    # a vote recorded by name outside minutes of an elected body (a residents' panel) names private persons
    ("Uitslag van het buurtpanel Zuidrand. Stemming: voor Kanterdijk, Sabelsma; tegen Dijkhof.", "Kanterdijk"),
    # an inspreker speaking for an organisation later in the minutes is no party member
    (COUNCIL + "Aanwezig namens VVD J.W. ten Sabel\n\n1. Opening\n2. Inspreken\nDe heer Kanterdijk spreekt "
     "namens Vogelwacht Oostrand.\nMevrouw Dijkhof (Vogelwacht) sluit aan.", "Dijkhof"),
    # a civil servant signing on the college's behalf: the body above the name is no office of hers
    ("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\nL. Kanterdijk, senior jurist",
     "L. Kanterdijk"),
    (COUNCIL + "Aanwezig: Tom Vreeswijk, Kees Wolfkamp (secretaris) en Roel Dinkla", "Kees Wolfkamp"),
    # labels of staff after a single space, as a PDF gives them
    (COUNCIL + "Aanwezig: de heer T. Vreeswijk, wethouder Notulen: mevrouw I.C. Pronkhorst", "I.C. Pronkhorst"),
    (COUNCIL + "Aanwezig: T. Vreeswijk (D66) Verslag: mevrouw M. Oudelaar, Tekstbureau Woord", "M. Oudelaar"),
    # a line under a list that ended (no comma) is no item of it
    (COUNCIL + "Aanwezig: Tom Vreeswijk, Iris ter Wolbeek\nKees Wolfkamp zegt dat hij bewoner is", "Kees Wolfkamp"),
    # an office's label inside the list is no town grouping members
    (COUNCIL + "Aanwezig: de heer T. Vreeswijk secretaris/directeur : de heer J. Kanterink adjunct-directeur : "
     "mevrouw M. Dijkhof", "M. Dijkhof"),
    # prose after a label
    (COUNCIL + "Voorzitter: Tom Vreeswijk verwelkomt de medewerkers, de heren Bram Quekelaar en Jan Vlierboom.",
     "Bram Quekelaar"),
    # ... not where outsiders speak: an inspreker is addressed the same way
    ("Verslag van de vergadering van de gemeenteraad\n\nInsprekers: twee. De heer Kanterink (VVD) vraagt de heer "
     "Sabelsmeijer naar de bomen.", "Sabelsmeijer"),
    # ... nor people appointed in them, nor a staff member after a label's colon
    ("Verslag van de vergadering van de gemeenteraad\n\nDe raad heeft benoemd: mevrouw mr. P.G. Sabelsmeijer.",
     "P.G. Sabelsmeijer"),
    ("Verslag van de vergadering van de gemeenteraad\n\nDe heer Kanterink (VVD) opent.\nadjunct-directeur : mevrouw "
     "M.H. Sabelsmeijer", "M.H. Sabelsmeijer"),
    # an association's chair who speaks in, before the minutes close
    (COUNCIL + "Roos Kanterink, voorzitter van de bewonersvereniging, spreekt in.\n\nSluiting om 22.00 uur.",
     "Roos Kanterink"),
    # a name after other words is no paper's author
    ("De klacht van mijn buurman Sabelsma over de motie is binnen.", "Sabelsma"),
    # an association's secretary signs for no college
    ("Met sportieve groet,\n\nPriscilla Kartodikromo\nvoorzitter\n\nWout Meulenbroek, secretaris\n",
     "Wout Meulenbroek"),
    # a sports club's board signs, no council
    ("Met sportieve groet,\n\nPriscilla Kartodikromo\nvoorzitter\n\nWout Meulenbroek\npenningmeester",
     "Wout Meulenbroek"),
    # ... also in a letter to the college: the chair's role line is Priscilla's, not the label of the next name
    ("Aan het college van burgemeester en wethouders van Oostrand\n\nMet sportieve groet,\n\nPriscilla "
     "Kartodikromo\nvoorzitter\n\nWout Meulenbroek\npenningmeester", "Wout Meulenbroek"),
    # a child mayor is a child
    ("Het woord is aan kinderburgemeester Naomi Tjon-A-Kiem (groep 8).", "Naomi Tjon-A-Kiem"),
    # ... also when the office word is broken over two lines
    ("De voorzitter heet de kinder-\nburgemeester van Oostrand, Liyah Sabadi, welkom.", "Liyah Sabadi"),
    # staff of the mayor's office
    ("neemt u contact op met het kabinet van de burgemeester, Odile Brammerloo, tel. 0590 000 111", "Odile Brammerloo"),
    # the list of members ends with its sentence
    (COUNCIL + "Ingediend door de leden Brouwershaven en Akkerveld. Mevrouw Fenna Kroonstad spreekt in.",
     "Fenna Kroonstad"),
    # a role after a name belongs to that name, not to the next one
    (COUNCIL + "Met vriendelijke groet, Roos Veenkamp, voorzitter Hüseyin Çelikel, secretaris",
     "Hüseyin Çelikel"),
    # the board of an association signing a letter to the council is private
    (COUNCIL + "Namens het bestuur van Bewonersvereniging De Horst,\n\nRoos Veenkamp, voorzitter\n"
     "Hüseyin Çelikel, secretaris", "Roos Veenkamp"),
    # members of a residents' association are private
    ("Bewonersvereniging De Horst, jaarvergadering. De leden Tjitske Veldhoen en Karel Bosgraaf stemmen voor.",
     "Karel Bosgraaf"),
    # a speaker index outside minutes of an elected body
    ("Webinar buurtpreventie\n    00:20:59 - 00:21:14 - Gijs Kortenhorst", "Gijs Kortenhorst"),
    # a singular office title followed by another person
    ("Aanwezig: wethouder Jansen, raadslid Pieters, mevrouw De Boer (inspreker).", "De Boer"),
    # a signature under an association's office, a blank line between
    ("Met vriendelijke groet,\n\nDe voorzitter van de bewonersvereniging,\n\nKees Dijkhofstra\n", "Kees Dijkhofstra"),
    # a speaker who says she is someone's mother is no office holder
    ("[02-05-2031 14:21:09] Lieke Spaarnwoudt: Geachte raadsleden, ik ben de moeder van Joep.", "Lieke Spaarnwoudt"),
    ("[02-05-2031 14:22:09] Piet Sabelsma: Ik heb als bewoner geklaagd bij de wethouder.", "Piet Sabelsma"),
    # the display name of a team's or a person's own mailbox is no office
    ("Van: Jesse Bakkerman <j.bakkerman@nijmegen.example>", "Jesse Bakkerman"),
    ("Van: Jesse Bakkerman <secretariaat@nijmegen.example>", "Jesse Bakkerman"),
    # a person in brackets beside a party is no piece of the party's name
    ("Een brief van de werkgroep (Water Natuurlijk; contact P. Dijkhofstra) over de dijk.", "P. Dijkhofstra"),
    # staff in brackets after an office's name is no office
    ("Leden: Burgemeester Gouda (Mirjam Schoonderwaard), Lukas de Korte (OOV)", "Lukas de Korte"),
    # a roll call or a draw outside minutes of an elected body names no member
    ("Stemming in de ledenvergadering van de tennisclub. Voor stemden: Roosma, Van Damme.", "Van Damme"),
    # the list of insprekers, with its label alone on a line, is no list of members
    (COUNCIL + "Insprekers\nAnne Kanterink\nPiet Sabelsma\n", "Piet Sabelsma"),
    # in a list that puts each role first, the office after a name opens the next one's
    ("gasten: wijkregisseur Thijs Swinkelaar, wijkagent Ilona de Bruijnsma, raadslid Yasin Kaplanoglu",
     "Ilona de Bruijnsma"),
    # apologies: a label after the name heads the next list; an outsider's apologies; staff in the list
    (COUNCIL + "adjunct-directeur : mevrouw M.H.M.G. Lanting-Stassema Afwezig met bericht van verhindering: de heren "
     "E.A. Sabelsma en R.L.M. Sleijpers", "M.H.M.G. Lanting-Stassema"),
    (COUNCIL + "De inspreker, de heer Dijkhuis, heeft zich afgemeld.", "Dijkhuis"),
    (COUNCIL + "Afwezig met kennisgeving: de heer Verschotema en mevrouw Ilse Pluijmaekers (notulist).",
     "Ilse Pluijmaekers"),
    (COUNCIL + "Insprekers: twee.\nAfwezig met kennisgeving: de heer Verschotema. Mevrouw Pluijmaekers vraagt "
     "naar de bomen.", "Pluijmaekers"),
    # an applicant in minutes is an outsider: "de heer X" then names no member
    ("Verslag van de vergadering van de gemeenteraad\n\nDe aanvrager, de heer K. (Kees) Dijkhuis, is aanwezig.",
     "K. (Kees) Dijkhuis"),
    # a party after a second name carries over only with a form of address before it: "Kanterink en
    # Dijkhof (VVD)" may name a firm and a member, and a resident beside a member stays private
    ("Aannemer Kanterink en Dijkhof (VVD) bespraken de bouw.", "Kanterink"),
    ("Buurman Kanterink en de heer Dijkhof werken samen.", "Kanterink"),
    # an objection committee's hearing: its members and the college's staff are no council members
    ("Commissie bezwaarschriften gemeente Oostrand\n\nAanwezig\nnamens de commissie:\nmr. C.J.M. Kanterink\n"
     "voorzitter\nH. Sabelsma\nlid\n", "H. Sabelsma"),
    ("Gemeente Oostrand\nAdviescommissie voor de bezwaarschriften\nVerslag van de hoorzitting\n\nAanwezig:\n"
     "- mr. R.J. Dijkhof, voorzitter\n- J. Kanterink, lid\n\nDe commissie is onafhankelijk.", "J. Kanterink"),
    # a list of people one line each, each role under its name: the role above a name is the name
    # before's, no signature's
    ("Verslag van de hoorzitting\n\nAanwezig:\nL. van der Kanterink\nsecretaris\nMarit Dijkhof\n"
     "beleidsmedewerker Erfgoed, namens GS", "Marit Dijkhof"),
    # an office between two names after a comma is nobody's for sure: the name before it stays withheld
    ("Op de foto, van links naar rechts: Ilse de Kanterink-Boogaard, wijkwethouder Linda Dijkhof en "
     "buurtbewoner Abdi Sabelsma.", "Ilse de Kanterink-Boogaard"),
    # an acronym in brackets is no party where fewer than two national parties stand so beside it
    ("Het overleg verliep goed. Alette Kanterink (DLP) en Erik Sabelsma (CDA) waren er.", "Alette Kanterink"),
    # a reserved seat's word in brackets outside a water board's papers says nothing
    ("Aanwezig: D.A. Kanterink (natuur), mevr. Sabelsma.", "D.A. Kanterink"),
    # ... nor a note of another kind after a party
    ("Aanwezig: de heer Dijkhof (VVD, buurman van de inspreker) en mevrouw Sabelsma.", "Dijkhof"),
    # ... nor an organisation's acronym the lists know
    ("Anne Kanterink (GGD), Erik Sabelsma (CDA) en Rob Dijkhof (D66) spraken.", "Anne Kanterink"),
    # ... not an address in the next column
    ("De heer Kanterink    Burgemeester de Raadtsingel 94", "Kanterink"),
    # a committee's staff member is no office holder
    ("De beleidsmedewerker van de vaste commissie voor Financiën, Kanterink, stuurde het.", "Kanterink"),
    # a sentence above a signature is no office; a mail signed for an association
    ("Wethouder Dijkhof heeft het besluit genomen en dat vinden wij jammer\n\nJan Kanterink", "Jan Kanterink"),
    ("Met vriendelijke groet,\n\nnamens de buurtvereniging,\n\nL.H. van der Kanterink\n", "L.H. van der Kanterink"),
    # ... and so where the list ends in a name, not in an office
    ("Tevens aanwezig: de heer R. Kanterink, wethouder de heer J.M. Dijkhof, wethouder mevrouw J. Sabelsma\n"
     "Notulen: mevrouw I.C. Ebbeltje", "R. Kanterink"),
    # in a party group's chat, who says they are staff, and any chat not named after a fraction
    ("[17-09-2025 20:14:03] Fractie Oostrand Vooruit: Mieke Kanterink heeft je toegevoegd\n"
     "[17-09-2025 20:20:09] Jasper Sabelsma: Jazeker. Ik ben fractiemedewerker voor wie het nog niet wist",
     "Jasper Sabelsma"),
    ("[17-09-2025 20:14:03] Buurtapp Oostrand: Mieke Kanterink heeft je toegevoegd\n"
     "[17-09-2025 20:16:11] Thijs Dijkhof: Half. Ik vind de paragraaf vaag", "Thijs Dijkhof"),
    # an association's members in brackets
    ("De leden van de vereniging (Jan Kanterink, Piet Dijkhof) tekenden.", "Piet Dijkhof"),
    # a resident in minutes who speaks about a party group, not for one
    (COUNCIL + "De heer Kanterink (bewoner) zegt dat de buurt boos is op de fractie van de VVD.", "Kanterink"),
    (COUNCIL + "Insprekers: twee.\nDe heer Kanterink zegt dat de fractie van de VVD hem niet heeft gehoord.",
     "Kanterink"),
    # an association's chair and secretary signing: no griffier, no elected body
    ("Namens het bestuur,\nDe voorzitter,        De secretaris,\nJan Dijkhof           Piet Sabelsma\n",
     "Jan Dijkhof"),
    # a committee with outside members, and "tot" that appoints nobody
    ("Mevrouw T. Sabelsma wordt benoemd tot lid van de bezwaarschriftencommissie.", "T. Sabelsma"),
    ("De heer Dijkhof was tot zijn pensioen lid van de raad van toezicht.", "Dijkhof"),
    # a street named after an office-holder in brackets, the adviser of an office, a table's rows
    (COUNCIL + "Sprekers: wethouder Rixt Dijkhof, inspreker Ingrid Kanterink (Dijkgraaf-Witteveenstraat).",
     "Ingrid Kanterink"),
    ("Aanwezig waren wethouder Thijs Dijkhof en de beleidsadviseur van de wethouder, mevrouw Kanterink.", "Kanterink"),
    ("Naam | Functie\nDijkhof, Ingeborg | gemeentesecretaris\nKanterink-Oude Sabel, Carla | beleidsadviseur jeugd\n",
     "Kanterink-Oude Sabel"),
    # the office is not the sentence's subject
    ("De contactpersoon van de wethouder is de heer Hugo Kanterink.", "Hugo Kanterink"),
    # a speakers' list of a recorded meeting: an inspreker after a comma, and the chair thanking one
    (COUNCIL + "Sprekers:\n00:00:05 Sjoukje Dijkhof, voorzitter (FNP)\n00:03:11 Ruurd Kanterink, inspreker, "
     "namens Buurtteam Oost\n", "Ruurd Kanterink"),
    (COUNCIL + "00:08:30 Voorzitter: Dank u wel, meneer Kanterink. Zijn er vragen?", "Kanterink"),
    (COUNCIL + "00:03:11 Ruurd Kanterink, inspreker\n00:08:30 Voorzitter: Dank, mevrouw Sabelsma. Ik sluit dit "
     "agendapunt.", "Sabelsma"),
    # an inspreker in a council's speaker index, named on the line above the word or on its line
    (COUNCIL + "Vragen: de heer Kanterink (D66).\nMevrouw Sabelsma spreekt in over de brief.\nAgendapunten\n"
     "  00:05:00 - 00:06:00 - A. Sabelsma\n", "A. Sabelsma"),
    (COUNCIL + "Sprekers:\nJan Dijkhof\ninspreker namens de buurt\nAgendapunten\n  00:05:00 - 00:06:00 - Jan Dijkhof\n",
     "Jan Dijkhof"),
    # after an office and a comma: a surname before the comma ends a list item, the items of a list put the
    # role after the name, a role in brackets after the name
    ("Aanwezig: wethouder Jansen, Piet Kanterink en anderen.", "Piet Kanterink"),
    ("Sprekers: Jan Dijkhof – wethouder Wonen, Floor Kanterink – bewoner", "Floor Kanterink"),
    ("De wethouder Sport, Piet Kanterink (inspreker) zegt dat het goed gaat.", "Piet Kanterink"),
    ("Het secretariaat van de wethouder Wonen, mevrouw Sabelsma, belde terug.", "Sabelsma"),
    # the submitter of a view on a plan is a resident: no member's questions in the heading
    ("Nota van zienswijzen\nIndiener: Piet Kanterink, Dorpsstraat 3\nDe indiener vraagt om schriftelijke vragen "
     "ex artikel 4 te beantwoorden.", "Piet Kanterink"),
    ("Reactienota\nSchriftelijke vragen over artikel 5\nIndiener: Piet Kanterink\n", "Piet Kanterink"),
    # the clerk of a committee is a civil servant of the griffie, not the griffier (annotation guideline)
    ("Commissiegriffier: Merel Kanterink. Griffier: Johan Dijkhof.", "Merel Kanterink"),
    # "de heer X" in minutes of members only, but with a staff role in brackets
    ("Verslag van de vergadering van de gemeenteraad\n\nDe heer Kanterink (VVD) dankt mevrouw Pluijmaekers "
     "(notulist).", "Pluijmaekers"),
])
def test_private_persons_stay_redacted(decider: PolicyDecider, text: str, name: str) -> None:
    assert _decide(decider, text, name, "PERSON").decision == "redact"


@pytest.mark.parametrize(("text", "name"), [
    ("t.a.v. wethouder Sport Floor Heerschap", "Floor Heerschap"),
    # the portfolio as a label, the name in brackets after the office, a district's wethouder
    ("Wethouder Participatie: Peter de Kanterink-Slot.", "Peter de Kanterink-Slot"),
    ("Een update, mede voor de burgemeester (Karin Dijkhof-Geurts) die morgen opent.", "Karin Dijkhof-Geurts"),
    ("Wijkwethouder: Linda Sabelsma-Bakhuis", "Linda Sabelsma-Bakhuis"),
    # the portfolio set off by a comma, its words ordinary ones that name nobody
    ("De wethouder Sociaal Domein, Maaike Kanterink-Hol, bracht op 12 maart een werkbezoek.",
     "Maaike Kanterink-Hol"),
    ("Een brief aan de wethouder Verkeer en Vervoer, mevrouw Ilona Dijkhof, en de leden van de raad.",
     "Ilona Dijkhof"),
    # ... or the name in brackets after the office and its portfolio
    ("- Wethouder Sociaal Domein (Frank Kanterink) is via de portefeuillehouder geïnformeerd.", "Frank Kanterink"),
    # a signature: the office above without its comma, as the Staatscourant signs; a party group
    ("Dit besluit wordt in de Staatscourant geplaatst.\n\nDe Minister van Onderwijs, Cultuur en Wetenschap\n\n"
     "I.K. van Kanterink", "I.K. van Kanterink"),
    ("Met vriendelijke groet,\n\nnamens de BSD-fractie,\n\nL.H. van der Kanterink\n", "L.H. van der Kanterink"),
    # the office in the next column of a transcript's speaker list
    ("• 0:2 J. Kanterink    Wethouder (ChristenUnie)    Ja, graag voorzitter.", "J. Kanterink"),
    # the King's commissioner as provincial minutes abbreviate the office
    ("Voorts aanwezig: dhr. M. J. van den Kanterink (cdk, voorzitter GS), dhr. P. Sabelsma.",
     "M. J. van den Kanterink"),
    # the clerk of a Kamer committee signs a report
    ("De commissie brengt verslag uit.\n\nDe griffier van de vaste commissie voor Binnenlandse Zaken, Kanterink\n\n"
     "BRIEF VAN DE VOORZITTER", "Kanterink"),
    # a list that ends in an office after its last name puts every role after the name
    ("Tevens aanwezig: de heer R. Kanterink, wethouder de heer J.M. Dijkhof, wethouder mevrouw J. Sabelsma, "
     "wethouder\nNotulen: mevrouw I.C. Ebbeltje", "R. Kanterink"),
])
def test_portfolio_between_office_and_name(decider: PolicyDecider, text: str, name: str) -> None:
    decision = _decide(decider, text, name, "PERSON")
    assert (decision.decision, decision.rule) == ("keep", "exceptions.public_officials.titles")


def test_office_in_a_table_column(decider: PolicyDecider) -> None:
    text = "Naam;Functie;Partij\nDirk Lammerink;Statenlid;VVD"
    assert _decide(decider, text, "Dirk Lammerink", "PERSON").decision == "keep"


def test_evidence_without_lexicons_is_recall_first() -> None:
    assert not Evidence("x", None).mailbox("sportzaken@gouda.example").functional


def _assert_kept_by(decider: PolicyDecider, text: str, name: str, keep: bool, rule: str) -> None:
    """The name is kept by ``rule`` (``keep``), or withheld."""
    decision = _decide(decider, text, name, "PERSON")
    assert (decision.decision == "keep") is keep
    if keep:
        assert decision.rule == rule


def _decide_all(decider: PolicyDecider, text: str, spans: list[tuple[str, str]]):
    """Decisions on several detections of one document, by value."""
    detections = []
    for value, entity in spans:
        at = text.index(value)
        detections.append(Detection(at, at + len(value), entity, 0.9, "test"))
    return {d.text: d for d in decider.decide_document(text, detections)}


# evidence.mailbox_display_name: (header, display name, address, group?)
DISPLAY_NAMES = [
    ("Van: Parkbeheer Zuidwolde <parkbeheer@zuidwolde.example>", "Parkbeheer Zuidwolde",
     "parkbeheer@zuidwolde.example", True),
    ("Cc: Red het Wilgenbos <redhetwilgenbos@gmail.example>", "Red het Wilgenbos",
     "redhetwilgenbos@gmail.example", True),
    ("Aan: Team Leerplicht <leerplicht@gemeente.example>", "Team Leerplicht", "leerplicht@gemeente.example", True),
    # a region's abbreviation the display name writes in capitals, not a person's initials
    ("Aan: Omgevingsmanagement ZD <omgevingsmanagement.zd@rws.example>", "Omgevingsmanagement ZD",
     "omgevingsmanagement.zd@rws.example", True),
    ("Aan: Kanterink JD <kanterink.jd@rws.example>", "Kanterink JD", "kanterink.jd@rws.example", False),
    ("Van: Roos Bakker <roosbakker@gmail.example>", "Roos Bakker", "roosbakker@gmail.example", False),
    ("Van: Fleur Ommeren <f.ommeren@gemeente.example>", "Fleur Ommeren", "f.ommeren@gemeente.example", False),
    ("Van: Jorien Wesselink <jorien@ziggo.example>", "Jorien Wesselink", "jorien@ziggo.example", False),
    # a firm named after its owner
    ("Van: Smit Bouw <info@smitbouw.example>", "Smit Bouw", "info@smitbouw.example", False),
    # two unknown words are a person, even when the compound test reads one as words ("Giselle")
    ("Aan: Giselle Trinidad <giselle.trinidad@gemeente.example>", "Giselle Trinidad",
     "giselle.trinidad@gemeente.example", False),
]


@pytest.mark.parametrize(("text", "name", "address", "group"), DISPLAY_NAMES)
def test_mailbox_display_name(decider: PolicyDecider, text: str, name: str, address: str, group: bool) -> None:
    decisions = _decide_all(decider, text, [(name, "PERSON"), (address, "EMAIL_ADDRESS")])
    person = decisions[name]
    assert (person.decision == "keep") is group, person
    if group:
        assert person.rule == "evidence.mailbox_display_name"
        assert decisions[address].decision == "keep"


# evidence.organisation_office: (text, spans, kept values)
OFFICES = [
    ("Gemeente Hardewijk | Raadhuisplein 4 | 3844 AB Hardewijk T 0341 00 12 34",
     [("Raadhuisplein 4", "ADDRESS"), ("3844 AB", "POSTCODE"), ("0341 00 12 34", "PHONE_NUMBER")],
     {"Raadhuisplein 4", "3844 AB", "0341 00 12 34"}),
    # ... but not a staff member's own line, marked so
    ("Gemeente Hardewijk | Raadhuisplein 4 | 3844 AB Hardewijk\nT 0341 35 92 26 (direct) | 14 0341 (algemeen)",
     [("Raadhuisplein 4", "ADDRESS"), ("3844 AB", "POSTCODE"), ("0341 35 92 26", "PHONE_NUMBER")],
     {"Raadhuisplein 4", "3844 AB"}),
    # ... or labelled so before it
    ("Stadhuis, Grote Kerkhof 1\nDirect: 0570 00 37 48\nWerkdagen: di t/m vr",
     [("Grote Kerkhof 1", "ADDRESS"), ("0570 00 37 48", "PHONE_NUMBER")], {"Grote Kerkhof 1"}),
    ("Plaats: raadzaal, stadhuis, Korenmarkt 15, Ommelo",
     [("Korenmarkt 15", "ADDRESS")], {"Korenmarkt 15"}),
    ("Bezoekadres: Lindelaan 200\n4811 XY Breestad",
     [("Lindelaan 200", "ADDRESS"), ("4811 XY", "POSTCODE")], {"Lindelaan 200", "4811 XY"}),
    # a body's own seat as minutes head their place, and the address after its Woo or secretariat mailbox
    ("Locatie: Hoofdkantoor, Kooikersweg 1, 7609 PZ Almelo", [("Kooikersweg 1", "ADDRESS"), ("7609 PZ", "POSTCODE")],
     {"Kooikersweg 1", "7609 PZ"}),
    ("Datum: 4 december 2031, Gemeenlandshuis, Breestraat 59, 2311 CJ Leiden", [("Breestraat 59", "ADDRESS")],
     {"Breestraat 59"}),
    ("Contact: Woo-coördinator, woo@emmen.example, Raadhuisplein 1, 7811 AP Emmen.",
     [("Raadhuisplein 1", "ADDRESS"), ("7811 AP", "POSTCODE")], {"Raadhuisplein 1", "7811 AP"}),
    # an English letter's signature, and a block labelled "Algemeen:"
    ("Municipality of Heerenveen Crackstraat 2, 8441 ES Heerenveen", [("Crackstraat 2", "ADDRESS")],
     {"Crackstraat 2"}),
    ("Algemeen: Crackstraat 2, 8441 ES Heerenveen, +31 513 480 936",
     [("Crackstraat 2", "ADDRESS"), ("8441 ES", "POSTCODE"), ("+31 513 480 936", "PHONE_NUMBER")],
     {"Crackstraat 2", "8441 ES", "+31 513 480 936"}),
    # ... not after a firm's info@ mailbox: a one-person firm gives its owner's home so
    ("Klusbedrijf, info@klusjeskanterink.example, Dorpsstraat 5, 1711 RC Hensbroek",
     [("Dorpsstraat 5", "ADDRESS")], set()),
    # a firm is established at an address; a person lives there
    ("Bouwbedrijf Kerkhoven B.V., gevestigd aan de Zaankade 28 te Zaandam",
     [("Zaankade 28", "ADDRESS")], {"Zaankade 28"}),
    # a private sender's block: nothing kept
    ("Kees Ooms\nHoogeinde 7\n1711 RC Hensbroek\n0226 00 00 00",
     [("Hoogeinde 7", "ADDRESS"), ("1711 RC", "POSTCODE"), ("0226 00 00 00", "PHONE_NUMBER")], set()),
    # the office first, then a resident: only the office is kept
    ("Stadhuis, Markt 1. Ik woon op de Kerkstraat 5, 5038 AB Breestad, 013 000 1234.",
     [("Markt 1", "ADDRESS"), ("Kerkstraat 5", "ADDRESS"), ("5038 AB", "POSTCODE"), ("013 000 1234", "PHONE_NUMBER")],
     {"Markt 1"}),
    # a mobile number beside an office is still someone's own
    ("Stadhuis, Markt 1, 06 12 00 00 00", [("Markt 1", "ADDRESS"), ("06 12 00 00 00", "PHONE_NUMBER")], {"Markt 1"}),
    # an organisation heads the address block; the person "t.a.v." is reached there, lives elsewhere
    ("Stichting Speeltuin De Kreek\nt.a.v. de heer P. Sabelsma\nLindelaan 4\n4811 XY Breestad",
     [("Lindelaan 4", "ADDRESS"), ("4811 XY", "POSTCODE")], {"Lindelaan 4", "4811 XY"}),
    # "p/a" an organisation: the address is its office
    ("Mevrouw K.A. Kanterink-Tanis\np/a RTV Oost, redactie\nMr. G.J. van Heuven Goedhartlaan 1a\n7559 BB Hengelo",
     [("Mr. G.J. van Heuven Goedhartlaan 1a", "ADDRESS"), ("7559 BB", "POSTCODE")],
     {"Mr. G.J. van Heuven Goedhartlaan 1a", "7559 BB"}),
    # "p/a" a person: the address is that person's home, given for the organisation
    ("Stichting Sabelsma Fûns\np/a de heer Sipke Dijkhof, secretaris\nDyksterbuorren 7\n9043 VJ Easterein",
     [("Dyksterbuorren 7", "ADDRESS"), ("9043 VJ", "POSTCODE")], set()),
    # a visiting address with the body's PO box beside it
    ("T 033 469 43 12 | M 06 5128 7734 Stadhuisplein 1, Postbus 4000, 3800 EA Oostrand",
     [("Stadhuisplein 1", "ADDRESS")], {"Stadhuisplein 1"}),
    # a law firm's letterhead
    ("Dijkhuis Kanterink Advocaten\nHerengracht 403 | 1016 EK Amsterdam | T 020 000 4410",
     [("Herengracht 403", "ADDRESS"), ("1016 EK", "POSTCODE")], {"Herengracht 403", "1016 EK"}),
    # a residents' association is run from a member's home: its address is a person's
    ("Buurtvereniging Oosterhof\nSluisstraat 14\n6541 CT Breestad",
     [("Sluisstraat 14", "ADDRESS"), ("6541 CT", "POSTCODE")], set()),
    # a person heads the block: "Bond" is a surname as well as an organisation word
    ("Mevrouw A. Bond\nDorpsstraat 3\n1711 RC Hensbroek", [("Dorpsstraat 3", "ADDRESS"), ("1711 RC", "POSTCODE")],
     set()),
    ("Fam. Sabelsma\nHoogeinde 7\n1711 RC Hensbroek", [("Hoogeinde 7", "ADDRESS")], set()),
    # a person's line between the organisation and the address: the address may be the person's
    ("Stichting Speeltuin De Kreek\nPieter Sabelsma\nLindelaan 4", [("Lindelaan 4", "ADDRESS")], set()),
    # a register's row: the sender's cell decides
    ("Nr\tIndiener\tAdres\tPostcode\n1\tDijkhuis Advocaten (mr. K. Sabelsma)\tHerengracht 403\t1016 EK\n"
     "2\tJ. Kanterink\tGrote Waal 12\t1625 JA",
     [("Herengracht 403", "ADDRESS"), ("1016 EK", "POSTCODE"), ("Grote Waal 12", "ADDRESS"), ("1625 JA", "POSTCODE")],
     {"Herengracht 403", "1016 EK"}),
    # a municipality's letterhead: its general number 14 + area code on the address's line
    ("Belastingen en Invordering  Stadhuisplein 2  •  8232 ZX Lelystad  •  14 0320",
     [("Stadhuisplein 2", "ADDRESS"), ("8232 ZX", "POSTCODE")], {"Stadhuisplein 2", "8232 ZX"}),
    ("2;Ilse Kanterink (gemeente Oostrand, projectleider);Raadhuislaan 10;5341 GM;Oostrand;14 0412;x",
     [("Raadhuislaan 10", "ADDRESS"), ("5341 GM", "POSTCODE")], {"Raadhuislaan 10", "5341 GM"}),
    # ... not further on in a sentence, nor a home's line with a personal number
    ("Zijn buurvrouw, mevrouw Kanterink (Lindeweg 7), heeft last. Meldingen via info@oostrand.example of 14 0515.",
     [("Lindeweg 7", "ADDRESS")], set()),
    ("Mijn adres is Voorstraat 12, 8232 ZX Lelystad, bel 06 1403 2012",
     [("Voorstraat 12", "ADDRESS"), ("8232 ZX", "POSTCODE")], set()),
]


@pytest.mark.parametrize(("text", "spans", "kept"), OFFICES)
def test_organisation_office(decider: PolicyDecider, text: str, spans: list[tuple[str, str]], kept: set[str]) -> None:
    decisions = _decide_all(decider, text, spans)
    assert {v for v, d in decisions.items() if d.decision == "keep"} == kept
    assert all(decisions[v].rule == "evidence.organisation_office" for v in kept)


@pytest.mark.parametrize(("text", "value", "keep"), [
    # the location of a permit, as the law has permits published
    ("Verleende omgevingsvergunningen\n- Oudegracht 231: het wijzigen van de winkelpui", "Oudegracht 231", True),
    ("Kapvergunningen\n- Hertme, Hertmerweg 33 (perceel 12): het vellen van drie beuken", "Hertmerweg 33", True),
    # ... not a home named beside a person, nor outside a text about permits
    ("Kapvergunning aangevraagd. De heer Kanterink woont aan de Kerkstraat 5: de buren klagen.", "Kerkstraat 5",
     False),
    ("Verslag\n- Oudegracht 231: het wonen is er fijn", "Oudegracht 231", False),
    # ... nor where the item names its applicant: a named person's home
    ("Verleende vergunningen\n- Kerkstraat 5: het plaatsen van een dakkapel (aanvrager: J. Kanterink)",
     "Kerkstraat 5", False),
])
def test_permit_location(decider: PolicyDecider, text: str, value: str, keep: bool) -> None:
    decision = _decide(decider, text, value, "ADDRESS", names=("J. Kanterink",) if "J. Kanterink" in text else ())
    assert (decision.decision, decision.rule if keep else None) == (
        ("keep", "evidence.permit_location") if keep else ("redact", None))


@pytest.mark.parametrize(("between", "number", "kept"), [
    (", ", "0344 00 90 90", True), (", ", "06 12 00 90 90", False),
    # a label between
    (" op telefoonnummer ", "0344 00 90 90", True), (", tel. ", "0344 00 90 90", True),
    # other words between: the number may be someone's
    (" en mijn eigen nummer ", "0344 00 90 90", False),
])
def test_a_landline_right_after_an_organisation_is_its_general_number(
        decider: PolicyDecider, between: str, number: str, kept: bool) -> None:
    text = f"Bel de persvoorlichter van Waterschap Oostrand{between}{number}, of mail."
    org = text.index("Waterschap")
    at = text.index(number)
    detections = [Detection(org, org + len("Waterschap Oostrand"), "ORGANIZATION", 0.8, "test"),
                  Detection(at, at + len(number), "PHONE_NUMBER", 0.9, "test")]
    phone = decider.decide_document(text, detections)[1]
    assert (phone.decision == "keep") is kept
    if kept:
        assert phone.rule == "evidence.organisation_phone"


@pytest.mark.parametrize(("text", "value", "entity", "rule"), [
    # a PO box is no home
    ("Gemeente Oostrand, Postbus 24, 9050 AA Oostrand", "Postbus 24", "ADDRESS", "evidence.po_box"),
    ("Antwoordnummer 1234, 5000 VB Breestad", "Antwoordnummer 1234", "ADDRESS", "evidence.po_box"),
    # the postcode of a PO box OCR read with O for 0
    ("afd leerlingenvervoer Postbus 2OOO 15OO GA Oostrand", "15OO GA", "POSTCODE", "evidence.po_box_postcode"),
])
def test_a_po_box_is_no_home(decider: PolicyDecider, text: str, value: str, entity: str, rule: str) -> None:
    decision = _decide(decider, text, value, entity)
    assert (decision.decision, decision.rule) == ("keep", rule)


def test_an_address_in_brackets_after_an_organisation_is_its_office(decider: PolicyDecider) -> None:
    text = "de bibliotheek van Oostrand (Hoflaan 6) en mijn huis (Kerkstraat 5)"
    org = text.index("bibliotheek")
    detections = [Detection(org, org + len("bibliotheek van Oostrand"), "ORGANIZATION", 0.8, "test")]
    for value in ("Hoflaan 6", "Kerkstraat 5"):
        at = text.index(value)
        detections.append(Detection(at, at + len(value), "ADDRESS", 0.9, "test"))
    decisions = decider.decide_document(text, detections)
    assert [d.decision for d in decisions] == ["keep", "keep", "redact"]


def test_address_right_after_an_organisation_is_its_office(decider: PolicyDecider) -> None:
    text = "Stichting Buurtwerk Oost, Voorstraat 12, 3311 AB Breestad"
    org = text.index("Stichting")
    detections = [Detection(org, org + len("Stichting Buurtwerk Oost"), "ORGANIZATION", 0.8, "test")]
    for value, entity in (("Voorstraat 12", "ADDRESS"), ("3311 AB", "POSTCODE")):
        at = text.index(value)
        detections.append(Detection(at, at + len(value), entity, 0.9, "test"))
    decisions = decider.decide_document(text, detections)
    assert [d.decision for d in decisions] == ["keep", "keep", "keep"]
    assert decisions[1].rule == decisions[2].rule == "evidence.organisation_office"



def test_an_organisations_row_in_a_table_is_its_office(decider: PolicyDecider) -> None:
    text = "Lyceum De Wijde Horizon;Oostwal 175;5341 KM;Oss;0412 000 651"
    detections = [Detection(0, len("Lyceum De Wijde Horizon"), "ORGANIZATION", 0.8, "test")]
    for value, entity in (("Oostwal 175", "ADDRESS"), ("5341 KM", "POSTCODE"), ("0412 000 651", "PHONE_NUMBER")):
        at = text.index(value)
        detections.append(Detection(at, at + len(value), entity, 0.9, "test"))
    decisions = decider.decide_document(text, detections)
    assert [d.decision for d in decisions] == ["keep"] * 4


@pytest.mark.parametrize(("row", "keep"), [
    ("1 | Vereniging Turkse Ouderen Oostrand | Sabadi, Musa | Keizerstraat 55, 7411 HG | toegekend", True),
    # "p/a": the contact person's own address, given for the association
    ("1 | Vereniging Turkse Ouderen Oostrand | Sabadi, Musa | p/a Keizerstraat 55, 7411 HG | toegekend", False),
    # a one-person business carrying the contact's surname
    ("1 | Kapsalon Sabadi | Sabadi, Sharda | Keizerstraat 55, 7411 HG | toegekend", False),
])
def test_a_register_rows_address_is_the_applicants_office_unless_a_persons(
        decider: PolicyDecider, row: str, keep: bool) -> None:
    text = "Nr | Aanvrager | Contactpersoon | Adres aanvrager | Besluit\n" + row
    decision = _decide(decider, text, "Keizerstraat 55", "ADDRESS")
    assert (decision.decision == "keep") is keep, decision


def test_an_inspreker_in_the_speaker_index_stays_private(decider: PolicyDecider) -> None:
    text = (COUNCIL + "Insprekers: mevrouw Hanneke Looijen namens de bewoners.\n"
            "    00:20:59 - 00:21:14 - Hanneke Looijen\n    00:21:14 - 00:21:40 - Wessel Dijkhuizen")
    detections = [Detection(at, at + len(name), "PERSON", 0.9, "test")
                  for name, at in (("Hanneke Looijen", text.rindex("Hanneke Looijen")),
                                   ("Wessel Dijkhuizen", text.rindex("Wessel Dijkhuizen")))]
    inspreker, member = decider.decide_document(text, detections)
    assert inspreker.decision == "redact"
    assert (member.decision, member.rule) == ("keep", "evidence.speaker_index")


def test_a_party_in_brackets_is_no_person(decider: PolicyDecider) -> None:
    text = COUNCIL + "R. Abkane (Progressief Oostrand) en S. van Hamerveld (VVD)."
    decision = _decide(decider, text, "Progressief Oostrand", "PERSON")
    assert (decision.decision, decision.rule) == ("keep", "evidence.party_name")


def test_officials_imported_from_a_csv_are_kept(tmp_path: Path) -> None:
    rows = "naam;functie\nT. Oldenkamp-Brink;wethouder\n\nR. Vermeulenhof;raadslid\n"
    (tmp_path / "ambtsdragers.csv").write_text(rows, encoding="utf-8")
    (tmp_path / "beleid.yaml").write_text(
        "extends: default\nexceptions:\n  public_officials:\n    register_csv: ambtsdragers.csv\n", encoding="utf-8")
    policy = load_policy(tmp_path / "beleid.yaml")
    assert [(o.name, o.role) for o in policy.official_register] == [
        ("T. Oldenkamp-Brink", "wethouder"), ("R. Vermeulenhof", "raadslid")]
    decider = PolicyDecider(policy, load_lexicons())
    decision = _decide(decider, "Het gesprek met R. Vermeulenhof duurde kort.", "R. Vermeulenhof", "PERSON")
    assert (decision.decision, decision.rule) == ("keep", "exceptions.public_officials.register")


@pytest.mark.parametrize(("content", "message"), [
    ("naam,telefoon\nT. Oldenkamp,06\n", "needs the columns naam and functie"),
    ("name,role\nT. Oldenkamp,\n", "line 2: a name and a role needed"),
])
def test_a_bad_officials_csv_is_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    from redaction.errors import PolicyError

    (tmp_path / "a.csv").write_text(content, encoding="utf-8")
    (tmp_path / "beleid.yaml").write_text(
        "extends: default\nexceptions:\n  public_officials:\n    register_csv: a.csv\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=message):
        load_policy(tmp_path / "beleid.yaml")


@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Bakkerij Van der Lindenhof B.V. is een bv met personeel.", "Van der Lindenhof", True),
    ("Neem contact op met Installatiebedrijf Wilmsen & Zn. in Nijmegen.", "Wilmsen", True),
    # initials after the kind of business: the owner's own name, a one-person business
    ("Voor de gevels is Schildersbedrijf P. Kanting uit Borne gevraagd.", "P. Kanting", False),
    ("Loodgietersbedrijf R. van Mulderink bedoel je?", "R. van Mulderink", False),
    # a partnership or a legal form inside the span
    ("het ontwerp kwam van Landschapsbureau Veenstrama & De Haanstra.", "Landschapsbureau Veenstrama & De Haanstra",
     True),
    ("De aannemer was Hoveniersbedrijf Postmaas en Zonen uit Grou.", "Hoveniersbedrijf Postmaas en Zonen", True),
    ("het rapport van Geluidsadviesbureau Van Leeuwerik & Partners", "Van Leeuwerik & Partners", True),
    ("opgesteld door Ecologisch Adviesbureau Van der Goesman en Grootveld, mevrouw I. Brink", "Grootveld", True),
    ("Aannemerscombinatie Van Geldermans – Heijmansz voert het werk uit.",
     "Aannemerscombinatie Van Geldermans – Heijmansz", True),
    # ... also when the span is only the first partner's name: the partnership runs on past it
    ("het ontwerp kwam van Landschapsbureau Veenstrama & De Haanstra.", "Veenstrama", True),
    # a one-person business without a legal form stays personal data
    ("Kooistrahuis Advocatuur stuurde een brief.", "Kooistrahuis", False),
    ("Opgesteld door Juridisch Adviesbureau Sijbrandsma.", "Sijbrandsma", False),
    # the legal form at the end of the capitalised words that go on from the name
    ("met een verklaring van Kosterink Witgoed & Service B.V. van 7 januari", "Kosterink", True),
    # a brothers' firm has more than one owner
    ("De bomen zijn gekapt omdat Gebr. Van Kesselaar er niet langs kon.", "Van Kesselaar", True),
    ("De offerte van Bouwbedriuw Gebr. Hoekstrama zit in de bijlage.", "Bouwbedriuw Gebr. Hoekstrama", True),
    # "en" between two people is no partnership
    ("Het bureau ontving Jan Veenstrama en Piet de Haanstra.", "Jan Veenstrama", False),
    # a kind of company too big to be one person's, in small letters before the name or its partner
    ("verslagen van de ontwikkelcombinatie Dijkhuisman/Van Sabelsma over fase 2", "Dijkhuisman", True),
    ("verslagen van de ontwikkelcombinatie Dijkhuisman/Van Sabelsma over fase 2", "Van Sabelsma", True),
    ("de woningcorporatie Kanterhof verhuurt de woning", "Kanterhof", True),
    # a small firm in small letters may be one person's: it stays personal data
    ("het klusbedrijf Kanterhof deed het werk", "Kanterhof", False),
    # partners' surnames joined, then their profession in the plural: a firm of several owners
    ("15311 - Kanterink, Sabelsma en De Dijkhof advocaten, namens Ebbeltje B.V.", "Kanterink", True),
    ("15311 - Kanterink, Sabelsma en De Dijkhof advocaten, namens Ebbeltje B.V.", "De Dijkhof", True),
    ("15470 – Van Kanterink en Sabelsma notarissen, 19 december", "Van Kanterink", True),
    # ... not one person with a profession, nor two people
    ("Zienswijze van Jan Kanterink, advocaten zijn ingeschakeld.", "Jan Kanterink", False),
    ("Kanterink en Sabelsma, beiden advocaten, spraken in.", "Kanterink", False),
])
def test_firm_name(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.firm_name")


@pytest.mark.parametrize(("text", "name", "keep"), [
    ("De aanbesteding is gegund aan Heijmans; de bouw start in mei.", "Heijmans", True),
    ("Schuldeisers: CJIB € 640, Wehkamp € 1.920, Zilveren Kruis € 1.100.", "Wehkamp", True),
    ("De bouwcombinatie bestaat uit Van Hattum en Blankevoort en Dura Vermeer.", "Dura Vermeer", True),
    ("Het contract bij distributiecentrum Jan Linders werd beëindigd.", "Jan Linders", True),
    ("Hij werkte veertig jaar bij Philips en later bij Signify.", "Signify", True),
    # a common surname stays a person's even bare: not in the list ("Van der Valk", "Smit")
    ("Het diner was bij Van der Valk in Vianen.", "Van der Valk", False),
    # the document gives the name to a person: then every bare mention is that person's
    ("Heijmans wil een gesprek. Mevrouw Heijmans belde eerder over de overlast.", "Heijmans", False),
    ("Wehkamp sprak over de parkeerdruk. Inspreker was Anna Wehkamp uit de Dorpsstraat.", "Wehkamp", False),
    ("Van Wijnen vraagt om een drempel, schrijft bewoner J. van Wijnen.", "Van Wijnen", False),
    ("Heijmans vraagt een vergunning. Aanvrager: Heijmans, Sanne.", "Heijmans", False),
    # the same name with the person inside the span is no bare mention
    ("Namens de bewoners sprak Anna Wehkamp.", "Anna Wehkamp", False),
    # a mobile number right after it: the person's own
    ("Hij wil dat de Waag open mag. Contact: Bert Bakker, 06-29471836.", "Bert Bakker", False),
    ("Bel Heijmans (06 2947 1836) voor de sleutel.", "Heijmans", False),
])
def test_known_firm(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.known_firm")


@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Cameratoezicht op de Brink blijft operationeel.", "Brink", True),
    ("Kinderringrijderij op de Lange Delft met versierde fietsen.", "Lange Delft", True),
    ("Ik parkeer altijd bij de Kamp, vlak bij de school.", "de Kamp", True),
    # a surname's particles after initials or a given name, or the name given to a person elsewhere
    ("Het gaat om mevr. E. aan de Dijkhof en haar buurman.", "de Dijkhof", False),
    ("Ik sprak Jan de Kamp. Het ligt bij de Kamp.", "de Kamp", False),
    ("Mevrouw De Brink belde. Het ligt op de Brink.", "Brink", False),
    # "met", "van", "door": a surname's "de" is still written small after them
    ("Er is gebeld met de Kamp over de overlast.", "Kamp", False),
])
def test_location_after_article(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.location_after_article")


@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Een bewoner van de Hoefkade belde over de camera's.", "Hoefkade", True),
    ("Bewoners van de Lingedijk klagen over het verkeer.", "Lingedijk", True),
    # a listed surname that ends like a street, or no article before it
    ("Daarna sprak de Verlaan over de begroting.", "Verlaan", False),
    ("Hoefkade belde over de camera's.", "Hoefkade", False),
])
def test_street_name(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.street_name")


@pytest.mark.parametrize(("text", "name", "keep"), [
    ("3. Groen en spelen\nWethouder Schapendonk licht de plannen toe.", "Groen", True),
    ("7. Voortgang Groen en Parkeren Oostrandhof", "Groen", True),
    ("De brand is geblust. Water en stroom zijn afgesloten.", "Water", True),
    # beside another name, a particle, or where the document gives the word to a person
    ("Bakker en Visser belden over de overlast.", "Bakker", False),
    ("Daarna spraken Groen en de wethouder.", "Groen", False),
    ("Morgen komen de projectleider Groen en wethouder Dijkhof langs.", "Groen", False),
    ("Het gaat over allerlei zaken: Groen, bankjes, spelen en meer.", "Groen", True),
    # a comma before a clause is no series
    ("Mail aan de balie. En Winter, jij belt de aannemer over de stroomkast?", "Winter", False),
    ("Mevrouw Groen belde. Groen en water zijn haar thema.", "Groen", False),
])
def test_word_in_series(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.word_in_series")


@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Uitnodiging werksessie vervoer Zeeland\n\nHet college neemt het stuk voor kennisgeving aan.", "Zeeland", True),
    ("Morgen bespreekt de gemeenteraad van Steenbergen de begroting.", "Steenbergen", True),
    ("Activiteiten in het dorp: de kermis in Wouw en de braderie.", "Wouw", True),
    # the document gives the word to a person: a form of address, initials or a given name
    ("Mevrouw Schermer belde. Schermer wil een gesprek over de drempel.", "Schermer", False),
    ("Inspreker Jan Steenbergen vraagt het woord. Steenbergen wijst op de drukte.", "Steenbergen", False),
    ("Steenbergen, Anna vraagt een vergunning. Steenbergen woont aan de Dijk.", "Steenbergen", False),
    # a given name, more than one word, or a mobile number after it
    ("Volgens Roosendaal, 06-29471836, is het te druk.", "Roosendaal", False),
    ("Het gesprek met Lelystad is verzet.", "Lelystad", True),
])
def test_place_name(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.place_name")


# evidence.place_after_from: where someone or something comes from, towns that are surnames too
@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Het glas komt van een glazenier uit Schoonhoven. De Rijk belde.", "Schoonhoven", True),
    ("Een alleenstaande moeder uit Alphen, mevrouw K., belde over de toeslag.", "Alphen", True),
    ("Aanvraag van de heer Kanterink uit Esch. Beschikkingen volgen.", "Esch", True),
    ("Sabelsma verhuisde vanuit Zwanenburg naar de wijk.", "Zwanenburg", True),
    # what a whole consists of: a committee's members
    ("De commissie, bestaande uit Boelens, Smit en Dijkhof, meldt.", "Boelens", False),
    # the document gives the word to a person, or a given name or a mobile number goes with it
    ("Een mail uit Schoonhoven. Mevrouw Schoonhoven belde later terug.", "Schoonhoven", False),
    ("Bericht uit Sanne, de buurvrouw.", "Sanne", False),
    ("Een tip uit Kanterink, 06-29471836, over de kermis.", "Kanterink", False),
])
def test_place_after_from(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.place_after_from")


# evidence.after_neuter_article: Dutch gives a person "de", never "het"
@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Het fietspad tussen de rotonde en het Vlietbos is kapot.", "het Vlietbos", True),
    ("Hij vraagt de bomenkap in het Oostrandbos te heroverwegen.", "Oostrandbos", True),
    ("Een brief over het Sabelsma-festival kwam binnen.", "Sabelsma-festival", True),
    # "het" after a verb is the pronoun; a given name opens the name
    ("Ik vraag het Baukje Kanterink wel.", "Baukje Kanterink", False),
    ("Wij laten het aan het Femke weten.", "Femke", False),
    # a name or a form of address before the preposition: the surname's own particles
    ("Piet in het Veld belde over de brug.", "Veld", False),
    ("Gesprek met mevrouw op het Veld over de brug.", "Veld", False),
])
def test_after_neuter_article(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.after_neuter_article")


# evidence.place_in_series: a town that is a surname too, in a series of listed places
@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Het hoogwater in de Geulvallei (Valkenburg, Meerssen, Gulpen-Wittem) was zwaar.", "Valkenburg", True),
    ("Overlast in Meerssen, Eijsden en Valkenburg, vooral in het weekend.", "Valkenburg", True),
    # one place beside it: a speaker and his town
    ("Insprekers:\n1. Sabelsma, Meerssen\n2. Kanterink, Eijsden\n", "Sabelsma", False),
    # the document gives the word to a person
    ("Jan Valkenburg belde. Overlast in Meerssen, Eijsden en Valkenburg.", "Valkenburg", False),
    # not a series of single capitalised words
    ("Wij spraken Valkenburg over de wijk, Meerssen en Eijsden.", "Valkenburg", False),
])
def test_place_in_series(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.place_in_series")


@pytest.mark.parametrize(("text", "name", "keep"), [
    ("FC Oostrand speelt al sinds 1968 op Sportpark Pim Muldering.", "Pim Muldering", True),
    ("De kinderen van OBS Jan Lichtveld zongen een lied.", "Jan Lichtveld", True),
    # a fund or foundation named in one compound word ("Jeugdsportfonds", "Zorgstichting")
    ("De KNVB en het Jeugdsportfonds Nelson Mandelstra zijn op de hoogte.", "Nelson Mandelstra", True),
    ("Een bijdrage van Stichting Jan Pieterszen voor de speeltuin.", "Jan Pieterszen", True),
    ("Wij verlenen de Stichting Speeltuin Jan Lichtveld een subsidie.", "Jan Lichtveld", True),
    # a company or association named after a person (a compound names its kind)
    ("De auto is weggesleept door Bergingsbedrijf Schoutenaar.", "Schoutenaar", True),
    # the facility's kind as its own word after the name, also as OCR misread it
    ("Het Karel de Kanterink College neemt deel.", "Karel de Kanterink College", True),
    ("school van de zoon (Johan van Dijkhuis Gyrnnasium, klas 3)", "Johan van Dijkhuis Gyrnnasium", True),
    ("Het beton komt van Betoncentrale Van Boekelaar uit Druten.", "Van Boekelaar", True),
    ("het bestuur van Speeltuinvereniging Charlois-Zuid vraagt", "Speeltuinvereniging Charlois-Zuid", True),
    ("De aannemer, Combinatie Mekante Dijkhof, stemt de planning af.", "Mekante Dijkhof", True),
    ("Bij Banketbakkerij Van der Schaftel in Krommenie, een familiebedrijf.", "Van der Schaftel", True),
    # ... but not a business whose owner the document names: a one-person firm is its owner's name
    ("6\t08-07-2031\tHoveniersbedrijf Zeemanse\tZeemanse, Arjen\tHoogeinde 7", "Zeemanse", False),
    # a café, shop, practice or agency named after its founder, its kind written small or not ...
    ("De meldingen betroffen café De Gouden Leeuwerik aan de Rijksweg.", "De Gouden Leeuwerik", True),
    ("De speeltuindag wordt door bakkerij Van der Kolkema gesponsord.", "Van der Kolkema", True),
    ("Nazorg gebeurt bij Maatschap Huisartsen De Boerema in de wijk.", "De Boerema", True),
    ("Het geld loopt via Bewindvoering Van Kempenaar.", "Bewindvoering Van Kempenaar", True),
    ("Ik sta op de markt naast Kaashandel Den\nHollandera.", "Kaashandel Den\nHollandera", True),
    ("Ook Jachtwerf De Geau en Botenverhuur Tjerk Hiddesma zijn geïnformeerd.", "Tjerk Hiddesma", True),
    ("In de werf van Scheepswerf Van der Meulenaar in Sneek ligt ons skûtsje.", "Van der Meulenaar", True),
    ("Materiaal kunt u halen bij Bouwcenter Hooghoudtsma.", "Hooghoudtsma", True),
    ("Mevrouw Dijkhof, voorzitter Bomenbond Rijnland, spreekt in.", "Bomenbond Rijnland", True),
    ("Het college heeft met Flexwerk De Grootema gesproken.", "Flexwerk De Grootema", True),
    # ... its whole name again names no owner; a person marked so bearing it does
    ("Een feesttent bij café De Gouden Leeuwerik. Afspraken met De Gouden Leeuwerik.", "De Gouden Leeuwerik", True),
    ("Gesponsord door bakkerij Van der Kolkema. De heer Van der Kolkema belde.", "Van der Kolkema", False),
    # ... but its owner's when the document names the owner (each part of a double surname counts)
    ("Mijn naam is Emre Aksoyan. Ik heb Bakkerij Aksoyan aan de Agorahof.", "Aksoyan", False),
    ("De heer Oude Nijhuisma schrijft over zijn maatschap Oude Nijhuisma-Schuppert.", "Oude Nijhuisma-Schuppert",
     False),
    # ... and the trade is no business: "de bakker Jan Smit" is a man
    ("Volgens de bakker Jan Smitsma is de stoep te smal.", "Jan Smitsma", False),
    # ... also where the name model took the facility word into the span
    ("Kinderen van de Montessorischool Maria Montessoria zongen.", "Montessorischool Maria Montessoria", True),
    ("Opvang bij KDV Kleine Jan Klaassens is aangevraagd.", "KDV Kleine Jan Klaassens", True),
    # ... and a name that is itself the school
    ("twee kinderen op de Dr. A. Schweitzerschool in Zeist", "Dr. A. Schweitzerschool", True),
    # a surname ending like a church is a surname
    ("Hij sprak met Jan Verkerk over de brug.", "Jan Verkerk", False),
    # an organisation's own name ends the facility: the person after it is a person
    ("Namens Stichting Present Fatima Yilmazoglu, coördinator.", "Fatima Yilmazoglu", False),
    # a facility word written small is no part of a proper name
    ("Zij wil graag dicht bij school Parwanah blijven.", "Parwanah", False),
    # a span that runs over table cells holds more than the facility's name
    ("Stichting Cornelis Ketelaar;Toegekend;AvO", "Cornelis Ketelaar;Toegekend;AvO", False),
    # the kind of business as the span's last word: a firm's name, unless the name is a person's
    # elsewhere in the document, or a given name and one word ("Piet Transport" is a person)
    ("Cliënt heeft een schuld aan Van der Valkema Autoverhuur.", "Van der Valkema Autoverhuur", True),
    ("De uitbreiding bij Jan de Rijkema Logistics valt buiten de regio.", "Jan de Rijkema Logistics", True),
    ("Mevrouw Riet Valkema belde. Ook Van der Valkema Autoverhuur belde.", "Van der Valkema Autoverhuur", False),
    ("Gesprek met Piet Transport over de zaak.", "Piet Transport", False),
    ("In de mails staan ook berichten van Van Gilsma Projectontwikkeling.", "Van Gilsma Projectontwikkeling", True),
    ("Contactpersoon is Van der Meulenga Recycling.", "Van der Meulenga Recycling", True),
    # a facility word on the line before the name, or closing it
    ("Zij verwijst naar Woonzorgcentrum\nAnne Flokstrama en verder niets.", "Anne Flokstrama", True),
    ("Zij verwijst naar het Johannes Hospitium in de stad.", "Johannes Hospitium", True),
    # ... not after a form of address
    ("Gesprek met mevrouw Anna Hospitium over de zaak.", "Anna Hospitium", False),
    # a name inside a foundation's name, other words before it and an ordinary word closing it
    ("Namens Stichting Mama Efua Zorgt vraag ik subsidie aan.", "Efua Zorgt", True),
    ("Stichting Tante Riek Wijkbus t.a.v. de heer Lubbers.", "Riek Wijkbus", True),
    # ... not a name that closes it
    ("Stichting Present Fatima Yilmazoglu belde gisteren.", "Fatima Yilmazoglu", False),
    # a firm's name with its kind of business, twice: the second names no owner of the first
    ("Ondertekend door Jan de Kanterink Logistics. Uitbreiding bij Jan de Kanterink Logistics in Roosendaal.",
     "Jan de Kanterink Logistics", True),
    # a kinship or calling before a given name, the whole of the foundation's name
    ("Subsidie aan Stichting Tante Truus voor het maatjesproject.", "Truus", True),
    ("Stichting Pater Gerard ontvangt de bijdrage.", "Gerard", True),
    # the facility's name goes on after the span: particles, capitalised words, the facility's word
    ("Zofia zit op het Johan van Oldenbarnevelt Gymnasium in Amersfoort.", "Johan", True),
    ("De kinderen van de Dr. Aletta Jacobsschool zongen een lied.", "Aletta", True),
    ("De zaal heet voortaan de Kees Lievensezaal.", "Kees Lievensezaal", True),
    ("Evenement: Asser Streetfood Festival 2024, Koopmansplein.", "Asser Streetfood Festival", True),
    ("Namens de buurt sprak Anna Emmerzaal.", "Anna Emmerzaal", False),
    # ... not a surname that ends like one, nor after a form of address
    ("Anna Oosterhuis belde over de school.", "Anna", False),
    ("Groep 5: leerkracht juf Marloes School voor de ouders.", "Marloes", False),
    # ... nor a person named before the foundation they work for
    ("Ook vrijwilliger Jan-Hendrik Pas van Stichting Zwolle Schoon helpt mee.", "Jan-Hendrik Pas", False),
])
def test_named_after(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.named_after")


@pytest.mark.parametrize(("text", "name"), [
    ("De wethâlder Sytske Hoekstraat hat it wurd.", "Sytske Hoekstraat"),
    # a water board's and a province's offices in Frisian
    ("Foarsitter: dykgraaf L. Rienks-Dijkhof Sekretaris-direkteur: G. Sabelsma", "L. Rienks-Dijkhof"),
    ("Foarsitter: dykgraaf L. Rienks-Dijkhof Sekretaris-direkteur: G. Sabelsma", "G. Sabelsma"),
    ("A. Kanterink, provinsjesekretaris J. de Lange-Dijkhof, Ferslach: T. Hellinga", "J. de Lange-Dijkhof"),
    # a ministry's name with commas between the office and the name
    ("Brief van de minister van Volksgezondheid, Welzijn en Sport, mw. drs. C.A. Kanterink, over de middelen.",
     "C.A. Kanterink"),
    # appointed to an office or a council committee in minutes
    ("De raad benoemt na schriftelijke stemming mevrouw A. Kanterink-Rutten tot plaatsvervangend griffier.",
     "A. Kanterink-Rutten"),
    ("De raad benoemt de heer R. Dijkhof tot lid van de commissie Economie.", "R. Dijkhof"),
    # the water board's secretary-director written with a slash, as older minutes do
    ("voorzitter : de heer J.J. Dijkhof secretaris/directeur : de heer J.M.G. In den Sabel", "J.M.G. In den Sabel"),
])
def test_offices_named_by_their_title(decider: PolicyDecider, text: str, name: str) -> None:
    decision = _decide(decider, text, name, "PERSON")
    assert (decision.decision, decision.rule) == ("keep", "exceptions.public_officials.titles")


REGISTER = ("Inspraakregister raadscommissies Oostrand\n\n"
            "nr;datum;commissie;naam inspreker;onderwerp;voorzitter\n"
            "IR-01;09-01-2031;Beheer;Kees Mulderink;bomenkap;Sanne Hoogeland\n")


def test_office_column(decider: PolicyDecider) -> None:
    chair = _decide(decider, REGISTER, "Sanne Hoogeland", "PERSON")
    assert (chair.decision, chair.rule) == ("keep", "evidence.office_column")
    assert _decide(decider, REGISTER, "Kees Mulderink", "PERSON").decision == "redact"
    # an association's register has a chair too: not an official outside documents of an elected body
    board = "Subsidieregister sportverenigingen\n\nvereniging;voorzitter\nVV Oostrand;Sanne Hoogeland\n"
    assert _decide(decider, board, "Sanne Hoogeland", "PERSON").decision == "redact"
    wethouder = "besluit;datum;portefeuillehouder\nB-01;02-03-2031;Marit Zandvliet\n"
    assert _decide(decider, wethouder, "Marit Zandvliet", "PERSON").rule == "evidence.office_column"
    # a list of names in prose cut at semicolons (as from a PDF) is no table: "wethouder" heads nothing
    minutes = ("Aanwezig: K. Bakkerink (D66); burgemeester J. Hoogstraat; wethouder\n"
               "D. Groenhof; griffier C. van Assenburg; notulist R. Wijnandsma.\n")
    assert _decide(decider, minutes, "R. Wijnandsma", "PERSON").decision == "redact"


def _decide_with_names(decider: PolicyDecider, text: str, value: str, entity: str, source: str,
                       names: tuple[str, ...]):
    """The decision on ``value`` (found by ``source``) beside PERSON detections of ``names``."""
    at = text.index(value)
    detections = [Detection(at, at + len(value), entity, 0.9, source)]
    for name in names:
        start = text.index(name)
        detections.append(Detection(start, start + len(name), "PERSON", 0.9, "test"))
    return next(d for d in decider.decide_document(text, detections) if d.start == at)


# a mailbox's or a site's domain built from a person's name of the document (a one-person firm)
@pytest.mark.parametrize(("text", "value", "names", "redact"), [
    ("Gemachtigde: mr. S. Hermansma-Pinto, info@hermansmaadvocatuur.example", "info@hermansmaadvocatuur.example",
     ("S. Hermansma-Pinto",), True),
    # a facility or a company named after someone, or a foundation in the display name: its own mailbox
    ("Speeltuin Jan Ligtharting: info@speeltuinjanligtharting.example", "info@speeltuinjanligtharting.example",
     ("Jan Ligtharting",), False),
    ("Martijn Dekkerink, info@gebrdekkerink.example", "info@gebrdekkerink.example", ("Martijn Dekkerink",), False),
    ("Van: Stichting Mama Efua Zorgt <info@mamaefuazorgt.example>", "info@mamaefuazorgt.example", ("Mama Efua",),
     False),
    # the body's own domain is no name
    ("Wethouder Jan Kanterink, info@deventer.example", "info@deventer.example", ("Jan Kanterink",), False),
    # the rest of a general inbox's local part is her name and her trade
    ("Van: Ingrid Kanterdouw <info.kanterdouwboerenkaas@kpnmail.example>",
     "info.kanterdouwboerenkaas@kpnmail.example", ("Ingrid Kanterdouw",), True),
    ("Van: Ingrid Kanterdouw\nCC: info.gemeente@gouda.example", "info.gemeente@gouda.example", ("Ingrid Kanterdouw",),
     False),
])
def test_a_domain_named_after_a_person_makes_a_mailbox_personal(
        decider: PolicyDecider, text: str, value: str, names: tuple[str, ...], redact: bool) -> None:
    decision = _decide_with_names(decider, text, value, "EMAIL_ADDRESS", "EmailRecognizer", names)
    assert (decision.decision == "redact") is redact, decision


# evidence.general_link: a web address without a name of the document is public information
@pytest.mark.parametrize(("text", "value", "names", "redact"), [
    ("Foto's: fotograaf Pim Rasenbergh, www.pimrasenberghfoto.example", "www.pimrasenberghfoto.example",
     ("Pim Rasenbergh",), True),
    ("De petitie van mevrouw Wiegmanns (petities.example/fietspad-weg-wiegmanns).",
     "petities.example/fietspad-weg-wiegmanns", ("Wiegmanns",), True),
    ("Meer over subsidies op www.deventer.example/subsidies, aldus Pim Rasenbergh.", "www.deventer.example/subsidies",
     ("Pim Rasenbergh",), False),
])
def test_general_link(decider: PolicyDecider, text: str, value: str, names: tuple[str, ...], redact: bool) -> None:
    from redaction.recognizers.web_address import WEB_ADDRESS_SOURCE

    decision = _decide_with_names(decider, text, value, "URL", WEB_ADDRESS_SOURCE, names)
    assert (decision.decision == "redact") is redact, decision
    if not redact:
        assert decision.rule == "evidence.general_link"


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at bracket depth 0 (escapes and character classes honoured)."""
    parts, depth, current, i = [], 0, "", 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current += pattern[i:i + 2]
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(current)
            current = ""
            i += 1
            continue
        current += ch
        i += 1
    return [*parts, current]


def test_every_apologies_phrase_holds_a_prefilter_word() -> None:
    # absent_with_notice answers no without its searches where none of _APOLOGIES_WORDS stands
    # near the name: each way of writing the apologies must hold one of them literally.
    from redaction.policy import evidence

    alternatives = _top_level_alternatives(evidence._APOLOGIES_PHRASE)
    assert len(alternatives) >= 4
    for alternative in alternatives:
        assert any(word in alternative for word in evidence._APOLOGIES_WORDS), alternative
    assert all(word.isascii() and word == word.lower() for word in evidence._APOLOGIES_WORDS)


def test_apologies_are_found_with_the_prefilter() -> None:
    text = ("Notulen van de vergadering van de gemeenteraad van Almere.\n"
            "Afwezig met kennisgeving: de heer K. Sabelsma en mevrouw F. Dijkhof.\n"
            "Opening door de voorzitter. De heer Kanterink (PRO) is afwezig met bericht van verhindering.\n")
    evidence = Evidence(text, load_lexicons())
    assert evidence.council_minutes
    for name, expected in (("K. Sabelsma", True), ("F. Dijkhof", True), ("Kanterink", True), ("voorzitter", False)):
        at = text.index(name)
        assert evidence.absent_with_notice(at, at + len(name)) is expected, name


def test_the_list_header_prefilter_finds_what_the_pattern_finds() -> None:
    # _last_header skips its search in a line without a colon, "te weten" or a label alone: the
    # answer must be the full search's on every way a header is written, and on lines without one.
    from redaction.policy import evidence

    labels = ["Aanwezig", "aanwezigen", "Leden", "raadsleden", "Statenleden", "fractievoorzitters", "Heemraden",
              "hoofdingelanden", "Afwezig met kennisgeving", "met kennisgeving afwezig",
              "Bericht van verhindering van", "Voorzitter", "plv. voorzitter", "namens het college", "Wethouders",
              "aanwezige raadsleden", "Aanwezig zijn de leden", "de volgende leden, te weten", "Voor stemden",
              "stemmen tegen", "Voor (19)", "Stembureau", "commissie geloofsbrieven", "wethâlders"]
    segments = []
    for label in labels:
        segments += [f"{label}: ", f"  {label}  ", f"{label} ", f"{label.upper()}: mevrouw ", f"{label} te weten ",
                     f"Vergadering.  {label} (ter info): ", f"de heer Jansen {label}: ", f"Over {label} gesproken, "]
    segments += ["Stemming: voor Esajas, Schaafsma; tegen ", "Stemming: voor ", "De voorzitter trekt nummer 27: ",
                 "Trekking stemmingsnummer 8: ", "categorie Ongebouwd: de heer ", "Gisteren sprak de heer ",
                 "Ter vergadering zijn tegenwoordig de volgende leden, te weten: ", "AANWEZIG", "", "   "]
    for segment in segments:
        found = list(evidence._LIST_HEADER.finditer(segment))
        expected = found[-1].span() if found else None
        got = evidence._last_header(segment)
        assert (got.span() if got else None) == expected, segment


@pytest.mark.parametrize(("words", "pattern_name"), [
    ("_PAPER_KIND_WORDS", "_PAPER_SUBMITTERS_BEFORE"),
    ("_BODY_MEMBERS_WORDS", "_BODY_MEMBERS_IN_BRACKETS_BEFORE"),
])
def test_the_bracket_list_prefilters_hold_every_alternative(words: str, pattern_name: str) -> None:
    # council_paper and body_members_in_brackets search 300 characters back only where one of these
    # words stands there: each way the pattern can open must hold one of them literally.
    from redaction.policy import evidence

    prefilter = getattr(evidence, words)
    pattern = getattr(evidence, pattern_name).pattern
    # the first group "(?:...)" of the pattern: the alternatives it opens with
    start = pattern.index("(?:") + 3
    depth, end = 1, start
    while depth:
        if pattern[end] == "\\":
            end += 2
            continue
        depth += {"(": 1, ")": -1}.get(pattern[end], 0)
        end += 1
    alternatives = _top_level_alternatives(pattern[start:end - 1])
    assert len(alternatives) >= 2
    for alternative in alternatives:
        assert any(word in alternative.lower() for word in prefilter), alternative
    assert all(word.isascii() and word == word.lower() for word in prefilter)


# evidence.acronym: an acronym spelt out in brackets beside it, in ordinary words
@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Welke afspraken zijn er met Zio (Zorg in Ontwikkeling) over de praktijk?", "Zio", True),
    ("Namens de Stichting Wonen Limburg (SWL) sprak een bewoner.", "SWL", True),
    ("Het advies van Wbo (Wijkraad Bloemenbuurt Oost) volgt.", "Wbo", True),
    # a person's initials spelt out in brackets, or words that do not give the letters
    ("Opgesteld door JdV (Jan de Vries), consulent.", "JdV", False),
    ("Gesprek met Kanter (Zorg in Ontwikkeling) over de wachtlijst.", "Kanter", False),
    ("Mevrouw Tazelaar (Zorg in Ontwikkeling) belde terug.", "Tazelaar", False),
])
def test_acronym(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.acronym")


# evidence.place_after_postcode: the town of an address, also where it is a surname too
@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Gemeente, Postbus 5009, 8260 GA Kampen", "Kampen", True),
    ("Adres: Meipoortstraat 17, 6981 BH Doesburg.\nAchtergrond", "Doesburg", True),
    ("Hoogstraat 71, 5345 AB Oss, schreef ons", "AB Oss", True),  # the postcode's letters read into it
    ("Postadres: Postbus 14, 2800 AA Alphen aan den Rijn", "Alphen aan den Rijn", True),
    # a name on the line after the address, or after a postcode that more text follows on its line
    ("Voorstraat 1\n3311 AB Dordrecht\nJan Kanterink", "Jan Kanterink", False),
    ("Postcode 3311 AB Jan Kanterink belde over zijn aanslag.", "Jan Kanterink", False),
])
def test_place_after_postcode(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.place_after_postcode")


# evidence.english_question: an English auxiliary before its subject, or a contraction
@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Can you confirm whether the municipality agrees?", "Can", True),
    ("Thanks again. Will you be able to confirm the programme?", "Will", True),
    ("Can't wait 😁", "Can't", True),
    # a name after all: no subject follows, or a comma sets it off
    ("Will Kanterink called yesterday.", "Will", False),
    ("Will, you said you would call.", "Will", False),
])
def test_english_question(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.english_question")


# evidence.product_name and evidence.mail_boilerplate: an app named after the word for it, a mail
# program's line above a forwarded message
@pytest.mark.parametrize(("text", "name", "keep", "rule"), [
    ("Meldingen graag ook via de app Fixi of 0800-1234 000.", "de app Fixi", True, "evidence.product_name"),
    ("Een bewoner meldt dat de app Kanterix vol staat.", "Kanterix", True, "evidence.product_name"),
    ("T 14 078\n---------- Forwarded message ---------\nVan: Stichting Oost", "Forwarded message", True,
     "evidence.mail_boilerplate"),
    # a person after the word "app" as a verb or noun of something else
    ("Ik app Kees Kanterink morgen even.", "Kees Kanterink", False, "evidence.product_name"),
])
def test_product_and_boilerplate(decider: PolicyDecider, text: str, name: str, keep: bool, rule: str) -> None:
    _assert_kept_by(decider, text, name, keep, rule)


# evidence.role_code: a role's code in square brackets before a speaker in a log or a chat
@pytest.mark.parametrize(("text", "name", "keep"), [
    ("02:31 [OvD-BZ] Ellen Kanterink: Ter plaatse.", "OvD-BZ", True),
    ("03:30 [HOvD] Marieke ter Dijkhof: Opschaling naar GRIP 2.", "HOvD", True),
    ("02:33 [AOV Hengelo] Tim Sabelsma: Bevestigd.", "AOV Hengelo", True),
    # a speaker's own name in square brackets, and a code that no speaker follows
    ("[12:03] [Jan Pieters]: bericht", "Jan Pieters", False),
    ("Zie verslag [JdV], blz. 2.", "JdV", False),
])
def test_role_code(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.role_code")


# evidence.quoted_title: a name in quotes after a noun for a programme, project or building
@pytest.mark.parametrize(("text", "name", "keep"), [
    ("Thema: de Aanpak Armoede en Schulden 'Mei Elkoar'. Wethouder Dijkhof licht toe.", "Mei Elkoar", True),
    ('Het gaat om de kop-hals-rompboerderij "Kanterink State" op uw perceel.', "Kanterink State", True),
    ('Een Doorstroomregeling "Van Groot naar Beter" voor ouderen.', "Van Groot naar Beter", True),
    # a person's name in quotes after a comma or a verb, and initials
    ('De buurman, "Kees", belde over de hond.', "Kees", False),
    ('Ik belde "Kees Kanterink" gisteren.', "Kees Kanterink", False),
    ("Het project 'J. Dijkhof' loopt.", "J. Dijkhof", False),
])
def test_quoted_title(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.quoted_title")


# evidence.rsin: a legal person's number labelled so, though it passes the 11-proef
@pytest.mark.parametrize(("text", "keep"), [
    ("Vereniging Oostrand\nRSIN of het fiscaal nummer: 813403078\n", True),
    ("Fiscaal nummer (RSIN): 813403078", True),
    ("BSN: 813403078", False),
    ("RSIN 12345 en BSN van de aanvrager: 813403078", False),
])
def test_rsin(decider: PolicyDecider, text: str, keep: bool) -> None:
    decision = _decide(decider, text, "813403078", "NL_BSN")
    assert (decision.decision == "keep") is keep
    if keep:
        assert decision.rule == "evidence.rsin"


# evidence.place_after_address: the place after a house number and "te"
@pytest.mark.parametrize(("text", "name", "keep"), [
    ("De vergadering is in het dorpshuis, Kornoeljeplein 1 te Vries.", "Vries", True),
    ("Stichting Oostrand, gevestigd te Boer, vraagt subsidie aan.", "Boer", True),
    # "te" after a given name opens a surname
    ("De brief is van Jan te Vries uit Assen.", "Jan te Vries", False),
])
def test_place_after_address(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.place_after_address")


# evidence.animal_name: a name in quotes after the animal, or a breed named like a person
@pytest.mark.parametrize(("text", "name", "keep"), [
    ('Een bruine labrador met de naam "Bakker", rende naar een kind.', "Bakker", True),
    ('Mevrouw Dijkhof, wandelaar met haar hond "Bas" (een beagle), verklaarde het.', "Bas", True),
    ('Hond los op het parcours, naam "Doutzen", eigenaar: J. Kanterink.', "Doutzen", True),
    ("Hond, een Jack Russell genaamd Kees, rent tussen fietsers door.", "Jack Russell", True),
    # a person in quotes, or a man called so
    ('De buurman, "Kees", belde over de hond.', "Kees", False),
    ("Gesprek met Jack Russell over de bomen.", "Jack Russell", False),
    ("De hond van Kees Kanterink blafte.", "Kees Kanterink", False),
])
def test_animal_name(decider: PolicyDecider, text: str, name: str, keep: bool) -> None:
    _assert_kept_by(decider, text, name, keep, "evidence.animal_name")


# ... also after a member known by the party in brackets, a local party no list knows after it
@pytest.mark.parametrize(("name", "kept"), [("Ch.C. de Kanterink", True), ("L.A. Dijkhof", True),
                                             ("J. Sabelsma", False)])
def test_a_list_after_a_party_member_goes_on(decider: PolicyDecider, name: str, kept: bool) -> None:
    text = (COUNCIL + "Na de schorsing spreken W.G. Dijkhuis-Visser (PvdA) Ch.C. de Kanterink (OPD) "
            "L.A. Dijkhof (WHD), J. Sabelsma, bewoner van de Dorpsstraat.")
    spans = [(n, "PERSON") for n in ["W.G. Dijkhuis-Visser", "Ch.C. de Kanterink", "L.A. Dijkhof", "J. Sabelsma"]]
    decisions = _decide_all(decider, text, spans)
    assert (decisions[name].decision == "keep") is kept


# evidence.members_list, carried along a long list: the next item of a list of members is a member
@pytest.mark.parametrize(("name", "kept"), [
    ("P. Dijkhof", True), ("H. Sabelsma", True), ("F.J. Kanterink", True),
    # an item with a private role after it is no member
    ("J. Dijkhuis", False),
])
def test_a_list_of_members_goes_on_past_its_labels_reach(decider: PolicyDecider, name: str, kept: bool) -> None:
    names = [f"{initial}. Lidnaam{n}" for n, initial in enumerate("ABCDEFGHKLMNOPRSTUVW")]
    text = (COUNCIL + "Aanwezig de leden: " + ", ".join(names) + ", P. Dijkhof, H. Sabelsma en F.J. Kanterink, "
            "J. Dijkhuis (inspreker).")
    spans = [(n, "PERSON") for n in [*names, "P. Dijkhof", "H. Sabelsma", "F.J. Kanterink", "J. Dijkhuis"]]
    decisions = _decide_all(decider, text, spans)
    assert (decisions[name].decision == "keep") is kept
    if kept:
        assert decisions[name].rule == "evidence.members_list"


# ... in old minutes that open "Voorzitter: X Griffier: Y" on one line and count the members present,
# with degrees before the names, written without full stops, and an item no recognizer took for a name
@pytest.mark.parametrize(("name", "kept"), [
    ("P. Dijkhof", True), ("H. Sabelsma", True), ("F.J. Kanterink", True), ("A.B. Dijkhuis", True),
    ("J. Sabelsma-Dijk", False),
])
def test_a_long_list_with_degrees_goes_on(decider: PolicyDecider, name: str, kept: bool) -> None:
    names = [f"{initial}. Lidnaam{n}" for n, initial in enumerate("ABCDEFGHKLMNOPRSTUVW")]
    text = ("1 Verslag van het verhandelde in de vergadering van 6 november 1995\n\n2 Voorzitter: dr J.A. Kanters "
            "Griffier: drs C.J.N. Sabel 1. Opening Bij de opening van de vergadering zijn tegenwoordig 67 leden te "
            "weten: ir " + ", ".join(names) + ", mw mr P. Dijkhof, drs ir H. Sabelsma, J. Achterstraat, ing "
            "F.J. Kanterink. Later is de presentielijst nog getekend door: A.B. Dijkhuis.\n\n"
            "2. Mededelingen\nDe heer J. Sabelsma-Dijk (inspreker) vraagt het woord.")
    spans = [(n, "PERSON") for n in [*names, "P. Dijkhof", "H. Sabelsma", "F.J. Kanterink", "A.B. Dijkhuis",
                                     "J. Sabelsma-Dijk"]]
    decisions = _decide_all(decider, text, spans)
    assert (decisions[name].decision == "keep") is kept


def test_a_foundation_in_brackets_starts_no_list_of_members(decider: PolicyDecider) -> None:
    text = "Besproken met: Jolanda Dijkhof (Stichting Samen Thuis Oostrand); Gert-Jan Sabelsma (Juridische Zaken)"
    decisions = _decide_all(decider, text, [("Jolanda Dijkhof", "PERSON"), ("Gert-Jan Sabelsma", "PERSON")])
    assert {name: d.decision for name, d in decisions.items()} == {"Jolanda Dijkhof": "redact",
                                                                   "Gert-Jan Sabelsma": "redact"}


# evidence.attendance_list in a run of labels each with its colon: the values in the labels' order,
# the last names the notulist's where the run ends in such a label
COLON_RUN = ("NOTULEN van de openbare vergadering van de gemeenteraad\nVoorzitter: Wethouders: Griffier: Verslag: "
             "Mevrouw A. van Dijkhof-Kuiper Mevrouw M. Kanterink, de heer G. Sabelsma en de heer J. Dijkhuis "
             "Mevrouw M.G. Kanterhof Mevrouw K. Sabelhuizen 1. Opening en vaststelling agenda")
COLON_NAMES = ["A. van Dijkhof-Kuiper", "M. Kanterink", "G. Sabelsma", "J. Dijkhuis", "M.G. Kanterhof",
               "K. Sabelhuizen"]


@pytest.mark.parametrize(("name", "kept"), [(n, n != "K. Sabelhuizen") for n in COLON_NAMES])
def test_a_run_of_colon_labels_gives_its_values_their_offices(decider: PolicyDecider, name: str, kept: bool) -> None:
    decisions = _decide_all(decider, COLON_RUN, [(n, "PERSON") for n in COLON_NAMES])
    assert (decisions[name].decision == "keep") is kept


def test_a_short_run_of_colon_labels_says_nothing(decider: PolicyDecider) -> None:
    text = COUNCIL + "Voorzitter: Verslag: Mevrouw A. Dijkhof Mevrouw K. Sabelhuizen 1. Opening"
    decisions = _decide_all(decider, text, [("K. Sabelhuizen", "PERSON")])
    assert decisions["K. Sabelhuizen"].rule != "evidence.attendance_list"


@pytest.mark.parametrize(("text", "minutes"), [
    # a clerk's label opening its line: only an elected body has a griffier
    ("Notulen van de fysieke vergadering van 9 maart\n\nVoorzitter: de heer J. Kanterink\n\n"
     "Griffier: de heer B. Dijkhof\n", True),
    ("Verslag van de ledenvergadering\n\nVoorzitter: de heer J. Kanterink\n\nNotulist: mevrouw B. Dijkhof\n", False),
    # ... after the chair's on one line, as PDF text runs them on; the count of members present
    ("Verslag van het verhandelde\n\n2 Voorzitter: dr J.A. Kanterink Griffier: drs C.J.N. Dijkhof 1. Opening", True),
    ("Verslag van het verhandelde\n\nBij de opening zijn tegenwoordig 41 leden, te weten: ...", True),
    ("Verslag van de ledenvergadering\n\nVoorzitter: de heer J. Kanterink, secretaris: B. Dijkhof", False),
    ("Verslag van de ledenvergadering\n\nAanwezig: 41 leden van de vereniging.", False),
    # an objection committee's advice among the decisions does not make them that committee's minutes;
    # its own heading or a hearing does
    ("Besluitenlijst vergadering Gedeputeerde Staten\nAanwezig: A. Kanterink, B. Dijkhof\n\n" + "Nr. | Onderwerp\n"
     + "1. Subsidie sportvelden | conform\n" * 20 + "14. Bezwaar X | conform advies Adviescommissie "
     "Bezwaarschriften: ongegrond\n", True),
    ("Adviescommissie Bezwaarschriften gemeente Oostrand\nVerslag van de vergadering van de commissie Bestuur\n",
     False),
    # a foundation's board: "Algemeen bestuurslid" is no water board's general board
    ("BESTUURSSAMENSTELLING:\n\nVoorzitter: mw. N. Kanterink\nSecretaris: dhr. J. Dijkhof\nAlgemeen bestuurslid: "
     "dhr. H. Sabelsma\n", False),
])
def test_minutes_of_an_elected_body_by_their_clerk(text: str, minutes: bool) -> None:
    assert Evidence(text, load_lexicons()).council_minutes is minutes


def test_a_groups_display_name_is_the_groups_in_every_header_of_a_thread(decider: PolicyDecider) -> None:
    text = ("From: Sanne Kanterink <s.kanterink@oostrand.example>\nTo: Verzuim OLV <verzuim@oostrand.example>\n"
            "Cc: Verzuim OLV <verzuim@oostrand.example>\nSubject: leerling\n")
    first = text.index("Verzuim OLV")
    second = text.index("Verzuim OLV", first + 1)
    detections = [Detection(at, at + len("Verzuim OLV"), "PERSON", 0.9, "test") for at in (first, second)]
    decisions = decider.decide_document(text, detections)
    assert [d.rule for d in decisions] == ["evidence.mailbox_display_name"] * 2


def test_a_column_under_a_plural_office_is_its_members(decider: PolicyDecider) -> None:
    """rules._heads_a_column: the names under a member kept for the plural office that labels the
    column ("raadsleden   R. X (ag 3,4)") are members too, down the column."""
    text = ("Afsprakenlijst voorbereidende vergadering van de gemeenteraad\n\naanwezig:\n\n"
            "raadsleden                R.Kanterink (ag 3,4,5)\n"
            "                          S.Dijkhof (ag 3,4,5)\n"
            "                          M. Sabelsma (ag 3,4)\n\n"
            "Insprekers: de heer T. Dijkhuis over de brug.\n")
    names = ("R.Kanterink", "S.Dijkhof", "M. Sabelsma", "T. Dijkhuis")
    decisions = decider.decide_document(text, [
        Detection(text.index(n), text.index(n) + len(n), "PERSON", 0.9, "test") for n in names])
    assert [d.decision for d in decisions] == ["keep", "keep", "keep", "redact"]
