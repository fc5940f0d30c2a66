"""Apply the policy to one detection: redact with a ground, or keep, always with rule and reason."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import regex

from redaction.decisions import Decision
from redaction.lexicons import Lexicons
from redaction.policy.evidence import (
    PERSONAL_PHONE_LABEL,
    PERSONAL_PHONE_MARK,
    PRIVATE_ROLE_AFTER,
    PRIVATE_ROLE_AFTER_COMMA,
    Evidence,
    EvidenceLists,
)
from redaction.policy.model import Policy
from redaction.recognizers.base import fold_case
from redaction.recognizers.phone import normalise_phone_number
from redaction.recognizers.staff_initials import INITIALS_CODE
from redaction.recognizers.table_cells import CELL_BREAK
from redaction.recognizers.web_address import WEB_ADDRESS_SOURCE

# Initials in a span: a person's name, not a piece of a party's ("(J. Smit, VVD)" holds a name).
_HAS_INITIAL = regex.compile(r"(?<![\p{L}])\p{Lu}\.")
# A signing office on its own line ending in a comma, a blank line, then the name's line.
_SIGNING_OFFICE_ABOVE = regex.compile(r"(?:^|\n)(?P<office>[ \t]*(?:De|de)?[ \t]*\p{L}[^\n,]{2,60}),[ \t]*\n[ \t]*\n$")
# A party group signing a letter: "namens de BSD-fractie,", "Namens de fractie van GroenLinks,".
_FRACTION_SIGNS = regex.compile(r"(?i)[ \t]*namens[ \t]+de[ \t]+(?:fractie[ \t]+\S|\S+-fractie[ \t]*$)")
# ... and as the Staatscourant signs, without the comma: "De Minister van Onderwijs, Cultuur en
# Wetenschap\n\nI.K. X" (only "De <office> van|voor <body>": a sentence above a name is no office).
_SIGNING_OFFICE_ABOVE_BARE = regex.compile(
    r"(?:^|\n)(?P<office>[ \t]*[Dd]e[ \t]+\p{L}+[ \t]+(?:van|voor)[ \t]+[^\n.!?:;]{2,70})\n[ \t]*\n$")
# The address after a display name, its local part opening with a word: "<gemeentesecretaris@...".
_OFFICE_MAILBOX_AFTER = regex.compile(r"[ \t]*[<(\[][ \t]*(?:mailto:)?(?P<office>[\p{L}-]+)(?:[._][\w.-]*)?@")
# A name right after an office: initials or a capitalised given name, then a capitalised word.
_NEXT_NAME = regex.compile(
    r"[ \t]+(?:(?:de[ \t]+heer|mevrouw)[ \t]+)?(?P<first>(?:\p{Lu}\.)+|\p{Lu}\p{Ll}+)[ \t]*\p{Lu}")
_COMMA = regex.compile(",")
# An item of a list opening with a role in small letters right before the name ("wijkagent X").
# An item separator right before an office ("X – wethouder Wonen, Y"; "X; wethouder Wonen, Y"), and a
# role or note set off after a name ("Y – bewoner", "Y (inspreker)"): the items put the role after the name.
_ITEM_SEPARATOR_BEFORE = regex.compile(r"(?:[–—|;]|[ \t]-)[ \t]*(?:de[ \t]+)?$")
_ROLE_AFTER_NAME = regex.compile(r"[ \t]*(?:[–—(|;]|-[ \t])")
_ROLE_OPENS_ITEM = regex.compile(r"(?:^|[,;:(])[ \t]*\p{Ll}[\p{Ll}-]{3,}[ \t]+$")
# "kinderburgemeester", "jeugdburgemeester": a child with a title, a private person.
_KINDERBURGEMEESTER = regex.compile(
    r"(?i)\b(?:kinder|jeugd|jongeren)(?:-[ \t]*\n?[ \t]*)?(?:burgemeester|wethouder|raad(?:slid)?)\b[^\n]{0,40}$")
# A word each of its matches holds (see Evidence.may_hold); likewise for _members_list below.
_YOUTH_WORDS = ("kinder", "jeugd", "jongeren")
_MEMBERS_TITLE_WORDS = ("leden", "wethouders", "gedeputeerden", "heemraden", "presentielijst")
# "het kabinet van de burgemeester, Odile Brammerloo": staff of an office, not the office holder.
_STAFF_OF_OFFICE = regex.compile(
    # (compounds too: "de beleidsadviseur van de wethouder, mevrouw X")
    r"(?i)\b\p{L}*(?:kabinet|secretariaat|secretaresse|medewerker|medewerkster|adviseur|woordvoerder|"
    r"bode|chauffeur|assistent|assistente|ondersteuning|ondersteuner|voorlichter)\s+(?:van\s+)?(?:de|het|onze|uw)?\s*$")
OFFICE_RULE = "evidence.organisation_office"
TITLES_RULE = "exceptions.public_officials.titles"
# A PO box right after a visiting address: the body's office (see _office_details).
_PO_BOX_AFTER = regex.compile(r"(?i)[ \t]*[,|–-]?[ \t]*(?:postbus|antwoordnummer)[ \t]+\d")
# Nothing, or only degrees and forms of address, before a name on its line ("mr. ", "de heer ").
_FORMS_OF_ADDRESS = r"(?:(?i:mr|mw|mevr|dhr|drs|dr|ir|ing|prof|ds|jhr|de[ \t]+heer|mevrouw|meneer)\.?[ \t]+)*"
_ONLY_FORMS_OF_ADDRESS = regex.compile(rf"[ \t]*{_FORMS_OF_ADDRESS}")
# ... a bullet and a recording's time may open a speaker's line too: "• 0:11 J. Deuring\n raadslid
# CDA", the speakers' index of a broadcast meeting, with the office on the line under the name.
# (Only there: a time opens each line of such an index, so the line above is another speaker's.)
# (a page may cut the time short: "• 0:2 J. Hamster")
_SPEAKER_LINE_OPENING = regex.compile(
    rf"[ \t]*(?:[•·*–-][ \t]*)?(?:\d{{1,2}}:\d{{1,2}}(?::\d{{2}})?[ \t]+)?{_FORMS_OF_ADDRESS}")
# A line naming the body a signature is made on behalf of, not the signer's office.
_ON_BEHALF_OF_BODY = regex.compile(r"(?i)^\s*namens\b|\bburgemeester\s+en\s+wethouders\b")
# "Voorzitter Astrid X", "De voorzitter, H. X", "Voorzitter De heer J.C.H. X": the chair of a meeting
# of an elected body (only in such minutes: a residents' association has a chair too).
# Between an organisation's name and its number: separators and a label ("Gemeente X op
# telefoonnummer 0344 ...", "Waterschap Y, tel. 0344 ...").
_PHONE_LABEL_GAP = regex.compile(
    r"[ \t,:–-]*(?:(?:op|via|is)[ \t]+)?(?:(?:telefoonnummer|telefoon|tel|T)\.?[ \t:]*)?")
_PO_BOX = regex.compile(r"(?i)(?<![\p{L}])(?:postbus|antwoordnummer|p\.?o\.?[ ]?box)[ ]+\d")
# The rules that keep a name as an item of a list of members, and what may stand between two items
# (separators, a party in brackets, a form of address).
_LIST_RULES = frozenset({"evidence.members_list", "evidence.attendance_list", "evidence.party_affiliation"})
# (forms of address and degrees may stand before the next name, with or without a full stop, as
# old minutes write them: "mw mr N. X, drs ir P.J. Y")
# One item no recognizer took for a name may stand between, initials and a word ("J. Achterstraat").
_LIST_TITLES = r"(?:de\s+)?(?:(?:heer|heren|mevrouw|dames|dhr|mw|mevr|drs|dr|ir|ing|mr|prof|ds)\.?\s+){0,3}"
_LIST_GAP = regex.compile(
    rf"(?i)[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*){{0,2}}(?:,|;|\ben\b)?[ \t\n]*{_LIST_TITLES}"
    rf"(?:(?-i:(?:\p{{Lu}}\.){{1,5}}[ ]?(?:(?:van|de|der|den|ter|ten|op)[ ]+)*\p{{Lu}}[\p{{L}}'’-]+)[ \t]*,[ \t\n]*"
    rf"{_LIST_TITLES})?")
# A staff member's role or a first person before a number on its line: the number is theirs.
_STAFF_ROLE_BEFORE = regex.compile(
    r"(?i)(?:co[öo]rdinator|adviseur|medewerker|consulent|behandelaar|contactpersoon|behandeld\s+door|"
    r"inlichtingen\s+bij|projectleider|teamleider|manager|beleidsmedewerker|\bmij\b|\bmijn\b|\bik\b)")


# Compiled once (the module functions of ``re`` and ``regex`` look their pattern up per call).
_NON_DIGIT = re.compile(r"\D")
_SPACES_AND_DOTS = re.compile(r"[\s.]+")
_LETTER_RUN = re.compile(r"[^\W\d_]{3,}")
_COLUMN_GAP = regex.compile(r"\S(?:[ ]{3,}|\t)\S")


def _one_text_line(line: str) -> bool:
    """Whether a line is one line of text: not columns side by side ("de secretaris,     de
    burgemeester," signs two names) nor a table's row ("Lammers, Ingeborg | gemeentesecretaris"
    gives its office to its own row, not to the row under it)."""
    return not (_COLUMN_GAP.search(line) or "|" in line or "\t" in line)


# A line that ends inside a list: after an item's comma or before its last item ("..., H. Y,").
_LIST_GOES_ON_AT_LINE_END = regex.compile(r"(?:,|\s+en)[ \t]*$")
# A municipality's general number: 14 and its area code without the 0 ("14 0320", "14 020", "140 10").
# ... after an address with only its postcode, its town and separators between, as a letterhead or a
# register's row sets them ("Stadhuisplein 2  •  8232 ZX Lelystad  •  14 0320", "Raadhuislaan 10;5341
# GM;Oss;14 0412"); not further on in a sentence.
_MUNICIPAL_NUMBER_AFTER = regex.compile(
    r"[ \t,;|•·–-]*(?:[1-9]\d{3}[ ]?\p{Lu}{2}[ \t,;|•·–-]+)?(?:\p{Lu}[\p{L}'’-]+[ \t]?){0,3}[ \t,;|•·–-]*"
    r"(?:(?i:t|tel|telefoon)[.:]?[ \t]*)?(?:14[ ]?0\d{2,3}|140[ ]?\d{2,3})(?!\d)")  # (never over a line break)
_INITIALS_CODE = regex.compile(INITIALS_CODE)
# The college's own name ends in the plural office: "burgemeester en wethouders".
_BODY_OF_MAYOR_AND_ALDERMEN = regex.compile(r"(?i)\bburgemeester\s+en\s+wethouders$")


def _mobile(number: str) -> bool:
    """A Dutch mobile number: one person's own, whatever organisation stands beside it."""
    return _NON_DIGIT.sub("", number).startswith(("06", "316", "00316"))


_CHAIR_BEFORE = regex.compile(
    # a label opening its line (or a column of PDF text): "Voorzitter: X", "De voorzitter, X"; never
    # mid-sentence, where a role often belongs to the name before it ("Roos Veenstra, voorzitter").
    # Alone on its line only after a blank line: right under a name it is that name's role in a
    # signature ("Priscilla X\nvoorzitter\n\nWill Y" signs as chair, Will Y does not).
    # (after a semicolon too, where a flattened attendance list runs on: "...; voorzitter : de heer X";
    # and as its first item: "Aanwezig Voorzitter dhr. X Griffier mw. Y")
    r"(?i)(?:(?:^|\n|[ ]{2}|;|\baanwezig:?[ \t])[ \t]*(?:de\s+)?voorzitter[ \t]*(?:[,:–-][ \t]*(?:\n[ \t]*)?|[ \t])"
    r"|(?:^|\n[ \t]*\n|[ ]{2})[ \t]*(?:de\s+)?voorzitter[ \t]*(?:\n[ \t]*){1,2})"
    # (\Z, not $: "$" also matches before a last newline)
    r"(?:(?:de\s+heer|mevrouw|dhr\.?|mw\.?)\s+)?\Z")
_HONORIFICS = r"(?:(?:de\s+)?(?:heer|mevrouw|mevr\.?|mw\.?|dhr\.?|mr\.?|drs\.?|dr\.?|ir\.?|ing\.?|prof\.?)\s*)"


# "B. Veldhuis, voorzitter", "A. Verbrugge,\nvoorzitter": a name with the office that signs minutes.
_SIGNING_OFFICE_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?:de\s+)?(?:(?:commissie|plv\.?\s*|vice)?voorzitter|(?:commissie)?griffier)\b",
    regex.IGNORECASE)
# What closes minutes before they are signed.
_CLOSING = regex.compile(r"(?i)\b(?:sluiting|sluit\s+de\s+vergadering|sluit\s+om|vastgesteld|w\.g\.|ondertekend)")


@dataclass(frozen=True, slots=True)
class Detection:
    """A span a recognizer found, before the policy decided anything about it."""

    start: int
    end: int
    entity: str
    score: float
    source: str




def _is_plural(title: str, titles: Collection[str]) -> bool:
    """Dutch plurals of office titles end in -en ("raadsleden", "gedeputeerden") or are a listed
    title plus -s ("wethouders"); "gemeentesecretaris" ends in -s but is singular."""
    return title.endswith("en") or (title.endswith("s") and title[:-1] in titles)


def _squash(value: str) -> str:
    return _SPACES_AND_DOTS.sub("", value).lower()


class PolicyDecider:
    """Turns detections into decisions. Stateless per call; built once per policy."""

    def __init__(self, policy: Policy, lexicons: Lexicons | None = None) -> None:
        self.policy = policy
        self.lexicons = lexicons
        titles = sorted(policy.official_titles, key=len, reverse=True)
        title_alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles) or r"(?!x)x"
        # "wethouder Jansen", "de burgemeester van Dordrecht, de heer P. Jansen", "minister mr. X".
        # Right to left ((?r)): both patterns end at the name, so they fail at once where no title is.
        self._title_before = regex.compile(
            rf"(?r)\b(?:de\s+|onze\s+|uw\s+)?(?P<title>{title_alt})"
            # (the body's kind may stand small: "de commissaris van de Koning van de provincie Drenthe, de heer")
            # (a ministry's name has commas: "minister van Volksgezondheid, Welzijn en Sport, mw. drs. X")
            # (a committee of the Kamer: "De griffier van de vaste commissie voor Binnenlandse Zaken, X")
            rf"(?:(?:\s+(?:van|voor)\s+(?-i:(?:[A-Z][\w'-]*|de|het|en|der|provincie|gemeente|waterschap"
            rf"|vaste|commissie|voor),?\s*){{1,9}})?"
            # (or its town and the name in brackets: "Burgemeester Gouda (Mirjam X)")
            # (or the name alone in brackets: "mede voor de burgemeester (Karin X)")
            rf"(?:(?:[ \t]+(?-i:\p{{Lu}}[\p{{L}}'’-]+))?[ \t]*\()?"
            rf"[\s,:]*{_HONORIFICS}*"
            # (initials typed without their full stops: "Griffier U Post", "Voorzitter D Logemann")
            rf"(?:(?-i:\p{{Lu}})[ \t]+)?"
            # a portfolio between the office and the name: "wethouder Sport Floor Heerschap",
            # "gedeputeerde Economie en Duurzaamheid X" (capitalised words, then the name at once)
            r"|(?:[ \t]+(?-i:\p{Lu}\p{Ll}[\p{Ll}-]*)"
            # (also as a label: "Wethouder Participatie: Peter X")
            r"(?:[ \t]+(?:en|&)[ \t]+(?-i:\p{Lu}\p{Ll}[\p{Ll}-]*))?){1,3}(?:[ \t]*:)?[ \t]+)$",
            regex.IGNORECASE,
        )
        # The portfolio set off by a comma: "De wethouder Sociaal Domein, Maaike X, bracht ...",
        # "wethouder Verkeer en Vervoer, mevrouw X". The comma also closes a list item ("wethouder
        # Jansen, Piet X"), so official_title takes it only when every portfolio word is an ordinary
        # word that names nobody (_portfolio_of_words) and no item separator stands around it.
        self._title_portfolio_comma = regex.compile(
            rf"(?r)(?<![\p{{L}}])(?P<title>{title_alt})(?P<portfolio>(?:[ \t]+(?-i:\p{{Lu}}\p{{Ll}}[\p{{Ll}}-]*)"
            r"(?:[ \t]+(?:en|&)[ \t]+(?-i:\p{Lu}\p{Ll}[\p{Ll}-]*))?){1,3})"
            # (or in brackets after it: "Wethouder Sociaal Domein (Frank X)")
            rf"[ \t]*(?P<separator>[,(])[ \t]*{_HONORIFICS}*$",
            regex.IGNORECASE,
        )
        # Appointed to an office in minutes: "benoemt de raad mevrouw X tot plaatsvervangend griffier",
        # "de heer Y tot lid van de commissie Economie" (a council committee: a capital follows; a
        # "bezwaarschriftencommissie" has outside members, private persons).
        self._appointed_to = regex.compile(
            rf"[ \t\n]+tot[ \t\n]+(?:(?:plaatsvervangend|waarnemend|tijdelijk|loco)[ \t\n]+)?"
            rf"(?:(?P<title>{title_alt})\b|lid[ \t\n]+van[ \t\n]+(?:de[ \t\n]+)?(?:gemeenteraad|raad\b|"
            rf"provinciale[ \t\n]+staten|(?:raads|staten)?commissie[ \t\n]+(?-i:\p{{Lu}})))",
            regex.IGNORECASE,
        )
        # "Jan Jansen, wethouder", "P. de Vries (raadslid)"; but not a street named after an office
        # with its house number: "Teun Tekle, Burgemeester de Raadtsingel 94" is an address.
        self._title_after = regex.compile(
            # ("Gijs Weeda is wethouder openbare ruimte": a chat introduces its official so)
            # (not a compound's first part: "(Dijkgraaf-Witteveenstraat)" is a street)
            # (a table's name cell in the header form may end in the given name: "Lammers, Ingeborg |
            # gemeentesecretaris")
            r"^(?:,[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?(?=[ \t]*[|\t]))?"
            # (a chair's office in brackets after the chair: "Anne-Marie X;voorzitter (Statenlid);CDA")
            # (or a column gap: "J. X    Wethouder (ChristenUnie)" in a transcript's speaker column)
            rf"\s*(?:,|\(|-|–|;|\t|\||[ ]{{3,}}|[ \t]+(?:is|was)[ \t]+)\s*(?:de\s+|tevens\s+|onze\s+)?"
            rf"(?:(?:vice|commissie)?voorzitter[ \t]*\([ \t]*)?(?P<title>{title_alt})\b"
            r"(?![-‐]\p{L})"
            r"(?!(?:\s+(?:van|de|der|den|ter|ten))*\s+(?-i:\p{Lu})[\p{L}'’-]*\s+\d)",
            regex.IGNORECASE,
        )
        # The office as a sentence's subject, the name its complement: "De wijkwethouder voor Muiderberg
        # is de heer\n\nHugo X" (not "De contactpersoon van de wethouder is ...": the office opens it).
        self._office_is_before = regex.compile(
            rf"(?i)(?:^|[.!?:]\s+|\n\s*)(?:de|onze|uw)\s+(?P<title>{title_alt})\b"
            r"(?:\s+(?:voor|van)\s+[^.\n]{1,40}?)?\s+is\s+(?:(?:de\s+heer|mevrouw|meneer)\s+)?$")
        # A speaker who names the office in the first person: "ik ben raadslid", "ik ben hier de wethouder".
        # ... or that speaks in it: "ik heb gisteren als portefeuillehouder met de buren gesproken",
        # "als wethouder wil ik ..." (first person and "als" in one sentence)
        self._says_office = regex.compile(
            rf"(?i)\bik[ \t]+ben[ \t]+(?:hier[ \t]+|zelf[ \t]+|de[ \t]+|het[ \t]+|uw[ \t]+|jullie[ \t]+)*"
            rf"(?P<title>{title_alt})\b"
            rf"|\bik\b[^.!?\n]{{0,60}}?\bals[ \t]+(?:de[ \t]+)?(?P<title2>{title_alt})\b"
            rf"|\bals[ \t]+(?:de[ \t]+)?(?P<title3>{title_alt})[ \t]+(?:wil|heb|ben|zal|moet|kan|ga|vind)[ \t]+ik\b")
        # A signature's name and office on one line: "mr. P.H. Stegeman gedeputeerde".
        self._title_closing_line = regex.compile(rf"[ \t]+(?P<title>{title_alt})[ \t]*$", regex.IGNORECASE)
        # The offices of one word, as a mailbox of the office is named ("gemeentesecretaris@", "burgemeester@").
        self._office_words = frozenset(t.lower() for t in titles if " " not in t and t.isalpha())
        # "raadsleden Glenn Lie A Kwie (D66) en Eva Prins (SP)": later names in a list of officials.
        # Only after a plural title: "raadslid Pieters, mevrouw De Boer (inspreker)" lists an official
        # and a resident, and keeping the resident would be a leak.
        plural_alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles if _is_plural(t, titles)) or r"(?!x)x"
        # The first word of each plural title, for a look before the list pattern (official_title):
        # without one in the window it cannot match. None when a word is not plain ASCII, for which
        # fold_case promises nothing.
        firsts = {t.split()[0].lower() for t in titles if _is_plural(t, titles) and t.split()}
        self._plural_title_words = tuple(sorted(firsts)) if all(w.isascii() for w in firsts) else None
        # A plural office as a column's label on a name's line ("raadsleden       R. Werring (ag 3,4)"):
        # the names under that name in the column are members too (see _members_list_goes_on).
        self._column_label = regex.compile(
            rf"(?i)(?<![\p{{L}}])(?:{plural_alt}|(?:raads|staten|commissie|burger)?leden)[ \t]*:?[ \t]+$")
        self._title_list = regex.compile(
            rf"\b(?P<title>{plural_alt})\s+"
            # Atomic words: a word is never re-split while backtracking (no catastrophic regex).
            # Case-sensitive ((?-i:)): only capitalised words and particles are names; ignoring case
            # here let a whole sentence pass for a list ("Kamerlid X heeft vragen gesteld. Onze
            # accountmanager, Joost Kok, ..." kept Joost Kok as an official). Longer particles
            # first: the atomic group never comes back to try "der" after "de" matched.
            r"(?:(?-i:(?>\p{Lu}[\p{L}\p{M}'’.-]*|\([^()\n]{1,40}\)|van|der|den|de|ter|ten|'t))[\s,]*?){1,12}?"
            r"(?:,\s*|\s+en\s+)(?:(?:de\s+)?(?:heer|mevrouw|dhr\.|mw\.)\s+)?$",
            regex.IGNORECASE,
        )
        # In minutes of an elected body, "de leden X, Y en Z" and "de volgende leden: X, Y" list
        # members (evidence.members_list): the same list pattern with "leden" as its title.
        self._members_list = regex.compile(
            # (the college's members too, where the minutes enumerate them: "De wethouders, te weten, de
            # heren X, Y en Z"; a plural office alone also opens "de wethouders X en Y, mevrouw Z (bewoner)")
            # ("zeven leden der Kamer, te weten: ...")
            r"\b(?P<title>(?:de\s+)?(?:volgende\s+)?(?:raads|staten|commissie)?leden"
            r"(?:\s+(?:der|van\s+de)\s+(?:Kamer|Staten|raad))?|raads-\s+en\s+commissieleden|"
            # (or a column's label run on into its names: "Wethouders De heren J. X, J. Y en mevrouw Z")
            r"(?:de\s+)?(?:wethouders|gedeputeerden|heemraden)(?=\s*,?\s*te\s+weten\b|\s+de\s+(?:heren|dames)\b)|"
            # ("Later is de presentielijst nog getekend door: P.A. X, ...": members who came late)
            r"presentielijst\s+(?:nog\s+)?(?:ge|onder)tekend\s+door)"
            # "de raadsleden, te weten, de heren mr. ing. X, Y en Z"; "45 leden (van de 47), te weten ..."
            r"(?:\s*\([^()\n]{1,30}\))?(?:\s*,?\s*te\s+weten\s*,?)?(?:\s*(?:de\s+)?(?:heren|dames|heer|mevrouw)\b)?\s*:?\s+"
            # initials or a word without a full stop: a sentence's end ends the list
            # (a title before a capitalised word: the atomic group would keep "Ing" of "Ing." and fail)
            r"(?:(?-i:(?>(?:\p{Lu}\.)+|(?i:mr|drs|dr|ir|ing|prof|mw|mevr|dhr)\.|\p{Lu}[\p{L}\p{M}'’-]*|\([^()\n]{1,40}\)|"
            r"van|der|den|de|ter|ten|'t|op|ir|mr|drs|dr|ing|mw|en|heren|dames))"
            r"[ \t,]*?){0,24}?"
            r"(?:,\s*|\s+en\s+|:\s*)?(?:(?:de\s+)?(?:heer|mevrouw|dhr\.|mw\.)\s+)?$",
            regex.IGNORECASE,
        )
        # Signature: the line under the name is the function: "Burgemeester van Dordrecht".
        self._title_line = re.compile(rf"^\s*(?:de\s+)?(?P<title>{title_alt})\b", re.IGNORECASE)
        self._register = {
            _squash(o.name): o.role for o in policy.official_register
        } | {_squash(self._surname(o.name)): o.role for o in policy.official_register}
        self._body_phones = {normalise_phone_number(p) for p in policy.body_phone_numbers} - {None}
        self._body_addresses = tuple(" ".join(a.lower().split()) for a in policy.body_addresses)
        self._body_postcodes = {_squash(p) for p in policy.body_postcodes}
        self._evidence_lists = EvidenceLists.of(lexicons)

    @staticmethod
    def _surname(name: str) -> str:
        """'A.B. van der Voorbeeld' -> 'van der Voorbeeld' (drop initials and first name)."""
        parts = name.split()
        for i, part in enumerate(parts):
            if part[:1].islower():
                return " ".join(parts[i:])
        return parts[-1] if parts else name

    # -- public ---------------------------------------------------------------------------

    def evidence(self, text: str, detections: Sequence[Detection] = ()) -> Evidence:
        """What the whole document shows (names found in it, for e-mail local parts)."""
        words = [w for d in detections if d.entity == "PERSON"
                 for w in _LETTER_RUN.findall(text[d.start:d.end])]
        return Evidence(text, self.lexicons, words, self.policy.functional_local_parts, self._evidence_lists)

    def decide_document(self, text: str, detections: Sequence[Detection]) -> list[Decision]:
        evidence = self.evidence(text, detections)
        decisions = [self.decide(text, d, evidence) for d in detections]
        decisions = self._members_list_goes_on(text, decisions, evidence)
        return self._topic_mailbox_numbers(text, self._office_details(text, detections, decisions, evidence), evidence)

    def _members_list_goes_on(self, text: str, decisions: list[Decision], evidence: Evidence) -> list[Decision]:
        """The next item of a list of members is a member: a name right after a name kept as a
        member or in an attendance list, only separators between ("Aanwezig de leden: F. Bal,
        P.J. van Bodegraven, ... H. Kat, F.J. Korf": a long list runs past what the list's label
        reaches). Not a name with a private role in brackets after it ("(inspreker)")."""
        persons = sorted((i for i, d in enumerate(decisions) if d.entity == "PERSON"), key=lambda i: decisions[i].start)
        out = list(decisions)
        goes_on: set[int] = set()  # names this walk kept: the list goes on after them as well
        for previous, current in itertools.pairwise(persons):
            before, decision = out[previous], out[current]
            if (before.decision != "keep" or decision.decision != "redact"
                    or not (before.rule in _LIST_RULES or previous in goes_on or self._heads_a_column(text, before))
                    or not _LIST_GAP.fullmatch(text, before.end, decision.start)
                    or self._private_role_after(text, decision.end)
                    # (the notulist's value at the end of a flattened attendance block)
                    or evidence.colon_label_run(decision.start, decision.end) == ""):
                continue
            out[current] = decision.with_changes(decision="keep", ground=None, rule=before.rule, reason=before.reason)
            goes_on.add(current)
        return out

    def _heads_a_column(self, text: str, decision: Decision) -> bool:
        """Whether a name kept for its office stands after a plural office that labels a column."""
        if decision.rule != TITLES_RULE:
            return False
        line_start = text.rfind("\n", 0, decision.start) + 1
        return self._column_label.search(text, line_start, decision.start) is not None

    def _office_details(self, text: str, detections: Sequence[Detection],
                        decisions: list[Decision], evidence: Evidence) -> list[Decision]:
        """An office's address carries its postcode and landline along (``evidence.organisation_office``):
        "Stadhuisplein 130 | 5038 TC Tilburg T 013 464 2200". Also an address right after an
        organisation the recognizer found ("Vluchtelingenwerk Dordrecht, Voorstraat 12")."""
        # Where organisations end, looked up per address (a scan of all of them per address made a
        # long document quadratic).
        organisations = {d.end for d in detections if d.entity == "ORGANIZATION"}
        out = list(decisions)  # same order as the detections
        office_end = -1  # end of the last office address kept, for what follows it
        for index in sorted(range(len(out)), key=lambda i: out[i].start):
            decision = out[index]
            if decision.entity == "ADDRESS" and decision.decision == "redact" and any(
                    end in organisations and not text[end:decision.start].strip(" \t,;|:–-(")
                    for end in range(decision.start - 3, decision.start + 1)):
                decision = self._office(decision, "adres direct na de naam van een organisatie")
            elif decision.entity == "ADDRESS" and decision.decision == "redact" and _MUNICIPAL_NUMBER_AFTER.match(
                    text, decision.end):
                # "Stadhuisplein 2 • 8232 ZX Lelystad • 14 0320": a municipality's letterhead (14 and the
                # area code is the number of a municipality's desk, never a home's)
                decision = self._office(decision, "op één regel met het nummer 14 + netnummer van een gemeente")
            elif decision.entity == "ADDRESS" and decision.decision == "redact" and _PO_BOX_AFTER.match(
                    text, decision.end):
                # "Stadhuisplein 1, Postbus 4000, 3800 EA Amersfoort": a visiting address with the
                # body's PO box beside it; nobody gives a PO box with their home
                decision = self._office(decision, "bezoekadres naast een postbus")
            if decision.entity == "ADDRESS":
                office_end = decision.end if decision.rule == OFFICE_RULE else -1
            elif decision.entity == "PERSON" and decision.decision == "redact":
                office_end = -1  # a person between: what follows is theirs
            elif decision.entity == "PHONE_NUMBER" and (
                    PERSONAL_PHONE_MARK.match(text, decision.end)
                    or (decision.decision == "redact" and evidence.in_personal_signature(decision.start))):
                # "T 0475 359 226 (direct)", a number in a person's own mail signature: that
                # person's line, also under the office's address
                pass
            elif decision.entity == "PHONE_NUMBER" and decision.decision == "redact" and not _mobile(decision.text) \
                    and any(end in organisations and _PHONE_LABEL_GAP.fullmatch(text, end, decision.start)
                            for end in range(max(0, decision.start - 30), decision.start + 1)):
                # "Waterschap Rivierenland, 0344 00 90 90": the organisation's general number
                decision = decision.with_changes(
                    decision="keep", ground=None, rule="evidence.organisation_phone",
                    reason="Algemeen nummer van een organisatie (direct na haar naam): geen persoonsgegeven.")
            elif decision.decision == "redact" and office_end >= 0 and decision.entity in ("POSTCODE", "PHONE_NUMBER"):
                gap = text[office_end:decision.start]
                mobile = _mobile(decision.text)
                # (separators as letterheads set them: "Stadhuisplein 2  •  8232 ZX")
                if decision.entity == "POSTCODE" and len(gap) <= 6 and not gap.strip(" \t,;|–-\n>•·"):
                    decision = self._office(decision, "postcode van het adres van een kantoor")
                elif (decision.entity == "PHONE_NUMBER" and not mobile and len(gap) <= 60 and gap.count("\n") <= 2
                      # "Grote Kerkhof 1\nDirect: 0570 ...": a staff member's own line under the office
                      and not PERSONAL_PHONE_LABEL.search(text, max(office_end, decision.start - 30),
                                                          decision.start)):
                    decision = self._office(decision, "telefoonnummer bij het adres van een kantoor")
            out[index] = decision
        return out

    @staticmethod
    def _topic_mailbox_numbers(text: str, decisions: list[Decision], evidence: Evidence) -> list[Decision]:
        """A landline beside a functional mailbox on a line that names no one ("Vragen: team
        Parkeren, parkeren@deventer.example, 0570 000 911", "Persvragen: communicatie@...,
        046 000 77 77"): the team's or the desk's number, kept like its mailbox. A name on the
        line or the line above ("Inlichtingen: Thijs X, 023 ... of woo@"), a staff member's role
        before the number ("klachtencoördinator, telefoon ...") or a direct-line mark make it
        that person's own line; mobile numbers are always someone's."""
        mailboxes = [d for d in decisions if d.entity == "EMAIL_ADDRESS" and d.decision == "keep"]
        if not mailboxes:
            return decisions
        names = sorted(d.start for d in decisions if d.entity == "PERSON")
        out = list(decisions)
        for index, decision in enumerate(out):
            if (decision.entity != "PHONE_NUMBER" or decision.decision != "redact" or _mobile(decision.text)
                    or PERSONAL_PHONE_MARK.match(text, decision.end)):
                continue
            line_start = text.rfind("\n", 0, decision.start) + 1
            line_end = text.find("\n", decision.end)
            line_end = len(text) if line_end == -1 else line_end
            box = next((m for m in mailboxes if line_start <= m.start and m.end <= line_end
                        and (0 <= decision.start - m.end <= 40 or 0 <= m.start - decision.end <= 40)), None)
            if box is None:
                continue
            above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
            # (a name from the line above to the number or its mailbox; bisected, as a long document
            # has thousands of both)
            if bisect_left(names, max(decision.end, box.end)) > bisect_left(names, above):
                continue
            if _STAFF_ROLE_BEFORE.search(text, line_start, decision.start):
                continue
            if evidence.in_personal_signature(decision.start):
                continue  # "Fleur X\nAdviseur Woo\nGemeente Nijmegen | ...\n024 ... | woo@...": hers
            out[index] = decision.with_changes(
                decision="keep", ground=None, rule="evidence.topic_mailbox_phone",
                reason="Algemeen nummer van een team of loket (naast zijn functionele mailbox, zonder naam "
                       "van een persoon): geen persoonsgegeven.")
        return out

    @staticmethod
    def _office(decision: Decision, why: str) -> Decision:
        return decision.with_changes(decision="keep", ground=None, rule=OFFICE_RULE,
                                     reason=f"Kantoor van een organisatie ({why}): geen persoonsgegeven.")

    def decide(self, text: str, detection: Detection, evidence: Evidence | None = None) -> Decision:
        span_text = text[detection.start : detection.end]
        rule = self.policy.rule_for(detection.entity)
        keep = self._exception(text, detection, span_text, evidence or self.evidence(text))
        if keep is not None:
            rule_name, reason = keep
            return self._make(detection, span_text, "keep", None, rule.category, reason, rule_name)
        if rule.decision == "keep":
            return self._make(detection, span_text, "keep", None, rule.category, rule.reason,
                              f"entities.{detection.entity}")
        return self._make(detection, span_text, "redact", rule.ground, rule.category, rule.reason,
                          f"entities.{detection.entity}")

    # -- exceptions -----------------------------------------------------------------------

    @staticmethod
    def _signs_the_minutes(text: str, det: Detection) -> bool:
        """A name followed by the chair's or the clerk's office after the minutes close ("Sluiting
        om 21.05 uur. B. Veldhuis, voorzitter"): the signature of the meeting's chair or clerk.
        Mid-text "Roos Veenstra, voorzitter" is often an association's chair who spoke in, so only
        after the closing words, near the end."""
        if not _SIGNING_OFFICE_AFTER.match(text, det.end):
            return False
        closing = _CLOSING.search(text, max(0, det.start - 400), det.start)
        return closing is not None and len(text) - det.end < 1500

    def _exception(self, text: str, det: Detection, span_text: str, evidence: Evidence) -> tuple[str, str] | None:
        if det.entity == "PERSON":
            if evidence.group_display_name(det.start, det.end):
                return ("evidence.mailbox_display_name",
                        "Weergavenaam van de mailbox van een team, groep of organisatie: geen persoon.")
            if evidence.animal_name(det.start, det.end):
                return ("evidence.animal_name",
                        "Naam van een dier (tussen aanhalingstekens na het dier): geen persoon.")
            no_person = evidence.no_person_here(det.start, det.end)
            if no_person:
                return no_person
            return self._official(text, det, span_text, evidence)
        if det.entity == "EMAIL_ADDRESS":
            return self._functional_mailbox(span_text, evidence)
        if det.entity == "NL_BSN" and evidence.rsin(det.start):
            return ("evidence.rsin", "RSIN of fiscaal nummer van een rechtspersoon: geen persoonsgegeven.")
        if (det.entity == "URL" and det.source == WEB_ADDRESS_SOURCE
                and not evidence.web_address_names_a_person(span_text)):
            # A link that is no profile and carries no name of the document: public information.
            return ("evidence.general_link", "Algemene link zonder naam van een persoon: geen persoonsgegeven.")
        if det.entity == "PHONE_NUMBER":
            digits = normalise_phone_number(span_text) or ""
            if re.fullmatch(r"140\d{2,3}", digits):
                return ("body.phone_numbers", "Gemeentelijk servicenummer (14 + netnummer): geen persoonsgegeven.")
            if digits in self._body_phones:
                return ("body.phone_numbers", "Algemeen telefoonnummer van het bestuursorgaan.")
            why = evidence.organisation_phone(det.start, det.end, _NON_DIGIT.sub("", span_text))
            if why:
                return ("evidence.organisation_phone",
                        f"Algemeen nummer van een organisatie ({why}): geen persoonsgegeven.")
        if det.entity == "IBAN_CODE":
            holder = evidence.organisation_account(det.start, det.end)
            if holder:
                return ("evidence.organisation_account",
                        f"Rekening van een organisatie (t.n.v. {holder}): geen persoonsgegeven.")
        if det.entity == "POSTCODE" and evidence.po_box_postcode(det.start):
            return ("evidence.po_box_postcode", "Postcode van een postbus: geen woonadres.")
        if det.entity == "ADDRESS" and _PO_BOX.search(span_text):
            return ("evidence.po_box", "Postbus of antwoordnummer: geen woonadres.")
        if det.entity == "ADDRESS":
            normal = " ".join(span_text.lower().split())
            if any(normal.startswith(a) for a in self._body_addresses):
                return ("body.addresses", "Adres van het bestuursorgaan: geen persoonsgegeven.")
            if evidence.permit_location(det.end):
                return ("evidence.permit_location", "Locatie van een aangevraagde of verleende vergunning, zoals de "
                        "wet die publiceert: geen woonadres van een genoemde persoon.")
            if evidence.organisation_office(det.start):
                return (OFFICE_RULE, "Kantoor van een organisatie (adres na een openbaar gebouw, "
                        "gemeente of bezoekadres): geen persoonsgegeven.")
            if evidence.organisation_addressee(det.start, det.end):
                return (OFFICE_RULE, "Adres van een organisatie (onder haar naam in het adresblok of in haar "
                        "rij van het register): geen persoonsgegeven.")
        if det.entity == "POSTCODE" and _squash(span_text) in self._body_postcodes:
            return ("body.postcodes", "Postcode van het bestuursorgaan: geen persoonsgegeven.")
        return None

    def _portfolio_comma_title(self, text: str, before: str, end: int) -> str | None:
        """The office of "wethouder Sociaal Domein, Maaike X" (or "(Maaike X)", the brackets closing
        after the name): only where the portfolio is ordinary
        words that name nobody ("wethouder Jansen, Piet X" lists two people), the office opens no
        item of a list of "name – role" items ("X – wethouder Wonen, Floor Y" gives the office to
        X) and no role follows the name ("..., Piet X – bewoner")."""
        if self.lexicons is None:  # nothing tells a portfolio from a name: recall first
            return None
        match = self._title_portfolio_comma.search(before)
        if match is None or _STAFF_OF_OFFICE.search(before, 0, match.start()):
            return None
        if any(not self.lexicons.is_word(word) or self.lexicons.is_name(word)
               for word in match.group("portfolio").split() if word not in ("en", "&")):
            return None
        if match.group("separator") == "(":
            return match.group("title").lower() if text[end:end + 1] == ")" else None
        if _ITEM_SEPARATOR_BEFORE.search(before, 0, match.start()) or _ROLE_AFTER_NAME.match(text, end):
            return None
        return match.group("title").lower()

    def official_title(self, text: str, start: int, end: int) -> str | None:
        """The public-office title that marks the name at [start, end) as an official, if any."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 120) : start]
        office = self._office_of(self._title_before.search(before) or self._listed_title(text, before, end), before)
        if office:
            return office
        if ("," in before or "(" in before) and (portfolio := self._portfolio_comma_title(text, before, end)):
            return portfolio
        if line_start and _ONLY_FORMS_OF_ADDRESS.fullmatch(text, line_start, start):
            # A sentence or list wrapped right after the office: "Van het college: ..., wethouder\n
            # Yusuf Arslan (agendapunt 5)"; also a signature's office above the name.
            above = text[max(text.rfind("\n", 0, line_start - 1) + 1, line_start - 121):line_start - 1]
            previous = above.rstrip(" \t,") + " "
            match = self._title_before.search(previous) if _one_text_line(previous) else None
            # (not the body signed for: "namens het college van burgemeester en wethouders,\nL. X,
            # senior jurist" is a civil servant signing on the college's behalf)
            if match and _ON_BEHALF_OF_BODY.search(previous):
                match = None
            if match and not _STAFF_OF_OFFICE.search(previous, 0, match.start()):
                return match.group("title").lower()
            # A list of officials wrapped after an item's comma or "en": "gedeputeerden P.J. X,
            # H. Y,\nC. Z" (the list's own pattern on the line above, its separator kept).
            wrapped = above.rstrip(" \t")
            office = self._office_of(
                self._listed_title(text, wrapped + " ", end)
                if _LIST_GOES_ON_AT_LINE_END.search(wrapped) and _one_text_line(wrapped) else None, wrapped)
            if office:
                return office
        subject = self._office_is_before.search(text, max(0, start - 120), start) if " is" in text[
            max(0, start - 40):start] else None
        if subject:
            return subject.group("title").lower()
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        # a chat's speaker who says so: "Martijn Koster: Hallo, ik ben raadslid en volg dit al langer"
        if text[end:end + 1] == ":":
            said = self._says_office.search(text, end, min(line_end, end + 200))
            if said:
                return (said.group("title") or said.group("title2") or said.group("title3")).lower()
        appointed = self._appointed_to.match(text, end, min(len(text), end + 80))
        if appointed:
            return (appointed.group("title") or "lid").lower()
        match = self._title_after.match(text[end:line_end]) or self._title_closing_line.match(text, end, line_end)
        # An office between two names belongs to the next one where the items put the role first,
        # and is nobody's for sure after a comma ("Van links naar rechts: Ilse X, wijkwethouder
        # Linda Y, ..."): recall first, the name before it stays withheld. Unless the list ends in
        # an office after its last name ("de heer X, wethouder de heer Y, wethouder\nNotulen: ..."):
        # then every item puts its role after the name.
        if match and not (
                self._names_the_next(text, end + match.end(), line_end) and (
                    _ROLE_OPENS_ITEM.search(text, line_start, start)
                    or (match.group(0).lstrip()[:1] == ","
                        and not self._list_closes_with_office(text, end + match.end(), line_end)))):
            return match.group("title").lower()
        # Signature block: nothing else on the name's line, the office on the line above with a
        # blank line between ("De voorzitter van de commissie,\n\nBuijs"), as Kamerstukken sign.
        if line_start and not text[end:line_end].strip(" \t,.") and not text[line_start:start].strip(" \t"):
            above = (_SIGNING_OFFICE_ABOVE.search(text, max(0, line_start - 80), line_start)
                     or _SIGNING_OFFICE_ABOVE_BARE.search(text, max(0, line_start - 90), line_start))
            if above is not None:
                match = self._title_line.match(above.group("office"))
                if match:
                    return match.group("title").lower()
                if _FRACTION_SIGNS.match(above.group("office")):
                    return "raadslid"  # "namens de BSD-fractie,\n\nL.H. X": a member signs for the group
        # Signature block: nothing else on the name's line (a degree or a form of address may stand
        # before it: "mr. P.H. Stegeman\ngedeputeerde"), the next line names the office.
        if not text[end:line_end].strip(" \t,") and _SPEAKER_LINE_OPENING.fullmatch(text, line_start, start):
            next_end = text.find("\n", line_end + 1)
            next_line = text[line_end + 1 : len(text) if next_end == -1 else next_end]
            match = self._title_line.match(next_line)
            # "Burgemeester de Raadtsingel 10" under a name is an address, not an office.
            if match and not re.search(r"\d", next_line):
                return match.group("title").lower()
        return None

    def _listed_title(self, text: str, before: str, end: int) -> regex.Match[str] | None:
        """The plural office that opens a list ``before`` ends in ("raadsleden X (D66) en "): later
        names keep its title. Not for a name with a private role after it: "wethouders X, Y, mevrouw
        Z (inspreker)" goes on to a resident who says so."""
        if not self._may_list_officials(before) or self._private_role_after(text, end):
            return None
        return self._title_list.search(before)

    @staticmethod
    def _office_of(match: regex.Match[str] | None, before: str) -> str | None:
        """The office a title or a list in ``before`` gives the name: not "burgemeester en
        wethouders" ("namens burgemeester en wethouders van X, Y" names the college, no alderman),
        nor an office's staff ("de secretaresse van de burgemeester")."""
        if (match is None or _BODY_OF_MAYOR_AND_ALDERMEN.search(before, 0, match.end("title"))
                or _STAFF_OF_OFFICE.search(before, 0, match.start())):
            return None
        return match.group("title").lower()

    @staticmethod
    def _private_role_after(text: str, end: int) -> bool:
        """Whether a private role follows the name in brackets or after a comma ("(inspreker)",
        ", bewoner")."""
        return bool(PRIVATE_ROLE_AFTER.match(text, end) or PRIVATE_ROLE_AFTER_COMMA.match(text, end))

    def _may_list_officials(self, before: str) -> bool:
        """False only when no plural title stands in ``before``: then ``_title_list`` cannot match."""
        if self._plural_title_words is None:
            return True
        folded = fold_case(before)
        return folded is None or any(word in folded for word in self._plural_title_words)

    def _list_closes_with_office(self, text: str, pos: int, line_end: int) -> bool:
        """Whether the list that goes on at ``pos`` ends its line with an office after a comma and
        no name after that ("..., wethouder de heer J. Kanterink, wethouder" at the line's end):
        the list puts each role after its name (rule TITLES_RULE, "role after the name")."""
        last = None
        for comma in _COMMA.finditer(text, pos, line_end):
            after = self._title_after.match(text[comma.start():line_end])
            if after:
                last = comma.start() + after.end()
        return last is not None and not self._names_the_next(text, last, line_end)

    def _names_the_next(self, text: str, pos: int, line_end: int) -> bool:
        """Whether the office at ``pos`` opens the next person's name, not closes this one's, in a
        list whose items put the role first: "wijkagent X, raadslid Yasin Kaplan" (initials or a
        listed given name, then a capital); "X, wethouder Financiën" keeps its portfolio, and
        "Roos X, voorzitter Hüseyin Y, secretaris" puts each role after its name."""
        following = _NEXT_NAME.match(text, pos, line_end)
        if following is None:
            return False
        first = following.group("first")
        return first.endswith(".") or (self.lexicons is not None and self.lexicons.is_first_name(first))

    def _official(self, text: str, det: Detection, span_text: str, evidence: Evidence) -> tuple[str, str] | None:
        role = self._register.get(_squash(span_text))
        if role:
            return ("exceptions.public_officials.register",
                    f"Publiek ambtsdrager ({role}) volgens het register: naam blijft leesbaar.")
        # Before the titles: "kinder-\nburgemeester van Almere, X" ends in an office word too.
        if evidence.may_hold(_YOUTH_WORDS, det.start - 60, det.start) and _KINDERBURGEMEESTER.search(
                text, max(0, det.start - 60), det.start):
            return None
        title = self.official_title(text, det.start, det.end)
        if title:
            return (TITLES_RULE,
                    f"Publiek ambtsdrager in functie ({title}): naam blijft leesbaar.")
        office_box = _OFFICE_MAILBOX_AFTER.match(text, det.end)
        if office_box and office_box.group("office").lower() in self._office_words:
            # "Ilse van Zon <gemeentesecretaris@nijmegen.nl>": the display name of an office's mailbox
            return (TITLES_RULE,
                    f"Publiek ambtsdrager in functie ({office_box.group('office').lower()}, naam bij de "
                    "mailbox van het ambt): naam blijft leesbaar.")
        office = evidence.office_column(det.start, det.end)
        if office:
            return ("evidence.office_column", f"Publiek ambtsdrager (kolom '{office}'): naam blijft leesbaar.")
        if evidence.council_minutes and evidence.may_hold(("voorzitter",), det.start - 40, det.start) and \
                _CHAIR_BEFORE.search(text, max(0, det.start - 40), det.start):
            return ("evidence.council_chair",
                    "Voorzitter van de vergadering van een volksvertegenwoordiging: naam blijft leesbaar.")
        if evidence.council_minutes and self._signs_the_minutes(text, det):
            return ("evidence.council_chair",
                    "Ondertekent de notulen als voorzitter of griffier van de vergadering: naam blijft leesbaar.")
        fraction = evidence.fraction_chat_speaker(det.start, det.end)
        if fraction:
            return ("evidence.fraction_chat", f"Lid van de fractie in de groepsapp van de fractie ({fraction}): "
                    "naam blijft leesbaar.")
        if evidence.body_members_in_brackets(det.start):
            return ("evidence.members_list", "Lid van het bestuur of de volksvertegenwoordiging (genoemd tussen "
                    "haakjes na het orgaan): naam blijft leesbaar.")
        if evidence.member_named(det.start, det.end):
            return ("evidence.members_list", "Lid van de volksvertegenwoordiging ('het lid'): naam blijft leesbaar.")
        members = (self._members_list.search(text, max(0, det.start - 300), det.start)
                   if evidence.council_minutes and evidence.may_hold(_MEMBERS_TITLE_WORDS, det.start - 300, det.start)
                   else None)
        if members:
            listed = " ".join(members.group("title").lower().split())
            return ("evidence.members_list",
                    f"Lid van de volksvertegenwoordiging of het bestuur (genoemd in de lijst '{listed}'): "
                    "naam blijft leesbaar.")
        # A legal form or partnership first: it says more than the kind of business before the name.
        firm = evidence.firm_name(det.end, det.start)
        if firm:
            return ("evidence.firm_name", f"Naam van een onderneming ({firm}): geen persoonsgegeven.")
        known = evidence.known_firm(det.start, det.end)
        if known:
            return ("evidence.known_firm",
                    f"Bekende onderneming of organisatie met de naam van een persoon ({known}), hier zonder "
                    "aanspreekvorm, voorletters of voornaam: geen persoonsgegeven.")
        if evidence.place_name(det.start, det.end):
            return ("evidence.place_name", "Plaatsnaam, in het document nergens de naam van een persoon: "
                                           "geen persoon.")
        if evidence.place_after_from(det.start, det.end):
            return ("evidence.place_after_from", "Plaats van herkomst na 'uit' ('een glazenier uit Schoonhoven'), "
                                                 "in het document nergens de naam van een persoon: geen persoon.")
        if evidence.after_neuter_article(det.start, det.end):
            return ("evidence.after_neuter_article", "Naam na 'het' ('tussen de rotonde en het Vlietbos'): een plaats, "
                                                     "gebouw of evenement, geen persoon.")
        if evidence.location_after_article(det.start, det.end):
            return ("evidence.location_after_article",
                    "Plaats na een voorzetsel en het lidwoord ('aan de Brink'): geen persoon.")
        if evidence.street_name(det.start, det.end):
            return ("evidence.street_name", "Straatnaam na een lidwoord ('de Hoefkade'): geen persoon.")
        town = evidence.place_in_series(det.start, det.end)
        if town:
            return ("evidence.place_in_series", f"Plaatsnaam in een opsomming van plaatsen (met '{town}'): "
                                                "geen persoon.")
        series = evidence.word_in_series(det.start, det.end)
        if series:
            return ("evidence.word_in_series", f"Gewoon woord in een opsomming (met '{series}'): geen persoon.")
        expansion = evidence.acronym_of(det.start, det.end)
        if expansion:
            return ("evidence.acronym", f"Afkorting van een organisatie ({expansion}): geen persoon.")
        if evidence.place_after_postcode(det.start, det.end):
            return ("evidence.place_after_postcode", "Plaatsnaam van een adres (na de postcode): geen persoon.")
        if evidence.english_question(det.start, det.end):
            return ("evidence.english_question", "Engels hulpwerkwoord vóór het onderwerp (\"Can you ...\"): "
                                                 "geen naam.")
        # (never for a span that runs over table cells: it holds more than the facility's name)
        facility = evidence.named_after(det.start, det.end) if not CELL_BREAK.search(span_text) else None
        if facility:
            return ("evidence.named_after",
                    f"Naam van een voorziening ({facility} ...), geen persoon: blijft leesbaar.")
        if (text[det.start - 1:det.start] == "(" and evidence.is_party(span_text)) or (
                not _HAS_INITIAL.search(span_text) and evidence.in_party_brackets(det.start, det.end)):
            return ("evidence.party_name", "Naam van een politieke partij: geen persoon.")
        label_party = evidence.party_label_before(det.start)
        if label_party:
            return ("evidence.members_list",
                    f"Lid van de volksvertegenwoordiging (lijst per fractie, {label_party}): naam blijft leesbaar.")
        # (never a staff member's code: "Actie: RvK, GL" lists two authors' initials, not a member
        # and the party)
        party = None if _INITIALS_CODE.fullmatch(span_text) else (
            evidence.party_after(det.end) or evidence.party_glued_before(det.start)
            or evidence.party_named_before(det.start, det.end))
        if party:
            return ("evidence.party_affiliation",
                    f"Volksvertegenwoordiger ({party}): naam blijft leesbaar.")
        office_list = evidence.list_under_office_heading(det.start, det.end)
        if office_list:
            return ("evidence.members_list",
                    f"Ambtsdrager in de lijst onder het kopje '{office_list}': naam blijft leesbaar.")
        run_label = evidence.colon_label_run(det.start, det.end)
        if run_label == "":
            return None  # the notulist's value of a flattened attendance block: no office
        column = evidence.flattened_label_columns(det.start, det.end) or run_label
        if column:
            return ("evidence.attendance_list",
                    f"Lid of ambtsdrager in de presentielijst (kolom '{column}'): naam blijft leesbaar.")
        label = evidence.in_attendance_list(det.start, det.end)
        if label:
            return ("evidence.attendance_list",
                    f"Lid in de presentielijst ({label}): naam blijft leesbaar.")
        if evidence.absent_with_notice(det.start, det.end):
            return ("evidence.apologies",
                    "Lid van de vergadering, afwezig met bericht van verhindering: naam blijft leesbaar.")
        if evidence.member_substitution(det.start, det.end):
            return ("evidence.member_substitution",
                    "Lid van de vergadering dat een ander lid vervangt of door een ander lid wordt vervangen: "
                    "naam blijft leesbaar.")
        if evidence.speaker_index(det.start, det.end):
            return ("evidence.speaker_index",
                    "Spreker in de vergadering van een volksvertegenwoordiging: naam blijft leesbaar.")
        if evidence.council_paper(det.start, det.end):
            return ("evidence.council_paper",
                    "Lid van de volksvertegenwoordiging als indiener (raadsvragen, motie, amendement): "
                    "naam blijft leesbaar.")
        if evidence.college_secretary(det.start, det.end):
            return ("evidence.signature_columns",
                    "Secretaris die namens het college of bestuur ondertekent: naam blijft leesbaar.")
        if evidence.signature_columns(det.start):
            return ("evidence.signature_columns",
                    "Ondertekenaar namens het bestuursorgaan: naam blijft leesbaar.")
        if evidence.member_addressed(det.start, det.end):
            return ("evidence.member_addressed",
                    "Lid van de volksvertegenwoordiging, aangesproken in notulen zonder insprekers of andere "
                    "buitenstaanders: naam blijft leesbaar.")
        return None

    def _functional_mailbox(self, address: str, evidence: Evidence | None = None) -> tuple[str, str] | None:
        normal = address.lower()
        if normal in self.policy.functional_addresses:
            return ("exceptions.functional_mailboxes.addresses",
                    "Functionele mailbox (geconfigureerd adres): geen persoonsgegeven.")
        if evidence is not None and (evidence.domain_names_a_person(address)
                                     or evidence.local_part_names_a_person(address)):
            # "info@hermansadvocatuur.nl" beside "mr. S. Hermans": the firm's domain is her name;
            # "info.verdouwboerenkaas@" beside "Ingrid Verdouw": so is the rest of the local part
            return None
        local = normal.split("@", 1)[0]
        first = re.split(r"[._+-]", local, maxsplit=1)[0]
        if local in self.policy.functional_local_parts or first in self.policy.functional_local_parts:
            return ("exceptions.functional_mailboxes.local_parts",
                    f"Functionele mailbox ({first}@): geen persoonsgegeven.")
        if evidence is not None and self.policy.functional_by_evidence and evidence.mailbox(address).functional:
            return ("evidence.functional_mailbox",
                    f"Functionele mailbox ({local}@: woorden van een rol, team, onderwerp of organisatie, "
                    "geen naam): geen persoonsgegeven.")
        return None

    # -- helpers --------------------------------------------------------------------------

    @staticmethod
    def _make(det: Detection, span_text: str, action: str, ground: str | None, category: str | None,
              reason: str, rule: str) -> Decision:
        return Decision(
            start=det.start,
            end=det.end,
            text=span_text,
            entity=det.entity,
            decision=action,  # type: ignore[arg-type]
            ground=ground,
            category=category,
            reason=reason,
            score=det.score,
            source=det.source,
            rule=rule,
        )
