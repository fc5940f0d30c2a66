"""person.table_name and address.table_cell: their examples are their test tables (invented data)."""

from __future__ import annotations

import pytest

from redaction.lexicons import load_lexicons
from redaction.recognizers.table_cells import (
    TableAddressRecognizer,
    TableDateOfBirthRecognizer,
    TableNameRecognizer,
    TablePostcodeRecognizer,
    table_rows,
)


@pytest.fixture(scope="module")
def names() -> TableNameRecognizer:
    return TableNameRecognizer(load_lexicons())


@pytest.fixture(scope="module")
def addresses() -> TableAddressRecognizer:
    return TableAddressRecognizer()


def _found(recognizer, text: str, entity: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {text[r.start:r.end] for r in recognizer.analyze(text, [entity])}


@pytest.mark.parametrize(("text", "expected"), [
    ("12\t08-07-2031\tZwanenburg, Arjen\tHoogeinde 7\t1711 RC", {"Zwanenburg, Arjen"}),
    ("Nr;Naam;Adres\n3;Haan, Trijntje de;Oudorperdijk 87\n4;Gulik, Marco van der;Oosterweg 18",
     {"Haan, Trijntje de", "Gulik, Marco van der"}),
    ("13\tKoster, Henk en Koster-Bakker, Els\tKerkebuurt 190\t1456 AL", {"Koster, Henk", "Koster-Bakker, Els"}),
    ("2|Lie, Mei-Ling|mei-ling.lie@gmail.example|3", {"Lie, Mei-Ling"}),
    ("7;Vries, J. de;Dorpsstraat 4", {"Vries, J. de"}),
    # a quoted cell of a semicolon export
    ('IR-01;09-01-2031;Beheer;"El Amrouni, Fatima";bewoners Amerikaweg', {"El Amrouni, Fatima"}),
    # an e-mail address in brackets after the name is no part of it
    ("20-08-2031\tBoot, Femke (bootfemke@gmail.example)\tZuideinde 55", {"Boot, Femke"}),
    # the speaker of a chat export
    ("[03-03-2031 08:52] Leeuwen, Roos van: Klopt, dat doe ik.", {"Leeuwen, Roos van"}),
    # ... any speaker of a chat export (person.chat_speaker): a name, a nickname with a role
    ("[11-02-2031 08:05] Ayla Verbeek: Ik ben er om negen uur.", {"Ayla Verbeek"}),
    ("[11-02-2031 08:05] Bo HANDHAVING-NOORD: 👍\n[11-02-2031 08:07] Bo HANDHAVING-NOORD: Klaar.",
     {"Bo HANDHAVING-NOORD"}),
    ("12-02-2031 16:02 - Wessel: Morgen weer", {"Wessel"}),
    # ... not the group, under whose name the app writes its notice
    ("[04-11-2031 07:58:12] Ondernemers Nieuwestad: Berichten en oproepen worden end-to-end versleuteld.", set()),
    # ... not the phone that exported the chat
    ("08-02-31 10:01 - Jij: Goedemorgen allemaal.", set()),
    ("[12/02/2031, 16:02:33] tjerk: oke", {"tjerk"}),
    # ... not a phone number, an e-mail address or a team
    ("[11-02-2031 08:05] +31 6 00000000: Bericht", set()),
    ("[11-02-2031 08:05] info@sneek.example: Bericht", set()),
    ("[11-02-2031 08:05] Team Handhaving: Bericht", set()),
    # ... nor a role the export names instead of the person
    ("[10:02] Klant: Goedemorgen, ik heb een bon gekregen.\n[10:03] Medewerker: Wat is het kenteken?", set()),
    # ... and no speaker without the time stamp of a chat line
    ("Besluit: de raad stemt in.", set()),
    # cells under a header that names people
    ("Nr;Voornaam;Achternaam;Woonplaats\n1;Jorien;Wesselink-Brand;Olst\n2;Sem;van der Kooij;Wijhe",
     {"Jorien", "Wesselink-Brand", "Sem", "van der Kooij"}),
    ("Naam\tRol\nT. Brandhorst\tvoorzitter\nOnbekend\tlid", {"T. Brandhorst"}),
    # ... not under other headers, and not the header row itself
    ("Project\tWijk\nGroene Loper\tOost", set()),
    # not a name: places, ordinary words, a sentence with a comma, no table
    ("1\tAmsterdam, Noord\tgesloten\t2", set()),
    ("1;Kaas, brood en melk;boodschappen", set()),
    ("Zwanenburg, Arjen woont hier.", set()),
    # an item of a list one per line, surname first, the rest set off by a dash; an item's number may open it
    ("Indieners\nDijkhof, Esra – Oostrand\nVan Ebbeltje, Aaltje – Lingedijk 104, 4147 BL Oostrand\n",
     {"Dijkhof, Esra", "Van Ebbeltje, Aaltje"}),
    ("R2 Sabelsma, Saida – Horalaan 14\nR3 Boogaard, Jacoba van den – Ede-Zuid\n",
     {"Sabelsma, Saida", "Boogaard, Jacoba van den"}),
    # ... not a place or an organisation before the comma with no listed name in the item
    ("Aanwezig:\n- Gemeente Oostrand, afdeling Wonen – twee medewerkers\n- Utrecht, Amsterdam en Ede – de regio",
     set()),
    # the speaker line of a Teams export
    ("Verhoevenga, Lotte 2-2-2026 09:14\nMorgen! Het verzoek is binnen.\n\nAydıncık, Can 2-2-2026 09:16\nKan ik doen.",
     {"Verhoevenga, Lotte", "Aydıncık, Can"}),
    # a column of "Surname, Given" names: a cell of that shape in it is a name, though no list knows it
    ("Naam | Functie | Vervoer\nKuijpers, Hein | secretaris | bus\nDonkers, Eefje | projectleider | bus\n"
     "Şimşek, Burak | ecoloog | eigen", {"Kuijpers, Hein", "Donkers, Eefje", "Şimşek, Burak"}),
    # ... but not in a column with one listed name only, nor in another column
    ("Naam | Wijk | Vervoer\nKuijpers, Hein | Zuid, Oost | bus\nDonkers, Ebbeltje | Noord, West | bus",
     {"Kuijpers, Hein"}),
])
def test_table_name(names: TableNameRecognizer, text: str, expected: set[str]) -> None:
    assert _found(names, text, "PERSON") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a postcode cell in the row
    ("11\t02-07-2031\tKaan, Pieter\t–\tWesteinde 41\t1647 MN\tBerkhout", {"Westeinde 41"}),
    ("Heuvel 3;5341 CZ;Oss;06-10000000", {"Heuvel 3"}),
    ("9\tDr. C.J.K. van Aalstweg 8\t1625 NV\tHoorn", {"Dr. C.J.K. van Aalstweg 8"}),
    # the address column, no postcode
    ("Naam\tGeboren\tAdres\tTelefoon\nMol, Gert\t11-03-1948\tMolenbuurt 14\t072-0 00 00 00\n"
     "Tran, Minh\t27-07-1990\tMolenbuurt 18a\t06-00000000", {"Molenbuurt 14", "Molenbuurt 18a"}),
    # a number in a cell is no address without a postcode or an address column
    ("Naam\tGroep\tOpmerking\nMol, Gert\tGroep 8\tZaal 2", set()),
    ("Fase 2\tBijlage 3\t1711 RC", set()),
    ("Onderdeel\tJaar\nMarkt 2031\t2031", set()),
])
def test_table_address(addresses: TableAddressRecognizer, text: str, expected: set[str]) -> None:
    assert _found(addresses, text, "ADDRESS") == expected


def test_table_rows_know_their_header() -> None:
    text = "Naam;Adres;Plaats\nMol, Gert;Molenbuurt 14;Oudorp\n\nlos;regel\n"
    rows = list(table_rows(text))
    assert rows[0][1] is None
    assert rows[1][1] == {0: "Naam", 1: "Adres", 2: "Plaats"}
    assert [text[c.start:c.end] for c in rows[1][0]] == ["Mol, Gert", "Molenbuurt 14", "Oudorp"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Naam;Geboortedatum;Plaats\nJorien;04-11-1987;Olst\nSem;1-1-1999;Wijhe", {"04-11-1987", "1-1-1999"}),
    ("Naam\tGeb.datum\nJorien\t04/11/1987", {"04/11/1987"}),
    # a date in another column is a date of a letter or a meeting
    ("Naam;Datum brief\nJorien;04-11-2031", set()),
])
def test_table_date_of_birth(text: str, expected: set[str]) -> None:
    recognizer = TableDateOfBirthRecognizer()
    assert {text[r.start:r.end] for r in recognizer.analyze(text, ["DATE_OF_BIRTH"])} == expected


CSV = ('nr,naam,geboortedatum,adres,postcode\n'
       '1,"Okafor-Jansma, Piet",1980-03-04,Molenbuurt 14,1234 AB\n'
       '2,"Vries, Anna de",12 maart 1975,Kerkpad 3,1234 AC\n')


def test_a_csv_export_is_a_table() -> None:
    rows = list(table_rows(CSV))
    assert [CSV[c.start:c.end] for c in rows[1][0]] == ["1", "Okafor-Jansma, Piet", "1980-03-04", "Molenbuurt 14",
                                                        "1234 AB"]
    assert rows[1][1] == {0: "nr", 1: "naam", 2: "geboortedatum", 3: "adres", 4: "postcode"}


@pytest.mark.parametrize("text", [
    "Dit is een zin, met komma's, die geen tabel is, want hij loopt door en door.\nEn nog een, twee, drie.",
    "Wij, de bewoners, vragen u, de raad, om hulp.\nWij, de bewoners van de straat, danken u.",
])
def test_prose_with_commas_is_no_table(text: str) -> None:
    assert list(table_rows(text)) == []


def test_cells_of_a_csv_export_are_found(names: TableNameRecognizer, addresses: TableAddressRecognizer) -> None:
    assert _found(names, CSV, "PERSON") == {"Okafor-Jansma, Piet", "Vries, Anna de"}
    assert _found(addresses, CSV, "ADDRESS") == {"Molenbuurt 14", "Kerkpad 3"}
    assert _found(TableDateOfBirthRecognizer(), CSV, "DATE_OF_BIRTH") == {"1980-03-04", "12 maart 1975"}
    assert _found(TablePostcodeRecognizer(), CSV, "POSTCODE") == {"1234 AB", "1234 AC"}


FIXED_WIDTH = ("Naam                 Geboortedatum   Adres              Postcode\n"
               "Okafor-Jansma, Piet  04-03-1980      Molenbuurt 14      1234 AB\n"
               "Vries, Anna de       12-03-1975      Kerkpad 3          1234 AC\n")


def test_a_table_laid_out_with_spaces_is_a_table(names: TableNameRecognizer) -> None:
    rows = list(table_rows(FIXED_WIDTH))
    assert [FIXED_WIDTH[c.start:c.end] for c in rows[2][0]] == ["Vries, Anna de", "12-03-1975", "Kerkpad 3", "1234 AC"]
    assert rows[2][1] == {0: "Naam", 1: "Geboortedatum", 2: "Adres", 3: "Postcode"}
    assert _found(names, FIXED_WIDTH, "PERSON") == {"Okafor-Jansma, Piet", "Vries, Anna de"}
    assert _found(TableDateOfBirthRecognizer(), FIXED_WIDTH, "DATE_OF_BIRTH") == {"04-03-1980", "12-03-1975"}


def test_double_spaces_in_prose_make_no_table() -> None:
    text = "De vergadering begint om 20.00 uur.  Daarna is er koffie.\nWij sluiten om 22.00 uur.  Tot dan."
    assert list(table_rows(text)) == []
