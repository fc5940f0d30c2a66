"""Policy exceptions: officials in their role, functional mailboxes, the body's own details."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from redaction.errors import PolicyError
from redaction.policy import Detection, PolicyDecider, load_policy
from redaction.policy.model import parse_policy


@pytest.fixture(scope="module")
def decider() -> PolicyDecider:
    return PolicyDecider(load_policy())


def _decide(decider: PolicyDecider, text: str, needle: str, entity: str):
    start = text.index(needle)
    return decider.decide(text, Detection(start, start + len(needle), entity, 0.9, "test"))


@pytest.mark.parametrize(
    ("text", "name", "decision"),
    [
        ("Wethouder Jansen opende de vergadering.", "Jansen", "keep"),
        ("Dit bespraken wij met burgemeester mr. P. van Dalen.", "P. van Dalen", "keep"),
        ("De burgemeester van Dordrecht, de heer A. Kramer, sprak.", "A. Kramer", "keep"),
        ("Volgens Els Vermeulen, raadslid, is dit onjuist.", "Els Vermeulen", "keep"),
        ("Brief van minister De Graaf aan de Kamer.", "De Graaf", "keep"),
        ("Met vriendelijke groet,\n\nJ. de Wit\nGriffier van de gemeenteraad", "J. de Wit", "keep"),
        ("Ik sprak met de wethouder over de zaak van Piet Jansen.", "Piet Jansen", "redact"),
        ("Mevrouw Jansen belde over haar uitkering.", "Jansen", "redact"),
        ("Met vriendelijke groet,\n\nJ. de Wit\nteamleider Wijkteam", "J. de Wit", "redact"),
        # a degree before the signer's name, the office on the line under it
        ("Hoogachtend,\nGedeputeerde Staten van Oostrand,\nnamens dezen,\n\nmr. P.H. Kanterink\ngedeputeerde",
         "P.H. Kanterink", "keep"),
        # an office ending a line, the form of address and the name opening the next
        ("De burgemeester verwijst naar de gemeentesecretaris,\nde heer P.A. Dijkhof, die het uitlegt.",
         "P.A. Dijkhof", "keep"),
        ("Hij sprak met de wethouder.\nDe heer Dijkhof vond het te duur.", "Dijkhof", "redact"),
        # A list of officials: later names keep the title of the first.
        ("Aanwezig: raadsleden Glenn Lie A Kwie (D66) en Eva Prins (SP).", "Eva Prins", "keep"),
        ("Wethouders Van Dam, De Boer en Yilmaz waren er ook.", "Yilmaz", "keep"),
        ("Op 3 juni waren raadsleden Rik van der Wal (CDA) en Lotte van den Heuvel (SP) op bezoek.",
         "Lotte van den Heuvel", "keep"),
        # ... but a sentence after an official is no list: its names are nobody's office.
        ("Kamerlid Erik Huisman heeft hierover vragen gesteld. Onze accountmanager, Joost Kok, heeft "
         "afspraken gemaakt.", "Joost Kok", "redact"),
        ("Wethouder Peters komt met de bode, Xiu Chen; die belt bij aankomst.", "Xiu Chen", "redact"),
        ("Op 5 oktober waren raadsleden Merve Çelik (SP) en Judith Blom (PVV) op bezoek.", "Judith Blom", "keep"),
        # A street named after an office is an address, not the office of the name before it.
        ("Mijn gegevens: Teun Tekle, Burgemeester de Raadtsingel 94, 3311 JA Dordrecht.", "Teun Tekle", "redact"),
        ("Mede namens: mevrouw Erdem (Burgemeester de Raadtsingel 52)", "Erdem", "redact"),
        ("Dit meldt Eva Prins, wethouder van Dordrecht.", "Eva Prins", "keep"),
        ("Portefeuillehouder: Ootas-Osmani\nDatum: 11-1-2023", "Ootas-Osmani", "keep"),
        # Only a plural title opens a list: after a singular one the next name is someone else.
        ("Aanwezig: wethouder Jansen, raadslid Pieters, mevrouw De Boer (inspreker).", "De Boer", "redact"),
        ("Het college (burgemeester A. Wouters, wethouders B. Jansen en C. de Boer) besloot.", "C. de Boer",
         "keep"),
        # a list wrapped after an item's comma or before its last item goes on on the next line
        ("Namens Gedeputeerde Staten: gedeputeerden P.J. Kanterink, H. Dijkhof,\nC. Sabelsma-Winter\n\n1. Opening",
         "C. Sabelsma-Winter", "keep"),
        ("Aanwezig: de wethouders B. Jansen en\nC. de Boer", "C. de Boer", "keep"),
        # ... but not to a resident who says so after the name
        ("Aanwezig: wethouders Jansen, De Boer, mevrouw Kanterink (inspreker)", "Kanterink", "redact"),
        ("Aanwezig: wethouders Jansen, De Boer,\nmevrouw Kanterink (inspreker)", "Kanterink", "redact"),
        ("Aanwezig: wethouders Jansen, De Boer, mevrouw Kanterink, bewoner van de Lindelaan", "Kanterink",
         "redact"),
        # "burgemeester en wethouders" names the college: who signs on its behalf is no alderman
        ("Namens burgemeester en wethouders van Oostrand,\nA. Kanterink, Woo-coördinator", "A. Kanterink", "redact"),
        ("namens het college van burgemeester en wethouders van Oostrand, April Kanterink, Woo-coördinator",
         "April Kanterink", "redact"),
        # foreign colleagues' offices, as partner cities write them
        ("We also ask whether Alderman Kanterink could join the opening.", "Kanterink", "keep"),
        ("The delegation: Mayor Linda Kanterink, Council Member Tom Dijkhof, our engineer Grace Sabelsma.",
         "Tom Dijkhof", "keep"),
        ("The delegation: Mayor Linda Kanterink, Council Member Tom Dijkhof, our engineer Grace Sabelsma.",
         "Grace Sabelsma", "redact"),
        ("Oberbürgermeisterin Anke Dijkhof eröffnet die Sitzung.", "Anke Dijkhof", "keep"),
        # a staff member's code before a party's letters is no member ("Actie: RvK, GL" lists two authors)
        ("Actie: RvK, GL (zie punt 5)", "RvK", "redact"),
        # nor from a line that is no list
        ("Wethouder Jansen opende.\nC. de Boer belde later.", "C. de Boer", "redact"),
        # the plural title in capitals still opens the list (official_title looks for its word first)
        ("AANWEZIG: RAADSLEDEN Rik van der Wal (CDA) en Lotte van den Heuvel (SP).", "Lotte van den Heuvel",
         "keep"),
    ],
)
def test_public_officials_by_title(decider: PolicyDecider, text: str, name: str, decision: str) -> None:
    result = _decide(decider, text, name, "PERSON")
    assert result.decision == decision
    if decision == "keep":
        assert result.ground is None and "ambtsdrager" in result.reason
        assert result.rule == "exceptions.public_officials.titles"
    else:
        assert result.ground == "5.1.2e" and result.category == "naam"


def test_register_of_officials(tmp_path: Path) -> None:
    policy_file = tmp_path / "policy.yaml"
    raw = (Path(__file__).resolve().parents[2] / "redaction" / "policy" / "default.yaml").read_text("utf-8")
    raw = raw.replace("register: []", 'register:\n      - {name: "K.L. Voorbeeldhuis", role: wethouder}')
    policy_file.write_text(raw, encoding="utf-8")
    decider = PolicyDecider(load_policy(policy_file))
    result = _decide(decider, "Een reactie van K.L. Voorbeeldhuis volgt.", "K.L. Voorbeeldhuis", "PERSON")
    assert result.decision == "keep" and "wethouder" in result.reason
    assert result.rule == "exceptions.public_officials.register"


@pytest.mark.parametrize(
    ("address", "decision"),
    [
        ("raadsgriffie@dordrecht.nl", "keep"),
        ("Raadsgriffie@dordrecht.nl", "keep"),
        ("info@vluchtelingenwerk.example", "keep"),
        ("woo@gemeente.example", "keep"),
        ("postbus@gemeente.example", "keep"),
        ("secretariaat.sociaal@gemeente.example", "keep"),
        ("no-reply@gemeente.example", "keep"),
        ("a.jansen@gemeente.example", "redact"),
        ("fatima.elamrani@postvak.example", "redact"),
        ("jan@bakkerij.example", "redact"),
    ],
)
def test_functional_mailboxes(decider: PolicyDecider, address: str, decision: str) -> None:
    text = f"Mail naar {address} graag."
    result = _decide(decider, text, address, "EMAIL_ADDRESS")
    assert result.decision == decision
    assert (result.ground is None) == (decision == "keep")


def test_body_details_are_kept() -> None:
    raw = {
        "entities": {"PHONE_NUMBER": {"decision": "redact", "ground": "5.1.2e", "category": "telefoonnummer"},
                     "ADDRESS": {"decision": "redact", "ground": "5.1.2e", "category": "adres"},
                     "POSTCODE": {"decision": "redact", "ground": "5.1.2e", "category": "adres"}},
        "body": {
            "phone_numbers": ["078 770 4911"],
            "addresses": ["Spuiboulevard 300"],
            "postcodes": ["3311 GR"],
        },
    }
    decider = PolicyDecider(parse_policy(raw, "test"))
    text = "Bel 078-7704911 of 14 078, of kom naar Spuiboulevard 300, 3311GR. Privé: 078-6123456."
    assert _decide(decider, text, "078-7704911", "PHONE_NUMBER").decision == "keep"
    assert _decide(decider, text, "14 078", "PHONE_NUMBER").decision == "keep"
    assert _decide(decider, text, "Spuiboulevard 300", "ADDRESS").decision == "keep"
    assert _decide(decider, text, "3311GR", "POSTCODE").decision == "keep"
    assert _decide(decider, text, "078-6123456", "PHONE_NUMBER").decision == "redact"


def test_an_entity_without_rule_is_redacted_not_published() -> None:
    decider = PolicyDecider(parse_policy({"entities": {}}, "test"))
    result = _decide(decider, "Het nummer XK-12 staat hier.", "XK-12", "SOMETHING_NEW")
    assert result.decision == "redact" and result.ground == "5.1.2e"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("entities: [", "not valid YAML"),
        ("version: 1\n", "missing 'entities'"),
        ("entities:\n  PERSON: {decision: redact}\n", "no ground"),
        ("entities:\n  PERSON: {decision: redact, ground: '9.9', category: naam}\n", "unknown Woo ground"),
        ("entities:\n  PERSON: {decision: maybe}\n", "redact or keep"),
    ],
)
def test_invalid_policy_files_fail_with_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(textwrap.dedent(content), encoding="utf-8")
    with pytest.raises(PolicyError, match=message) as info:
        load_policy(path)
    assert "\n" not in str(info.value)


def test_the_prefilter_words_of_the_official_patterns_stand_in_them(decider: PolicyDecider) -> None:
    # _official looks for these words (Evidence.may_hold) before its searches: each match of the
    # pattern holds one, so every alternative the pattern has must name one of them.
    from redaction.policy import rules

    assert all(word in rules._KINDERBURGEMEESTER.pattern for word in rules._YOUTH_WORDS)
    assert "voorzitter" in rules._CHAIR_BEFORE.pattern
    members = decider._members_list.pattern
    assert all(word in members for word in rules._MEMBERS_TITLE_WORDS)
    text = "Notulen van de gemeenteraad.\nAANWEZIG ZIJN DE RAADSLEDEN A. Kanterink, B. Sabelsma en C. Dijkhof."
    evidence = decider.evidence(text)
    for name in ("B. Sabelsma", "C. Dijkhof"):
        start = text.index(name)
        decision = decider.decide(text, Detection(start, start + len(name), "PERSON", 0.9, "test"), evidence)
        assert decision.decision == "keep", name
