"""Mention propagation: which found names are searched for elsewhere in the document."""

from __future__ import annotations

import pytest

from eval.evaluate import DEFAULT_POLICY
from redaction import Redactor
from redaction.decisions import Decision
from redaction.lexicons import load_lexicons
from redaction.mentions import MentionFinder


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(load_lexicons())


@pytest.fixture(scope="module")
def dordrecht() -> Redactor:
    return Redactor(policy=DEFAULT_POLICY)


def model_decision(text: str, needle: str) -> Decision:
    start = text.index(needle)
    return Decision(start=start, end=start + len(needle), text=needle, entity="PERSON", decision="redact",
                    ground="5.1.2e", category="naam", reason="Naam van een persoon.", score=0.85,
                    source="person:ner", rule="entities.PERSON")


@pytest.mark.parametrize(
    ("text", "found_by_model", "mentions"),
    [
        # an unknown capitalised word the model calls a name: its other mentions are the person too
        ("Sardjo van Juridische Zaken kijkt mee; Sardjo's telefoon is kapot.", "Sardjo's", {"Sardjo"}),
        ("Gesprek met Vundaro. Later belde vundaro nog.", "Vundaro", {"vundaro"}),
        # a lone Dutch word, place or organisation word the model calls a name is not spread
        ("Kern van de zaak: Kern is geen naam.", "Kern", set()),
        ("Wij gingen naar Dordrecht. Dordrecht is mooi.", "Dordrecht", set()),
        # a town that is also a surname, and a compound word, are not spread either
        ("Raadslid (Progressief Woerden) en Woerden zelf.", "Woerden", set()),
        ("Wijkprocesmanager belt. De wijkprocesmanager komt.", "Wijkprocesmanager", set()),
        # in German text every noun is capitalised: an unknown word is not spread ...
        ("Ich bitte den Gemeinderat, an Samstagen ein Parkverbot einzuführen. Die Besucher wissen nicht, dass "
         "das teuer ist, und an Samstagen ist es voll. Mit freundlichen Grüßen und vielen Dank für die Hilfe.",
         "Samstagen", set()),
        # ... while a listed surname still is
        ("Ich bitte den Gemeinderat, mit Herrn Wagner zu sprechen. Die Besucher wissen nicht, dass das teuer "
         "ist, und Wagner weiß es auch. Mit freundlichen Grüßen und vielen Dank für die Hilfe.",
         "Wagner", {"Wagner"}),
    ],
)
def test_a_lone_model_name_spreads_only_when_it_is_no_word(finder: MentionFinder, text: str,
                                                           found_by_model: str, mentions: set[str]) -> None:
    out = finder.propagate(text, [model_decision(text, found_by_model)])
    assert {d.text for d in out if d.source == "person:mention"} == mentions
    assert all(d.decision == "redact" for d in out)


def test_a_name_broken_over_two_lines_is_one_name_for_its_mentions(finder: MentionFinder) -> None:
    text = "Gesprek met mevrouw S. Kwartelbrug-\nger. Later belde Kwartelbrugger terug; een ger is geen naam."
    found = model_decision(text, "S. Kwartelbrug-\nger").with_changes(source="person:title")
    out = finder.propagate(text, [found])
    assert {d.text for d in out if d.source == "person:mention"} == {"Kwartelbrugger"}


def test_the_lower_case_words_of_a_model_span_are_not_searched_as_names(finder: MentionFinder) -> None:
    text = "Our neighbour helps us with Dutch. Could you help us with the forms?"
    out = finder.propagate(text, [model_decision(text, "helps us with Dutch")])
    assert not {d.text.lower() for d in out if d.source == "person:mention"} & {"us", "with", "helps"}
    # a name found by the rules keeps its lower-case parts ("Gürgert van heel" typed in a field)
    assert "heel" in finder.variants("Gürgert van heel")


@pytest.mark.parametrize(
    ("text", "second_decision"),
    [
        # a relative or a client with the official's name is a private person
        ("Wethouder Soetrisno opende de brug.\n\nMijn dochter Soetrisno helpt mij met deze brief.", "redact"),
        ("Wethouder Soetrisno opende de brug. Gesprek met cl. Soetrisno over de huur.", "redact"),
        # without such a word the name is the official's, as before
        ("Wethouder Soetrisno opende de brug. Mevrouw Soetrisno sprak de gasten toe.", "keep"),
    ],
)
def test_a_relative_of_the_same_name_is_not_the_official(dordrecht: Redactor, text: str,
                                                         second_decision: str) -> None:
    decisions = [d for d in dordrecht.analyze(text) if d.text == "Soetrisno"]
    assert [d.decision for d in decisions] == ["keep", second_decision]


@pytest.mark.parametrize(("name", "variants_out", "variants_in"), [
    # "Van Tilburg" is a name; the town on its own is a place and stays readable
    ("Van Tilburg", {"Tilburg"}, {"Van Tilburg"}),
    ("Mirjam van Dordrecht", {"Dordrecht"}, {"Mirjam", "van Dordrecht"}),
    # the place is the particle with the word: "Den Helder"
    ("Pieter den Helder", {"Helder"}, {"Pieter", "den Helder"}),
    # a town no surname list knows is not searched alone either
    ("Burgerbelangen Enschede", {"Enschede"}, {"Burgerbelangen"}),
    # places joined by a hyphen are no double surname to search part by part
    ("Gebiedsplan Nijmegen-Oost", {"Nijmegen", "Oost", "Gebiedsplan"}, set()),
    ("Marieke Hoogendijk-Amrani", set(), {"Hoogendijk", "Amrani"}),
    # a part that is a pronoun is no name on its own ("Haar man belde"); with its particle it is
    ("Marieke ter Haar", {"Haar"}, {"Marieke", "ter Haar"}),
    # a surname after a particle that is no place is still searched alone
    ("Mirjam van Oosterwijk", set(), {"Oosterwijk", "van Oosterwijk"}),
    # the first part of a double surname after a particle goes with it when it is a town
    ("H. van Tilburg-Kanterink", {"Tilburg"}, {"Kanterink", "van Tilburg-Kanterink"}),
    # a district's or project's name or a role the model took in is no part to search for
    ("Projectleider Waalfront", {"Projectleider", "Waalfront"}, set()),
    ("Sienke Bosscher Heekgebied", {"Heekgebied"}, {"Sienke", "Bosscher"}),
])
def test_a_place_after_a_particle_is_no_name_on_its_own(finder: MentionFinder, name: str,
                                                       variants_out: set[str], variants_in: set[str]) -> None:
    variants = finder.variants(name)
    assert variants_in <= variants
    assert not variants_out & variants


def test_an_english_word_is_a_mention_only_when_capitalised(finder: MentionFinder) -> None:
    text = "From: My Tran <tran@mail.example>\nI attached my contract. Thanks, My"
    found = model_decision(text, "My Tran").with_changes(source="person:structure")
    mentions = [d for d in finder.propagate(text, [found]) if d.source == "person:mention"]
    assert [d.text for d in mentions] == ["My"]
    assert mentions[0].start == text.rindex("My")


def test_a_given_name_that_is_a_month_is_searched_capitalised_only(finder: MentionFinder) -> None:
    text = "Tuinstra, April: Ja.\nHoi April, kom je op 1 april?"
    found = model_decision(text, "Tuinstra, April").with_changes(source="person:structure")
    mentions = [d.text for d in finder.propagate(text, [found]) if d.source == "person:mention"]
    assert mentions == ["April"]


def test_a_function_word_of_a_model_span_is_not_searched_alone(finder: MentionFinder) -> None:
    text = "Mit freundlichen Grüßen, Bart\nMit dem Bus."
    found = model_decision(text, "Mit freundlichen Grüßen")
    assert "Mit" not in finder.variants(found.text, lower_case_parts=False)


@pytest.mark.parametrize(
    ("text", "decisions"),
    [
        # minutes address a member by surname before the party shows who she is
        ("Notulen van de vergadering van de gemeenteraad van Oostrand\n\nHet woord is aan mevrouw Kanterink."
         "\n\nMevrouw Kanterink (SP): Voorzitter, dank u.", ["keep", "keep"]),
        # ... also with the particles of her surname written as a surname alone is written
        ("Notulen van de vergadering van de gemeenteraad van Oostrand\n\nAanwezig: mevrouw Ellen de Kanterink "
         "(SP)\n\nMevrouw De Kanterink vraagt naar de kosten.", None),
        # ... also her surname with its prefix, which the list gives with her given name
        ("Verslag commissie Ruimte\n\nAanwezig\nLeden: Samira Dijkhof (PvdA), Femke Oude Kanterink (Lokaal "
         "Oostrand)\n\n1. Opening\nHij meldt dat mevrouw Oude Kanterink later komt.", None),
        # a client with a member's surname stays private where the document says so
        ("Notulen van de vergadering van de gemeenteraad van Oostrand\n\nMevrouw Kanterink (SP): Voorzitter."
         "\n\nGesprek met cl. Kanterink over de huur.", ["keep", "redact"]),
    ],
)
def test_a_surname_shown_once_to_be_a_members_is_hers_where_it_stands_bare(dordrecht: Redactor, text: str,
                                                                           decisions: list[str] | None) -> None:
    found = dordrecht.analyze(text)
    if decisions is None:  # every mention of the member stays readable
        named = [d for d in found if "Kanterink" in d.text]
        assert len(named) == 2 and all(d.decision == "keep" for d in named)
    else:
        assert [d.decision for d in found if d.text == "Kanterink"] == decisions


@pytest.mark.parametrize(
    ("text", "withheld", "kept"),
    [
        # a business named after a private person of the document: the owner's one-person firm
        ("Samen met mijn vrouw Hatice Sabelsma-Çelik heb ik sinds 2016 Bakkerij Sabelsma.",
         {"Hatice Sabelsma-Çelik", "Sabelsma"}, set()),
        ("Mr. P. Kanterink schrijft namens Kanterink Advocatuur, een eenmanspraktijk.",
         {"P. Kanterink", "Kanterink"}, set()),
        # a family firm, a company, or a firm nobody in the document is named after: an organisation
        ("Mevrouw Joke Bakkerman werkt bij Bakkerij Bakkerman & Zn. in Almere.", {"Joke Bakkerman"},
         {"Bakkerij Bakkerman & Zn"}),
        ("Mevrouw Joke Dijkhuis belde over Transportbedrijf Sabelsma.", {"Joke Dijkhuis"}, set()),
    ],
)
def test_a_business_bearing_a_private_persons_name_is_a_one_person_firm(
        dordrecht: Redactor, text: str, withheld: set[str], kept: set[str]) -> None:
    decisions = dordrecht.analyze(text)
    assert {d.text for d in decisions if d.decision == "redact"} == withheld
    assert {d.text for d in decisions if d.decision == "keep" and d.entity == "ORGANIZATION"} >= kept


def test_a_degree_after_a_name_is_no_part_to_search(finder: MentionFinder) -> None:
    assert "MSc" not in finder.variants("J. Kanterink MSc")
    assert "Kanterink" in finder.variants("J. Kanterink MSc")



# evidence.organisation_mention: (text, withheld, names kept everywhere)
@pytest.mark.parametrize(
    ("text", "withheld", "kept"),
    [
        # the document shows the name to be a firm's: bare, it names the firm again
        ("De stukken van de ontwikkelcombinatie Kuipers/Van Dalen zijn beoordeeld. Kuipers heeft een zienswijze "
         "gegeven. De zienswijze van Van Dalen volgt.", set(), {"Kuipers"}),
        # a form of address before the name: a person is meant
        ("De stukken van de ontwikkelcombinatie Kuipers/Van Dalen zijn beoordeeld. De heer Kuipers belde.",
         {"Kuipers"}, set()),
        # a person the document introduces bears the name: a bare mention may be that person
        ("De ontwikkelcombinatie Kuipers bouwt. Wij spraken Joke Kuipers, die alleen woont. Kuipers belde.",
         {"Joke Kuipers", "Kuipers"}, set()),
    ],
)
def test_a_name_shown_to_be_a_firms_names_the_firm_where_it_stands_bare(
        dordrecht: Redactor, text: str, withheld: set[str], kept: set[str]) -> None:
    decisions = dordrecht.analyze(text)
    assert {d.text for d in decisions if d.decision == "redact"} == withheld
    for name in kept:
        mentions = [d for d in decisions if d.text == name]
        assert len(mentions) == text.count(name) and all(d.decision == "keep" for d in mentions)
        assert any(d.rule == "evidence.organisation_mention" for d in mentions)


@pytest.mark.parametrize(
    ("text", "mention", "found"),
    [
        # an article before an ordinary word makes it the word: "de Boer" is the farmer here
        ("Anne Boer belde gisteren. Toen kwam de Boer met zijn trekker en het Groen was weg.", "Boer", False),
        # ... unless the person's own name has the "de"
        ("Anne de Boer belde gisteren. Toen kwam de Boer met zijn trekker.", "Boer", True),
        # ... and without an article the surname is the person's
        ("Anne Boer belde gisteren. Toen kwam Boer met zijn trekker.", "Boer", True),
    ],
)
def test_an_article_before_an_ordinary_word_makes_it_no_mention(
        finder: MentionFinder, text: str, mention: str, found: bool) -> None:
    person = model_decision(text, text.split(" belde")[0])
    decisions = finder.propagate(text, [person])
    second = text.index(mention, text.index(" belde"))
    assert any(d.start <= second < d.end for d in decisions) is found


def test_an_officials_name_in_a_mail_header_is_the_official(dordrecht: Redactor) -> None:
    # the header before the signature, and "Surname, Given" in reading order: the same official
    text = ("Van: Hester Kanterink\nAan: Dijkhof, Bauke\n\nBauke, dank voor je bericht.\n\nMet vriendelijke groet,\n\n"
            "Hester Kanterink\ngriffier van de gemeenteraad van Oostrand\n\n-----Doorgestuurd bericht-----\n"
            "Van: Bauke Dijkhof\nAan: Kanterink, Hester\n\nHester, hierbij de aanmelding.")
    decisions = [d for d in dordrecht.analyze(text) if d.entity == "PERSON"]
    hester = [d for d in decisions if "Hester" in d.text]
    assert len(hester) == 4 and all(d.decision == "keep" for d in hester)
    assert all(d.decision == "redact" for d in decisions if "Bauke" in d.text)


def test_a_town_in_a_hyphenated_span_is_no_part_of_its_own(finder: MentionFinder) -> None:
    # a railway line the model read as a name: the town stays readable elsewhere
    assert "Zwolle" not in finder.variants("Zwolle-Kanterink")
    assert "Kanterink" in finder.variants("Zwolle-Kanterink")
    # a double surname of two names keeps both parts
    assert {"Bakker", "Kanterink"} <= finder.variants("Anna Bakker-Kanterink")


def test_an_adjective_or_an_app_taken_into_a_name_is_no_part_of_its_own(finder: MentionFinder) -> None:
    assert "Syrische" not in finder.variants("Yara Kanterink van de Syrische")
    assert "WhatsApp" not in finder.variants("Joke WhatsApp")
    assert "Kanterink" in finder.variants("Yara Kanterink van de Syrische")


@pytest.mark.parametrize(("text", "expected"), [
    # the official written with initials elsewhere: the full name with the same initial is the official
    ("Van: Anna Roordama\nAan: Tjitske Hofstama\nOnderwerp: kantine\n\nKlopt. T. Hofstama, wethouder\n", "keep"),
    # another initial is another person
    ("Van: Anna Roordama\nAan: Marijke Hofstama\nOnderwerp: kantine\n\nKlopt. T. Hofstama, wethouder\n", "redact"),
    # ... also an official the attendance list of minutes keeps
    ("Besluitenlijst vergadering Gedeputeerde Staten\nAanwezig: S. de Kanter, T. Hofstama, A. Dijkhof\n\n"
     "1. De portefeuille gaat over naar Tjitske Hofstama.\n", "keep"),
])
def test_an_official_written_with_initials_is_the_same_person_in_full(dordrecht: Redactor, text: str,
                                                                       expected: str) -> None:
    full = [d for d in dordrecht.analyze(text) if d.text.endswith("Hofstama") and not d.text.startswith("T.")]
    assert [d.decision for d in full] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a name with initials kept as a member's once is that member where the same name stands again
    ("Agenda\n  2. Benoeming van de heer A. Kanterdijk, fractie Partij voor de Dieren\n\n"
     "  7. De PvdD heeft aangekondigd de heer A. Kanterdijk te willen voordragen.\n", ["keep", "keep"]),
    # ... another initial is another person
    ("Agenda\n  2. Benoeming van de heer A. Kanterdijk, fractie Partij voor de Dieren\n\n"
     "  7. Zijn broer, de heer W. Kanterdijk, woont in Houten.\n", ["keep", "redact"]),
])
def test_the_same_name_with_initials_is_the_same_official(dordrecht: Redactor, text: str,
                                                          expected: list[str]) -> None:
    found = [d.decision for d in dordrecht.analyze(text) if d.entity == "PERSON" and "Kanterdijk" in d.text]
    assert found == expected


@pytest.mark.parametrize(("text", "mentions"), [
    # a surname that is a place is searched for with its particles, in any case and over a line break
    ("mevrouw van Lunteren belde. Onderwerp: Handhavingsverzoek Van Lunteren", {"Van Lunteren"}),
    ("mevrouw van Lunteren belde. Bel even met mevr.\nvan Lunteren.", {"van Lunteren"}),
    # ... never the place alone, nor after another particle
    ("mevrouw van Lunteren belde. Zij woont in Lunteren, bij de Lunterse beek.", set()),
    ("mevrouw van Lunteren belde. De weg naar Lunteren is dicht.", set()),
])
def test_a_place_surname_is_found_again_with_its_particles(finder: MentionFinder, text: str,
                                                            mentions: set[str]) -> None:
    person = model_decision(text, "van Lunteren")
    found = finder.propagate(text, [person])
    assert {d.text for d in found if d.source == "person:mention"} == mentions


def test_a_place_surname_in_small_letters_needs_a_form_of_address(finder: MentionFinder) -> None:
    text = "Brief van mevrouw van Tilburg. Namens burgemeester en wethouders van Tilburg, de secretaris."
    found = finder.propagate(text, [model_decision(text, "van Tilburg")])
    assert not [d for d in found if d.source == "person:mention"]


@pytest.mark.parametrize(("text", "mentions"), [
    # a found name in a document's file name: between underscores or before the extension
    ("Klacht van mw. L. Rombouts. EHV-14 | Klacht_Rombouts_2023-11-04.eml | Deels openbaar", {"Rombouts"}),
    ("Klacht van mw. L. Rombouts. Bijlage: Rombouts.pdf", {"Rombouts"}),
    # ... never inside a domain or an e-mail address
    ("Klacht van mw. L. Rombouts. Zie www.rombouts.example of l.rombouts@mail.example", set()),
])
def test_a_name_in_a_file_name_is_a_mention(finder: MentionFinder, text: str, mentions: set[str]) -> None:
    found = finder.propagate(text, [model_decision(text, "L. Rombouts")])
    assert {d.text for d in found if d.source == "person:mention"} == mentions


def test_a_queen_or_a_saint_is_no_mention_of_a_namesake(dordrecht: Redactor) -> None:
    # a daughter called Juliana, and the school named after the queen
    text = "Mijn dochter Juliana zit op de CBS Koningin Juliana in Oostrand."
    found = [text[d.start:d.end] for d in dordrecht.analyze(text) if d.entity == "PERSON" and d.decision == "redact"]
    assert found == ["Juliana"] and text.index("Juliana") == next(
        d.start for d in dordrecht.analyze(text) if d.entity == "PERSON" and d.decision == "redact")


def test_a_city_of_two_words_is_no_mention_of_a_namesake(dordrecht: Redactor) -> None:
    # a woman called Abeba, and the city she travels to
    text = "Mevrouw Abeba Kanterink belt. Zij reist naar Addis Abeba voor het onderzoek. Abeba komt terug."
    city = text.index("Addis Abeba")
    withheld = [d for d in dordrecht.analyze(text) if d.entity == "PERSON" and d.decision == "redact"]
    assert len(withheld) == 2 and not any(city <= d.start < city + len("Addis Abeba") for d in withheld)


# The parts of one written name found apart: a nickname between or after, a surname-first form whose
# particles close it. (name parts found by the recognizers, the span expected withheld)
@pytest.mark.parametrize(("text", "parts", "expected"), [
    ('Algemeen lid: Durk "Dukke" Kanterink', ("Durk", "Kanterink"), "Dukke"),
    ("Groepsleider: Oliver 'Ollie' Sabelsma.", ("Oliver", "Sabelsma"), "Ollie"),
    ('opgegeven als Jack Dijkhof ("Jacko"), urineert', ("Jack Dijkhof",), "Jacko"),
    ("- Kanterhof, Gerbrich de, die namens de ouders spreekt;", ("Kanterhof", "Gerbrich"),
     "Kanterhof, Gerbrich de"),
    ("Secretaris: Heuvel-Sabelsma, Ingrid van den (geen familie)", ("Heuvel-Sabelsma", "Ingrid"),
     "Heuvel-Sabelsma, Ingrid van den"),
])
def test_the_parts_of_one_written_name_are_withheld_as_that_name(
        finder: MentionFinder, text: str, parts: tuple[str, ...], expected: str) -> None:
    decisions = finder.propagate(text, [model_decision(text, p) for p in parts])
    assert expected in {d.text for d in decisions if d.decision == "redact"}


@pytest.mark.parametrize("text", [
    'Jan Kanterink zei "Nee" tegen Piet Dijkhof.',  # a quoted word with other words around it
    "Kanterhof, Gerbrich de Vries en anderen",  # the particle opens the next name
])
def test_quoted_words_and_particles_outside_a_name_stay_apart(finder: MentionFinder, text: str) -> None:
    parts = ("Jan Kanterink", "Piet Dijkhof") if "Nee" in text else ("Kanterhof", "Gerbrich")
    decisions = finder.propagate(text, [model_decision(text, p) for p in parts])
    assert {d.text for d in decisions} == set(parts)


def test_a_point_referred_to_is_no_mention_of_a_given_name(finder: MentionFinder) -> None:
    text = "Ad Kanterink belde.\nAd 1. Ja. Sinds oktober zijn er meldingen.\nAd 2) Nee."
    decisions = finder.propagate(text, [model_decision(text, "Ad Kanterink")])
    assert [d.text for d in decisions] == ["Ad Kanterink"]


def test_a_businesss_name_of_several_words_names_the_business_where_it_stands_bare(dordrecht: Redactor) -> None:
    text = ("Meldingen over een feesttent bij café De Gouden Leeuw aan de Rijksweg.\n"
            '"De nieuwe afspraken met De Gouden Leeuw werken," zegt de buurman.')
    decisions = [d for d in dordrecht.analyze(text) if d.text == "De Gouden Leeuw"]
    assert [d.rule for d in decisions] == ["evidence.named_after", "evidence.organisation_mention"]


def test_an_official_written_with_initials_is_the_official_named_in_full_elsewhere(dordrecht: Redactor) -> None:
    text = ("Hoorzitting Bestemmingsplannen\n\nVoorzitter\nJ.J. (Job) de Kanterink\n\nAgendapunten\n"
            " 1. Opening\n  00:00:25 - 00:00:35 - Job de Kanterink - Voorzitter\n")
    decisions = {d.text: d.decision for d in dordrecht.analyze(text) if d.entity == "PERSON"}
    assert decisions == {"J.J. (Job) de Kanterink": "keep", "Job de Kanterink": "keep"}


def test_a_word_of_a_partys_name_names_no_person_where_it_stands_bare(dordrecht: Redactor) -> None:
    # "Emmen" of the party "Wakker Emmen" is the town or the party in "de Voedselbank Emmen" too
    text = ("Verslag raadscommissie Sociaal Domein\n\nLeden: Tamara Veenstra (Wakker Emmen), Bert Kuper (CDA).\n\n"
            "Mevrouw Hemmes vraagt naar de Voedselbank Emmen en de rol van Stichting Leergeld.")
    emmen = [d for d in dordrecht.analyze(text) if d.text == "Emmen"]
    assert [(d.decision, d.rule) for d in emmen] == [("keep", "evidence.party_name"),
                                                      ("keep", "evidence.organisation_mention")]


@pytest.mark.parametrize(("text", "found_by_model", "mentions"), [
    # a word right after a postcode is the town of an address, whoever the model took it for
    ("Aanmelding via Meedoen Oostrandveen.\nAdres: Hogeweg 31, 3814 CK Oostrandveen", "Meedoen Oostrandveen",
     set()),
    # a compound of Dutch words no list knows as a name is searched for capitalised only
    ("3. Bezonningsstudie Buro Kanterink\nHet college liet een bezonningsstudie maken.",
     "Bezonningsstudie Buro Kanterink", set()),
    ("3. Bezonningsstudie Buro Kanterink\nBezonningsstudie en Kanterink: zie bijlage.",
     "Bezonningsstudie Buro Kanterink", {"Bezonningsstudie", "Kanterink"}),
    # a name no list knows, written small, is still searched in any case
    ("Gesprek met Vundaro Kanterink. Later belde vundaro nog.", "Vundaro Kanterink", {"vundaro"}),
])
def test_a_town_after_a_postcode_and_a_compound_written_small_are_no_mentions(
        finder: MentionFinder, text: str, found_by_model: str, mentions: set[str]) -> None:
    out = finder.propagate(text, [model_decision(text, found_by_model)])
    assert {d.text for d in out if d.source == "person:mention"} == mentions


def test_the_town_after_a_postcode_is_no_mention_where_the_name_is_one_elsewhere(finder: MentionFinder) -> None:
    text = "Gesprek met Piet Oostrandveen.\nPostadres: Postbus 12, 8260GA Oostrandveen. Oostrandveen belde terug."
    out = finder.propagate(text, [model_decision(text, "Piet Oostrandveen")])
    assert [d.start for d in out if d.source == "person:mention"] == [text.rindex("Oostrandveen")]


def test_an_ordinary_word_opening_a_streets_name_is_no_mention(finder: MentionFinder) -> None:
    # "Lange" is a surname and an ordinary word: before a street's word it opens the street's name
    text = "Mila de Lange belde.\nDe route gaat vanaf de Lange Noordstraat. De Lange wil ook komen."
    out = finder.propagate(text, [model_decision(text, "Mila de Lange").with_changes(source="person:lexicon")])
    assert [d.start for d in out if d.source == "person:mention"] == [text.rindex("Lange")]
