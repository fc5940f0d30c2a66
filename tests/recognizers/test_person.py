"""PERSON by rules and lists (no statistical model): structure, titles, lexicons, common words."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.ner_types import NerSpan, NerWord
from redaction.recognizers.person import DutchPersonRecognizer


@pytest.fixture(scope="module")
def recognizer() -> DutchPersonRecognizer:
    return DutchPersonRecognizer()


def person_texts(recognizer: DutchPersonRecognizer, text: str) -> set[str]:
    return {text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"], None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # e-mail structure: names in any position, known or not
        ("Van: Jan de Vries <jan@x.example>\n", {"Jan de Vries"}),
        ("Aan: Tesfay Gebremariam; Yordanos Kidane\n", {"Tesfay Gebremariam", "Yordanos Kidane"}),
        ("CC: \"Okbay, Yonas\" <y.okbay@x.example>\n", {"Okbay, Yonas"}),
        ("Op 3 mei 2025 om 10:12 schreef Zerihun Alemu <z.alemu@x.example>:\n", {"Zerihun Alemu"}),
        ("On Mon, 5 May 2025, Dilnoza Karimova <dk@x.example> wrote:\n", {"Dilnoza Karimova"}),
        # single quotes around a display name; an organisation word after a particle is a surname
        ("Van: 'Van 't Hof, Anouk' <anouk@x.example>\n", {"Van 't Hof, Anouk"}),
        # surname first with a listed given name: a person's, also where a firm bears the surname
        ("Aan: Mourik, Joris van <j.vanmourik@x.example>\n", {"Mourik, Joris van"}),
        # a form of address stays outside the name, the sender's town after it is no given name
        ("Afzender: dhr. H.G. Kanterink, Zwolle\nOnderwerp: bomen\n", {"H.G. Kanterink"}),
        # the State's form: surname, initials, the given name in brackets, then the service
        ("Van: Kanterink, L.M. (Lieke) - RWS ZD <l.kanterink@x.example>\n", {"Kanterink, L.M. (Lieke)"}),
        ("Aan: Dijkhof, P. van (Pieter) - RWS ZD\n", {"Dijkhof, P. van (Pieter)"}),
        # a recipient without an address beside one with an address
        ("CC: Sabelsma, Arjen; Schadeclaims <schadeclaims@x.example>\n", {"Sabelsma, Arjen"}),
        # the fields of forms and case registers
        ("Cliënt: Nwosu, Ebo (geb. 23.03.1974)\nBSN: 6603 48 810\n", {"Nwosu, Ebo"}),
        ("Naam: Yonas Tekle\nAdres: Hoofdstraat 1\n", {"Yonas Tekle"}),
        ("Bewoner: Fam. Yilmaz\n", {"Yilmaz"}),
        # Outlook's plain text: the address in "[mailto:...]" instead of "<...>"
        ("Van: Dewanand Wijngaarde [mailto:dewanand@x.example]\nVerzonden: maandag\n", {"Dewanand Wijngaarde"}),
        # salutations and sign-offs
        ("Geachte heer Bakker,\n", {"Bakker"}),
        ("Geachte mevrouw De Groot-Visser,\n", {"De Groot-Visser"}),
        ("Hoi Ahmed,\n", {"Ahmed"}),
        ("Met vriendelijke groet,\n\nMarloes Kwakkel-Ozturk\nadviseur\n", {"Marloes Kwakkel-Ozturk"}),
        ("Hartelijke groet, Berhane\n", {"Berhane"}),
        # titles and roles
        ("Vandaag belde dhr. Groen over zijn aanvraag.", {"Groen"}),
        ("cl. Ahmadi belt over gezinshereniging.", {"Ahmadi"}),
        ("mw. tesfay was er ook.", {"tesfay"}),
        ("Gesprek met CL Haile over de huur.", {"Haile"}),  # an upper-case title that is no postcode
        # the writer introduces themselves; a sign-off after a sentence on the same line
        ("Mijn naam is Sara el Idrissi en ik woon in Dordrecht.", {"Sara el Idrissi"}),
        ("hoi, ik ben piet-hein sluiter, de buurman van olena.", {"piet-hein sluiter"}),
        ("Ik heet Yonas Tekle.", {"Yonas Tekle"}),
        ("ik help haar met de formulieren. groetjes piet-hein", {"piet-hein"}),
        # care, police, school and legal roles before a name, also in apposition
        ("Volgens de huisarts, dokter Lievense, is er sprake van dementie.", {"Lievense"}),
        ("De wijkagent Pronk kwam langs.", {"Pronk"}),
        ("Mijn bewindvoerder Schreuder betaalt de huur.", {"Schreuder"}),
        ("Namens drs. W.F. Hermelink ontvangt u dit.", {"W.F. Hermelink"}),
        # initials, particles, lexicons
        ("Het verslag is van J.P. de Boer.", {"J.P. de Boer"}),
        ("Gisteren kwam Fatima El Amrani langs.", {"Fatima El Amrani"}),
        ("Gesprek met Oleksandr Kovalenko over werk.", {"Oleksandr Kovalenko"}),
        ("Volgens Pieter van der Berg is het klaar.", {"Pieter van der Berg"}),
        ("Mohammed belt morgen terug.", {"Mohammed"}),
        # surnames that end like a street, a square or a church ("-veld", "-hof", "-kerk", "-laan")
        ("Gisteren belde Piet Langeveld over de afspraak.", {"Piet Langeveld"}),
        ("Dhr. Verkerk heeft de uitnodiging ontvangen.", {"Verkerk"}),
        ("Het formulier is ingevuld door W.L.C. Westerveld.", {"W.L.C. Westerveld"}),
        ("Volgens Anouk Verlaan is het klaar.", {"Anouk Verlaan"}),
        ("Gisteren belde Sanne Hazeveld over de afspraak.", {"Sanne Hazeveld"}),  # not in the lists
        ("Ik laat het weten.\n\nGr. Marida\n", {"Marida"}),  # short sign-offs: "Gr.", "Grt"
        # names typed in lower case in a header or under a sign-off
        ("Van: dawid vitale\nDatum: 3 mei 2025\n", {"dawid vitale"}),
        ("Mvg,\nPINAR lodhi\n\nOp donderdag schreef", {"PINAR lodhi"}),
        ("Aan: marcellino gobardhan, casemanager\nVan: G. Fabre, wijkcoördinator\n",
         {"marcellino gobardhan", "G. Fabre"}),  # the role after the comma is no part of the name
        ("Ik laat het weten.\n\nGrt Dženya\n", {"Dženya"}),
        # initials typed in lower case
        ("De commissie, voorgezeten door mr. m.t. panins, is bijgevoegd.", {"m.t. panins"}),
        ("De weledelgeboren meneer m.w. groen\nJohan de Wittstraat 4\n", {"m.w. groen"}),
        ("Namens het college,\n\ng.s. wienen\nteamleider Inkomen\n", {"g.s. wienen"}),
        # one small letter before a capital is a list's point, a letter after an apostrophe or a
        # slash no initial at all
        ("Zienswijzen:\na. Kermisexploitatie Kanterink is tegen.\nAd c. Schade wordt vergoed.", set()),
        ("De experts maken foto's. Schade wordt vergoed.", set()),
        ("Capaciteit € 260 p/m. Cl. rekening volgt.", set()),
        # after an abbreviated title whose full stop may end the sentence, an ordinary word
        ("Intake schuldhulp gedaan met dhr. Eerste gesprek bij de kredietbank op 26/3.", set()),
        ("Thuiszorg 2x daags voor dhr. Ontlast mw. en de kinderen.", set()),
        # ... but a listed name that is a word too stays a name there
        ("Gesprek met dhr. Bakker over de schuld.", {"Bakker"}),
        # a person of an institution named after someone: the person is withheld, the place is not
        ("Namens de stichting heeft B.M. Savchenko van Prins Bernhard Cultuurfonds bezwaar gemaakt.",
         {"B.M. Savchenko"}),
        ("Vandaag heeft G.G.B. Boom van Rijksmuseum gebeld.", {"G.G.B. Boom"}),
        # a surname alone opens with its particle, capitalised: all of it is withheld
        ("Gisteren meldde meneer Van der Zanden zich ziek.", {"Van der Zanden"}),
        ("Geachte familie Van den Boogaard,\n", {"Van den Boogaard"}),
        ("20-12-2025: dhr. Van de Velde niet verschenen.", {"Van de Velde"}),
        # a surname that is also an organisation word, after a title or initials
        ("Geachte heer Bond en mevrouw Groenewoud,\n", {"Bond", "Groenewoud"}),
        ("Met vriendelijke groet,\n\nI. Bond\nBurgemeester Prestonlaan 224a\n", {"I. Bond"}),
        # a capitalised particle that ends a name is its surname ("le", "la", "das")
        ("Namens het college,\n\nV.E. La\nteamleider Schuldhulp\n", {"V.E. La"}),
        ("Bij afwezigheid van Sadegh Le kunt u terecht bij haar collega.", {"Sadegh Le"}),
        ("Notitie 23-2-2024, B. C. DAS\n", {"B. C. DAS"}),
        # a given name that is also a language, after a title
        ("Met hartelijke groet,\n\nde heer Frans Wouterse\nsecretaris\n", {"Frans Wouterse"}),
        # a given name with a street ending before a known surname
        ("Gisteren heeft Asedwal Stellingwerf een Woo-verzoek ingediend.", {"Asedwal Stellingwerf"}),
        # given names that are also English days or months, after a title, in a salutation or sign-off
        ("Mijn buurvrouw Monday Phillips kan bevestigen dat het waar is.", {"Monday Phillips"}),
        ("Mijn dochter Monday helpt mij met schrijven.", {"Monday"}),
        ("Met hartelijke groet,\n\nmevrouw Friday van der Laan\nteamleider\n", {"Friday van der Laan"}),
        ("Hoi Friday,\n\nHet college heeft besloten.", {"Friday"}),
        ("Alvast bedankt!\n\nApril\n\nVerstuurd vanaf mijn iPhone\n", {"April"}),
        # a listed surname that is also an organisation word, after a given name
        ("Zij maakt zich zorgen over haar broer Jasmin Bond in Nigeria.", {"Jasmin Bond"}),
        # after a title, a person of an institution keeps a one-word surname
        ("Volgens mevrouw De Wolf van Hogeschool Rotterdam is dat zo.", {"De Wolf"}),
        # a surname in lower case after a title without its dot
        ("Gesprek met dhr hill en haar zoon.", {"hill"}),
        # a surname with its particle in capitals amid ordinary text, also with a genitive s
        ("Nog een vraag: weet jij of DE LEON nog bij het wijkteam werkt?", {"DE LEON"}),
        ("Ik heb DE LAATs dossier doorgestuurd.", {"DE LAATs"}),
        ("Wij hebben VAN DEN AKKERs verzoek ontvangen.", {"VAN DEN AKKERs"}),
        # after a title the last word is the name even when it is a role word too
        ("Uitnodiging gestuurd aan mevrouw Vriend.", {"Vriend"}),
        # name fields: the surname after a particle in any case; more field labels
        ("Van: Gürgert van heel | Centraal Justitieel Incasso\n", {"Gürgert van heel"}),
        ("Notitie voor het college\nOpsteller: wendy lenders\n", {"wendy lenders"}),
        # for the attention of / in consultation with a person
        ("Ter attentie van Wislahadhia Faraj\n\nVanaf oktober is het loket dicht.", {"Wislahadhia Faraj"}),
        ("Het college heeft i.o.m. Meeqayukraud besloten.", {"Meeqayukraud"}),
        # lower-case initials: a place after a particle is a surname; a double surname with particle
        ("Van: a.s.p. van zutphen, wijkcoördinator\n", {"a.s.p. van zutphen"}),
        ("Namens het college,\n\no.j. van straaten-de keizer\nteamleider Jeugd\n", {"o.j. van straaten-de keizer"}),
        # after a title: a listed name that is a particle, a word or a language elsewhere
        ("Geachte heer Le en mevrouw Firouzi,\n", {"Le", "Firouzi"}),
        ("Goedemorgen mevrouw Dag,\n\nOp 7 juni heeft u gebeld.", {"Dag"}),
        ("Vandaag heeft mevrouw Spaans de stukken ingeleverd.", {"Spaans"}),
        # after a title a street ending is no street; an organisation's first word ends no name
        ("De weledelgeboren de heer Z. Ramperf\nSchoolstraat 91\n", {"Z. Ramperf"}),
        ("Aan de heer Marie-José Tjoe Nij\nKarel Doormanstraat 169a\n", {"Marie-José Tjoe Nij"}),
        # after a greeting and a title a lower-case word is the name, whatever else it means
        ("Geachte heer beek en mevrouw Jarosz,\n\nHet groen is gemaaid.", {"beek", "Jarosz"}),
        ("Geachte familie haal,\n\nWij schrijven u.", {"haal"}),
        ("Geachte mevrouw Bermack en mevrouw de nijs,\n", {"Bermack", "de nijs"}),
        # a double surname whose second part has a particle
        ("De taalcoach van Lubis-van der Werff meldt vooruitgang.", {"Lubis-van der Werff"}),
        ("De taalcoach van De Wilde-van Vliet meldt vooruitgang.", {"De Wilde-van Vliet"}),
        # a given name that is a day or month, before a surname
        ("Het dossier van Sunday Bell (kenmerk ZK719378) vraagt om een besluit.", {"Sunday Bell"}),
        ("28 november 2026: dhr Wijzeperf niet verschenen op afspraak.", {"Wijzeperf"}),
        # display names and quoted writers typed in lower case
        ("Aan: holarış hallak <holarish@hotmail.com>\n", {"holarış hallak"}),
        ("From: peer willemse <peerw@vluchtelingenwerk.nl>\n", {"peer willemse"}),
        # a listed organisation that is all names ("Dirk van den Broek") stays a person in a field
        ("Van: Dirk van den Broek\nOnderwerp: huur\n", {"Dirk van den Broek"}),
        ("Op 18-4-2023 17:15 heeft tasneem meijering het volgende geschreven:\n> Goedemiddag", {"tasneem meijering"}),
        # after a title, a given name typed small goes on to its surname with particles
        ("Met hartelijke groet,\n\nmevrouw zarmina van wijland\ncoördinator\n", {"zarmina van wijland"}),
        ("Aan mevrouw ilhan van de vorst\nKoningin Julianaplein 20a\n", {"ilhan van de vorst"}),
        ("mw. sara van den berg belt terug", {"sara van den berg"}),
        # a given name that is a month or a word before particles and a listed surname
        ("6. April de Graaf vraagt of de straten worden geveegd.", {"April de Graaf"}),
        ("Toen vroeg Frans de Vries of het kon.", {"Frans de Vries"}),
        # a nickname in quotes or brackets between the given name and the surname is part of the name
        ('Groepsleider op het feestje: Oliver "Ollie" Kanterink.', {'Oliver "Ollie" Kanterink'}),
        ("Gesprek met Johannes (Hans) van der Sabelsma over de tuin.", {"Johannes (Hans) van der Sabelsma"}),
    ],
)
def test_finds_names(recognizer: DutchPersonRecognizer, text: str, expected: set[str]) -> None:
    assert expected <= person_texts(recognizer, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a title is never a name of its own, however many stand in a row
    ("Prof. Dr. Wesselink opende het congres.", {"Wesselink"}),
    ("Mw. Prof. Dr. A.B. de Kruijff", {"A.B. de Kruijff"}),
    ("Dr. Ing. Dr. Ravensbergen", {"Ravensbergen"}),
])
def test_titles_in_a_row_are_no_names(recognizer: DutchPersonRecognizer, text: str, expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare preposition before a capitalised word ends the name: the place stays readable
        ("Zij maakt zich zorgen over haar broer Jasmin Jansen in Nigeria.", {"Jasmin Jansen"}),
        ("Gisteren sprak ik Jan in 't Veld.", {"Jan in 't Veld"}),
        # a title that ends its line (a letter wrapped by hand or by OCR): the name on the next is titled
        ("Ik heb gebeld met een medewerker, de heer\nStelling, die zei dat ik moest wachten.", {"Stelling"}),
        ("Geachte heer,\nHierbij stuur ik u de stukken.", set()),
        # the particle's apostrophe typed curly
        ("Met vriendelijke groet,\n\nde teamleider Invordering,\n\nJ.C. van ’t Hoff", {"J.C. van ’t Hoff"}),
        ("Hij woont met Jasmin Jansen in Den Haag.", {"Jasmin Jansen"}),

        # and begins where it does: the lower-case particles after a title are the surname's
        ("Tel. contact met mevrouw van Leeuwen (Sociale Dienst).", {"van Leeuwen"}),
        ("Mijn klantmanager, mevrouw de Koning, is de aanvraag kwijt.", {"de Koning"}),
        ("Geachte heer van 't Hof,\n", {"van 't Hof"}),
        ("Gesprek met dhr. van der Linden over de huur.", {"van der Linden"}),
        ("Zij verhuist van Leeuwarden naar Gent.", set()),
        # the initials after a surname written first, where an item's end follows them
        ("Team Vergunningen: medewerkers Aarts, P. en Jansen, Q.\n", {"Aarts, P.", "Jansen, Q."}),
        ("Machinisten: Boukes, S.; Verhagen, M. (reserve)", {"Boukes, S.", "Verhagen, M."}),
        ("Aanwezig: Jansen, A. Bakker en Q. Smit.", {"Jansen", "A. Bakker", "Q. Smit"}),  # two people
        ("De advocaat van Bennett heeft gereageerd.", {"Bennett"}),  # a role: "van" is "of"
        ("Cliënt: Mevrouw De Groot\n", {"De Groot"}),
        # a form field may name a thing, not a person
        ("Naam: n.v.t.\n", set()),
        ("Naam: Woo-verzoek\n", set()),
        ("Naam: Buurtfeest Krispijn\n", set()),
        ("Ik ben ziek, dus ik kom niet.", set()),  # "ik ben" introduces only a given name
        ("Mijn naam is niet belangrijk.", set()),
        # under a sign-off, a given name and a surname typed small, however ordinary the words
        ("Vriendelijke groet,\n> greet koster\n", {"greet koster"}),
        ("Met vriendelijke groet,\n\nroos van der linden\n", {"roos van der linden"}),
        ("Met vriendelijke groet,\n\nteam wonen\n", set()),
        ("Gesproken met mevrouw fatima van de gemeente over de huur.", {"fatima"}),  # an institution
        # a lower-case name in a mail header, however ordinary its words
        ("Van: jan de vries\nOnderwerp: huur\n", {"jan de vries"}),
        ("CC: rand claeys\nDatum: 04-04-2024\n", {"rand claeys"}),
        ("Aan: team wonen\nOnderwerp: huur\n", set()),
        # a capitalised particle group before a surname no list knows, also a Dutch word
        ("Het gesprek met Van den Verpop ging goed.", {"Van den Verpop"}),
        ("Van der Kolić is op 8 mei geboren in Warschau.", {"Van der Kolić"}),
        ("Van de Raad ontvingen wij een brief.", set()),  # an institution
        ("Van de Wethouder kregen wij antwoord.", set()),  # an office
        ("Van het Rijksvastgoedbedrijf kwam bericht.", set()),
        # a given name typed small goes on to a surname no list knows as a word, not to a word
        ("Broer van cl., margarida oldenkamp, is gisteren aangekomen.", {"margarida oldenkamp"}),
        ("In mei start de taalcursus. ammar en elham ingeschreven.", {"ammar", "elham"}),
        ("Het is in behandeling bij Rezan stepien.\n\nMorgen meer.", {"Rezan stepien"}),
        # ... not an English verb after a name in an English mail
        ("Regarding number 88: Mr. Gerrits called our office again.", {"Gerrits"}),
        ("Ahmed schreef gisteren een brief.", {"Ahmed"}),  # a Dutch word after the name is no surname
        # after a greeting a listed given name is one, also when it is an ordinary word
        ("Dag guy,\n\nDank voor uw geduld.", {"guy"}),
        ("Hoi mark,\nHet formulier is binnen.", {"mark"}),
        ("Dag allemaal,\n\nDank voor uw komst.", set()),
        # a given name that is a month before a surname no list knows
        ("Broer van cl., June Thyno, is op 20 mei aangekomen.", {"June Thyno"}),
        # a stock name for anyone
        ("Het inkomen ligt rond Jan Modaal, maar de lasten zijn te hoog.", set()),
        # a residents' council or interest group after a given name is no surname
        ("Goedenavond, ik ben Kees van de Wijkraad Poelenburg.", {"Kees"}),
        # two or three capitals alone are an abbreviation, though "Ab" is a given name; after a title a name
        ("Wegens de beperkte capaciteit in onze AB-zaal vragen wij u zich aan te melden.", set()),
        ("Locatie: AB zaal", set()),
        ("Gesprek met Ab over de huur.", {"Ab"}),
        # a note's abbreviation in capitals is no initials; a list's point before a form of address no name
        ("De raad vergadert. [N.B. Deze vergadering is het vervolg van die van 3 juli.]", set()),
        ("P.S. Vergeet de bijlage niet.", set()),
        ("Benoemd worden:\n    • c. de heer drs. K.J. Dijkhof.", {"K.J. Dijkhof"}),
        # a nationality adjective after "van de" is no surname
        ("Yara Kanterink van de Syrische stand zei dat het druk was.", {"Yara Kanterink"}),
        # ... but a nationality word that is a listed name stays the name's ("Frans")
        ("Stiefvader: dhr. Rudsel Frans belde.", {"Rudsel Frans"}),
        # a party glued to a member's initials ends the name before it (a flattened table of members)
        ("Aanwezig: D66G.I. Timmer VVDJ Lok", {"Timmer", "Lok"}),
        # ... and a party or the next label in capitals after a member's name in a list flattened
        # without brackets; a surname in capitals, or a party word one capital writes, stays the name's
        ("AANWEZIG: de heer Van Dijkhof VVD mevrouw Kanterink, de heer Sabelsma VERDER AANWEZIG: niemand",
         {"Van Dijkhof", "Kanterink", "Sabelsma"}),
        ("Gesprek met Jan de VRIES over de aanvraag.", {"Jan de VRIES"}),
        ("Mevrouw Anne Volt belde over de aanvraag.", {"Anne Volt"}),
        # an initial without its full stop before the particles of a listed surname is the name's
        ("Gisteren sprak ik A van der Dijkhuis over de brug.", {"A van der Dijkhuis"}),
        ("Vitamine A van de apotheek helpt.", set()),
        # a paper's kind before its author is no part of the name
        ("DH-04;22-02-2024;Raadsvragen Jansen;Reeds openbaar", {"Jansen"}),
        # a double surname broken over two lines at its hyphen is one name
        ("Brief van mevrouw Kanterink-\nDijkhof over de huur.", {"Kanterink-\nDijkhof"}),
    ],
)
def test_name_spans_end_where_the_name_does(recognizer: DutchPersonRecognizer, text: str, expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We kopen brood bij de bakker op de hoek.",
        "Het groen in de wijk wordt beter onderhouden.",
        "In mei komt de raad weer bijeen.",
        "Tijdens het Financieel Ontzorgen betaalt de dienst de vaste lasten.",
        "Geachte raadsleden,\n",
        "Beste mensen,\n",
        "Geachte heer/mevrouw,\n",
        "Met vriendelijke groet,\n\nGemeente Dordrecht\n",
        "Met vriendelijke groet,\n\nDe burgemeester van Dordrecht\n",
        "Het kantoor aan de Willem de Zwijgerlaan is dicht.",
        "Hij woont in de Jan van Galenstraat in Amsterdam.",
        "Graag t.a.v. de afdeling Werk sturen, i.o.m. de wijkagent.",  # abbreviations, no initials
        "Dit is o.a. belangrijk, zie ook p.s. hieronder.",
        "Het gaat om de situatie rond o.b.s. de Boventoon en de bomenkap.",  # a kind of school
        "Zij zit op het Johan de Witt-gymnasium.",
        "Graag gedaan.\nGroetjes aan iedereen daar.\n",
        "Hoi allemaal,\n\nDe vergadering is verzet.",
        "Beste buren,\n\nWij geven een feest.",
        "Met vriendelijke groet,\n\nzie bijlage\n",
        "Aan: het college van B en W\n",
        "De les is op de Annie M.G. Schmidtschool.",
        "Wij gaan zondag naar de Sint-Janskerk.",
        "De opvang in de Willem III-kazerne sluit in mei.",
        "De Martinus Nijhoffbrug blijft bereikbaar.",
        "Natuurlijk bent u altijd welkom op onze locatie.",
        # Postcode letters that look like titles (MW = mevrouw, CL = cliënt): the town follows.
        "Karel Doormanweg 30\n3313MW Dordrecht\n",
        "Krispijnseweg 20hs\n3313 CL Dordrecht\n",
        "Thorbeckeweg 24\n3311 AN Dordrecht\n",  # AN and AB are also given names
        "Voorstraat 157-1\n3317 AB Dordrecht\n",
        # the rules above must not fire without a title, initials or a name before the word
        "Het is een Bond voor huurders.",
        "Zij spreekt Frans en Duits met de tolk.",
        "Het kantoor aan de Oostwal is dicht.",
        "Wij wonen aan de Jan De La Marstraat.",
        "Datum: Maandag 3 juni\n",
        "Ik heb mevrouw gisteren gebeld en meneer zelf ook.",
        "DE LAAT\n\nIn de wijk is het rustig.",  # a heading in capitals, not a name in a sentence
        "Verslag: zie bijlage\n",
        "Behandelaar: Team Schuldhulp\n",
        "Wij zoeken een tolk Spaans voor het gesprek.",
        "Graag t.a.v. de afdeling Werk, in overleg met Vluchtelingenwerk.",
        "Geachte heer en mevrouw,\n",
        "Geachte mevrouw de voorzitter,\n",
        "cl. belt terug. De familie heeft gebeld, meneer vertelde het, mevrouw zelf ook.",
        "Huisbezoek gedaan. cl. wil graag werken als kapper.",  # "Wil" is a given name too
        "Van: info <info@dordrecht.nl>\n",  # a mailbox, not a person
        "Cc: Het Rode Kruis\nOnderwerp: huur\n",  # a listed organisation as the whole field
        # a full stop after a role word ends the sentence; only an abbreviation's stop keeps the title
        "Verslag besproken via de tolk. Akkoord vader en moeder per e-mail.",
        "Opgesteld door de consulent. Afschrift: cliënte en partner.",
    ],
)
def test_no_names(recognizer: DutchPersonRecognizer, text: str) -> None:
    assert person_texts(recognizer, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # person.subject_given_name: a listed given name opening a sentence that reports, asks or is absent,
    # also where it is an ordinary word
    ("3. Mededelingen\nBen is met kennisgeving afwezig.", {"Ben"}),
    ("De stukken zijn rondgestuurd. Roos vraagt of dat kan.", {"Roos"}),
    ("Wil heeft gebeld over de huur.", {"Wil"}),
    # ... not a function word, an office, a role, or a verb said of things
    ("Dat zegt genoeg. Raad vraagt om uitstel. Mentor belt morgen.", set()),
    ("Kader is vastgesteld. Ben je er morgen?", set()),
])
def test_a_given_name_as_a_sentences_subject(recognizer: DutchPersonRecognizer, text: str,
                                             expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # once found, every mention: surname alone, first name alone, possessive, lower case
        (
            "Van: Yonas Okbay <y.okbay@x.example>\n\nOkbay vraagt om uitstel. Yonas' broer en "
            "Okbay's zus komen mee. Later belde yonas nog.",
            {"Yonas Okbay", "Okbay", "Yonas'", "Okbay's", "yonas"},
        ),
        (
            "Geachte heer Bakker,\n\nBakker schreef ons eerder. De bakker op de hoek is dicht.",
            {"Bakker"},
        ),
    ],
)
def test_every_mention_is_found(redactor: Redactor, text: str, mentions: set[str]) -> None:
    redacted = [d for d in redactor.analyze(text) if d.decision == "redact" and d.entity == "PERSON"]
    assert {d.text for d in redacted} == mentions
    assert not any(d.text == "bakker" for d in redacted)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name broken over two lines, as PDF text often is: hyphenated, or the surname on the next line
        ("Gesprek met mevrouw S. Verbrug-\ngen over de bijstand.", "S. Verbrug-\ngen"),
        ("Mijn buurman Pieter\nvan den Broek kan dit bevestigen.", "Pieter\nvan den Broek"),
        ("Ik sprak Fatima El\nAmrani van het wijkteam.", "Fatima El\nAmrani"),
        # ... but an organisation on the next line is no surname
        ("Met vriendelijke groet,\n\nJan Jansen\nvan Sociale Dienst Drechtsteden\n", "Jan Jansen"),
    ],
)
def test_a_name_broken_over_two_lines_is_withheld_whole(redactor: Redactor, text: str, name: str) -> None:
    redacted = [d.text for d in redactor.analyze(text) if d.entity == "PERSON" and d.decision == "redact"]
    assert redacted == [name]


def test_organisation_containing_a_name_is_not_a_person(redactor: Redactor) -> None:
    text = "De Stichting Anne Frank organiseert een lezing in de bibliotheek."
    decisions = redactor.analyze(text)
    assert not [d for d in decisions if d.decision == "redact"]
    assert any(d.entity == "ORGANIZATION" and "Stichting Anne Frank" in d.text for d in decisions)


def test_official_keeps_name_everywhere_in_document(redactor: Redactor) -> None:
    text = "Wethouder Marjolein Brandsma opende. Daarna sprak Brandsma over de begroting."
    persons = [d for d in redactor.analyze(text) if d.entity == "PERSON"]
    assert {d.text for d in persons} == {"Marjolein Brandsma", "Brandsma"}
    assert all(d.decision == "keep" for d in persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik sprak met COA Jan Jansen over de woning.", "Jan Jansen"),  # "Jan" is also a word
        ("Na overleg met IND Roos Vermeulen volgt een besluit.", "Roos Vermeulen"),
        # a given name after "van": the person the organisation deals with
        ("De aanvraag voor Taalhuis van Redouane La is toegekend.", "Redouane La"),
        # an organisation and a person on the very same words: the person stands
        ("Ter attentie van Wislahadhia Faraj, graag.", "Wislahadhia Faraj"),
    ],
)
def test_a_name_after_an_organisation_is_not_swallowed_by_it(redactor: Redactor, text: str, name: str) -> None:
    decisions = redactor.analyze(text)
    assert any(d.text == name and d.decision == "redact" for d in decisions)
    assert not any(name in d.text and d.entity == "ORGANIZATION" for d in decisions)


@pytest.mark.parametrize(
    ("text", "organisation", "name"),
    [
        ("De medewerker van team Integratie Jan Jansen belde gisteren.", "team Integratie", "Jan Jansen"),
        ("Namens Stichting Present Fatima Yilmaz, coördinator.", "Stichting Present", "Fatima Yilmaz"),
        ("Gesprek bij gemeente Dordrecht Mark de Boer over de aanvraag.", "gemeente Dordrecht", "Mark de Boer"),
        ("Afdeling Burgerzaken Ahmed Benali heeft gebeld.", "Afdeling Burgerzaken", "Ahmed Benali"),
    ],
)
def test_an_organisation_phrase_ends_where_a_person_follows(
    redactor: Redactor, text: str, organisation: str, name: str
) -> None:
    decisions = {(d.text, d.entity, d.decision) for d in redactor.analyze(text)}
    assert (organisation, "ORGANIZATION", "keep") in decisions
    assert (name, "PERSON", "redact") in decisions


def _ner_span(text: str, phrase: str) -> NerSpan:
    start = text.index(phrase)
    words, position = [], start
    for token in phrase.split(" "):
        word = token or " "  # spaCy keeps a second space as a token of its own
        words.append(NerWord(position, position + len(token or " "), word, False))
        position += len(token) + 1 if token else 1
    return NerSpan("PER", start, start + len(phrase), tuple(words), 0.85)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Voorstraat 12\n3311 AB  Dordrecht\n", "AB  Dordrecht", set()),  # postcode letters + town
        ("Voorstraat 12\n3311 AB Dordrecht\n", "Dordrecht", set()),
        ("Het was een lange dag. Advies\nvolgt later.", "Advies", set()),  # a lone unknown word, own fragment
        ("Wij spraken met wethouder Ilse Brandt over de begroting.", "wethouder Ilse Brandt", {"Ilse Brandt"}),
        ("Gisteren belde Tesfalem Ghebreyesus over de afspraak.", "Tesfalem Ghebreyesus",
         {"Tesfalem Ghebreyesus"}),
        # An ordinary word capitalised at the start of a sentence is no name ...
        ("Dank voor uw komst.\nAltijd welkom bij ons!\nGroet,", "Altijd", set()),
        # ... but a short word-list entry there may well be a given name, and recall comes first.
        ("15-02 In mei start de cursus. Ebo en Ifrah ingeschreven.", "Ebo", {"Ebo"}),
        ("Mid-sentence: wij zagen Altijd niet.", "Altijd", {"Altijd"}),
        ("Verzonden: Tue, 27 May 2025 14:16:00 +0200", "Tue", set()),  # an English date header's weekday
        ("Afspraak met Tue Nielsen om tien uur.", "Tue", {"Tue"}),  # Danish given name, no date after it
        # Names typed in lower case stay whole; a particle opens a surname ...
        ("Het was druk. gustavo de schipper van het LUMC gaf een toelichting.", "gustavo de schipper",
         {"gustavo de schipper"}),
        ("Conceptbesluit voorleggen aan van der zanden vóór 5 januari.", "van der zanden", {"van der zanden"}),
        ("Wethouder De Schipper wil ze uiterlijk vrijdag.", "De Schipper", {"De Schipper"}),
        ("Het was druk. Van Dijk adviseert te wachten.", "Van Dijk", {"Van Dijk"}),
        # ... but a capital by position before a given name is the preposition "van"
        ("Het was druk. Van Ahmed kregen wij een brief.", "Van Ahmed", {"Ahmed"}),
        ("Geachte familie Van den Boogaard,", "Van den Boogaard", {"Van den Boogaard"}),
        ("De heer Kaya belt terug.", "De heer Kaya", {"Kaya"}),  # before a title only: no part of it
        # ... but not a lower-case particle before a capitalised word, nor ordinary words in lower case
        # ("Aldervoort" itself is left to the organisation recognizer, which keeps "Aldervoort College")
        ("De les is op Aldervoort College.", "op Aldervoort", {"Aldervoort"}),
        # a lower-case name particle before a capitalised surname opens it; "van" when listed so
        ("De taak ging van wijlen den heer de Morny over.", "de Morny", {"de Morny"}),
        ("Toen zei von Bismarck niets.", "von Bismarck", {"von Bismarck"}),
        ("Wij spraken Verschuren, van Sprang en Van Tulder.", "van Sprang", {"van Sprang"}),
        ("Het boek van Multatuli ligt hier.", "van Multatuli", {"Multatuli"}),
        ("Wij praten over de verzorging van de bomen in het park.", "van de bomen", set()),
        # ... also after a word that cues a name: particles and ordinary words written small, none listed
        ("Ik heb de eigenaar van de zaak, de heer Emre Kanterink, gesproken.", "van de zaak", set()),
        ("Contactpersoon van de organisator is Marloes Dijkhof.", "van de organisator", set()),
        ("Hoi van der meer, hoe gaat het?", "van der meer", {"van der meer"}),  # a listed surname
        # "uit" inside the span says where its bearer comes from ("uit den Bogaard" is a surname)
        ("De aannemer was Kanterink Infra uit Rosmalen.", "Kanterink Infra uit Rosmalen", {"Kanterink Infra"}),
        ("Wij spraken Gerda Dijkhof uit de Veste over het plein.", "Gerda Dijkhof uit de Veste",
         {"Gerda Dijkhof"}),
        ("Wij spraken Jan uit den Bogaard over het plein.", "Jan uit den Bogaard", {"Jan uit den Bogaard"}),
        # an abbreviation the model took in at an edge: an account's holder, a letter's date
        ("Betalen op rekening t.n.v. Kanterink Boys. Ouders die", "t.n.v. Kanterink Boys", {"Kanterink Boys"}),
        ("Bijlage: brief van Anna Dijkhof d.d. 12 januari 2025", "Anna Dijkhof d.d.", {"Anna Dijkhof"}),
        # a sentence that ends inside the span before a quote; a portfolio's word before a given name
        ("zegt wethouder Economie en Duurzaamheid Rutger van Kanterink vandaag.",
         "Duurzaamheid Rutger van Kanterink", {"Rutger van Kanterink"}),
        # ... not a saint's, a queen's or a calling's word, which the name of a school or a home keeps
        ("Kinderen van de CBS Koningin Juliana plantten bomen.", "Koningin Juliana", set()),
        # a label of minutes or notes the model took in before the name
        ("Torens? Antwoord Kanterink: maximaal 110 meter.", "Antwoord Kanterink", {"Kanterink"}),
        ("Zie mailto:raadsgriffie@dordrecht.nl voor vragen.", "mailto:raadsgriffie@dordrecht.nl", set()),
        # A lone unknown word in lower case is a name only after a title, a greeting, "X en", a
        # preposition that takes a person, or opening a line or sentence
        ("Zie onze social media.", "social", set()),
        # an ordinary word capitalised by its place: opening a sentence or a field after its label
        ("Onderwerp: Werkbezoek wethouder\n", "Werkbezoek", set()),
        ("Zij kwam langs. Werkbezoek van de wethouder volgt.", "Werkbezoek", set()),
        ("aandachtsfunctionaris Huiselijk geweld/Kindermishandeling", "Huiselijk", set()),
        ("Volgens de buren zegt Groen niets.", "Groen", {"Groen"}),  # a listed surname stays
        ("Taalles loopt goed volgens koef. Zij wil graag werken.", "koef", {"koef"}),
        ("Actie taruben: conceptbesluit voorleggen.", "taruben", {"taruben"}),
        ("Vandaag belde de buurvrouw.\nimazian was erg zenuwachtig.", "imazian", {"imazian"}),
        ("Wij maken er een mooie zaak van zhetlu als dat lukt.", "zhetlu", {"zhetlu"}),
        ("Het gaat over een nieuwe zhetlu in de wijk.", "zhetlu", set()),
        ("Behandeling door uw medewerker meneer dhidi op 16 mei.", "dhidi", {"dhidi"}),
        ("Hoi koef,\nHet formulier is binnen.", "koef", {"koef"}),
        ("In mei start de taalcursus. Ubah en muntadher ingeschreven.", "muntadher", {"muntadher"}),
        ("Raadslid Selin Aslan (Beter voor Dordt) stelde vragen.", "Dordt", set()),  # a listed place
        # a span ending inside a municipality's name of several words (a local party's, or the town)
        ("Mooi Kaag en Braassem heeft een interpellatie aangevraagd.", "Mooi Kaag", set()),
        ("Mooi Kaag en Braassem heeft een interpellatie aangevraagd.", "Braassem", set()),
        ("Senioren Dijk en Waard geeft aan dat het punt blijft.", "Senioren Dijk", set()),
        ("Ik sprak met Piet Braassem over de brug.", "Piet Braassem", {"Piet Braassem"}),
        # on a German or English line, a word written small that is no particle makes a phrase
        ("Betreff: Baum an der Neustraße / Nieuwstraat – bitte dringend, ich bitte Sie", "Baum an der Neustraße",
         set()),
        ("Sehr geehrte Damen und Herren, mein Name ist Jürgen von der Heidekamp und ich wohne hier.",
         "Jürgen von der Heidekamp", {"Jürgen von der Heidekamp"}),
        # a label's colon inside the span: the name follows it
        ("Afwezig met bericht van verhindering: de heren E.A. Sabelsma en R.L.M. Sleijpenaar",
         "van verhindering: de heren E.A. Sabelsma", {"de heren E.A. Sabelsma"}),
        # German words on a German line, even where a list knows them as names
        ("Meine Frau ist schwer herzkrank und braucht ihren Schlaf. Ich bitte Sie, etwas zu tun.", "Sie", set()),
        ("Meine Frau ist schwer herzkrank und braucht ihren Schlaf. Ich bitte Sie, etwas zu tun.", "Meine", set()),
        ("Mein Name ist Jürgen Wangemann und ich wohne in Venlo.", "Jürgen Wangemann", {"Jürgen Wangemann"}),
        # an English function word opening a question, on an English line
        ("> 2. Can we work 24/7, including loading at night? We need this for the contract.", "Can", set()),
        ("Dear Sir,\n\nWill Smithers come tomorrow to the office, as you know?", "Will Smithers",
         {"Will Smithers"}),
        # a request under a law, a part of town, a parliamentary paper
        ("Iedereen kan een Woo-verzoek doen.\n\nIn het Woo-verzoek moet uw naam staan.", "In het Woo-verzoek", set()),
        ("Bobby Scheepstra (Kethel, West), Marcel Kreuger (Zuid, Woudhoek).", "West", set()),
        ("(Kamerstukken II, 2005–2006, 29 950, nr. 40)", "Kamerstukken II", set()),
        # a month or a weekday of a date, a mail header's label
        ("Date: Tue, 14 Jan 2025 08:12:44 +0100", "Jan", set()),
        ("Gesendet: Montag, 3. März 2025 21:47 An: info@venlo.example", "Montag", set()),
        ("Gesendet: Montag, 3. März 2025 21:47 An: info@venlo.example", "März", set()),
        ("Gesendet: Montag, 3. März 2025 21:47 An: info@venlo.example", "Gesendet", set()),
        ("Gesendet: Montag, 3. März 2025 21:47 An: info@venlo.example", "An", set()),
        # ... but a name that is also a month or a label stays one elsewhere
        ("Gisteren belde Jan over de brug.", "Jan", {"Jan"}),
        ("[12-03-2031 09:00] An: hallo allemaal", "An", {"An"}),
        # "Ad b." opens the answer to point b
        ("Reactie van het waterschap\nAd b. In het werkplan wordt opgenomen dat", "Ad b. In het werkplan", set()),
        ("Antwoord van het college\nAd 1. Ja. Sinds oktober zijn er meldingen.", "Ad", set()),
        # a street of two words the model read as a name: no given name, initials or title in it
        ("18.42 uur – Oudezijds Achterburgwal, hoogte nr. 60", "Oudezijds Achterburgwal", set()),
        ("Gisteren belde Jan Terweg over de bomen.", "Jan Terweg", {"Jan Terweg"}),
        ("Gisteren belde Ad Verbeekman over de brug.", "Ad Verbeekman", {"Ad Verbeekman"}),
        # a listed place where places go: after "tussen", "naar", or "<place> en"
        ("Werk aan de weg tussen Zutphen en Deventer start in september.", "Zutphen", set()),
        ("Werk aan de weg tussen Zutphen en Deventer start in september.", "Deventer", set()),
        ("Wij verhuizen naar Den Helder in mei.", "Den Helder", set()),
        # of a listed place, or a nationality: no lone name
        ("Er komen Noorse, Japanse en Canadese ploegen naar Heerenveen.", "Japanse", set()),
        ("Er komen Noorse, Japanse en Canadese ploegen naar Heerenveen.", "Canadese", set()),
        ("Er komen Noorse, Japanse en Canadese ploegen naar Heerenveen.", "Noorse", set()),
        ("Niet alle Zutphense ondernemers zijn blij.", "Zutphense", set()),
        ("Veel Groningers weten het nog niet.", "Groningers", set()),
        # a district or a plan
        ("De planning van het Waalfront schuift op.", "Waalfront", set()),
        # a sixth of German words makes a German line: its nouns are no names
        ("1. an Samstagen ein Parkverbot mit Abschleppdienst für den Maasboulevard einzuführen,", "Samstagen", set()),
        # ... on a Dutch line the same shape is left to the trimming rules and the scorer
        ("Gisteren belde Baum an de deur over de brug.", "Baum", {"Baum"}),
        # a street named after a person, with the article before it in the model's span
        ("De container bij de Jan Steenstraat is al drie weken vol.", "de Jan Steenstraat", set()),
        # the lower-case particles between a title and the name belong to the name
        ("Beste meneer in 't Veld,\n\nDank voor uw bericht.", "'t Veld", {"in 't Veld"}),
        # an office inside the model's span ends what came before it
        ("3. Ontwerp-peilbesluit Wolderbeek Heemraad Wiersema: het bestuur kiest peil B.",
         "Ontwerp-peilbesluit Wolderbeek Heemraad Wiersema", {"Wiersema"}),
        ("Commissaris van de Koning Marieke Ter Horstink opende de brug.", "Koning Marieke Ter Horstink",
         {"Marieke Ter Horstink"}),
        ("Auch Beigeordneter Hübbers sagte das.", "Auch Beigeordneter Hübbers", {"Hübbers"}),
        # the model read only the surname's core of a rare given name: the given name and the
        # particles are withheld with it (else they stay readable)
        ("  2. Ormijn van Dijkhuis, oprichter van de stichting, vraagt geld.", "Dijkhuis",
         {"Ormijn van Dijkhuis"}),
        ("Ook Gerlof van der Dijkhuis sprak in.", "Dijkhuis", {"Gerlof van der Dijkhuis"}),
        # ... or a listed surname with its particles, and not the given name before them
        ("  2. Ormijn van Dijk, oprichter van de stichting, vraagt geld.", "van Dijk", {"Ormijn van Dijk"}),
        ("Gisteren van Dijk gebeld.", "van Dijk", {"van Dijk"}),
        # ... but not an institution's, an office's or a hyphenated compound's word, nor "in de"
        ("De Stichting van Dijkhuis helpt.", "Dijkhuis", {"Dijkhuis"}),
        ("Onderwerp: Woo-verzoek van Tilburg", "Tilburg", {"Tilburg"}),
        ("Koningsdag in de Haarlemmerhout;Nadia Kanterink;", "Haarlemmerhout;Nadia Kanterink",
         {"Nadia Kanterink"}),
        # a cell break inside one token of the model's span parts it: each cell is judged alone (a
        # CSV row without spaces); an ordinary word opening a cell is none, a staff code may be one
        ("24-C-031;Stichting Gerlof Kanterink;Toegekend;AvO", "Gerlof Kanterink;Toegekend;AvO",
         {"Gerlof Kanterink", "AvO"}),
        # a cell holding only a listed place is the town column
        ("Kanterink, Joke;Kruisstraat 12a;5341 HL;Oss;06-00000000", "Oss", set()),
        # English everyday words on an English line: all of the span, or one before a small word
        ("Dear colleagues, thank you for the answer. Many people who want to stay here need a room.", "Many",
         set()),
        ("Kind regards, Sarah Kanterink MSc Global Health, University of the North", "Global Health", set()),
        ("Dear colleagues, thank you for the answer. Grace Kanterink will call you about the permit.",
         "Grace Kanterink", {"Grace Kanterink"}),
        # a vehicle's make and model, or a make before a number, plate or "kenteken"
        ("Er stond een grijze Opel Corsa XF-942-K voor de deur.", "Opel Corsa", set()),
        ("Auto (Peugeot 208, kenteken 87-HRB-4) kost te veel.", "Peugeot", set()),
        ("Mevrouw Mercedes Kanterink belde over de brug.", "Mercedes Kanterink", {"Mercedes Kanterink"}),
        # an office whoever holds it, a compound with a part in small letters, a body's own name
        ("De brief van de secretaris-generaal volgt.", "van de secretaris-generaal", set()),
        ("Vrijwilligers van Maatje-voor-maatje helpen.", "Maatje-voor-maatje", set()),
        ("De Meta-evaluatie verschijnt in mei.", "Meta-evaluatie", set()),
        ("Het advies van de Restitutiecommissie is bindend.", "Restitutiecommissie", set()),
        ("Mevrouw Anne-marie Kanterink belde.", "Anne-marie Kanterink", {"Anne-marie Kanterink"}),
        # a compound naming an office, or an ordinary word ending a capitalised enumeration
        ("Het forum bestaat uit de Forumvoorzitter en de Forumgriffier.", "Forumvoorzitter", set()),
        ("De Forumgriffiers zijn ambtenaren.", "De Forumgriffiers", set()),
        # a compound naming a kind of paper or meeting record
        ("Forumverslag 14-05-2018\n\nMotie: Behoud", "Forumverslag", set()),
        ("Het Statenvoorstel gaat naar de commissie.", "Statenvoorstel", set()),
        ("Commissieagenda 3 maart", "Commissieagenda", set()),
        # ... not a listed name, nor a name with a given name before it
        ("Met Jan Roosbrief gesproken.", "Jan Roosbrief", {"Jan Roosbrief"}),
        ("De minister van Onderwijs, Cultuur en Wetenschap antwoordt.", "Wetenschap", set()),
        ("Het programma Bestuur en Burger loopt door.", "Burger", set()),
        ("Gisteren spraken Kanterink en Visser elkaar.", "Visser", {"Visser"}),
        # a party glued to a member's initials parts a flattened table's names (the party no part)
        ("Naam GroenLinksI Sabelsma SPM.J. ten Kanterink PvdAM.M.M. Dijkhof", "Naam GroenLinksI Sabelsma SPM.J. "
         "ten Kanterink PvdAM.M.M. Dijkhof", {"I Sabelsma", "M.J. ten Kanterink", "M.M.M. Dijkhof"}),
        ("Naam BurgerbelangP.I. Sabelsma StadspartijM Kanterink", "Naam BurgerbelangP.I. Sabelsma StadspartijM "
         "Kanterink", {"P.I. Sabelsma", "M Kanterink"}),
        # a stock name for anyone
        ("Het inkomen ligt rond Jan Modaal, maar de lasten zijn te hoog.", "Jan Modaal", set()),
        ("inspreker;Dorpsbelangen Eefde;secretaris@dorpsbelangen.example", "Dorpsbelangen Eefde", set()),
        # capitalised ordinary words, none a listed name: a service's or a team's name
        ("Joost Kanterink, adviseur Toegang Beschermd Wonen en Opvang", "Toegang Beschermd Wonen", set()),
        # ... a listed name among them stays
        ("Het gesprek met Anna Groen Water ging over de dijk.", "Anna Groen Water", {"Anna Groen Water"}),
        # a topic after its head, also a word that is a surname too ("Water")
        ("Gedeputeerde Straat draagt de portefeuille Water over.", "Water", set()),
    # an office of a water board or the States before the name is no part of it
    ("De voorzitter deelt mee dat het AB-lid Kanterink later aansluit.", "AB-lid Kanterink", {"Kanterink"}),
    ("Statenleden Dijkhof en Oude Sabelsma vroegen het.", "Statenleden Dijkhof", {"Dijkhof"}),
        ("De uitbreiding van het bedrijventerrein Riegmeer volgt.", "Riegmeer", set()),
        # the royal house an order is named after
        ("Zij is benoemd tot Officier in de Orde van Oranje-Nassau.", "Oranje-Nassau", set()),
        # a file's extension is no part of the name before it
        ("DH-04;22-02-2024;Raadsvragen Dijkhof en Kanterink.pdf;Reeds openbaar", "Kanterink.pdf", {"Kanterink"}),
        # an app or a feast
        ("Berichten via WhatsApp of Signal zijn niet bewaard.", "WhatsApp of Signal", set()),
        ("Tijdens Carnaval staat de straat vol.", "Carnaval", set()),
        # an organisation's acronym with ordinary words or a town; not initials before a surname
        ("Exploitant is SHM Huisvesting, geopend in september.", "SHM Huisvesting", set()),
        ("Een vrijwilliger van IVN Tiel telde libellen.", "IVN Tiel", set()),
        ("Het verslag is van JPM Kanterink, de buurman.", "JPM Kanterink", {"JPM Kanterink"}),
        # a town's adjective: what it heads is named after the town
        ("Het besluit gaat over de Tilburgse Kermis van 2024.", "de Tilburgse Kermis", set()),
        ("Ook de Groningse Museumnacht kreeg subsidie.", "Groningse Museumnacht", set()),
        ("Het gesprek met Sabelsma-van der Kanterink ging goed.", "Sabelsma-van der Kanterink",
         {"Sabelsma-van der Kanterink"}),
        # a word written small that no name holds ends the name: a phrase runs on, each part judged
        ("Verslag:\n• Ontwikkelingen rond Website\n• Vervolg", "Ontwikkelingen rond Website", set()),
        ("Beleidsregel uitvoering Rijkssubsidiekader X 06-HB-001", "Beleidsregel uitvoering Rijkssubsidiekader X",
         set()),
        ("De agent heette Koster; hij schreef het op.", "agent heette Koster", {"Koster"}),
        ("Zij spraken met Jan en Piet Kanterink.", "Jan en Piet Kanterink", {"Jan", "Piet Kanterink"}),
        ("Dat zeiden Kanterink en Sabelsma gisteren.", "Kanterink en Sabelsma", {"Kanterink", "Sabelsma"}),
        ("Uitzetting van huurders Oostervaart en rol van de gemeente", "Oostervaart en rol", set()),
        # a section on an article of a law, and a word's hyphen before "en" in a phrase typed small
        ("Inhoud 2.1 Inleiding 11 2.2 Begripsbepalingen (artikel 2.1 Woo) 11", "Begripsbepalingen", set()),
        ("De leden ontvangen een vergoeding van reis- en verblijfskosten.", "van reis-", set()),
        # ... but a name typed all small, and particles, stay whole
        ("gesproken met gustavo de schipper over de buren", "gustavo de schipper", {"gustavo de schipper"}),
        ("Het gesprek met Anne van der Kanterink ging goed.", "Anne van der Kanterink", {"Anne van der Kanterink"}),
    ],
)
def test_model_spans_are_trimmed_and_filtered(
    recognizer: DutchPersonRecognizer, text: str, phrase: str, expected: set[str]
) -> None:
    results = recognizer.ner_results(text, [_ner_span(text, phrase)])
    assert {text[r.start : r.end] for r in results} == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("14-01 Gebeld met Juultje van Vluchtelingenwerk over inburgering.", "Juultje van Vluchtelingenwerk",
         {"Juultje"}),
        ("De Raad van State heeft uitspraak gedaan.", "Raad van State", set()),
        ("Het Hof van Twente besliste.", "Hof van Twente", set()),
        ("Gisteren van Dordrecht naar Zwijndrecht.", "Gisteren van Dordrecht", set()),
    ],
)
def test_the_person_in_a_model_organisation_is_found(
    recognizer: DutchPersonRecognizer, text: str, phrase: str, expected: set[str]
) -> None:
    span = _ner_span(text, phrase)
    results = recognizer.ner_results(text, [NerSpan("ORG", span.start, span.end, span.words, span.score)])
    assert {text[r.start : r.end] for r in results} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met vriendelijke groet,\n\nJan Jansen teamleider Werk\n", "Jan Jansen"),  # the role ends it
        ("Van: dawid vitale\nDatum: 3 mei 2025\n", "dawid vitale"),  # all lower case: all of it
        ("Geachte heer jerome ters,\n\nNamens het college", "jerome ters"),  # also after a salutation
        ("Goedemiddag mane,\n\nDe aanvraag is binnen.", "mane"),
    ],
)
def test_a_name_field_ends_where_the_name_does(recognizer: DutchPersonRecognizer, text: str,
                                                expected: str) -> None:  # fmt: skip
    # other recognizers may find a part of it too ("dawid" from the list); the widest span is the field
    assert max(person_texts(recognizer, text), key=len) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the names of laws are no surnames, however the lists spell "Woo"
    ("op grond van artikel 5.1, tweede lid, onder e, Woo). Contactpersoon: jurist Woo", set()),
    ("Kenmerk: Woo 2031-0042", set()),
    # after a title the same word is a name again
    ("Geachte mevrouw Woo,", {"Woo"}),
])
def test_legal_terms_are_names_only_after_a_title(recognizer: DutchPersonRecognizer, text: str,
                                                   expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # German and English words at the edge of the model's span are no part of the name ...
    ("Hier ist mein Jurgen Schaefermann zu Hause.", "ist mein Jurgen Schaefermann", {"Jurgen Schaefermann"}),
    # ... but an initial is, though "a" is an English word
    ("Contact: A van der Sluijters, kamer 4", "A van der Sluijters", {"A van der Sluijters"}),
])
def test_foreign_words_at_the_edge_of_a_model_span(
    recognizer: DutchPersonRecognizer, text: str, phrase: str, expected: set[str]
) -> None:
    results = recognizer.ner_results(text, [_ner_span(text, phrase)])
    assert {text[r.start : r.end] for r in results} == expected


def test_german_forms_of_address_are_titles(recognizer: DutchPersonRecognizer) -> None:
    assert "Brinkhorst" in person_texts(recognizer, "Sehr geehrter Herr Brinkhorst,")
    assert "Herr Brinkhorst" not in person_texts(recognizer, "Sehr geehrter Herr Brinkhorst,")


@pytest.mark.parametrize(("text", "expected"), [
    # a listed given name typed small after a neighbour or relative, also when it is a word too
    ("mijn buurvrouw roos van de overkant heeft geklaagd", {"roos"}),
    ("de buurman pyt de boer wil ook tekenen", {"pyt de boer"}),
    ("daar komt meneer mark elke twee weken", {"mark"}),
    # ... or before the relation in brackets
    ("ze hebben het verteld aan everdien (hun dochter)", {"everdien"}),
    ("het huis (de buurman) is verkocht", set()),
    # no given name after the word
    ("de buurman zegt dat het goed is", set()),
    ("mijn zoon gaat naar school", set()),
])
def test_lower_case_name_after_a_relative(recognizer: DutchPersonRecognizer, text: str, expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


# person.role_lower_surname: a listed surname typed small as a role's apposition
@pytest.mark.parametrize(("text", "expected"), [
    ("de wijkagent bakker zegt dat het een zaak is voor de gemeente", {"bakker"}),
    ("wijkagent van den berg belde gisteren terug", {"van den berg"}),
    ("mijn overbuurvrouw de jong klaagt al jaren", {"de jong"}),
    # a verb or a word no surname list knows after the role
    ("de wijkagent kwam langs en de agent bleef staan", set()),
    ("de handhaver schreef een waarschuwing uit", set()),
])
def test_lower_case_surname_after_a_role(recognizer: DutchPersonRecognizer, text: str, expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # on a German line a capital says nothing: an unlisted word is no name ...
    ("Tausende Besucher parken auf dem Grünstreifen an der Maas und auf den Gehwegen.", "Grünstreifen", set()),
    # ... a listed name, or a form of address before it, still is
    ("Ein Mitarbeiter der Abteilung, Herr Smeetsbergen, schrieb mir im Mai.", "Smeetsbergen", {"Smeetsbergen"}),
    ("Unser Nachbar Wolfgang Pützlein hat das gleiche Problem mit dem Lärm.", "Wolfgang Pützlein",
     {"Wolfgang Pützlein"}),
])
def test_model_spans_on_german_lines(
    recognizer: DutchPersonRecognizer, text: str, phrase: str, expected: set[str]
) -> None:
    results = recognizer.ner_results(text, [_ner_span(text, phrase)])
    assert {text[r.start : r.end] for r in results} == expected


@pytest.mark.parametrize("text", [
    "De oversteek bij Zorgcentrum Sint Jozef is gevaarlijk.",
    "Kinderen van de CBS Koningin Juliana plantten bomen.",
    "De brug bij de Prinses Amalia Haven gaat open.",
    "Het heeft Zijne Majesteit de Koning behaagd haar te benoemen.",
    "Zij is benoemd tot Ridder in de Orde van Oranje-Nassau.",
])
def test_a_saint_or_royal_names_no_private_person(recognizer: DutchPersonRecognizer, text: str) -> None:
    assert person_texts(recognizer, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Voorzitter - H.P. (Hans Peter) Kanterink", "H.P. (Hans Peter) Kanterink"),
    ("Wethouder J. (Jan) van der Sabel is aanwezig.", "J. (Jan) van der Sabel"),
    ("de heer K.(Kees) Dijkhuis-Veenkamp belde", "K.(Kees) Dijkhuis-Veenkamp"),
])
def test_a_given_name_in_brackets_is_one_name_with_initials_and_surname(
        recognizer: DutchPersonRecognizer, text: str, expected: str) -> None:
    assert expected in person_texts(recognizer, text)


def test_brackets_after_initials_without_a_given_name_are_no_name(recognizer: DutchPersonRecognizer) -> None:
    # "(Bijlage)" is no listed given name: the pattern does not join across it
    assert not any("Bijlage" in t for t in person_texts(recognizer, "Zie A. (Bijlage) Regeling voor de details."))


CASED_LETTER = ("Geachte heer Kanterink,\n\nWij schrijven u over de aanslag.\nDe gemeente heeft uw bezwaar "
                "ontvangen.\nU hoort binnen zes weken van ons.\n")


@pytest.mark.parametrize(("line", "phrase", "expected"), [
    # in a text that writes its lines with capitals, small words no name list knows are no name ...
    ("Er staat geacbte heer/mevrouw boven de brief.", "geacbte", set()),
    ("The warehouse has an ammonia refrigeration system on site.", "refrigeration system", set()),
    # ... a listed name typed small still is
    ("Ik heb gebeld met yusuf over de sleutel.", "yusuf", {"yusuf"}),
])
def test_words_typed_small_in_a_cased_text(recognizer: DutchPersonRecognizer, line: str, phrase: str,
                                           expected: set[str]) -> None:
    text = CASED_LETTER + line + "\n"
    results = recognizer.ner_results(text, [_ner_span(text, phrase)])
    assert {text[r.start : r.end] for r in results} == expected


def test_english_words_on_a_short_line_of_an_english_mail_are_no_name(recognizer: DutchPersonRecognizer) -> None:
    mail = ("Dear Sir or Madam,\n\nI am writing because my landlord said I should write to the alderman directly. "
            "The heating in my room has not worked for three weeks and nobody answers my calls.\n\n"
            "Many thanks,\nSarah Whitfieldson\n")
    results = recognizer.ner_results(mail, [_ner_span(mail, "Many")])
    assert not results


def test_a_frisian_salutation_on_its_own_line_in_a_frisian_letter_is_no_name(recognizer: DutchPersonRecognizer) -> None:
    letter = ("Achte kolleezje,\n\nIk skriuw jo út namme fan it bestjoer fan ús feriening. Wy hawwe in fraach oer it "
              "paad by de skoalle, dat no al in skoft net goed is. Jo kinne my berikke op it nûmer fan it "
              "sekretariaat.\n\nMei freonlike groetnis,\nSjoukje Feenstrama\n")
    found = person_texts(recognizer, letter)
    assert not any("kolleezje" in f or "kinne" in f for f in found)
    assert "Sjoukje Feenstrama" in found


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # Frisian words on a Frisian line are a phrase, no name ...
    ("Jo kinne my berikke op it nûmer fan it sekretariaat, of stjoer ús in mail.", "Jo kinne", set()),
    ("Achte kolleezje, ik skriuw jo út namme fan it bestjoer fan ús feriening.", "Achte kolleezje", set()),
    # ... a name among them stays one
    ("Jo kinne Sjoukje Feenstra-Hiemstra skilje, sy wit der alles fan.", "Sjoukje Feenstra-Hiemstra",
     {"Sjoukje Feenstra-Hiemstra"}),
])
def test_model_spans_on_frisian_lines(recognizer: DutchPersonRecognizer, text: str, phrase: str,
                                      expected: set[str]) -> None:
    results = recognizer.ner_results(text, [_ner_span(text, phrase)])
    assert {text[r.start : r.end] for r in results} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # given names ending a line, a listed surname opening the next
    ("Inspreker de heer Hendrik Jan\nPostma, jeugdtrainer, vertelt over het veld.", "Hendrik Jan\nPostma"),
    ("Bij de balie stond mevrouw Anna\nVeenstra en wachtte.", "Anna\nVeenstra"),
    # ... a listed surname that is a word too, or a word no list knows, also indented (PDF text)
    ("Aanwezig waren Gert-Jan Bruinsma (voorzitter), Eelco\nZomer en Liesbeth de Graaf.", "Eelco\nZomer"),
    ("aangeboden door de heer Daan\n    Winterink; voorstel: betrekken.", "Daan\n    Winterink"),
])
def test_given_names_take_the_surname_on_the_next_line(recognizer: DutchPersonRecognizer, text: str,
                                                        expected: str) -> None:
    assert expected in person_texts(recognizer, text)


def test_a_word_opening_the_next_line_is_no_surname(recognizer: DutchPersonRecognizer) -> None:
    found = person_texts(recognizer, "Ik sprak met Anna\nVandaag is het mooi, zei ze in Tilburg.")
    assert not any("Vandaag" in f for f in found)


@pytest.mark.parametrize(("text", "absent", "present"), [
    # a strong street ending after a title or a role is a street ...
    ("De weg is afgesloten tussen de Dr. Schaepmansstraat en het plein.", "Schaepmansstraat", None),
    ("Mevrouw Janssens-Vos, bewoner van de Wilhelminalaan, spreekt in.", "Wilhelminalaan", "Janssens-Vos"),
    # ... after a form of address a surname
    ("De heer Verlaan en mevrouw Kaakstraat belden.", None, "Kaakstraat"),
])
def test_a_street_after_a_title(recognizer: DutchPersonRecognizer, text: str, absent: str | None,
                                present: str | None) -> None:
    found = person_texts(recognizer, text)
    assert absent is None or not any(absent in f for f in found)
    assert present is None or present in found


@pytest.mark.parametrize(("text", "word"), [
    # a street named after a person, broken at its hyphen over two lines
    ("Zij woont in de opvanglocatie aan de Louis Armstrong-\nweg sinds mei.", "Armstrong"),
    # a word of a listed place of several words
    ("Zij reisde naar Addis Abeba voor het onderzoek.", "Abeba"),
    # the article before a given name and a street word: the street named after the person
    ("Het kantoor ligt aan de Anthony Kanterweg in Oostrand.", "Kanterweg"),
    ("De Jan Sabelsweg wordt in mei afgesloten.", "Sabelsweg"),
])
def test_no_name_inside_a_street_or_a_place(recognizer: DutchPersonRecognizer, text: str, word: str) -> None:
    assert not any(word in f for f in person_texts(recognizer, text))


@pytest.mark.parametrize("text", [
    "Kanaal: Crisisoverleg Sluiskwartier (privé-kanaal)",
    "De Omgevingsvisie Waalfront ligt ter inzage.",
])
def test_an_area_or_a_plan_is_no_name(recognizer: DutchPersonRecognizer, text: str) -> None:
    assert not any(w in f for f in person_texts(recognizer, text) for w in ("kwartier", "front", "visie"))


@pytest.mark.parametrize(("text", "expected"), [
    # a facility's kind after the name it bears: the whole is the facility ("Karel de Grote College")
    ("Het Karel de Kanterink College en het Dominicus College nemen deel.", set()),
    ("Gesprek met Anna Sabelsma over het Karel de Kanterink College.", {"Anna Sabelsma"}),
    # two or three capitals ending a heading are an abbreviation, though "Ab" is a given name
    ("5. Beslútlist AB 30 oktober 2024 (fêststelle)", set()),
    # ... a name in capitals keeps its given name
    ("Aan: JAN KANTERINK, Dorpsstraat 4", {"JAN KANTERINK"}),

    ("12. Meta-evaluatie streekplannen. 13. Meta-evaluatie FINH. 14. Actualisatie", set()),
    # ... a double given name typed carelessly keeps its listed name
    ("Mevrouw Anne-marie Kanterink belde.", {"Anne-marie Kanterink"}),
])
def test_a_compound_in_small_letters_opens_no_name(recognizer: DutchPersonRecognizer, text: str,
                                                   expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("text", "phrase"), [
    ("Stand van zaken herontwikkeling Spoorzone, fase twee", "Spoorzone"),
    ("W. Ritsema (projectleider Havenzone) was afwezig", "Havenzone"),
])
def test_a_zone_the_model_calls_a_name_is_an_area(recognizer: DutchPersonRecognizer, text: str,
                                                  phrase: str) -> None:
    assert not recognizer.ner_results(text, [_ner_span(text, phrase)])


@pytest.mark.parametrize(("text", "expected"), [
    # a surname with its particles and nothing before it
    ("Gisteren belde van der Damhuisma over de tuin.", "van der Damhuisma"),
    ("Het dossier van v/d Kanterink is compleet.", "v/d Kanterink"),
    ("Overleg met v.d. Sabelsma gepland.", "v.d. Sabelsma"),
    # ... after a title also a surname that is an ordinary word, its particles with it
    ("Gesprek met dhr. v/d Sluis over de huur.", "v/d Sluis"),
    ("Brief van mw. d'Sluis ontvangen.", "d'Sluis"),
    # the particles written short belong to surnames only: a word or a town after them is one too
    ("Ik sprak met v/d Sluis over de brief.", "v/d Sluis"),
    ("Overleg met v.d. Berg gepland.", "v.d. Berg"),
])
def test_a_bare_surname_with_its_particles_is_a_name(recognizer: DutchPersonRecognizer, text: str,
                                                     expected: str) -> None:
    assert expected in person_texts(recognizer, text)


def test_particles_before_a_word_or_a_place_make_no_name(recognizer: DutchPersonRecognizer) -> None:
    found = person_texts(recognizer, "Een brief van der Gemeente en de haven van den Helder.")
    assert not any("Gemeente" in f or "Helder" in f for f in found)


def test_an_introduction_takes_the_surname_with_its_particles(recognizer: DutchPersonRecognizer) -> None:
    # "April" is a month too: the surname with its particles after it makes the introduction a name
    found = person_texts(recognizer, "Hoi! Ik ben April de Graafsma van Scouting Sint Joris, wij zoeken een plek.")
    assert "April de Graafsma" in found


def test_the_participants_of_a_chat_export_are_names(recognizer: DutchPersonRecognizer) -> None:
    found = person_texts(recognizer,
                         "Groepschat\nDeelnemers: Koçak, Derya; Ruiterman, Marco de; Vissers, Bas (extern)\n")
    assert {"Koçak, Derya", "Ruiterman, Marco de", "Vissers, Bas"} <= found


def test_a_weekday_of_a_mail_header_is_no_name_whatever_the_lists_say(recognizer: DutchPersonRecognizer) -> None:
    # "Thu" is a listed given name; in a date it is Thursday
    assert "Thu" not in person_texts(recognizer, "From: Wethouder X\nDate: Thu, 11 Jul 2024 14:22:09 +0200\n")


def test_a_sentence_on_the_next_line_is_no_surname(recognizer: DutchPersonRecognizer) -> None:
    assert "Anna\nDe" not in " ".join(person_texts(recognizer, "Ik sprak met mevrouw Anna\nDe gemeente belde later."))


@pytest.mark.parametrize(("text", "expected"), [
    # a surname ending like a street after initials or a given name is a surname
    ("de gebiedsbeheerder (J. Kortenoever en R. Zuidam).", "J. Kortenoever"),
    ("Gesprek met A. Verpoort over de dijk.", "A. Verpoort"),
    ("Gesprek met Rens Westerweide over de dijk.", "Rens Westerweide"),
    ("Ingediend door P.F.J.M. Kanterweg uit Oostrand.", "P.F.J.M. Kanterweg"),
    ("Ingediend door Piet Groeneweg uit Oostrand.", "Piet Groeneweg"),
])
def test_a_street_like_surname_after_initials_is_a_name(recognizer: DutchPersonRecognizer, text: str,
                                                        expected: str) -> None:
    assert expected in person_texts(recognizer, text)


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a greeting the model read into the name is no part of it ...
    ("[03-07-2031 18:02] Joost Hofmans: Welkom Gijs! Voor wie hem niet kent.", "Welkom Gijs", {"Gijs"}),
    ("Top Gijs 👍 tot morgen", "Top Gijs", {"Gijs"}),
    # a list's letter is no initial (the word after it is left to the scorer)
    ("Welke belangen? a. Economische belangen van de staat.", "a. Economische", {"Economische"}),
    ("Zienswijzen: a. Kermisexploitatie Gebr. Lambregts: geen bezwaar.", "a. Kermisexploitatie",
     {"Kermisexploitatie"}),
    # an abbreviation before a degree: the role ("HA", the huisarts), not part of the name
    ("05-02-2024 SdV Aanmelding via HA dr. Kanterink (Gezondheidscentrum Oost)", "HA dr. Kanterink", {"Kanterink"}),
    # a town's district
    ("De bomeninventarisatie Schalkwijk-Midden is klaar.", "Schalkwijk-Midden", set()),
    ("Wateroverlast in Zevenhuizen-Oost bij de school.", "Zevenhuizen-Oost", set()),
    # a queen or a saint opening the span: a school's or a church's name, no private person ...
    ("Een vraag over de school: de CBS Koningin Juliana wordt genoemd.", "Koningin Juliana", set()),
    # ... but "Prins" and "Koning" are surnames too
    ("Prins Yildizoglu en mevrouw Jansen belden.", "Prins Yildizoglu", {"Prins Yildizoglu"}),
    # an emoji the model read into the span
    ("Tijdens het bezoek van de Koning 🙄 bleef het stil.", "de Koning 🙄", set()),
    # two towns joined by a hyphen, a body's town
    ("3 – N348 Zutphen-Deventer fietspad wordt breder.", "Zutphen-Deventer", set()),
    ("De leden van de gemeenteraad van Den Helder krijgen post.", "Den Helder", set()),
    ("Brief aan de burgemeester van Den Helder en aan de heer Maas.", "Maas", {"Maas"}),
    # the head of state written as the office, not the surname "De Koning" or "Jan de Koning"
    ("Nu bevorderde de Koning haar tot Officier in de Orde.", "de Koning", set()),
    ("Gesprek met Jan de Koning over de dijk.", "Jan de Koning", {"Jan de Koning"}),
    ("Gesprek met mevrouw de Koning over de dijk.", "de Koning", {"de Koning"}),
    # an area's name
    ("Zij is projectleider Van Heekgebied en belt morgen.", "Van Heekgebied", set()),
    # a sentence's end inside the model's span: each part on its own
    ("Donderdag 19.30 uur in Het Rozendaal. Gert komt ook.", "Rozendaal. Gert", {"Rozendaal", "Gert"}),
    # ... not after initials, a title or a dotted abbreviation
    ("Het gesprek met dhr. Jansma ging goed.", "dhr. Jansma", {"Jansma"}),
    # a greeting or an interjection alone
    ("[06-05 13:33] Auke Jongsmaar: Top. Wa hat de tocht?", "Top", set()),
    # greetings of other languages, an ordinary word opening a chat message
    ("08-02-31 10:09 - Wiesia: Dzień dobry! Ik neem de kratten mee.", "Dzień dobry", set()),
    ("08-02-31 10:03 - Fatma Doğanay: Günaydın! Ik kan om 9 uur de sleutel halen.", "Günaydın", set()),
    ("[04-11-2031 08:06:02] Anne-Marije Zandstrama: Neem ik mee!", "Neem", set()),
    # ... but a name opening a message stays one
    ("[17-09-2031 20:18:02] Thijs Damsma: Mieke, stel jij die vraag?", "Mieke", {"Mieke"}),
    # a determiner that is a given name too, before its noun ...
    ("Er worden geen besluiten genomen. Elke inspreker heeft vijf minuten.", "Elke", set()),
    ("Dat gaat ons te ver. Elke ochtend staan ze er weer.", "Elke", set()),
    # ... but before a verb or a function word a name
    ("De buurvrouw belde. Elke zegt dat het niet klopt.", "Elke", {"Elke"}),
    ("Gisteren was het druk. Elke en Jan kwamen langs.", "Elke", {"Elke"}),
    # an ordinary word or compound before a colon: a field's label
    ("Eén dag trouwen\nCorsaregistratienummer: 10.49904\n", "Corsaregistratienummer", set()),
    ("OVERIG\nWijkregisseur : De wijkregisseur bevordert de samenwerking.", "Wijkregisseur", set()),
    # ... also a word that is a surname too, at a line's start, with a unit or a number after it
    ("Instellingen\nMaat: px\nLettertype: Arial", "Maat", set()),
    ("Datum: 14 mei\nZaal: 2b\n", "Zaal", set()),
    # a body with its article ("de Raad van de gemeente Oostrand"), not a person with a form of address
    ("Verslag van de vergadering van de Raad van de gemeente Oostrand.", "de Raad", set()),
    ("Het gesprek met mevrouw De Raad verliep goed.", "De Raad", {"De Raad"}),
    # ... a listed name before a colon stays one (a chat's or a form's speaker)
    ("Notulen\nSabelsma: ik ben het eens.", "Sabelsma", {"Sabelsma"}),
    ("Notulen\nVisser: ja\n", "Visser", {"Visser"}),
    ("Notulen\nMaat: nee, dat klopt niet.", "Maat", {"Maat"}),
    ("Notulen\nDe voorzitter vraagt het woord. Maat: px", "Maat", {"Maat"}),
    ("[22-05-2031 19:44:41] Jurre van Eckhout: Geregeld door de burgemeester zelf. Cheers Steven 😄", "Cheers Steven",
     {"Steven"}),
    # a name without a greeting keeps its first word
    ("Gijs Weedaman sprak de vergadering toe.", "Gijs Weedaman", {"Gijs Weedaman"}),
])
def test_a_greeting_or_a_list_letter_opening_a_model_span_is_no_part_of_the_name(
        recognizer: DutchPersonRecognizer, text: str, phrase: str, expected: set[str]) -> None:
    results = recognizer.ner_results(text, [_ner_span(text, phrase)])
    assert {text[r.start : r.end] for r in results} == expected


@pytest.mark.parametrize(("text", "phrase"), [
    # the model's span on the King of the office's name ("de commissaris van de Koning")
    ("De commissaris van de Koning van de provincie Drenthe, de heer A.L. ter Beekhuis, opent.", "de Koning"),
    ("De Commissaris van de Koningin opende de brug.", "Koningin"),
])
def test_the_kings_commissioner_names_no_private_person(recognizer: DutchPersonRecognizer, text: str,
                                                        phrase: str) -> None:
    assert recognizer.ner_results(text, [_ner_span(text, phrase)]) == []


@pytest.mark.parametrize(("text", "expected"), [
    # an initial typed without its full stop before a surname with particles is part of the name
    ("Contact: A van den Berg, kamer 4", "A van den Berg"),
    ("Gesprek met J de Vries over de aanvraag.", "J de Vries"),
])
def test_a_bare_initial_before_particles(recognizer: DutchPersonRecognizer, text: str, expected: str) -> None:
    assert expected in person_texts(recognizer, text)


@pytest.mark.parametrize(("text", "phrase"), [
    # the town after a postcode is a place, even when a surname list has it
    ("Seburen 22\n8711 AX Workum", "Workum"),
    ("Middenweg 277, 1782 BH Den Helder. In deze brief", "Den Helder"),
])
def test_the_town_after_a_postcode_is_no_name(recognizer: DutchPersonRecognizer, text: str, phrase: str) -> None:
    assert recognizer.ner_results(text, [_ner_span(text, phrase)]) == []
    assert phrase not in person_texts(recognizer, text)


def test_a_listed_place_after_in_or_naar_is_no_name(recognizer: DutchPersonRecognizer) -> None:
    assert "Oosterhout" not in person_texts(recognizer, "Zoals bij de basisscholen in Oosterhout gebeurt.")
    # after a title it is a surname
    assert "Oosterhout" in person_texts(recognizer, "Het gesprek met mevrouw Oosterhout duurde kort.")


def test_a_mail_separator_is_no_name(recognizer: DutchPersonRecognizer) -> None:
    text = "Phone (general): 0513 000 000  -----Original Message----- From: Anna"
    assert recognizer.ner_results(text, [_ner_span(text, "-----Original Message-----")]) == []


def test_names_set_in_columns_are_two_names(recognizer: DutchPersonRecognizer) -> None:
    text = ("de burgemeester,                         de secretaris,\n"
            "drs. M.J. van der Hoornaert-Wessels                   Th.F. Kamsteegh\n")
    found = person_texts(recognizer, text)
    assert "M.J. van der Hoornaert-Wessels" in found and "Th.F. Kamsteegh" in found
    assert not [f for f in found if "   " in f]
    # two spaces, as PDF text has them, still join a name
    assert "Ellen  de Kraker" in person_texts(recognizer, "Aanwezig: mevrouw Ellen  de Kraker (SP)")


@pytest.mark.parametrize(("text", "word", "is_name"), [
    ("Met vriendelijke groet,\nShanice de Grootveld\nconsulent Inkomen\n", "Inkomen", False),
    ("Hij werkt als projectleider Waalfront bij de gemeente.", "Waalfront", False),
    # a listed name after a role, and any word after a form of address, stay names
    ("Ik sprak consulent Bakker over de aanvraag.", "Bakker", True),
    # an area officer's area: a district by its shape, no listed surname
    ("Politie\nWijkagent Overvecht-Noord: Kevin Sabelsma, bereikbaar via 0900-8844.", "Overvecht-Noord", False),
    ("Wijkagent Boerhaavewijk en Molenwijk: Femke Dijkhof.", "Boerhaavewijk", False),
    ("Wijkagent Bakker: bel 0900-8844.", "Bakker", True),
    ("Gesprek met dhr. Winter over de huur.", "Winter", True),
])
def test_a_roles_topic_is_no_name(recognizer: DutchPersonRecognizer, text: str, word: str, is_name: bool) -> None:
    assert (word in person_texts(recognizer, text)) is is_name


GERMAN_LETTER = (
    "Sehr geehrte Damen und Herren,\n\nich bitte Sie um Hilfe. An jedem Samstag ist der Weg nicht befahrbar, "
    "und wir wissen nicht, wer hilft. Ich habe mich bereits zweimal an die Gemeinde gewandt, aber es ist nichts "
    "passiert. Bitte helfen Sie uns.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    # a German article is no particle in a German text: the chain is cut there
    (GERMAN_LETTER + "An den Gemeinderat der Gemeinde Roermond", set()),
    # ... unless a particle goes before it
    (GERMAN_LETTER + "Herr Jan van der Kanterink und Frau Ursula von der Dijkhof wissen das.",
     {"Jan van der Kanterink", "Ursula von der Dijkhof"}),
    # a German article written small makes the span a phrase, even where "Das" is a surname too
    (GERMAN_LETTER + "Das Rückwärtsfahren, das Zuschlagen der Türen und die Kühlaggregate stören.", set()),
    # a German pronoun is no given name in a German text
    (GERMAN_LETTER + "Ich lege Fotos bei. Sie erreichen mich unter der Nummer.", set()),
    # "z. B." is "zum Beispiel", no initial
    (GERMAN_LETTER + "Die Parkhäuser (z. B. in Mönchengladbach) sind leer.", set()),
])
def test_names_in_a_german_text(recognizer: DutchPersonRecognizer, text: str, expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    # capitalised nouns with German words between are a phrase in a German text
    ("Parkchaos an Samstagen", set()),
    # a name without German words between stays
    ("Jan Kanterink", {"Jan Kanterink"}),
])
def test_model_spans_in_a_german_text(recognizer: DutchPersonRecognizer, phrase: str, expected: set[str]) -> None:
    text = GERMAN_LETTER + f"Betreff: {phrase} rund um das Outlet"
    results = recognizer.ner_results(text, [_ner_span(text, phrase)])
    assert {text[r.start: r.end] for r in results} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a flattened attendance block: a list's label inside a chain of names ends the name before it
    # an office opening a name with its role in brackets stays outside the name
    ("Ja. Wethouder Daan Kanterink-Hendrickx (evenementen) is er ook.", {"Daan Kanterink-Hendrickx"}),
    ("Wethouders Fleur Kanterink-Gielen, Ralf Dijkhof Ambtenaren Guido Sabelsma (verkeerskundige)",
     {"Fleur Kanterink-Gielen", "Ralf Dijkhof", "Guido Sabelsma"}),
    ("Aanwezig Ralf Dijkhof Insprekers Anna Kanterink", {"Ralf Dijkhof", "Anna Kanterink"}),
    # ... also the label of who took the minutes
    ("Gemeentesecretaris De heer F. Kanterink Verslag Elise Sabelsma 1. Opening", {"F. Kanterink", "Elise Sabelsma"}),
    # a compound office before a name is no part of it; a party glued after a name ends it
    ("Tafelgriffier Ruud Kanterink Aanwezige raadsleden Koen DijkhofGL Ingrid Oude SabelsmaCDA",
     {"Ruud Kanterink", "Koen Dijkhof", "Ingrid Oude Sabelsma"}),
    # ... also a party with digits ("RoosD66"), which no letters-only split finds
    ("Aanwezige raadsleden Gerard KanterinkSP\nFemke RoosD66 Portefeuillehouder", {"Gerard Kanterink", "Femke Roos"}),
    # ... a label a list knows as a name stays in it
    ("Gesprek met Jan Frans Kanterink over de tuin.", {"Jan Frans Kanterink"}),
])
def test_a_list_label_inside_a_chain_ends_the_name(recognizer: DutchPersonRecognizer, text: str,
                                                   expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    # the groups of members and the griffie's clerks open a list of names, no part of the first
    ("Fracties Bakkerink", {"Bakkerink"}),
    ("Commissieleden Petra Kanterink", {"Petra Kanterink"}),
    ("Commissiegriffier Esther Dijkhof", {"Esther Dijkhof"}),
    ("Moasje Sabelsma", {"Sabelsma"}),
])
def test_a_members_group_or_clerk_before_a_name_is_no_part_of_it(recognizer: DutchPersonRecognizer, phrase: str,
                                                                 expected: set[str]) -> None:
    text = f"Verslag. {phrase} vraagt het woord."
    results = recognizer.ner_results(text, [_ner_span(text, phrase)])
    assert {text[r.start: r.end] for r in results} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # initials after a title end a line, the surname opens the next (PDF text, scans)
    # (the initials alone are a name of their own too; the longer span wins in the engine)
    ("D2 29-01-2024 dhr. G.J.\nKanterink klacht over de afhandeling", {"G.J.\nKanterink", "G.J."}),
    ("Afzender: mw. A.\nSabelsma-Dijkhof\nOnderwerp: reactie", {"A.\nSabelsma-Dijkhof", "A."}),
    # (the surname with its particles is a name of its own too; the longer span wins in the engine)
    ("Ingekomen van dhr. P.\nvan der Kanterink over de bomen", {"P.\nvan der Kanterink", "van der Kanterink"}),
    # initials after a title with no surname at all: the shortened name is still a name
    ("Reageert op aanslag precario dhr. S. (Hoogstraat) – 1 dec", {"S."}),
    ("Mw. K., moeder van de leerling, belde.", {"K."}),
    ("- De heer A.K. en mevrouw Sabelsma krijgen een gesprek.", {"A.K.", "Sabelsma"}),
    ("Dhr. K. belde gisteren over de bomen.", {"K."}),
    # ... not without a title, nor a place on the next line
    ("Zie bijlage B.\nDe stukken liggen ter inzage.", set()),
    ("Zie bijlage A. (pagina 3)", set()),
    ("Brief van dhr. P.\nUtrecht, 4 maart", {"P."}),  # (the initial alone is his name)
])
def test_titled_initials_before_a_wrapped_surname(recognizer: DutchPersonRecognizer, text: str,
                                                  expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a run of lettered or numbered sections heads its parts with ordinary words
    ("A. Brieven van inwoners\nA1. Kanterink\n\nB. Brieven van organisaties\n\nC. Overige stukken\n", set()),
    ("I. Feiten\nOp 2 februari.\n\nII. Standpunt\nDe commissie.\n", set()),
    # a heading that runs on, its first word an ordinary word or a compound of them
    ("Bijlagen:\nA. Samenwerkingsovereenkomst Spoorzone Noord\nB. Participatieverslag\nC. Planning 2025-2030\n",
     set()),
    # an agenda's standing item, wherever it stands
    ("Cie ON/OW - 23.04.96 - I. Opening.\nDe voorzitter opent de vergadering.", set()),
    # ... a lone letter is an initial, a listed surname after it a name
    ("namens het college,\nL. Oudshoorn, senior jurist\n", {"L. Oudshoorn"}),
    ("A. Brieven van inwoners\nB. Bakker\n", {"B. Bakker"}),
    # a letter that ends a sentence, a function word opening the next
    ("Uitgegaan is van label C. Daarnaast voert u aan dat de garage bij de woning hoort.", set()),
    ("Zie bijlage B. Verder merken wij op dat het klopt.", set()),
    # ... not a listed surname that is a function word too, nor a name after the full stop
    ("Aanwezig: J. Haar en P. Slot.", {"J. Haar", "P. Slot"}),
])
def test_lettered_sections_are_no_names(recognizer: DutchPersonRecognizer, text: str, expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name written as a mailbox's local part, outside the address
    ("E-mail van tom.bakker (tom.bakker1987@hotmail.example) over de kermis.", {"tom.bakker"}),
    ("In kopie aan jan.van.dijk gestuurd.", {"jan.van.dijk"}),
    # ... not in an address or a link, nor words with dots that are no listed names
    ("Zie www.tom.nl en bijv. enz. of z.s.m. terug.", set()),
    ("De map data.bestand staat klaar.", set()),
])
def test_a_name_written_as_a_local_part(recognizer: DutchPersonRecognizer, text: str, expected: set[str]) -> None:
    found = {text[r.start: r.end] for r in recognizer.analyze(text, ["PERSON"], None)
             if r.analysis_explanation.textual_explanation == "structure"}
    assert found == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    # an article opening the model's span is a place's or a thing's name, no surname's particle
    ("Het Kanterbos", {"Kanterbos"}),
    # ... but after "van" it is a surname's ("mevrouw van Het Hof")
    ("van Het Hof", {"van Het Hof"}),
])
def test_an_article_opening_a_model_span(recognizer: DutchPersonRecognizer, phrase: str, expected: set[str]) -> None:
    text = f"Wijkoverleg Drievliet en {phrase} heeft een eigen overleg."
    results = recognizer.ner_results(text, [_ner_span(text, phrase)])
    assert {text[r.start: r.end] for r in results} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # short Dutch and Frisian given names the list lacked, before a surname that is also a firm's name
    ("Bestuur\nVoorzitter: Kor Hazenberg\n", {"Kor Hazenberg"}),
    ("Met Jappie de Boer is het geregeld.", {"Jappie de Boer"}),
    ("Het logo is nieuw. Adrie Dijkhof presenteert het.", {"Adrie Dijkhof"}),
    ("Carry Kanterink is wijkcoördinator van de buurt.", {"Carry Kanterink"}),
    ("Onze oudste vrijwilliger Pytsje Dijkhof wordt 92.", {"Pytsje Dijkhof"}),
    ("Het plan lag er al. Volgens Ate Kanterink geen optie.", {"Ate Kanterink"}),
    ("Gatske Sabelsma en Syds Dijkhof tekenden mee.", {"Gatske Sabelsma", "Syds Dijkhof"}),
])
def test_short_dutch_and_frisian_given_names(recognizer: DutchPersonRecognizer, text: str,
                                             expected: set[str]) -> None:
    assert expected <= person_texts(recognizer, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a prefix and a street word make a surname after a given name, not a street named after a person
    ("Gisteren belde Jan Terweg over de bomen.", {"Jan Terweg"}),
    ("Ook Kees Binnenweg en Piet Overweg kwamen.", {"Kees Binnenweg", "Piet Overweg"}),
    # ... a street named after a person stays a street
    ("Zij woont aan de Jan van Galenstraat.", set()),
])
def test_a_prefixed_street_word_after_a_given_name_is_a_surname(recognizer: DutchPersonRecognizer, text: str,
                                                                 expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a given name that is also a language, a month, a word or a particle, before a surname no list knows
    ("Gisteren belde Frans Kanterink over de bomen.", {"Frans Kanterink"}),
    ("Gisteren belde Ben Kanterink over de bomen.", {"Ben Kanterink"}),
    ("Gisteren belde April Kanterink over de bomen.", {"April Kanterink"}),
    ("Ben je er morgen? Ben Lubberink komt ook.", {"Ben Lubberink"}),
    # ... not before a place, a word or a thing's name
    ("Het Frans Beleid en Frans Guyana en Frans Wijnbouw.", set()),
])
def test_a_given_name_that_is_also_a_word_before_an_unlisted_surname(recognizer: DutchPersonRecognizer, text: str,
                                                                     expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a form of address, the particles of Portuguese, Spanish, Italian and French surnames too
    ("Vandaag sprak ik met mevrouw da Silveira over de bomen.", {"da Silveira"}),
    ("Vandaag sprak ik met de heer dos Santinho.", {"dos Santinho"}),
    ("Vandaag sprak ik met mevrouw de la Cruzado over de bomen.", {"de la Cruzado"}),
])
def test_foreign_particles_after_a_form_of_address(recognizer: DutchPersonRecognizer, text: str,
                                                   expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("text", "phrase", "withheld"), [
    # English words, none a listed name, two or more: no name on a Dutch line either
    ("De cursus Public Health start.", "Public Health", False),
    ("De heer Will Smith sprak in.", "Will Smith", True),
])
def test_english_words_are_no_name(redactor: Redactor, text: str, phrase: str, withheld: bool) -> None:
    decisions = redactor.analyze(text)
    assert any(phrase in d.text and d.decision == "redact" for d in decisions) is withheld


@pytest.mark.parametrize(("text", "withheld"), [
    # a role's department of two topics: the first is no name, even where it is a surname too
    ("Met vriendelijke groet,\nSaskia Kanterink\nProjectleider Groen en Openbare Ruimte\nGemeente Deventer\n", False),
    # ... but a surname after a role, then another person, is a name
    ("Morgen komen de projectleider Groen en wethouder Dijkhof langs.", True),
])
def test_a_roles_department_of_two_topics_is_no_name(redactor: Redactor, text: str, withheld: bool) -> None:
    decisions = redactor.analyze(text)
    assert any(d.text == "Groen" and d.decision == "redact" for d in decisions) is withheld


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinary word before a surname is no given name, a label of minutes least of all
    ("Hoe hoog worden de torens? Antwoord Vermeulen: maximaal 110 meter.", {"Vermeulen"}),
    # ... a word no list knows is ("Ruthline Statia")
    ("Het dossier ligt bij Ruthline Statia thuis.", {"Ruthline Statia"}),
])
def test_an_ordinary_word_before_a_surname_is_no_given_name(recognizer: DutchPersonRecognizer, text: str,
                                                            expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


def test_a_lettered_section_the_name_model_read_is_no_name(redactor: Redactor) -> None:
    text = "Bijlagen:\nA. Samenwerkingsovereenkomst Spoorzone Noord\nB. Participatieverslag\nC. Planning 2025-2030\n"
    assert not [d for d in redactor.analyze(text) if d.entity == "PERSON" and d.decision == "redact"]


@pytest.mark.parametrize(("text", "expected"), [
    # a document's heading in capitals of ordinary words is no name ...
    ("PROCES-VERBAAL VAN BEVINDINGEN (uittreksel)\nGemeente Den Haag\n", set()),
    # ... a signature's surname-first form in capitals is
    ("Met vriendelijke groet,\nDE LAAT, PIET\n", {"DE LAAT", "PIET"}),
])
def test_capitals_heading_or_name(recognizer: DutchPersonRecognizer, text: str, expected: set[str]) -> None:
    assert person_texts(recognizer, text) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a name typed small under a Frisian or an English sign-off, however ordinary its words
    ("Dat is alles.\n\nmei freonlike groetnis\n\ntjitske koning\n", "tjitske koning"),
    ("That is all.\n\nSincerely,\n\nmary brown\n", "mary brown"),
])
def test_a_name_under_a_frisian_or_english_sign_off(redactor: Redactor, text: str, name: str) -> None:
    assert name in {d.text for d in redactor.analyze(text) if d.entity == "PERSON" and d.decision == "redact"}


@pytest.mark.parametrize(("text", "withheld"), [
    # person.one_person_firm: the owner's name in a business its line calls one person's
    ("Schuldeisers:\n3. Deurwaarderskantoor Kanterink, Alkmaar (eenmanspraktijk) – € 488\n", {"Kanterink"}),
    ("III. Ebbeltje Tuinadvies, Wateringen (eenmanszaak)\n", {"Ebbeltje"}),
    ("4. Bakkerij Sabelsma, Hoorn (eenmanszaak) – € 120\n", {"Sabelsma"}),
    ("De standplaats is voor de eenmanszaak Attractieverhuur Kanterink. Die staat er al jaren.", {"Kanterink"}),
    # ... not a business without the mark, nor a place or an organisation word before the mark
    ("5. Bouwbedrijf Keijzer, Hoorn – € 300\n", set()),
    # ... nor the words of a sentence before the mark: only the business's name right before it (or its town)
    ('De exploitant van de draaimolen "De Gouden Zwaan" (eenmanszaak A. van der Kanterink) vraagt een plek.',
     {"A. van der Kanterink"}),
    ("6. Gemeente Hoorn, afdeling Belastingen (eenmanszaak) – € 5\n", set()),
])
def test_the_owner_of_a_one_person_firm(redactor: Redactor, text: str, withheld: set[str]) -> None:
    decisions = redactor.analyze(text)
    assert {d.text for d in decisions if d.entity == "PERSON" and d.decision == "redact"} == withheld
    # one decision per span: the owner's name is not a second mention of itself (mentions._one_person_firms)
    spans = [(d.start, d.end, d.entity) for d in decisions]
    assert len(spans) == len(set(spans))


@pytest.mark.parametrize("text", [
    # the acronym of a law or a rule book the name model read as a name (word_classes.tsv, class "legal")
    "Vragen ex art. 41 RvO gesteld.",
    "Zie Doc 2 en Doc 5 in de inventarislijst.",  # a Woo decision's short word for a document
])
def test_a_laws_acronym_the_name_model_read_is_no_name(redactor: Redactor, text: str) -> None:
    assert not [d for d in redactor.analyze(text) if d.entity == "PERSON" and d.decision == "redact"]


def test_a_heading_in_capitals_the_name_model_read_is_no_name(redactor: Redactor) -> None:
    text = "PROCES-VERBAAL VAN BEVINDINGEN (uittreksel)\nGemeente Den Haag\n\nBevindingen voertuig: geen."
    assert not [d for d in redactor.analyze(text) if d.entity == "PERSON" and d.decision == "redact"]


def test_a_sentence_ending_before_a_quote_ends_the_name(redactor: Redactor) -> None:
    text = '"Goed nieuws," zegt wethouder Economie en Duurzaamheid Rutger van Kanterink. "Juist hier komt het."'
    kept = {d.text: d.rule for d in redactor.analyze(text) if d.entity == "PERSON"}
    assert kept.get("Rutger van Kanterink") == "exceptions.public_officials.titles"


def test_a_form_of_address_inside_a_run_of_names_opens_the_next(recognizer: DutchPersonRecognizer) -> None:
    text = "Griffier: Verslag: de heer J. Kanterink Mevrouw M.G. Dijkhof Mevrouw K. Sabelsma 1. Opening"
    assert {"J. Kanterink", "M.G. Dijkhof", "K. Sabelsma"} <= person_texts(recognizer, text)
    assert not [t for t in person_texts(recognizer, text) if "Mevrouw" in t]


def test_a_papers_letter_is_no_name(recognizer: DutchPersonRecognizer) -> None:
    text = "Inhoud\n4 Voorstellen 5 - Motie A (aangenomen) 10 - Motie B (verworpen) 20 - Amendement C (verworpen)\n"
    assert person_texts(recognizer, text) == set()


# -- the searches tried only where their words stand find what a search through the text finds ------


def test_the_quote_line_is_found_as_a_search_through_the_text_finds_it(recognizer: DutchPersonRecognizer) -> None:
    import random

    rnd = random.Random(5)
    pieces = ["schreef", "SCHREEF", "ſchreef", "wrote", "Wrote", "het volgende geschreven", "heeft", "Op 3 mei ",
              "Zerihun Alemu", "Dilnoza", ", ", ",", "<z@x.example>", "<", ">", ":", '"', " ", " ", "\t", "\n", "\n"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        assert ([m.span() for m in recognizer._wrote_matches(text)]
                == [m.span() for m in recognizer._wrote.finditer(text)]), text


def test_small_given_names_are_found_as_a_search_through_the_text_finds_them(
        recognizer: DutchPersonRecognizer, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    import redaction.recognizers.person as person

    rnd = random.Random(9)
    pieces = ["ammar", "elham", "fatima", "wieke", "de", "en", "ingeschreven", "\u0301", "e\u0301", "x", "-", ".", "@",
              "/", " ", " ", "\n", "Ammar", "3", "ammarelham"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(2000)]
    found = [[(r.start, r.end) for r in recognizer._lower_case_first_names(text)] for text in texts]
    assert sum(map(len, found)) > 100
    # the same with the pattern searched through the whole text
    monkeypatch.setattr(person, "finditer_at", lambda pattern, text, starts, timeout=None: pattern.finditer(text))
    assert found == [[(r.start, r.end) for r in recognizer._lower_case_first_names(text)] for text in texts]


def test_glued_parties_are_found_as_a_search_through_the_text_finds_them() -> None:
    import random

    from redaction.lexicons import GLUED_PARTY, GLUED_PARTY_AFTER
    from redaction.recognizers.person import glued_party_after_spans, glued_party_spans

    rnd = random.Random(11)
    pieces = ["VVD", "PvdA", "GroenLinks-PvdA", "GL/PvdA", "D66", "50PLUS", "JA21", "Stadspartij", "Burgerbelangen",
              "Nijhof", "x", "é", "J", "M.", "A.B.", "J Lok", "Lok", " ", " ", "\n", ",", "-", "/", "Z"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10))) for _ in range(5000)]
    before = [glued_party_spans(text) for text in texts]
    after = [glued_party_after_spans(text) for text in texts]
    assert sum(map(len, before)) > 100 and sum(map(len, after)) > 100
    assert before == [[m.span() for m in GLUED_PARTY.finditer(text)] for text in texts]
    assert after == [[m.span() for m in GLUED_PARTY_AFTER.finditer(text)] for text in texts]


def test_dotted_names_and_relatives_are_found_as_a_search_through_the_text_finds_them(
        recognizer: DutchPersonRecognizer) -> None:
    import random

    from redaction.recognizers.base import finditer_at, fold_case
    from redaction.recognizers.person import (
        _DOTTED_NAME,
        _RELATIVES_BEFORE_NAME,
        _TITLE_WORDS_BEFORE_LOWER_NAME,
        _dotted_name_starts,
        _name_before_bracket_starts,
        _occurrences,
    )

    rnd = random.Random(13)
    pieces = ["tom", "bakker", "jan", "van", "dijk", "everdien", ".", ".", "(", ")", "(hun dochter)", "(Zoon)",
              "buurvrouw ", "ZUS ", "oma ", "Dhr ", "mevrouw ", "HEER ", "Familie ", "roos", "pyt", "de", "boer",
              "@", "/", ":", "-", "'", "’", "é", "\u0301",
              "ß", "ª", "A", "1", "_", "ſ", "İ", " ", " ", "\t", "\n"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(4000)]
    searches = [
        (_DOTTED_NAME, _dotted_name_starts),
        (recognizer._lower_before_relative, _name_before_bracket_starts),
        (recognizer._relative_lower, lambda text: _occurrences(fold_case(text) or "", _RELATIVES_BEFORE_NAME)),
        (recognizer._title_word_lower,
         lambda text: _occurrences(fold_case(text) or "", _TITLE_WORDS_BEFORE_LOWER_NAME)),
    ]
    for pattern, starts in searches:
        full = [[m.span() for m in pattern.finditer(text)] for text in texts]
        assert sum(map(len, full)) > 20
        assert full == [[m.span() for m in finditer_at(pattern, text, starts(text), timeout=None)] for text in texts]
