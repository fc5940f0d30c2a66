"""Keep-policy by evidence: what in the document shows that a span is no private person's data.

Each check is a named rule with the examples of its test table (tests/policy/test_evidence.py):

- ``evidence.functional_mailbox``: an e-mail address whose local part carries no person's name or
  initials (role, team, topic, organisation or place words) is a functional mailbox;
- ``evidence.po_box_postcode``: a postcode after "Postbus 123" or "Antwoordnummer 123" belongs to
  the PO box of an organisation, not to a home; ``evidence.po_box``: so does the PO box itself;
- ``evidence.organisation_phone``: a landline marked "(algemeen)", "(receptie)", on a line with a PO
  box or a functional mailbox, a round landline ending in 00 not marked as one's own, or a
  0800/0900 number, is an organisation's general number;
- ``evidence.organisation_account``: a bank account "t.n.v." an organisation ("Stichting ...",
  "Gemeente ...", "VV ..."), or in a register's row whose holder column (else applicant column, or
  kind of applicant) names an organisation, is the organisation's;
- ``evidence.party_affiliation``: a name followed by a political party in brackets ("Jan Smit
  (VVD)", "(voorzitter, CDA)") is a council or States member;
- ``evidence.attendance_list``: a name in the list after "Aanwezig:", "Leden:", "Raadsleden:" (and
  the like) of minutes is a member, unless a private role stands beside it ("(notulist)"); minutes
  whose heading names a body of volunteers first (an advisory council, a district's or village's
  council, a residents' association: "Notulen wijkraad") are no elected body's, whatever else their
  opening says of the council, and their lists name private persons;
- ``evidence.signature_columns``: names on the line under "de secretaris,  de burgemeester," are the
  officials who sign; so is the secretary signing for a college or board ("Burgemeester en
  wethouders van X,\n\nA. Kanterink, secretaris");
- ``evidence.members_list``: in minutes of an elected body, names after "de leden" or "de volgende
  leden:" ("voorgesteld door de leden Van Dam, Brouwer en De Kok") are members; so are names after
  "de wethouders, te weten, de heren ..." (the college's members);
- ``evidence.apologies``: in minutes of an elected body, a name in the sentence that says who is
  absent with notice ("X (PRO) is afwezig met bericht van verhindering", "Afwezig met kennisgeving:
  de heer X en mevrouw Y") is a member: insprekers and guests send no apologies to a meeting;
- ``evidence.member_substitution``: in minutes of an elected body, the member replaced and the one
  replacing ("X is vervangen door Y", "De heer Y vervangt mevrouw X"): only members stand in for
  members;
- ``evidence.member_addressed``: in minutes or a debate of an elected body that mention no outsider
  (no inspreker, resident, civil servant, adviser, guest, appointee), "de heer X" and "mevrouw X"
  in running text are its members;
- ``evidence.party_name``: a party's name in brackets after a member ("(Progressief Woerden)") is no
  person;
- ``evidence.office_column``: a name in a table column whose header names an office ("Raadslid",
  "Portefeuillehouder") is that officeholder;
- ``evidence.place_after_postcode``: a capitalised span right after a postcode on its line, up to the
  line's end or a comma, is the address's town ("8260 GA Kampen"), also where it is a surname too;
- ``evidence.place_after_from``: one capitalised word right after "uit" or "vanuit" ("een glazenier uit
  Schoonhoven"), not a given name, not after "bestaande uit" (a committee's members), where the
  document never gives the word to a person, is where someone or something comes from;
- ``evidence.after_neuter_article``: a capitalised name after "het" that itself follows a preposition
  or "en" ("tussen de rotonde en het Vlietbos", "de bomenkap in het Aambos", "over het Glow-festival")
  names a place, a building or an event: Dutch gives a person "de", never "het" (and "het" after a
  verb is the pronoun: "ik vraag het Baukje"), unless a given name opens it or a name stands before
  the preposition ("Piet in het Veld");
- ``evidence.place_in_series``: one capitalised word in a series of such words (commas, "en", "of",
  "/") beside two listed places that are no names ("(Valkenburg, Meerssen, Gulpen-Wittem)") is a town
  too, towns that are surnames as well among them; one place beside it is not enough ("Kanterink,
  Meerssen": a speaker and his town), nor where the document gives the word to a person;
- ``evidence.english_question``: an English auxiliary before its subject ("Can you", "Will we") or a
  contraction ("Can't") is a verb, no name;
- ``evidence.named_after``: a name completing a facility's name ("Sportpark Pim Mulier", "OBS Jan
  Ligthart", "Stichting Jan Pieters") or opening it ("het Johan van Oldenbarnevelt Gymnasium", "de
  Dr. Aletta Jacobsschool", "de Kees Lievensezaal") names the facility;
- ``evidence.known_firm``: a well-known company named like a person, mentioned bare ("gegund aan
  Heijmans"; word_classes.tsv class "firm"), unless the document gives the name to a person or a
  mobile number follows it ("Contact: Bert Bakker, 06-...");
- ``evidence.place_name``: one word of places.txt mentioned bare ("de begroting van de gemeenteraad van
  Steenbergen", "werksessie vervoer Zeeland"), not a given name, where the document never gives the word to a
  person (form of address, initials, given name), is the place;
- ``evidence.street_name``: one word ending in a street's word after its article ("de Hoefkade", "aan
  de Lingedijk"), not a listed name, is the street;
- ``evidence.location_after_article``: a capitalised name after a preposition of place and the
  article in small letters ("aan de Brink", "op de Lange Delft", "bij de Citadel") is the place: a
  surname's particle stands capitalised without a given name ("aan De Jong");
- ``evidence.word_in_series``: a capitalised word that is an ordinary word as well as a surname,
  joined by "en", "&" or a comma to an ordinary word that is no name ("Groen en water", "Klimaat,
  Groen en Openbare Ruimte"), is that word, unless the document gives it to a person;
- ``evidence.firm_name``: a name followed by a legal form ("Van der Linden B.V.", "Willems & Zn.")
  or after a kind of company too big to be one person's ("de ontwikkelcombinatie X/Van Y",
  "woningcorporatie X") is a company's name (a one-person business without one stays personal
  data); where it stands bare elsewhere it names the firm again (``evidence.organisation_mention``,
  redaction/mentions.py);
- ``evidence.council_paper``: a name as a council paper's author ("Raadsvragen Azzouzi en Vos",
  "de motie Kanterink c.s.", "het amendement van mevrouw Dijkhof") is a member's;
- ``evidence.speaker_index``: the speakers in the index of a recorded council meeting ("00:13:35 -
  00:15:08 - Name") are its members, unless the document names them as insprekers;
- ``evidence.fraction_chat``: the speakers of a party group's own chat ("] Fractie Breda Vooruit: X
  heeft je toegevoegd") are its members, except who names a staff role of their own ("Ik ben
  fractiemedewerker");
- ``evidence.mailbox_display_name``: the display name of a mailbox made of ordinary words, places
  and organisation words ("Afvalbeheer Tilburg <afvalbeheer@...>", "Red de Bomen Weizigt
  <reddebomenweizigt@...>") names a team or a group, not a person; its address is functional;
- ``evidence.organisation_office``: an address right after a public building or an organisation
  ("stadhuis, Markt 1", "Gemeente Tilburg | Stadhuisplein 130", "Bezoekadres: ...") is an office,
  and so are the postcode and the landline that follow it; so is the address of a block that an
  organisation heads ("Stichting Speeltuin De Kreek\nt.a.v. de heer ...\nLindelaan 4", a law firm's
  letterhead) and the address in a register's row whose sender or applicant is an organisation;
- ``evidence.members_list`` (also): a name alone on a list's line under a heading that names an office
  in the plural ("De Forumgriffiers", "Raadsleden"), as a council's page on its make-up lists them;
- ``evidence.attendance_list`` (also): a PDF's two-column attendance block flattened into one run,
  labels first and values parted by colons, gives each name its column's label;
- ``evidence.animal_name``: a name in quotes right after an animal ("een labrador met de naam
  "Bakker"", "hond "Bas""), or a breed named like a person after an article ("een Jack Russell"),
  is an animal's, no person's;
- ``evidence.topic_mailbox_phone`` (decided over the whole document in ``rules.py``): a landline
  beside a functional mailbox on a line that names no one ("Vragen: team Parkeren, parkeren@...,
  0570 ...") is the team's or the desk's number;
- ``evidence.acronym``: an acronym spelt out in brackets beside it in ordinary words or places ("Zio
  (Zorg in Ontwikkeling)") names an organisation, and names it again where it stands bare;
- ``evidence.rsin``: a number labelled RSIN or fiscaal nummer is a legal person's;
- from the span and its neighbours alone (``Evidence.no_person_here``): ``evidence.role_code`` (a
  role's code in square brackets before a speaker, "[OvD-BZ] Ellen X:"), ``evidence.mail_boilerplate``
  ("Forwarded message"), ``evidence.product_name`` ("de app Fixi"), ``evidence.quoted_title`` (a name
  in quotes after a noun for a programme, project or building) and ``evidence.place_after_address``
  ("Kornoeljeplein 1 te Vries").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

import regex

from redaction.lexicons import (
    GLUED_LOCAL_PARTY,
    GLUED_PARTY_AFTER,
    HISTORICAL_PARTIES,
    NATIONAL_PARTIES,
    PARTY_KEYS,
    Lexicons,
    ends_compound,
    name_key,
)
from redaction.person.features import words_of_class
from redaction.recognizers.address import is_street_word
from redaction.recognizers.base import fold_case
from redaction.recognizers.person import (
    AFTER_POSTCODE,
    FACILITY_KINDS_AFTER_NAME,
    FORM_OF_ADDRESS_BEFORE,
    INITIALS,
    ONE_PERSON_FIRM,
    ONE_PERSON_FIRM_WORD,
    PERSON_MARK_BEFORE,
    POSTCODE_DIGITS_BEFORE,
)
from redaction.recognizers.table_cells import Cell, table_rows  # one parse, shared with the recognizers

_LOCAL_PARTY_WORD = (
    r"(?:Lokaal|Lokale|Belang|Belangen|Burgerbelangen|Gemeentebelangen|Dorpsbelangen|Leefbaar|Stadspartij"
    r"|Partij|Samen|Onafhankelijk|Onafhankelijke|Progressief|Progressieve|Dorpenpartij|Groenen|Sterk|Fractie"
    r"|Liberalen|Democraten|Gemeentebelang|Ouderenpartij|Eerlijk|Beweging|Verenigd|Anders|Nu|Open"
    r"|Beter|Burgerbelang|Inwonersbelangen|GrienLinks|Liberaal|Christen[\p{L}-]*"
    # ("Lijst Van Tilburg", "Helmond Aktief", "Wakker Emmen", "Breda Vooruit")
    r"|Lijst|Actief|Aktief|Wakker|Vooruit)"
)
# Longest first, so "GroenLinks-PvdA" is tried before "GroenLinks".
_NATIONAL_PARTY = "|".join(re.escape(p) for p in sorted(NATIONAL_PARTIES + HISTORICAL_PARTIES, key=len, reverse=True))
_PARTY = (
    # (a national party's local branch: "PvdA Alkmaar", "VVD Zwolle")
    r"(?:" + _NATIONAL_PARTY + r")(?![\w-])(?:[ ]\p{Lu}\p{Ll}[\p{L}'’-]+(?=\)))?"
    # ("Partij voor Almere", "Leefbaar de Ronde Venen": small joining words inside)
    r"|(?:[\p{Lu}][\p{L}'-]*\s+){0,3}" + _LOCAL_PARTY_WORD
    + r"(?:\s+(?:(?:voor|van|de|het|en)\s+)?[\p{Lu}][\p{L}'-]*){0,3}"
    # ("Leefbaar 3B": a place's short name with a digit; "Gewoon Lokaal!" with its exclamation mark)
    + r"(?:\s+\d\p{Lu}{1,3})?!?"
)
# A member's role beside the party: after a comma before the brackets ("Sjoukje X, statenlid (FNP)")
# or inside them ("(burgerlid VVD)").
_MEMBER_ROLES = (r"raadslid|statenlid|fractievoorzitter|commissielid|burgerlid|fractielid|duoraadslid"
                 r"|steunfractielid|woordvoerder")
# ... inside the brackets, also a guest's or a spokesman's: "(gast CDA)", "(namens D66)".
_ROLE_BEFORE_PARTY = r"(?:gast|lid|namens|" + _MEMBER_ROLES + r")[ \t]+"
# An attendance list's note after the party: "(CDA, ag 3,4,5)", "(VVD, vanaf 20.15 uur)".
_ATTENDANCE_NOTE = (r"(?:[,;][ \t]*(?:ag|agendapunt|agendapunten|punt|punten|vanaf|tot|na|t/m|tm|alleen|behalve)"
                    r"(?![\p{L}])[^()\n]{0,30})?")
# Patterns used with .match(text, pos) carry no "^": .match anchors at pos, "^" only at 0.
# "(VVD)", "(voorzitter, VVD)", "(fractie CDA)", "(Samen Vlissingen)", also after a comma.
_PARTY_AFTER = regex.compile(
    # (the party's abbreviation may follow it: "(Partij voor Almere, PvA)")
    # (a member's role may stand between: "Sjoukje Kanterink, voorzitter (FNP)")
    r"[ \t]*(?:,[ \t]*(?i:voorzitter|vicevoorzitter|commissievoorzitter|" + _MEMBER_ROLES + r")[ \t]*)?"
    r"(?:\((?:[^()\n]{0,30}?[,;/]\s*|fractie\s+|" + _ROLE_BEFORE_PARTY + r")?(?P<party>" + _PARTY
    + r")\s*(?:,\s*\p{Lu}[\p{L}\d]{1,6}\s*)?" + _ATTENDANCE_NOTE + r"\)"
    r"|,[ \t]*(?:fractie\s+)?(?P<party2>" + _NATIONAL_PARTY + r")(?![\w-])"
    # ("(fractie Hart voor Den Haag)": "fractie" says it is a party, whatever its name)
    r"|\((?i:fractie)\s+(?P<party3>\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|voor|van|de|het|en|\d\p{Lu}{1,3})){0,5})\))",
)
_PARTY_WHOLE = regex.compile(_PARTY)
# In minutes, the party in words after the name: "de heer Brouwersma namens de SGP", "mevrouw Kuipersma
# namens de SP-fractie", "de heer Veldkamper van ChristenUnie", "de heer Van Oosterzee van de fractie VVD".
# National parties only: "van Burgerbelangen" could be a club's name as well.
_PARTY_IN_WORDS = regex.compile(
    r"[ \t]+(?:namens|van)[ \t]+(?:de[ \t]+|het[ \t]+)?(?:fractie[ \t]+(?:van[ \t]+(?:de[ \t]+|het[ \t]+)?)?)?"
    r"(?P<party>" + _NATIONAL_PARTY + r")(?:-fractie)?(?![\w-])"
)
# "namens Swollwacht", "fractie Venlokaal", "de Venlokaal-fractie": a party as minutes name it.
_PARTY_NAMED = regex.compile(
    r"(?:(?<![\p{L}])(?:namens|fractie|fractievoorzitter)[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?"
    r"(?P<party>\p{Lu}[\p{L}\d'’-]+(?:[ \t]\p{Lu}[\p{L}\d'’-]+)?)(?=[ \t]*[\p{Lu}(),:;\n]|$))")
# A form of address opening a member's name in minutes ("de heer", "mevrouw", "mw.").
_FORM_OF_ADDRESS = r"(?:de[ \t]+heer|mevrouw|mevr\.|mw\.|dhr\.)"
# A capitalised word or two in brackets right after a name: "(Venlokaal)", "(Heerlen Beter)".
# Two members named with one party after the second: "de heer Heil en de heer Van Veller van de
# fractie VVD", "mevrouw Kok en de heer De Wit (CDA)". Only with a form of address before the second
# name, so "Jansen en Zonen" or "Bakker en Van Dijk Advocaten" never carry a party over.
_AND_NEXT_MEMBER = regex.compile(
    rf"[ \t]+en[ \t]+{_FORM_OF_ADDRESS}[ \t]+"
    r"(?:(?:\p{Lu}\.)+[ \t]*)?(?:(?:van|de|der|den|ter|ten|te|in|op|het|'t)[ \t]+|\p{Lu}[\p{L}'’]+[ \t]+){0,3}"
    r"\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)*"
)
# ... or with no form of address when "fractie" opens the bracket after the second name ("Indieners:
# Lotte Kanterink en Hakim Aït Sabel (fractie Hart voor Den Haag)"): that word leaves no firm's reading.
_AND_NEXT_NAME_BEFORE_FRACTIE = regex.compile(
    r"[ \t]+en[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|van|de|der|den|ter|ten|te|in|op|het|'t)){0,4}"
    r"(?=[ \t]*\((?i:fractie)\s)"
)
# A capitalised word, then a short label in brackets: "Alette Kanterink (DLP)", "Erik Dijkhof (CDA)".
_NAME_THEN_BRACKET = regex.compile(r"\p{Lu}[\p{Ll}'’-]+[ \t]*\((?:" + _ROLE_BEFORE_PARTY
                                   + r")?(?P<label>[^(),;\n]{1,25}?)[ \t]*(?:[,;][^()\n]{0,30})?\)")
# A water board's words: the body, its chair, its members.
_WATER_BOARD_WORDS = regex.compile(r"(?i)waterschap|hoogheemraadschap|wetterskip|dijkgraaf|heemraad|hoofdingeland")
# The category a member of a water board's general board holds a reserved seat for, in brackets after
# the name: "(ongebouwd)", "(bedrijfsgebouwd)", "(Natuur, tot 21.00 uur)", "(agrarisch)".
_WATER_BOARD_SEAT_AFTER = regex.compile(
    r"[ \t]*\((?i:(ongebouwd|bedrijfsgebouwd|natuur|natuurterreinen|agrarisch|bedrijven|landbouw))"
    + _ATTENDANCE_NOTE + r"\)")
# A list's label opening a line or an item: "- overigen:", "Afwezig mkg:", "Leden:" (no speaker's
# "zei:" inside a sentence, no time "20:15").
_LIST_LABEL = regex.compile(r"(?m)(?:^|[-•–])[ \t]*\p{L}[\p{L}. ]{0,30}:(?=[ \t\n])")
# An acronym as a local party writes its name: "DLP", "VOCH", "DS97".
_ACRONYM_LABEL = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,5}")
_ACRONYM_AFTER = regex.compile(r"[ \t]*\((?:" + _ROLE_BEFORE_PARTY + r")?(\p{Lu}[\p{Lu}\d]{1,5})[ \t]*"
                               + _ATTENDANCE_NOTE + r"\)")
_BRACKETED_AFTER = regex.compile(r"[ \t]*\((\p{Lu}[\p{L}\d'’-]+(?:[ \t]\p{Lu}[\p{L}\d'’-]+)?)\)")
# The first numbered agenda item of minutes ("1. Opening"): the attendance list stands before it.
_FIRST_AGENDA_ITEM = regex.compile(r"(?m)^[ \t]*1[.)]?[ \t]+\p{Lu}")
# Between a party and the name after "namens": nothing, or other names of that party with commas.
_NAMES_BEFORE = regex.compile(r"[ \t\n]*(?:(?:\p{Lu}\.?[ ]?)*\p{Lu}[\p{L}'’ -]*,[ \t\n]*){0,4}")
# Endings that make a word an organisation's ("Buurtvereniging", "Wijkraad"): no party.
_ORG_ENDINGS = ("vereniging", "stichting", "raad", "comite", "comité", "collectief", "platform", "bond", "groep",
                "school", "kerk", "bedrijf", "centrum", "huis", "fonds", "overleg", "werk")
# A label inside a list: "Hensbroek:", "adjunct-directeur :".
_INNER_LABEL = regex.compile(r"(?P<label>[\p{L}][\p{L}.'-]*)[ \t]*:")
# A party glued to the initials before a name, a flattened table of members ("PvdAM.M.M. Moester",
# "VVDJ Lok"): the party column ran into the name column (lexicons.GLUED_PARTY).
_GLUED_PARTY_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<party>" + _NATIONAL_PARTY + "|" + GLUED_LOCAL_PARTY + r")(?:\p{Lu}\.?[ ]?)*$")
# The words of an acronym in brackets right after it: "Zio (Zorg in Ontwikkeling)".
_EXPANSION_AFTER = regex.compile(r"[ \t]*\((?P<words>\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){1,7})\)")
# "het lid Wolterbeek", "Vragen van het lid Brouwersma": how minutes of a representative body name a member.
# A chat's system line under the group's name when it is a fraction's: "] Fractie Breda Vooruit 🟠: X heeft
# je toegevoegd", "Fractie PvdA Oss: X heeft deze groep gemaakt"
_FRACTION_GROUP = regex.compile(
    r"(?m)(?:^|\]|-)[ \t]*(?P<group>[Ff]ractie[ \t]+\p{Lu}[^\n:]{0,40}?)[ \t]*:[ \t]*[^\n]{2,60}?[ \t]+heeft[ \t]+"
    r"(?:je|jou|u|deze[ \t]+groep|de[ \t]+groep)\b")
# Where a chat line's speaker begins: after the timestamp's bracket ("[17-09-2025 20:14:30] ") or dash
# ("12-03-26 19:12 - ")
_CHAT_SPEAKER_START = r"(?:\][ \t]*|\d{1,2}:\d{2}[ \t]+-[ \t]+)"
_CHAT_SPEAKER_BEFORE = regex.compile(_CHAT_SPEAKER_START + r"\Z")
# A speaker who names a staff role of their own: "Jasper X: Jazeker. Ik ben fractiemedewerker"
_SPEAKER_SAYS_STAFF = regex.compile(
    r"(?m)" + _CHAT_SPEAKER_START + r"(?P<name>[^\n:\]]{2,40}?):[^\n]{0,80}?\b[Ii]k[ \t]+ben[ \t]+"
    r"(?:de[ \t]+|hier[ \t]+)?(?:fractie(?:medewerker|assistent|ondersteuner|secretaris)|steunfractielid|"
    r"medewerker|stagiair|vrijwilliger|burgerlid)\b")
# A speaker's verb, then the party group spoken for, in one sentence after the name: "deelt mede dat
# de fractie van de PvdA", "zegt namens zijn fractie", "merkt namens de CDA-fractie op".
# (own fraction only: "zijn/haar fractie", "namens de fractie", and "deelt mede dat de fractie" as a
# member reports; "zegt dat de fractie van de VVD ..." may be an inspreker speaking about it)
_SPEAKS_FOR_FRACTION = regex.compile(
    r"(?i)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:"
    r"(?:deelt|zegt|merkt|vraagt|stelt|geeft|antwoordt|verklaart|meldt|spreekt|wijst|brengt|dient|is)\b[^.;\n]{0,50}?"
    r"\b(?:(?:namens|dat|voor)[ \t]+(?:zijn|haar)|namens[ \t]+de)[ \t]+"
    r"|deelt[ \t]+(?:namens[ \t]+\S+[ \t]+)?mede[ \t]+dat[ \t]+de[ \t]+)"
    r"(?:[\p{L}.-]+-)?fractie\b")
_MEMBER_BEFORE = regex.compile(r"(?i)(?<![\p{L}])het[ \t]+lid[ \t]+$")
# Capitalised facility words that a person's name completes as the facility's own name.
_FACILITY_WORDS = (
    r"Sportpark|Sporthal|Sportcomplex|Stadion|Zwembad|Park|Plantsoen|Brug|School|Basisschool|OBS|CBS|PCBS|"
    r"RKBS|IKC|KDV|BSO|Kindcentrum|Kinderopvang|Zorgcentrum|Woonzorgcentrum|Verpleeghuis|Verzorgingshuis|"
    r"Wijkcentrum|Buurthuis|Dorpshuis|Museum|Theater|Schouwburg|Kazerne|Stichting|Fonds|Prijs|Lyceum|"
    r"College|Gymnasium|Bibliotheek|Hofje|Huize|Villa|Molen|Speeltuin|Speelotheek|Kinderboerderij|"
    r"Sportvereniging|Scouting|Muziekschool|Kerk|Kapel"
)
# ... and capitalised compounds ending in a kind of organisation: "Montessorischool", "Speeltuinvereniging",
# "Betoncentrale", "Bouwbedrijf" (a company named after its founder is no person: the annotation
# guideline keeps it; a one-person "Advocatuur" or "Adviesbureau" is not among these and stays personal).
_FACILITY_COMPOUND = (
    r"\p{Lu}\p{Ll}+(?:school|vereniging|moskee|centrale|bedrijf|bedriuw|bakkerij|combinatie|koor|orkest|club"
    r"|kazerne|fonds|stichting)"
    # ("Bomenbond Rijnland", "Huurdersbond Noord"; "Flexwerk De Groot", "Jongerenwerk Oost")
    r"|\p{Lu}\p{Ll}+bond|\p{Lu}\p{Ll}{3,}werk"
    r"|Moskee|Harmonie|Fanfare|Koor|Orkest|Wijkraad|Dorpsraad|Bedrijf|Combinatie"
)
# ... and shops, cafés, practices and agencies, capitalised or not ("café De Gouden Leeuw", "Bakkerij
# Van Tilburg", "Maatschap Huisartsen De Boer", "Bewindvoering Van Kempen"): a business named after its
# founder, unless its owner is named elsewhere (``_owner_named``: "Bakkerij Aksoy" in a letter from
# Emre Aksoy is his one-person firm). Not the trade itself ("bakker", "fietsenmaker"): "de bakker
# Jan Smit" is a man.
_ESTABLISHMENT_WORDS = (
    "café", "eetcafé", "brasserie", "restaurant", "hotel", "bakkerij", "slagerij", "kapsalon", "snackbar",
    "cafetaria", "maatschap", "huisartsen", "bewindvoering", "uitzendbureau", "koffiebranderij", "brouwerij",
    "apotheek", "drogisterij")
_ESTABLISHMENT = (
    "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ESTABLISHMENT_WORDS)
    # ("Kaashandel Den Hollander", "Huisartsenpraktijk De Bothoven", "vishandel Bakker", "Botenverhuur
    # Tjerk X", "Scheepswerf Van der Y", "Bouwcenter Z", "Zeilmakerij ...")
    + r"|[\p{Lu}\p{Ll}]\p{Ll}{2,}(?:handel|praktijk|verhuur|werf|erij|center)"
)
_FACILITY_WORD = rf"(?:{_FACILITY_WORDS}|{_FACILITY_COMPOUND}|{_ESTABLISHMENT})(?![\p{{L}}])"
_FACILITY_BEFORE = regex.compile(
    # "Stichting Speeltuin Jan Ligthart": a second facility word may stand between; any other word
    # ("Stichting Present Fatima Yilmaz") ends the facility's name, and what follows is a person
    # (the line may break between them: "Woonzorgcentrum\nAnne Flokstra")
    rf"(?<![\p{{L}}])(?P<facility>{_FACILITY_WORD}(?:[ ]+{_FACILITY_WORD})?)(?:[ ]+|[ ]*\n[ ]*)(?:de[ ]+)?$"
)
# A foundation or association, then up to three capitalised words (or titles) before a name inside its name.
_FOUNDATION_CHAIN_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<facility>Stichting|Vereniging|Fonds|Coöperatie)(?:[ ]+\p{Lu}[\p{L}'’.-]*){1,3}[ ]+$")
_NEXT_CAPITALISED = regex.compile(r"[ ]+(\p{Lu}\p{Ll}+)")
_KINSHIP_IN_FOUNDATION = regex.compile(
    r"(?<![\p{L}])(?:Stichting|Vereniging|Fonds)[ ]+(?:Tante|Oom|Ome|Opa|Oma|Pater|Zuster|Broeder|Juf|Meester|"
    r"Moeder|Vader|Dokter)[ ]+$")
# The kind of business as the last word of a name the model read as a person's ("Van der Valk
# Autoverhuur", "Jan de Rijk Logistics", "Koster Witgoed"): no surname ends so.
_BUSINESS_LAST_WORD = regex.compile(
    r"[ ](?P<business>(?=\p{Lu})\p{L}*?(?i:verhuur|handel|logistics|logistiek|security|services|service|"
    r"transport|transporten|installaties|installatietechniek|techniek|supermarkten|supermarkt|tolken|"
    r"consultancy|solutions|groep|group|holding|makelaardij|makelaars|accountants|advocaten|notarissen|"
    r"vastgoed|witgoed|bouwbedrijf|schilders|loodgieters|hoveniers|dakdekkers|uitzendbureau|"
    r"beveiliging|schoonmaak|catering|media|courant|krant|dagblad|fietsen|auto's|autobedrijf|garage|"
    # ("Van Gils Projectontwikkeling", "Van der Meulen Recycling", "Familie Janssen Attracties", "Bakker Mode";
    # not "Bouw": "Smit Bouw" is as often one man's business)
    r"ontwikkeling|projectontwikkeling|recycling|attracties|mode|infra|energie|installatie|"
    r"verhuizingen|evenementen|reclame|drukkerij))$"
)
# What may follow a town in an address: the line's end, a comma, a full stop, a bracket or a separator.
# "uit" or "vanuit" right before a word: where someone comes from ("moeder uit Alphen"); not where it
# lists what a whole consists of ("bestaande uit Boelens, Smit en Noordhof": a committee's members).
_FROM_BEFORE = regex.compile(
    r"(?<![\p{L}])(?<!(?i:bestaande|bestaat|bestond|bestonden|bestaan|opgebouwd|samengesteld)[ \t]+)"
    r"(?i:uit|vanuit)[ \t]+$")
# A preposition or "en"/"of", then "het", right before a name (see after_neuter_article); the word
# before the preposition is read apart, as a name there makes "in het Veld" a surname's particles.
_NEUTER_ARTICLE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<before>\S+[ \t]+)?(?i:in|op|uit|aan|bij|naar|over|rond|rondom|voor|achter|langs|door|met|"
    r"tot|vanaf|richting|naast|nabij|tussen|en|of)[ \t]+(?i:het)[ \t]+$")
_TOWN_ENDS = regex.compile(r"[ \t]*(?:$|[,.;)|•·]|[ \t]{2})", regex.MULTILINE)
# English auxiliaries that open a question or a clause before their subject, and that subject.
_ENGLISH_AUXILIARIES = frozenset({"can", "will", "could", "would", "should", "shall", "may", "might", "must",
                                  "did", "does", "do", "is", "are", "was", "were", "have", "has"})
_ENGLISH_SUBJECT_AFTER = regex.compile(r"[ ](?:you|we|I|they|he|she|it|us|this|that|there|someone|anyone)\b")
_ENGLISH_CONTRACTION = regex.compile(r"(?i)\p{L}+n['’]t")
# What a mail program writes above a forwarded or quoted message.
_MAIL_BOILERPLATE = regex.compile(
    r"(?i)(?:-+\s*)?(?:forwarded|original|oorspronkelijk|doorgestuurd)\s+(?:message|bericht)(?:\s*-+)?")
# An app, a website or a portal named right after the word for it: "de app Fixi", "via de website X"
# (with its article before: "Ik app Kees" is a verb), or with the word inside the span.
_PRODUCT_NOUN = r"(?:app|applicatie|webapp|website|portaal)"
_PRODUCT_NOUN_BEFORE = regex.compile(rf"(?i)(?<![\p{{L}}])(?:de|het|onze|jullie|hun)[ \t]+{_PRODUCT_NOUN}[ \t]+$")
_PRODUCT_NOUN_OPENING = regex.compile(rf"(?i)(?:de|het|via|in)[ \t]+{_PRODUCT_NOUN}[ \t]+\S")
# A role's code: two capitals or more in a short word ("OvD-BZ", "HOvD", "AOV"), a place may follow ...
_ROLE_CODE = regex.compile(r"(?=[^ ]*\p{Lu}[^ ]*\p{Lu})[\p{L}-]{2,8}(?:[ ]\p{Lu}\p{Ll}+)?")
# ... closing its square bracket, a speaker's name and a colon after it.
_SPEAKER_AFTER_BRACKET = regex.compile(r"\][ \t]+\p{Lu}[\p{L}'’ .-]{1,40}:")
_OPENING_QUOTES = frozenset("'\"‘“„")
# A noun for a programme, project, event, building or scheme, right before an opening quote.
_THING_NOUN_BEFORE = regex.compile(
    r"(?i)(?:programma|project|projecten|plan|aanpak|regeling|actie|campagne|bijeenkomst|avond|festival|"
    r"boerderij|gebouw|pand|woning|complex|zaal|loket|app|platform|fonds|prijs|thema|motto|titel|werktitel|"
    r"pilot|traject|beleid|visie|nota|manifest|convenant|schulden|armoede|ing|heid|atie|schap)[ \t]+$")
_INITIAL_IN_NAME = regex.compile(r"(?<![\p{L}])\p{Lu}\.")
# The label of a legal person's number on the line right before it (no BSN cue between).
_RSIN_LABEL_BEFORE = regex.compile(
    r"(?i)\b(?:rsin|fiscaal[ \t]+nummer|fiscaalnummer)\b(?:(?!bsn|burgerservice)[^\n\d]){0,30}$")
# A house number and "te" right before a word: the place the address is in ("Kornoeljeplein 1 te
# Vries", "gevestigd te Boer"); no surname follows a number so ("te" opens surnames after a given name).
_PLACE_AFTER_ADDRESS = regex.compile(
    r"(?:(?<![\p{L}\d])[1-9]\d{0,3}[ ]?[a-zA-Z]?|(?i:gevestigd|wonende|woonachtig|kantoorhoudende))"
    r"[ \t]*,?[ \t]+te[ \t]+$")
# An animal, perhaps what it is called, and an opening quote right before a name: the animal's name.
_ANIMAL_WORDS = (
    r"hond|hondje|honden|reu|teef|pup|puppy|kat|katje|poes|kater|paard|pony|ezel|konijn|cavia|papegaai|"
    r"labrador|beagle|herder|herdershond|teckel|pitbull|stafford|staffordshire|russell|terriër|terrier|"
    r"retriever|husky|chihuahua|poedel|bulldog|rottweiler|mechelaar|dobermann|dog|cat|horse")
_ANIMAL_BEFORE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{_ANIMAL_WORDS})(?![\p{{L}}])[^.\n\"“”]{{0,30}}?"
    r"(?:(?:genaamd|met\s+de\s+naam|de\s+naam|naam|heet|called|named)\s*[:,]?\s*)?[\"“'‘]$")
_CLOSING_QUOTES = frozenset("\"”'’")
# Breeds named like a person ("Jack Russell"), after an article or a possessive ("een", "haar").
_ARTICLE_OR_POSSESSIVE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:een|de|zijn|haar|hun|mijn|onze)[ \t]+$")
_DOG_BREEDS_LIKE_NAMES = frozenset({"jack russell", "parson russell", "king charles", "cavalier king charles",
                                    "berner sennen", "sint bernard", "sint-bernard"})
# A list's item mark opening a line ("• ", "- ", "* ", "1. ") and nothing else before the name.
_LIST_ITEM_MARK = r"[ \t]*(?:[•·*–-]|\d{1,2}[.)])[ \t]+"
_LIST_ITEM_START = regex.compile(rf"{_LIST_ITEM_MARK}(?:(?i:de\s+heer|mevrouw|dhr\.|mw\.)[ \t]+)?$")
_LIST_ITEM_LINE = regex.compile(rf"{_LIST_ITEM_MARK}\S")
# A heading naming an office in the plural: the members of the list under it hold it.
_OFFICE_HEADING = regex.compile(
    r"(?i)(?:de\s+|onze\s+)?(?P<office>\p{L}*(?:griffiers|voorzitters|raadsleden|wethouders|statenleden|"
    r"commissieleden|gedeputeerden|heemraden|fractievoorzitters|burgemeesters|leden\s+van\s+de\s+raad))")
_COUNCIL_MEETING_WORDS = regex.compile(
    r"(?i)\b(?:agendapunten|raadzaal|statenzaal|raadsvergadering|commissievergadering|hoorzitting|"
    r"raadsinformatieavond|beeldvormende|oordeelsvormende|besluitvormende)\b")
# Up to four words and a colon right before a name: a label ("VVD :", "Leefbaar 3B :").
_LABEL_BEFORE = regex.compile(r"(?P<label>[\p{L}\d][\p{L}\d&'’.+-]*(?:[ ][\p{L}\d&'’.+-]+){0,3})[ \t]*:[ \t]*$")
# Attendance labels run together before their values, as a PDF's two columns come out flattened:
# "Afwezig Voorzitter Griffier Notuliste : de dames X ... : de heer Z : ...".
_COLUMN_LABEL_WORDS = (r"Aanwezig|Afwezig|Voorzitter|Vicevoorzitter|Griffier|Commissiegriffier|Notulist|Notuliste|"
                       r"Notulen|Verslag|Verslaglegging|Wethouders?|Raadsleden|Commissieleden|Leden|Burgemeester|"
                       r"Secretaris|Ambtenaren|Insprekers|Publiek|Pers")
_COLUMN_LABEL = rf"(?:{_COLUMN_LABEL_WORDS})"
_FLATTENED_LABELS = regex.compile(rf"(?<![\p{{L}}])(?P<labels>{_COLUMN_LABEL}(?:[ ]+{_COLUMN_LABEL}){{1,6}})[ ]+:[ ]+")
# A run of two labels or more, each with its colon (a line's number between, as PDF text has them):
# "Voorzitter: Wethouders: Griffier: Verslag:", "Aanwezig: Leden:\n25 Wethouders: Voorzitter: ...".
_COLON_LABEL = regex.compile(rf"(?<![\p{{L}}])({_COLUMN_LABEL_WORDS})(?=[ \t]*:)")
_COLON_LABEL_RUN = regex.compile(
    rf"(?<![\p{{L}}])(?:{_COLUMN_LABEL_WORDS})[ \t]*:"
    rf"(?:[ \t\n]*(?:\d{{1,3}}[ \t]+)?(?:{_COLUMN_LABEL_WORDS})[ \t]*:){{1,7}}")
# Where the values end: the agenda's first item, the absent members' label, or a blank line.
_COLON_RUN_END = regex.compile(r"(?i)(?<![\p{L}])(?:afwezig|opening)(?![\p{L}])|\n[ \t]*\n")
# A name led by initials, perhaps after a form of address or a degree: one value.
_NAME_WITH_INITIALS = regex.compile(
    rf"(?<![\p{{L}}.]){INITIALS}[ ]?(?:(?:van|de|der|den|ter|ten|te|'t|in)[ ]+)*\p{{Lu}}\p{{Ll}}")
_COUNCIL_OFFICE_LABELS = frozenset({"wethouders", "wethouder", "griffier", "burgemeester", "raadsleden"})
_OFFICIAL_COLUMN_LABELS = frozenset({"aanwezig", "afwezig", "voorzitter", "vicevoorzitter", "griffier",
                                     "commissiegriffier", "wethouder", "wethouders", "raadsleden", "leden",
                                     "burgemeester"})
# A business called one person's before its name: "de eenmanszaak Attractieverhuur X" (the business's
# capitalised words between); after it in brackets: person.ONE_PERSON_FIRM.
_ONE_PERSON_FIRM_BEFORE = regex.compile(
    rf"(?i:(?<![\p{{L}}]){ONE_PERSON_FIRM_WORD})[ \t]+(?:\p{{Lu}}[\p{{L}}'’&-]*[ \t]+){{0,3}}\Z")
# A register row of a private person or a one-person business.
_ONE_PERSON_MARK = regex.compile(r"(?i)\b(?:particulier|eenmanszaak|zzp(?:'?er)?|privépersoon|natuurlijk\s+persoon)\b")
# "Ramdin, Sharda": a cell opening with a surname and a comma before a given name or initials.
_SURNAME_COMMA = regex.compile(r"[ ]*(\p{Lu}[\p{L}'’-]+),[ ]?\p{Lu}")
# "p/a", "c/o": care of; the address is a person's, given for the organisation.
_CARE_OF_BEFORE = regex.compile(r"(?i)\b(?:p/a|c/o|per\s+adres)[ \t]*$")
# Words in a domain that make it a facility's or a company's, not one person's.
_FACILITY_OR_FIRM_WORD = regex.compile(
    rf"(?i)(?:{_FACILITY_WORDS}|gebr|gebroeders|zn|zonen|stichting|vereniging|groep|holding|bv|nv)")
_ORG_ON_LINE = regex.compile(r"(?i)\b(?:stichting|vereniging|coöperatie|cooperatie|fonds|b\.v\.|bv|n\.v\.)\b")
_INITIALS_OPENING = regex.compile(r"(?:\p{Lu}\.[ ]?){1,4}[ ]*(?:(?:van|de|der|den|ter|ten|in|'t)[ ]+)*\p{Lu}")
# Kinds of business (not of school or association) whose name may be a one-person firm's.
_BUSINESS_KIND = regex.compile(rf"(?:bedrijf|bedriuw|centrale|bakkerij|Bedrijf|{_ESTABLISHMENT})$")
# The same words opening the span itself ("Montessorischool Maria Montessori", "KDV Kleine Jan
# Klaassen", where the name model took the facility word in), followed by a capitalised word.
_FACILITY_OPENING = regex.compile(rf"(?P<facility>{_FACILITY_WORD})[ \n]+(?:de[ ]+)?\p{{Lu}}")
# A name that is itself the school or barracks: "Dr. A. Schweitzerschool", "Aletta Jacobsschool" (not
# "-kerk": Verkerk, Heemskerk and Ouwerkerk are surnames).
# ... or as its own word after the name: "Karel de Grote College".
_FACILITY_LAST_WORD = regex.compile(
    "|".join(FACILITY_KINDS_AFTER_NAME)
    # ("Johannes Hospitium", "Jan de Jong Fonds", "Stichting Ds. Van Dijk Huis")
    # (not "Huis", "Kerk", "Brug" or "Park": surnames too, "mevrouw Anna Huis")
    + r"|Hospitium|Hospice|Fonds|Stichting|Kapel|Plantsoen")
_FACILITY_ENDING = regex.compile(
    r"(?P<facility>\p{Ll}*(?:school|college|lyceum|kazerne|ziekenhuis|kliniek|stadion|zwembad|sporthal|zaal))$"
)
# The facility's name goes on after the span on its line: particles and up to two capitalised words,
# then the facility's word or a compound that ends in one ("Johan" of "het Johan van Oldenbarnevelt
# Gymnasium", "Aletta" of "de Dr. Aletta Jacobsschool").
_FACILITY_NAME_GOES_ON = regex.compile(
    r"(?:[ ]+(?:van|de|der|den|ter|ten|'t|von))*(?:[ ]+\p{Lu}[\p{L}'-]*(?![\p{L}'-])){0,2}"
    r"[ ]+(?P<last>\p{Lu}[\p{L}'-]*)(?![\p{L}'-]|[ ]+\p{Lu})")
# The article before a street's name ("de Hoefkade", "het Hobbemaplein").
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:de|het|De|Het)[ \t]+$")
_OFFICE_HEADER = regex.compile(
    r"(?i)(?:behandelend\s+|verantwoordelijk\s+)?(?:raadslid|raadsleden|wethouder|portefeuillehouder|burgemeester|"
    r"griffier|statenlid|gedeputeerde|dijkgraaf|heemraad|fractievoorzitter|commissievoorzitter)\s*:?"
)
# What a column header never holds: initials before a name, or a bracketed party.
_NO_HEADER_CELL = regex.compile(r"(?:\p{Lu}\.){1,4}[ ]?\p{Lu}\p{Ll}|\([^()]*\)")
_CHAIR_HEADER = regex.compile(r"(?i)(?:commissie)?voorzitter\s*:?")
# A partnership or legal form inside the span: "Veenstra & De Haan", "Postma en Zonen", "Hoogendoorn &
# De Bruijn" after a business word, "Van Leeuwen & Partners", "Van der Meulen & Zn.".
_FIRM_INSIDE = regex.compile(
    r"&[ \t]*(?:Zn|Zonen|Zoon|Co|Partners|Dochters?)\b|[ ]en[ ]Zonen\b|B\.[ ]?V\.|\bBV\b|\bN\.[ ]?V\.|V\.O\.F\."
    r"|(?<![\p{L}])Gebr\.[ ]\p{Lu}"
    r"|(?:bureau|bedrijf|kantoor|centrale|combinatie)[ ](?:(?:\p{Lu}\S*|van|de|der|den|ter|ten)[ ]){1,4}"
    r"(?:&|en|–|-)[ ]\p{Lu}"
)
# Partners' surnames joined, then their profession in the plural: a firm of several owners, no one
# person ("Van Koppen en Jager advocaten", "Smithuijsen, Winters en De Vries advocaten").
_PARTNER_SURNAME = r"(?:(?:van|de|der|den|ter|ten|te|Van|De|Ter|Ten)[ ]+)*\p{Lu}[\p{L}'’-]+"
_PARTNER_PROFESSIONS = ("advocaten", "notarissen", "accountants", "architecten", "adviseurs", "makelaars",
                        "belastingadviseurs", "deurwaarders", "gerechtsdeurwaarders", "landmeters", "ingenieurs")
_PARTNERSHIP_FIRM = regex.compile(
    _PARTNER_SURNAME + r"(?:,[ ]+" + _PARTNER_SURNAME + r")*[ ]+(?:en|&)[ ]+" + _PARTNER_SURNAME
    + r"[ ]+(?P<profession>(?i:" + "|".join(_PARTNER_PROFESSIONS) + r"))(?![\p{L}])")
# The legal form at the end of the capitalised words that go on from the name: "Koster Witgoed &
# Service B.V." (the model read "Koster"), "Dekker Groente & Fruit B.V.".
_FIRM_CHAIN_AFTER = regex.compile(
    r"(?:[ ]+(?:&|\p{Lu}[\p{L}\p{M}'’-]*)){1,4}[ ]+(?P<form>B\.[ ]?V\.|BV\b|N\.[ ]?V\.|NV\b|V\.O\.F\.|VOF\b)"
)
# A kind of company too big to be one person's, in small letters right before the name, or before
# the partner it is joined to: "de ontwikkelcombinatie Heijmans/Van Wijnen", "woningcorporatie
# Kanterink", "het bouwconcern Dijkhuis en Sabelsma". (Not "-bedrijf" or "-bureau": "klusbedrijf
# Kanterink" may be one person's firm, which the annotation guideline withholds.)
_FIRM_KINDS = ("combinatie", "corporatie", "concern", "consortium", "maatschappij", "coöperatie", "cooperatie",
               "multinational", "holding", "conglomeraat")
_FIRM_KIND_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<kind>\p{Ll}*(?:" + "|".join(_FIRM_KINDS) + r"))[ \t]+"
    r"(?:(?:(?:van|de|der|den|ter|ten|Van|De)[ ]){0,2}\p{Lu}[\p{L}'’-]*[ \t]*(?:/|&|\ben\b)[ \t]*)?"
    r"(?:(?:van|de|der|den|ter|ten|Van|De|Der|Den)[ ]){0,2}$"
)
# A brothers' firm: "Gebr. Van Kessel", "Gebroeders Kanterink" (more than one owner: no one person's).
_BROTHERS_BEFORE = regex.compile(r"(?<![\p{L}])(?P<kind>Gebr\.|Gebroeders|Gebrs\.)[ \t]+\Z")
# Well-known companies and organisations whose bare name reads as a person's ("Heijmans",
# "Wehkamp", "Van der Valk"): word_classes.tsv, class "firm".
_KNOWN_FIRMS = words_of_class("firm")
# What marks an occurrence of such a name as a person's, besides a form of address or initials
# (recognizers.person.PERSON_MARK_BEFORE): a given name right before it, or after a comma ("Heijmans, Jan").
_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{L}+)[ \t]+$")
_GIVEN_NAME_AFTER_COMMA = regex.compile(r",[ \t]*(?P<given>\p{Lu}[\p{Ll}\p{M}'-]+)")
# An ordinary word joined to the span by "en", "&" or a comma: "Groen en water", "Klimaat, Groen en
# Openbare Ruimte", "Stand van zaken Groen en Parkeren" (the neighbour, its letters only).
# (after a comma only in a series of three: "Groen, bankjes, spelen en meer", not "Winter, jij belt")
_SERIES_AFTER = regex.compile(r"[ \t]*(?:&|en\b)[ \t]*(?P<word>\p{L}+)(?![\p{L}.-])"
                              r"|,[ \t]*(?P<word>\p{L}+)(?=[ \t]*(?:,|&|en\b))")
_SERIES_BEFORE = regex.compile(r"(?<![\p{L}.-])(?P<word>\p{L}+)[ \t]*(?:,|&|\ben)[ \t]*$")
# The items of a series of names: commas, "en", "of" or "/" between; each one capitalised word,
# perhaps with hyphens ("Gulpen-Wittem").
_SERIES_SEPARATOR = regex.compile(r"[ \t]*(?:,|/|[ \t]en[ \t]|[ \t]of[ \t])[ \t]*")
_SERIES_ITEM = regex.compile(r"\p{Lu}[\p{L}]+(?:-\p{Lu}?[\p{L}]+)*")
# A preposition of place and the article "de" in small letters before a capitalised word: "aan de
# Brink", "op de Lange Delft", "bij de Citadel". A surname's "de" stands capitalised without a given
# name ("aan De Jong"); not "van", "met", "door" or "voor", after which an informal "de Jong" is still
# written small.
_LOCATION_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:[Aa]an|[Oo]p|[Bb]ij|[Vv]anaf|[Ll]angs|[Nn]aar|[Oo]ver|[Tt]ussen|[Ii]n|[Vv]ia|[Rr]ichting|[Rr]ond"
    r"|[Nn]abij|[Aa]chter)[ \t]+de[ \t]+$")
# The article in small letters right before a name, and the word before it ("Jan de Jong", "J. de").
_ARTICLE_AFTER_WORD = regex.compile(r"(?:(?P<word>[\p{L}.]+)[ \t]+)?(?<![\p{L}])de[ \t]+$")
# The word right before a span, and the roles of people (word_classes.tsv, class "role").
_WORD_BEFORE_SPAN = regex.compile(r"(?<![\p{L}])(\p{L}+)[ \t]+$")
_ROLE_WORDS = words_of_class("role")
# A mobile number right after the name ("Contact: Bert Bakker, 06-2947 1836", "(+31 6 ...)"): one
# person's own number, which a company's name is never given with.
_MOBILE_AFTER = regex.compile(r"[ \t]*[,(]?[ \t]*(?:(?i:tel(?:efoon)?|mob(?:iel)?)\.?:?[ \t]*)?"
                              r"(?:06|\+31[ \t]?\(?0?\)?[ \t]?6)[ \t-]?\d")
_FIRM_AFTER = regex.compile(
    r"[ \t]*(?P<form>&[ \t]*(?:Zn|Zonen|Zoon|Co|Partners|Dochters?)\b\.?|B\.[ ]?V\.|BV\b|N\.[ ]?V\.|NV\b|Holding\b"
    r"|V\.O\.F\.|VOF\b)"
)
_LIST_LABELS = (
    r"aanwezig(?:en)?|leden|raadsleden|commissieleden|statenleden|fractievoorzitters|heemraden|"
    r"hoogheemraden|hoofdingelanden|afwezig(?:\s+met\s+(?:kennisgeving|bericht(?:\s+van\s+verhindering)?))?|"
    r"met\s+kennisgeving\s+afwezig|(?:met\s+)?berichte?n?\s+van\s+verhindering(?:\s+(?:van|ontvangen\s+van))?|"
    r"voorzitter|vicevoorzitter|plv\.\s*voorzitter|namens\s+het\s+college|college|wethouders?|wethâlders?|"
    r"aanwezige\s+(?:leden|raadsleden|wethouders|collegeleden|statenleden)|"
    r"aanwezig\s+zijn(?:\s+de\s+(?:leden|heren\s+en\s+dames|dames\s+en\s+heren))?|"
    r"(?:zijn\s+)?(?:tegenwoordig\s+)?(?:de\s+)?volgende\s+leden(?:\s*,\s*te\s+weten)?|"
    # a roll-call vote lists the members who voted ("Voor stemden: Roos, Van Dam, ...")
    r"(?:voor|tegen)\s+(?:stemden|stemmen|hebben\s+gestemd)|(?:stemden|stemmen)\s+(?:voor|tegen)|"
    # ... also with the count ("Voor (19): Vanderheijden, Ortmans, ..."); members who count the votes
    # or examine the credentials ("Stembureau: ...", "commissie geloofsbrieven: ...")
    r"(?:voor|tegen)(?=[ \t]*\(\d+\)[ \t]*:)|stembureau|"
    r"commissie\s+(?:voor\s+(?:het\s+onderzoek\s+van\s+)?de\s+|van\s+)?geloofsbrieven"
)
_LIST_HEADER = regex.compile(
    r"(?i)(?:(?:^|[\n.;]|\s{2})[ \t]*(?P<label>" + _LIST_LABELS + r")"
    # Text extracted from a PDF runs the label on after a single space: "... Dashorst Aanwezig: ..."
    r"|(?<=\S[ \t])(?=(?-i:\p{Lu}))(?P<label>" + _LIST_LABELS + r")"
    # "Ter vergadering zijn tegenwoordig de volgende leden, te weten:" stands inside a sentence
    r"|\b(?P<label>(?:de\s+)?volgende\s+leden(?:\s*,\s*te\s+weten)?"
    # the member drawn to vote first: "De voorzitter trekt nummer 27: de heer Roos", "Trekking
    # stemmingsnummer 8: Selami Coskun"
    r"|(?:trekt|trekking)\s+(?:stemmings)?nummer\s+\d+|stemmingsnummer\s+\d+"
    # the seats a water board reserves for its categories ("categorie Ongebouwd: de heer X", "namens
    # Natuurterreinen: mevrouw Y")
    r"|(?:namens|categorie)\s+(?:ongebouwd|gebouwd|bedrijven|natuurterreinen|agrarisch|agrari[eë]rs)))"
    r"[ \t]*(?:\([^()\n]*\))?[ \t]*(?::|,?[ \t]+te[ \t]+weten[ \t]*:?)"
    # ... or the label alone on its line, the list below it ("Aanwezig\nHarm-Jan Brinkhuis (VVD)\n...")
    r"|(?m:^)[ \t]*(?P<label>" + _LIST_LABELS + r")[ \t]*(?m:$)"
    # a vote recorded by name without colons: "Stemming: voor Esajas, Schaafsma; tegen De Jager."
    # (the names follow, or the segment looked at ends before the first of them)
    r"|(?i:\bstemming)[ \t]*:[ \t]*(?P<label>voor|tegen)(?=[ \t]+(?:\p{Lu}|$))"
    r"|(?<=(?i:\bstemming)[ \t]*:[^\n]{1,300};[ \t]*)(?P<label>voor|tegen)(?=[ \t]+(?:\p{Lu}|$))",
)
# A line that is a list label and nothing else: _LIST_HEADER's way without a colon (see _last_header).
_LIST_LABEL_ALONE = regex.compile(r"(?i)[ \t]*(?:" + _LIST_LABELS + r")[ \t]*")
# A label that ends the list: from here on the names are not members.
_OTHER_LABELS = (
    r"insprekers?|publiek|toehoorders|gasten|(?:van\s+de\s+)?ambtelijke?(?:\s+\w+)?|"
    r"ambtenaren|notulist(?:e)?|notulen|verslag|verslaglegging|namens\s+de\s+organisatie|overig(?:en)?|"
    r"genodigden|externen?|pers|agenda|onderwerp"
)
_OTHER_LABEL = regex.compile(
    r"(?i)(?:(?:^|[\n.;]|\s{2})[ \t]*(?:" + _OTHER_LABELS + r")"
    r"|(?<=\S[ \t])(?=(?-i:\p{Lu}))(?:" + _OTHER_LABELS + r"))[ \t]*:"
)
# Columns of a register that name an account's holder or the applicant, or the kind of applicant.
_HOLDER_HEADER = regex.compile(
    r"tenaamstelling|rekeninghouder|t\.?n\.?v\.?|ten\s+name\s+van|aanvrager|organisatie|naam\s+organisatie|"
    r"ontvanger|begunstigde")
_ACCOUNT_HOLDER_HEADER = regex.compile(r"tenaamstelling|rekeninghouder|t\.?n\.?v\.?|ten\s+name\s+van|begunstigde")
_KIND_HEADER = regex.compile(r"soort(?:\s+aanvrager)?|rechtsvorm|type(?:\s+aanvrager)?")
# Endings of organisations' names glued into one word ("Schaakgenootschap", "Speeltuinvereniging").
_ORG_ENDINGS = ("stichting", "vereniging", "genootschap", "club", "bond", "comite", "comité", "collectief", "kerk",
                "moskee", "school", "fonds")
# Outsiders in minutes: people who speak in, residents, citizens, staff, advisers, guests.
_OUTSIDERS = regex.compile(
    r"(?i)insprek|spreekt\s+in\b|spreken\s+in\b|bewoner|omwonend|burger(?!meester)|inwoner|publieke\s+tribune|"
    r"ambtelijk|ambtenaar|ambtena|projectleider|adviseur|beleidsmedewerker|medewerker|toehoorder|\bgast|\bgasten\b|deskundige|presentatie\s+door|namens\s+(?:de\s+)?(?:stichting|"
    r"vereniging|bewoners|buurt|actiegroep|wijkraad|dorpsraad|ondernemers)|ondernemer|eigenaar|indiener|petitie|"
    r"benoem|cliënt|client|aanvrager|verzoeker|bezwaarmaker|klager|appellant|belanghebbende"
)
# What minutes and debates look like (a letter of the college names the council too). Appointments
# ("benoemd: mevrouw X") name people who are not yet members: those minutes are left out too.
_MINUTES_MARK = regex.compile(
    r"(?i)\b(?:notulen|verslag\s+van\s+de|besluitenlijst|aan\s+de\s+orde\s+is|de\s+voorzitter\s+opent|"
    r"opening\s+(?:en\s+mededelingen|van\s+de\s+vergadering)|aanwezig\s*:)")
# "de heer ", "mevrouw " (also after initials' titles) right before a name.
_ADDRESSED_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:de\s+heer|mevrouw)\s+(?:(?:mr|dr|drs|ir|ing)\.\s*)*$")
# A label's colon right before the form of address: "secretaris : de heer", "Notulen: mevrouw".
_LABEL_COLON_BEFORE = regex.compile(r":\s*(?:de\s+heer|mevrouw)\s+(?:(?:mr|dr|drs|ir|ing)\.\s*)*$", regex.IGNORECASE)
_COUNCIL_BODY = regex.compile(
    r"(?i)\b(?:gemeenteraad|raadsvergadering|raadscommissie|commissie\s+\p{L}|commissievergadering|"
    # (whole words: a foundation's "Algemeen bestuurslid" is none)
    r"provinciale\s+staten|statenvergadering|statencommissie|algemeen\s+bestuur\b|dagelijks\s+bestuur\b|"
    r"college\s+van\s+(?:burgemeester|b\s*&\s*w|gedeputeerde)|raadsinformatiebijeenkomst|gemeenteraden|"
    r"fractievoorzittersoverleg|presidium|besluitenlijst|(?:de\s+)?raad\s+van\s+\p{Lu}|"
    r"raad\s+van\s+de\s+gemeente|vergadering\s+van\s+de\s+raad|verenigde\s+vergadering|hoofdingelanden|"
    r"hoogheemraden|algemene\s+vergadering\s+van\s+het\s+waterschap|(?:tweede|eerste)\s+kamer|"
    r"aan\s+de\s+orde\s+is\s+(?:het|de)\s+(?:debat|behandeling|voortzetting)|"
    r"raadsleden|statenleden|commissieleden|"
    # a clerk's label opening its line: only councils, States and water boards have a griffier
    r"(?m:^)[ \t]*(?:raads|staten|commissie)?griffier[ \t]*:|"
    # ... or after the chair's on one line, as PDF text runs them on ("Voorzitter: dr X Griffier: drs Y")
    r"voorzitter[ \t]*:[^\n]{1,80}?\bgriffier[ \t]*:|"
    # the count of members present that minutes of a representative body open with
    r"(?:tegenwoordig|aanwezig)[ \t]+(?:zijn[ \t]+)?\d{1,3}[ \t]+leden\b)"
)
# An activity a permit is for, right after its location: ": het bouwen van", " (kavel 3): het vellen"
_PERMIT_ACTIVITY_AFTER = regex.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[:–][ \t]*het[ \t]+\p{Ll}{3,}en\b")
# Committees whose members are outsiders, not elected: an objection or complaints committee hearing a
# case ("Commissie bezwaarschriften", "Adviescommissie voor de bezwaarschriften", "hoorzitting"). Its
# "Aanwezig:" lists private persons and civil servants, never members of a council.
_OUTSIDE_COMMITTEE = regex.compile(
    r"(?i)(?:\b(?:advies)?commissie\s+(?:voor\s+(?:de\s+)?)?(?:bezwaarschriften|bezwaren|klachten)|"
    r"(?:bezwaarschriften|bezwaar|klachten|klachtadvies)commissie)"
)
_HEARING = regex.compile(r"(?i)\bhoorzitting")
# A member stands in for another: the name right before "is vervangen door" or "vervangt", or right
# after them (a form of address may come between).
_REPLACED_AFTER_NAME = regex.compile(r"[ \t]+(?:(?:is|wordt|werd)[ \t]+vervangen[ \t]+door|vervangt)\b")
_REPLACING_BEFORE_NAME = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:vervangen[ \t]+door|vervangt)[ \t]+(?:{_FORM_OF_ADDRESS}[ \t]+)?$")
# A line with a word on it (three letters in a row), no rule or page number.
_THREE_LETTERS = regex.compile(r"\p{L}{3}")
# Bodies of volunteers and residents, not elected: an advisory council of the municipality, a
# district's or village's council, a residents' or tenants' association, an association's general
# meeting. Their members are private persons (the annotation guideline's volunteers), however much
# their minutes speak of the council ("Raadsvergadering", "raadscommissie", "besluitenlijst").
_VOLUNTEER_BODY = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:advies|cliënten|clienten|participatie|senioren|jongeren|ouder|medezeggenschaps|"
    r"ondernemings|huurders|wijk|dorps|buurt)raad(?![\p{L}])|dorpsbelang(?:en)?(?![\p{L}])|plaatselijk[ \t]+belang|"
    r"wijkpanel|buurtpanel|wijkcomité|buurtcomité|wijkoverleg|wijkplatform|bewonerscommissie|bewonersoverleg|"
    r"(?:wijk|buurt|bewoners|huurders|dorps|ouder|ijs|sport|muziek)vereniging|algemene[ \t]+leden[ \t]*vergadering|"
    r"jaarvergadering|ledenvergadering)"
)
# The end of a sentence or a verb: prose, no list. Titles written with a full stop ("drs.", "mevr.",
# "prof.") are no sentence's end.
_SENTENCE_END = regex.compile(
    r"(?<!\b(?:drs|dhr|mevr|mej|ing|prof|mrs|bc|jhr|jkvr|ds|kol|gen|burg|weth)\.?)(?<=\p{Ll}{3,})[.!?](?:\s|$)"
    r"|\b(?:geeft|verwelkomt|meldt|zegt|vraagt|opent|heet)\b"
)
# A list's line that goes on on the next: a comma, "en" or "vervangen door" at its end.
_LIST_GOES_ON = regex.compile(r"(?:,|\ben|\bvervangen\s+door)[ \t]*$")
# Who sent apologies: "afwezig (is) met bericht van verhindering", "met kennisgeving afwezig",
# "heeft zich afgemeld", "is verhinderd".
_APOLOGIES_PHRASE = (
    r"\bafwezig(?:\s+(?:is|zijn|waren|was))?\s+met\s+(?:bericht\s+van\s+verhindering|kennisgeving|afmelding)"
    r"|\bmet\s+(?:kennisgeving|bericht\s+van\s+verhindering)\s+afwezig"
    r"|\b(?:heeft|hebben)\s+zich\s+(?:laten\s+)?(?:afgemeld|verontschuldigen|excuseren)"
    r"|\b(?:is|zijn)\s+verhinderd|\bberichten?\s+van\s+verhindering\s+(?:zijn\s+)?ontvangen\s+van"
)
# Compiled once (the module functions of ``regex`` and ``re`` look their pattern up again per call,
# which cost more than the match on the short strings they are given here).
_CAPITALISED_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]+")
_PARTY_SEPARATOR = regex.compile(r"\s*[,;/]\s*")
_LABEL_COLON = regex.compile(r"\w[ \t]*:")
# Separators between the items of a list of members.
_LIST_ITEM_SEPARATOR = regex.compile(
    r"[,;\n]|\)\s|\ben\b|\b(?:hij|zij)\s+wordt\s+vervangen(?:\s+door)?|\bvervangen\s+door\b"
    # a list flattened without its commas, a form of address opening each item ("Wethouders: de heer
    # P.L. X de heer P. Y de heer G. Z"), also after a party that closes each item ("de heer X VVD
    # mevrouw Y, de heer Z D66 mevrouw W")
    rf"|(?<=[\p{{Lu}}\d][\p{{L}}\d'’-]+)[ \t]+(?={_FORM_OF_ADDRESS}[ \t])")
# Small words a member's list item may hold: particles, forms of address ("de heer", "mw."), offices.
_ITEM_SMALL_WORD = regex.compile(
    r"van|de|der|den|ter|ten|te|het|'t|in|op|la|le|du|da|dos|el|al|heer|mevrouw|mevr\.|mw\.|dhr\.|drs\.|dr\.|"
    r"mr\.|ir\.|ing\.|prof\.|wethouder|burgemeester|raadslid|griffier|voorzitter|lid|leden|dames|heren|"
    r"raadsleden|wethouders|statenleden|vicevoorzitter|plaatsvervangend|fractievoorzitter|secretaris|dijkgraaf|"
    r"heemraad|heemraden|hoogheemraad|hoogheemraden|gedeputeerde|gedeputeerden|commissielid|commissieleden|"
    r"burgerlid|burgerleden|statenlid|bestuurslid|bestuursleden|"
    r"steunfractielid|duoraadslid|loco-burgemeester|gemeentesecretaris|portefeuillehouder|"
    # (words that open a list: "Aanwezig, te weten de heren ...")
    r"weten|namelijk|alsmede|voorts|mede|namens|fractie|fracties|met|kennisgeving|bericht|verhindering")
_BRACKETED_OR_BRACKET = regex.compile(r"\([^()]*\)?|[()]")
_SCHEME_AND_WWW = regex.compile(r"^(?:https?://)?(?:www\.)?")
_DISPLAY_NAME_WORD = regex.compile(r"[\p{L}\p{M}'’.-]+")
_APOLOGIES = regex.compile(rf"(?i){_APOLOGIES_PHRASE}")
# A word each alternative of _APOLOGIES_PHRASE holds, in lower-case ASCII: where none stands in
# the folded text, no apologies pattern can match (checked in tests/policy/test_evidence.py).
_APOLOGIES_WORDS = ("afwezig", "afgemeld", "verontschuldigen", "excuseren", "verhinder")
_APOLOGIES_AFTER_NAME = regex.compile(
    rf"(?i)[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:is[ \t]+|was[ \t]+)?(?:{_APOLOGIES_PHRASE})(?![ \t]*:)")
# The apologies, then a list of names up to the name: initials, capitalised words, particles,
# titles, a party in brackets, commas, "en", forms of address; prose between ends the list
# ("... de heren X en Y 1 Opening en vaststelling agenda De voorzitter ...").
_APOLOGIES_LIST = regex.compile(
    rf"(?i)(?:{_APOLOGIES_PHRASE})[ \t]*[:,]?\s*(?:(?:zijn|waren)\s+)?"
    r"(?:(?-i:(?>(?:\p{Lu}\.)+|(?i:mr|drs|dr|ir|ing|prof)\.|\p{Lu}[\p{L}\p{M}'’-]*|\([^()\n]{1,40}\)|van|der|den|de"
    r"|ter|ten|'t))[ \t,]*|\s*,\s*|\s+en\s+|(?:de\s+)?(?:heer|heren|mevrouw|dames|dhr\.|mw\.)\s+|\n\s*){0,30}$")
# A sentence's end: a full stop after a word of three small letters or more (not after initials,
# "mr." or "drs."), or an empty line.
_SENTENCE_STOP = regex.compile(r"(?<!\b(?:drs|dhr|mevr|ing|prof|bijv|resp)\.?)(?<=\p{Ll}{3})[.!?](?=\s|$)|\n[ \t]*\n")
# Private roles that, after a name, make it no member's: in brackets ("(inspreker)") or after a comma
# ("Y, bewoner van de Dorpsstraat"); each form has a few words of its own.
_PRIVATE_ROLES = (r"notulist|inspreker|insprekers|ambtenaar|medewerker|adviseur|toehoorder|tolk|projectleider|"
                  r"bewoner|namens")
PRIVATE_ROLE_AFTER = regex.compile(
    rf"(?i)[ \t]*\((?:[^()\n]*\b)?(?:{_PRIVATE_ROLES}|notulen|secretaris|beleidsmedewerker|beleidsadviseur|"
    r"secretaris\s+commissie|commissiegriffier|gast)\b"
)
PRIVATE_ROLE_AFTER_COMMA = regex.compile(
    rf"(?i)[ \t]*,[ \t]*(?:{_PRIVATE_ROLES}|bewoonster|voorzitter\s+van|secretaris\s+van)\b")
_SIGNATURE_TITLES = regex.compile(
    r"(?i)^[ \t]*(?:(?:de|het)\s+)?(?:burgemeester|secretaris|gemeentesecretaris|griffier|raadsgriffier|"
    r"dijkgraaf|secretaris-directeur|loco-burgemeester|college\s+van\s+burgemeester\s+en\s+wethouders)"
    r"(?:\s+van\s+[\p{L} .'-]+?)?,?"
    r"(?:[ \t]{2,}(?:(?:de|het)\s+)?(?:burgemeester|secretaris|gemeentesecretaris|griffier|raadsgriffier|"
    r"dijkgraaf|secretaris-directeur|loco-burgemeester)(?:\s+van\s+[\p{L} .'-]+?)?,?)*[ \t]*$"
)

# The chair and the griffier signing side by side for a council or its presidium ("De voorzitter,
# De griffier,"): a chair alone may be an association's, but only an elected body has a griffier.
_CHAIR_AND_CLERK = regex.compile(
    r"(?i)^[ \t]*(?:de[ \t]+)?(?:voorzitter[ \t]*,?[ \t]{2,}(?:de[ \t]+)?griffier|griffier[ \t]*,?[ \t]{2,}"
    r"(?:de[ \t]+)?voorzitter)[ \t]*,?[ \t]*$")
# "00:13:35 - 00:15:08 - " before a speaker of a recorded council meeting.
_SPEAKER_INDEX_BEFORE = regex.compile(r"\d{1,2}:\d\d:\d\d[ \t]*[-–][ \t]*\d{1,2}:\d\d:\d\d[ \t]*[-–][ \t]*$")
_INSPREKER = regex.compile(r"(?i)\binspre(?:ker|kers|ekster|eekt|ekrecht|ken)\b|\bspreekt\s+in\b")
_NAME_COLUMNS = regex.compile(r"[ \t]*(?:[\p{L}.'-]+(?: [\p{L}.'-]+){0,4}[ \t]{3,})+")
# (OCR reads a 0 as an O: "Postbus 2OOO 15OO GA")
_PO_BOX_BEFORE = regex.compile(
    r"(?i)\b(?:postbus|antwoordnummer|p\.?o\.?\s*box)\s+(?=[\dO]*\d)[\dO]{1,6}[ \t,;|–-]*(?:\n[ \t]*)?$")
_ORG_PHONE_MARK = regex.compile(
    r"(?i)[ \t]*\(?(?:algemeen|alg\.|receptie|centrale|hoofdnummer|klantenservice|servicedesk|"
    r"secretariaat|switchboard|general)\b"
)
PERSONAL_PHONE_MARK = regex.compile(
    r"(?i)[ \t]*\(?(?:direct|directe\s+lijn|doorkies|doorkiesnummer|mobiel|privé|prive|thuis|werk\s+mobiel)\b"
)
_PO_BOX_WORD = regex.compile(r"(?i)\b(?:postbus|antwoordnummer|p\.?o\.?\s*box)\b")
_POSTCODE_IN = regex.compile(r"(?<![\d])[1-9]\d{3}[ ]?[A-Z]{2}(?![\p{L}])")


def _lines_forward(text: str, line_start: int, lines: int) -> int:
    """Where the line ``lines`` lines below the one starting at ``line_start`` ends."""
    end = line_start
    for _ in range(lines + 1):
        found = text.find("\n", end)
        if found == -1:
            return len(text)
        end = found + 1
    return end - 1


def _lines_back(text: str, line_start: int, lines: int) -> int:
    """Where the line ``lines`` lines above the one starting at ``line_start`` begins."""
    for _ in range(lines):
        if line_start <= 0:
            return 0
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return line_start


# An organisation's general number given apart in a signature: "Algemeen: 14 071", "receptie 088 ...".
_GENERAL_NUMBER_APART = regex.compile(
    r"(?i)(?:algemeen|algemien|receptie|centrale|hoofdnummer|klantcontactcentrum)[^\n]{0,25}\d"
    r"|(?<![\d])14[ ]?0\d{2,3}(?![\d])")
# The closing words above a mail's signature: "Met vriendelijke groet,", "Groet,".
_CLOSING_WORDS = regex.compile(
    r"(?i)(?:met\s+)?(?:vriendelijke|hartelijke|beste|kind|warme)?\s*(?:groet|groeten|regards)\s*,?")
# A name alone on its line: two to five capitalised words or particles, perhaps initials.
_SIGNATURE_NAME = regex.compile(
    r"(?:(?:\p{Lu}\.)+[ ]?|\p{Lu}[\p{L}'’-]+[ ]|(?:van|de|der|den|ter|ten|te|het)[ ]){1,4}\p{Lu}[\p{L}'’-]+")
# "privé:", "thuis 0411 ...", "mobiel" before the number: one person's own line.
PERSONAL_PHONE_LABEL = regex.compile(r"(?i)\b(?:privé|prive|thuis|mobiel|eigen\s+nummer|direct)\b[^\n]{0,12}$")
# A PO box with its number on a line (the line an organisation's address block ends in).
_PO_BOX_LINE = regex.compile(r"(?i)\bpostbus\s+\d[^\n]*$")
_ORG_PHONE_LABEL = regex.compile(
    r"(?i)(?:algemeen\s+(?:telefoon)?nummer|algemien\s+n[uû]mer|hoofdnummer|receptie|centrale|klantcontactcentrum|"
    # an organisation's press line ("algemene perslijn", "Algemeen persnummer")
    r"servicenummer|switchboard|perslijn|persnummer|persvoorlichting|persdesk|"
    # a body's service desk, named with its body: "het Servicepunt van de provincie (026 ...)"
    r"(?:servicepunt|servicecentrum|contactcentrum|klantcontact|inspraakpunt)(?:\s+van\s+(?:de|het)\s+\p{L}+)?"
    r"[\s,]*(?:telefoonnummer\s*)?\(?)"
    r"[\s:]*(?:is\s+)?(?:tel(?:efoon)?\.?\s*)?$"
    # "het algemene nummer van de GGD, 088 ...", "algemeen nummer gemeente Gouda 0182 ...", "Algemeen: 088 ..."
    r"|(?i:\balgeme(?:en|ne)\s+(?:telefoon)?nummer\b)[^.\n]{0,40}?(?:is\s+)?[\s:,]*$"
    r"|(?:^|[\n|])[ \t]*(?i:algemeen)[ \t]*:[ \t]*$"
    # an English or Dutch label marked general: "Phone (general): +31 ...", "Tel. (algemeen): 0513 ..."
    r"|(?i:\b(?:phone|telephone|tel|telefoon)\.?[ \t]*\((?:general|main|algemeen)\))[ \t]*:?[ \t]*$"
)
_ACCOUNT_HOLDER = regex.compile(
    r"(?i)[\s,]*(?:\)|\()?\s*(?:t\.?\s?n\.?\s?v\.?|ten\s+name\s+van|op\s+naam\s+van|tnv)\s*:?\s*(?P<holder>[^\n]{1,60})"
)
_ACCOUNT_HOLDER_BEFORE = regex.compile(
    r"(?i)(?:rekening(?:nummer)?|iban)\s+(?:van\s+)?(?P<holder>(?:de\s+|het\s+)?(?:stichting|vereniging|gemeente|"
    r"provincie|waterschap|coöperatie|cooperatie|kerk|parochie|fonds|bv|b\.v\.|wijkraad|dorpsraad|"
    r"bewonersvereniging|buurtvereniging)[^\n:]{0,40}?)\s*:?\s*$"
    # "naar de stichting: NL..", "de bank van de stichting (NL..", "het rekeningnummer van de vereniging is NL.."
    r"|(?i)(?:naar|van|op\s+naam\s+van)\s+(?P<holder>(?:de|het)\s+(?:stichting|vereniging|club|wijkraad|dorpsraad|"
    r"coöperatie|cooperatie|fonds))\s*(?:is|\(|:)?\s*$"
)
_NEXT_CELL = regex.compile(r"[ \t]*(?:[;|\t]|\([ \t]*)[ \t]*(?P<holder>[^;|\t\n)]{2,60})")
# "vanaf de gemeentelijke rekening NL..", "rekening van de gemeente NL..": the body's own account
_MUNICIPAL_ACCOUNT_BEFORE = regex.compile(
    r"(?i)\b(?:gemeentelijke|provinciale)\s+rekening(?:nummer)?\s*:?\s*$|\brekening\s+van\s+de\s+gemeente\s*:?\s*$")
_ORG_HOLDER = regex.compile(
    r"(?i)^(?:de\s+|het\s+)?(?:stichting|vereniging|gemeente|provincie|waterschap|hoogheemraadschap|coöperatie|"
    r"wijkraad|dorpsraad|wijkcomité|bewonerscommissie|"
    r"cooperatie|kerk|parochie|fonds|vv|sv|cv|v\.v\.|s\.v\.|kredietbank|bewindvoering|belastingdienst|cjib|"
    r"ministerie|college|school|bank|[\p{L}&' .-]*\b(?:b\.?v\.?|n\.?v\.?|v\.o\.f\.?|vof|holding|groep|"
    r"vereniging|stichting|fonds|club|bond)"
    # a compound: "Muziekvereniging Ons Genoegen", "Schaakgenootschap", "Buurtstichting"
    r"|\p{L}+(?:vereniging|stichting|genootschap|fonds|club|bond|kerk|school|overleg|platform|comité|comite|"
    # (not "-raad": "Koenraad" is a given name)
    r"collectief|team|werkgroep))\b"
)
# "Afvalbeheer Tilburg <afvalbeheer@tilburg.nl>": a display name and its address in a header.
_ANGLE_ADDRESS = regex.compile(r"<(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_DISPLAY_NAME_BEFORE = regex.compile(r"(?P<name>[\p{L}][\p{L}\p{M}'’&. -]{1,60}?)[ \t]*$")
# What stands right before an office's address: a public building, "Gemeente X", a griffie, or a
# label only organisations use ("Bezoekadres:"). Only separators between it and the address.
_OFFICE_BEFORE = regex.compile(
    r"(?i)(?:\b(?:stadhuis|gemeentehuis|raadhuis|provinciehuis|provinciekantoor|waterschapshuis|"
    r"gemeentekantoor|stadskantoor|stadswinkel|raadzaal|(?:bezoek|vestigings|kantoor|post)adres|"
    # a body's own seat, as minutes head their place ("Locatie: Hoofdkantoor, Kooikersweg 1")
    r"hoofdkantoor|gemeenlandshuis|huis\s+der\s+provincie|huis\s+van\s+de\s+provincie|ggd-locatie|"
    r"statenzaal|raadszaal|gemeentewerf|"
    # an English letter's signature: "Municipality of Heerenveen Crackstraat 2"; "Algemeen: <address>"
    r"municipality\s+of|algemeen(?=\s*:))\b"
    r"(?:[ \t]+(?:van\s+)?(?:de\s+)?(?:gemeente\s+)?(?-i:\p{Lu}[\p{L}-]+)){0,2}"
    r"|\bgemeente[ \t]+(?-i:\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?)"
    r"|\bgriffie(?:[ \t]+(?:van\s+)?(?:de\s+)?(?:gemeente|provincie)?[ \t]*(?-i:\p{Lu}[\p{L}-]+))?"
    # "X B.V., gevestigd aan de Hemkade 28": firms are established somewhere, people live there
    r"|\bgevestigd[ \t]+(?:aan|op|in)[ \t]+(?:de[ \t]+|het[ \t]+)?"
    # the body's general mailbox, then its address ("woo@emmen.nl, Raadhuisplein 1")
    # (not "info@": a one-person firm has one too, beside the owner's home)
    r"|\b(?:woo|post|secretariaat|bestuurssecretariaat|gemeente|griffie|raadsgriffie|statengriffie)"
    r"@[\w.-]+\.[a-z]{2,})"
    r"[ \t]*[,|:;–-]?[ \t]*(?:\n[ \t>]*)?$"
)

# A line of an address block that only says whom at the organisation the letter is for.
# (not "p/a" or "c/o": an address given "per adres" a person is where that person lives, "Stichting X\np/a
# de heer Y, secretaris\nDorpsstraat 7" is the secretary's home)
_CARE_OF_LINE = regex.compile(r"(?i)^[ \t]*(?:p/a|c/o|per\s+adres)[ \t]+(?P<rest>.+)$")
_ATTENTION_LINE = regex.compile(r"(?i)^[ \t]*(?:t\.?[ ]?a\.?[ ]?v\.?|ter\s+attentie\s+van|attn\.?)(?![\p{L}])")
# A line that opens as a person's name does: a form of address or initials ("De heer", "Mw.", "A.B. ").
_PERSON_LINE = regex.compile(
    r"(?i)^[ \t]*(?:de\s+heer|mevrouw|dhr\.?|mw\.?|mevr\.?|mr\.|dr\.|drs\.|ir\.|ing\.|fam(?:ilie|\.)?)(?![\p{L}])"
    r"|^[ \t]*(?-i:\p{Lu})\.[ ]?(?:(?-i:\p{Lu})\.[ ]?)*(?-i:\p{Lu})"
)
# Residents' and volunteers' groups: run from a member's home, so their address is a person's
# ("Buurtvereniging Waalkwartier, Sluisweg 14" is where its secretary lives).
_RESIDENTS_GROUP = regex.compile(
    r"(?i)buurt|bewoners|wijk|dorps|straat|actie|huurder|eigenaren|\bvve\b|werkgroep|collectief|initiatief|"
    r"comit[eé]|belangengroep|vrienden|platform|ouders|vrijwilligers")
_LEGAL_FORM = regex.compile(
    r"(?i)(?<![\p{L}])(?:b\.[ ]?v\.?|n\.[ ]?v\.?|bv|nv|v\.o\.f\.?|vof|u\.a\.|holding)(?![\p{L}])")
# Register columns whose cell names who sent or asked: the row's address is theirs.
_SENDER_HEADER = regex.compile(
    r"naam|indiener|indieners|aanvrager|afzender|organisatie|naam\s+organisatie|bedrijf|inzender|reclamant")

# Local parts and their pieces that are mailboxes of a role, team or topic, beyond the policy's list.
_WEBMAIL = frozenset({
    "gmail", "hotmail", "outlook", "live", "yahoo", "ziggo", "kpnmail", "kpnplanet", "planet", "home", "xs4all",
    "icloud", "me", "msn", "hetnet", "quicknet", "upcmail", "casema", "chello", "online", "freeler", "gmx", "web",
    "t-online", "protonmail", "proton",
})
_COLLECTIVE = (
    "bewoners", "buurt", "wijk", "vereniging", "comite", "comité", "actie", "platform", "panel", "team", "club",
    "belangen", "stichting", "werkgroep", "collectief", "initiatief", "dorps", "dorp", "fractie", "raad",
    "bond", "vv", "sv", "secretaris", "penningmeester", "voorzitter", "info", "bestuur", "redactie",
    "vrienden", "netwerk", "coalitie", "samen", "ouders", "leden",
)
_INITIAL_FIRST = re.compile(r"^[a-z]{1,3}[._-][a-z]")
_INITIAL_LAST = re.compile(r"[a-z][._-][a-z]{1,2}$")
_GENERAL_INBOXES = frozenset({
    "info", "post", "mail", "secretariaat", "contact", "receptie", "algemeen", "office", "hallo", "welkom",
})
# A body's own general boxes (its griffie's, its front desk's): the number right beside one is the
# body's ("griffie@oss.nl, telefoon 0412 ..."), but not every number on its line ("Inlichtingen: X,
# 043 ...; algemeen 14 043, gemeente@..." gives a staff member's line first).
_BODY_INBOXES = frozenset({
    "griffie", "raadsgriffie", "statengriffie", "gemeente", "klantcontact", "kcc", "servicepunt", "publiekszaken",
})
_BODY_INBOX_BEFORE = regex.compile(
    r"(?i)(?<![\w.+-])(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+[ \t]*[,;/]?[ \t]*(?:of[ \t]+)?"
    r"(?:(?:tel(?:efoon)?\.?|t)[ \t]*:?[ \t]*)?$")
_SPLIT = re.compile(r"[._+-]+|\d+")


def _switchboard_shape(national: str) -> str | None:
    """Why a Dutch landline (ten digits from its trunk 0) has a switchboard's shape, if it has one."""
    if len(national) != 10 or national.startswith(("06", "097")):
        return None
    if national.endswith("00"):
        return "een rond nummer, zoals een centrale het heeft"
    # two digits twice, or three; never one digit four times: "030 555 5555" is a placeholder
    if ((national[-4:-2] == national[-2:] and national[-2] != national[-1])
            or (national[-6:-3] == national[-3:] and len(set(national[-3:])) > 1)):
        return "een nummer om te onthouden, zoals een centrale het heeft"
    return None


def _general_inbox(local: str) -> bool:
    """An organisation's or a department's general inbox ("info@", "post@", "bestuurssecretariaat@"),
    beside which a number is that organisation's (a topic mailbox, "klachten@", often stands beside a
    staff member's direct line instead)."""
    key = local.lower()
    return key in _GENERAL_INBOXES or key.endswith("secretariaat")


@dataclass(frozen=True)
class MailboxVerdict:
    functional: bool
    reason: str


@dataclass(frozen=True)
class EvidenceLists:
    """What the evidence rules derive from the lexicons: built once per engine, not per document."""

    # Acronyms of organisations and laws ("ggd", "kcc", "uwv", "wmo"): a mailbox's local part that
    # is one of them is the organisation's, not a person's initials.
    acronyms: frozenset[str] = frozenset()
    # The listed organisations' names, for an account's holder ("t.n.v. Centrada").
    organisations: frozenset[str] = frozenset()

    @classmethod
    def of(cls, lexicons: Lexicons | None) -> EvidenceLists:
        if lexicons is None:
            return cls()
        return cls(
            acronyms=frozenset(
                {o.lower() for o in lexicons.organisations if o.isupper() and o.isalpha() and len(o) <= 6}
                | {k for k in words_of_class("legal") if len(k) <= 6}),
            organisations=frozenset(lexicons.organisations),
        )


class Evidence:
    """Document-level evidence for the keep-policy. Built once per document; ``lists`` once per engine."""

    def __init__(self, text: str, lexicons: Lexicons | None, person_words: Iterable[str] = (),
                 functional_parts: Iterable[str] = (), lists: EvidenceLists | None = None) -> None:
        self.text = text
        self.lexicons = lexicons
        self.person_words = frozenset(name_key(w) for w in person_words if len(w) >= 3)
        self.functional_parts = frozenset(functional_parts)
        self.lists = lists if lists is not None else EvidenceLists.of(lexicons)
        self._labels_of_line: dict[int, tuple[bool, regex.Match[str] | None]] = {}  # see _line_labels
        self._no_header_of: dict[int, bool] = {}  # see _no_header

    # -- e-mail ------------------------------------------------------------------------------

    @cached_property
    def group_mailboxes(self) -> dict[str, tuple[int, int]]:
        """Addresses whose display name is a team's or group's (lower-cased address -> the display
        name's span, its first). Found once per document, on first use."""
        return {address: spans[0] for address, spans in self._group_display_names.items()}

    @cached_property
    def _group_display_names(self) -> dict[str, list[tuple[int, int]]]:
        """Every display name of a team's or group's mailbox, per lower-cased address: a thread
        writes it in every header ("To: Verzuim OLV <...>", "Cc: Verzuim OLV <...>")."""
        found: dict[str, list[tuple[int, int]]] = {}
        if self.lexicons is not None and "<" in self.text:
            # From each "<address>" back to its display name: a search for the name first
            # would try its lazy pattern at every letter of the document.
            for match in _ANGLE_ADDRESS.finditer(self.text):
                window = max(0, match.start() - 64)
                name = _DISPLAY_NAME_BEFORE.search(self.text, window, match.start())
                if name and _group_name(name.group("name"), match.group("address"), self.lexicons):
                    found.setdefault(match.group("address").lower(), []).append(name.span("name"))
        return found

    def domain_names_a_person(self, address: str) -> bool:
        """Whether the domain of an address carries a person's name found in the document (no
        word, place or organisation word): a one-person firm's site or mailbox ("info@
        hermansadvocatuur.nl" beside "mr. S. Hermans", "www.pimrasenbergfoto.nl" beside "Pim
        Rasenberg"), which names the person whatever its local part says."""
        if self._organisation_before(address):
            return False  # "Stichting Mama Efua Zorgt <info@mamaefuazorgt...>": a foundation named after someone
        host = address.lower().rpartition("@")[2]
        host = _SCHEME_AND_WWW.sub("", host)
        return self._label_names_a_person(name_key(host.split(".")[0].split("/")[0].replace("-", "")))

    def local_part_names_a_person(self, address: str) -> bool:
        """Whether a general inbox's local part goes on with a person's name of the document, as a
        one-person firm's mailbox does ("info.verdouwboerenkaas@" beside "Ingrid Verdouw"): the
        "info" before it says nothing of whose mailbox it is."""
        if self._organisation_before(address):
            return False
        pieces = [p for p in _SPLIT.split(address.lower().partition("@")[0]) if p][1:]
        return any(self._label_names_a_person(name_key(piece)) for piece in pieces)

    def _organisation_before(self, address: str) -> bool:
        """Whether an organisation stands before the address's first mention on its line: its
        mailbox, whatever names the address carries."""
        at = self.text.find(address)
        return at >= 0 and bool(_ORG_ON_LINE.search(self.text, max(self.text.rfind("\n", 0, at) + 1, at - 80), at))

    def _label_names_a_person(self, label: str) -> bool:
        """A domain's label or a local part's piece made of a person's name of the document and at
        most one ordinary word of a trade ("hermansadvocatuur", "verdouwboerenkaas")."""
        lex = self.lexicons
        if (lex is None or len(label) < 4 or lex.is_word(label) or label in lex.places
                or label in lex.organisation_words):
            return False
        names = self._person_words_in(label)
        if not any(len(w) >= 4 and not (lex.is_word(w) or w in lex.places or w in lex.organisation_words)
                   for w in names):
            return False
        # The name, and at most one ordinary word of a trade beside it ("advocatuur", "foto"); not
        # a facility or a company named after someone ("speeltuinjanligthart", "gebrdekker").
        rest = label
        for word in sorted(names, key=len, reverse=True):
            rest = rest.replace(word, " ")
        rest_words = rest.split()
        return len(rest_words) <= 1 and not any(
            _FACILITY_OR_FIRM_WORD.fullmatch(w) or not (lex.is_word(w) or lex.is_compound(w)) for w in rest_words)

    def _person_words_in(self, label: str) -> list[str]:
        """The document's person words that stand in ``label``, in the order of ``person_words``."""
        words = self.person_words
        pieces = len(label) * (len(label) + 1) // 2 + 1
        if len(words) <= pieces:
            return [w for w in words if w in label]
        # A long document has far more name words than a label has pieces: look its pieces up
        # instead of every word in it (the empty piece too, as "" would stand in any label).
        found = {label[i:j] for i in range(len(label) + 1) for j in range(i, len(label) + 1)} & words
        order = self._person_word_order
        return sorted(found, key=order.__getitem__)

    @cached_property
    def _person_word_order(self) -> dict[str, int]:
        """Each person word's place in the iteration of ``person_words`` (a frozenset's order)."""
        return {w: i for i, w in enumerate(self.person_words)}

    def web_address_names_a_person(self, url: str) -> bool:
        """Whether a web address carries a person's name found in the document: in its host, as
        a mailbox's domain would (``domain_names_a_person``), or as a word of its path
        ("petities.nl/fietspad-weg-wiegman" beside "mevrouw Wiegman")."""
        if self.domain_names_a_person(url):
            return True
        lex = self.lexicons
        path = regex.sub(r"^(?:https?://)?[^/]*", "", url.lower())
        for part in regex.split(r"[^\p{L}]+", path):
            key = name_key(part)
            if len(key) >= 4 and key in self.person_words and (
                    lex is None or not (lex.is_word(key) or key in lex.places or key in lex.organisation_words)):
                return True
        return False

    def animal_name(self, start: int, end: int) -> bool:
        """The name of an animal, in quotes after the animal ("een labrador met de naam "Bakker"",
        "hond "Bas" (een beagle)", "Jack Russell genaamd "Kees""): no person's name."""
        if (" ".join(self.text[start:end].lower().split()) in _DOG_BREEDS_LIKE_NAMES
                and _ARTICLE_OR_POSSESSIVE_BEFORE.search(self.text, max(0, start - 8), start)):
            return True  # "een Jack Russell genaamd ...": the breed, named after a person ("met Jack Russell" is one)
        if self.text[end:end + 1] not in _CLOSING_QUOTES:
            return False
        return bool(_ANIMAL_BEFORE.search(self.text, max(0, start - 60), start))

    def group_display_name(self, start: int, end: int) -> bool:
        """Whether [start, end) lies in the display name of a team's or group's mailbox."""
        # One look-up in a running maximum of ends over the display names by start: a scan of
        # every display name per name made a long thread quadratic.
        starts, reach = self._group_display_reach
        index = bisect_right(starts, start)
        return index > 0 and reach[index - 1] >= end

    @cached_property
    def _group_display_reach(self) -> tuple[list[int], list[int]]:
        """The display names' starts in order, and the furthest end of those up to each."""
        spans = sorted(span for spans in self._group_display_names.values() for span in spans)
        return [s for s, _ in spans], list(accumulate((e for _, e in spans), max))

    def mailbox(self, address: str) -> MailboxVerdict:
        """Whether an address is a functional mailbox, judged from its local part."""
        local, _, domain = address.lower().partition("@")
        domain_label = domain.split(".")[0]
        group = self.group_mailboxes.get(address.lower())
        if group is not None and not ((_INITIAL_FIRST.match(local) or _INITIAL_LAST.search(local))
                                      and not _abbreviation_of_the_name(local, self.text[group[0]:group[1]])):
            return MailboxVerdict(True, "the mailbox of a team or group (its display name)")
        if _INITIAL_FIRST.match(local) or _INITIAL_LAST.search(local):
            return MailboxVerdict(False, "initials")
        parts = [p for p in _SPLIT.split(local) if p]
        if re.search(r"\d{2,}", local) and domain_label in _WEBMAIL:
            return MailboxVerdict(False, "digits in a webmail address")
        if not parts:
            return MailboxVerdict(False, "no words")
        # "jdv@", "abc@", "rvdm@": a short local part without a vowel or of two or three letters is
        # a person's initials, unless the body lists it as a team ("ict@", "hr@", "fg@").
        if len(parts) == 1 and local not in self.functional_parts and local not in _GENERAL_INBOXES and (
                len(local) <= 3 or (len(local) <= 5 and not re.search(r"[aeiouy]", local))) and (
                local not in PARTY_KEYS and local not in self.lists.acronyms
                and not re.fullmatch(r"[a-z]\d+", local)):  # "n348@": a road's project, no initials
            return MailboxVerdict(False, "initials")
        lex = self.lexicons
        collective = any(c in local for c in _COLLECTIVE)
        for part in parts:
            key = name_key(part)
            if key in self._mailbox_name_words or self._glued_person_words(key):
                return MailboxVerdict(False, "a name of this document")
            if lex is not None and _glued_name(key, lex):
                return MailboxVerdict(False, "a name glued to initials or a first name")
            if key in self.functional_parts or key in PARTY_KEYS:
                continue
            if lex is None:
                return MailboxVerdict(False, "no lexicons")
            is_word = lex.is_word(key) or (len(key) >= 6 and lex.is_compound(key))
            is_place = key in lex.places or key == domain_label
            is_org = key in lex.organisation_words
            named = lex.is_first_name(key) or (lex.is_surname(key) and not is_word)
            if named and not (is_place or is_org):
                return MailboxVerdict(False, "a listed name")
            if is_word or is_place or is_org or len(key) <= 3:
                continue
            # An unknown piece: functional only when it follows a collective word
            # ("wijkpanelzuidrand": a panel of a neighbourhood), else a name (recall first).
            if not ((collective and any(key.startswith(c) or key.endswith(c) for c in _COLLECTIVE))
                    or _split_collective(key, lex)):
                return MailboxVerdict(False, "an unknown word")
        if domain_label in _WEBMAIL and not collective:
            return MailboxVerdict(False, "a webmail address without a collective word")
        return MailboxVerdict(True, "role, team, topic or organisation words")

    @cached_property
    def _mailbox_name_words(self) -> frozenset[str]:
        """The document's name words a mailbox's local part is judged by: not the words of the
        language that are no listed name ("parkeren", "roosters"), for where the name model took a
        team's or a department's name for a person's ("Abteilung Parken / Parkeren"), its mailbox is
        still the team's."""
        lex = self.lexicons
        if lex is None:
            return self.person_words
        # (whole words only: a compound of words is as often a surname, "dijkhof", "veldkamp")
        return frozenset(w for w in self.person_words if lex.is_name(w) or not lex.is_word(w))

    def _glued_person_words(self, key: str) -> bool:
        """A local part made of the name parts of this document's people: "keesprins" beside Kees
        Prins, "houdaaithaddou" beside Houda Ait Haddou (particles may stand between), or initials
        glued to one of them, "svdijk" beside Stijn van Dijk."""
        words = self._mailbox_name_words
        if any(len(key) - cut >= 3 and key[cut:] in words for cut in (1, 2, 3)):
            return True  # initials (and a particle's letter) before a name part of the document
        lex = self.lexicons
        # cut into name parts and particles, at least two pieces and one of them a name part
        reachable: dict[int, bool] = {0: False}  # position -> a name part among the pieces so far
        for end in range(2, len(key) + 1):
            for start, has_name in list(reachable.items()):
                if start >= end:
                    continue
                piece = key[start:end]
                if piece in words or (lex is not None and lex.is_particle(piece)):
                    named = has_name or piece in words
                    reachable[end] = reachable.get(end, False) or named
        return reachable.get(len(key), False)

    # -- addresses, numbers, accounts --------------------------------------------------------

    def permit_location(self, end: int) -> bool:
        """Whether the address ending at ``end`` is where a permit applied for or granted lets
        something be done, as municipalities publish permits ("Oudegracht 231: het wijzigen van de
        winkelpui", "Hertmerweg 33: het vellen van drie beuken"): the law has that location published.
        Only in a text about permits, and only before an activity ("het" and a verb)."""
        if not self._about_permits or not _PERMIT_ACTIVITY_AFTER.match(self.text, end, min(len(self.text), end + 80)):
            return False
        # not where the item names its applicant ("- Kerkstraat 5: het plaatsen van een dakkapel
        # (aanvrager: J. Kanterink)"): a named person's home stays withheld
        line_start = self.text.rfind("\n", 0, end) + 1
        line_end = self.text.find("\n", end)
        line = self.text[line_start:len(self.text) if line_end == -1 else line_end]
        return not any(name_key(w) in self.person_words for w in _CAPITALISED_WORD.findall(line))

    @cached_property
    def _about_permits(self) -> bool:
        return "vergunning" in self._lowered

    def organisation_office(self, start: int) -> bool:
        """Whether the address starting at ``start`` follows a public building or an organisation."""
        return bool(_OFFICE_BEFORE.search(self.text, max(0, start - 80), start))

    def organisation_addressee(self, start: int, end: int) -> str | None:
        """The organisation whose address the one at [start, end) is: the name heading its address
        block (only "t.a.v. ..." lines between: the person named there is reached at the office,
        does not live there), or the sender's or applicant's cell of its register row."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if not self.text[line_start:start].strip(" \t>"):
            cursor = line_start
            for _ in range(3):
                if cursor == 0:
                    break
                above_start = self.text.rfind("\n", 0, cursor - 1) + 1
                line = self.text[above_start:cursor - 1].strip(" \t>")
                care_of = _CARE_OF_LINE.match(line)
                if care_of:
                    # "p/a RTV Oost, redactie": given care of an organisation, the address is its office;
                    # care of a person ("p/a de heer X, secretaris"), it is where that person lives
                    rest = care_of.group("rest").split(",")[0].strip()
                    return rest[:40] if rest and self.organisation_name(rest) else None
                if not line or not _ATTENTION_LINE.match(line):
                    return line[:40] if line and self.organisation_name(line) else None
                cursor = above_start
            return None
        return self._sender_in_row(start, end)

    def organisation_name(self, value: str) -> bool:
        """Whether a line or a cell names an organisation: a legal form, a listed organisation, a word
        only organisations are called by ("Stichting", "Advocaten", "Vereniging", "-school"). A
        line that opens as a person's name does ("Mevrouw A. Bond", "fam. Kerkhof") never does, nor
        a word that is a listed name too ("Bond", "Kring")."""
        value = value.split(" (")[0].strip(" ,.;:|")
        if not value or len(value) > 80 or "@" in value or any(c.isdigit() for c in value):
            return False
        if _RESIDENTS_GROUP.search(value) or _PERSON_LINE.match(value):
            return False
        if _LEGAL_FORM.search(value) or self._listed_organisation(value):
            return True
        lex = self.lexicons
        if lex is None:
            return False
        return any(
            (key in lex.organisation_words or key.endswith(_ORG_ENDINGS)) and not lex.is_name(word)
            for word in value.split() for key in (name_key(word),))

    def _row_at(self, start: int, end: int) -> tuple[list[Cell], dict[int, str]] | None:
        """The register row under a header that holds [start, end), with its header, if any."""
        if not self._may_hold_table:
            return None
        rows, row_ends = self._table_body_rows
        index = bisect_left(row_ends, end)
        if index >= len(rows) or rows[index][0][0].start > start:
            return None
        return rows[index]

    def _one_person_row(self, cells: list[Cell]) -> bool:
        """A register row of a private person or a one-person business: a cell says so
        ("particulier", "eenmanszaak", "zzp"), or the business carries the surname of a "Surname,
        Given" cell of the row ("Kapsalon Ramdin" beside "Ramdin, Sharda"). Its address and account
        are the person's, whatever the applicant's cell looks like."""
        values = [c.text(self.text) for c in cells]
        if any(_ONE_PERSON_MARK.search(v) for v in values):
            return True
        surnames = {name_key(m.group(1)) for v in values if (m := _SURNAME_COMMA.match(v))}
        # (a foundation, an association or a company with a legal form is never one person's,
        # though it may carry a founder's name: "Stichting De Kroon van Van Heek")
        return any(name_key(w) in surnames for v in values
                   if not _SURNAME_COMMA.match(v) and not _ORG_HOLDER.match(v)
                   for w in _CAPITALISED_WORD.findall(v))

    def _sender_in_row(self, start: int, end: int) -> str | None:
        row = self._row_at(start, end)
        if row is None or not any(c.start <= start and end <= c.end for c in row[0]):
            return None
        cells, header = row
        if self._one_person_row(cells) or _CARE_OF_BEFORE.search(self.text, max(0, start - 8), start):
            return None  # ("p/a Keizerstraat 55": the contact person's address, for the association)
        for cell in cells:
            if cell.end <= start and _SENDER_HEADER.fullmatch(name_key(header.get(cell.column, "").strip(" :"))):
                value = cell.text(self.text)
                return value[:40] if self.organisation_name(value) else None
        return None

    def po_box_postcode(self, start: int) -> bool:
        return bool(_PO_BOX_BEFORE.search(self.text, max(0, start - 40), start))

    def organisation_phone(self, start: int, end: int, digits: str) -> str | None:
        if re.match(r"(?:0800|0900|0906|0909)", digits):
            return "0800/0900-nummer"
        if digits.startswith("06") or digits.startswith("316") or digits.startswith("00316"):
            return None
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end == -1 else line_end
        if PERSONAL_PHONE_MARK.match(self.text, end, line_end):
            return None  # "(direct line)", "(doorkiesnummer)": one person's own line
        if (not _ORG_PHONE_MARK.match(self.text, end, line_end)
                and not _ORG_PHONE_LABEL.search(self.text[max(line_start, start - 40):start])
                and self.in_personal_signature(start)):
            return None  # "Jeroen X\nVergunningverlener\nGemeente Leiden | ...\nT 071 ...": the signer's line
        if _ORG_PHONE_MARK.match(self.text, end, line_end):
            return "gemarkeerd als algemeen nummer"
        if _ORG_PHONE_LABEL.search(self.text[max(line_start, start - 40):start]):
            return "gemarkeerd als algemeen nummer"
        line = self.text[line_start:line_end]
        if regex.search(r"(?i)\bpostbus\s+\d", line):
            return "op een regel met een postbus"
        if line_start and start - line_start <= 12 and _PO_BOX_LINE.search(
                self.text, self.text.rfind("\n", 0, line_start - 1) + 1, line_start - 1):
            # an address block wrapped before its number: "..., Postbus 9090, 6800 GX Arnhem,\ntelefoon (026) ..."
            return "onder een regel met een postbus"
        national = digits
        for prefix in ("0031", "31"):
            if digits.startswith(prefix):
                national = "0" + digits[len(prefix):]
                break
        # Switchboards are given round numbers ("026 359 90 00", "088-246 5000") or numbers chosen to
        # be remembered ("0492 587 587", "074 265 86 86"); a private landline ends so once in a
        # hundred, and people give their mobile numbers now. Under an address block the number is
        # that address's: the sender's own, or an office's (evidence.organisation_office carries
        # that one along).
        shape = _switchboard_shape(national)
        if (shape and not PERSONAL_PHONE_LABEL.search(self.text[max(line_start, start - 30):start])
                and not self._under_a_home_address(line_start, start)):
            return shape
        # The general inbox of an organisation beside it ("0412 000 634;info@..."); a topic mailbox
        # ("klachten@") often stands beside a staff member's direct line instead.
        for local in regex.findall(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+", line):
            if _general_inbox(local):
                return "op een regel met het algemene adres van een organisatie"
        inbox = _BODY_INBOX_BEFORE.search(self.text, max(line_start, start - 80), start)
        if inbox and inbox.group("local").lower() in _BODY_INBOXES:
            return "direct na het algemene adres van het bestuursorgaan"
        # an organisation's contact block: its general inbox alone on the line above the number
        if line_start > 0:
            above = self.text[self.text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip()
            inbox = regex.fullmatch(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+", above)
            if inbox and _general_inbox(inbox.group(1)):
                return "onder het algemene adres van een organisatie"
        return None

    def in_personal_signature(self, start: int) -> bool:
        """Whether the number at ``start`` stands in a person's own mail signature that gives the
        organisation's general number apart (rule evidence.personal_signature): its block of lines,
        after the closing words, opens with a name found in the document, the person's role under
        it, and the block names a general number besides ("Jeroen X\nVergunningverlener\nGemeente
        Leiden | Stadhuisplein 2, ...\nT 071 516 5207 | M 06 ...\nAlgemeen: 14 071"). That number
        is the person's own line, though the office's address stands above it; an organisation's
        letterhead opens with no person's name."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if not self.person_words or line_start == 0:
            return False
        block_start = self.text.rfind("\n\n", max(0, line_start - 400), line_start)
        block_start = max(0, line_start - 400) if block_start == -1 else block_start + 2
        lines = self.text[block_start:line_start].split("\n")[:-1]
        while lines and _CLOSING_WORDS.fullmatch(lines[0].strip()):
            lines = lines[1:]
        if not 2 <= len(lines) <= 5:
            return False
        if not (_SIGNATURE_NAME.fullmatch(lines[0].strip())
                and any(name_key(w) in self.person_words for w in regex.findall(r"\p{L}+", lines[0]))
                and not _POSTCODE_IN.search(lines[1])):
            return False
        # Only where the signature gives the organisation's general number apart ("Algemeen: 14 071"),
        # above the number or in the three lines under it: without it, the number under the office's
        # address is as often the office's own.
        if _GENERAL_NUMBER_APART.search(self.text, block_start, line_start):
            return True
        line_end = self.text.find("\n", start)
        return line_end != -1 and bool(_GENERAL_NUMBER_APART.search(
            self.text, line_end + 1, _lines_forward(self.text, line_start, 3)))

    def _under_a_home_address(self, line_start: int, start: int) -> bool:
        """A postcode in the three lines before the number that is no PO box's: the number is that
        address's, a sender's own (an office's is carried along by ``evidence.organisation_office``)."""
        block = self.text[_lines_back(self.text, line_start, 3):start]
        return bool(_POSTCODE_IN.search(block)) and not _PO_BOX_WORD.search(block)

    def organisation_account(self, start: int, end: int) -> str | None:
        after = _ACCOUNT_HOLDER.match(self.text, end, min(len(self.text), end + 80))
        holder = after.group("holder").strip() if after else ""
        if not holder:
            before = _ACCOUNT_HOLDER_BEFORE.search(self.text, max(0, start - 80), start)
            holder = before.group("holder").strip() if before else ""
        if not holder:
            # a register's next cell ("...;NL08 RABO ...;Stichting Buurtkamer;...") or "(Gemeente X"
            cell = _NEXT_CELL.match(self.text, end)
            holder = cell.group("holder").strip() if cell else ""
        if holder and (_ORG_HOLDER.match(holder) or self._listed_organisation(holder)):
            return holder.split(",")[0][:40]
        if _MUNICIPAL_ACCOUNT_BEFORE.search(self.text, max(0, start - 40), start):
            return "gemeente"
        return self._holder_in_row(start, end)

    def _holder_in_row(self, start: int, end: int) -> str | None:
        """A register's row whose holder column ("Tenaamstelling", "Rekeninghouder") or applicant
        column ("Aanvrager", "Organisatie") names an organisation ("Stichting Tarwekracht", "Gouds
        Schaakgenootschap"), or whose kind of applicant is one ("stichting"): the account in that
        row is the organisation's. A contact person's name in another cell of the row is no holder."""
        row = self._row_at(start, end)
        if row is None:
            return None
        cells, header = row
        if self._one_person_row(cells):
            return None
        organisation_words = self.lexicons.organisation_words if self.lexicons is not None else frozenset()

        def organisation(value: str) -> bool:
            return bool(_ORG_HOLDER.match(value) or self._listed_organisation(value) or any(
                name_key(w) in organisation_words or name_key(w).endswith(_ORG_ENDINGS) for w in value.split()))

        heads = {cell.column: name_key(header.get(cell.column, "").strip(" :")) for cell in cells}
        # The holder's own column decides where there is one ("J.P. Brand" holds the account of a
        # foundation's project); else the applicant's, or the kind of applicant.
        holders = [c for c in cells if _HOLDER_HEADER.fullmatch(heads[c.column])]
        if any(_ACCOUNT_HOLDER_HEADER.fullmatch(h) for h in heads.values()):
            holders = [c for c in holders if _ACCOUNT_HOLDER_HEADER.fullmatch(heads[c.column])]
            return next((c.text(self.text)[:40] for c in holders if organisation(c.text(self.text))), None)
        for cell in cells:
            value = cell.text(self.text)
            if _KIND_HEADER.fullmatch(heads[cell.column]) and name_key(value) in organisation_words:
                return value
        return next((c.text(self.text)[:40] for c in holders if organisation(c.text(self.text))), None)

    def _listed_organisation(self, holder: str) -> bool:
        """Whether the holder opens with a listed organisation's name ("Centrada, o.v.v. ...")."""
        return holder.split(",")[0].split(" (")[0].strip(" .") in self.lists.organisations

    # -- officials ---------------------------------------------------------------------------

    def party_after(self, end: int, _coordinated: bool = False) -> str | None:
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end == -1 else line_end
        match = _PARTY_AFTER.match(self.text, end, line_end)
        if match is None and line_end < len(self.text) and not self.text[end:line_end].strip():
            # a list wrapped by hand or by a PDF: "mevrouw Esra Koç\n(GroenLinks), de heer ..."
            next_end = self.text.find("\n", line_end + 1)
            match = _PARTY_AFTER.match(self.text, line_end + 1, len(self.text) if next_end == -1 else next_end)
        if match:
            party = (match.group("party") or match.group("party2") or match.group("party3")).strip()
            if _ORG_ON_LINE.match(party):
                return None  # "(Stichting Samen Thuis Dordrecht)": a foundation, though "Samen" opens parties
            return party
        glued = GLUED_PARTY_AFTER.match(self.text, end)
        if glued:
            return glued.group()  # "Koen NijhofGL": the party column ran into the name column
        # (the bracket after the name first: the document-wide looks are made only where one stands)
        seat = _WATER_BOARD_SEAT_AFTER.match(self.text, end, line_end)
        if seat and self.water_board:
            return seat.group(1)  # "D.A. X (bedrijfsgebouwd)": a general board's member for a category
        acronym = _ACRONYM_AFTER.match(self.text, end, line_end)
        if acronym and acronym.group(1) in self._bracket_parties_at(end):
            return acronym.group(1)  # "Alette Kanterink (DLP)" among "Erik Dijkhof (CDA)", "Rob Sabel (D66)"
        if self.council_minutes:
            match = _PARTY_IN_WORDS.match(self.text, end, line_end)
            if match:
                return match.group("party")
            local = self._document_party_after(end, line_end)
            if local:
                return local
        if not _coordinated:
            following = (_AND_NEXT_MEMBER.match(self.text, end, line_end)
                         or _AND_NEXT_NAME_BEFORE_FRACTIE.match(self.text, end, line_end))
            if following:
                return self.party_after(following.end(), _coordinated=True)
        return None

    @cached_property
    def bracket_parties(self) -> tuple[tuple[int, int, frozenset[str]], ...]:
        """Local parties as a document writes them in brackets after its members' names, beside
        other parties (rule evidence.party_affiliation, "bracket parties"): where two parties or
        more stand in brackets after names in one part of the document ("Erik Dijkhof (CDA)",
        "Rob Sabel (D66)"), an acronym in the same place is a party too ("Alette Kanterink (DLP)",
        "(VOCH)"), unless the lists know it as an organisation's or a law's ("(GGD)", "(UWV)"). A
        part ends at a list's label ("- overigen:", "Afwezig:"): the departments of the civil
        servants under "overigen" ("Prins (GW)") are no parties of the members above. Any document,
        not only minutes: news on a council debate names its members so. Per part, its start, its
        end and its acronyms; empty where none."""
        if "(" not in self.text:
            return ()
        starts = [0, *(m.start() for m in _LIST_LABEL.finditer(self.text))]
        found = []
        for start, end in zip(starts, [*starts[1:], len(self.text)], strict=True):
            labels = {m.group("label").strip() for m in _NAME_THEN_BRACKET.finditer(self.text, start, end)}
            parties = {label for label in labels
                       if name_key(label.replace("-", "").replace("/", "")) in PARTY_KEYS
                       or (_PARTY_WHOLE.fullmatch(label) and not _ORG_ON_LINE.search(label))}
            if len(parties) >= 2:
                acronyms = frozenset(label for label in labels - parties
                                     if _ACRONYM_LABEL.fullmatch(label) and label.lower() not in self.lists.acronyms)
                if acronyms:
                    found.append((start, end, acronyms))
        return tuple(found)

    def _bracket_parties_at(self, pos: int) -> frozenset[str]:
        """The acronyms of ``bracket_parties`` in the part of the document that holds ``pos``."""
        parts = self.bracket_parties
        index = bisect_right(parts, pos, key=lambda part: part[0]) - 1
        if index < 0 or pos >= parts[index][1]:
            return frozenset()
        return parts[index][2]

    @cached_property
    def document_parties(self) -> frozenset[str]:
        """The local parties of minutes, as their attendance list names them ("Aanwezig namens
        GroenLinks ... namens Swollwacht Tamara ..."; "de fractie Venlokaal"): one or two
        capitalised words after "namens" or "fractie" that no word list, organisation list or
        place list knows (an inspreker "namens Buurtvereniging 't Ven" speaks for no party)."""
        if not self.council_minutes or self.lexicons is None:
            return frozenset()
        lex = self.lexicons
        found = set()
        # Only the head of the minutes, where the attendance list stands: an inspreker later on
        # speaks "namens Natuurmonumenten" for an organisation, not for a party.
        head = _FIRST_AGENDA_ITEM.search(self.text, 0, 2500)
        for match in _PARTY_NAMED.finditer(self.text, 0, head.start() if head else 2500):
            words = match.group("party").split()
            # two capitalised words may be the party and a given name after it ("Swollwacht Tamara")
            for name in (" ".join(words), words[0]) if len(words) > 1 else (words[0],):
                if name in self.lists.organisations:
                    break
                if (_PARTY_WHOLE.fullmatch(name) or not any(
                        lex.is_word(w) or name_key(w) in lex.places or name_key(w) in lex.organisation_words
                        or ends_compound(name_key(w), _ORG_ENDINGS) or lex.is_name(w) for w in name.split())):
                    found.add(name)
                    break
        return frozenset(found)

    @cached_property
    def _parties_longest_first(self) -> tuple[str, ...]:
        """This document's own parties and the national ones, longest first ("GroenLinks-PvdA"
        before "GroenLinks")."""
        return tuple(sorted({*self.document_parties, *NATIONAL_PARTIES}, key=lambda p: (-len(p), p)))

    def _document_party_after(self, end: int, line_end: int) -> str | None:
        """A party of this document's own in brackets after the name ("Mevrouw Michiels (Venlokaal)")."""
        parties = self.document_parties
        if not parties:
            return None
        match = _BRACKETED_AFTER.match(self.text, end, line_end)
        return match.group(1) if match and match.group(1) in parties else None

    def party_label_before(self, start: int) -> str | None:
        """A party as a list's label right before the name, in minutes of an elected body, as a list
        of members by group writes it ("Leefbaar 3B : Henk X, Jan Y", "VVD : Eric Z"): the party.
        (The names after the first follow as items of the same list.)"""
        if not self.council_minutes or ":" not in self.text[max(0, start - 4):start]:
            return None
        match = _LABEL_BEFORE.search(self.text, max(0, start - 45), start)
        if match is None:
            return None
        words = match.group("label").split()
        # the label's words from the last back: "Harn WIJ Lansingerland" holds "WIJ Lansingerland"
        for first in range(len(words) - 1, -1, -1):
            candidate = " ".join(words[first:])
            if self.is_party(candidate):
                return candidate
        return None

    def party_named_before(self, start: int, end: int | None = None) -> str | None:
        """A party of minutes right before the name, "namens" before it, as a flattened attendance
        list writes it ("namens VVD J.W. ten Brinke", "namens Swollwacht Tamara Brouwers-Keizer")."""
        if not self.council_minutes:
            return None
        at = self.text.rfind("namens", max(0, start - 90), start)
        if at == -1 or (at and self.text[at - 1].isalpha()):
            return None
        if end is not None and not self.text[at + len("namens"):start].strip():
            # the name model took the party into the span: "namens [SP K. Haverkate]"
            span = self.text[start:end]
            inside = next((p for p in self._parties_longest_first if span.startswith((p + " ", p + "\n"))), None)
            if inside is not None:
                return inside
        lead = self.text[at + len("namens"):start].lstrip(" \t\n")
        party = next((p for p in self._parties_longest_first
                      if lead.startswith(p) and not lead[len(p):len(p) + 1].islower()), None)
        # after the party only the names before this one, with commas ("namens GroenLinksR. Zomer,
        # A. Yilmaz"): a name glued to the party or after a space
        if party is None or not _NAMES_BEFORE.fullmatch(lead[len(party):]):
            return None
        return party

    def _town_label(self, label: str) -> bool:
        """A listed town, or a capitalised word no word list knows ("Breestad"): a group of members."""
        if self.lexicons is None or not label[:1].isupper():
            return False
        key = name_key(label)
        return key in self.lexicons.places or not any(self.lexicons.is_word(part) for part in key.split("-") if part)

    def party_glued_before(self, start: int) -> str | None:
        """The party glued to the initials before the name ("PvdAM.M.M. Moester"), if any."""
        match = _GLUED_PARTY_BEFORE.search(self.text, max(0, start - 30), start)
        return match.group("party") if match else None

    @cached_property
    def _fraction_chat(self) -> tuple[str, frozenset[str]] | None:
        """A party group's own chat, as exported for a Woo request: the group is named after the
        fraction ("[17-09-2025 20:14:03] Fractie Breda Vooruit: Mieke X heeft je toegevoegd"). Its
        speakers are the group's members, except who says they are staff ("Ik ben fractiemedewerker").
        (the group's name, the speakers who name a staff role of their own)"""
        group = _FRACTION_GROUP.search(self.text, 0, 3000)
        if group is None:
            return None
        staff = frozenset(" ".join(m.group("name").split()) for m in _SPEAKER_SAYS_STAFF.finditer(self.text))
        return group.group("group").strip(), staff

    def fraction_chat_speaker(self, start: int, end: int) -> str | None:
        """The fraction whose group chat the name at [start, end) speaks in, if it does."""
        chat = self._fraction_chat
        if chat is None or not _CHAT_SPEAKER_BEFORE.search(self.text, max(0, start - 40), start):
            return None
        if not self.text.startswith(":", end) or " ".join(self.text[start:end].split()) in chat[1]:
            return None
        return chat[0]

    def member_named(self, start: int, end: int | None = None) -> bool:
        """A name after "het lid" in minutes of an elected body ("het lid Wolterbeek"), or a speaker
        who speaks for a party group ("De heer Tuinman deelt mede dat de fractie van de P.v.d.A.
        ...", "mevrouw X zegt namens haar fractie"): a member."""
        if not self.council_minutes:
            return False
        if _MEMBER_BEFORE.search(self.text, max(0, start - 20), start):
            return True
        return (end is not None and not PRIVATE_ROLE_AFTER.match(self.text, end)
                and bool(_SPEAKS_FOR_FRACTION.match(self.text, end, min(len(self.text), end + 90))))

    def no_person_here(self, start: int, end: int) -> tuple[str, str] | None:
        """What the span and its neighbours alone show it to be instead of a person's name, as the
        rule and its reason: a role's code in a log, a mail program's line, an app, a programme's
        name in quotes, the place after an address."""
        span = self.text[start:end]
        if self.text[start - 1:start] == "[" and _ROLE_CODE.fullmatch(span) and _SPEAKER_AFTER_BRACKET.match(
                self.text, end):
            # "02:31 [OvD-BZ] Ellen X: Ter plaatse": a crisis team's role, the speaker after it
            return ("evidence.role_code",
                    "Code van een rol in een logboek of chat (tussen blokhaken voor de spreker): geen persoon.")
        if _MAIL_BOILERPLATE.fullmatch(span.strip()):
            return ("evidence.mail_boilerplate", "Vaste tekst van een e-mailprogramma ('Forwarded message'): "
                    "geen persoon.")
        if _PRODUCT_NOUN_BEFORE.search(self.text, max(0, start - 20), start) or _PRODUCT_NOUN_OPENING.match(span):
            return ("evidence.product_name", "Naam van een app, website of systeem: geen persoon.")
        if self._quoted_title(start, end):
            return ("evidence.quoted_title",
                    "Naam van een programma, project of gebouw tussen aanhalingstekens: geen persoon.")
        if " " not in span.strip() and _PLACE_AFTER_ADDRESS.search(self.text, max(0, start - 40), start):
            return ("evidence.place_after_address", "Plaatsnaam na een adres ('... 1 te Vries'): geen persoon.")
        return None

    def _quoted_title(self, start: int, end: int) -> bool:
        """A name in quotes right after a noun for a programme, project, event or building: the
        quotes name that thing ("Aanpak Armoede en Schulden 'Mei Elkoar'", "de kop-hals-rompboerderij
        "Bosma State"", "Doorstroomregeling "Van Groot naar Beter""), not a person. Not after a
        comma or a person's noun ('De buurman, "Kees", belde'), and not initials."""
        text = self.text
        if text[start - 1:start] not in _OPENING_QUOTES or _INITIAL_IN_NAME.search(text, start, end):
            return False
        closing = end if text[end:end + 1] in _CLOSING_QUOTES else end - 1
        if text[closing:closing + 1] not in _CLOSING_QUOTES or closing <= start:
            return False
        return bool(_THING_NOUN_BEFORE.search(text, max(0, start - 60), start - 1))

    def rsin(self, start: int) -> bool:
        """A number labelled RSIN or fiscaal nummer right before it ("RSIN of het fiscaal nummer:
        813403078"): a legal person's, though it passes the BSN's 11-proef."""
        return bool(_RSIN_LABEL_BEFORE.search(self.text, max(0, start - 40), start))

    def acronym_of(self, start: int, end: int) -> str | None:
        """The words an acronym stands for, where the document spells them out beside it: "Zio (Zorg
        in Ontwikkeling)", "Stichting Wonen Limburg (SWL)". The acronym is the initials of every word,
        or of the capitalised ones; the words are ordinary words or places, not a person's name
        ("JdV (Jan de Vries)" spells out a person's initials: no organisation)."""
        word = self.text[start:end]
        if not 2 <= len(word) <= 6 or not word.isalpha() or self.lexicons is None:
            return None
        after = _EXPANSION_AFTER.match(self.text, end)
        if after:
            words = after.group("words").split()
            return after.group("words") if self._spells(word, words) else None
        if self.text[start - 1:start] == "(" and self.text[end:end + 1] == ")":
            line_start = self.text.rfind("\n", 0, start) + 1
            before = self.text[max(line_start, start - 120):start - 1].split()
            for count in range(len(word), min(len(before), 2 * len(word) + 2) + 1):
                if self._spells(word, before[-count:]):
                    return " ".join(before[-count:])
        return None

    def _spells(self, acronym: str, words: list[str]) -> bool:
        lexicons = self.lexicons
        assert lexicons is not None
        words = [w.strip(",.;:") for w in words]
        if not words or not all(w[:1].isalpha() for w in words):
            return False
        capitalised = [w for w in words if w[0].isupper()]
        if not capitalised or not words[0][0].isupper():
            return False
        if any(lexicons.is_first_name(w) for w in capitalised):
            return False
        if not all(lexicons.is_word(w) or lexicons.is_compound(w) or name_key(w) in lexicons.places
                   for w in capitalised):
            return False
        key = acronym.lower()
        return key in ("".join(w[0] for w in words).lower(), "".join(w[0] for w in capitalised).lower())

    def named_after(self, start: int, end: int | None = None) -> str | None:
        """The facility a name stands after as its name ("Sportpark Pim Mulier", "OBS Jan Ligthart",
        "Stichting Jan Pieters"): the word, when it opens the proper name (capitalised) right before.
        With ``end``, also a facility word opening the span ("Montessorischool Maria Montessori")
        or a name that ends as a facility ("Dr. A. Schweitzerschool").
        Never a business its line calls one person's ("Deurwaarderskantoor X, Alkmaar
        (eenmanspraktijk)"): the annotation guideline's one-person firm, its name the owner's."""
        if end is not None and (self.one_person_firm_after(end) or _ONE_PERSON_FIRM_BEFORE.search(
                self.text, max(0, start - 60), start)):
            return None
        match = _FACILITY_BEFORE.search(self.text, max(0, start - 30), start)
        if match:
            return None if end is not None and self._owner_named(match.group("facility"), start, end) else \
                match.group("facility")
        if end is None:
            return None
        match = _FACILITY_OPENING.match(self.text, start, end)
        if match:
            return None if self._owner_named(match.group("facility"), match.end() - 1, end) else match.group("facility")
        match = _FACILITY_ENDING.search(self.text, start, end)
        if match and match.start() > start and self.text[match.start() - 1].isalpha() and not (
                self.lexicons is not None and self.lexicons.is_name(self.text[start:end].split()[-1])):
            # (a listed surname that ends so is a name: "Anna Emmerzaal")
            return match.group("facility")
        last = self.text[start:end].rsplit(" ", 1)
        if (len(last) == 2 and _FACILITY_LAST_WORD.fullmatch(last[1].replace("rn", "m"))
                and not FORM_OF_ADDRESS_BEFORE.search(self.text, max(0, start - 24), start)):
            # "Karel de Grote College", "Johan van Oldenbarnevelt Gymnasium" (OCR: "Gyrnnasium")
            return last[1]
        match = _BUSINESS_LAST_WORD.search(self.text, start, end)
        lex = self.lexicons
        if match and match.end() == end and match.start() > start and not (lex is not None and (
                lex.is_name(match.group("business"))
                or (lex.is_first_name(self.text[start:match.start()].strip()) and " " not in
                    self.text[start:match.start()].strip()))):
            # ("Piet Bouwman", "Anna Koster": a given name and one word are a person's name,
            # whatever that word means)
            # "Van der Valk Autoverhuur", "Van den Heuvel Security": a firm's name; its owner's
            # when the name before the kind of business is a person's elsewhere in the document
            return None if self._name_elsewhere(start, match.start(), end) else match.group("business")
        goes_on = _FACILITY_NAME_GOES_ON.match(self.text, end)
        if goes_on and lex is not None and not FORM_OF_ADDRESS_BEFORE.search(self.text, max(0, start - 24), start):
            # the facility's word ends the run of capitalised words ("Jan Pas van Stichting Zwolle
            # Schoon" names the person and then the foundation)
            word = goes_on.group("last")
            if not lex.is_name(word) and (_FACILITY_LAST_WORD.fullmatch(word) or _FACILITY_ENDING.search(word)):
                return word
        return self._inside_foundation_name(start, end)

    def street_name(self, start: int, end: int) -> bool:
        """Whether the span is a street's name after its article ("de Hoefkade", "aan de Lingedijk"):
        one word ending in a street's word, not a listed name (a surname "Verlaan" or "Ruisdijk" stays
        a name)."""
        name = self.text[start:end]
        return (self.lexicons is not None and name.isalpha() and is_street_word(name)
                and name[:1].isupper() and not self.lexicons.is_name(name)
                and _ARTICLE_BEFORE.search(self.text, max(0, start - 8), start) is not None)

    def place_after_postcode(self, start: int, end: int) -> bool:
        """Whether the span is the town of an address: right after a postcode on its line, up to the
        line's end or a comma ("8260 GA Kampen", "6981 BH Doesburg."), the postcode's letters perhaps
        read into it ("5345 AB Oss"). A town that is also a surname is still the town there."""
        letters_inside = POSTCODE_DIGITS_BEFORE.search(self.text, max(0, start - 6), start) is not None
        if not letters_inside and AFTER_POSTCODE.search(self.text, max(0, start - 9), start) is None:
            return False
        words = self.text[start:end].split()
        if letters_inside:
            # the span opens with the postcode's two letters: the town follows them
            if len(words) < 2 or not regex.fullmatch(r"\p{Lu}{2}", words[0]):
                return False
            words = words[1:]
        return (1 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in ("aan", "den", "de", "op", "a/d")
                                             for w in words)
                and _TOWN_ENDS.match(self.text, end) is not None)

    def place_after_from(self, start: int, end: int) -> bool:
        """Whether the span is where someone comes from: one capitalised word right after "uit" or
        "vanuit" ("een glazenier uit Schoonhoven", "de aanvrager uit Esch"), towns that are surnames
        too (and so not in places.txt) among them. Not a given name, not with a mobile number after
        it, and not where the document gives the word to a person ("mevrouw Schoonhoven")."""
        name = self.text[start:end]
        if (self.lexicons is None or " " in name.strip() or not name[:1].isupper()
                or _FROM_BEFORE.search(self.text, max(0, start - 30), start) is None
                or self.lexicons.is_first_name(name)):
            return False
        return self._no_person_here(name_key(name), end)

    def after_neuter_article(self, start: int, end: int) -> bool:
        """Whether the span is a place's, a building's or an event's name after "het" that follows a
        preposition or "en" ("en het Vlietbos", "in het Aambos", "over het Glow-festival"; the span
        may hold the article): no given name opening it, no initials, and no capitalised word or
        form of address before the preposition ("Piet in het Veld", "mevrouw op het Veld")."""
        name = self.text[start:end]
        if name[:4].lower() == "het ":
            start, name = start + 4, name[4:]
        words = name.split()
        if (not words or not words[0][:1].isupper() or self.lexicons is None
                or self.lexicons.is_first_name(words[0]) or "." in name):
            return False
        article = _NEUTER_ARTICLE_BEFORE.search(self.text, max(0, start - 40), start)
        if article is None:
            return False
        before = article.group("before") or ""
        preposition = article.end("before") if before else article.start()
        return not (before[:1].isupper() or PERSON_MARK_BEFORE.search(self.text, max(0, preposition - 24), preposition))

    def location_after_article(self, start: int, end: int) -> bool:
        """Whether the span names a place after a preposition and the article in small letters ("aan
        de Brink", "op de Lange Delft", "vanaf de Lange Noordstraat", "bij de Citadel"; the span may
        hold the article): no word of it a listed given name."""
        name = self.text[start:end]
        if name.startswith("de "):
            start, name = start + 3, name[3:]
        if not name[:1].isupper() or self.lexicons is None:
            return False
        if any(self.lexicons.is_first_name(word) or word.endswith(".") for word in name.split()):
            return False  # (a given name, initials or a title: "op de Dr. A. Schweitzerschool" is named_after's)
        location = _LOCATION_BEFORE.search(self.text, max(0, start - 16), start)
        # (the preposition may be a surname's own particle: "mevr. E. aan de Dijkhof", "Jan op de Kamp")
        return location is not None and not self._person_marked(location.start()) and \
            self._always_after_article(name)

    def _always_after_article(self, name: str) -> bool:
        """Whether every mention of ``name`` in the document follows the article in small letters,
        not a given name or initials before it ("op de Brink", "van de Brink"): never "mevrouw De
        Jong", "Jan de Jong", "J. de Jong" or the name bare, which give it to a person."""
        for match in regex.finditer(r"(?<![\p{L}])" + regex.escape(name) + r"(?![\p{L}])", self.text):
            before = _ARTICLE_AFTER_WORD.search(self.text, max(0, match.start() - 40), match.start())
            if before is None:
                return False
            word = before.group("word")
            if word is not None and (word.endswith(".") or (
                    self.lexicons is not None and self.lexicons.is_first_name(word))):
                return False
        return True

    def word_in_series(self, start: int, end: int) -> str | None:
        """The ordinary word the span is listed with, where the span is one capitalised word that is
        an ordinary word as well as a surname ("Groen", "Water", "Brand") and "en", "&" or a comma
        joins it to a word that is ordinary and no name ("Groen en water", "Klimaat, Groen en
        Openbare Ruimte"): a series of things, not a person. Not where the document gives the word
        to a person ("mevrouw Groen"), and not beside another name ("Bakker en Visser")."""
        lex = self.lexicons
        name = self.text[start:end]
        if lex is None or not name.isalpha() or not name[:1].isupper() or not lex.is_common(name) or \
                lex.is_first_name(name) or self._person_marked(start):
            return None
        role = _WORD_BEFORE_SPAN.search(self.text, max(0, start - 30), start)
        if role and name_key(role.group(1)) in _ROLE_WORDS:
            return None  # "de projectleider Groen en wethouder X": a role's holder
        for match in (_SERIES_AFTER.match(self.text, end), _SERIES_BEFORE.search(self.text, max(0, start - 30), start)):
            if match is None:
                continue
            word = match.group("word")
            if lex.is_word(word) and not lex.is_name(word) and not lex.is_particle(word) and \
                    name_key(word) not in _ROLE_WORDS:
                return None if self._named_as_a_person(name_key(name)) else word
        return None

    def place_in_series(self, start: int, end: int) -> str | None:
        """A listed place the span is listed with, where the span is one capitalised word in a series
        of such words joined by commas, "en", "of" or "/" ("(Valkenburg, Meerssen, Gulpen-Wittem)")
        and two others of the series are places of places.txt that no list knows as names: towns
        that are surnames too are left out of places.txt, and a series of towns names towns. One
        place beside it is not enough ("1. Jansen, Meerssen": a speaker and his town). Not a given
        name, not after a form of address, initials or a given name, and not where the document
        gives the word to a person."""
        lex = self.lexicons
        name = self.text[start:end]
        if (lex is None or not name.replace("-", "").isalpha() or not name[:1].isupper() or lex.is_first_name(name)
                or self._person_marked(start)):
            return None
        # the stretch of the line around it up to a bracket, a full stop, a colon or a semicolon
        lowest = max(0, start - 120)
        left = max([self.text.rfind(c, lowest, start) for c in "\n(;:."] + [lowest - 1])
        rights = [i for i in (self.text.find(c, end, end + 120) for c in "\n);:.") if i != -1]
        right = min(rights) if rights else min(len(self.text), end + 120)
        items = [item.strip() for item in _SERIES_SEPARATOR.split(self.text[left + 1:right])]
        if name not in items:
            return None
        # the run of single capitalised words around the span ("Overlast in Meerssen, Eijsden en
        # Valkenburg, vooral ...": the words before and after the run are no part of the series)
        at = items.index(name)
        low = high = at
        while low > 0 and _SERIES_ITEM.fullmatch(items[low - 1]):
            low -= 1
        while high + 1 < len(items) and _SERIES_ITEM.fullmatch(items[high + 1]):
            high += 1
        run = items[low:high + 1]
        if low > 0 and items[low - 1].split():
            run.append(items[low - 1].split()[-1])  # the series' first town after its words: "in Meerssen"
        places = [item for item in run if item != name and name_key(item) in lex.places and not lex.is_name(item)]
        if len(places) < 2:
            return None
        return None if self._named_as_a_person(name_key(name)) else places[0]

    def english_question(self, start: int, end: int) -> bool:
        """Whether the span is an English auxiliary opening a question or a clause ("Can you confirm",
        "Will you be able", "Can we work"), or a contraction ("Can't wait"): a verb, no name."""
        word = self.text[start:end]
        if _ENGLISH_CONTRACTION.fullmatch(word):
            return True
        return word.lower() in _ENGLISH_AUXILIARIES and _ENGLISH_SUBJECT_AFTER.match(self.text, end) is not None

    def one_person_firm_after(self, end: int) -> bool:
        """Whether the rest of the line after a name, up to 80 characters, calls its business one
        person's: "(eenmanszaak)", "(eenmanspraktijk)", "(zzp'er)"."""
        line_end = self.text.find("\n", end, end + 80)
        return bool(ONE_PERSON_FIRM.search(self.text, end, end + 80 if line_end == -1 else line_end))

    def _inside_foundation_name(self, start: int, end: int) -> str | None:
        """A foundation's or association's name that a person's name stands inside, with other
        capitalised words before it and an ordinary word closing the name ("Stichting Mama Efua
        Zorgt", "Stichting Tante Riek Wijkbus", "Stichting Ds. Van Dijk Huis"): the name of the
        foundation. A name that closes it is a person's ("Stichting Present Fatima Yilmaz")."""
        lex = self.lexicons
        opening = _FOUNDATION_CHAIN_BEFORE.search(self.text, max(0, start - 60), start)
        if lex is None or opening is None:
            return None
        words = regex.findall(r"\p{L}+", self.text[start:end])
        following = _NEXT_CAPITALISED.match(self.text, end)
        closing = following.group(1) if following else (words[-1] if len(words) > 1 else "")
        if closing and lex.is_word(closing) and not lex.is_name(closing):
            return opening.group("facility")
        # a kinship or a calling before a given name, the whole of the foundation's name ("Stichting
        # Tante Truus", "Stichting Pater Gerard"): a figure the foundation is named after
        if len(words) == 1 and lex.is_first_name(words[0]) and _KINSHIP_IN_FOUNDATION.search(
                self.text, max(0, start - 40), start):
            return opening.group("facility")
        return None

    def _name_elsewhere(self, start: int, name_end: int, end: int) -> bool:
        """Whether the last capitalised word of [start, name_end) stands elsewhere than in [start, end),
        not as part of the same firm's name again ("Jan de Rijk Logistics" twice names no owner)."""
        words = list(_CAPITALISED_WORD.finditer(self.text, start, name_end))
        if not words:
            return False
        word = words[-1].group()
        rest = self.text[words[-1].end():end]  # " Logistics" after "Rijk"
        return any(not (start <= found.start() < end) and self.text[found.end():found.end() + len(rest)] != rest
                   for found in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(word)}(?![\p{{L}}])", self.text))

    def _owner_named(self, facility: str, start: int, end: int) -> bool:
        """Whether a business ("Hoveniersbedrijf Zeeman") is its owner's: the name after the kind
        of business also stands elsewhere in the document ("Zeeman, Arjen" in the next cell), so
        the firm's name is the person's (the annotation guideline's one-person firm)."""
        if not _BUSINESS_KIND.search(facility):
            return False
        # "Schildersbedrijf P. Kanting", "Loodgietersbedrijf R. Mulder": initials make it the owner's
        # own name (a company named after its founder goes by the surname: "Bouwbedrijf Van Dam")
        if _INITIALS_OPENING.match(self.text, start, end):
            return True
        words = regex.findall(r"\p{Lu}[\p{L}'’-]+", self.text[start:end])
        if not words:
            return False
        # each part of a double surname counts ("maatschap Oude Nijhuis-Schuppert" of "de heer Oude
        # Nijhuis"); the business's whole name again names no owner ("café De Gouden Leeuw" ... "met
        # De Gouden Leeuw")
        name = self.text[start:end]
        for surname in {words[-1], *(p for p in words[-1].split("-") if len(p) >= 3 and p[0].isupper())}:
            lead = max(name.rfind(surname), 0)  # where the surname stands in the name
            for found in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(surname)}(?![\p{{L}}])", self.text):
                if start <= found.start() < end:
                    continue
                again_start = found.start() - lead
                again = self.text[again_start:found.end()]
                if (lead and again == name[:lead + len(surname)] and " " in again
                        and not self._person_marked(again_start)):
                    continue
                return True
        return False

    @cached_property
    def _may_hold_table(self) -> bool:
        """Whether the text holds a table's separator at all: asked per name, answered once (a
        search per name read a long document up to its first tab each time)."""
        return "\t" in self.text or ";" in self.text or "|" in self.text

    @cached_property
    def _table_body_rows(self) -> tuple[list[tuple[list[Cell], dict[int, str]]], list[int]]:
        """The table rows under a header, in text order, with where each ends."""
        rows = [(cells, header) for cells, header in table_rows(self.text) if header is not None and cells]
        return rows, [cells[-1].end for cells, _ in rows]

    def _no_header(self, header: dict[int, str]) -> bool:
        """Whether a row's header holds a cell no header has (initials and a name, a bracket): asked
        per name in a cell below it, answered once per header (rows under one header share it, and
        the rows live as long as this object, so its id stays its own)."""
        known = self._no_header_of.get(id(header))
        if known is None:
            known = self._no_header_of[id(header)] = any(_NO_HEADER_CELL.search(h) for h in header.values())
        return known

    def office_column(self, start: int, end: int) -> str | None:
        """The header of the table column the span fills when it names an office ("Raadslid",
        "Portefeuillehouder", "Wethouder"): the cells of that column are officeholders."""
        if not self._may_hold_table:
            return None
        rows, row_ends = self._table_body_rows
        # Rows are lines, in text order: start at the first row reaching the span (a scan of every
        # row per name made a long document quadratic; so would a copy of the rest of the list).
        for index in range(bisect_left(row_ends, start), len(rows)):
            cells, header = rows[index]
            if cells[0].start > end:
                break
            for cell in cells:
                if cell.start <= start and end <= cell.end:
                    if self._no_header(header):
                        # a list of names in prose split at semicolons, as a PDF gives it ("K. Bakker
                        # (D66); burgemeester J. Hoogstraten; wethouder\nD. Groen; notulist R. Wijnands"):
                        # its first line is no header, and "wethouder" heads no column
                        return None
                    title = header.get(cell.column, "").strip()
                    if _OFFICE_HEADER.fullmatch(title):
                        return title
                    # the chair's column of a council committee's register (an association's
                    # register has a chair too: only in documents of an elected body)
                    if self.council_minutes and _CHAIR_HEADER.fullmatch(title):
                        return title
                    return None
        return None

    def firm_name(self, end: int, start: int | None = None) -> str | None:
        """The legal form after a name that makes it a firm's ("Van der Linden B.V.", "Willems &
        Zn."): a company with its own legal personality, not a one-person business. With
        ``start``, also a partnership or legal form inside the span ("Veenstra & De Haan" after
        "Landschapsbureau", "Van Leeuwen & Partners"): more than one owner, no one person."""
        match = _FIRM_AFTER.match(self.text, end) or _FIRM_CHAIN_AFTER.match(self.text, end)
        if match:
            return " ".join(match.group("form").split())
        if start is not None:
            # (each pattern needs its word within its window: most names have neither, and the
            # searches, tried at every character of the window, cost more than the look)
            kind = (_FIRM_KIND_BEFORE.search(self.text, max(0, start - 80), start)
                    if any(word in self.text[max(0, start - 80):start] for word in _FIRM_KINDS) else None) or (
                _BROTHERS_BEFORE.search(self.text, max(0, start - 20), start)
                if "Gebr" in self.text[max(0, start - 20):start] else None)
            if kind:
                return kind.group("kind")
            if any(word in self.text[end:end + 120].lower() for word in _PARTNER_PROFESSIONS):
                for firm in _PARTNERSHIP_FIRM.finditer(self.text, max(0, start - 80), min(len(self.text), end + 120)):
                    if firm.start() <= start and firm.end() >= end:
                        return firm.group("profession").lower()  # "Van Koppen en Jager advocaten"
            # the partnership may run on past the span ("Landschapsbureau Veenstra" of
            # "Landschapsbureau Veenstra & De Haan"): it only has to take the span in
            for inside in _FIRM_INSIDE.finditer(self.text, max(0, start - 40), min(len(self.text), end + 40)):
                if inside.start() < end and inside.end() > start:
                    return " ".join(inside.group().split())
        return None

    def known_firm(self, start: int, end: int) -> str | None:
        """The name of a well-known company or organisation named like a person, mentioned bare
        ("gegund aan Heijmans", "Wehkamp € 1.920"): word_classes.tsv, class "firm". Not when the
        document names a person so anywhere: after a form of address, initials or a given name
        ("mevrouw Heijmans", "J. Heijmans", "Anna Heijmans") or with one after a comma ("Heijmans,
        Anna"). Recall first: then every bare mention is that person's too."""
        name = self.text[start:end]
        return " ".join(name.split()) if self._listed_and_bare(name, end, _KNOWN_FIRMS) else None

    def _listed_and_bare(self, name: str, end: int, listed: frozenset[str]) -> bool:
        """Whether ``name`` is in ``listed`` (known firms, places) and stands bare here: no given name
        ("Otto" alone is as likely someone called Otto: recall first), no mobile number after it
        ("Contact: Bert Bakker, 06-...": a person's own number), and the document never gives it to
        a person."""
        key = name_key(name)
        if key not in listed or (self.lexicons is not None and self.lexicons.is_first_name(name)):
            return False
        return self._no_person_here(key, end)

    def _no_person_here(self, key: str, end: int) -> bool:
        """No mobile number right after the word ending at ``end``, and the document never gives the
        word ``key`` to a person: the checks a place's or a firm's name must pass before it is kept."""
        return not _MOBILE_AFTER.match(self.text, end) and not self._named_as_a_person(key)

    def place_name(self, start: int, end: int) -> bool:
        """A place's name mentioned bare ("de begroting van de gemeenteraad van Steenbergen",
        "werksessie vervoer Zeeland", "de kermis in Wouw"): one word of places.txt, not a given name,
        with no form of address, initials or given name before it or a given name after a comma, where
        the document never gives the word to a person that way ("mevrouw Schermer", "Jan Steenbergen":
        then every bare mention is that person's too, as with a known firm)."""
        name = self.text[start:end]
        if self.lexicons is None or " " in name.strip() or not name[:1].isupper():
            return False
        return self._listed_and_bare(name, end, self.lexicons.places)

    def _named_as_a_person(self, key: str) -> bool:
        """Whether this document also gives the name ``key`` (a known firm's, a place's, a word's) to a
        person (looked at once per name asked about, not for the whole list: a long document names few
        of them)."""
        known = self._person_names.get(key)
        if known is None:
            known = self._person_names[key] = self._gives_to_a_person(key)
        return known

    @cached_property
    def _person_names(self) -> dict[str, bool]:
        return {}

    @cached_property
    def _lowered(self) -> str:
        return self.text.lower()

    def _gives_to_a_person(self, key: str) -> bool:
        lowered = self._lowered
        at = lowered.find(key)
        while at != -1:
            end = at + len(key)
            whole = not (at and lowered[at - 1].isalpha()) and not (end < len(lowered) and lowered[end].isalpha())
            if whole and self._person_at(at, end, self.lexicons):
                return True
            at = lowered.find(key, at + 1)
        return False

    def _person_at(self, start: int, end: int, lex: Lexicons | None) -> bool:
        if self._person_marked(start):
            return True
        after = _GIVEN_NAME_AFTER_COMMA.match(self.text, end) if lex is not None else None
        return bool(after and lex is not None and lex.is_first_name(after.group("given")))

    def _person_marked(self, start: int) -> bool:
        """A form of address, initials or a listed given name right before ``start``: a person's name
        follows ("de heer Van der Kolk", "Anna van der Kolk")."""
        if PERSON_MARK_BEFORE.search(self.text, max(0, start - 24), start):
            return True
        word = _WORD_BEFORE.search(self.text, max(0, start - 24), start)
        return bool(word and self.lexicons is not None and self.lexicons.is_first_name(word.group(1)))

    def in_party_brackets(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside brackets that hold a party's whole name, as a member's
        party stands after the name ("(Water Natuurlijk)", "(Partij voor Almere, PvA)"): the name
        model may read a piece of it as a person."""
        open_at = self.text.rfind("(", max(0, start - 40), start + 1)
        close_at = self.text.find(")", end - 1, end + 40)
        if open_at == -1 or close_at == -1 or "\n" in self.text[open_at:close_at]:
            return False
        inside = self.text[open_at + 1:close_at]
        return any(self.is_party(part) for part in _PARTY_SEPARATOR.split(inside) if part.strip())

    @staticmethod
    def is_party(value: str) -> bool:
        """Whether ``value`` is the whole name of a political party ("Progressief Woerden", "VVD")."""
        return bool(_PARTY_WHOLE.fullmatch(value.strip()))

    def list_under_office_heading(self, start: int, end: int) -> str | None:
        """A name alone on a list's line ("• B.M. Duizer") in a list under a heading that names an
        office in the plural ("De Forumgriffiers", "Raadsleden", "Wethouders"), as a council's page
        on its own make-up lists them: the heading. The list is the run of such lines; the heading
        the nearest line alone above it, with only prose between (no other heading)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end == -1 else line_end
        if not _LIST_ITEM_START.match(self.text, line_start, start) or self.text[end:line_end].strip(" \t,;."):
            return None
        # up the list to its first item, then up to the heading over the prose before it
        first = line_start
        while first > 1:
            previous = self.text.rfind("\n", 0, first - 1) + 1
            if not _LIST_ITEM_LINE.match(self.text, previous, first - 1):
                break
            first = previous
        before = self.text[max(0, first - 1500):first]
        for line in reversed(before.split("\n")):
            bare = line.strip()
            if not bare or len(bare) > 60 or bare.endswith((".", ":", ",", ";")):
                continue
            heading = _OFFICE_HEADING.fullmatch(bare)
            return heading.group("office").lower() if heading else None
        return None

    def colon_label_run(self, start: int, end: int) -> str | None:
        """A name in the values of a run of labels each with its colon, as a PDF's attendance table
        comes out flattened ("Voorzitter: Wethouders: Griffier: Verslag: Mevrouw A. X Mevrouw B.
        Y, de heer C. Z ... Mevrouw D. W 1. Opening"): the values follow in the labels' order, one
        name to each singular office at the end, so the names are the offices' and the members',
        all but as many last names as there are labels of no office at the run's end (the notulist's,
        "Verslag"). Those last names: "" (no office, for sure). A run with such a label elsewhere
        can be read no further: None."""
        if not self.council_minutes:
            return None
        for run in self._runs_before(self._colon_runs, start, 1500):
            labels = [name_key(label) for label in _COLON_LABEL.findall(run.group())]
            if len(labels) < 3 or not _COUNCIL_OFFICE_LABELS & set(labels):
                continue  # a council's block names its college or its clerk among three labels or more
            trailing = 0
            while trailing < len(labels) and labels[len(labels) - 1 - trailing] not in _OFFICIAL_COLUMN_LABELS:
                trailing += 1
            if any(label not in _OFFICIAL_COLUMN_LABELS for label in labels[:len(labels) - trailing]):
                continue
            block_end = _COLON_RUN_END.search(self.text, run.end(), min(len(self.text), run.end() + 1500))
            stop = block_end.start() if block_end else min(len(self.text), run.end() + 1500)
            if not (run.end() <= start and end <= stop):
                continue
            names = [m.start() for m in _NAME_WITH_INITIALS.finditer(self.text, run.end(), stop)]
            if sum(1 for at in names if start <= at < end) > 1:
                return None  # a span run over several names: which of them it is cannot be told
            index = sum(1 for at in names if at < start + 1)
            if not names or index == 0:
                return None
            # ("" for a value of a label of no office: the notulist's is no member, whatever else says so)
            return "" if index > len(names) - trailing else "aanwezig"
        return None

    @cached_property
    def _colon_runs(self) -> tuple[list[regex.Match[str]], list[int]]:
        """The document's runs of colon labels and where each ends, found once (asked per name)."""
        runs = list(_COLON_LABEL_RUN.finditer(self.text)) if ":" in self.text else []
        return runs, [run.end() for run in runs]

    @cached_property
    def _flattened_runs(self) -> tuple[list[regex.Match[str]], list[int]]:
        """The document's flattened attendance labels and where each run ends, found once."""
        runs = list(_FLATTENED_LABELS.finditer(self.text)) if " : " in self.text else []
        return runs, [run.end() for run in runs]

    @staticmethod
    def _runs_before(runs: tuple[list[regex.Match[str]], list[int]], start: int, reach: int) -> list[regex.Match[str]]:
        """The runs that begin at most ``reach`` characters before ``start`` and end before it."""
        matches, ends = runs
        return [run for run in matches[bisect_left(ends, start - reach):bisect_left(ends, start + 1)]
                if run.start() >= start - reach and run.end() <= start]

    def flattened_label_columns(self, start: int, end: int) -> str | None:
        """The label of the column a name stands under where a PDF's two-column attendance block
        was flattened into one run: the labels first, then their values parted by colons ("Afwezig
        Voorzitter Griffier Notuliste : de dames X en Y : de heer Z : de heer W : mevrouw V"). The
        label of the value the name stands in, when it names members or an office of the body
        (not the notulist's, the public's or the speakers')."""
        if not self.council_minutes:
            return None
        for run in self._runs_before(self._flattened_runs, start, 400):
            labels = run.group("labels").split()
            # the values after the labels, each up to the next " : " (the last up to the line's or
            # an agenda item's end)
            position, index = run.end(), 0
            while index < len(labels) and position < start:
                stop = self.text.find(" : ", position)
                line_end = self.text.find("\n", position)
                ends = [e for e in (stop, line_end) if e != -1]
                value_end = min(ends) if ends else len(self.text)
                if position <= start and end <= value_end:
                    label = name_key(labels[index])
                    return label if label in _OFFICIAL_COLUMN_LABELS else None
                if value_end == line_end or value_end == len(self.text):
                    break
                position, index = value_end + 3, index + 1
        return None

    def in_attendance_list(self, start: int, end: int) -> str | None:
        """The list label ("aanwezig", "leden") when the name stands in a list of members of a
        council, committee, States or water board (not a residents' panel: its members are private)."""
        if not self.council_minutes:
            return None
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end == -1 else line_end
        if (PRIVATE_ROLE_AFTER.match(self.text, end, line_end)
                or PRIVATE_ROLE_AFTER_COMMA.match(self.text, end, line_end)):
            return None  # "(notulist)", ", inspreker, namens Buurtteam ...": someone the list names, no member
        own = self.text[line_start:start]
        header = _last_header(own)
        if header is None and _LABEL_COLON.search(own):
            return None  # another label on the name's own line ("Van de ambtelijke organisatie:")
        wrapped = ""
        if header is None:
            # a list under its label: "Aanwezig:" alone on a line, one member per line below
            previous_end = line_start - 1
            for _ in range(15):
                if previous_end <= 0:
                    return None
                previous_start = self.text.rfind("\n", 0, previous_end) + 1
                previous = self.text[previous_start:previous_end]
                if not previous.strip() or len(previous) > 120 or previous.rstrip().endswith("."):
                    return None
                other, found = self._line_labels(previous_start, previous)
                if other:
                    return None
                if found is not None:
                    items = previous[found.end():]
                    if items.strip() and previous_end == line_start - 1 and _LIST_GOES_ON.search(items):
                        # the label's line holds items and goes on here: a list wrapped at a comma
                        # ("Aanwezig: de raadsleden F. Ait, R. de Koning,\nC. Kanterink, M. Dijkhof")
                        header, wrapped = found, items + "\n" + own
                        break
                    if items.strip():
                        return None  # the label's own line holds its items; this line is another
                    header = found
                    break
                previous_end = previous_start - 1
            if header is None:
                return None
            between = wrapped
        else:
            between = self.text[line_start:start][header.end():]
        if _OTHER_LABEL.search(between) or _SENTENCE_END.search(between):
            return None  # another label, or prose: "de voorzitter verwelkomt ... de heren X en Y"
        # Items of a list: the name follows the label or a separator, with at most a form of address.
        # A member's substitute is a member too ("D. Kanterink hij wordt vervangen door I. Dijkhof"), and
        # a list of a regional body groups its members by town ("Alblasserdam: F.C. Sabelsma, ...").
        items = _LIST_ITEM_SEPARATOR.split(between)
        if len(items) > 1 and self._prose_item(items[0]):
            # a speaker's words after the label: "Voorzitter: Dank u wel, meneer X." (the first item
            # only: later items may describe members, "..., allen vertegenwoordiger van ...")
            return None
        last_item = items[-1]
        # A town grouping a regional body's members goes on with the list ("Hensbroek: F.C. X"); another
        # label ("adjunct-directeur : mevrouw X") is no separator, so the item stays long.
        towns = [label for label in _INNER_LABEL.finditer(last_item) if self._town_label(label.group("label"))]
        if towns:
            last_item = last_item[towns[-1].end():]
        if len(last_item.split()) > 3:
            return None
        return " ".join(header.group("label").lower().split())

    def _prose_item(self, item: str) -> bool:
        """Whether a list item before a name is words, not a member: two lower-case words other than
        particles, forms of address or offices ("Dank u wel"), or one ordinary word that is no name
        ("Dank")."""
        # (what stands in brackets describes a member: "(dijkgraaf, voorzitter)", "(heemraden)")
        words = [w.strip(".,;:'\"") for w in _BRACKETED_OR_BRACKET.sub(" ", item).split()]
        words = [w for w in words if w]
        if sum(1 for w in words if w[:1].islower() and not _ITEM_SMALL_WORD.fullmatch(w)) >= 2:
            return True
        return (len(words) == 1 and self.lexicons is not None and words[0].isalpha() and words[0][0].isupper()
                and self.lexicons.is_word(words[0]) and not self.lexicons.is_name(words[0]))

    def _line_labels(self, line_start: int, line: str) -> tuple[bool, regex.Match[str] | None]:
        """Whether ``line`` (starting at ``line_start``) holds a label that ends a list, and its last
        list label: per line once. Each name of a list looks back over the lines above it, so the
        same lines were searched again for every name below them."""
        known = self._labels_of_line.get(line_start)
        if known is None:
            other = _OTHER_LABEL.search(line) is not None
            known = (other, None if other else _last_header(line))
            self._labels_of_line[line_start] = known
        return known

    @cached_property
    def members_only(self) -> bool:
        """Whether minutes of an elected body mention no one from outside it: no inspreker, resident,
        citizen, civil servant, adviser, minute-taker or guest. Then "de heer X" and "mevrouw X" in
        the text are its members (a debate of the Tweede Kamer, a council's debate); where outsiders
        speak, the same words name them too, and only party, list or role evidence tells."""
        return (self.council_minutes and bool(_MINUTES_MARK.search(self.text[:3000]))
                and not _OUTSIDERS.search(self.text))

    def member_addressed(self, start: int, end: int | None = None) -> bool:
        """"de heer X", "mevrouw X" in running text of minutes with members only (``members_only``);
        not after a label's colon, where a staff member's role stands ("adjunct-directeur : mevrouw X"),
        nor with a staff role in brackets after it ("mevrouw X (notulist)")."""
        if not self.members_only or (end is not None and PRIVATE_ROLE_AFTER.match(self.text, end)):
            return False
        before = self.text[max(0, start - 30):start]
        return bool(_ADDRESSED_BEFORE.search(before)) and not _LABEL_COLON_BEFORE.search(before)

    @cached_property
    def _folded(self) -> str | None:
        """The text lower-cased at the same offsets (``fold_case``), for cheap word prefilters."""
        return fold_case(self.text)

    def may_hold(self, words: Iterable[str], start: int, end: int) -> bool:
        """False only when none of ``words`` (lower-case ASCII) stands in ``text[start:end]``, in any
        case: then a caseless pattern that needs one of them cannot match there. A look in a slice
        of the folded text is far cheaper than a search that tries every character of it."""
        folded = self._folded
        if folded is None:
            return True
        window = folded[max(0, start):end]
        return any(word in window for word in words)

    @cached_property
    def water_board(self) -> bool:
        """Whether the document is a water board's (it names one, or its offices)."""
        return bool(_WATER_BOARD_WORDS.search(self.text))

    @cached_property
    def council_minutes(self) -> bool:
        """Whether the document is minutes of an elected body (its opening, 1,500 characters, names
        the body: an excerpt or a page header may come first)."""
        opening = self.text[:1500]
        # (an objection or complaints committee as the document's own body: in its heading, or a
        # hearing; one named in a decision further down is another body's advice)
        return bool(_COUNCIL_BODY.search(opening)) and not (
            _OUTSIDE_COMMITTEE.search(opening, 0, 600) or _HEARING.search(opening) or self._volunteer_heading)

    @cached_property
    def _volunteer_heading(self) -> bool:
        """Whether the document's heading (its first two lines with words) names a body of volunteers
        before any elected one: "Verslag vergadering Adviesraad Sociaal Domein", "Notulen wijkraad".
        The heading names the document's own body; one named further down is a guest or a topic."""
        lines = [line for line in self.text[:600].splitlines() if _THREE_LETTERS.search(line)][:2]
        heading = "\n".join(line[:300] for line in lines)
        volunteer = _VOLUNTEER_BODY.search(heading)
        if volunteer is None:
            return False
        elected = _COUNCIL_BODY.search(heading)
        return elected is None or volunteer.start() < elected.start()

    def member_substitution(self, start: int, end: int) -> bool:
        """In minutes of an elected body, a member replaced or replacing another: "Marleen X is
        vervangen door Wouter Y", "De heer Y vervangt mevrouw X" (both names)."""
        if not self.council_minutes or not self.may_hold(("vervang",), start - 40, end + 40):
            return False
        return bool(_REPLACED_AFTER_NAME.match(self.text, end)
                    or _REPLACING_BEFORE_NAME.search(self.text, max(0, start - 40), start))

    def absent_with_notice(self, start: int, end: int) -> bool:
        """A name in the list of minutes after who sent apologies ("Afwezig met kennisgeving: de
        heer X en mevrouw Y"), or right before it ("X (PRO) is afwezig met bericht van
        verhindering"); not where an outsider is named in its sentence ("inspreker X is verhinderd")."""
        if not self.council_minutes:
            return False
        # Both apologies patterns below need one of these words inside their window (at most the
        # 250 characters before the name, the 400 after it); without one the answer is no, and the
        # search for outsiders in the sentence (a tenth of a millisecond per name) is spared.
        if not (self.may_hold(_APOLOGIES_WORDS, start - 250, start) or self.may_hold(_APOLOGIES_WORDS, end, end + 400)):
            return False
        sentence_start = start
        for stop in _SENTENCE_STOP.finditer(self.text, max(0, start - 400), start):
            sentence_start = stop.end()
        if sentence_start == start:
            sentence_start = max(0, start - 400)
        stop = _SENTENCE_STOP.search(self.text, end, min(len(self.text), end + 400))
        sentence_end = stop.start() if stop else min(len(self.text), end + 400)
        if _OUTSIDERS.search(self.text, sentence_start, sentence_end) or PRIVATE_ROLE_AFTER.match(self.text, end):
            return False  # (as in an attendance list: "mevrouw X (notulist)" is staff)
        # the apologies before the name in its sentence ("Afwezig met kennisgeving: de heer X"), or
        # right after it ("X (PRO) is afwezig met bericht van verhindering"); not a label after it,
        # which heads the next list ("adjunct-directeur: mevrouw X Afwezig met kennisgeving: ...")
        if _APOLOGIES_LIST.search(self.text, max(sentence_start, start - 250), start):
            return True
        return bool(_APOLOGIES_AFTER_NAME.match(self.text, end, sentence_end))

    def speaker_index(self, start: int, end: int) -> bool:
        """A name in the speaker index of a council meeting's recording ("00:13:35 - 00:15:08 -
        Name"), unless the document introduces that name as an inspreker (a private person). Such
        an index is made for the meetings a council broadcasts (also its hearings on plans, which
        the minutes' other cues may take for an objection committee's), so it is evidence itself."""
        if not _SPEAKER_INDEX_BEFORE.search(self.text, max(0, start - 30), start):
            return False
        if not (self.council_minutes or self._council_meeting_words):
            return False  # a webinar's or an association's recording: its speakers are private
        words = {name_key(w) for w in regex.findall(r"\p{L}{3,}", self.text[start:end])}
        return not words & self._insprekers

    @cached_property
    def _council_meeting_words(self) -> bool:
        """Words of a council's meeting that a hearing's page holds where other cues are missing
        ("Agendapunten", "Raadzaal", "hoorzitting bestemmingsplannen")."""
        return bool(_COUNCIL_MEETING_WORDS.search(self.text))

    @cached_property
    def _insprekers(self) -> frozenset[str]:
        """Words within a line after "inspreker"/"inspreekt"/"spreekt in" anywhere in the document."""
        found: set[str] = set()
        for match in _INSPREKER.finditer(self.text):
            line_end = self.text.find("\n", match.end())
            # (back to the line's start only: the members listed with their parties on the line
            # before "Mevrouw X spreekt in" are no insprekers; the line above only where the word
            # opens its line, a role under the name: "Jan X\ninspreker")
            line_start = self.text.rfind("\n", 0, match.start()) + 1
            if line_start and not self.text[line_start:match.start()].strip(" \t-•*,:"):
                line_start = self.text.rfind("\n", 0, line_start - 1) + 1
            stretch = self.text[max(line_start, match.start() - 80):match.end() + 120 if line_end == -1
                                else min(line_end, match.end() + 120)]
            found.update(name_key(w) for w in regex.findall(r"\p{Lu}\p{L}{2,}", stretch))
        return frozenset(found)

    def council_paper(self, start: int, end: int) -> bool:
        """A member named as a paper's author: "Raadsvragen Azzouzi en Vos", "de motie Kanterink",
        "het amendement van mevrouw Dijkhof", a name with "c.s." (and co-signers) after it."""
        # (matched up to the line's end: unbounded, the regex module first looks for "c.s" in all
        # the rest of the text, once per name; a 3 MB text spent a tenth of its time there)
        line_end = self.text.find("\n", end)
        if _CUM_SUIS.search(self.text[start:end]) or _CUM_SUIS_AFTER.match(
                self.text, end, len(self.text) if line_end == -1 else line_end):
            return True
        return bool(_PAPER_BEFORE.search(self.text, max(0, start - 70), start)
                    or (self.may_hold(_PAPER_KIND_WORDS, start - 300, start)
                        and _PAPER_SUBMITTERS_BEFORE.search(self.text, max(0, start - 300), start))
                    or (self.council_questions and self.may_hold(_SUBMITTER_LABEL_WORDS, start - 160, start)
                        and _SUBMITTER_LABEL_BEFORE.search(self.text, max(0, start - 160), start)))

    @cached_property
    def council_questions(self) -> bool:
        """Whether the document is a member's written questions under the rules of order, its heading
        says so ("Schriftelijke vragen ex artikel 40 Reglement van Orde", "Raadsvragen fractie X
        (artikel 41 RvO)"): only members put those questions, so its submitter is a member. The
        submitter of a view on a plan ("Indiener: ..." in a nota van zienswijzen) is a resident."""
        return bool(_QUESTIONS_HEADING.search(self.text, 0, 400))

    def body_members_in_brackets(self, start: int) -> bool:
        """A name in brackets after a governing body's members ("de leden van het dagelijks bestuur
        (Riet X, Hans Y)") or the council's committee on credentials, which only members sit in."""
        return (self.may_hold(_BODY_MEMBERS_WORDS, start - 300, start)
                and bool(_BODY_MEMBERS_IN_BRACKETS_BEFORE.search(self.text, max(0, start - 300), start)))

    def college_secretary(self, start: int, end: int) -> bool:
        """The secretary signing for a college or a board ("Burgemeester en wethouders van X,\n\nA.
        Kanterink, secretaris"; "de secretaris, J. Dijkhof de burgemeester, ..."): the body's
        secretary (gemeentesecretaris), an official in that role, not an association's."""
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end == -1 else line_end
        if not (_SECRETARY_AFTER.match(self.text, end, line_end)
                or _SECRETARY_BEFORE.search(self.text, max(0, start - 20), start)):
            return False
        if _COLLEGE_SIGNS.search(self.text, max(0, start - 160), start):
            return True
        # ... or beside the mayor, on the next line or the line before ("De secretaris, X\nDe
        # burgemeester, Y", as a permit signs for burgemeester en wethouders)
        if line_end < len(self.text) and _MAYOR_SIGNS.match(self.text, line_end + 1):
            return True
        line_start = self.text.rfind("\n", 0, start) + 1
        return line_start > 0 and bool(_MAYOR_SIGNS.match(self.text, self.text.rfind("\n", 0, line_start - 1) + 1))

    def signature_columns(self, start: int) -> bool:
        line_start = self.text.rfind("\n", 0, start) + 1
        # (academic titles are no part of the column test: "drs. M.J. van der Hoorn")
        before = _ACADEMIC_TITLE.sub("", self.text[line_start:start])
        # only names and wide gaps before it on its line ("Koen Haverkamp      Marga Zwanepol")
        if before.strip() and not _NAME_COLUMNS.fullmatch(before):
            return False
        previous_end = line_start - 1
        for _ in range(2):
            if previous_end <= 0:
                return False
            previous_start = self.text.rfind("\n", 0, previous_end) + 1
            previous = self.text[previous_start:previous_end]
            if previous.strip():
                return (bool(_SIGNATURE_TITLES.match(previous) or _CHAIR_AND_CLERK.match(previous))
                        and not self._role_of_the_name_above(previous_start))
            previous_end = previous_start - 1
        return False

    def _role_of_the_name_above(self, title_start: int) -> bool:
        """Whether the office's line is the role of a name on the line right above it, as a list
        writes its people one line each ("L. van der Zwaag\nsecretaris\nMarit X\nbeleidsmedewerker"):
        then the office is that name's, not the signature's over the name below. A signature's
        office follows a blank line, a closing ("Hoogachtend,") or a sentence ("Vastgesteld in de
        collegevergadering van 21 januari 2025.")."""
        if title_start <= 0:
            return False
        above_start = self.text.rfind("\n", 0, title_start - 1) + 1
        above = self.text[above_start:title_start - 1].strip()
        return (bool(above) and len(above.split()) <= 6 and not above.endswith((",", ":", ";", ".", "!", "?"))
                and not _SIGNATURE_TITLES.match(above))


# A council's paper and its author ("Raadsvragen Azzouzi en Vos", "motie Kanterink c.s.").
_PAPER_BEFORE = regex.compile(
    # (a party group named after its leader: "Fracties Bakker, Kaya en Zwinkels willen ...")
    r"(?i)(?<![\p{L}])(?:raadsvragen|schriftelijke\s+vragen|kamervragen|statenvragen|motie|amendement|"
    r"initiatiefvoorstel|moasje|amendemint|fracties?)(?:\s+van)?"
    r"(?:\s+(?:de\s+heer|mevrouw|het\s+lid|de\s+leden|dhr\.|mw\.))?\s+"
    # (the authors before this one, each one name of a few words: "Indieners: Lotte X en Hakim Y")
    r"(?:(?-i:\p{Lu})[\p{L}'’-]+(?:[ \t]+(?:(?-i:\p{Lu})[\p{L}'’-]+|van|de|der|den|ter|ten)){0,3}"
    r"(?:\s+(?:en|,)\s*|,\s*)){0,4}\Z")
# Written questions of members, as the heading of the questions or of their answer names them; the
# rules of order (Reglement van Orde, RvO) or an article number make them a member's questions.
# (the heading opens its line, perhaps as an answer's: "Beantwoording schriftelijke vragen (artikel 41
# Reglement van Orde)"; a sentence that mentions questions is no heading)
_QUESTIONS_HEADING = regex.compile(
    r"(?im)^[ \t]*(?:(?:beantwoording|antwoord(?:en)?|reactie)[ \t]+(?:op[ \t]+|van[ \t]+)?(?:de[ \t]+)?)?"
    r"(?:raads|staten|schriftelijke[ \t]+)vragen\b[^\n]{0,120}?"
    r"(?:(?<![\p{L}])(?-i:RvO)(?![\p{L}])|reglement[ \t]+van[ \t]+orde|(?:\bex|\()[ \t]*art(?:ikel|\.)[ \t]*\d+)")
# The label of a submitter's line in such questions: "Indiener: X", "Indiener(s): X, Y", "Vragensteller: X".
_SUBMITTER_LABEL_BEFORE = regex.compile(
    r"(?im)^[ \t]*(?:indiener(?:\(s\)|s)?|vragenstellers?|ingediend[ \t]+door)[ \t]*:[^\n.;:]{0,120}\Z")
_SUBMITTER_LABEL_WORDS = ("indiener", "vragensteller", "ingediend")
# The submitters in brackets after a motion's or amendment's title on its line: "Motie M31
# (Rozendaalse Veld, Mol)", "Moasje \"Skjin Wetter\" (Amrani-van der Ploeg, De Jong, Koning)".
_PAPER_SUBMITTERS_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:motie|amendement|moasje|amendemint)\b[^\n()]{0,120}\("
    r"(?:[^\n(),]{1,40}(?:,\s*|\s+en\s+))*\Z")
# The members of a governing body listed in brackets after it ("de leden van het dagelijks bestuur (Riet X,
# Hans Y, Ton Z) zijn niet gelakt"), and the council's committee of its own members that examines the
# credentials of new ones ("De commissie voor de geloofsbrieven (Van Elst, Hoeksema, Bakker-Kaya)").
_BODY_MEMBERS_IN_BRACKETS_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:leden|lid)\s+van\s+(?:het|de)\s+(?:dagelijks\s+bestuur|algemeen\s+bestuur|gemeenteraad|"
    r"raad|provinciale\s+staten|staten|college(?:\s+van\s+(?:burgemeester\s+en\s+wethouders|gedeputeerde\s+staten))?)"
    r"|commissie\s+(?:voor\s+)?(?:het\s+onderzoek\s+(?:van|naar)\s+)?(?:de\s+)?geloofsbrieven)[ \t]*\("
    r"(?:[^\n(),]{1,40}(?:,\s*|\s+en\s+))*\Z")
# A word each match of the two patterns above holds (see Evidence.may_hold; "amendem" of amendement
# and the Frisian amendemint), asked before the search, which runs for every name of a document.
_PAPER_KIND_WORDS = ("motie", "moasje", "amendem")
_BODY_MEMBERS_WORDS = ("leden", "lid", "geloofsbrieven")
_CUM_SUIS = regex.compile(r"(?<![\p{L}])c\.s\.?$")
_CUM_SUIS_AFTER = regex.compile(r"[ \t]+c\.s\.?(?![\p{L}])")
# The secretary's role beside a signing name, and the body that signs above it.
_SECRETARY_AFTER = regex.compile(r"[ \t]*,[ \t]*(?:de[ \t]+)?secretaris[ \t]*,?[ \t]*$|[ \t]*,[ \t]*secretaris\b")
_SECRETARY_BEFORE = regex.compile(r"(?i)(?<![\p{L}])de[ \t]+secretaris[ \t]*,[ \t]*\Z")
_COLLEGE_SIGNS = regex.compile(
    r"(?i)(?:burgemeester\s+en\s+wethouders|college\s+van\s+burgemeester\s+en\s+wethouders|gedeputeerde\s+staten|"
    r"dagelijks\s+bestuur|dijkgraaf\s+en\s+heemraden)(?:\s+van\s+[\p{L} .'-]{2,40})?\s*,")
_MAYOR_SIGNS = regex.compile(r"(?i)[ \t]*de[ \t]+(?:loco-?)?burgemeester[ \t]*,")
_ACADEMIC_TITLE = regex.compile(r"(?i)(?<!\S)(?:drs|dr|mr|ir|ing|prof|ds)\.(?=\s)")


def _last_header(segment: str) -> regex.Match[str] | None:
    # Within one line, every way of _LIST_HEADER but the label alone on it ends in a colon or in
    # "te weten" (or reads "stemming:"): without either, only a line that is a label and nothing
    # else can match, and the search tried at every character of the line is spared.
    if "\n" not in segment and ":" not in segment and "weten" not in segment.lower() \
            and not _LIST_LABEL_ALONE.fullmatch(segment):
        return None
    matches = list(_LIST_HEADER.finditer(segment))
    return matches[-1] if matches else None


# Particles as a local part glues them to the surname: "in 't" as "int", "van der" as "vander".
_GLUED_PARTICLE = re.compile(r"(?:int|vander|vanden|vande|van|der|den|de|ter|ten|te|op|uit|el|al)(?=[a-z])")


def _glued_name(key: str, lex: Lexicons) -> bool:
    """"aasante" (initial + surname), "estherboersma" (first name + surname), "jdevries"."""
    if lex.is_word(key) and not lex.is_name(key):
        return False
    compound = len(key) >= 8 and lex.is_compound(key)
    for cut in (1, 2, 3):
        rest = key[cut:]
        if len(rest) >= 4 and lex.is_surname(rest) and not lex.is_word(rest) and not compound:
            return True
    for cut in range(3, len(key) - 2):
        head, tail = key[:cut], key[cut:]
        if not lex.is_first_name(head):
            continue
        particle = _GLUED_PARTICLE.match(tail)
        if particle and len(tail) - particle.end() >= 3 and lex.is_surname(tail[particle.end():]):
            return True  # "frankintveld", "annavanderkerk": a given name, the particles, a surname
        if lex.is_word(head):
            continue
        # "ruimtelijkeordening" splits into words; "estherboersma" and "keesprins" into a given
        # name that is no word and a listed surname, also one that is a word too ("prins", "bakker")
        if lex.is_surname(tail) or (not compound and not lex.is_word(tail)):
            return True
    return False


def _split_collective(key: str, lex: Lexicons) -> bool:
    """"toegangwz": a word with a short abbreviation glued on."""
    for cut in range(len(key) - 1, len(key) - 4, -1):
        head = key[:cut]
        if len(head) >= 4 and (lex.is_word(head) or lex.is_compound(head)):
            return True
    return False


def _abbreviation_of_the_name(local: str, name: str) -> bool:
    """Whether the short letters at the edge of a local part are an abbreviation the display name
    writes in capitals ("Omgevingsmanagement ZD <omgevingsmanagement.zd@...>": Zeeland-Delta), not
    a person's initials ("F. Hoogendijk <f.hoogendijk@...>" has no capitals "F" of two letters)."""
    capitals = {w.lower() for w in regex.findall(r"(?<![\p{L}])\p{Lu}{2,3}(?![\p{L}])", name)}
    edges = {m.group(1) for m in (regex.match(r"([a-z]{1,3})[._-]", local),
                                  regex.search(r"[._-]([a-z]{1,2})$", local)) if m}
    return bool(edges) and edges <= capitals


def _group_name(name: str, address: str, lex: Lexicons) -> bool:
    """"Afvalbeheer Tilburg", "Red de Bomen Weizigt", "Team Jeugd": a display name of ordinary
    words, places and organisation words. At least half of its words are ordinary ones, at least
    one of them no name list knows, and nothing reads as first name plus surname ("Roos Bakker")."""
    words = [w.strip(".'’-") for w in _DISPLAY_NAME_WORD.findall(name)]
    content = [w for w in words if len(w) > 1 and not lex.is_particle(w)]
    if not content:
        return False
    local = address.lower().partition("@")[0]
    if (_INITIAL_FIRST.match(local) or _INITIAL_LAST.search(local)) and not _abbreviation_of_the_name(local, name):
        return False  # "f.hoogendijk@": a person's initials
    if len(content) >= 2 and lex.is_first_name(content[0]) and (
            lex.is_surname(content[-1]) or not all(lex.is_word(name_key(w)) for w in content[1:])):
        return False  # "Roos Bakker", "Fleur Hoogendijk": a first name, then a name or a place
    ordinary = plain = 0
    for word in content:
        key = name_key(word)
        is_word = lex.is_word(key) or (len(key) >= 6 and lex.is_compound(key))
        known = is_word or key in lex.places or key in lex.organisation_words
        named = lex.is_first_name(word) or lex.is_surname(word)
        place_or_org = key in lex.places or key in lex.organisation_words
        if (named and not known) or (lex.is_surname(word) and not place_or_org):
            return False  # "Karel Vinkestein", "Smit Bouw": a person, or a firm named after one
        ordinary += known
        # a plain word is a listed one, a place or an organisation word: the compound test alone
        # reads a given name as one too ("Giselle" as "gis" + "elle")
        # (a long compound is no given name: "Omgevingsmanagement" is plain)
        plain += (lex.is_word(key) or place_or_org or ends_compound(key, lex.organisation_words)
                  or (len(key) >= 12 and lex.is_compound(key))) and not named and len(key) >= 3
    return plain >= 1 and ordinary * 2 >= len(content)
