"""PERSON: names of people in Dutch correspondence and case notes.

Four kinds of evidence, each recorded in the result's ``source`` so a reviewer sees why:

- ``person:structure``: the position says "a name goes here" whatever the name is: e-mail
  headers (Van:/Aan:/CC:/From:), ``Name <address>``, "Op ... schreef X <...>:", salutations
  ("Geachte heer X"), the line after a sign-off ("Met vriendelijke groet").
- ``person:title``: a title or role right before a capitalised word (dhr., mw., mevr., mr., drs.,
  dr., ir., cl., tolk, vrijwilliger ...).
- ``person:lexicon``: first names, initials and surnames from the shipped lists, with a common-word
  list so "Bakker" or "Groen" count only in name position (after a first name or initials).
- ``person:ner``: the statistical model in models/nl_woo, when present.

Finding *other* mentions of a person once one is found (surname alone, first name alone,
possessive, lower case) is document-level work done by the engine (`redaction.mentions`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.lexicons import (
    GLUED_PARTY,
    GLUED_PARTY_AFTER,
    NATIONAL_PARTIES,
    PARTY_KEYS,
    Lexicons,
    ends_compound,
    load_lexicons,
    name_key,
)
from redaction.ner_types import NerSpan, NerWord, ner_spans
from redaction.person.features import (
    COMPASS_PARTS,
    PLACE_SUFFIXES,
    foreign_words,
    german_text,
    line_initials,
    word_classes,
    words_of_class,
)
from redaction.recognizers.address import STREET_SUFFIXES, is_street_word
from redaction.recognizers.base import LINE_WRAP, evidence_result, finditer_at, fold_case
from redaction.recognizers.table_cells import CELL_BREAK, CHAT_TIME_STAMP

ENTITY = "PERSON"

# A capitalised word, hyphenated parts allowed ("Schouten-Verbeek", "El-Amrani", "O'Neill").
CAP_WORD = r"\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
INITIALS = r"(?:(?:Th|Ph|Chr|Joh|Wm|Ch|Fr|Hk)\.|\p{Lu}\.)(?:[ ]?(?:(?:Th|Ph|Chr|Joh)\.|\p{Lu}\.))*"
POSSESSIVE = r"(?:['’]s|['’](?=\s))"
_INITIALS_RE = regex.compile(INITIALS)
# An inner capital after two lower-case letters; name prefixes (McDonald, DeVries) have fewer.
_CAMEL_CASE = regex.compile(r"\p{Ll}{2}\p{Lu}")
_SENTENCE_END = regex.compile(r"[.!?]\s")
_WEEKDAY_ABBREVIATIONS = frozenset({"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"})
_DATE_AHEAD = regex.compile(r",?\s*\d{1,2}\s")
_DEMONYM = regex.compile(r"(?:naren|iërs|eeërs|ianen)$")
_COLUMN_GAP = regex.compile(r"[ ]{3,}")
# A date around a word: "14 Jan 2025" (day before, year after), "Montag, 3. März" (a day after).
_DAY_BEFORE = regex.compile(r"(?<![\d])(?:[1-9]|[12]\d|3[01])\.?[ ]+$")
_YEAR_AHEAD = regex.compile(r"[ ]+(?:19|20)\d\d(?!\d)")
_DAY_AHEAD = regex.compile(r",?[ ]+(?:[1-9]|[12]\d|3[01])\.?[ ]+\p{L}")
# German and English months and weekdays (the Dutch ones are in MONTHS_AND_DAYS).
_FOREIGN_MONTHS_AND_DAYS = frozenset({
    "januar", "februar", "marz", "mai", "juni", "juli", "oktober", "dezember", "jan", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
})
# Labels of mail headers in Dutch, English and German, before their colon.
_HEADER_LABEL = regex.compile(r"(?i)van|aan|cc|bcc|onderwerp|verzonden|datum|from|to|sent|subject|date|"
                              r"von|an|gesendet|betreff|kopie")
_COLON_AHEAD = regex.compile(r"[ \t]*:")
# A form's field and its value after the label on its line: nothing, or a short value in small
# letters or digits to the line's end ("Maat: px", "Zaal: 2b"); a speaker's words open with a capital.
_SHORT_FIELD_VALUE_AHEAD = regex.compile(r"[ \t]*:[ \t]*(?P<value>[\p{Ll}\d][^\n]{0,12}?)?[ \t]*(?:\n|$)")
_LINE_START_BEFORE = regex.compile(r"(?:^|\n)[ \t]*$")
# A reference to an article of a law right after a word: "Reikwijdte (artikel 2.2 Woo)", "(art. 5.1)".
_ARTICLE_REFERENCE_AHEAD = regex.compile(r"[ \t]*\((?:artikel|artikelen|art\.|artt\.)[ \t]*\d")
# Labels that are given names or name parts too ("An:" opens a chat line of someone called An): only
# with an address after them on the line.
_LABELS_THAT_ARE_NAMES = frozenset({"an", "van", "von", "to", "from"})
# "Ad a.", "Ad 2.", "ad b)": Latin "regarding", opening the answer to a numbered point.
# "en" or "&" and a capitalised word after a role's topic: a department of two topics.
_TOPIC_GOES_ON = regex.compile(r"[ \t]+(?:en|&)[ \t]+(\p{Lu}\p{Ll}+)")
_POINT_REFERENCE = regex.compile(r"(?i)ad[ ](?:[a-z]|\d{1,2})[.)](?:\s|$)")
# Endings of districts, projects and plans ("Waalfront", "Soesterkwartier", "Heekgebied"): the scorer's
# PLACE_SUFFIXES, less "-wijk" (it ends many surnames) and the short "-plan", "-park", "-dorp", which this
# hard rule leaves to the scorer.
_PLACE_ENDING = regex.compile(
    r"\p{L}{3}(?:" + "|".join(s for s in PLACE_SUFFIXES if s not in ("wijk", "plan", "park", "dorp")) + r")$"
)
# Where a name field ends: a bracket, a bar, a dash, or a comma before a lower-case role
# ("G. Fabre, wijkcoördinator"; "Jansen, Jan" goes on).
_FIELD_CUT = regex.compile(r"[(\[|/]| - | – |,[ \t]*(?=\p{Ll})")
_CARE_OF_FIELD = regex.compile(r"(?i)(?:p/a|c/o)(?![\p{L}])")
_ONLY_INITIALS = regex.compile(r"(?:\p{Lu}\.[ ]?)+")
_FIELD_TITLE = regex.compile(
    r"(?i)(?:(?:dhr|mw|mevr|hr|mr|drs|dr|ir|ing|prof)\.[ \t]*|(?:de[ \t]+heer|mevrouw)[ \t]+)+")
_GIVEN_IN_BRACKETS = regex.compile(r"\((?P<given>\p{Lu}[\p{Ll}'’-]+)\)")
_POSTCODE_LINE = regex.compile(r"\s*[1-9]\d{3}\s?\p{Lu}{2}\b")
_HOUSE_NUMBER_END = regex.compile(r"\s[1-9]\d{0,3}\s?[a-zA-Z]?\s*$")
_NO_NAME_CHARACTER = regex.compile(r"[@:/\\\d]")
_SENTENCE_BEFORE = regex.compile(r"[.!?][ \t]{1,3}$")
# The labels of form fields (also the cheap test whether a text can hold one).
_FORM_LABELS = (
    "client", "cliënt", "naam", "betrokkene", "bewoner", "huurder", "verzoeker", "bezwaarmaker", "deelnemer",
)  # fmt: skip
_LOWER_TAIL = regex.compile(r"-\p{Ll}\p{L}*$")  # "Woo-verzoek", "Wmo-consulent": no name
_MAIL_DOMAIN_LABEL = regex.compile(r"@([\p{L}\d-]+)\.")
_POSTCODE_LETTERS = regex.compile(r"\p{Lu}{2}")
# A postcode's digits, or the whole postcode, right before a span (also read by the policy's evidence).
POSTCODE_DIGITS_BEFORE = regex.compile(r"[1-9]\d{3}[ ]?$")
AFTER_POSTCODE = regex.compile(r"[1-9]\d{3}[ ]?\p{Lu}{2}[ \t]+$")
# Titles and roles that put the next capitalised word in name position.
NAME_TITLES = (
    "dhr", "dhr.", "hr", "hr.", "mw", "mw.", "mevr", "mevr.", "mevrouw", "meneer", "heer", "mr", "mr.",
    "drs", "drs.", "dr", "dr.", "ir", "ir.", "ing", "ing.", "prof", "prof.", "cl", "cl.", "cliënt",
    "client", "cliënte", "vw", "vw.", "vrijwilliger", "vrijwilligster", "tolk", "collega", "casemanager",
    "begeleider", "begeleidster", "mentor", "moeder", "vader", "zoon", "dochter", "broer", "zus",
    "echtgenoot", "echtgenote", "partner", "buurman", "buurvrouw", "oom", "tante", "opa", "oma",
    "mrs", "mrs.", "mr", "ms", "ms.", "miss", "sir", "madam", "herr", "frau", "familie", "fam", "fam.", "kind",
    "stagiair", "stagiaire", "behandelaar", "contactpersoon", "buurtbewoner", "buurtbewoonster",
    "omwonende", "melder", "consulent", "klantmanager", "jobcoach", "maatje", "taalmaatje", "voogd",
    "huisarts", "advocaat", "neef", "nicht", "kleinzoon", "kleindochter", "schoonmoeder", "schoonvader",
    "zwager", "schoonzus", "gezinslid", "vriend", "vriendin", "kennis", "getuige",
    "aanvrager", "aanvraagster", "verzoeker", "verzoekster", "indiener", "klager", "klaagster",
    "bewoner", "bewoonster", "huurder", "eigenaar", "leerling", "student", "patiënt", "patient",
    # care, police, school and legal roles; not work roles that a department follows ("teamleider Wonen")
    "dokter", "arts", "tandarts", "fysiotherapeut", "verpleegkundige", "wijkverpleegkundige", "wijkagent",
    "agent", "leraar", "lerares", "juf", "notaris", "deurwaarder", "bewindvoerder",
    "schoonzoon", "schoondochter", "stiefvader", "stiefmoeder", "grootmoeder", "grootvader", "zwagerin",
    "ex-partner", "ex-man", "ex-vrouw", "pleegmoeder", "pleegvader", "pleegzoon", "pleegdochter",
)  # fmt: skip
# Words that follow a salutation but are not names ("Geachte raadsleden", "Beste collega's").
SALUTATION_NOUNS = frozenset(
    {"raadsleden", "leden", "heer", "mevrouw", "heren", "dames", "allen", "college", "collega",
     "collega's", "mensen", "team", "lezer", "lezers", "meneer", "voorzitter", "burgemeester",
     "wethouder", "wethouders", "griffier", "commissie", "raad", "bewoner", "bewoners", "buren",
     "ouders", "vrijwilligers", "relatie", "relaties", "klant", "klanten", "heer/mevrouw", "sir",
     "madam", "all", "hallo", "iedereen", "besten", "beste"}
)  # fmt: skip
MONTHS_AND_DAYS = frozenset(
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
     "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
     "zondag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "may", "june", "july", "august", "october", "feb", "mrt", "apr", "jun", "jul",
     "aug", "sep", "sept", "okt", "nov", "dec"}
)  # fmt: skip
# Capitalised words that start sentences or headings and are never names.
NON_NAME_WORDS = frozenset(
    {"de", "het", "een", "ik", "wij", "we", "u", "uw", "hij", "zij", "ze", "mijn", "onze", "ons", "dit",
     "dat", "deze", "die", "er", "in", "op", "aan", "van", "voor", "met", "naar", "bij", "over", "na",
     "als", "om", "en", "of", "maar", "want", "dus", "toen", "ook", "nog", "al", "graag", "geachte",
     "beste", "hallo", "hoi", "dag", "groet", "groeten", "onderwerp", "datum", "betreft", "bijlage",
     "bijlagen", "kenmerk", "noot", "tel", "telefoon", "mobiel", "email", "e-mail", "adres",
     "postcode", "woonplaats", "geboren", "bsn", "iban", "verzonden", "cc", "bcc",
     "from", "to", "sent", "subject", "re", "fw", "fwd", "doorgestuurd", "oorspronkelijk", "bericht",
     "notitie", "gesprek", "afspraak", "actie", "acties", "vervolg", "nb", "ps", "ok", "oke", "ja",
     "nee", "vandaag", "gisteren", "morgen", "verder", "zie", "let", "wel", "niet", "geen", "nr", "zaaknr",
     "zaaknummer", "dossiernr", "dossiernummer", "dossier", "referentie", "ref", "factuur", "besluit",
     "namens", "volgens", "samen", "via", "door", "tijdens", "sinds", "vanuit", "zonder"}
)  # fmt: skip
# Endings that make a compound word an institution, never a person's name.
# Street and church endings that many Dutch surnames share ("Groeneveld", "Westerhof", "Verkerk",
# "Groenendijk", "Zwanenburg", "Stellingwerf", "Versteeg"): see _street_or_institution.
# Prefixes that make a surname of a street word after them ("Terweg", "Overdijk", "Binnendijk",
# "Verkade"): after a given name such a word is the person's surname, not a street named after them.
_SURNAME_PREFIXES = frozenset({"ter", "ten", "ver", "over", "binnen", "buiten", "van", "op", "in", "de", "der"})
_STREET_SUFFIXES_LOWER = tuple(suffix.lower() for suffix in STREET_SUFFIXES)
_SURNAME_LIKE_ENDINGS = ("veld", "hof", "hoven", "burg", "dijk", "wal", "baan", "brink", "kerk", "werf", "steeg",
                         # ("J. Kortenoever", "Rens Westerweide", "A. Verpoort")
                         "oever", "akker", "poort", "weide", "gaarde", "zijde", "vaart", "sloot", "wetering",
                         # ("Piet Groeneweg", "P.F.J.M. Gunneweg": the street is "de Anthony Fokkerweg")
                         "weg")
# A form of address, perhaps with initials, right before a word: "mevrouw A. ", "dhr. ".
# A form of address, a degree, "familie" or an initial right before a name: a person is meant, not
# a firm of that name ("mevrouw Heijmans", "J. Heijmans", "familie Wehkamp").
PERSON_MARK_BEFORE = regex.compile(
    r"(?i)(?:(?<![\p{L}])(?:heer|mevrouw|meneer|dhr|hr|mw|mevr|mr|dr|drs|ir|ing|familie|fam)\.?"
    r"|(?<![\p{L}])(?-i:\p{Lu})\.)[ \t]*$")
FORMS_OF_ADDRESS = r"heer|mevrouw|meneer|mevr|mw|dhr|hr"
FORM_OF_ADDRESS_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?i:{FORMS_OF_ADDRESS})\.?[ \t]+(?:(?:\p{{Lu}}\.[ ]?)+[ \t]*)?$")
# The space after a form of address, or the end of its line ("mevr.\nvan Lunteren": a letter wrapped by
# hand or by OCR keeps the name in the same place).
_SPACE_OR_LINE_WRAP = rf"(?:[ \t]+|[ \t]*{LINE_WRAP})"
# A house number after a street's name: "Karel Doormanweg 30", "Jan Tooropweg 12a".
_HOUSE_NUMBER_AFTER = regex.compile(r"[ \t]+\d{1,5}(?:[ ]?[a-zA-Z])?(?![\p{L}\d])")
# A sentence's subject that reports, asks or is absent, as minutes and case notes write people by
# their given name ("Ben is met kennisgeving afwezig.", "Roos vraagt of ..."): in that place a listed
# given name is one, also where it is an ordinary word ("ben", "roos", "wil"). Only verbs said of
# people, not "is" or "heeft" alone ("Kader is vastgesteld", "Staf heeft ...").
_SUBJECT_GIVEN_NAME = regex.compile(
    r"(?:^|(?<=[.!?:][ \t])|(?<=\n[ \t]*))(?P<name>\p{Lu}\p{Ll}+)[ \t]+(?:"
    r"zegt|vraagt|meldt|belt|belde|mailt|mailde|antwoordt|reageert|vertelt|vertelde|licht[ \t]+toe|"
    r"stelt[ \t]+voor|geeft[ \t]+aan|merkt[ \t]+op|deelt[ \t]+mee|laat[ \t]+weten|"
    r"is[ \t]+(?:met[ \t]+(?:bericht[ \t]+van[ \t]+verhindering|kennisgeving)[ \t]+)?(?:afwezig|verhinderd)|"
    r"heeft[ \t]+(?:gebeld|gemaild|laten[ \t]+weten|afgemeld))(?![\p{L}])",
    regex.MULTILINE)
# What a list or a register writes of a business that is one person's: in brackets after its name
# (ONE_PERSON_FIRM, also read by evidence.named_after), or before it ("de eenmanszaak X").
ONE_PERSON_FIRM_WORD = r"een(?:mans|vrouws)(?:zaak|praktijk|bedrijf)"
ONE_PERSON_FIRM = regex.compile(rf"(?i)\((?:{ONE_PERSON_FIRM_WORD}|zzp(?:'?er)?)\b")
_ONE_PERSON_FIRM_BEFORE = regex.compile(
    rf"(?i:(?<![\p{{L}}]){ONE_PERSON_FIRM_WORD})[ \t]+"
    r"(?P<firm>\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:(?:van|de|der|den|ter|ten|'t)[ \t]+)*\p{Lu}[\p{L}'’&-]*){0,3})")
_FIRM_BEFORE_MARK = regex.compile(
    r"(?<![\p{L}'’&-])(?P<firm>\p{Lu}[\p{L}'’&-]*"
    r"(?:[ \t]+(?:(?:van|de|der|den|ter|ten|'t)[ \t]+)*\p{Lu}[\p{L}'’&-]*){0,4})"
    r"(?:,[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})?[ \t]*\Z")
# The kinds of business that open or close a firm's name ("Ontruimingsbedrijf", "Bewindvoering",
# "Attractieverhuur"): no owner's name, though no word list knows the compound.
_BUSINESS_KIND_ENDING = regex.compile(
    r"(?i)\p{L}*(?:bedrijf|bedrijven|kantoor|praktijk|advies|adviseurs|bewindvoering|verhuur|handel|"
    r"installaties?|techniek|service|services|schilders|bouw|zaak|winkel|salon|studio|atelier|centrum|"
    r"groep|holding|partners|consultancy|diensten|werken|werk|onderhoud|transport|koeriers)")
_NAME_RUN = regex.compile(r"(?<![\p{L}])(?:(?:[Vv]an|[Dd]e|der|den|[Tt]er|ten|'t)[ ]+)*\p{Lu}[\p{L}'’-]+")
_NICKNAME_OPENERS = ('"', "“", "„", "'", "‘", "(")
# A given name, a nickname in quotes or brackets, the surname: "Oliver "Ollie" Grant".
_NICKNAMED = regex.compile(
    r"(?<![\p{L}])(?P<given>\p{Lu}\p{Ll}+)[ \t]+[\"“„'‘(]\p{Lu}\p{Ll}+[\"”'’)][ \t]+"
    r"(?:(?:van|de|der|den|ter|ten|te|Van|De)[ \t]+)*\p{Lu}[\p{L}'’-]+")
# The article right before a capitalised phrase: "aan de Anthony Fokkerweg".
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])[Dd]e[ \t]+$")
# Street endings no surname has: after a title too the word is a street ("de Dr. Schaepmanstraat").
_STRONG_STREET_ENDINGS = ("straat", "laan", "plein", "singel", "gracht", "kade", "dreef", "boulevard", "plantsoen",
                          "straatweg", "steeg")
ORGANISATION_SUFFIXES = (
    "school", "college", "ziekenhuis", "gymnasium", "lyceum", "academie", "kliniek", "centrum",
    "kerk", "moskee", "bibliotheek", "museum", "theater", "stichting", "vereniging", "fonds",
    "bedrijf", "techniek", "groep", "diensten", "zorg", "makelaardij", "advocaten", "notarissen",
    "commissie", "bureau", "instituut", "kazerne", "brug", "viaduct", "tunnel", "stadion", "sporthal",
    "zwembad", "supermarkt", "supermarkten",
    # residents' and interest groups: "Dorpsbelangen Eefde", "Fietsplatform" (councils: organisation_words)
    "belangen", "platform", "collectief", "werkgroep", "partij",
)  # fmt: skip
# Languages follow "tolk" as often as names do ("tolk Tigrinya/Arabisch").
LANGUAGES = frozenset(
    {"tigrinya", "tigre", "amhaars", "arabisch", "dari", "farsi", "perzisch", "pashto", "pasjtoe", "somalisch",
     "turks", "koerdisch", "sorani", "kurmanji", "oekraiens", "russisch", "pools", "roemeens", "bulgaars",
     "engels", "frans", "duits", "spaans", "portugees", "nederlands", "berbers", "tamazight", "urdu",
     "hindi", "chinees", "mandarijn", "vietnamees", "tamil", "swahili", "oromo", "sranantongo"}
)  # fmt: skip
# Public offices: part of the context, never part of the name span.
OFFICE_WORDS = frozenset(
    {"burgemeester", "loco-burgemeester", "wethouder", "wethouders", "raadslid", "raadsleden", "griffier",
     "gemeentesecretaris", "minister", "staatssecretaris", "kamerlid", "gedeputeerde", "statenlid",
     "commissaris", "fractievoorzitter", "voorzitter", "secretaris", "directeur", "teamleider", "dijkgraaf",
     "heemraad", "heemraden", "hoogheemraad", "hoofdingeland", "statengriffier", "secretaris-directeur",
     "bürgermeister", "burgermeister", "beigeordneter", "beigeordnete", "boargemaster", "wethâlder", "wethalder",
     "riedslid", "deputearre", "dykgraaf", "provinsjesekretaris", "provinciesecretaris", "sekretaris-direkteur",
     "steategriffier", "statenleden", "gedeputeerden", "kamerleden", "ab-lid", "ab-leden", "db-lid", "db-leden",
     "burgerlid", "burgerleden", "portefeuillehouder", "raadsvoorzitter", "commissievoorzitter", "locoburgemeester",
     "secretaris-generaal", "directeur-generaal", "inspecteur-generaal",
     "procureur-generaal", "advocaat-generaal", "thesaurier-generaal",
     # the griffie's clerks and the groups of members, which open a list of names in minutes
     # ("Tafelgriffier Ruud X", "Commissieleden Petra X", "Fracties Bakker, Kaya en Zwinkels")
     "raadsgriffier", "commissiegriffier", "tafelgriffier", "wijkwethouder", "commissielid", "commissieleden",
     "fractie", "fracties", "leden",
     # former officials, named in their past office ("oud-wethouder Bas X")
     "oud-wethouder", "oud-burgemeester", "oud-raadslid", "oud-gedeputeerde", "oud-minister", "oud-statenlid",
     "ex-wethouder", "ex-burgemeester", "ex-raadslid",
     # foreign colleagues in the council's mail: a partner city's mayor, a German Oberbürgermeister
     "oberbürgermeister", "oberbürgermeisterin", "bürgermeisterin", "ratsmitglied", "mayor", "alderman",
     "alderwoman", "councillor", "councilor"}
)  # fmt: skip
# English words, function and everyday ones, for the English-phrase test.
_ENGLISH_WORDS = words_of_class("en") | words_of_class("en_common")
# Bodies that minutes and letters name with the article and a capital: "de Raad", "het College".
_BODY_WORDS = frozenset({"raad", "college", "staten", "commissie", "rekenkamer", "senaat", "kamer", "gemeenteraad",
                         "raadscommissie", "ombudsman"})
# Makes of vehicles, and what follows one: a model number, a plate, "kenteken".
_VEHICLE_MAKES = words_of_class("vehicle")
_PLACEHOLDER_NAMES = words_of_class("placeholder")
# Kinds of document that open a paper's or a file's name before a person's ("Raadsvragen Azzouzi",
# "Motie Kanterink", "Mail J. Dijkhof"): no part of the name at a model span's edge.
_DOCUMENT_KINDS = frozenset({"raadsvragen", "motie", "amendement", "initiatiefvoorstel", "raadsvoorstel",
                             "collegebesluit", "raadsbesluit", "mail", "e-mail", "brief", "notitie", "memo",
                             "moasje", "amendemint"})
# A paper's letter or number after its kind: "Motie A", "Amendement 3", "Motie IIb".
_PAPER_MARK = regex.compile(r"(?:\p{Lu}|[IVX]{1,4}|\d{1,3})[a-z]?")
# Abbreviations a model span may take in at its edge ("t.n.v. RKSV Ossense Boys", "Zio d.d. 12
# januari"): "ten name van", "ter attentie van", "onder andere", "de dato"; their dots read as
# initials, and an account's holder or a letter's date is no part of a name.
_ABBREVIATIONS_AT_EDGE = frozenset({"t.n.v", "t.a.v", "o.a", "i.o.v", "c.q", "m.b.t", "i.v.m", "n.a.v", "d.d",
                                    "e.a", "i.c.m", "m.u.v", "z.s.m", "tnv", "tav"})
# Labels of minutes and notes that the model takes into the name after them ("Antwoord Vermeulen:
# maximaal 110 meter", "Akkoord vader en moeder", "Afschrift: cliënte"): no part of a name.
_LABELS_AT_EDGE = frozenset({"antwoord", "vraag", "reactie", "toelichting", "opmerking", "opmerkingen", "besluit",
                             "advies", "conclusie", "noot", "afschrift", "akkoord", "bijlage", "bijlagen",
                             "onderwerp", "betreft", "actie", "vervolg", "aanvulling", "toezegging", "aanwezig",
                             "afwezig", "aanwezigen", "afwezigen"})
# Kinds of paper and meeting record that end compounds naming one ("Forumverslag", "Statenvoorstel").
_DOCUMENT_KIND_ENDINGS = ("verslag", "verslagen", "voorstel", "voorstellen", "besluit", "besluiten", "notulen",
                          "agenda", "notitie", "rapport", "rapportage", "besluitenlijst", "nota", "motie",
                          "advies", "vragen", "memo", "brief", "brieven")
_FILE_EXTENSION = regex.compile(r"\.(?:pdf|docx?|xlsx?|msg|eml|txt|odt|jpe?g|png)$", regex.IGNORECASE)
# German articles between capitalised words (not after a particle: "van der", "von der"), and German
# prepositions opening a chain ("An den Gemeinderat", "Für die Gemeinde").
_GERMAN_ARTICLE = regex.compile(r"(?<!\b(?:van|von|vom|zu|de|ten|ter|Van|Von|De)[ ])\b(?:der|die|das|den|dem|des)[ ]+")
_GERMAN_LEAD = regex.compile(r"(?:An|Am|Im|Zum|Zur|Für|Bei|Mit|Nach|Über|Unter|Ohne|Gegen|Durch|Beim|Ins)[ ]+")
# Words a topic's name follows as a role's does ("de portefeuille Water", "het taakveld Wonen").
_TOPIC_HEADS = frozenset({"portefeuille", "portefeuilles", "taakveld", "beleidsveld", "beleidsterrein", "domein",
                          "programma", "thema", "cluster", "sector",
                          # ... and a site's name its kind ("bedrijventerrein Riegmeer")
                          "bedrijventerrein", "industrieterrein", "plangebied", "projectgebied", "woonwijk",
                          "nieuwbouwwijk", "buurtschap"})
# A note's abbreviation in capitals opening a chain, which reads like initials ("N.B. Deze", "P.S. Vergeet").
_ABBREVIATION_LEAD = regex.compile(r"(?:N\.[ ]?B\.|P\.[ ]?S\.|N\.B|P\.S)[ ]+")
# A lone word of two or three capitals, also before a hyphen ("AB", "AB-zaal"): an abbreviation.
_SHORT_CAPITALS = regex.compile(r"[A-Z]{2,3}(?:-\p{L}+)?")
_NATIONALITIES = words_of_class("nationality")
_PRODUCTS_AND_EVENTS = words_of_class("product") | words_of_class("event")
_ACRONYM = regex.compile(r"[A-Z]{3,6}")
_VEHICLE_AHEAD = regex.compile(r"[ ,(]*(?:\d|(?i:kenteken|met\s+kenteken|type)\b|\p{Lu}{1,3}-)")
# A table cell's edges: a separator (or the line's edge) right before and right after.
_WHOLE_CELL_BEFORE = regex.compile(r"(?:^|[\t;|])[ ]?$", regex.MULTILINE)
_WHOLE_CELL_AFTER = regex.compile(r"[ ]?(?:[\t;|]|$)", regex.MULTILINE)
# Offices that end compounds naming an office ("Forumvoorzitter", "Commissiegriffier").
_OFFICE_ENDINGS = ("voorzitter", "griffier", "secretaris", "wethouder", "burgemeester")
# Capitalised ordinary words joined by commas and "en" right before a word ("Cultuur en ").
_ENUMERATION_BEFORE = regex.compile(r"(?:\p{Lu}\p{Ll}+,[ ])*\p{Lu}\p{Ll}+[ ]en[ ]$")
# An abbreviated title with its full stop right before a word ("dhr. ", "mw. ", "cl. ").
_ABBREVIATED_TITLE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:dhr|mw|mevr|hr|cl|vw)\.[ \t]+$")
# Degrees written after a name ("J. Kanterink MSc"): no part of the name to search elsewhere.
POSTNOMINALS = frozenset({"bsc", "msc", "ba", "ma", "llb", "llm", "mba", "phd", "mphil", "bba", "emba", "ra", "rc"})
_BARE_INITIAL_BEFORE = regex.compile(r"\p{Lu}[ ]")
# The initials after a surname written first, as lists of staff write it ("Kuijstermans, L.
# (teamleider)", "Aarts, P. en Smit, Q.", "Boukes, S.; Duijndam, M."): part of the name, when an
# item's end follows them (a semicolon, a bracket, "en", the next "Surname," or the line's end);
# "Jansen, A. Bakker" is two people.
_INITIALS_AFTER_SURNAME = regex.compile(
    r",[ ]?(?:\p{Lu}\.){1,4}(?:[ ](?:van|de|der|den|ter|ten|te|in 't|van de|van der|van den))?"
    r"(?=[ \t]*(?:[;(\n]|\Z|en[ \t]|,[ \t]*\p{Lu}\p{Ll})|[.,]?\Z)")
_HAS_INITIALS = regex.compile(r"(?<![\p{L}])\p{Lu}\.")
_PLACE_PREPOSITION_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:in|naar|uit|vanuit|te|richting|nabij|tussen"
    # a body's town ("de gemeenteraad van Den Helder")
    r"|(?i:gemeente|gemeenteraad|raad|college|burgemeester|provincie|waterschap)[ ]+van)[ ]+$")
# "tussen Zutphen en Deventer", "Met Tilburg en Venlo": a listed place and "en" before another.
_PLACE_AND_BEFORE = regex.compile(r"(?<![\p{L}])(?P<place>\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)?)[ ]+en[ ]+$")
_POSTCODE_BEFORE_TOWN = regex.compile(r"(?<![\p{L}\d])[1-9]\d{3}[ ]?[A-Z]{2}[ \t]{1,2}$")
_SAINT_OR_ROYAL = regex.compile(
    r"(?<![\p{L}])(?:Sint|St\.|Sinte|Koningin|Koning|Prinses|Prins|Keizer|Paus|Heilige)[ ]+$")
# ... and opening the span itself ("Koningin Juliana" of "CBS Koningin Juliana"): a saint or a queen
# is no private person. Not "Prins", "Koning", "Keizer" or "Paus": common surnames too ("Prins, Eva").
SAINT_OR_QUEEN = r"(?:Sint|St\.|Sinte|Koningin|Prinses|Heilige)"
_SAINT_OR_ROYAL_OPENING = regex.compile(SAINT_OR_QUEEN + r"[ \t]+\p{Lu}")
_SAINT_OR_ROYAL_WORD = regex.compile(SAINT_OR_QUEEN + r"|Koning|Prins|Keizer|Keizerin|Paus")
# Callings before a given name in the names of schools, homes and foundations ("Pater Damiaan",
# "Zuster Agatha", "Dokter Jan"): the name's own first word, not a portfolio's.
_HONOURED_FIGURES = frozenset({"pater", "zuster", "broeder", "dokter", "meester", "juf", "moeder", "vader", "pastoor",
                               "dominee", "kapelaan", "bisschop", "kardinaal", "kapitein", "generaal", "admiraal"})
# "Zijne Majesteit de Koning", "H.M. de Koningin": the head of state, no private person; nor the royal
# house an order is named after ("Ridder in de Orde van Oranje-Nassau").
_MAJESTY_BEFORE = regex.compile(r"(?<![\p{L}])(?:Majesteit|Z\.M\.|H\.M\.|Majesty)[ ]+(?:de[ ]+|the[ ]+)?$"
                                # "de commissaris van de Koning": the office's name, no person
                                r"|(?i:commissaris)[ ]+van[ ]+(?:de[ ]+)?$")
def _cased_text(text: str) -> bool:
    """Whether at least four lines in five of the text begin with a capital (a letter typed all
    in small letters, or a scan read so, writes its names small too)."""
    initials = line_initials(text)
    return len(initials) >= 3 and sum(ch.isupper() for ch in initials) * 5 >= len(initials) * 4


# Patterns the rules below apply once per candidate, compiled here once: ``regex.findall(pattern, ...)``
# looks its pattern up in regex's cache at every call (some 6 µs, thousands of calls per document).
_LETTERS = regex.compile(r"\p{L}+")
_CAPITALISED_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
_HYPHEN_AT_LINE_END = regex.compile(r"-[ \t]*\r?\n[ \t>]*")
_SPACE_OR_HYPHEN = regex.compile(r"[ -]")
_WORD_BEFORE_BLANKS = regex.compile(r"([\p{L}'’]+)[ \t]+$")


# The verbs of the quote line's pattern (``_wrote``), one of which each of its ways holds.
_WROTE_VERBS = ("schreef", "wrote", "geschreven")
# A combining mark: a word of the lower-case pattern may go on after one (see _lower_case_first_names).
_MARK = regex.compile(r"\p{M}")


@lru_cache(maxsize=4)
def _foreign_text(text: str, foreign_words: frozenset[str]) -> bool:
    """Whether one word in eight of the text's first 20,000 characters is a word of the language
    (Frisian, English) that is no Dutch one: a letter or a chat written in that language."""
    words = _LETTERS.findall(text[:20_000])
    return len(words) >= 24 and sum(1 for w in words if name_key(w) in foreign_words) * 8 >= len(words)


# The head of state, as running text writes the office: "de Koning", "de Koningin".
_THE_MONARCH = regex.compile(r"de[ ]+Koning(?:in)?")
# Endings of the names of areas, plans and programmes that no surname has.
# Endings of districts, projects and plans that no surname has ("-wijk", "-dorp", "-park" have:
# Oosterwijk, Nieuwdorp, Vennepark): "Sluiskwartier", "Waalfront", "Spoorzone", "Omgevingsvisie".
PROJECT_ENDINGS = ("gebied", "kwartier", "front", "visie", "plan", "monitor", "programma", "agenda", "zone",
                   "terrein")
# A place's district: one word, a hyphen, a point of the compass ("Schalkwijk-Midden", "Zevenhuizen-Oost").
_DISTRICT = regex.compile(
    r"\p{Lu}[\p{L}'’]+-(?:Noord|Oost|Zuid|West|Midden|Centrum|Noordoost|Noordwest|Zuidoost|Zuidwest)")
# A list's letter opening a span before a capitalised word: "a. Economische".
_LIST_LETTER_OPENING = regex.compile(r"\p{Ll}\.[ \t]+(?=\p{Lu})")
# German articles, written small: no particles of a surname in a German phrase.
_GERMAN_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
# A surname with its particles right after a word: " de Graaf", " van der Steen".
_PARTICLE_SURNAME_AFTER = regex.compile(
    r"[ ]+(?:van[ ]+(?:de[rn]?|het)|de|der|den|ter|ten|in[ ]+'t|op[ ]+de)[ ]+(?P<surname>\p{Lu}[\p{L}'’-]+)")
# A capitalised word, then a surname with its particles: "April de Graaf", "Roos van der Steen".
_GIVEN_AND_PARTICLE_SURNAME = regex.compile(
    r"\p{Lu}\p{Ll}+[ ]+(?:van[ ]+(?:de[rn]?|het)|de|der|den|ter|ten|te|in[ ]+'t|op[ ]+de|van)[ ]+\p{Lu}[\p{L}'’-]+")
# Abbreviations that end in a full stop inside a name's span: no sentence ends there.
_ABBREVIATIONS_BEFORE_STOP = frozenset({"dhr", "mevr", "drs", "ing", "prof", "mej", "wed", "bijv", "jhr", "jkvr",
                                        "mr", "dr", "ir", "sr", "jr", "gebr", "fam", "weth", "burg", "ds", "mw"})
# A capitalised word or an initial right before: "Jan ", "J. ".
_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{L}.'’-]*[ ]+$")
# "van der Damhuis", "v/d Sluis", "v.d. Berg", "d'Sluis": a surname's particles, then the surname.
_BARE_PARTICLE_SURNAME = regex.compile(
    r"(?<![\p{L}.'’/])(?:van[ ]+de[rn]|v/d|v\.d\.|d['’])[ ]*(?P<surname>\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}\p{Ll}+)?)")
# A name written surname first, as mail headers do: "Mourik, Joris van", "Kanterink, Anna".
# A given name after a comma, after a surname: "DE LAAT, PIET", "De Laat, Piet".
_GIVEN_AFTER_COMMA = regex.compile(r",[ ]?(\p{Lu}[\p{L}-]+)(?![\p{L}])")
_INVERTED_NAME = regex.compile(
    r"\p{Lu}[\p{L}'’-]+,[ ]?(?P<given>\p{Lu}\p{Ll}[\p{L}-]*)(?:[ ](?:van|de|der|den|ter|ten|te|in|'t)){0,3}")
# Labels of the blocks of an attendance list, capitalised inside a flattened one ("... Ralf Stienen
# Ambtenaren Guido Gommans (verkeerskundige)"): a name ends before them.
# Forms of address that open a name and never stand inside one.
_FORMS_OF_ADDRESS_INSIDE = frozenset({"mevrouw", "mevr", "meneer", "dhr", "mw"})
_LIST_LABEL_WORDS = frozenset({
    "ambtenaren", "ambtenaar", "commissieleden", "raadsleden", "statenleden", "fractieleden", "leden", "lid",
    "insprekers", "inspreker", "aanwezig", "aanwezige", "aanwezigen", "afwezig", "afwezige", "toehoorders",
    "gasten", "notulist", "notuliste", "verslaglegging", "ondersteuning", "wethouders", "portefeuillehouders",
    "collegeleden", "burgerleden", "steunfractieleden", "heemraden", "gedeputeerden", "adviseurs", "genodigden",
    # ("Gemeentesecretaris De heer F. X Verslag Elise Y Secretariaatsservice": who took the minutes)
    "verslag", "notulen", "notulering", "verslaglegger", "secretariaat", "afwezigen"})
# Kinds of facility that stand after the name they bear ("Karel de Grote College", "Jan van
# Breemen Kliniek"): the whole is the facility's name. ("Huis", "Kerk" are surnames too.) The
# keep-policy reads them too (evidence.named_after).
FACILITY_KINDS_AFTER_NAME = ("College", "Lyceum", "Gymnasium", "Ziekenhuis", "Kliniek", "Academie", "Instituut",
                             "Museum", "Theater", "Kazerne", "Stadion", "Sporthal", "Festival")
_FACILITY_LAST_WORDS = frozenset({k.lower() for k in FACILITY_KINDS_AFTER_NAME} | {"school", "basisschool"})
# Determiners and pronouns that lists also know as given names.
_DETERMINERS = frozenset({"elke", "elk", "ieder", "iedere", "zijn", "haar", "deze", "die", "dat", "alle", "sommige",
                          "enkele", "veel", "weinig"})
# Words that follow a name rather than a determiner: verbs that need no -t, function words.
_AFTER_A_NAME = frozenset({
    "is", "was", "kan", "kon", "wil", "zal", "zou", "mag", "moet", "heeft", "had", "ging", "kwam", "zei", "zag",
    "stond", "deed", "vond", "gaf", "nam", "liep", "bleef", "werd", "ben", "en", "of", "maar", "van", "met", "op",
    "in", "uit", "naar", "bij", "voor", "aan", "om", "tot", "zelf", "ook", "nog", "al", "niet", "wel", "hier",
    "daar", "vandaag", "morgen", "gisteren", "graag", "schreef", "las", "sprak", "belt", "mailde", "appte"})
# The start of a chat message: a time stamp at the line's start, the speaker, a colon.
_CHAT_MESSAGE_START = regex.compile(rf"(?m)^[ \t]*{CHAT_TIME_STAMP}[^\n:]{{1,60}}:[ \t]*$")
# A greeting opening a span, a capitalised word after it: "Welkom Gijs", "Top Gijs".
_GREETING_OPENING = regex.compile(r"(?P<word>\p{Lu}\p{Ll}+)[ \t]+(?=\p{Lu})")
_GREETING_WORDS = words_of_class("greeting") | frozenset(
    {"welkom", "goedemorgen", "goedemiddag", "goedenavond", "bedankt", "dank", "dankjewel", "top", "thanks",
     "gefeliciteerd", "sorry", "succes", "hoi", "hee", "moi", "moin", "morgen", "doei",
     # and the greetings and interjections of chats in other languages and dialects
     "goeiemorge", "goeiemorgen", "goeiemiddag", "goeienavond", "goeie", "moarn", "selam", "salaam", "salam",
     "aleikum", "alaikum", "merhaba", "günaydın", "gunaydin", "inshallah", "insha'allah", "mashallah", "wallah",
     "shukran", "dzień", "dzien", "dobry", "cześć", "czesc", "dziękuję", "dziekuje", "danke", "merci", "noted",
     "thx", "ooh", "oh", "ah", "haha", "hihi", "jaja", "oké", "okay", "ok", "yes", "grapje", "proost", "hup",
     "cheers", "groetnis", "groetjes", "greetings", "tschüss", "doeg", "houdoe", "ajuu", "salut"})


# "H.P. (Hans Peter) Kanterink", "J. (Jan) van der Sabel": initials, the given name in brackets, the surname.
_GIVEN_NAME_IN_BRACKETS = regex.compile(
    r"(?<![\p{L}.])(?:\p{Lu}\.[ ]?){1,5}[ ]?\((?P<given>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\)[ ]+"
    r"(?:(?:van|de|der|den|ter|ten|in|'t|het|Van|De|Ter|Ten)[ ]+){0,3}\p{Lu}[\p{L}\p{M}'’]+(?:-\p{Lu}[\p{L}\p{M}'’]+)?")
_ROYAL_HOUSES = frozenset({"oranje-nassau", "oranje nassau", "van oranje-nassau", "oranje"})
# An office right before a name ("Beigeordneter Hübbers", "wethouder Smit"). Words of a set are
# sorted before they are put longest first, here and below: the same pattern in every process,
# which the command's cache of compiled patterns can keep (redaction/regex_cache.py).
_OFFICE_BEFORE_NAME = regex.compile(
    r"(?i:\b(?:" + "|".join(sorted(sorted(OFFICE_WORDS), key=len, reverse=True)) + r"))[ \t]+$")
# "Commissaris van de Koning": "Koning" is part of the office there, not a surname.
_OFFICE_OF_KING = regex.compile(r"(?i)commissaris\s+van\s+de\s+$")
# Prepositions that are also name particles ("in 't Veld"), but never open a name on their own.
# Abbreviations written like lower-case initials: not the initials of a name.
DOTTED_ABBREVIATIONS = frozenset({
    "t.a.v.", "t.n.v.", "i.o.m.", "i.v.m.", "m.b.t.", "z.s.m.", "o.a.", "e.d.", "d.w.z.", "i.p.v.", "n.a.v.", "p.s.",
    "a.u.b.", "s.v.p.", "c.q.", "t.z.t.", "m.i.v.", "e.a.", "o.b.v.", "i.s.m.", "d.d.", "t.b.v.", "m.n.",
    "i.c.m.", "z.o.z.", "n.v.t.", "p.p.", "e.e.a.", "a.s.", "j.l.", "m.v.g.", "v.d.", "v.w.b.", "m.u.v.",
    "i.h.a.", "i.h.k.v.", "p.a.", "t.w.", "o.i.d.", "e.v.", "v.z.", "n.b.", "a.d.", "t.o.v.", "i.c.", "b.v.",
    "m.b.v.", "o.l.v.", "m.m.v.", "i.o.", "n.a.", "t.g.v.", "v.a.", "i.e.", "e.g.", "o.v.v.", "i.s.", "m.a.w.",
    "o.m.", "c.s.", "t.w.v.", "m.i.", "n.m.", "v.m.", "a.i.", "p.o.", "v.o.", "h.o.", "w.o.", "i.g.v.",
    "o.g.v.", "t.l.v.", "i.o.v.", "n.o.", "z.o.", "n.w.", "z.w.", "m.k.", "a.m.", "p.m.", "g.g.d.",
    # kinds of school before its name: "o.b.s. de Boventoon" (openbare, christelijke, katholieke basisschool)
    "o.b.s.", "c.b.s.", "p.c.b.s.", "r.k.b.s.", "k.b.s.", "b.s.",
})  # fmt: skip
# Words that join a person to the place he works for: "B.M. Savchenko van het Rijksmuseum".
_AFFILIATION_WORDS = frozenset({"van", "bij", "namens", "voor", "uit", "vanuit"})
PREPOSITIONS = frozenset({"in", "op", "aan", "bij", "uit", "voor", "over", "onder", "tot", "met", "naar", "te"})
_TITLE_KEYS = frozenset(t.rstrip(".") for t in NAME_TITLES)
# The titles written abbreviated, with a full stop ("dhr.", "mw.", "cl.", "c.b.s."), in regex.escape's form.
_ABBREVIATED_TITLE_KEYS = frozenset(regex.escape(t.rstrip(".")) for t in NAME_TITLES if t.endswith("."))
_FORMAL_TITLES = frozenset({"dhr", "hr", "mw", "mevr", "mevrouw", "meneer", "heer", "mr", "drs", "dr", "ir",
                            "ing", "prof", "mrs", "ms", "jhr", "ds"})
# Particles of a surname typed in lower case ("m.t. van zutphen", "mevrouw de nijs").
_LOWER_PARTICLES = r"(?:van|de|der|den|ter|ten|te|el|al)"
_LEADING_PARTICLES = regex.compile(rf"^(?:{_LOWER_PARTICLES}[ \t]+)+")
# One particle word of a surname written after a name or title: also "'t" and "in" ("in 't Veld").
_PARTICLE_WORD = rf"(?:{_LOWER_PARTICLES}|'t|’t|in)"
# A surname typed in lower case with its particles, right after a given name: " van der velden".
_LOWER_SURNAME_AFTER_GIVEN = regex.compile(
    rf"[ \t]+(?P<particles>(?:{_PARTICLE_WORD}[ \t]+)*)(?P<surname>\p{{Ll}}[\p{{L}}'’-]{{2,}}+)"
    r"(?![\p{L}\p{N}@]|\.\p{L})"
)
# The lower-case particles between a title and a surname ("mevrouw van Leeuwen", "de heer van 't
# Hof"): part of the surname, so withheld with it.
# (after a form of address also the particles of Portuguese, Spanish, Italian and French names:
# "mevrouw da Silva", "de heer dos Santos", "mevrouw de la Cruz")
_PARTICLES_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}'’])(?:(?:{_PARTICLE_WORD}|da|das|do|dos|del|della|di|du|la|le)[ \t]+)+$")
# A name broken over two lines, as text from a PDF often is: hyphenated ("Verbrug-\ngen"), or its
# surname on the next line ("Pieter\nvan den Broek", "Fatima El\nAmrani").
# The rest of a name broken at a hyphen over two lines: a word's rest ("Verbrug-\ngen") or the second
# part of a double surname ("Hoogendijk-\nAmrani").
_WRAPPED_REST_OF_WORD = regex.compile(rf"-?[ \t]*{LINE_WRAP}\p{{L}}[\p{{L}}\p{{M}}'’]*")
_WRAPPED_SURNAME = regex.compile(
    rf"[ \t]*{LINE_WRAP}(?:{_PARTICLE_WORD}[ \t]+)+(?P<word>\p{{Lu}}[\p{{L}}\p{{M}}'’-]*)"
    rf"|(?:[ \t]+(?i:{_LOWER_PARTICLES}))+[ \t]*{LINE_WRAP}(?P<word2>\p{{Lu}}[\p{{L}}\p{{M}}'’-]*)"
)
# A surname alone opening the next line, then punctuation or a word in small letters: "Hendrik Jan\nPostma,"
_WRAPPED_BARE_SURNAME = regex.compile(
    rf"[ \t]*{LINE_WRAP}(?P<word>\p{{Lu}}\p{{Ll}}[\p{{L}}\p{{M}}'’-]*)(?=[,.;:)]|[ \t]+\p{{Ll}}|[ \t]*$)",
    regex.MULTILINE)
# Particles in small letters right before a span, as a surname after a form of address has them
_SMALL_PARTICLES_BEFORE = regex.compile(
    r"(?<![\p{L}'’])(?:(?:van|de|der|den|het|ter|ten|te|in|op|'t|’t)[ \t]+)+$")
# A form of address right before, "familie" too (not a role: "de advocaat van Bennett" is
# Bennett's lawyer)
_ADDRESSED_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?i:(?:{FORMS_OF_ADDRESS})\.?|juffrouw|familie|fam\.){_SPACE_OR_LINE_WRAP}$")
# "van" right before a span ("mevrouw van Het Hof"): the article after it is a surname's particle
_PARTICLE_JUST_BEFORE = regex.compile(r"(?i)(?<![\p{L}])van[ \t]+$")
# A section's letter or Roman number: "A.", "D.", "IV."
_SECTION_MARK = regex.compile(r"(?:\p{Lu}|[IVX]{1,4})\.")
_SECTION_MARK_AT_LINE_START = regex.compile(r"(?m)^[ \t>*•-]*(\p{Lu}|[IVX]{1,4})\.[ \t]+\p{Lu}")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# The words that open the standing items of an agenda: nobody's surname.
_AGENDA_ITEM_WORDS = frozenset({"opening", "mededelingen", "rondvraag", "sluiting", "vaststelling", "vaststellen",
                                "ingekomen", "agenda", "besluitenlijst", "notulen", "insprekers", "inspreekrecht",
                                "hamerstukken", "bespreekstukken", "actielijst", "toezeggingen", "heropening"})


def _neighbour_marks(mark: str) -> tuple[str, ...]:
    """The marks before and after a section's mark: "B" -> "A", "C"; "II" -> "I", "III"."""
    found: list[str] = []
    if mark in _ROMAN:
        i = _ROMAN.index(mark)
        found += [_ROMAN[j] for j in (i - 1, i + 1) if 0 <= j < len(_ROMAN)]
    if len(mark) == 1:
        found += [chr(ord(mark) + d) for d in (-1, 1) if "A" <= chr(ord(mark) + d) <= "Z"]
    return tuple(found)


# A capitalised abbreviation, then a degree or a form of address with its full stop, opening a span.
_WORD_BEFORE_TITLE_OPENING = regex.compile(
    r"\p{Lu}{2,4}[ \t]+(?:(?i:dr|drs|mr|ir|ing|prof|dhr|mw|mevr)\.[ \t]*)+")
# A name written as a local part, outside an address or a link: "tom.bakker", "jan.van.dijk"
_DOTTED_NAME = regex.compile(r"(?<![\w.@/:-])\p{Ll}{2,}(?:\.\p{Ll}{1,3}){0,2}\.\p{Ll}{2,}(?![\w@/-]|\.\w)")


def _maybe_small_letter(char: str) -> bool:
    """False only for a character that is surely no small letter (``\\p{Ll}``): ASCII that is not
    one, or white space. Other characters may be, in the regex module's Unicode tables."""
    return char.islower() if char.isascii() else not char.isspace()


# The words for a neighbour or relative before a given name typed small ("mijn buurvrouw roos"),
# in the order the pattern tries them.
_RELATIVES_BEFORE_NAME = (
    "buurvrouw", "buurman", "buren", "buurjongen", "buurmeisje", "overbuurman", "overbuurvrouw",
    "zus", "broer", "zoon", "dochter", "neef", "nicht", "oom", "tante", "opa", "oma", "vriend", "vriendin", "meneer",
    "mevrouw",
)  # fmt: skip


# Roles that a surname follows as an apposition ("de wijkagent Bakker", "juf De Vries"): a word in
# small letters right after one that the lists know as a surname is that surname typed small.
_ROLES_BEFORE_SURNAME = ("wijkagent", "agent", "handhaver", "boa", "huisarts", "dokter", "juf", "meester",
                         "consulent", "buurman", "buurvrouw", "overbuurman", "overbuurvrouw")

# Every way of _title_word_lower begins with one of these, in any case ("Dhr", "mevrouw").
_TITLE_WORDS_BEFORE_LOWER_NAME = ("dhr", "mevr", "heer", "meneer", "familie")


def _occurrences(folded: str, words: Iterable[str]) -> list[int]:
    """Every position where one of ``words`` stands in ``folded``, word by word (lower-case words in
    a text folded by fold_case; also the names themselves in the text itself)."""
    found = []
    for word in words:
        at = folded.find(word)
        while at != -1:
            found.append(at)
            at = folded.find(word, at + 1)
    return found


def _name_before_bracket_starts(text: str) -> list[int]:
    """Every position where a name typed small before a relation in brackets can begin ("everdien
    (hun dochter)", DutchPersonRecognizer._lower_before_relative), with some more: in the run of
    characters that may be a name's right before the spaces or tabs before a "("."""
    starts: list[int] = []
    bracket = text.find("(", 1)
    while bracket != -1:
        at = bracket - 1
        while at >= 0 and text[at] in " \t":
            at -= 1
        if at < bracket - 1:  # (a space or tab at least)
            while at >= 0 and (text[at] in "'’-" or _maybe_small_letter(text[at])):
                starts.append(at)
                at -= 1
        bracket = text.find("(", bracket + 1)
    return starts


def _dotted_name_starts(text: str) -> list[int]:
    """Every position where _DOTTED_NAME can begin (with some more): a match holds a dot between
    two small letters and is all small letters and dots, with no letter or dot before it, so it
    begins at the start of the run of such characters around that dot. The pattern tried at every
    word of a text cost more than all the rest of this recognizer's lower-case rules."""
    starts: list[int] = []
    dot = text.find(".", 1)
    while dot != -1:
        if dot + 1 < len(text) and _maybe_small_letter(text[dot - 1]) and _maybe_small_letter(text[dot + 1]):
            # back over the run, every position in it (exact for ASCII; more is harmless)
            at = dot - 1
            while at >= 0 and (text[at] == "." or _maybe_small_letter(text[at])):
                starts.append(at)
                at -= 1
        dot = text.find(".", dot + 1)
    return starts


# Initials with no surname after them: a bracket, a comma or the line's end follows
_INITIALS_ALONE = regex.compile(
    # (also before a word in small letters that is no particle of a surname: "De heer A.K. en mevrouw X")
    r"(?<![\p{L}.])(?:\p{Lu}\.){1,3}(?=[ \t]*[(,;:)–]|[ \t]*$"
    rf"|[ \t]+(?!{_PARTICLE_WORD}(?![\p{{L}}])|het(?![\p{{L}}]))\p{{Ll}})", regex.MULTILINE)
# Initials ending a line, the surname (with its particles) opening the next ("dhr. G.J.\nHofsteenge").
_INITIALS_AT_LINE_END = regex.compile(
    rf"(?<![\p{{L}}.])(?P<initials>(?:\p{{Lu}}\.){{1,5}})[ \t]*{LINE_WRAP}"
    rf"(?:{_PARTICLE_WORD}[ \t]+)*(?P<surname>\p{{Lu}}\p{{Ll}}[\p{{L}}\p{{M}}'’]*(?:-\p{{Lu}}?[\p{{L}}\p{{M}}'’]+)*)")
# A capitalised word right before a span's particles, itself at the start of a line, after a list
# mark or a comma, or after a word in lower case ("2. Armijn van Dijkhuis", "en Biene van Roon").
_GIVEN_NAME_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}'’.-])(?P<word>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)[ \t]+$")
# An initial written without its full stop ("A" of "A van der Damhuis").
_BARE_INITIAL = regex.compile(r"\p{Lu}")
# Lower-case particles opening a span, before its capitalised core ("van Roon", "van der Wal").
_OWN_PARTICLES = regex.compile(rf"(?:(?:{_PARTICLE_WORD})[ \t]+)+(?=\p{{Lu}})")
# "in de", "te" alone: prepositions ("Koningsdag in de Haarlemmerhout"), no particles of a surname.
_NOT_SURNAME_PARTICLES = regex.compile(r"(?:in|te)[ \t]+(?!'t|’t)")
# Only a form of address, not a role: in "de moeder van Masoud" the "van" is a preposition.
_HONORIFIC_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}])(?i:heer|mevrouw|meneer|mevr|mw|dhr|hr|mr|dr|drs|ir|ing|prof|familie|fam|jhr|jkvr)\.?"
    + _SPACE_OR_LINE_WRAP + "$"
)
# Prepositions that open no surname without a particle after them ("in 't Veld", "uit den Bogaard").
# ("op", "aan" and "te" do: "Op den Brouw", "Aan de Stegge", "te Velde".)
_PLACE_PREPOSITIONS = PREPOSITIONS - {"op", "aan", "te"}
# A title, relation or greeting right before a word ("meneer dhidi", "Hoi pies,"), or a
# capitalised word and "en" ("Ubah en muntadher").
_NAME_CUE_BEFORE = regex.compile(
    r"(?i:\b(?:" + "|".join(sorted(sorted({regex.escape(t.rstrip(".")) for t in NAME_TITLES}), key=len, reverse=True))
    + r"|geachte|beste|lieve|hoi|hallo|hey|dag|hi|dear|gr|groet|groeten)\.?[ \t]+"
    # or joined to a capitalised word: "Ubah en muntadher ingeschreven"
    + r"|\p{Lu}[\p{L}'’-]*[ \t]+(?:en|&)[ \t]+)$"
)
# Words before a person in a sentence: a lone unknown word in lower case that the model calls a
# name is one after them ("door zeik", "volgens koef", "met jefke", "Actie taruben:").
_PERSON_PREPOSITION_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:door|volgens|met|van|aan|naar|bij|voor|namens|ook|actie|verslag)[ \t]*:?[ \t]+)$"
)
# Laws, registers and the words of Woo documents ("artikel 5.2 Woo", "Wmo", "Optie", "Naam"), from
# the "legal" class of models/lexicons/word_classes.tsv. "Woo" and "Cao" are surnames too: after a
# title they still are ("mevrouw Woo"), see _name_after_title.
LEGAL_TERMS = words_of_class("legal")
NATIONALITIES = words_of_class("nationality")
_PRONOUNS = words_of_class("pronoun")


def _ends_in_legal_compound(span: str) -> bool:
    """Whether the span's last word is a compound of a law's name ("Woo-verzoek", "Wob-besluit")."""
    last = span.rsplit(None, 1)[-1] if span.strip() else ""
    head, _, rest = last.partition("-")
    return bool(rest) and rest[:1].islower() and name_key(head) in LEGAL_TERMS


_ENGLISH_CLASS = words_of_class("en")
# The word in small letters after a span on the same line ("Huiselijk geweld", "Many thanks").
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Ll}[\p{L}']*)")
# Job titles (the "role" class), not forms of address, plus teaching posts the class lacks.
# Function words that open a sentence ("Daarnaast", "Verder", "Ik"): after a letter with its full stop
# ("bijlage B. Verder ...") they say the letter ended the sentence before them.
_SENTENCE_OPENERS = words_of_class("pronoun") | words_of_class("preposition") | words_of_class("article") | {"ik"}
_LETTER_THEN_WORD = regex.compile(r"(?:\p{Lu}\.){1,4}[ \t]*(?P<word>\p{Lu}\p{Ll}+)")
_ROLE_WORDS = words_of_class("role") | {
    "lerares", "leraar", "docent", "docente", "juf", "meester"}
NOT_A_NAME = NON_NAME_WORDS | MONTHS_AND_DAYS | LANGUAGES | OFFICE_WORDS | LEGAL_TERMS | POSTNOMINALS
# Verbs that follow "cl."/"mw." in case notes ("cl. wil graag werken"); some are given names too ("Wil").
STOPWORDS_AFTER_TITLE = NON_NAME_WORDS | frozenset(
    {"is", "was", "heeft", "had", "wordt", "werd", "zal", "zou", "kan", "kon", "wil", "wilde", "moet", "moest",
     "mag", "mocht", "gaat", "ging", "komt", "kwam", "zegt", "zei", "vertelt", "vertelde", "geeft", "gaf",
     "belt", "belde", "woont", "werkt", "spreekt", "krijgt", "kreeg", "vraagt", "vroeg", "weet", "wist",
     "ziet", "zag", "blijft", "bleef", "staat", "stond", "loopt", "meldt", "maakt", "voelt", "denkt", "wacht",
     "heb", "ben", "laat", "liet"}
)  # fmt: skip


# Compiled once: the module functions of ``regex`` look their pattern up again per call, which
# cost more than the match on the short strings they were given.
_NON_SPACE_RUN = regex.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # "init" | "cap" | "part"


class DutchPersonRecognizer(EntityRecognizer):
    """Names of people in Dutch text from structure, titles, lexicons and the NER model."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        self.lexicons = lexicons or load_lexicons()
        super().__init__(
            supported_entities=[ENTITY],
            name="DutchPersonRecognizer",
            supported_language="nl",
            context=[],
        )
        lex = self.lexicons
        # Particles that sit between a first name and a surname, lower case ("van der", "in 't");
        # the apostrophe typed either way ("van ’t Hoff": the list folds ’ to ').
        part_alt = "|".join(
            sorted(sorted(regex.escape(p).replace("'", "['’]") for p in lex.particles if p), key=len, reverse=True)
        )
        part = rf"(?:{part_alt})"
        # A particle opens a chain only when capitalised: "De Vries", "Van der Berg", "El Amrani".
        cap_part = rf"(?:(?=\p{{Lu}})(?i:{part_alt}))"
        self._chain = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}@._-])"
            rf"(?>{INITIALS}[ ]?)?"
            # Words apart by one or two spaces: three or more set columns side by side (two
            # signatures, "drs. M.J. van der Hoorn-Wessels        Th.F. Kamsteeg"), no one name.
            rf"(?:{cap_part}[ ]{{1,2}})*"
            # Initials first: "J.P. de Boer" must not stop at "J.P" (a capital P is no word).
            rf"(?:{INITIALS}|{CAP_WORD})"
            rf"(?:[ ]{{1,2}}(?:{part}[ ]{{1,2}})*(?:{INITIALS}|{CAP_WORD}))*"
            rf"{POSSESSIVE}?"
            # (a party with digits glued on ends the name: "Femke RoosD66", the party column run
            # into the name column; the letters-only parties are split off later, see _parties_apart)
            rf"(?:(?=(?:D66|50PLUS)(?![\p{{L}}\p{{N}}]))|(?![\p{{L}}\p{{N}}@]|\.[\p{{L}}\p{{N}}]))",
        )
        self._compile_extra_structure(part)
        # First words of known organisations ("Humanitas", "Vluchtelingenwerk") that are no names:
        # a name chain stops there ("Merve Kaya van Humanitas Drechtsteden").
        # English and German words of the lines the model reads ("mein Name ist", "Dear"): no part of a
        # name at a span's edge, unless a name list has them ("Will", "Mark").
        self._foreign_function_words = frozenset(
            key for key, classes in word_classes().items()
            if classes & {"en", "de"} and len(key) > 1 and not lex.is_first_name(key) and not lex.is_surname(key)
        )
        # What is trimmed off the edges of the model's spans (see ner_results); one set, built once.
        self._edge_words = (NOT_A_NAME | _TITLE_KEYS | self._foreign_function_words | _DOCUMENT_KINDS
                            | _ABBREVIATIONS_AT_EDGE | _LABELS_AT_EDGE)
        self._german_words = foreign_words(lex, "de")
        # the section marks of the last text asked about (see _section_marks)
        self._marks_of: str | None = None
        self._marks: frozenset[str] = frozenset()
        self._english_words = foreign_words(lex, "en")
        self._english_vocabulary = self._english_words | _ENGLISH_WORDS  # with the everyday words
        # West Frisian words (the list leaves out words known as names); those that are no Dutch
        # word make a line Frisian
        self._frisian_vocabulary = words_of_class("fy")
        self._frisian_words = foreign_words(lex, "fy")
        self._org_heads = frozenset(
            key for key in (name_key(o.split()[0]) for o in lex.organisations if o.split())
            if key not in lex.first_names and key not in lex.surname_cores and key not in lex.common_words
            and key not in lex.particles and len(key) > 2 and "." not in key  # "J.P. van Eesteren": initials
        )
        # Listed organisations with a word that is no name or particle ("Het Rode Kruis"): as the
        # whole of a name field they are the organisation. "Dirk van den Broek" or "Albert Heijn"
        # in a field stay a person's name (recall first).
        self._org_names = frozenset(
            name_key(o) for o in lex.organisations
            if any(not (lex.is_name(w) or lex.is_particle(w)) for w in o.split())
        )
        self._lower_word = regex.compile(r"(?<![\p{L}\p{N}@._/-])\p{Ll}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{N}@]|[.-]\p{L})")
        self._token = regex.compile(rf"{INITIALS}|{CAP_WORD}{POSSESSIVE}?|[\p{{L}}'’]+")
        # A full stop after an abbreviated title is the abbreviation's ("dhr. Jansen"); after a
        # word ("... via de tolk. Akkoord vader en moeder") it ends the sentence, and the next word
        # is in no name position.
        titles = [f"{t}\\.?" if t in _ABBREVIATED_TITLE_KEYS else t for t in
                  sorted(sorted({regex.escape(t.rstrip(".")) for t in NAME_TITLES}), key=len, reverse=True)]
        name_particles = "|".join(
            sorted(sorted(regex.escape(p) for p in lex.particles if p and p.split()[0] not in PREPOSITIONS),
                   key=len, reverse=True)
        )
        # "broer in Kabul": a preposition after a role word ends the name position.
        # Matched right to left ((?r)): anchored at the end, it fails at once where no title is.
        self._title_before = regex.compile(
            rf"(?r)(?i:(?<![\p{{L}}])(?:{'|'.join(titles)}))[ \t]+(?:(?i:{name_particles})[ \t]+)*$"
            # A form of address may end its line ("de heer\nStelling", a letter wrapped by hand or
            # by OCR); a role there is rather a signature's or a cell's ("consulent\nGezien: ...").
            rf"|(?i:(?<![\p{{L}}])(?:{FORMS_OF_ADDRESS})\.?)[ \t]*{LINE_WRAP}(?:(?i:{name_particles})[ \t]+)*$"
        )
        # "mw. tesfay" in sloppy case notes: a short title then a lower-case word.
        # "mr. m.t. panins", "g.s. wienen": initials typed in lower case, then the surname.
        self._lower_initials = regex.compile(
            r"(?<![\p{L}\p{N}.'’/])(?P<init>(?:\p{Ll}\.[ ]?){1,4})[ ]?"
            rf"(?P<name>(?:{_LOWER_PARTICLES}[ ]+)*\p{{L}}[\p{{L}}'’]+"
            # "o.j. van straaten-de keizer": a double surname, the second with its own particle
            rf"(?:-(?:{_LOWER_PARTICLES}[ ]+)*\p{{L}}[\p{{L}}'’]+)*)"
        )
        lower_name = rf"(?P<name>(?:{_LOWER_PARTICLES}[ \t]+)*\p{{Ll}}[\p{{L}}'’-]{{2,}})"
        self._title_lower = regex.compile(r"(?<![\p{L}])(?i:dhr|mw|mevr|cl|vw)\.[ \t]+" + lower_name)
        # the same without the dot, and the written-out titles ("dhr hill", "de heer meta")
        self._title_word_lower = regex.compile(
            r"(?<![\p{L}])(?:[Dd]hr|[Mm]evr|(?P<word>[Hh]eer|[Mm]eneer|[Mm]evrouw|[Ff]amilie))[ \t]+" + lower_name
        )
        # "mijn buurvrouw roos", "de buurman pyt": after a word for a neighbour or relative a given
        # name from the list is one, typed small, also when it is an ordinary word too.
        self._relative_lower = regex.compile(
            r"(?<![\p{L}])(?i:" + "|".join(_RELATIVES_BEFORE_NAME) + r")[ \t]+"
            r"(?P<name>\p{Ll}[\p{Ll}\p{M}'’-]{2,})(?![\p{L}])"
        )
        # "de wijkagent bakker zegt", "buurvrouw de vries": a role, then a surname typed small
        self._role_lower = regex.compile(
            r"(?<![\p{L}])(?i:" + "|".join(_ROLES_BEFORE_SURNAME) + r")[ \t]+" + lower_name + r"(?![\p{L}])"
        )
        # ... or the relation in brackets after the name: "verteld aan everdien (hun dochter)"
        self._lower_before_relative = regex.compile(
            r"(?<![\p{L}])(?P<name>\p{Ll}[\p{Ll}\p{M}'’-]{2,})[ \t]+\((?:(?:hun|haar|zijn|mijn|onze|de|het)[ \t]+)?"
            r"(?i:dochter|dochtertje|zoon|zoontje|broer|zus|zuster|moeder|vader|neef|nicht|oom|tante|opa|oma|"
            r"kleinzoon|kleindochter|partner|echtgenoot|echtgenote|man|vrouw|vriend|vriendin|buurman|buurvrouw)"
            r"[ \t]*\)"
        )
        # A greeting right before such a title ("Geachte heer beek"), read backwards from the title.
        self._greeting_before = regex.compile(
            r"(?r)(?<![\p{L}])(?i:geachte|beste|lieve|dag|hallo|hoi|goedemorgen|goedemiddag|goedenavond)[ \t]+$"
        )
        self._header = regex.compile(
            r"^[ \t>]*(?i:van|aan|cc|bcc|from|to|afzender|ontvanger|geadresseerde|namens|opsteller|steller|"
            r"auteur|behandelaar|behandeld[ \t]+door|contactpersoon|notulist|verslag|verslaglegging|"
            r"aanvrager|indiener|melder|klager|deelnemers|groepsleden|participants)[ \t]*:[ \t]*"
            r"(?P<value>[^\n]+)$",
            regex.MULTILINE,
        )
        # The fields of forms and case registers ("Cliënt: Nwosu, Ebo (geb. ...)", "Naam: ..."):
        # they may also name a thing ("Naam: Buurtfeest Krispijn"), so their value is checked harder.
        self._form_field = regex.compile(
            rf"^[ \t>]*(?i:{'|'.join(_FORM_LABELS)})[ \t]*:[ \t]*(?P<value>[^\n@]+)$",
            regex.MULTILINE,
        )
        # "Name <address>": anchored on the address (rare), then the name is read backwards, so the
        # regex does not try a lazy name at every position of the text.
        # Outlook's plain text writes the address as "[mailto:j@x.nl]" instead of "<j@x.nl>".
        address = r"(?:<[^<>\n]+@[^<>\n]+>|\[mailto:[^\[\]\n]+@[^\[\]\n]+\])"
        self._display_name = regex.compile(
            r"(?P<q>[\"']?)(?P<name>[^\"<>\[\];:\n@]+?)(?P=q)[ \t]*" + address
        )
        self._angle_address = regex.compile(address)
        self._wrote = regex.compile(
            r"(?:schreef|wrote)[ \t]+\"?(?P<name>[^\"<>\n:]+?)\"?[ \t]*(?:<[^<>\n]*>)?[ \t]*:"
            r"|,[ \t]*\"?(?P<name2>[^\",<>\n]+?)\"?[ \t]*<[^<>\n]*>[ \t]+(?:schreef|wrote)"
            # Outlook in Dutch: "Op 18-4-2023 17:15 heeft Tasneem Meijering het volgende geschreven:"
            r"|\bheeft[ \t]+\"?(?P<name3>[^\"<>\n:]+?)\"?[ \t]*(?:<[^<>\n]*>)?[ \t]+het[ \t]+volgende[ \t]+geschreven",
            regex.IGNORECASE,
        )
        # A sign-off after a sentence on the same line ("... de formulieren. groetjes piet-hein"); the
        # keyword comes first so the scan is cheap, the sentence end before it is checked apart.
        self._inline_signoff = regex.compile(
            r"(?i:groetjes|groeten|groet|mvg)[ \t]*[,!]?[ \t]*(?P<same>[^\n]*)$", regex.MULTILINE
        )
        # "Mijn naam is Sara el Idrissi", "ik ben piet-hein sluiter, de buurman": the writer's name.
        self._self_introduction = regex.compile(
            r"(?P<cue>(?i:mijn[ \t]+naam[ \t]+is|ik[ \t]+heet|my[ \t]+name[ \t]+is|ik[ \t]+ben))[ \t]+"
            r"(?P<name>(?:(?:\p{L}\.)+|\p{L}[\p{L}'’-]*)(?:[ \t]+(?:(?:\p{L}\.)+|\p{L}[\p{L}'’-]*)){0,4}?)"
            r"(?=[ \t]*(?:[,.;:!?()\n]|$|[ \t]+(?i:en|uit|van[ \t]+de|de|het|een|wil|woon|heb|ben)\b))"
        )
        self._salutation = regex.compile(
            r"^[ \t>]*(?i:geachte|beste|lieve|hoi|hallo|hey|dag|hi|dear|goedemorgen|goedemiddag|"
            r"goedenavond|hello)[ \t]+(?:(?i:heer|mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|mr\.?|dr\.?|drs\.?|"
            r"ir\.?|prof\.?)[ \t]+)*(?P<name>[^\n,!:;]{2,60})",
            regex.MULTILINE,
        )
        self._signoff = regex.compile(
            r"^[ \t>]*(?i:(?:met[ \t]+)?(?:vriendelijke|hartelijke|warme|zonnige|collegiale|beste|lieve|"
            r"hoogachtende|fijne)[ \t]+groet(?:en)?|groet(?:en|jes)?|hoogachtend|mvg|m\.v\.g\.|"
            r"gr\.|grt\.?(?!\p{L})|grtz(?!\p{L})|"
            r"met[ \t]+dank|alvast[ \t]+bedankt|kind[ \t]+regards|best[ \t]+regards|regards|"
            # Frisian, German and English letters close so too
            r"(?:mei[ \t]+)?(?:freonlike|hertlike)[ \t]+groet(?:nis|en)?|groetnis|"
            r"mit[ \t]+freundlichen[ \t]+gr(?:ü|ue)(?:ß|ss)en|freundliche[ \t]+gr(?:ü|ue)(?:ß|ss)e|"
            r"(?:yours[ \t]+)?sincerely|"
            r"vriendelijke[ \t]+groeten|--(?=[ \t]*\p{Lu}))[ \t]*[,.!]?[ \t]*(?P<same>[^\n]*)$",
            regex.MULTILINE,
        )

    def load(self) -> None:  # lexicons are loaded in __init__
        return None

    def _compile_extra_structure(self, part: str) -> None:
        # "Wahida Jalali (klantmanager)": a name followed by a role in brackets.
        self._name_role = regex.compile(
            rf"(?r)(?<![\p{{L}}\p{{N}}])(?P<name>{CAP_WORD}(?:[ ]+(?:{part}[ ]+)*{CAP_WORD}){{1,3}})"
            r"[ ]*\((?P<role>\p{Ll}[\p{L} ./-]{2,30})\)"
        )
        # "t.a.v. Wislahadhia Faraj", "i.o.m. Stamitrinaziy": for the attention of / in consultation
        # with a person (or an organisation, which the name field turns away).
        self._attention = regex.compile(
            r"(?<![\p{L}.])(?i:t\.a\.v\.|ter[ \t]+attentie[ \t]+van|i\.o\.m\.|in[ \t]+overleg[ \t]+met)[ \t]+"
            r"(?P<name>[^\n.,;:!?()]{2,60})"
        )
        # A letterhead: a name on its own line right above a street address or postcode line.
        self._sender_block = regex.compile(
            r"^(?P<name>[ \t]*[^\n\d@:]{3,60})\n[ \t]*(?P<next>[^\n]*\d[^\n]*)$", regex.MULTILINE
        )

    # -- Presidio entry point -----------------------------------------------------------------

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        results.extend(self._structure(text))
        results.extend(self._chains(text))
        results.extend(self._lower_after_title(text))
        results.extend(self._lower_after_relative(text))
        results.extend(self._lower_surname_after_role(text))
        results.extend(self._lower_case_initials(text))
        results.extend(self._lower_case_first_names(text))
        results.extend(self._given_name_in_brackets(text))
        results.extend(self._bare_particle_surnames(text))
        if "\n" in text:
            results.extend(self._initials_before_wrapped_surname(text))
        results.extend(self._titled_initials_alone(text))
        results.extend(self._dotted_names(text))
        results.extend(self._nicknamed_names(text))
        results.extend(self._speaking_given_names(text))
        results.extend(self._one_person_firms(text))
        if nlp_artifacts is not None:
            results.extend(self._ner(nlp_artifacts))
        for result in results:
            result.end = _initials_after_surname(text, result.start,
                                                 self._across_line_break(text, result.end, result.start))
            result.start = self._after_greeting(text, result.start, result.end)
            # "A de Jong", "J van der Berg": an initial typed without its full stop before a surname
            # with particles belongs to the name
            if (result.start >= 2 and _BARE_INITIAL_BEFORE.match(text, result.start - 2, result.start)
                    and (result.start < 3 or not text[result.start - 3].isalnum())
                    and self.lexicons.is_particle(text[result.start:result.end].split()[0])):
                result.start -= 2
            # "De heer van het Kanterhof": the particles in small letters between a form of address
            # and the surname are the surname's (without them the bare word reads as a noun after
            # an article, and its score sank under the threshold)
            particles = _SMALL_PARTICLES_BEFORE.search(text, max(0, result.start - 16), result.start)
            if particles and _ADDRESSED_BEFORE.search(text, max(0, particles.start() - 16), particles.start()):
                result.start = particles.start()
        # A title alone is no name: "Prof. Dr. Visser" is "Visser"; "Dr" after "Prof." is a title.
        # (Only forms of address: "mevrouw Vriend" is a name that is also a word of kinship.)
        # A saint or a royal names a building, a school or a bridge, no private person: "Zorgcentrum
        # Sint Jozef", "CBS Koningin Juliana", "Prinses Amaliaplein".
        # The town after a postcode ("8711 AX Workum") is a place, whatever the lists say; so is a
        # listed place alone after "in", "naar", "uit" ("de basisscholen in Bloemendaal").
        return [r for r in results if name_key(text[r.start:r.end].strip(" .")) not in _FORMAL_TITLES
                and not _SAINT_OR_ROYAL.search(text, max(0, r.start - 12), r.start)
                and not _SAINT_OR_ROYAL_OPENING.match(text, r.start, r.end)
                and not _MAJESTY_BEFORE.search(text, max(0, r.start - 20), r.start)
                and name_key(text[r.start:r.end]) not in _ROYAL_HOUSES
                and not _POSTCODE_BEFORE_TOWN.search(text, max(0, r.start - 10), r.start)
                and not self._place_after_preposition(text, r.start, r.end)
                and not self._topic_after_role(text, r.start, r.end)
                and not self._german_word_on_german_line(text, r.start, r.end)
                and not self._english_question(text, r.start, r.end)
                # ("Date: Thu, 11 Jul 2024": a weekday that a list knows as a given name too)
                and not self._part_of_a_date(text, r.start, r.end)
                and not self._area_or_plan(text, r.start, r.end)
                and not self._the_monarch(text, r.start, r.end)
                # ("naar Addis Abeba": a word of a listed place of several words, for every rule)
                and not (" " not in text[r.start:r.end] and self._inside_listed_place(text, r.start, r.end))
                and not self._street_across_wrap(text, r.start, r.end)
                and not self._frisian_phrase(text, r.start, r.end)
                and not _ends_in_legal_compound(text[r.start:r.end])
                and not self._document_kind_compound(text[r.start:r.end])
                # ("Meta-evaluatie FINH": a compound with a part in small letters opens no name)
                and not self._lower_case_part(text[r.start:r.end].split(None, 1)[0] if r.end > r.start else "")]

    def _document_kind_compound(self, span: str) -> bool:
        """One word that compounds a kind of paper or meeting record ("Forumverslag",
        "Statenvoorstel", "Collegebesluit", "Commissieagenda") and that no list knows as a name:
        no Dutch surname ends so."""
        word = span.strip(" .,:;")
        if not word or " " in word or not word[:1].isupper():
            return False
        key = name_key(word)
        return ends_compound(key, _DOCUMENT_KIND_ENDINGS) and not self.lexicons.is_name(word)

    def _german_word_on_german_line(self, text: str, start: int, end: int) -> bool:
        """"Sie", "Meine Frau" on a German line: German words (a list may know "Sie" as a given
        name), not a person; a span holding any other word stays."""
        german = self._german_words  # German and no Dutch word: "sie", "meine", "frau", not "die"
        words = text[start:end].split()
        if not words or name_key(words[0].strip(".,")) not in german:
            return False  # the common case, settled by one look-up
        return (all(name_key(w.strip(".,")) in german for w in words)
                and self._german_line(text, start, end))

    def _english_question(self, text: str, start: int, end: int) -> bool:
        """"Will the bus stop ...", "Can we work ...", "May I ask ...": an English function word
        opening a sentence and followed by another, on an English line; "Will Smith" stays."""
        word = text[start:end]
        if " " in word or name_key(word) not in _ENGLISH_CLASS:
            return False
        line_start, _ = _line_bounds(text, start, end)
        before = text[line_start:start].rstrip(" \t\"'“‘(")
        if before and before[-1] not in ".!?:>" and before.strip(" >-•*0123456789.)") != "":
            return False
        following = _NEXT_WORD.match(text, end)
        return (following is not None and name_key(following.group(1)) in _ENGLISH_CLASS
                and self._foreign_context(text, start, end, self._english_words, self._english_words))

    def _english_phrase(self, text: str, start: int, end: int) -> bool:
        """English words that no list knows as a name, on an English line: every word of the span
        ("Global Health", "Shuttle buses"), or one word before a word in small letters ("Many
        thanks", "Young people"); two or more such words, none a particle, on any line ("De cursus
        Public Health start."). "Will Smith", "Grace Kanterink" keep their listed names."""
        words = text[start:end].split()
        lex = self.lexicons
        if not words or any(name_key(w.strip(".,:()")) not in _ENGLISH_WORDS or lex.is_name(w.strip(".,:()"))
                            for w in words):
            return False
        if len(words) >= 2 and not any(lex.is_particle(w) for w in words):
            return True
        if len(words) == 1:
            following = _NEXT_WORD.match(text, end)
            if following is None or not following.group(1)[:1].islower():
                return False
        # (on an English line, or a short one in an English text: "Many thanks, Sarah")
        return self._foreign_context(text, start, end, self._english_vocabulary, self._english_words)

    def _determiner_before_its_noun(self, text: str, start: int, end: int) -> bool:
        """One word of the determiners and pronouns that are given names too ("Elke"), then a word
        in small letters that is an ordinary Dutch word and reads as a noun: no finite verb ("zegt",
        "belde", "is", "kan") and no function word ("en", "van"), which a name would take ("Elke
        zegt", "Elke en Jan"). "Elke inspreker", "Elke keer", "Elke ochtend" are no names."""
        word = text[start:end]
        if " " in word or name_key(word) not in _DETERMINERS:
            return False
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return False
        nxt = following.group(1)
        key = name_key(nxt)
        return (nxt[:1].islower() and self.lexicons.is_word(key) and key not in _AFTER_A_NAME
                and not key.endswith(("t", "de", "te")))

    def _ordinary_word_opening_a_message(self, text: str, start: int, end: int) -> bool:
        """One word that opens a chat message ("[time] Name: Neem ik mee!", "- Thijs: Half. Ik
        vind ..."), an ordinary Dutch word no list knows as a given name: the model reads a name
        into the place after the speaker's colon."""
        word = text[start:end]
        if " " in word or not _CHAT_MESSAGE_START.search(text, max(0, start - 80), start):
            return False
        key = name_key(word.strip(".,!?"))
        return self.lexicons.is_word(key) and not self.lexicons.is_first_name(word.strip(".,!?"))

    def _after_greeting(self, text: str, start: int, end: int) -> int:
        """Where a span opening with a greeting ("Welkom Gijs", "Dank Jos") or a list's letter ("a.
        Economische") really begins: neither is part of a name (a greeting that is a given name
        too stays)."""
        opening = _GREETING_OPENING.match(text, start, end)
        if (opening is not None and name_key(opening.group("word")) in _GREETING_WORDS
                and not self.lexicons.is_first_name(opening.group("word"))):
            return opening.end()
        # "a. Economische belangen", "b. Persoonlijke levenssfeer": a list's letter is no initial
        # (initials are capitals; a small one stands before a small surname, "j. de vries")
        marker = _LIST_LETTER_OPENING.match(text, start, end)
        if marker is not None:
            return marker.end()
        # "via HA dr. Meijer": a word before a degree or a form of address is no part of the name
        # (an abbreviation, a role: "HA" is the huisarts); the title itself stays outside too
        titled = _WORD_BEFORE_TITLE_OPENING.match(text, start, end)
        return titled.end() if titled is not None and titled.end() < end else start

    def _street_across_wrap(self, text: str, start: int, end: int) -> bool:
        """A name whose last word, broken at a hyphen over two lines, ends as a street ("aan de
        Louis Armstrong-\nweg"): the street named after the person, not the person."""
        if "-" not in text[start:end]:
            return False
        joined = _HYPHEN_AT_LINE_END.sub("", text[start:end])
        last = joined.split()[-1] if joined.split() else ""
        return last != text[start:end].split()[-1] and is_street_word(last) and not self._titled(text, start)

    def _the_monarch(self, text: str, start: int, end: int) -> bool:
        """"bevorderde de Koning haar", "het bezoek van de Koning": the head of state, written with a
        small "de" and no given name, initials or form of address; the surname is "De Koning", or
        "mevrouw de Koning", "Jan de Koning"."""
        if not _THE_MONARCH.fullmatch(text, start, end) or self._titled(text, start):
            return False
        given = _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start)
        return given is None or not self.lexicons.is_first_name(given.group("word"))

    def _area_or_plan(self, text: str, start: int, end: int) -> bool:
        """A span ending in the name of an area, a plan or a programme ("Van Heekgebied",
        "Crisisoverleg Sluiskwartier", "Omgevingsvisie"): no surname ends so, unless a list knows it
        or a title stands before it."""
        last = text[start:end].split()[-1] if text[start:end].split() else ""
        bare = _bare(last.strip(".,;:()"))
        return (len(bare) > 6 and ends_compound(name_key(bare), PROJECT_ENDINGS)
                and not self.lexicons.is_surname(bare) and not self._titled(text, start))

    def _frisian_phrase(self, text: str, start: int, end: int) -> bool:
        """Every word of the span a West Frisian word, on a line with one Frisian word in six or
        more, or in a Frisian text (a salutation stands on a short line of its own): a phrase
        ("Jo kinne", "Achte kolleezje"), no name; a Frisian name is no word of the list."""
        words = _LETTERS.findall(text[start:end])
        if not words or any(name_key(w) not in self._frisian_vocabulary for w in words):
            return False
        return self._foreign_context(text, start, end, self._frisian_words, self._frisian_words)

    @staticmethod
    def _part_of_a_date(text: str, start: int, end: int) -> bool:
        """A month between a day and a year ("14 Jan 2025", "3. März 2025"), or a weekday before a
        day ("Montag, 3. März"): the model reads names into mail headers' dates."""
        key = name_key(text[start:end].strip("."))
        if key not in MONTHS_AND_DAYS and key not in _FOREIGN_MONTHS_AND_DAYS:
            return False
        if _DAY_BEFORE.search(text, max(0, start - 5), start) and _YEAR_AHEAD.match(text, end):
            return True
        return bool(_DAY_AHEAD.match(text, end))

    def _topic_after_role(self, text: str, start: int, end: int, heads_only: bool = False) -> bool:
        """A role's department or topic, not a name: "consulent Inkomen", "projectleider Waalfront",
        "lerares Engels". One capitalised word after a job title (not a form of address: "dhr.
        Winter" stays) that is an ordinary word, a compound, a language or a district, and no
        listed name."""
        word = text[start:end]
        if " " in word or not word[:1].isupper():
            return False
        # the word right before, by string operations (this runs on every single-word candidate)
        window = text[max(0, start - 30):start]
        stripped = window.rstrip(" \t")
        if len(stripped) == len(window):
            return False
        i = len(stripped)
        while i and (stripped[i - 1].isalpha() or stripped[i - 1] == "-"):
            i -= 1
        head = name_key(stripped[i:]) if i < len(stripped) else ""
        if head not in _TOPIC_HEADS and head not in _ROLE_WORDS:
            return False
        lex = self.lexicons
        key = name_key(word)
        if head in _TOPIC_HEADS:
            return True  # after a topic's or a site's head any word names it: "de portefeuille Water"
        if head.startswith(("wijk", "gebied", "buurt")) and self._area_shaped(word):
            # "Wijkagent Overvecht-Noord: Kevin X", "Wijkagent Boerhaavewijk en Molenwijk: ...": the
            # officer's area, no name ("Wijkagent Bakker:" is one)
            return True
        following = _TOPIC_GOES_ON.match(text, end)
        if following and lex.is_word(name_key(following.group(1))) and not lex.is_name(following.group(1)):
            # "projectleider Groen en Openbare Ruimte", "consulent Werk en Inkomen": a department of
            # two topics, though "Groen" is a surname too ("projectleider Groen en wethouder X" is not)
            return True
        if heads_only:
            return False
        if lex.is_first_name(word) or lex.is_surname(word):
            return False
        return (lex.is_word(key) or key in LANGUAGES or bool(_PLACE_ENDING.search(word))
                or (len(key) >= 7 and lex.is_compound(key)))

    def _area_shaped(self, word: str) -> bool:
        """A district's name by its shape: a compass part after a hyphen ("Overvecht-Noord"), a
        district's ending ("Boerhaavewijk", "Soesterkwartier") or a listed place; no listed surname."""
        lex = self.lexicons
        key = name_key(_bare(word))
        if lex.is_surname(_bare(word)):
            return False
        return (key.rsplit("-", 1)[-1] in COMPASS_PARTS and "-" in key) or key in lex.places or (
            len(key) > 6 and ends_compound(key, PLACE_SUFFIXES))

    def _place_after_preposition(self, text: str, start: int, end: int) -> bool:
        span = text[start:end]
        places = self.lexicons.places
        if name_key(span) not in places or span.count(" ") > 2:
            return False
        preposition = _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 24), start)
        if preposition:
            # "meneer in 't Veld": after a title the "in" is the surname's own particle
            return not self._titled(text, preposition.start())
        before = _PLACE_AND_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and name_key(before.group("place")) in places

    def _across_line_break(self, text: str, end: int, start: int | None = None) -> int:
        """The end of a name that goes on on the next line (see _WRAPPED_SURNAME), else ``end``.
        With ``start``, also given names only that end a line before a listed surname opening the
        next ("de heer Hendrik Jan\nPostma, jeugdtrainer"): a name without its surname is half a name."""
        if end >= len(text) or (text[end] not in "- \t\r\n" and text[end - 1] != "-"):
            return end
        if text[end - 1] == "-" or text[end] == "-":
            wrapped = _WRAPPED_REST_OF_WORD.match(text, end)
            return wrapped.end() if wrapped is not None and "\n" in wrapped.group() else end
        wrapped = _WRAPPED_SURNAME.match(text, end)
        if wrapped is None:
            if start is not None:
                surname = _WRAPPED_BARE_SURNAME.match(text, end)
                given = text[start:end].split()
                lex = self.lexicons
                if surname is not None and given and all(lex.is_first_name(w) for w in given):
                    word = surname.group("word")
                    key = name_key(word)
                    # a listed surname, also one that is a word too ("Eelco\nZomer en"), or a word no
                    # list knows ("Daan\n    Winterink;"); not a place or an organisation's word
                    if (lex.is_surname(word) or not lex.is_word(key)) and not (
                            key in lex.places or self._is_organisation_word(word) or key in NOT_A_NAME):
                        return surname.end("word")
            return end
        word = wrapped.group("word") or wrapped.group("word2")
        if self._is_organisation_word(word) or name_key(word) in self.lexicons.places:
            return end  # "Jan Jansen\nvan Sociale Dienst", "... van\nDordrecht": no surname
        return wrapped.end()

    def _result(self, start: int, end: int, score: float, evidence: str) -> RecognizerResult:
        return evidence_result(self, ENTITY, start, end, score, evidence, f"person:{evidence}")

    # -- structure ----------------------------------------------------------------------------

    def _structure(self, text: str) -> Iterator[RecognizerResult]:
        for match in self._header.finditer(text):
            value_start = match.start("value")
            value = match.group("value")
            if "@" in value and ("<" in value or "[mailto:" in value):
                for entry in self._display_name.finditer(value):
                    yield from self._name_field(text, value_start + entry.start("name"),
                                                value_start + entry.end("name"), 0.95, "structure",
                                                before_address=True)
                # a recipient without an address beside those with one: "CC: Mol, Arjen; Schadeclaims <...>"
                offset = 0
                for part in value.split(";"):
                    if part.strip() and "@" not in part:
                        yield from self._name_field(text, value_start + offset, value_start + offset + len(part),
                                                    0.95, "structure", header=True)
                    offset += len(part) + 1
            elif "@" not in value:
                # "Aan: Jan Jansen; Piet de Vries" (Outlook may also write "Jansen, Jan").
                offset = 0
                for part in value.split(";"):
                    yield from self._name_field(text, value_start + offset,
                                                value_start + offset + len(part), 0.95, "structure",
                                                header=True)
                    offset += len(part) + 1
        for start, end in self._display_names(text):
            yield from self._name_field(text, start, end, 0.9, "structure", before_address=True)
        low = text.lower()
        for match in self._form_field.finditer(text) if any(label in low for label in _FORM_LABELS) else ():
            yield from self._form_name(text, match.start("value"), match.end("value"))
        # Most texts quote no earlier message: look for the quote line only when its verb is there.
        quoted = "schreef" in low or "wrote" in low or "geschreven" in low
        wrote_matches = self._wrote_matches(text) if quoted else ()
        for match in wrote_matches:
            group = next(g for g in ("name", "name2", "name3") if match.group(g))
            yield from self._name_field(text, match.start(group), match.end(group), 0.95, "structure",
                                        before_address=True)
        for match in self._salutation.finditer(text):
            yield from self._name_field(text, match.start("name"), match.end("name"), 0.9, "structure",
                                        salutation=True)
        attention = "t.a.v." in low or "attentie" in low or "i.o.m." in low or "overleg" in low
        for match in self._attention.finditer(text) if attention else ():
            yield from self._name_field(text, match.start("name"), match.end("name"), 0.8, "structure")
        for match in self._name_role.finditer(text):
            # "... Ambtenaren Guido Gommans (verkeerskundige)": the name after a list's label only
            *before, (start, name) = self._labels_apart(match.start("name"), match.group("name"))
            label = name.split(" ", 1)
            # (an office opening the name is the label too: "Wethouder Daan X (evenementen)")
            if before or (len(label) == 2 and name_key(label[0]) in OFFICE_WORDS):
                if len(label) < 2:
                    continue
                start += len(name) - len(label[1])
            yield from self._name_field(text, start, match.end("name"), 0.8, "structure")
        for match in self._sender_block.finditer(text):
            if self._is_address_line(match.group("next")):
                yield from self._name_field(text, match.start("name"), match.end("name"), 0.85, "structure",
                                            whole_line=True)
        introduction = "naam is" in low or "ik heet" in low or "name is" in low or "ik ben" in low
        for match in self._self_introduction.finditer(text) if introduction else ():
            name_end = match.end("name")
            # the name's surname with its particles after it ("ik ben April de Graaf van ...")
            particle_surname = _PARTICLE_SURNAME_AFTER.match(text, name_end)
            if particle_surname is not None and self._surname_word(particle_surname.group("surname")):
                name_end = particle_surname.end()
            name = text[match.start("name"):name_end]
            first = _SPACE_OR_HYPHEN.split(name, maxsplit=1)[0]
            if match.group("cue").lower().startswith("ik ben") and not (
                self.lexicons.is_first_name(first) and not self.lexicons.is_common(first)
            ) and not _GIVEN_AND_PARTICLE_SURNAME.fullmatch(name):
                # "ik ben ziek", "ik ben Marokkaans": only a given name makes "ik ben" an introduction;
                # so does a word before a surname with its particles ("ik ben April de Graaf")
                continue
            yield from self._name_field(text, match.start("name"), name_end, 0.85, "structure")
        for match in self._inline_signoff.finditer(text) if "groet" in low or "mvg" in low else ():
            if _SENTENCE_BEFORE.search(text, max(0, match.start() - 4), match.start()) and match.group("same").strip():
                yield from self._name_field(text, match.start("same"), match.end("same"), 0.85, "structure")
        for match in self._signoff.finditer(text):
            if match.group("same").strip():
                yield from self._name_field(text, match.start("same"), match.end("same"), 0.85,
                                            "structure")
                continue
            yield from self._line_after(text, match.end())

    def _wrote_matches(self, text: str) -> Iterator[regex.Match[str]]:
        """What ``self._wrote.finditer(text)`` gives, searched only on the lines that hold one of
        its verbs: every way of the pattern stays on one line and holds "schreef", "wrote" or
        "geschreven" (any case: see fold_case). Its commas' way was tried at every comma of a text
        that holds the verb anywhere, as a long text always does."""
        folded = fold_case(text)
        if folded is None:
            yield from self._wrote.finditer(text)
            return
        lines: set[tuple[int, int]] = set()
        for verb in _WROTE_VERBS:
            at = folded.find(verb)
            while at != -1:
                line_end = folded.find("\n", at)
                line_end = len(folded) if line_end == -1 else line_end
                lines.add((folded.rfind("\n", 0, at) + 1, line_end))
                at = folded.find(verb, line_end)
        for start, end in sorted(lines):
            yield from self._wrote.finditer(text, start, end)

    def _display_names(self, text: str) -> Iterator[tuple[int, int]]:
        """The name before each "<address>" (rare in text, so found first), bounded by the line,
        a ';' or ':' and quotes: "Van: Jan de Vries <j@x.nl>", '"Okbay, Yonas" <y@x.nl>'."""
        previous_end = 0
        for address in self._angle_address.finditer(text):
            line_start = text.rfind("\n", 0, address.start()) + 1
            window_start = max(line_start, previous_end, address.start() - 120)
            previous_end = address.end()
            match = self._display_name.search(text, window_start, address.end())
            if match is not None and match.end() == address.end():
                yield match.start("name"), match.end("name")

    def _line_after(self, text: str, pos: int) -> Iterator[RecognizerResult]:
        """The first non-empty line (within four) after a sign-off, when it looks like a name."""
        for _ in range(4):
            if pos >= len(text):
                return
            next_end = text.find("\n", pos + 1)
            next_end = len(text) if next_end == -1 else next_end
            line = text[pos + 1 : next_end] if text[pos] == "\n" else text[pos:next_end]
            line_start = pos + 1 if text[pos] == "\n" else pos
            if line.strip(" \t>"):
                yield from self._name_field(text, line_start, line_start + len(line), 0.9, "structure",
                                            whole_line=True)
                return
            pos = next_end

    def _heading_in_capitals(self, words: list[str]) -> bool:
        """Words in capitals that are all ordinary words (parts of a hyphenated one too) or particles,
        none a listed name: a heading ("PROCES-VERBAAL VAN BEVINDINGEN"), not "DE LAAT, PIET"."""
        lex = self.lexicons
        for word in words:
            bare = _bare(word).strip(",.:;")
            if lex.is_particle(bare):
                continue
            if lex.is_first_name(bare) or lex.is_surname(bare):
                return False
            if not all(lex.is_word(name_key(part)) for part in bare.split("-") if part):
                return False
        return True

    def _form_name(self, text: str, start: int, end: int) -> Iterator[RecognizerResult]:
        """The value of a form field, when it is a person's name: without a title before it
        ("Cliënt: Mevrouw De Groot"), and not an ordinary word, an abbreviation ("n.v.t.") or a
        word like "Woo-verzoek"."""
        words = self._token.findall(text, start, end)
        while words and name_key(words[0].rstrip(".")) in _TITLE_KEYS:
            start = text.index(words[0], start) + len(words[0])
            while start < end and text[start] in ". \t":
                start += 1
            words = words[1:]
        if not words:
            return
        first = _bare(words[0]).rstrip(",")
        key = name_key(first)
        if self.lexicons.is_word(key) and not self.lexicons.is_name(first):
            return
        if any(_LOWER_TAIL.search(w) for w in words) or name_key(text[start:end].strip()) in DOTTED_ABBREVIATIONS:
            return
        yield from self._name_field(text, start, end, 0.9, "structure")

    def _name_field(self, text: str, start: int, end: int, score: float, evidence: str,
                    salutation: bool = False, whole_line: bool = False,
                    before_address: bool = False, header: bool = False) -> Iterator[RecognizerResult]:
        """A field that holds a name when it holds anything name-like: trim it and check it.

        ``before_address``: the display name of a mail address or the writer of a quoted message,
        which is a person or an organisation, so a name there may be all ordinary words
        ("peer willemse <peerw@...>"). ``header``: a mail header's field (Van:, Aan:, CC:)."""
        field = text[start:end]
        stripped = field.strip(" \t\"'>,")
        if not stripped:
            return
        start += field.index(stripped)
        end = start + len(stripped)
        # "Jansen, Jan" in headers; "Jan Jansen (Vluchtelingenwerk)" -> cut at the bracket; but the
        # given name in brackets after a surname-first form is the name's own ("Schot, L.M. (Lieke) -
        # RWS ZD", as the State's mail writes its staff): one span, not a name and a stray word.
        if _CARE_OF_FIELD.match(stripped):
            return  # "p/a RTV Oost, redactie" above an address: care of, no name (its "p" least of all)
        # a form of address before the name stays outside it ("Afzender: dhr. H.G. Kanterink")
        title = _FIELD_TITLE.match(stripped)
        if title and title.end() < len(stripped):
            start += title.end()
            stripped = stripped[title.end():]
            if _ONLY_INITIALS.fullmatch(stripped):
                return  # "Afzender: mw. A." with the surname on the next line: found by its own rule
        # the sender's town after the name ("Afzender: dhr. H.G. Kanterink, Zwolle") is no given name
        head, comma, tail = stripped.rpartition(",")
        if comma and head.strip() and name_key(tail.strip()) in self.lexicons.places and not (
                self.lexicons.is_first_name(tail.strip())):
            stripped = head.rstrip()
        end = start + len(stripped)
        cut = _FIELD_CUT.search(stripped)
        given = _GIVEN_IN_BRACKETS.match(stripped, cut.start()) if cut and "," in stripped[:cut.start()] else None
        if given and self.lexicons.is_first_name(given.group("given")):
            end = start + given.end()
            stripped = text[start:end]
            tokens = list(self._token.finditer(stripped, 0, cut.start()))
            if 1 <= len(tokens) <= 6 and not any(ch.isdigit() or ch == "@" for ch in stripped):
                yield self._result(start, end, score, evidence)
            return
        if cut:
            end = start + cut.start()
            stripped = text[start:end].rstrip(" ,")
            end = start + len(stripped)
        tokens = [t for t in self._token.finditer(stripped)]
        if not tokens or len(tokens) > 6:
            return
        words = [t.group() for t in tokens]
        keys = [name_key(w.rstrip(".")) for w in words]
        if any(ch.isdigit() for ch in stripped) or "@" in stripped:
            return
        if stripped.isupper() and len(words) >= 2 and self._heading_in_capitals(words):
            return  # "PROCES-VERBAAL VAN BEVINDINGEN (uittreksel)": a document's heading, no name
        if len(words) == 2 and keys[0] in _DOCUMENT_KINDS and _PAPER_MARK.fullmatch(words[1]):
            return  # "Motie A (aangenomen)", "Amendement C (verworpen)": a paper's letter, no name
        # "Mourik, Joris van": a header's surname-first form with a listed given name is a person's,
        # also where a firm bears the surname ("Mourik Infra"); an organisation word still is none
        inverted = _INVERTED_NAME.fullmatch(stripped)
        person_form = (inverted is not None and self.lexicons.is_first_name(inverted.group("given"))
                       and not any(name_key(w.rstrip(",")) in self.lexicons.organisation_words for w in words))
        if not person_form and (self._is_organisation(words) or name_key(stripped) in self._org_names):
            return
        # "Dag guy,", "Hoi mark,": after a greeting a listed given name is one, also an ordinary word
        lower_first = (words[0][:1].islower() and not self._lower_case_name(words[0])
                       and not (salutation and self.lexicons.is_first_name(words[0])))
        if salutation and (keys[0] in SALUTATION_NOUNS or lower_first):
            return  # "Beste allemaal", "Hoi buren"; but "Hoi ahmed", "Geachte heer jerome ters" are names
        if keys[0] in NON_NAME_WORDS and not self.lexicons.is_particle(words[0]):
            return
        if keys[0] in MONTHS_AND_DAYS and not (words[0][:1].isupper() and self.lexicons.is_first_name(words[0])):
            return  # "Hoi Friday," and "Groet, April" are names; "Datum: maandag" is not
        # Every word must look like part of a name: capitalised, initials or a particle; outside a
        # salutation also a name typed in lower case ("Van: dawid vitale"): a listed name that is
        # no ordinary word, or a word no list knows.
        # A name typed all in lower case goes on to its last word ("dawid vitale"); after a
        # capitalised name an ordinary lower-case word ends it ("Jan Jansen teamleider Werk").
        lex = self.lexicons
        if (whole_line or header) and self._lower_case_full_name(words):
            # "greet koster", "roos van der linden" alone on the line under a sign-off or in a
            # header ("Van: jan de vries"): a given name and a surname typed small, however
            # ordinary the words are ("roos", "koster", "jan").
            yield self._result(start, end, score, evidence)
            return
        name_begun = False
        for index, (word, key) in enumerate(zip(words, keys, strict=True)):
            if word[:1].isupper() or lex.is_particle(word):
                name_begun = name_begun or not lex.is_particle(word)
                continue
            if "," in stripped and key in lex.first_names:
                continue
            all_lower = not any(w[:1].isupper() for w in words[:index])
            if before_address and all_lower and key not in NOT_A_NAME and any(
                self.lexicons.is_name(w) or self._lower_case_name(w) for w in words
            ):
                name_begun = True  # "peer willemse <...>"; but "info <info@...>" is a mailbox
                continue
            # "Gürgert van heel": after a name and its particle comes the surname, in any case.
            after_particle = name_begun and index > 0 and lex.is_particle(words[index - 1])
            if ((name_begun and (all_lower or after_particle) and key not in NOT_A_NAME) or self._lower_case_name(word)
                    or (salutation and index == 0 and lex.is_first_name(word))):
                name_begun = True
                continue
            if name_begun:
                last = index
                while last > 0 and lex.is_particle(words[last - 1]):
                    last -= 1
                if last == 0:
                    return
                end = start + tokens[last - 1].end()
                keys = keys[:last]
                break
            return
        if whole_line and self._is_office_line(keys):
            return
        yield self._result(start, end, score, evidence)

    @staticmethod
    def _is_address_line(line: str) -> bool:
        """"Burgemeester de Raadtsingel 10" or "3311 AB  Dordrecht" under a name."""
        if _POSTCODE_LINE.match(line):
            return True
        words = line.split()
        return bool(_HOUSE_NUMBER_END.search(line)) and any(
            is_street_word(w) for w in words
        )

    def _is_office_line(self, keys: list[str]) -> bool:
        # "Burgemeester van Dordrecht" or "Teamleider Integratie" under a sign-off is a function.
        return keys[0] in {
            "burgemeester", "wethouder", "griffier", "gemeentesecretaris", "teamleider", "directeur",
            "voorzitter", "secretaris", "coordinator", "manager", "afdeling", "team", "namens",
            "college", "het", "de", "gemeente", "raadslid", "minister", "staatssecretaris",
        }  # fmt: skip

    def _is_organisation(self, words: list[str]) -> bool:
        # After a particle an organisation word is a surname: "Van 't Hof, Anouk", "Ilse van der Bank".
        return any(self._is_organisation_word(w.rstrip(",")) and not (i > 0 and self.lexicons.is_particle(words[i - 1]))
                   for i, w in enumerate(words))

    def _org_head(self, word: str, key: str) -> bool:
        # A short head counts only in capitals: "ZOA" the organisation, not "Zoa" a given name.
        return key in self._org_heads and (len(key) > 3 or word.isupper())

    def _only_organisation_head(self, word: str) -> bool:
        key = name_key(word)
        return self._org_head(word, key) and key not in self.lexicons.organisation_words

    def _is_organisation_word(self, word: str) -> bool:
        key = name_key(word)
        if key in self.lexicons.organisation_words or self._org_head(word, key):
            return True
        return self._is_organisation_compound(word) and not self.lexicons.is_surname(word)

    def _street_or_institution(self, word: str, after_name: bool) -> bool:
        """Whether ``word`` makes its capitalised phrase a street or an institution, not a person.

        A known surname never does ("Groeneveld", "Verkerk", "Nijhof", "Verlaan" end like streets
        and churches); nor does a word with such an ending that follows a given name, initials or a
        title (``after_name``: "Piet Hazeveld"). "Willem de Zwijgerlaan" and "Annie M.G.
        Schmidtschool" keep their strong endings.
        """
        if not (is_street_word(word) or self._is_organisation_compound(word)):
            return False
        if self.lexicons.is_surname(word):
            return False
        key = name_key(word)
        if after_name and any(key.endswith(suffix) and key[: -len(suffix)] in _SURNAME_PREFIXES
                              for suffix in _STREET_SUFFIXES_LOWER):
            return False  # "Jan Terweg", "Kees Overdijk": a prefix and a street word make surnames
        return not (after_name and key.endswith(_SURNAME_LIKE_ENDINGS))

    @staticmethod
    @lru_cache(maxsize=65_536)
    def _is_organisation_compound(word: str) -> bool:
        """"Schmidtschool", "Witt-gymnasium", "Hoveniersbedrijf": an institution's own name."""
        key = name_key(word)
        return ends_compound(key, ORGANISATION_SUFFIXES)

    # -- capitalised chains -------------------------------------------------------------------

    def _chains(self, text: str) -> Iterator[RecognizerResult]:
        german = german_text(text, self._german_words)
        # parties glued to initials, found once per text (most texts have none)
        before, after = glued_parties(text)
        glued = sorted([*before, *after])
        for match in self._chain.finditer(text):
            pieces: Iterable[tuple[int, str]] = (
                _parties_apart(text, match.start(), match.group()) if glued
                and bisect.bisect_left(glued, (match.start(), 0)) < bisect.bisect_left(glued, (match.end(), 0))
                else ((match.start(), match.group()),))
            if german:
                pieces = (piece for start, chain in pieces for piece in _german_articles_apart(start, chain))
            if " " in match.group():
                pieces = (piece for start, chain in pieces for piece in self._labels_apart(start, chain))
            for start, chain in pieces:
                if german and all(name_key(w) in self._german_words for w in chain.split()):
                    continue  # "Sie erreichen mich": German words, though a list knows "Sie" as a name
                yield from self._one_chain(text, start, chain)

    def _labels_apart(self, start: int, chain: str) -> Iterator[tuple[int, str]]:
        """A chain cut before a list's label inside it, as a flattened attendance block runs names and
        labels together ("Ralf Stienen Ambtenaren Guido Gommans"): each part with where it starts,
        the label opening the part after it. A label a list knows as a name stays ("Frans")."""
        position = 0
        for word in _NON_SPACE_RUN.finditer(chain):
            if word.start() == 0:
                continue
            bare = word.group().rstrip(",.:;")
            key = name_key(bare)
            if key in _FORMS_OF_ADDRESS_INSIDE and position < word.start():
                # "J. Franx Mevrouw M.G. Knibbe Mevrouw K. Daalhuizen": a form of address opens the
                # next name of a run without commas (a flattened attendance block)
                piece = chain[position:word.start()].rstrip()
                if piece:
                    yield start + position, piece
                position = word.start()
                continue
            if (bare[:1].isupper() and (key in _LIST_LABEL_WORDS or key in OFFICE_WORDS or _office_compound(bare))
                    and not self.lexicons.is_name(bare)):
                piece = chain[position:word.start()].rstrip()
                if piece:
                    yield start + position, piece
                position = word.start()
        yield start + position, chain[position:]

    def _one_chain(self, text: str, start: int, chain: str) -> Iterator[RecognizerResult]:
        if chain.startswith("B.") and text[max(0, start - 3):start].rstrip().endswith("z."):
            # "z. B. in Mönchengladbach": "zum Beispiel", no initial
            rest = chain[2:]
            start, chain = start + 2 + len(rest) - len(rest.lstrip()), rest.lstrip()
            if not chain:
                return
        first = chain.split(" ", 1)
        if len(first) == 2 and (name_key(first[0]) in _DOCUMENT_KINDS or name_key(first[0]) in OFFICE_WORDS):
            # "Raadsvragen Azzouzi", "Motie Kanterink": the paper's kind, then its author; "Ja.
            # Wethouder Daan X": an office opening a sentence, then its holder (the office stays
            # outside the name, where the policy reads it)
            start, chain = start + len(first[0]) + 1, first[1]
        lead = _ABBREVIATION_LEAD.match(chain)
        if lead:
            # "N.B. Deze vergadering", "P.S. Vergeet": an abbreviation in capitals, no initials
            start, chain = start + lead.end(), chain[lead.end():]
            if not chain.strip():
                return
        after_letter = _LETTER_THEN_WORD.fullmatch(chain)
        if after_letter is not None and name_key(after_letter.group("word")) in _SENTENCE_OPENERS and not (
                self.lexicons.is_surname(after_letter.group("word"))
                or self.lexicons.is_first_name(after_letter.group("word"))):
            # "label C. Daarnaast voert u aan", "bijlage B. Verder": a letter that ends a sentence, a
            # function word opening the next; no initial and surname
            return
        # Fast path for the common case, a lone capitalised word ("Graag", "Dordrecht"): without
        # a title before it only a known name can be a person (the same outcome as scoring it).
        if " " not in chain and "." not in chain and not self._known_word(chain) and not self._titled(text, start):
            return
        if _SHORT_CAPITALS.fullmatch(chain) and not self._titled(text, start):
            return  # "AB" (algemeen bestuur), "AB-zaal": an abbreviation, though "Ab" is a given name
        for result in self._score_chain(text, start, chain):
            if " ".join(name_key(w) for w in text[result.start:result.end].split()) not in _PLACEHOLDER_NAMES:
                yield result  # "Jan Modaal": a stock name for the average earner, no person

    def _lettered_heading(self, text: str, tokens: list[Token]) -> bool:
        """A section's letter or Roman number opening its line before an ordinary word, as lists
        of incoming papers and advice head their parts ("A. Brieven van inwoners", "D. Overige
        stukken", "I. Feiten"): no initial and surname. A listed surname or given name after the
        letter ("J. Bakker", "A. Winter") and a word no list knows ("A. Quaedvlieg") stay names."""
        # (the heading may run on: "A. Samenwerkingsovereenkomst Spoorzone Noord"; its first word decides)
        if len(tokens) < 2 or tokens[0].kind != "init" or not _SECTION_MARK.fullmatch(tokens[0].text):
            return False
        if name_key(_bare(tokens[1].text)) in _AGENDA_ITEM_WORDS:
            # "Cie ON/OW - 23.04.96 - I. Opening.": an agenda's item wherever it stands, no surname
            return True
        line_start = text.rfind("\n", 0, tokens[0].start) + 1
        if text[line_start:tokens[0].start].strip(" \t>*•-"):
            return False
        word = _bare(tokens[1].text)
        lex = self.lexicons
        key = name_key(word)
        if (not (lex.is_word(key) or (len(key) >= 8 and lex.is_compound(key)))
                or lex.is_surname(word) or lex.is_first_name(word)):
            return False
        # The word list holds proper names too ("Oudshoorn"): only a run of marks proves a list of
        # sections, its neighbour heading a line as well ("A." and "B.", "I." and "II.").
        mark = tokens[0].text[:-1]
        marks = self._section_marks(text)
        return any(neighbour in marks for neighbour in _neighbour_marks(mark))

    def _section_marks(self, text: str) -> frozenset[str]:
        """The letters and Roman numbers that open lines of ``text`` as sections ("A. Brieven");
        found once per text, as every chain of the text asks."""
        if self._marks_of is not text:
            self._marks_of = text
            self._marks = frozenset(m.group(1) for m in _SECTION_MARK_AT_LINE_START.finditer(text))
        return self._marks

    def _nicknamed_names(self, text: str) -> Iterator[RecognizerResult]:
        """A given name, a nickname in quotes or brackets, then the surname: one name, the nickname
        inside it ("Oliver \"Ollie\" Grant", "Johannes (Hans) Kanterink"). Each part alone is found by
        the other rules; as one span the quotes between them are withheld too."""
        if not any(mark in text for mark in _NICKNAME_OPENERS):
            return
        for match in _NICKNAMED.finditer(text):
            if self.lexicons.is_first_name(match.group("given")):
                yield self._result(match.start(), match.end(), 0.85, "lexicon")

    def _speaking_given_names(self, text: str) -> Iterator[RecognizerResult]:
        """``person.subject_given_name``: a listed given name that opens a sentence and reports, asks
        or is absent ("Ben is met kennisgeving afwezig.", "Roos vraagt of het kan."), also where it
        is an ordinary word; not a function word, office, role or place ("Dat zegt", "Raad vraagt")."""
        lex = self.lexicons
        for match in _SUBJECT_GIVEN_NAME.finditer(text):
            word = match.group("name")
            key = name_key(word)
            if (lex.is_first_name(word) and key not in NOT_A_NAME and key not in _ROLE_WORDS
                    and key not in _PRONOUNS and key not in lex.places and key not in lex.organisation_words):
                yield self._result(match.start("name"), match.end("name"), 0.6, "lexicon")

    def _one_person_firms(self, text: str) -> Iterator[RecognizerResult]:
        """``person.one_person_firm``: the owner's name in the name of a business its line calls one
        person's ("3. Deurwaarderskantoor Kanterink, Alkmaar (eenmanspraktijk)", "Oostrand
        Tuinadvies, ... (eenmanszaak)", "de eenmanszaak Attractieverhuur Kanterink"): the annotation
        guideline's one-person firm. The business's name is the capitalised words right before the
        mark (or before its town after a comma) or right after "eenmanszaak"; its owner's name is
        each run in it of a listed name or a capitalised word no list knows as a word, place,
        organisation word or kind of business."""
        folded = text.lower()
        if "eenm" not in folded and "eenvr" not in folded and "(zzp" not in folded:
            return
        firms: list[tuple[int, int]] = []
        for mark in ONE_PERSON_FIRM.finditer(text):
            # the business's name right before the mark, or before its town after a comma
            line_start = text.rfind("\n", 0, mark.start()) + 1
            firm = _FIRM_BEFORE_MARK.search(text, max(line_start, mark.start() - 120), mark.start())
            if firm is not None:
                firms.append(firm.span("firm"))
        # ... or the word before the business's name: "de eenmanszaak Attractieverhuur Vermolen"
        firms.extend(m.span("firm") for m in _ONE_PERSON_FIRM_BEFORE.finditer(text))
        lex = self.lexicons
        for firm_start, firm_end in firms:
            for name in _NAME_RUN.finditer(text, firm_start, firm_end):
                word = name.group().split()[-1]
                key = name_key(word)
                if (key in lex.places or key in lex.organisation_words or key in NOT_A_NAME
                        or (_BUSINESS_KIND_ENDING.fullmatch(word) and not lex.is_name(word))):
                    continue
                if lex.is_name(word) or not lex.is_word(word):
                    # (strong evidence: the organisation's span around it does not swallow it)
                    yield self._result(name.start(), name.end(), 0.9, "structure")

    def _dotted_names(self, text: str) -> Iterator[RecognizerResult]:
        """A name written as a mailbox's local part outside the address ("E-mail van tom.bakker
        (tom.bakker1987@...)", "in kopie aan hylke.boersma"): a listed given name, a dot, a listed
        surname (particles too, "jan.van.dijk"), in small letters and outside any address or link."""
        lex = self.lexicons
        for match in finditer_at(_DOTTED_NAME, text, _dotted_name_starts(text), timeout=None):
            parts = match.group().split(".")
            surname = " ".join(parts[1:])
            if lex.is_first_name(parts[0]) and not lex.is_particle(parts[0]) and (
                    lex.is_surname(surname) or lex.is_surname(parts[-1])) and all(
                    lex.is_particle(p) for p in parts[1:-1]):
                yield self._result(match.start(), match.end(), 0.85, "structure")

    def _titled_initials_alone(self, text: str) -> Iterator[RecognizerResult]:
        """Initials after a form of address with no surname after them ("aanslag precario dhr. S.
        (Hoogstraat)", "mw. K., moeder van"): a name shortened to its initial is still a person's
        name, and a letter that keeps it readable identifies them to their neighbours."""
        for match in _INITIALS_ALONE.finditer(text):
            if self._titled(text, match.start()):
                yield self._result(match.start(), match.end(), 0.85, "title")

    def _initials_before_wrapped_surname(self, text: str) -> Iterator[RecognizerResult]:
        """Initials after a title that end a line, the surname opening the next, as PDF text and
        scans wrap them ("dhr. G.J.\nHofsteenge klacht over", "Afzender: mw. A.\nQuaedvlieg-Smeets"):
        initials alone are no name, so the chain of the first line never made one."""
        for match in _INITIALS_AT_LINE_END.finditer(text):
            if not self._titled(text, match.start("initials")):
                continue
            word = match.group("surname")
            key = name_key(word)
            if key in NOT_A_NAME or key in self.lexicons.places or self._is_organisation_word(word):
                continue
            yield self._result(match.start("initials"), match.end(), 0.9, "title")

    def _titled(self, text: str, start: int) -> bool:
        """A title (dhr., mw., cl. ...) right before ``start``, but not the letters of a postcode:
        in "3313MW Dordrecht" or "3313 CL Dordrecht" the town follows, not a person."""
        # The title pattern ends in a space, a tab or a line break at ``start``: a chain after
        # anything else has no title.
        if text[start - 1:start] not in (" ", "\t", "\n"):
            return False
        low = max(0, start - 30)
        return bool(self._title_before.search(text, low, start)) and not AFTER_POSTCODE.search(text, low, start)

    @lru_cache(maxsize=65_536)  # noqa: B019 - one recognizer per engine, kept for its lifetime
    def _known_word(self, word: str) -> bool:
        bare = _bare(word)
        return self._first_name(bare) or self._surname(bare) or self.lexicons.is_first_name(bare.split("-")[0])

    def _tokens(self, chain: str, offset: int) -> list[Token]:
        tokens = []
        for m in self._token.finditer(chain):
            word = m.group()
            if _INITIALS_RE.fullmatch(word):
                kind = "init"
            elif word[:1].isupper():
                kind = "part" if self.lexicons.is_particle(word) else "cap"
            else:
                kind = "part"
            tokens.append(Token(offset + m.start(), offset + m.end(), word, kind))
        return tokens

    def _score_chain(self, text: str, offset: int, chain: str) -> Iterator[RecognizerResult]:
        lex = self.lexicons
        tokens = self._tokens(chain, offset)
        titled = self._titled(text, offset)
        if titled and tokens and self._no_name_after_title(text, offset, _bare(tokens[0].text)):
            titled = False
        if not titled and self._lettered_heading(text, tokens):
            return
        # Find where the name starts: drop sentence-initial words and headings before it.
        first = None
        for i, tok in enumerate(tokens):
            bare = _bare(tok.text)
            if tok.kind == "init":
                first = i
                break
            if (titled and i == len(tokens) - 1 and tok.text[:1].isupper() and self.lexicons.is_name(bare)
                    and not (name_key(bare) in LANGUAGES and self._title_is(text, offset, "tolk"))):
                # "Geachte heer Le", "mevrouw Dag", "mevrouw Spaans": after a title a listed name
                # is the name, also when it is a particle, a word or a language elsewhere.
                tokens[i] = Token(tok.start, tok.end, tok.text, "cap")
                first = i
                break
            if (tok.kind == "part" and tok.text[:1].isupper() and lex.is_first_name(bare) and i + 1 < len(tokens)
                    and tokens[i + 1].kind == "cap" and self._surname_or_no_word(_bare(tokens[i + 1].text))):
                # "Ben Kanterink", "Bin Lubberink": a particle of Arabic names that is a given name too,
                # before a surname (a listed one, or a word no list knows)
                tokens[i] = Token(tok.start, tok.end, tok.text, "cap")
                first = i
                break
            if tok.kind == "part":
                # The word after the particle group: "Van der Zanden" -> "Zanden".
                after = i + 1
                while after < len(tokens) and tokens[after].kind == "part" and lex.is_particle(tokens[after].text):
                    after += 1
                nxt = tokens[after] if after < len(tokens) else None
                surname = " ".join(_bare(t.text) for t in tokens[i:]) if nxt else ""
                opens_name = titled and name_key(bare) not in PREPOSITIONS
                if nxt and nxt.kind == "cap" and (lex.is_surname(surname) or opens_name
                                                   or (tok.text[:1].isupper() and lex.is_surname(nxt.text))
                                                   or (tok.text[:1].isupper() and after - i >= 2
                                                       and self._unknown_surname(nxt.text))):
                    first = i
                    break
                titled = False
                continue
            if _POSTCODE_LETTERS.fullmatch(tok.text) and POSTCODE_DIGITS_BEFORE.search(
                text, max(0, tok.start - 6), tok.start
            ):
                # "3311 AN Dordrecht", "3313 CL Dordrecht": the letters of a postcode, no given
                # name ("An", "Ab") and no title ("cl." = cliënt); a town follows them.
                titled = False
                continue
            key = name_key(bare)
            if self._double_surname_opens(tokens, i):
                # "Lubis-van der Werff", "De Wilde-van Vliet": a double surname whose second part
                # has a particle; a capitalised particle before it belongs to it.
                first = i - 1 if i > 0 and tokens[i - 1].kind == "part" and tokens[i - 1].text[:1].isupper() else i
                break
            after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].kind == "cap" else None
            # ("April de Graaf", "Frans de Vries", "Roos van Dijk": the listed surname after such a
            # given name may open with particles)
            beyond = next((j for j in range(i + 1, len(tokens)) if tokens[j].kind != "part"), None)
            if (after is None and beyond is not None and beyond > i + 1 and tokens[beyond].kind == "cap"
                    and (key in MONTHS_AND_DAYS or key in LANGUAGES or lex.is_common(bare))
                    and lex.is_first_name(key) and self._surname(_bare(tokens[beyond].text))):
                first = i
                break
            if after is not None and lex.is_first_name(key) and (
                    # "Sunday Bell", "April Jansen", "June Thyno": a given name that is a day or month
                    (key in MONTHS_AND_DAYS and (self._surname(_bare(after.text)) or self._unknown_word(after.text)))
                    # "Frans Kanterink", "Ben Lubberink": one that is also a language or a word, before
                    # a surname the lists lack and that is no word
                    or ((key in LANGUAGES or key in MONTHS_AND_DAYS or lex.is_common(bare))
                        and self._surname_or_no_word(_bare(after.text)))):
                first = i
                break
            if key in _TITLE_KEYS and not (titled and i == len(tokens) - 1):
                # "Geachte Heer Jansen", "Dhr Jansen": the title is inside the chain. After a
                # title the last word is the name even when it is a role too ("mevrouw Vriend").
                titled = True
                continue
            if (key in NOT_A_NAME or _office_compound(bare)) and not (
                    titled and self._name_after_title(key, tokens, i)):
                titled = False  # ("Tafelgriffier Ruud Kamphuis": a compound office, no given name)
                continue
            if not titled and i == len(tokens) - 1 and i > 0 and _SHORT_CAPITALS.fullmatch(bare):
                continue  # "Beslútlist AB": an abbreviation ending a heading, though "Ab" is a given name
            if titled or self._first_name(bare) or self._surname(bare):
                first = i
                # "Ruthline Statia": an unknown capitalised word right before a known surname is
                # the first name that belongs to it.
                # (not an ordinary word: "Antwoord Vermeulen: maximaal 110 meter" is the answer)
                if (i > 0 and not self._first_name(bare) and tokens[i - 1].kind == "cap"
                        and name_key(_bare(tokens[i - 1].text)) not in NOT_A_NAME | _TITLE_KEYS
                        and not lex.is_common(_bare(tokens[i - 1].text))
                        and not lex.is_word(name_key(_bare(tokens[i - 1].text)))
                        and not self._is_organisation_word(_bare(tokens[i - 1].text))
                        and not _office_compound(_bare(tokens[i - 1].text))):
                    first = i - 1
                break
            if name_key(bare.split("-")[0]) in lex.first_names:
                first = i
                break
        if first is None:
            return
        first = self._bare_initials_before(tokens, first)
        tokens = tokens[first:]
        for i in range(1, len(tokens) - 1):
            # "Jasmin Jansen in Nigeria", "Piet Bond uit Den Bosch": a bare preposition before a
            # capitalised word ends the name ("Jan in 't Veld" has its particle group).
            if (tokens[i].kind == "part" and name_key(tokens[i].text) in _PLACE_PREPOSITIONS
                    and tokens[i + 1].text[:1].isupper() and any(t.kind == "cap" for t in tokens[:i])):
                tokens = tokens[:i]
                break
        # Stop at a word that makes this an organisation or a street, never a person.
        place = self._place_begins(tokens, titled, text)
        if place is None and self._article_before_street(text, tokens):
            return  # "aan de Anthony Fokkerweg": the article says it is the street, no person
        if place == 0:
            # "Willem de Zwijgerlaan", "Johan de Witt-gymnasium", "Annie M.G. Schmidtschool": a
            # street or an institution named after a person is not a person
            return
        if place is not None:
            tokens = tokens[:place]  # "B.M. Savchenko van Prins Bernhard Cultuurfonds"
        for i, tok in enumerate(tokens):
            if self._is_organisation_word(_bare(tok.text)) and not (
                # "Gert-Jan van 't Hof", "Anna van der Kerk": after a particle it is a surname.
                (i > 0 and tokens[i - 1].kind == "part" and i == len(tokens) - 1)
                # "Geachte heer Bond", "I. Bond": right after a title or initials it is one too.
                or (i == 0 and titled and (len(tokens) == 1 or tokens[1].kind != "cap"))
                or (i > 0 and tokens[i - 1].kind == "init" and i == len(tokens) - 1)
                # "Marie-José Tjoe Nij": the first word of a known organisation ("Nij Smellinghe")
                # heads nothing at the end of a name.
                or (i > 0 and i == len(tokens) - 1 and tokens[i - 1].kind != "part"
                    and self._only_organisation_head(_bare(tok.text)))
                # "Jasmin Bond": a listed surname after a given name ends the chain.
                or (i > 0 and i == len(tokens) - 1 and tokens[i - 1].kind == "cap"
                    and lex.is_first_name(_bare(tokens[i - 1].text))
                    and not lex.is_common(_bare(tokens[i - 1].text)) and lex.is_surname(_bare(tok.text)))
            ):
                if (i == len(tokens) - 1 and i > 0 and not titled
                        and name_key(_bare(tok.text)) in _FACILITY_LAST_WORDS):
                    return  # "Karel de Grote College", "Jan van Breemen Kliniek": a facility named after someone
                # "Jan Sadeghi van Sociale Dienst Drechtsteden": the organisation's own words
                # before "Dienst" ("van Sociale") go with it, the person keeps his name.
                j = i
                while j > 0 and tokens[j - 1].kind == "cap" and not lex.is_name(_bare(tokens[j - 1].text)):
                    j -= 1
                if j > 0 and tokens[j - 1].kind == "part" and j < i:
                    j -= 1
                tokens = tokens[:j]
                if not tokens:
                    return
                break
        if (len(tokens) > 1 and name_key(_bare(tokens[-1].text)) in _NATIONALITIES
                and not lex.is_name(_bare(tokens[-1].text))):
            tokens = tokens[:-1]  # "Yara Khoury van de Syrische stand": an adjective, no surname after "van de"
        if len(tokens) > 1 and tokens[-2].kind == "cap" and self._party_or_capitalised_word(tokens[-1].text):
            # "de heer Van Lingen VVD mevrouw ...", "de heer Vermeulen VERDER AANWEZIG": an attendance
            # list flattened without brackets, the party or the next label after the name
            tokens = tokens[:-1]
        while tokens and tokens[-1].kind == "part":
            if self._particle_surname(tokens):
                # "V.E. La", "Sadegh Le", "B. C. DAS": a capitalised particle that ends the chain
                # after initials or a name is the surname ("le", "la", "das" are surnames too).
                end = tokens[-1]
                tokens[-1] = Token(end.start, end.end, end.text, "cap")
                break
            tokens.pop()
        caps = [t for t in tokens if t.kind == "cap"]
        if not caps:
            return
        score, evidence = self._evidence(text, tokens, caps, titled)
        if score <= 0:
            return
        start = tokens[0].start
        if titled and start == offset:
            start = self._particles_after_title(text, start)
        end = tokens[-1].end
        if len(tokens) == 1 and self._first_name(_bare(tokens[0].text)):
            # "bij Rezan stepien": a surname typed small after a capitalised given name
            end = self._lower_surname_after(text, end, with_particles=False)
        yield self._result(start, end, score, evidence)

    def _bare_initials_before(self, tokens: list[Token], first: int) -> int:
        """Where a listed surname's name begins when initials without full stops and lower-case
        particles stand before it ("A van der Damhuis", "J P van Dijk"): at the initials, which
        would else stay readable beside the withheld surname."""
        j = first
        while j > 0 and tokens[j - 1].kind == "part" and tokens[j - 1].text[:1].islower():
            j -= 1
        k = j
        while k > 0 and _BARE_INITIAL.fullmatch(tokens[k - 1].text):
            k -= 1
        if k < j < first and self.lexicons.is_surname(_bare(tokens[first].text)):
            return k
        return first

    def _party_or_capitalised_word(self, word: str) -> bool:
        """A national party's name ("VVD", "PvdA", "GroenLinks") or an ordinary word written in
        capitals ("VERDER", "AANWEZIG"): no part of the name before it. (A surname in capitals,
        as case notes write it, is no ordinary word: "Jan de VRIES" keeps it.)"""
        key = name_key(_bare(word))
        # (two capitals or a digit, as parties write their names: "Volt" or "Denk" may be a surname)
        if (key in PARTY_KEYS and sum(ch.isupper() or ch.isdigit() for ch in word) >= 2
                and not self.lexicons.is_name(word)):
            return True
        return (len(key) >= 4 and word.isupper() and self.lexicons.is_word(key)
                and not self.lexicons.is_name(word))

    def _in_title_phrase(self, text: str, start: int) -> bool:
        """Whether the word at ``start`` ends a capitalised enumeration of ordinary words, as the
        names of ministries, programmes and portfolios run ("Onderwijs, Cultuur en Wetenschap")."""
        match = _ENUMERATION_BEFORE.search(text, max(0, start - 80), start)
        if match is None:
            return False
        words = _CAPITALISED_WORD.findall(match.group())
        lex = self.lexicons
        return bool(words) and all(lex.is_word(name_key(w)) and not lex.is_first_name(w) for w in words)

    def _no_name_after_title(self, text: str, offset: int, word: str) -> bool:
        """Whether the capitalised word after a title is no name all the same: after an abbreviated
        title whose full stop may end the sentence ("met dhr. Eerste gesprek", "dhr. Ontlast mw.")
        an ordinary word that no list knows as a name, or after any title an institution's compound
        ("Familie Herenigingsfonds")."""
        lex = self.lexicons
        if lex.is_name(word):
            return False
        if self._is_organisation_compound(word):
            return True
        return (len(word) >= 5 and lex.is_word(name_key(word))
                and bool(_ABBREVIATED_TITLE_BEFORE.search(text, max(0, offset - 8), offset)))

    def _particles_after_title(self, text: str, start: int) -> int:
        """Where the name at ``start`` begins when lower-case particles stand between it and a form
        of address: "mevrouw van Leeuwen", "meneer in 't Veld" (else ``start`` itself)."""
        particles = _PARTICLES_BEFORE.search(text, max(0, start - 24), start)
        if particles is not None and _HONORIFIC_BEFORE.search(text, max(0, particles.start() - 12), particles.start()):
            return particles.start()
        return start

    def _double_surname_opens(self, tokens: list[Token], i: int) -> bool:
        """Whether ``tokens[i]`` ends in a particle ("Lubis-van") that particles and a capitalised
        word complete: the first half of a double surname."""
        tok = tokens[i]
        if tok.kind != "cap" or "-" not in tok.text:
            return False
        j = i + 1
        while j < len(tokens) and tokens[j].kind == "part":
            j += 1
        return (j < len(tokens) and tokens[j].kind == "cap"
                and self.lexicons.is_particle(tok.text.rsplit("-", 1)[1]))

    def _title_is(self, text: str, start: int, title: str) -> bool:
        match = self._title_before.search(text, max(0, start - 30), start)
        return match is not None and name_key(match.group().split()[0].rstrip(".")) == title

    @staticmethod
    def _in_capitals(text: str, tokens: list[Token]) -> bool:
        """Every word in capitals, on a line that is not (a heading is written so as a whole)."""
        if not all(_bare(t.text).isupper() for t in tokens):
            return False
        line_start, line_end = _line_bounds(text, tokens[0].start, tokens[-1].end)
        return any(ch.islower() for ch in text[line_start:line_end])

    def _german_line(self, text: str, start: int, end: int) -> bool:
        """Whether at least a sixth of the words on the span's line, outside the span ("A van der
        Damhuis" holds a German "der"), are German, not Dutch, words."""
        return self._foreign_line(text, start, end, self._german_words)

    def _foreign_context(self, text: str, start: int, end: int, line_vocabulary: frozenset[str],
                         text_words: frozenset[str]) -> bool:
        """A line of the language around [start, end), or a short line in a text of it: a
        salutation or a thanks stands on a line of its own ("Many thanks,", "Achte kolleezje,")."""
        return self._foreign_line(text, start, end, line_vocabulary) or _foreign_text(text, text_words)

    def _foreign_line(self, text: str, start: int, end: int, vocabulary: frozenset[str]) -> bool:
        line_start, line_end = _line_bounds(text, start, end)
        words = _LETTERS.findall(text[line_start:start] + " " + text[end:line_end])
        if len(words) < 4:
            return False
        foreign = sum(1 for w in words if name_key(w) in vocabulary)
        return foreign * 6 >= len(words)

    def _name_after_title(self, key: str, tokens: list[Token], i: int) -> bool:
        """A word that is no name elsewhere opens one right after a title: a given name that is
        also a month or day ("mijn buurvrouw Monday Phillips", "dochter April"), or a language
        followed by a surname ("de heer Frans Wouterse"; "tolk Arabisch" stays a language)."""
        if key in MONTHS_AND_DAYS:
            return self.lexicons.is_first_name(key)
        if key in LEGAL_TERMS:
            return self.lexicons.is_surname(key)
        return key in LANGUAGES and i + 1 < len(tokens) and tokens[i + 1].kind == "cap"

    def _particle_surname(self, tokens: list[Token]) -> bool:
        last = tokens[-1]
        key = name_key(_bare(last.text))
        return (len(tokens) >= 2 and tokens[-2].kind in ("init", "cap") and last.text[:1].isupper()
                and key not in NON_NAME_WORDS and key not in PREPOSITIONS
                and self.lexicons.is_surname(_bare(last.text)))

    def _evidence(self, text: str, tokens: list[Token], caps: list[Token], titled: bool) -> tuple[float, str]:
        lex = self.lexicons
        if titled:
            return 0.9, "title"
        has_init = tokens[0].kind == "init"
        first = _bare(caps[0].text)
        first_parts = first.split("-")
        first_known = lex.is_first_name(first) or lex.is_first_name(first_parts[0])
        first_common = lex.is_common(first)
        last = caps[-1]
        surname_text = " ".join(_bare(t.text) for t in tokens[tokens.index(caps[0]) + 1 :]) if len(
            caps) > 1 else ""
        surname_known = bool(surname_text) and (
            lex.is_surname(surname_text) or any(lex.is_surname(p) for p in _bare(last.text).split("-"))
        )
        if has_init:
            return 0.85, "lexicon"
        if len(caps) >= 2:
            if first_known and not first_common:
                return 0.85, "lexicon"
            if first_known and surname_known:
                return 0.75, "lexicon"
            if first_known and not lex.is_common(_bare(caps[1].text)) and name_key(
                _bare(caps[1].text)
            ) not in NON_NAME_WORDS | MONTHS_AND_DAYS:
                # "Jan Sadeghi": a first name that is also a word ("jan", "roos"), followed by a
                # capitalised word that is not one, is a name in name position.
                return 0.7, "lexicon"
            if surname_known and not lex.is_common(_bare(last.text)):
                return 0.7, "lexicon"
            return 0.0, ""
        # A single capitalised word (maybe with a particle: "de Vries").
        with_particle = tokens[0].kind == "part"
        word = _bare(caps[0].text)
        if with_particle:
            full = " ".join(_bare(t.text) for t in tokens)
            given_after = _GIVEN_AFTER_COMMA.match(text, tokens[-1].end)
            if lex.is_surname(full) and (tokens[0].text[:1].islower() or self._in_capitals(text, tokens) or (
                    given_after is not None and lex.is_first_name(given_after.group(1)))):
                # ("DE LAAT, PIET": a surname-first form, in capitals as a signature may write it)
                # "van Dijk"; "DE LAAT" in capitals amid ordinary text (case notes write surnames
                # so). "De Bron", "De Hoop" are as often a building or a foundation: left to the model.
                return 0.6, "lexicon"
            if len(tokens) >= 3 and tokens[0].text[:1].isupper() and self._unknown_surname(word):
                # "Van den Verpop": a capitalised group of listed particles before a surname no
                # list knows (see _unknown_surname for the institutions it leaves out).
                return 0.6, "lexicon"
            return 0.0, ""
        if lex.is_common(word):
            return 0.0, ""
        if self._first_name(word) or lex.is_first_name(word.split("-")[0]):
            return 0.6, "lexicon"
        if self._surname(word):
            return 0.55, "lexicon"
        return 0.0, ""

    def _first_name(self, word: str) -> bool:
        """A known first name, also with the Dutch genitive -s glued on ("Judiths team")."""
        lex = self.lexicons
        return lex.is_first_name(word) or (
            len(word) > 3 and word.endswith("s") and lex.is_first_name(word[:-1]) and not lex.is_common(word[:-1])
        )

    def _surname_or_no_word(self, word: str) -> bool:
        """A listed surname, or a capitalised word no list knows as a word, place, street or
        organisation word ("Kanterink", "Lubberink"): what may follow a given name as its surname."""
        return self._surname(word) or (not self.lexicons.is_word(word) and self._unknown_surname(word)
                                       and name_key(word) not in NOT_A_NAME)

    def _surname(self, word: str) -> bool:
        lex = self.lexicons
        return lex.is_surname(word) or (
            len(word) > 4 and word.endswith("s") and lex.is_surname(word[:-1]) and not lex.is_common(word[:-1])
        )

    # -- sloppy case notes --------------------------------------------------------------------

    def _lower_after_relative(self, text: str) -> Iterator[RecognizerResult]:
        lex = self.lexicons
        for match in finditer_at(self._lower_before_relative, text, _name_before_bracket_starts(text), timeout=None):
            key = name_key(match.group("name"))
            # (a listed name that is no ordinary word, or a word no list knows: "everdien")
            if key not in NOT_A_NAME and key not in STOPWORDS_AFTER_TITLE and self._lower_case_name(key):
                yield self._result(match.start("name"), match.end("name"), 0.7, "title")
        folded = fold_case(text)
        # (a match begins with a relative's word, caseless: only where the folded text holds one)
        relatives = self._relative_lower.finditer(text) if folded is None else finditer_at(
            self._relative_lower, text, _occurrences(folded, _RELATIVES_BEFORE_NAME), timeout=None)
        for match in relatives:
            key = name_key(match.group("name"))
            if key in STOPWORDS_AFTER_TITLE or key in SALUTATION_NOUNS or key in NOT_A_NAME:
                continue
            if lex.is_first_name(key):
                end = self._lower_surname_after(text, match.end("name"))
                # "pyt de boer" goes on to a listed surname; "roos van de overkant" stops at "roos"
                if not lex.is_surname(text[match.end("name"):end].strip()):
                    end = match.end("name")
                yield self._result(match.start("name"), end, 0.7, "title")

    def _lower_surname_after_role(self, text: str) -> Iterator[RecognizerResult]:
        """``person.role_lower_surname``: a listed surname typed small right after a role that takes
        a surname as its apposition ("de wijkagent bakker zegt", "buurvrouw de vries belde"): no
        ordinary reading puts a noun there. Verbs and pronouns stay out ("de wijkagent kwam")."""
        folded = fold_case(text)
        matches = self._role_lower.finditer(text) if folded is None else finditer_at(
            self._role_lower, text, _occurrences(folded, _ROLES_BEFORE_SURNAME), timeout=None)
        lex = self.lexicons
        for match in matches:
            name = match.group("name")
            core = name_key(_LEADING_PARTICLES.sub("", name))
            if (core in STOPWORDS_AFTER_TITLE or core in SALUTATION_NOUNS or core in NOT_A_NAME
                    or lex.is_particle(core) or not lex.is_surname(name)):
                continue
            yield self._result(match.start("name"), match.end("name"), 0.7, "title")

    def _lower_after_title(self, text: str) -> Iterator[RecognizerResult]:
        lex = self.lexicons
        folded = fold_case(text)
        # (the written-out titles only where the folded text holds one: most texts have none)
        title_words = self._title_word_lower.finditer(text) if folded is None else finditer_at(
            self._title_word_lower, text, _occurrences(folded, _TITLE_WORDS_BEFORE_LOWER_NAME), timeout=None)
        for match in itertools.chain(self._title_lower.finditer(text), title_words):
            name = match.group("name")
            core = _LEADING_PARTICLES.sub("", name)  # "de nijs" -> "nijs"
            key = name_key(core)
            if key in STOPWORDS_AFTER_TITLE or key in SALUTATION_NOUNS or lex.is_particle(core):
                continue
            if self._greeting_before.search(text, max(0, match.start() - 15), match.start()):
                # "Geachte heer beek", "Geachte familie haal": after a greeting and a title only a
                # name can follow, whatever else the word means.
                name_like = key not in NOT_A_NAME
            elif match.groupdict().get("word"):
                # "de heer meta", "mevrouw de nijs": a listed name that is no Dutch word, or a
                # surname with its particle ("mevrouw zelf", "meneer vertelde" are words).
                name_like = self._lower_case_name(core) or (core != name and lex.is_surname(name))
            else:
                # Lower case after "mw."/"cl." is usually a verb ("cl. belt terug"); only a word from
                # the name lists is a name there. Other lower-case slips are found as mentions of a
                # name found elsewhere in the document.
                name_like = lex.is_name(core) or lex.is_surname(name)
            if name_like:
                given_name = core == name and (lex.is_first_name(core) or not lex.is_surname(core))
                end = self._lower_surname_after(text, match.end("name")) if given_name else match.end("name")
                yield self._result(match.start("name"), end, 0.7, "title")

    def _lower_surname_after(self, text: str, end: int, with_particles: bool = True) -> int:
        """The end of a lower-case surname after a given name typed small ("mevrouw zarmina van
        wijland", "de heer cheh van der velden", "broer van cl., margarida oldenkamp"), else ``end``.

        After particles any word but an organisation or a place ("mevrouw fatima van de
        gemeente"); right after the given name only a listed surname that is no ordinary word, or
        a word no list knows ("ammar en elham": "en" is a word).
        """
        tail = _LOWER_SURNAME_AFTER_GIVEN.match(text, end)
        if tail is None or (tail.group("particles") and not with_particles):
            return end
        surname = tail.group("surname")
        key = name_key(surname)
        lex = self.lexicons
        if key in lex.organisation_words or key in lex.places or key in STOPWORDS_AFTER_TITLE or key in NOT_A_NAME:
            return end
        if not tail.group("particles") and key in _ENGLISH_WORDS and not lex.is_surname(surname):
            return end  # "Mr. Gerrits called our office": an English verb after the name
        if tail.group("particles") or (lex.is_surname(surname) and not lex.is_common(surname)):
            return tail.end()
        return tail.end() if self._unknown_word(surname) else end

    def _bare_particle_surnames(self, text: str) -> Iterator[RecognizerResult]:
        """A surname with its particles and nothing before it ("belde van der Damhuis", "v/d Sluis",
        "d'Sluis"): "van der" and "van den" (and their short forms) stand before surnames, hardly
        before anything else. Not before an ordinary word, a place or an organisation word
        ("van der Gemeente", "van den Bosch" is left to the other rules: Den Bosch is a town)."""
        if "van de" not in text and "v/d" not in text and "v.d." not in text and "d'" not in text and "d’" not in text:
            return
        lex = self.lexicons
        for match in _BARE_PARTICLE_SURNAME.finditer(text):
            if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "Jan van der Kanterink", "J. van der Kanterink": the whole name is found elsewhere
            surname = match.group("surname")
            key = name_key(surname)
            # the particles written short ("v/d", "v.d.", "d'") are a surname's only: a word or a town
            # after them is the surname ("v/d Sluis"); after "van der" written out it may be a noun's
            # article or a town's ("van den Bosch")
            short = not match.group().lower().startswith("van")
            if (((lex.is_word(key) or key in lex.places or key == "bosch") and not short)
                    or self._is_organisation_word(surname)) and not self._titled(text, match.start()):
                continue  # ("dhr. v/d Sluis": after a title even a word is the surname, with its particles)
            yield self._result(match.start(), match.end(), 0.75, "lexicon")

    def _surname_word(self, word: str) -> bool:
        """A capitalised word that may be a surname: a listed one, or no ordinary word, place or
        organisation word ("de Graaf", not "van de Wijkraad")."""
        key = name_key(word)
        return self.lexicons.is_surname(word) or not (
            self.lexicons.is_word(key) or key in self.lexicons.places or self._is_organisation_word(word))

    def _given_name_in_brackets(self, text: str) -> Iterator[RecognizerResult]:
        """Initials, the given name in brackets, the surname: "H.P. (Hans Peter) Kanterink", as
        lists of officials and signatures write them, is one name. Found in parts, the bracket
        split it into pieces that were decided apart (an official's given name withheld, or a
        private person's kept by a rule that saw only "K. (Kees")."""
        lex = self.lexicons
        for match in _GIVEN_NAME_IN_BRACKETS.finditer(text):
            if all(lex.is_first_name(w) for w in match.group("given").replace("-", " ").split()):
                yield self._result(match.start(), match.end(), 0.85, "structure")

    def _lower_case_initials(self, text: str) -> Iterator[RecognizerResult]:
        """Initials in lower case before a surname ("voorgezeten door mr. m.t. panins"). Dutch
        writes many abbreviations the same way ("t.a.v. Jansen", "i.o.m. de wijkagent"): those are
        left out, and the word after the initials must be a name: capitalised, a listed name that
        is no ordinary word, a word no list knows, or anything after a title ("meneer m.w. groen")."""
        lex = self.lexicons
        for match in self._lower_initials.finditer(text):
            initials = match.group("init").replace(" ", "")
            if initials in DOTTED_ABBREVIATIONS:
                continue
            name = match.group("name")
            if len(initials) == 2 and name[:1].isupper() and not self._titled(text, match.start()):
                # "a. Aanvraagformulier", "Ad c. Schade en ...": one small letter before a capital is
                # a list's point; initials typed small come with a surname typed small ("m. jansen")
                continue
            surname = _LEADING_PARTICLES.sub("", name)  # "van zutphen" -> "zutphen"
            with_particle = surname != name
            # "a.s.p. van zutphen": a place or a word is a surname when the list has it with its particle
            name_like = (surname[:1].isupper() or self._lower_case_name(surname)
                         or (with_particle and lex.is_surname(name)))
            if name_key(surname) in NOT_A_NAME or name_key(surname) in _TITLE_KEYS or not (
                    name_like or self._titled(text, match.start())):
                # ("c. de heer drs. K.J. Dijkhof": a list's point before a form of address)
                continue
            if self._is_organisation_word(surname) or (name_key(surname) in lex.places and not with_particle):
                # "m.b.v. Vluchtelingenwerk", "o.l.v. Gemeente Dordrecht"; but "a.s.p. van zutphen"
                # is a person: a place name after a particle is a surname
                continue
            yield self._result(match.start(), match.end(), 0.7, "initials")

    def _in_named_place(self, text: str, start: int, end: int) -> bool:
        """Whether [start, end) is part of the name of a school, street or institution named after
        a person ("Johan de Witt-gymnasium", "Willem de Zwijgerlaan"), judged on the whole
        capitalised phrase around it."""
        line_start, line_end = _line_bounds(text, start, end)
        for chain in self._chain.finditer(text, line_start, line_end):
            if chain.start() <= start and end <= chain.end():
                tokens = self._tokens(chain.group(), chain.start())
                place = self._place_begins(tokens)
                if place is None:
                    return self._article_before_street(text, tokens)
                return end > tokens[place].start
        return False

    def _article_before_street(self, text: str, tokens: list[Token]) -> bool:
        """A capitalised phrase ending in a street word that no surname list holds, with the article
        "de" right before it or a house number after it: "de Anthony Fokkerweg", "de Willem
        Dreesweg", "Karel Doormanweg 30" name a street after a person; a person takes no article
        ("Piet Groeneweg uit Alkmaar" is a person)."""
        if len(tokens) < 2:
            return False
        last = _bare(tokens[-1].text)
        if not is_street_word(last) or self.lexicons.is_surname(last):
            return False
        if _HOUSE_NUMBER_AFTER.match(text, tokens[-1].end):
            return True  # "Karel Doormanweg 30": an address
        if tokens[0].kind == "part":
            # "De Jan Tooropweg wordt afgesloten": no particle stands before a given name
            return (tokens[0].text == "De" and len(tokens) >= 3 and tokens[1].kind == "cap"
                    and self.lexicons.is_first_name(_bare(tokens[1].text)))
        return bool(_ARTICLE_BEFORE.search(text, max(0, tokens[0].start - 4), tokens[0].start))

    def _place_begins(self, tokens: list[Token], titled: bool = False, text: str = "") -> int | None:
        """Where a street or institution begins in a capitalised phrase: 0 when the phrase is one
        ("Willem de Zwijgerlaan", "Jan van Galenstraat"), the index after "van" when a person of
        that place comes first ("B.M. Savchenko van Prins Bernhard Cultuurfonds", "G.G.B. Boom
        van Rijksmuseum", after a title also "mevrouw De Wolf van Hogeschool Rotterdam"), None
        when there is none."""
        for i, tok in enumerate(tokens):
            if not self._street_or_institution(_bare(tok.text), after_name=i > 0):
                continue
            if (name_key(_bare(tok.text)).endswith(_SURNAME_LIKE_ENDINGS) and i + 1 < len(tokens)
                    and tokens[i + 1].kind == "cap" and self.lexicons.is_surname(_bare(tokens[i + 1].text))):
                # "Asedwal Stellingwerf": a street name ends its phrase, so a word with a weak
                # street ending before a known surname is the given name.
                continue
            joint = max(
                (j for j in range(i) if tokens[j].kind == "part" and name_key(tokens[j].text) in _AFFILIATION_WORDS),
                default=None,
            )
            if joint is None:
                if titled and (not name_key(_bare(tok.text)).endswith(_STRONG_STREET_ENDINGS) or (
                        text and FORM_OF_ADDRESS_BEFORE.search(text, max(0, tok.start - 24), tok.start))):
                    # "de heer Z. Ramperf", "dhr Wijzeperf": after a title a name, no street; after a
                    # form of address even with a street's ending ("mevrouw Kaakstraat")
                    continue
                return 0  # ("de Dr. Schaepmanstraat", "bewoner van de Wilhelminalaan": a street still)
            # A whole name before the joint (initials and a surname, or two capitalised words), or
            # more words of the place after it: two things, a person and his place.
            whole_name = titled or sum(t.kind in ("cap", "init") for t in tokens[:joint]) >= 2
            place_words = any(t.kind == "cap" for t in tokens[joint + 1 : i])
            return joint + 1 if whole_name or place_words else 0
        return None

    def _lower_case_first_names(self, text: str) -> Iterator[RecognizerResult]:
        """A first name typed in lower case in a case note ("ammar en elham ingeschreven").

        Only names that are no Dutch word; on real Dutch newspaper text (Europeana train) this
        fires about once per 2,000 words, a cost the reviewer pays so that no slip is published.
        """
        lex = self.lexicons
        # Each distinct word is judged once (a letter repeats its words), and the text is read a
        # second time, for the places, only when one of them is such a name (most texts have none).
        names = set()
        for word in set(self._lower_word.findall(text)):
            # (a word of small ASCII letters is its own key: no call to name_key for most words)
            key = word if word.isascii() else name_key(word)
            if (key in lex.first_names and key not in lex.common_words and key not in NOT_A_NAME
                    and not lex.is_particle(word)):
                names.add(word)
        if not names:
            return
        # The second reading only where one of them stands (a long text always holds one): a match
        # of the pattern is a whole word, and no match of it starts inside another but after a
        # combining mark, so the pattern tried at each place a name stands finds what a search
        # through the text finds there (and through the text where a mark stands before one).
        starts = _occurrences(text, names)
        matches = (self._lower_word.finditer(text)
                   if any(at and _MARK.match(text, at - 1) for at in starts)
                   else finditer_at(self._lower_word, text, starts, timeout=None))
        for match in matches:
            if match.group() in names:
                yield self._result(match.start(), self._lower_surname_after(text, match.end()), 0.45, "lexicon")

    # -- statistical model --------------------------------------------------------------------

    def _ner(self, nlp_artifacts: NlpArtifacts) -> Iterator[RecognizerResult]:
        """Entities of a full spaCy run handed in by Presidio (the engine's own path uses `ner_results`)."""
        text = nlp_artifacts.tokens.text if nlp_artifacts.tokens is not None else ""
        return iter(self.ner_results(text, ner_spans(nlp_artifacts.entities, 0, nlp_artifacts.scores)))

    def ner_results(self, text: str, spans: list[NerSpan], glued: GluedParties | None = None
                    ) -> list[RecognizerResult]:
        """The model's PER spans, trimmed of titles and offices, without headings and domains.
        ``glued``: ``glued_parties(text)`` if the caller kept it."""
        out: list[RecognizerResult] = []
        domain_labels = {name_key(label) for label in _MAIL_DOMAIN_LABEL.findall(text)}
        stop = self._edge_words
        lex = self.lexicons
        german = german_text(text, self._german_words)
        cased: bool | None = None  # whether the text writes its lines with capitals (found when first needed)
        # (a work list: the parts of a phrase join it, judged by the same loop, see _phrase_pieces;
        # a call per part would scan the whole text again for each)
        work = list(_sentences_apart(text, _cells_apart(text, spans, glued)))
        for ent in work:
            if ent.label in ("ORG", "ORGANIZATION"):
                person = self._person_of_organisation(ent)
                if person is not None:
                    out.append(self._result(person.start, person.end, ent.score, "ner"))
                continue
            if ent.label not in ("PER", ENTITY):
                continue
            # (nor an emoji, which the model may read into a name: "de Koning 🙄")
            words = [w for w in ent.words if (not w.is_punct or w.text == ".") and w.text.strip()
                     and (w.text == "." or any(ch.isalnum() for ch in w.text))]
            # A table's cell ends a name: the model reads "Pieter\t–\tWesteinde" as one span; so
            # does a gap of columns set with spaces (two signatures side by side).
            for i in range(1, len(words)):
                if CELL_BREAK.search(text, words[i - 1].end, words[i].start) or _COLUMN_GAP.search(
                        text, words[i - 1].end, words[i].start):
                    words = words[:i]
                    break
            # A label's colon inside the span: the name is what follows it ("van verhindering: de
            # heren E.A. Sabelsma" is "E.A. Sabelsma", after the title is trimmed below).
            for i in range(len(words) - 1, 0, -1):
                if ":" in text[words[i - 1].end - 1:words[i].start]:
                    words = words[i:]
                    break
            # An office inside the span ends what came before it: "Ontwerp-peilbesluit Beek
            # Heemraad Oudshoorn" is "Oudshoorn"; "Commissaris van de Koning X" is "X".
            for i in range(len(words) - 2, -1, -1):
                key = name_key(words[i].text.rstrip("."))
                if key in OFFICE_WORDS or (key == "koning" and _OFFICE_OF_KING.search(
                        text, max(0, words[i].start - 30), words[i].start)):
                    words = words[i + 1:]
                    break
            # "uit" in small letters inside the span says where the name's bearer comes from: "Gerda
            # Dijkhof uit de Veste" is "Gerda Dijkhof", "Kanterink Infra uit Rosmalen" ends before
            # "uit" (unless what follows is a listed surname with it: "uit den Bogaard").
            for i in range(1, len(words) - 1):
                if words[i].text in ("uit", "vanuit") and not lex.is_surname(
                        " ".join(w.text for w in words[i:])):
                    words = words[:i]
                    break
            # Trim what is no part of a name off the edges ("nieuwe Dordtenaren" -> "Dordtenaren",
            # "u. Wethouder X" -> "X"), but keep a particle that opens a surname ("De Schipper",
            # "van oosterhout") and a name typed in lower case ("gustavo de schipper").
            while words and self._trim_edge(text, words[0], words[1:], stop, leading=True):
                words = words[1:]
            while words and self._trim_edge(text, words[-1], words[:-1], stop, leading=False):
                words = words[:-1]
            if not words or all(lex.is_particle(w.text) for w in words):
                continue
            lower_case = not any(w.text[:1].isupper() for w in words)
            # only a span in lower case needs a title or greeting before it
            cue_before = lower_case and bool(_NAME_CUE_BEFORE.search(text, max(0, words[0].start - 30), words[0].start))
            # (a word's hyphen before "en" is no letter: "van reis- en verblijfskosten")
            if lower_case and not cue_before and not any(self._unknown_word(w.text.strip("-")) for w in words):
                continue  # all lower case and all ordinary words ("van de bomen"): no name typed small
            if lower_case and len(words) > 1 and all(
                    lex.is_particle(w.text) or (lex.is_word(name_key(w.text)) and not lex.is_name(w.text))
                    for w in words) and not lex.is_surname(" ".join(w.text for w in words if w.text != ".")):
                # particles and ordinary words written small, none a listed name, even after a cue
                # ("de eigenaar van de zaak", "Contactpersoon van de organisator"): words, no name
                continue
            if lower_case and not cue_before and cased is None:
                cased = _cased_text(text)
            if lower_case and not cue_before and cased and not any(
                    lex.is_first_name(_bare(w.text)) or lex.is_surname(_bare(w.text)) for w in words):
                # in a text that writes its lines with capitals, words typed small that no name list
                # knows are a scan's damage or a foreign phrase ("geacbte", "refrigeration system")
                continue
            # "3311 AB Dordrecht": the letters of a postcode are no initials of a name.
            if len(words) > 1 and _POSTCODE_LETTERS.fullmatch(words[0].text) and POSTCODE_DIGITS_BEFORE.search(
                text, max(0, words[0].start - 6), words[0].start
            ):
                words = words[1:]
            start, end = words[0].start, words[-1].end
            glued = GLUED_PARTY.match(text, start, end)
            if glued:
                start = glued.end()  # "PvdAM.M.M. Moester": the party column ran into the name's
            extension = _FILE_EXTENSION.search(text, start, end)
            if extension:
                end = extension.start()  # "Raadsvragen Azzouzi en Vos.pdf": a file's name, the name before
            span = text[start:end]
            if sum(ch.isalpha() for ch in span) < 2:
                continue
            if _POSTCODE_BEFORE_TOWN.search(text, max(0, start - 10), start):
                continue  # "8711 AX Workum": the town of an address
            if "---" in span or "___" in span:
                continue  # "-----Original Message-----": a mail's separator line
            if span.isupper() and len(words) >= 2 and self._heading_in_capitals([w.text for w in words]):
                continue  # "PROCES-VERBAAL VAN BEVINDINGEN": a heading in capitals of ordinary words
            if words[0].text.endswith(".") and self._lettered_heading(text, self._tokens(span, start)):
                continue  # "C. Planning 2025-2030" in a run of lettered sections: no initial and surname
            if _POINT_REFERENCE.match(text, start, min(len(text), start + 8)):
                continue  # "Ad b. In het werkplan ...", "Ad 1. Ja.": "regarding point b", no Ad
            if _ends_in_legal_compound(span):
                continue  # "In het Woo-verzoek": a request under a law, no person
            if name_key(span) in lex.places and _WHOLE_CELL_BEFORE.search(text, max(0, start - 2), start) and \
                    _WHOLE_CELL_AFTER.match(text, end):
                continue  # ";5341 HL;Oss;06-...": a cell holding only a listed place is the town column
            if len(words) == 1 and name_key(span) in COMPASS_PARTS:
                continue  # "(Kethel, West)", "(Zuid, Woudhoek)": a part of town; "mevrouw West" has a title
            if (all(name_key(w.text) in _BODY_WORDS or name_key(w.text) in ("de", "het") for w in words)
                    and not self._titled(text, start)):
                continue  # "de Raad van de gemeente Oostrand", "het College": the body, not "mevrouw De Raad"
            if all(name_key(w.text) in OFFICE_WORDS or lex.is_particle(w.text) or _office_compound(w.text)
                   or name_key(w.text) in ("de", "het") for w in words):
                continue  # "van de secretaris-generaal", "De Forumvoorzitters": an office, whoever holds it
            if (len(words) == 1 and len(span) >= 5 and lex.is_word(name_key(span)) and not lex.is_first_name(span)
                    and self._in_title_phrase(text, start)):
                continue  # "Onderwijs, Cultuur en Wetenschap", "Bestuur en Burger": a name of words
            if name_key(words[0].text) in _VEHICLE_MAKES and (_VEHICLE_AHEAD.match(text, end) or (
                    len(words) > 1 and not lex.is_name(words[0].text))):
                # "grijze Opel Corsa XF-942-K", "Peugeot 208": a vehicle; a make that is also a
                # name ("Mercedes Kanterink") only before a number, a plate or "kenteken"
                continue
            if (len(words) >= 2 and is_street_word(words[-1].text) and not lex.is_surname(_bare(words[-1].text))
                    and words[0].text[:1].isupper() and not lex.is_particle(words[0].text)
                    and not lex.is_first_name(_bare(words[0].text))
                    and not any(_INITIALS_RE.fullmatch(w.text) for w in words) and not self._titled(text, start)):
                continue  # "Oudezijds Achterburgwal", "Lange Voorhout"-like streets: a place, no person
            if len(words) == 1 and self._lower_case_part(span):
                continue  # "Buddy-to-buddy", "Meta-evaluatie": a compound, no double surname
            if len(words) == 1 and self._document_kind_compound(span):
                continue  # "Forumverslag", "Statenvoorstel": a kind of paper, no name
            if all(name_key(w.text) in _PRODUCTS_AND_EVENTS or lex.is_particle(w.text) or not w.text[:1].isupper()
                   for w in words) and any(name_key(w.text) in _PRODUCTS_AND_EVENTS for w in words):
                continue  # "via WhatsApp of Signal", "tijdens Carnaval": an app or a feast, no person
            if len(words) == 1 and self._topic_after_role(text, start, end, heads_only=True):
                continue  # "de portefeuille Water": a topic, no name
            if german and any(w.text[:1].islower() and not lex.is_particle(w.text) for w in words) and not any(
                    lex.is_name(w.text.strip(".,")) for w in words if w.text[:1].isupper()) and not any(
                    _INITIALS_RE.fullmatch(w.text) for w in words) and not self._titled(text, start):
                # German capitalises every noun: a span of capitalised nouns with German words between
                # ("Parkchaos an Samstagen", "das Designer Outlet") is a phrase, unless a listed name,
                # initials or a title ("Herr", "Frau") go with it
                continue
            if name_key(span) in _ROYAL_HOUSES or _MAJESTY_BEFORE.search(text, max(0, start - 20), start):
                continue  # "de Orde van Oranje-Nassau", "Zijne Majesteit de Koning": no private person
            if self._only_ordinary_words(words) and not self._titled(text, start):
                continue  # "Toegang Beschermd Wonen", "Concernondersteuning Advies": words, no listed name
            if self._acronym_and_words(words):
                continue  # "SHM Huisvesting", "IVN Tiel": an organisation's acronym with ordinary words or a town
            if " ".join(name_key(w.text) for w in words) in _PLACEHOLDER_NAMES:
                continue  # "Jan Modaal": a stock name for the average earner, no person
            if any(self._place_adjective(w.text) for w in words):
                continue  # "de Tilburgse Kermis", "Maastrichtse Museumnacht": named after a town, no person
            if len(words) == 1 and not lower_case and self._is_organisation_compound(span):
                continue  # "Restitutiecommissie", "Natuurplanbureau": an institution's own name
            if all(name_key(w.text.strip(".,!?")) in _GREETING_WORDS and not lex.is_first_name(w.text.strip(".,!?"))
                   for w in words):
                continue  # "Top.", "Welkom!", "Dzień dobry": a greeting or an interjection alone
            if (" " not in span and _COLON_AHEAD.match(text, end) and not lex.is_name(span)
                    and (lex.is_word(name_key(span)) or (len(span) >= 12 and lex.is_compound(name_key(span))))):
                continue  # "Corsaregistratienummer: 10.49", "Wijkregisseur : De ...": a field's label
            field = _SHORT_FIELD_VALUE_AHEAD.match(text, end) if " " not in span else None
            if (field is not None and lex.is_word(name_key(span)) and not lex.is_first_name(span)
                    and _LINE_START_BEFORE.search(text, max(0, start - 40), start)
                    and not any(lex.is_word(w) for w in (field.group("value") or "").split())):
                # "Maat: px", "Zaal: 2b" at a line's start: a word that is a surname too, as a form's
                # label with a unit or a number; not "Visser: ja", a speaker's word
                continue
            if len(words) == 1 and not lex.is_name(span) and _ARTICLE_REFERENCE_AHEAD.match(text, end):
                continue  # "2.2 Begripsbepalingen (artikel 2.1 Woo)": a section on an article, no person
            if self._determiner_before_its_noun(text, start, end):
                continue  # "Elke inspreker heeft vijf minuten", "Elke keer als ...": a determiner, no name
            if self._ordinary_word_opening_a_message(text, start, end):
                continue  # "Neem ik mee!", "Half. Ik vind ...": a chat message's first word
            if (self._the_monarch(text, start, end) or self._area_or_plan(text, start, end)
                    or _SAINT_OR_ROYAL_OPENING.match(text, start, end)):
                continue  # "bevorderde de Koning haar", "projectleider Van Heekgebied"
            if "-" in span and " " not in span.strip() and not self._titled(text, start) and all(
                    name_key(part) in lex.places for part in span.strip().split("-")):
                continue  # "Zutphen-Deventer", "Oudewater-Woerden": a route or a joint body of two towns
            if _DISTRICT.fullmatch(span) and not self._titled(text, start):
                continue  # "Schalkwijk-Midden", "Zevenhuizen-Oost", "Nijmegen-Noord": a district, no person
            if self._english_phrase(text, start, end):
                continue  # "Many thanks", "Young people", "Global Health": English words on an English line
            if self._frisian_phrase(text, start, end):
                continue  # "Jo kinne my berikke", "Achte kolleezje": Frisian words on a Frisian line
            if self._german_word_on_german_line(text, start, end) or self._english_question(text, start, end):
                continue  # "Sie", "Meine" on a German line; "Will the bus ...", "Can we ..." in English
            if self._part_of_a_date(text, start, end):
                continue  # "14 Jan 2025", "Montag, 3. März 2025": a month or a weekday of a date
            if _HEADER_LABEL.fullmatch(span) and _COLON_AHEAD.match(text, end) and (
                    name_key(span) not in _LABELS_THAT_ARE_NAMES or "@" in text[end:_line_bounds(text, start, end)[1]]):
                continue  # "Gesendet:", "Betreff:", "An: info@...": a mail header's label

            # "de Jan Steenstraat": the street is judged from its first capitalised word on.
            name_start = next((w.start for w in words if w.text[:1].isupper() and not lex.is_particle(w.text)), start)
            if self._is_organisation([w.text for w in words]) or self._in_named_place(text, name_start, end):
                continue
            if self._place_after_preposition(text, start, end):
                continue  # "tussen Zutphen en Deventer", "naar Den Helder": a listed place where places go
            if self._inside_listed_place(text, words[-1].start, words[-1].end):
                # "Braassem" of "Kaag en Braassem", "Mooi Kaag" of "Mooi Kaag en Braassem" (a local
                # party): the span ends inside a municipality's name of several words
                continue
            if len(words) == 1 and span.isupper() and len(span) <= 5 and not lex.is_surname(span):
                continue  # "VVD", "CDA": acronyms of parties and bodies
            # On a German or English line, a word written small inside the span that is no name
            # particle makes it a phrase ("Baum an der Neustraße", "within five working days").
            if any(w.text[:1].islower() and not lex.is_particle(w.text) for w in words[1:]) and (
                    self._german_line(text, start, end) or self._foreign_line(text, start, end, self._english_words)):
                continue
            # A German article written small in the span, not after "von" or "van" ("das Zuschlagen
            # der Türen"; "von der Dijkhof" keeps its particles), on a German line: a phrase.
            if any(w.text in _GERMAN_ARTICLES and (i == 0 or words[i - 1].text not in ("von", "van", "zu"))
                   for i, w in enumerate(words)) and self._german_line(text, start, end):
                continue
            # German capitalises every noun: on a German line the capital says nothing, so only a
            # listed given name or surname, or a form of address before it, makes the span a name.
            if self._german_line(text, start, end) and not any(
                    lex.is_first_name(_bare(w.text)) or lex.is_surname(_bare(w.text)) for w in words) and not (
                    _NAME_CUE_BEFORE.search(text, max(0, start - 30), start)
                    or _OFFICE_BEFORE_NAME.search(text, max(0, start - 30), start)):
                continue
            if len(words) == 1 and not lex.is_name(span):
                line_start, line_end = _line_bounds(text, start, end)
                # the words of its sentence before it, on its line
                before = _SENTENCE_END.split(text[line_start:start])[-1].strip()
                if lower_case and not (cue_before or _PERSON_PREPOSITION_BEFORE.search(text, max(0, start - 20), start)
                                       or not before.strip(">") or before[-1] in ".!?"):
                    # a lone unknown word in lower case ("social") is a name only after "meneer",
                    # "hoi", a preposition that takes a person ("volgens koef"), or opening a line
                    # or sentence ("imazian was erg zenuwachtig")
                    continue
                # A lone unknown word: a heading ("Advies" on its own line) or the name of the
                # organisation whose mail domain is in the document ("Trivire" / @trivire.nl).
                # Alone on its line or as its own fragment ("... Dordrecht. Nede"): a heading or
                # a scrap of layout, not a person the model could know from context.
                fragment = before + span + text[end:line_end].strip()
                if text[line_start:line_end].strip() == span or fragment == span or name_key(span) in domain_labels:
                    continue
                # at the start of a sentence, or of a field after its label ("Onderwerp: Raadsvragen")
                sentence_start = not before or before.endswith(":") or before[-1] in "\t;|"
                if sentence_start and len(span) >= 5 and span.lower() in lex.dutch_words:
                    # "Altijd welkom bij ons ...", "Onderwerp: Werkbezoek": an ordinary word
                    # capitalised by its position. Short words stay: the word list also holds short
                    # given names ("Ebo", "Ida"); so do compounds the list lacks, which may be names
                    # that happen to split into Dutch words.
                    continue
                if span in _WEEKDAY_ABBREVIATIONS and _DATE_AHEAD.match(text, end):
                    continue  # "Tue, 27 May 2025": the weekday of an English date header
                if _DEMONYM.search(span):
                    continue  # "Dordtenaren", "Syriërs": inhabitants, not a person
                if self._of_a_place(span) or name_key(span) in NATIONALITIES:
                    continue  # "Japanse", "Zutphense", "Groningers", "Noorse": of a place, or its people
                if _PLACE_ENDING.search(span) and not span[:1].islower():
                    continue  # "Waalfront", "Soesterkwartier", "Heekgebied": a district or a plan
                if (not lower_case and len(span) >= 5 and span.lower() in lex.dutch_words
                        and self._phrase_goes_on(text, end)):
                    # "aandachtsfunctionaris Huiselijk geweld": an ordinary word opening a phrase
                    # written with a capital, no name the lists know ("Groen zegt" is one); short
                    # words stay, as above ("Ebo")
                    continue
                if _CAMEL_CASE.search(span):
                    continue  # "SamenWerkplein", "BuurtWerk": programme and brand names
                if name_key(_bare(span)) in lex.places:
                    continue  # "Beter voor Dordt": a listed place (and no listed name) is no person
                if AFTER_POSTCODE.search(text, line_start, start):
                    continue  # "3311 AB  Dordrecht": the word after a postcode is the town
            pieces = self._phrase_pieces(ent, words)
            if pieces is not None:
                # a phrase the filters above let through as a whole: each part of a name in it is
                # judged again on its own (see _phrase_pieces), later in this loop
                work.extend(pieces)
                continue
            end = _initials_after_surname(text, start, self._across_line_break(text, end))
            out.append(self._result(self._after_greeting(text, self._name_start(text, start), end), end, ent.score,
                                    "ner"))
        return out

    def _phrase_pieces(self, ent: NerSpan, words: list[NerWord]) -> list[NerSpan] | None:
        """The parts of a model's span, trimmed to ``words``, split at a word written small that no
        name holds: an ordinary Dutch or English word that is no name particle, no title and no
        listed name ("Heuvel van bouwgrond", "van de vergadering van de Raad", "Jan en Piet
        Kanterink"). A name's own words are capitalised but for its particles, so such a word says
        the span runs on into a phrase. None when there is no such word, or the span is typed all
        in lower case ("gustavo de schipper": no capitals to tell name from phrase). Only a part
        that holds something of a name goes on: initials opening it, a listed name, or a
        capitalised word no word list holds ("Jan", "Piet Kanterink", "Kanterink en Sabelsma");
        a part of ordinary words alone is the phrase's own ("Heuvel" is a listed surname too and
        goes on; "Rijkssubsidiekader X" does not)."""
        if not any(w.text[:1].isupper() for w in words):
            return None
        pieces: list[list[NerWord]] = [[]]
        for word in words:
            if self._phrase_word(word.text):
                pieces.append([])
            else:
                pieces[-1].append(word)
        if len(pieces) == 1:
            return None
        # (initials open a name: a capital after a word is no initial, "Rijkssubsidiekader X")
        return [NerSpan(ent.label, piece[0].start, piece[-1].end, tuple(piece), ent.score) for piece in pieces
                if piece and (_INITIALS_RE.fullmatch(piece[0].text) or any(
                    self._name_like_part(w.text) for w in piece))]

    def _name_like_part(self, word: str) -> bool:
        """A listed name, or a capitalised word no word list holds (see _phrase_pieces)."""
        lex, bare = self.lexicons, _bare(word)
        # (a listed surname that is a word too stays: "De agent heette Koster"; a long compound of
        # words no list holds does not: "Rijkssubsidiekader". The compound test splits short
        # surnames too, "Kanterink" as "kant-er-ink", so only long words.)
        return bool(lex.is_name(bare) or (
            len(bare) >= 2 and word[:1].isupper() and not lex.is_particle(bare) and not lex.is_word(bare)
            and not self._is_organisation_word(bare)
            and not (len(bare) >= 12 and lex.is_compound(name_key(bare)))))

    def _phrase_word(self, word: str) -> bool:
        """A word written small that is an ordinary word and no part of a name (see _phrase_pieces)."""
        lex = self.lexicons
        key = name_key(word)
        # (a title or an office is trimmed off the name's edge later: "de heren E.A. X")
        return (len(word) >= 2 and word[:1].islower() and word.isalpha() and not lex.is_particle(word)
                and key not in _TITLE_KEYS and key not in OFFICE_WORDS and key not in SALUTATION_NOUNS
                and not lex.is_name(word) and (lex.is_word(word) or key in self._english_words))

    def _only_ordinary_words(self, words: list[NerWord]) -> bool:
        """Two capitalised words or more, each an ordinary Dutch word and none a listed name: a
        heading, a team's or a service's name ("Toegang Beschermd Wonen"), no person's."""
        lex = self.lexicons
        caps = [w.text for w in words if w.text[:1].isupper()]
        return len(caps) >= 2 and all(lex.is_word(w) and not lex.is_name(w) for w in caps) and all(
            w.text[:1].isupper() or lex.is_particle(w.text) or lex.is_word(w.text) for w in words)

    def _acronym_and_words(self, words: list[NerWord]) -> bool:
        """An acronym of three capitals or more beside only ordinary words or towns, none a listed
        name: an organisation's name ("SHM Huisvesting", "IVN Tiel"), not initials written without
        full stops ("JPM Kanterink": the surname is no word)."""
        lex = self.lexicons
        acronyms = [w for w in words if _ACRONYM.fullmatch(w.text)]
        return bool(acronyms) and len(acronyms) < len(words) and all(
            w in acronyms or ((lex.is_word(w.text) or name_key(w.text) in lex.places) and not lex.is_name(w.text))
            for w in words)

    def _place_adjective(self, word: str) -> bool:
        """A listed town's adjective ("Tilburgse", "Maastrichtse", "Groningse" of Groningen) that no
        name list knows: what it heads is named after the town."""
        key = name_key(word)
        if len(key) < 6 or not key.endswith("se") or self.lexicons.is_name(word):
            return False
        stem = key[:-2]
        return stem in self.lexicons.places or f"{stem}en" in self.lexicons.places

    def _lower_case_part(self, word: str) -> bool:
        """A hyphenated word with a later part in small letters that is no particle and no listed
        given name: a compound ("Meta-evaluatie", "Buddy-to-buddy"). A double surname capitalises
        its parts ("Sabelsma-Kanterink") or joins them with a particle ("Ruijgh-van der Ploeg");
        a double given name typed carelessly keeps a listed name ("Anne-marie")."""
        parts = word.split("-")
        lex = self.lexicons
        return len(parts) > 1 and any(
            p[:1].islower() and not lex.is_particle(p) and not lex.is_first_name(p) for p in parts[1:] if p)

    def _name_start(self, text: str, start: int) -> int:
        """Where a model span that begins with its surname's core really begins, when lower-case
        particles stand before it: at the particles after a form of address ("mevrouw van
        Leeuwen", as ``_particles_after_title``), or at a given name before them. The model may
        read only "Dijkhuis" of "Armijn van Dijkhuis" when the given name is rare, which would
        leave the given name and the particles readable (a leak). A capitalised word right before
        the particles that is a listed given name, or no ordinary word, place, title, office or
        organisation word, is that given name ("Stichting van Dam", "Huis van Dijk" and
        "Wethouder van Dam" are no given names)."""
        particles = _PARTICLES_BEFORE.search(text, max(0, start - 24), start)
        if particles is None:
            # The span may open with the particles itself ("van Roon" of "Armijn van Roon": the
            # model reads a listed surname's particle into the span, and not the rare given name)
            particles = _OWN_PARTICLES.match(text, start)
            if particles is None:
                return start
        if _HONORIFIC_BEFORE.search(text, max(0, particles.start() - 12), particles.start()):
            return particles.start()
        if _NOT_SURNAME_PARTICLES.match(particles.group()):
            return start
        given = _GIVEN_NAME_BEFORE.search(text, max(0, particles.start() - 30), particles.start())
        if given is None:
            return start
        word = given.group("word")
        key = name_key(word)
        lex = self.lexicons
        if key in _TITLE_KEYS or key in OFFICE_WORDS or key in NOT_A_NAME or self._is_organisation_word(word):
            return start
        listed = all(lex.is_first_name(part) and not lex.is_common(part) for part in word.split("-"))
        # an unknown word with a hyphen is rather a compound ("Woo-verzoek van Tilburg")
        if listed or ("-" not in word and self._unknown_surname(word) and not lex.is_word(key)):
            return given.start("word")
        return start


    def _of_a_place(self, word: str) -> bool:
        """An adjective or inhabitants' name of a listed place: "Japanse" (Japan), "Canadese"
        (Canada), "Amerikaanse" (Amerika), "Zutphense" (Zutphen), "Groningers" (Groningen)."""
        if len(word) < 6 or not word[:1].isupper():
            return False
        bases: list[str] = []
        if word.endswith("se"):
            bases += [word[:-2], word[:-3] + "a", word[:-4] + "a", word[:-4]]
        elif word.endswith("sche"):
            bases.append(word[:-4])
        elif word.endswith(("ers", "er")):
            stem = word[:-3] if word.endswith("ers") else word[:-2]
            bases += [stem + "en", stem, stem[:-1]]
        places = self.lexicons.places
        return any(len(base) >= 3 and name_key(base) in places for base in bases)

    def _inside_listed_place(self, text: str, start: int, end: int) -> bool:
        return inside_listed_place(text, start, end, self.lexicons)

    def _person_of_organisation(self, ent: NerSpan) -> NerWord | None:
        """The person in a model organisation "Juultje van Vluchtelingenwerk": one capitalised word
        before "van"/"bij" and the organisation, that is no organisation word, ordinary word, place
        or title ("Raad van State", "Hof van Twente", "Bank van Lening" stay organisations)."""
        words = [w for w in ent.words if not w.is_punct]
        if len(words) < 3 or words[1].text not in ("van", "bij") or not words[2].text[:1].isupper():
            return None
        first = words[0]
        key = name_key(_bare(first.text))
        lex = self.lexicons
        if not first.text[:1].isupper() or len(key) < 2 or self._is_organisation_word(first.text):
            return None
        if key in lex.places or key in _TITLE_KEYS or key in NOT_A_NAME:
            return None
        if lex.is_word(key) and not lex.is_name(first.text):
            return None
        return first

    def _phrase_goes_on(self, text: str, end: int) -> bool:
        """Whether an ordinary lower-case Dutch word, no function word ("niet", "is"), follows
        ``end`` on the same line: the rest of a phrase ("Huiselijk geweld")."""
        match = _NEXT_WORD.match(text, end)
        return (match is not None and match.group(1) in self.lexicons.dutch_words
                and match.group(1) not in STOPWORDS_AFTER_TITLE)

    def _trim_edge(
        self, text: str, word: NerWord, inner: list[NerWord], stop: frozenset[str], *, leading: bool
    ) -> bool:
        """Whether ``word``, at the start (``leading``) or end of a model span, is no part of the name.

        ``inner`` are the span's other words, in text order. Recall first: a lower-case word the
        model put in a name stays unless it is an ordinary Dutch word, and then only when no
        particle stands before it ("de schipper", "van dijk" are surnames).
        """
        form = word.text
        if word.is_punct or _NO_NAME_CHARACTER.search(form):
            return True  # "mailto:raadsgriffie@...", "06-1234": addresses and numbers are no names
        lex = self.lexicons
        if lex.is_particle(form):
            # A particle opens a surname when a name word follows: capitalised before a surname
            # alone ("Van den Boogaard"), or in a name typed all in lower case ("van oosterhout").
            # Not so at the end, before a title only ("De heer"), or a lower-case particle before a
            # capitalised word ("op Insula College": after a first name it would be "Jan op Insula").
            if not leading:
                return True
            if form == "Het" and not _PARTICLE_JUST_BEFORE.search(text, max(0, word.start - 6), word.start):
                return True  # "Het Zand", "Het Rietje": an article opening a place's or a thing's name
            following = next((w for w in inner if not lex.is_particle(w.text)), None)
            if following is None or name_key(following.text.rstrip(".")) in stop:
                return True
            if form[:1].isupper() and _sentence_start(text, word.start) and lex.is_first_name(following.text):
                return True  # "Van Ahmed kregen wij een brief": a capital by position, then a given name
            if form[:1].isupper() or not following.text[:1].isupper():
                return False
            # A lower-case particle before a capitalised word: "den heer de Morny", "von Bismarck"
            # open a surname; "op Insula College" and "te Dordrecht" are prepositions, and "van"
            # only when the list knows the surname with it ("van Sprang", not "van Gemeente").
            key = name_key(form)
            if key in PREPOSITIONS:
                return True
            if key == "van":
                group = [form] + [w.text for w in inner[: inner.index(following)]]
                return not lex.is_surname(" ".join([*group, _bare(following.text)]))
            return False
        if name_key(form.rstrip(".")) in stop:
            return True
        if (leading and form[:1].isupper() and inner and lex.is_word(name_key(form)) and not lex.is_name(form)
                and not _SAINT_OR_ROYAL_WORD.fullmatch(form) and name_key(form) not in _HONOURED_FIGURES
                and lex.is_first_name(_bare(inner[0].text)) and not lex.is_common(_bare(inner[0].text))):
            # "wethouder Economie en Duurzaamheid Rutger van Kessel": a portfolio's word, then a given name
            return True
        if form[:1].isupper():
            return False
        after_particle = not leading and bool(inner) and lex.is_particle(inner[-1].text)
        return not after_particle and (_bare(form).lower() in lex.dutch_words or lex.is_common(_bare(form)))

    def _lower_case_full_name(self, words: list[str]) -> bool:
        """A listed given name, particles, and a listed surname, all in lower case."""
        lex = self.lexicons
        return (2 <= len(words) <= 5 and all(w.islower() for w in words) and lex.is_first_name(words[0])
                and lex.is_surname(words[-1]) and all(lex.is_particle(w) for w in words[1:-1]))

    def _lower_case_name(self, word: str) -> bool:
        """A word in lower case that is a name: a listed name that is no ordinary word, or a word
        no list knows."""
        lex = self.lexicons
        listed = lex.is_name(word) and not lex.is_common(word)
        return listed or self._unknown_word(word)

    def _unknown_surname(self, word: str) -> bool:
        """A capitalised word after a capitalised particle group ("Van den Verpop", "Van der
        Kolić") that is no place, street, office or organisation word: that group stands before
        a surname. ("Van de Raad", "Van de Wethouder" are an institution and an office.)"""
        key = name_key(_bare(word))
        lex = self.lexicons
        # Dutch surnames are often words or compounds of words ("Verpop", "Hoogenband"): only the
        # words that also head an institution or an office are left out ("Van de Raad").
        return len(key) > 2 and not (
            lex.is_particle(key) or lex.is_common(key) or key in NOT_A_NAME or key in _TITLE_KEYS
            or key in lex.places or is_street_word(word) or self._is_organisation_word(word)
        )

    def _unknown_word(self, word: str) -> bool:
        """Neither a particle nor an ordinary Dutch word: in a lower-case span, the name part."""
        key = name_key(_bare(word).rstrip("."))
        lex = self.lexicons
        return not (
            lex.is_particle(key) or lex.is_word(key) or key in NOT_A_NAME
            or lex.is_compound(key)
        )


@lru_cache(maxsize=4)
def _multiword_places(lexicons: Lexicons) -> dict[str, tuple[str, ...]]:
    """Word -> the listed places of several words that hold it ("braassem" -> "kaag en braassem");
    built once per word lists (a Lexicons is hashed by identity)."""
    by_word: dict[str, list[str]] = {}
    for place in lexicons.places:
        if " " in place:
            for word in set(place.split()):
                by_word.setdefault(word, []).append(place)
    return {word: tuple(places) for word, places in by_word.items()}


def inside_listed_place(text: str, start: int, end: int, lexicons: Lexicons) -> bool:
    """Whether the word ``text[start:end]`` lies inside a listed place name of several words as
    written there ("Braassem" in "Kaag en Braassem", "Abeba" in "Addis Abeba"); for the recognizer's
    spans and for the mentions of a found name alike."""
    places_of_word = _multiword_places(lexicons).get(name_key(text[start:end].strip(".,;:'’")), ())
    for place in places_of_word:
        window_start = max(0, start - len(place))
        raw = text[window_start:end + len(place)]
        window = name_key(raw)
        if len(window) != len(raw):
            continue  # folding changed the length: offsets would not line up
        # Every occurrence of the place in the window, left to right, none overlapping the one
        # before: what finditer on the escaped place gave, without compiling a pattern per place.
        found = window.find(place)
        while found != -1:
            found_end = found + len(place)
            at, found = found, window.find(place, found_end)
            if not (at + window_start <= start and end <= found_end + window_start):
                continue
            # "meneer in 't Veld": after a particle the place's words are a surname
            before = _WORD_BEFORE_BLANKS.search(text[max(0, window_start + at - 12):window_start + at])
            if before is None or not lexicons.is_particle(before.group(1)):
                return True
    return False


def _german_articles_apart(start: int, chain: str) -> Iterator[tuple[int, str]]:
    """In a German text, a chain cut at an article standing on its own and without a German
    preposition opening it ("An den Gemeinderat der Gemeinde Roermond" is "Gemeinderat" and
    "Gemeinde Roermond"): German capitalises every noun, and "den", "der" are no particles there
    unless a particle goes before ("Jan van der Berg", "Ursula von der Leyen")."""
    position = 0
    for article in _GERMAN_ARTICLE.finditer(chain):
        piece = chain[position:article.start()]
        if piece.strip():
            yield start + position, piece
        position = article.end()
    rest = chain[position:]
    lead = _GERMAN_LEAD.match(rest)
    if lead:
        position, rest = position + lead.end(), rest[lead.end():]
    if rest.strip():
        yield start + position, rest


def _parties_apart(text: str, start: int, chain: str) -> Iterator[tuple[int, str]]:
    """A chain of capitalised words cut where a party is glued to a member's initials ("Timmer
    VVDJ Lok" is "Timmer" and "J Lok"): the parts, each with where it starts."""
    position = start
    found = sorted([*((m.start(), m.end(), False) for m in GLUED_PARTY.finditer(text, start, start + len(chain))),
                    *((m.start(), m.end(), True) for m in GLUED_PARTY_AFTER.finditer(text, start, start + len(chain)))])
    for party_start, party_end, after in found:
        if not after and party_start > start and text[party_start - 1].isalpha():
            continue  # inside a word, not at its start
        if party_start < position:
            continue
        piece = text[position:party_start].rstrip()
        if piece:
            yield position, piece
        position = party_end
        while position < start + len(chain) and text[position] == " ":
            position += 1
    piece = text[position:start + len(chain)]
    if piece.strip():
        yield position, piece


GluedParties = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]


# Where GLUED_PARTY and GLUED_PARTY_AFTER (lexicons) can match, found by one cheap character test
# instead of trying their ~40 alternatives at every position of a text (most texts have no glued party at all):
# GLUED_PARTY_AFTER begins at a party's first character right after its small letter; a match of
# GLUED_PARTY ends right before the capital its look-ahead wants, after the party's last character
# (a letter or digit, see _GLUED_PARTY_END).
_ONE_WORD_PARTIES = tuple(p for p in NATIONAL_PARTIES if " " not in p)
_GLUED_PARTY_AFTER_START = regex.compile(
    "[a-zà-ÿ](?=[" + "".join(sorted({regex.escape(p[0]) for p in _ONE_WORD_PARTIES})) + "])")
_GLUED_PARTY_END = regex.compile(r"[0-9A-Za-z](?=[A-Z](?:\.|[ ][A-Z]))")
_PARTIES_BY_LAST_CHAR: dict[str, tuple[str, ...]] = {
    last: tuple(p for p in _ONE_WORD_PARTIES if p[-1] == last) for last in {p[-1] for p in _ONE_WORD_PARTIES}
}


def glued_party_spans(text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in GLUED_PARTY.finditer(text)]``, the pattern tried only where a match can begin."""
    starts: list[int] = []
    for anchor in _GLUED_PARTY_END.finditer(text):
        end = anchor.end()
        # a national party ending here
        starts.extend(end - len(p) for p in _PARTIES_BY_LAST_CHAR.get(text[end - 1], ()) if len(p) <= end)
        # a local party's one word: its capital before the small letters that end here
        start = end - 1
        while start >= 0 and "a" <= text[start] <= "z":
            start -= 1
        if start >= 0:
            starts.append(start)
    return [m.span() for m in finditer_at(GLUED_PARTY, text, starts, timeout=None)]


def glued_party_after_spans(text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in GLUED_PARTY_AFTER.finditer(text)]``, tried only where a match can begin."""
    starts = [m.end() for m in _GLUED_PARTY_AFTER_START.finditer(text)]
    return [m.span() for m in finditer_at(GLUED_PARTY_AFTER, text, starts, timeout=None)]


@lru_cache(maxsize=4)
def glued_parties(text: str) -> GluedParties:
    """The spans of GLUED_PARTY and of GLUED_PARTY_AFTER in ``text``, in order. Both the chains and
    the model's spans of a text need them: two searches through the text once, not twice. (The
    engine reads every chunk of a long document before the model's spans of any: it keeps each
    chunk's answer and hands it to ``ner_results``, as these few texts would be gone by then.)"""
    return tuple(glued_party_spans(text)), tuple(glued_party_after_spans(text))


def _cells_apart(text: str, spans: list[NerSpan], glued: GluedParties | None = None) -> Iterator[NerSpan]:
    """The model's spans with a cell break inside one token ("Hout;Nadia Kanterink", "Ketel;
    Toegekend;AvO" in a CSV row without spaces) split into one span per cell, so each cell is
    judged on its own, as a break between tokens makes it (see ``ner_results``); likewise at a
    party glued to a member's initials (lexicons.GLUED_PARTY) or to the end of a name
    (lexicons.GLUED_PARTY_AFTER)."""
    if not spans:
        return
    before, after = glued if glued is not None else glued_parties(text)
    parties = dict(before)
    # a party glued to the end of a name ("NijhofGL"): where it starts, by the word that holds it
    trailing = {end: start for start, end in after}
    for ent in spans:
        if not any(CELL_BREAK.search(w.text) or w.start in parties or w.end in trailing for w in ent.words):
            yield ent
            continue
        pieces: list[list[NerWord]] = [[]]
        for word in ent.words:
            party_start = trailing.get(word.end)
            if party_start is not None and party_start > word.start:
                # "Koen NijhofGL Ingrid": the name's part before the party ends this member's name
                pieces[-1].append(NerWord(word.start, party_start, text[word.start:party_start], word.is_punct))
                pieces.append([])
                continue
            party_end = parties.get(word.start)
            if party_end is not None:
                # "Sabelsma SPM.J. ten Kanterink PvdAM.M.M. Dijkhof": a flattened table of members,
                # each party glued to the initials after it; a name per member, the party no part
                pieces.append([])
                rest = text[party_end:word.end]
                if rest:
                    pieces[-1].append(NerWord(party_end, word.end, rest, word.is_punct))
                continue
            position = word.start
            for part in CELL_BREAK.split(word.text):
                if part:
                    pieces[-1].append(NerWord(position, position + len(part), part, word.is_punct))
                position += len(part) + 1
                pieces.append([])
            pieces.pop()  # the split after the token's last part is no break
        for piece in pieces:
            if piece:
                yield NerSpan(ent.label, piece[0].start, piece[-1].end, tuple(piece), ent.score)


def _initials_after_surname(text: str, start: int, end: int) -> int:
    """The end of the name at [start, end) with the initials after it when it is a surname written
    first ("Kuijstermans, L. (teamleider)", see _INITIALS_AFTER_SURNAME); else ``end``."""
    if text[end:end + 1] != "," or "," in text[start:end] or _HAS_INITIALS.search(text, start, end):
        return end
    initials = _INITIALS_AFTER_SURNAME.match(text, end)
    return end if initials is None else initials.end()


_OPENING_QUOTES = frozenset({'"', "“", "„", "'", "‘", "("})
_OPENING_QUOTE_CHARACTERS = "".join(sorted(_OPENING_QUOTES))


def _sentences_apart(text: str, spans: Iterable[NerSpan]) -> Iterator[NerSpan]:
    """The model's spans split where a sentence ends inside them ("Het Rozendaal. Gert komt"):
    a full stop after a word of three letters or more (no initial, no title, no dotted
    abbreviation), then a space and a capital. Each part is judged on its own; as one span, a place
    and a given name made a "full name" that hid the given name's other mentions."""
    for ent in spans:
        pieces: list[list[NerWord]] = [[]]
        words = ent.words
        for i, word in enumerate(words):
            following = words[i + 1] if i + 1 < len(words) else None
            # (an opening quote may stand between: 'Rutger van Kessel. "Juist in de ...')
            if following is not None and following.text in _OPENING_QUOTES and i + 2 < len(words):
                following = words[i + 2]
            stem = word.text[:-1] if word.text.endswith(".") and len(word.text) > 1 else None
            previous = words[i - 1].text if stem is None and word.text == "." and i > 0 else stem
            ends_sentence = (
                previous is not None and following is not None and len(previous) >= 3
                and any(ch.islower() for ch in previous) and "." not in previous
                and name_key(previous) not in _ABBREVIATIONS_BEFORE_STOP
                and following.text.lstrip(_OPENING_QUOTE_CHARACTERS)[:1].isupper() and word.end < following.start
                and not text[word.end:following.start].strip(" \t" + _OPENING_QUOTE_CHARACTERS))
            if stem is not None and ends_sentence:
                pieces[-1].append(NerWord(word.start, word.end - 1, stem, word.is_punct))
            elif not (word.text == "." and ends_sentence):
                pieces[-1].append(word)
            if ends_sentence:
                pieces.append([])
        if len(pieces) == 1:
            yield ent
            continue
        for piece in pieces:
            if piece:
                yield NerSpan(ent.label, piece[0].start, piece[-1].end, tuple(piece), ent.score)


def _office_compound(word: str) -> bool:
    """"Forumvoorzitter", "Commissiegriffiers": a compound (or its plural) ending in an office."""
    key = name_key(word)
    return ends_compound(key, _OFFICE_ENDINGS) or (key.endswith("s") and ends_compound(key[:-1], _OFFICE_ENDINGS))


def _sentence_start(text: str, position: int) -> bool:
    """Whether a word at ``position`` opens a line or a sentence (its capital may be positional)."""
    before = text[max(0, position - 40) : position].rstrip(" \t\"'(")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the line (or lines) holding ``text[start:end]``."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end


@lru_cache(maxsize=65_536)
def _bare(word: str) -> str:
    """A word without a possessive ending: "Fatima's" -> "Fatima", "Yonas'" -> "Yonas", "LAATs" -> "LAAT"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and word[:-1].isupper():
        return word[:-1]  # "DE LAATs dossier": a surname in capitals with its genitive s
    return word
