"""ORGANIZATION: the prefilter finds what a search through the whole text finds; its helpers.

The recognizer tries its regexes only where a gazetteer name or an organisation word begins (and at
the capitalised words before such a word). These tests hold that to the result of the regexes run
over the whole text, and check the two helpers from ``base`` all prefilters rely on.
"""

from __future__ import annotations

import random
import string
import sys

import pytest
import regex

from redaction.lexicons import load_lexicons
from redaction.recognizers.base import finditer_at, fold_case
from redaction.recognizers.organization import DutchOrganizationRecognizer


@pytest.fixture(scope="module")
def recognizer() -> DutchOrganizationRecognizer:
    return DutchOrganizationRecognizer()


@pytest.fixture(scope="module")
def full_search() -> DutchOrganizationRecognizer:
    """The recognizer without its prefilter: both regexes searched through the whole text."""
    unfiltered = DutchOrganizationRecognizer()
    unfiltered._keys.names_ok = unfiltered._keys.words_ok = False
    return unfiltered


def _found(recognizer: DutchOrganizationRecognizer, text: str) -> list[tuple[int, int, float, str]]:
    return [
        (r.start, r.end, r.score, r.recognition_metadata["source"])
        for r in recognizer.analyze(text, entities=["ORGANIZATION"], nlp_artifacts=None)
    ]


PREFILTER_EDGES = [
    "Namens Gemeente Dordrecht stuur ik u",
    "Met Vriendelijke Groet Van De Gemeente Dordrecht",
    "(Stichting Present) en -gemeente Dordrecht en X-gemeente Dordrecht",
    "het Albert Schweitzer Ziekenhuis; dat Ahmed school verzuimt",
    "Jansen B.V. Rotterdam, Jansen B.V.Rotterdam, Jansen b.v., Bakkerij U.A. Zwijndrecht",
    "Directoraat-Generaal Migratie en directoraat-generaalx Y",
    "COA Jan Jansen belde; GGD Zuid-Holland Zuid; GGD  Zuid",
    "İBRAHİM STİCHTİNG Dordrecht en ſtichting Present en \u212aliniek Zuid",
    "O'Neill Stichting en Ali's team van de Stichting Present",
    "Gemeente\nDordrecht, Gemeente\u00a0Dordrecht, Gemeente  Van  Dordrecht",
    "Máxima Medisch Centrum, Univé Zorg, Woonkracht10 Zuid",
]

_PIECES = [
    "Stichting", "Gemeente", "gemeente", "B.V.", "b.v.", "u.a.", "U", "u", "Jan", "Jansen", "Ali's", "Raad", "Het",
    "De", "X-gemeente", "O'Neill", "Ziekenhuis", "school", "Albert", "Schweitzer", "COA", "GGD", "Máxima",
    "Dordrecht", "van", "de", "voor", "en", "&", "İ", "ſ", "’", "(", ")", ",", ".", "-", "\u0301", "\u00a0",
    "Zuid-Holland", "Namens",
]  # fmt: skip


def _soup(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    lexicons = load_lexicons()
    pieces = (
        _PIECES
        + rnd.sample(sorted(lexicons.organisations), 40)
        + [w.title() for w in rnd.sample(sorted(lexicons.organisation_words), 40)]
        + rnd.sample(sorted(lexicons.organisation_words), 20)
    )
    separators = [" "] * 10 + ["  ", "\n", "", ", ", ". ", "-"]
    return [
        "".join(rnd.choice(pieces) + rnd.choice(separators) for _ in range(rnd.randrange(3, 40)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("text", PREFILTER_EDGES + _soup(20250611, 300))
def test_prefilter_keeps_every_result(
    recognizer: DutchOrganizationRecognizer, full_search: DutchOrganizationRecognizer, text: str
) -> None:
    assert _found(recognizer, text) == _found(full_search, text)


def test_prefilter_is_on_for_the_shipped_lexicons(recognizer: DutchOrganizationRecognizer) -> None:
    assert recognizer._keys.names_ok and recognizer._keys.words_ok


# -- fold_case and finditer_at (redaction.recognizers.base) ---------------------------------------

_LOWER_ASCII = [c for c in map(chr, range(0x20, 0x7F)) if c == c.lower()]


@pytest.fixture(scope="module")
def all_characters() -> str:
    return "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


def test_fold_case_keeps_offsets_over_all_of_unicode(all_characters: str) -> None:
    folded = fold_case(all_characters)
    assert folded is not None and len(folded) == len(all_characters)


def test_fold_case_folds_what_a_caseless_lower_case_literal_matches(all_characters: str) -> None:
    folded = fold_case(all_characters)
    assert folded is not None
    for char in _LOWER_ASCII:
        for m in regex.finditer("(?i)" + regex.escape(char), all_characters):
            assert folded[m.start()] == char, f"{m.group()!r} matches {char!r} caselessly but folds otherwise"


def test_fold_case_makes_no_ascii_letter_of_anything_else(all_characters: str) -> None:
    folded = fold_case(all_characters)
    assert folded is not None
    others = [c for c, f in zip(all_characters, folded, strict=True) if f in string.ascii_lowercase and not c.isalpha()]
    assert not others


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<![\p{L}\d])\p{Lu}\w*(?: \w+)?(?=[ .]|$)", "Aa Bb. cc Dd Ee Ff\nGg Hh"),
        (r"\d+(?:-\d+)*", "12-3 4--5 678 9-"),
        (r"(?i)ab|b", "aBab bab"),
    ],
)
def test_finditer_at_every_position_is_finditer(pattern: str, text: str) -> None:
    compiled = regex.compile(pattern)
    every = range(len(text) + 1)
    assert [m.span() for m in finditer_at(compiled, text, every)] == [m.span() for m in compiled.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dit gaat m.b.v. Dordrecht en o.l.v. de gemeente.", []),  # "b.v." inside "m.b.v." is no B.V.
        ("Wij huren bij Jansen B.V. Dordrecht.", ["Jansen B.V. Dordrecht"]),
        # a municipality is named after its place: a given name after "gemeente" opens a person's name
        ("Aanwezig: Ilse; namens de gemeente Mirjam van Kanterdijk; namens de buurt.", []),
        ("De gemeente Laren en de gemeente Dordrecht Mark de Boer.", ["gemeente Dordrecht", "gemeente Laren"]),
        # ... so is a team or a department after its topic ("team Jeugd"), never after a person
        ("Het wijkteam Anna Kanterdijk belde; het Team Jeugd Oost helpt.", ["Team Jeugd Oost"]),
        # a postcode's letters ("8271 BV") are no legal form
        ("Hij woont aan de Dorpsstraat 78, 8271 BV IJsselmuiden, 038 333 71 29.", []),
        ("Postbus 12, 1234 NV Kampen", []),
        ("Postbus 12, 1234 NV Stichting Kampen Centrum", ["Stichting Kampen Centrum"]),
        ("Het Ministerie van Justitie en Veiligheid antwoordt.", ["Ministerie van Justitie en Veiligheid"]),
        ("De aanvraag voor Stichting Taalhuis van Redouane La is toegekend.", ["Stichting Taalhuis", "Taalhuis"]),
        # a given name right before the organisation word: a person ("Piet Bond"), no organisation
        ("Piet Bond in Den Haag heeft gebeld.", []),
        ("De Anne Frank Stichting organiseert een lezing.", ["Anne Frank Stichting"]),
        # a role that is also an organisation word, before a given name: a person in that role
        ("Toezichthouder Roel Kanterink belde de eigenaar.", []),
        ("De Toezichthouder Wonen Zeeland belde de eigenaar.", ["Toezichthouder Wonen Zeeland"]),
        # where a business is ends its name: a street or a listed place after "aan", "in", "op"
        ("Wij hebben sinds 2016 Bakkerij Sabelsma aan de Agorahof.", ["Bakkerij Sabelsma"]),
        ("De Stichting Vrienden van het Museum in Zwolle helpt.", ["Stichting Vrienden van het Museum"]),
        # ... and an account it is paid on ("op NL45 TRIO ...")
        ("Ze betaalt aan Stichting Woonzorg op NL45 TRIO 0390 4611 85.", ["Stichting Woonzorg"]),
        # sports clubs, music societies and residents' bodies by their kind
        ("Betalen op rekening t.n.v. RKSV Oostrand Boys. Ouders die niet kunnen betalen.", ["RKSV Oostrand Boys"]),
        ("Het concert van Harmonie Sint Dijkhof was vol.", ["Harmonie Sint Dijkhof"]),
        # a desk or a project office after its topic
        ("Met vriendelijke groet,\n> Infopunt Waalkade\n> 14 024", ["Infopunt Waalkade"]),
    ],
)
def test_organisation_phrases(recognizer: DutchOrganizationRecognizer, text: str, expected: list[str]) -> None:
    assert sorted({text[start:end] for start, end, _, _ in _found(recognizer, text)}) == expected


def test_two_capitals_before_a_surname_make_no_club(redactor) -> None:  # type: ignore[no-untyped-def]
    # "FC" opens football clubs' names, but a letterhead's code before a surname and initials
    # ("Behandeld door ... FC Dijkvleugel P.J. (050)") is no club: the person is withheld
    text = "Behandeld door Telefoonnummer Onderwerp 1 5 JA /3/A.10, FC Dijkvleugel P.J. (050) Beleidsregel"
    assert any(d.entity == "PERSON" and d.decision == "redact" and "Dijkvleugel" in d.text
               for d in redactor.analyze(text))


@pytest.mark.parametrize(("text", "name"), [
    # a local audit office, as its reports sign ("Contact: Rekenkamer X, street 24, ...")
    ("Contact: Rekenkamer Oostrand, Langestraat 24, 7511 HC Oostrand", "Rekenkamer Oostrand"),
    ("Het rapport van de Rekenkamercommissie Oostrand verschijnt in mei.", "Rekenkamercommissie Oostrand"),
    # an action group, a community room, an athletics club
    ("Hij spreekt namens Actiegroep Zon op Dak, Niet op Land.", "Actiegroep Zon op Dak"),
    ("Toegekend aan Buurtkamer De Kortenaer in Gouda.", "Buurtkamer De Kortenaer"),
    ("De velden van atletiekvereniging AV Unitas zijn klaar.", "AV Unitas"),
])
def test_organisations_named_by_their_kind(recognizer: DutchOrganizationRecognizer, text: str, name: str) -> None:
    assert name in {text[start:end] for start, end, _, _ in _found(recognizer, text)}
