"""ADDRESS: street (by suffix, by a leading street word or by a cue) + house number (+ addition)."""

from __future__ import annotations

import random

import pytest

from redaction.recognizers.address import STREET_SUFFIXES, AddressRecognizer, is_street_word

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> AddressRecognizer:
    return AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected", "min_score"),
    [
        # street suffix
        ("Voorstraat 12", ["Voorstraat 12"], 0.7),
        ("Johan de Wittstraat 12 A", ["Johan de Wittstraat 12 A"], 0.7),
        ("Burgemeester de Raadtsingel 7", ["Burgemeester de Raadtsingel 7"], 0.7),
        ("Burg. de Raadtsingel 7", ["Burg. de Raadtsingel 7"], 0.7),
        ("Willem de Zwijgerlaan 3a", ["Willem de Zwijgerlaan 3a"], 0.7),
        ("Oude Haven 1", ["Oude Haven 1"], 0.7),
        ("J.P. Coenstraat 4", ["J.P. Coenstraat 4"], 0.7),
        ("'s-Gravendeelsedijk 4", ["'s-Gravendeelsedijk 4"], 0.7),
        ("Kerkplein 12 bis", ["Kerkplein 12 bis"], 0.7),
        ("Spuiboulevard 12 hs", ["Spuiboulevard 12 hs"], 0.7),
        # Dordrecht's upper floors spelled out after a space
        ("Adres: Vrieseweg 141 rood, 3311 NW Dordrecht", ["Vrieseweg 141 rood"], 0.7),
        ("Voorstraat 12 zwart", ["Voorstraat 12 zwart"], 0.7),
        ("Merwedestraat 12-3, 3311 AB Dordrecht", ["Merwedestraat 12-3"], 0.7),
        ("In de Voorstraat 12 woont", ["Voorstraat 12"], 0.7),
        ("Op de Markt 12 staat een kraam", ["Markt 12"], 0.7),
        # abbreviated street words, as forms and notes write them
        ("Kerkstr. 12", ["Kerkstr. 12"], 0.7),
        ("Stationsln 3", ["Stationsln 3"], 0.7),
        ("Molenwg 7a", ["Molenwg 7a"], 0.7),
        ("Kerkst. 4", ["Kerkst. 4"], 0.7),
        ("Pr. Hendrikstr 44", ["Pr. Hendrikstr 44"], 0.7),
        # a street word that opens the name
        ("Laan van Nieuw Oost-Indië 12", ["Laan van Nieuw Oost-Indië 12"], 0.7),
        # a cue before it: any capitalised name, stronger score
        ("woont aan de Voorstraat 12-II, 3311 AB Dordrecht", ["Voorstraat 12-II"], 0.9),
        # a flat's number after the house number, with its zero
        ("De klaagster woont aan de Torenallee 54-07, 5617 BD Eindhoven.", ["Torenallee 54-07"], 0.9),
        # ... not after a number that can be a day: "14-03" is a date
        ("DH-07;19-03-2024;Beelden Hobbemaplein 14-03 (stills)", [], 0.0),
        ("Zij is verhuisd naar Wantij 34.", ["Wantij 34"], 0.85),
        ("woonadres: Bagijnhof 12", ["Bagijnhof 12"], 0.9),
        ("De woning aan de Achterhakkers 129d is te klein", ["Achterhakkers 129d"], 0.85),
        ("verhuizing naar Wantij 30.", ["Wantij 30"], 0.85),
        # a capitalised particle opens a street when the street word follows at once (the street
        # without it is found too; the engine merges the two)
        ("Groet vanaf Van Oldenbarneveltlaan 26 B, 7687 NA",
         ["Van Oldenbarneveltlaan 26 B", "Oldenbarneveltlaan 26 B"], 0.7),
        # hard negatives
        ("Postbus 8", [], None),
        ("adres: Postbus 8, 3300 AA Dordrecht", [], None),
        ("artikel 5 lid 2", [], None),
        ("in 2025", [], None),
        ("op 20 mei", [], None),
        ("nota Visie sociaal domein 2030", [], None),
        ("Markt 2025", [], None),  # a year is no house number
        ("Dordrecht, 20 mei 2025", [], None),
        ("Vergadering 3 juni", [], None),
        ("mevrouw Van Dijk 3 keer gebeld", [], None),
        ("verhuisd naar Zwijndrecht 3 maanden geleden", [], None),
        ("de arbeidsmarkt 3 jaar", [], None),
        ("de trein naar Tilburg 5 minuten later", [], None),
        ("Tilburg 5", [], None),  # a place, not a street
        ("Voorstraat", [], None),
        ("De Dienst 1 en Lijst 2", [], None),  # "-st" without its full stop is no street
        ("zie Tekst 3 hierboven", [], None),
        # in brackets right after a name, any capitalised street name and number
        ("de familie Kanterink (Hoogeinde 7) woont er al lang", ["Hoogeinde 7"], 0.7),
        ("mevrouw Sabelsma (Grote Oost 12a) belde", ["Grote Oost 12a"], 0.7),
        # ... also with the place and a phone number after it in the brackets
        ("mevrouw Kanterink (Parkhout 88, Nieuwegein, 06 1755 0000) belde", ["Parkhout 88"], 0.7),
        ("de heer Sabelsma (Hoogeinde 7, Breestad) schreef", ["Hoogeinde 7"], 0.7),
        # any capitalised street name and number before a comma and a listed place
        ("Kanterink Tuinadvies, Gantel 12, Wateringen (eenmanszaak)", ["Gantel 12"], 0.75),
        ("• Mia Sabelsma, Grote Heide 61, Tegelen: 'Mijn man ligt in het ziekenhuis'", ["Grote Heide 61"], 0.75),
        ("Gantel 12, Den Haag", ["Gantel 12"], 0.75),
        # ... not before a place the list does not know, nor a part of a document or a compass word
        ("Gantel 12, Breestad", [], None),
        ("Zie Bijlage 3, Zwolle.", [], None),
        ("Het team Noord 2, Den Haag", [], None),
        # ... not after an ordinary word, nor a part of a document, a thing or a vehicle
        ("de Auto (Peugeot 208) staat er nog", [], None),
        ("het rapport van Kanterink (Bijlage 3) volgt", [], None),
        ("Het Rapport (Deel 2) volgt", [], None),
    ],
)
def test_address(
    recognizer: AddressRecognizer, text: str, expected: Expected, min_score: float | None
) -> None:
    results = recognizer.analyze(text, entities=["ADDRESS"], nlp_artifacts=None)
    assert_spans(results, text, expected, min_score=min_score)


@pytest.mark.parametrize(
    "word", ["Voorstraat", "Zwijgerlaan", "Raadtsingel", "Haven", "Bagijnhof", "Spuiboulevard"]
)
def test_street_suffixes_cover_street_words(word: str) -> None:
    assert word.lower().endswith(STREET_SUFFIXES)


@pytest.mark.parametrize("word", ["Jansen", "Vergadering", "Amsterdam", "Bosch", "Antwoord"])
def test_street_suffixes_leave_other_words(word: str) -> None:
    assert not word.lower().endswith(STREET_SUFFIXES)


@pytest.mark.parametrize(
    ("word", "street"),
    [
        ("Voorstraat", True),
        ("Zwijgerlaan", True),
        ("Raadtsingel", True),
        ("Merwedekade", True),
        ("Dijk", False),  # Van Dijk
        ("Wal", False),  # Van der Wal
        ("Brink", False),  # Van den Brink
        ("Laan", False),  # Van de Laan
        ("Kwal", False),
        ("Tilburg", False),
        ("Jansen", False),
    ],
)
def test_is_street_word(word: str, street: bool) -> None:
    assert is_street_word(word) is street


# -- the prefilter (candidate_starts) finds what a search through the whole text finds ---------------


class _FullSearch(AddressRecognizer):
    """The recognizer without its prefilter: every pattern searched through the whole text."""

    def candidate_starts(self, text: str) -> None:
        return None


PREFILTER_EDGES = [
    "Burg. Mr. J.P. van der Coenstraat Zuid 12",  # the most words the suffix pattern allows
    "x Burg. Mr. J.P. van der Coenstraat Zuid 12",
    "Laan van de Heer der Nieuw Oost-Indië 12",  # head word, five more words and a name
    "Mr. J.P. van der Achterhakkers 12, 3311 AB Dordrecht",  # four words before a postcode
    "Mr. J.P. van der Achterhakkers 12,   \n  3311 AB",
    "Dubbeldamseweg Zuid 3",
    "Reeweg Oostzijde 7-II",
    "’s-Gravendeelsedijk 4",
    "(Voorstraat 12)",
    "Kanterink (Hoogeinde 7)",
    "Kanterink (Grote Oost Zuid Noord 12a)",
    "2e Wittstraat 3",
    "De MAſTWEG 3 en Maſtweg 4",
    "İbrahim woont aan de Voorstraat 12",
    "İBRAHİMSTRAAT 5",
    "oudeadres: Wantij 34",
    "VERBLIJFSADRES:   Bagijnhof 12",
    "Correspondentieadres Wantij 34 a",
    "ingeschreven op het Wantij 34",
    "adres:\nWantij 34",
    "Voorstraat\u00a012",
    "Voorstraat 12\nVoorstraat 13 Voorstraat 14-rood Voorstraat 15 hs",
    "Kerkplein 1, 2, 3",
    "Mr. J.P. van Gantel 12, Wateringen",  # the most words before a listed place
    "x Mr. J.P. van Gantel 12, Den Haag",
    "Gantel 12,Wateringen Noord 2, Den Haag",
    "1 2 3 4 5 6 7 8 9",
]


def _soup(seed: int, count: int, pieces: list[str]) -> list[str]:
    rnd = random.Random(seed)
    separators = [" "] * 10 + ["  ", "\n", "", ", ", ". ", "-"]
    return [
        "".join(rnd.choice(pieces) + rnd.choice(separators) for _ in range(rnd.randrange(3, 40)))
        for _ in range(count)
    ]


_ADDRESS_PIECES = [
    "Voorstraat", "Haven", "Oude", "Kerkplein", "Laan", "van", "Nieuw", "Oost-Indië", "de", "der", "Johan",
    "Wittstraat", "Burg.", "Mr.", "J.P.", "2e", "'s-Gravendeelsedijk", "’s-Gravendeelsedijk", "Zuid", "Noordzijde",
    "Tilburg", "Markt", "Plein", "Postbus", "In", "Op", "STRAAT", "ſtraat", "İbrahim", "Dijk", "woont", "aan",
    "adres:", "WOONADRES", "verhuisd", "naar", "nieuweadres", "12", "3", "1", "2025", "12a", "12-II", "12 bis",
    "3311 AB", "Dordrecht", "keer", "mei", ",", "(", "-", "é", "\u0301", "\u00a0", "Hof", "ter", "Achterhakkers",
    "Kanterink (", "(Hoogeinde", ")", "Bijlage", "Wateringen", "Den Haag", "Gantel",
]  # fmt: skip


@pytest.mark.parametrize("text", PREFILTER_EDGES + _soup(20250611, 400, _ADDRESS_PIECES))
def test_prefilter_keeps_every_result(recognizer: AddressRecognizer, text: str) -> None:
    def found(r: AddressRecognizer) -> list[tuple[int, int, float, str | None]]:
        return [
            (x.start, x.end, x.score, x.analysis_explanation.pattern_name)
            for x in r.analyze(text, entities=["ADDRESS"], nlp_artifacts=None)
        ]

    assert found(recognizer) == found(_FullSearch())


def test_prefilter_reads_suffixes_in_lower_case() -> None:
    # The suffix check runs on the lower-cased text: it needs lower-case suffixes, in ASCII or with
    # "ß" (German "-straße"), which lower-casing keeps in place and caseless matching folds to itself.
    assert all(suffix == suffix.lower() and suffix.replace("ß", "ss").isascii() for suffix in STREET_SUFFIXES)
