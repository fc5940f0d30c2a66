"""ADDRESS: a Dutch street address, street name plus house number (and addition).

Street names are recognised in three ways:

1. The last word before the number ends in a street suffix from ``STREET_SUFFIXES`` ("Voorstraat
   12", "Johan de Wittstraat 3", "Burgemeester de Raadtsingel 7", "Oude Haven 1").
2. The first word *is* a street word and a name follows ("Laan van Nieuw Oost-Indië 12").
3. A cue says an address follows ("woont aan de", "adres:", "woonadres", "verhuisd naar"), so any
   capitalised name counts ("verhuisd naar Wantij 34").

House numbers are 1-4 digits with an optional addition ("12a", "12 A", "12-II", "12 bis",
"12 hs", "12-3"). The postcode and place after it ("..., 3311 AB Dordrecht") are POSTCODE's job.
Never an address: a PO box ("Postbus 8", which belongs to an organisation), a year as number
("Markt 2025"), a quantity ("Van Dijk 3 keer", "Zwijndrecht 3 maanden"), or text without a
street word ("artikel 5 lid 2", "nota Visie sociaal domein 2030", "20 mei").

Matching is case-sensitive (street names are capitalised; "arbeidsmarkt 3" is no street); the
suffixes and cues are matched caseless inside the patterns.

Speed: the patterns open with a lookbehind and optional name words, so a plain search tries them at
every character. ``AddressRecognizer.candidate_starts`` first finds the house numbers (a space and
a digit, with the number's own checks), looks back at most the few words a pattern allows, and has
the patterns tried only at word starts there; the cued pattern only where a cue word begins.
"""

from __future__ import annotations

import re as stdlib_re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from redaction.lexicons import load_lexicons, name_key
from redaction.person.features import words_of_class
from redaction.recognizers.base import DutchPatternRecognizer, fold_case

# Endings of Dutch street names. Left out on purpose, because capitalised words with a number
# after them end in them too often: -ring ("Vergadering 3"), -dam (Amsterdam, Van Dam), -berg and
# -bos (surnames), -kamp ("Kamp 3" in case notes), -oord ("Antwoord 2"), -plaats, -gang.
# The person recognizer reuses this list to avoid calling a street a person (see is_street_word:
# several of these words alone are also surnames).
STREET_SUFFIXES: tuple[str, ...] = (
    "straat", "straatje", "straatweg", "laan", "laantje", "weg", "plein", "pleintje", "singel",
    "gracht", "kade", "kaai", "dijk", "hof", "hoven", "park", "plantsoen", "steeg", "steegje", "pad",
    "dreef", "boulevard", "markt", "haven", "wal", "burg", "veld", "allee", "baan", "brink", "drift",
    "erf", "gaarde", "kanaal", "oever", "passage", "poort", "promenade", "schans", "sloot", "vaart",
    "wetering", "werf", "zijde", "zoom", "akker", "weide", "dwarsweg", "vest",
    # German streets in letters from across the border ("Neustraße 77")
    "straße", "strasse", "platz", "gasse",
)  # fmt: skip
# Abbreviated street words, as forms, registers and notes write them: "Kerkstr. 12", "Stationsln 3",
# "Molenwg 7". None of these letter clusters ends a Dutch word, so they need no list of exceptions;
# "-st" ("Kerkst.") only with its full stop ("Dienst 1", "Lijst 2" are no streets).
STREET_ABBREVIATIONS: tuple[str, ...] = (
    "str", "ln", "wg", "pln", "sngl", "gr", "hf", "mrkt", "pd", "prk", "stg", "dk", "dyk", "drf", "kd",
    "plnts", "bd", "blvd",
)  # fmt: skip
# Street words that can open a name: "Laan van Nieuw Oost-Indië", "Plein 1944", "Kade Oost".
STREET_HEADS: tuple[str, ...] = (
    "Laan", "Plein", "Kade", "Singel", "Dreef", "Weg", "Hof", "Park", "Gracht", "Straat", "Markt",
    "Haven", "Dijk", "Plantsoen", "Boulevard", "Steeg", "Pad", "Wal", "Allee", "Oever", "Brink",
)  # fmt: skip

# Place names with a street ending ("Tilburg 5 juni" is no address).
PLACE_LOOKALIKES: tuple[str, ...] = (
    "Tilburg", "Middelburg", "Valkenburg", "Oostburg", "Domburg", "Aardenburg", "Hamburg", "Luxemburg",
    "Straatsburg", "Duisburg", "Oldenburg", "Brandenburg", "Salzburg", "Magdeburg", "Kinderdijk",
)  # fmt: skip

_PLACE_LOOKALIKES_LOWER = frozenset(place.lower() for place in PLACE_LOOKALIKES)


@lru_cache(maxsize=65_536)
def is_street_word(word: str) -> bool:
    """True for a compound street word ("Voorstraat", "Zwijgerlaan", "Raadtsingel").

    A bare suffix word is not enough: "Dijk", "Wal", "Laan", "Brink", "Werf", "Akker" and "Vaart"
    are also common surnames ("Van Dijk", "Van der Wal", "Van den Brink"), and a name must not be
    cut short because its last word is a street word. Use this, not a plain ``endswith``, to decide
    that a single word is a street and not a (part of a) person's name.
    """
    lowered = word.lower()
    if lowered in _PLACE_LOOKALIKES_LOWER:
        return False
    # At least three letters before the suffix: "Kwal" is an animal, "Dijk" a surname.
    return any(lowered.endswith(suffix) and len(lowered) > len(suffix) + 2 for suffix in STREET_SUFFIXES)


_SUFFIX_ALT = "|".join(sorted(STREET_SUFFIXES, key=len, reverse=True))
_HEAD_ALT = "|".join(STREET_HEADS)

# A capitalised word ("Oost-Indië", "'s-Gravendeelsedijk" handled by STREET_WORD), an initial
# group ("J.P."), an ordinal ("2e") or a known abbreviation ("Burg.", "Mr.", "St.").
_CAP = r"\p{Lu}[\p{Ll}\p{Lu}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
_INITIALS = r"(?:\p{Lu}\.){1,3}"
_ABBR = r"(?:Burg|Mr|Dr|Ds|St|Pr|Prof|Jhr|Gen|Kon|Mgr|Ir|Drs|Gebr|Zr|Br|Past|Adm|Luit|Kol|Mej|Jkvr)\."
_ORDINAL = r"[1-9]\d?(?:e|ste|de)"
# Lower-case words inside names: "Johan de Witt", "Laan van Nieuw Oost-Indië", "Hof ter Dijk".
_PARTICLE = r"(?:van|de|der|den|het|['’]t|te|ten|ter|op|aan|in|bij|en|la|le|du|von|voor|achter|over|tot)"
# Capitalised words that open a sentence or clause but never a street name.
_NOT_FIRST = (
    r"(?!(?:In|Op|Aan|Bij|Naar|Van|Vanaf|Via|Uit|Tot|Met|Voor|Na|Om|Over|Door|Te|En|Of|Maar|Dat|Die"
    r"|Dit|Deze|Het|Een|Ik|Wij|We|Zij|Ze|Hij|U|Mevrouw|Meneer|Dhr|Mevr|Mw|Heer|Adres|Woonadres|Postadres"
    r"|Bezoekadres|Postbus|Antwoordnummer|Artikel|Lid|Nota|Zie)\b)"
)
_FIRST_TOKEN = rf"{_NOT_FIRST}(?:{_ABBR}|{_INITIALS}|{_ORDINAL}|{_CAP})"
_NEXT_TOKEN = rf"(?:{_PARTICLE}|{_ABBR}|{_INITIALS}|{_CAP})"
_NOT_PLACE = r"(?!(?:" + "|".join(PLACE_LOOKALIKES) + r")(?!\p{L}))"
# The word that carries the suffix: capitalised, then anything ending in a suffix (caseless, so
# "Haven" and "Voorstraat" both count).
_ABBREVIATION_ALT = "|".join(sorted(STREET_ABBREVIATIONS, key=len, reverse=True))
_STREET_WORD = (
    rf"{_NOT_PLACE}(?:['’]s-)?(?=\p{{Lu}})[\p{{L}}\p{{M}}'’\-]*"
    rf"(?:(?i:{_SUFFIX_ALT})|(?<=\p{{L}}{{3}}(?i:{_ABBREVIATION_ALT}))\.?|(?<=\p{{L}}{{3}}(?i:st))\.)"
)

# House number: 1-4 digits, not a year 1900-2099; an optional addition.
_HOUSE_NUMBER = r"(?!(?:19|20)\d\d(?!\d))[1-9]\d{0,3}"
_ADDITION = (
    # 12-3, 54-07 (a flat's number written with its zero; not after 1-31, "14-03" is a date), 12-II,
    # 12-rood, 12-2hoog
    r"(?:[ ]?-[ ]?(?:[1-9]\d{0,2}(?:-?hoog)?"
    r"|(?<!(?<!\d)(?:[1-9]|[12]\d|3[01])[ ]?-[ ]?)0[1-9]\d?|I{1,3}|IV|rood|zwart|hoog|[A-Za-z]{1,2})(?![\p{L}\d])"
    # 12 bis, 12 hs; Dordrecht's upper floors "141 rood", "12 zwart" (its other colour, spelled out)
    r"|[ ]?(?i:bis|hs|huis|bg|boven|bov|sous|zw|rd)(?!\p{L})|[ ](?:rood|zwart)(?![\p{L}\d])"
    r"|[ ](?:I{1,3}|IV|[A-Z])(?![\p{L}\d])"  # 12 A, 12 II
    r"|[a-zA-Z](?![\p{L}\d])"  # 12a
    r")"
)
# Not followed by more number ("12,5", "12:30"), letters glued on, or a unit of quantity or time.
_NUMBER_END = (
    r"(?![\p{L}\d]|[.,:/]\d|-\d|%)"
    r"(?![ ](?i:j|jr|jaar|jaren|jarig|maand|maanden|week|weken|dag|dagen|keer|maal|uur|minuten|kinderen"
    r"|personen|mensen|procent|euro|km|kilometer|meter|januari|februari|maart|april|mei|juni|juli"
    r"|augustus|september|oktober|november|december)(?!\p{L}))"
)
_NUMBER = rf"{_HOUSE_NUMBER}{_ADDITION}?{_NUMBER_END}"
_START = r"(?<![\p{L}\d'’.\-])"

# "Dubbeldamseweg Zuid 3", "Reeweg Oost 7": a compass word between street and number.
COMPASS_WORDS: tuple[str, ...] = (
    "Noord", "Oost", "Zuid", "West", "Noordzijde", "Oostzijde", "Zuidzijde", "Westzijde", "Binnen", "Buiten",
)  # fmt: skip
_COMPASS = r"(?:[ ](?:" + "|".join(COMPASS_WORDS) + r"))?"
# "Van Oldenbarneveltlaan 26", "De Ruyterstraat 4": a capitalised particle opens a street name when
# the street word follows at once (alone it opens sentences: "Van Dijk 3 keer", see _NOT_FIRST).
_PARTICLE_OPENING = r"(?:(?:Van|De|Den|Ter|Ten|Het)[ ](?:(?:der|den|de|het|'t)[ ])?)"
SUFFIX_ADDRESS = (
    rf"{_START}(?:{_FIRST_TOKEN}[ ](?:{_NEXT_TOKEN}[ ]){{0,4}}|{_PARTICLE_OPENING})?"
    rf"{_STREET_WORD}{_COMPASS}[ ]{_NUMBER}"
)
# Any street name, even without a street word ("Achterhakkers 12"), when a postcode follows.
_POSTCODE_AHEAD = r"(?=,?[ ]*\n?[ ]*[1-9]\d{3}[ ]?[A-Z]{2}(?![\p{L}\d]))"
POSTCODE_ADDRESS = rf"{_START}{_FIRST_TOKEN}(?:[ ]{_NEXT_TOKEN}){{0,4}}[ ]{_NUMBER}{_POSTCODE_AHEAD}"
HEAD_ADDRESS = rf"{_START}(?:{_HEAD_ALT})(?:[ ]{_NEXT_TOKEN}){{0,5}}[ ]{_CAP}[ ]{_NUMBER}"
# A cue, then any capitalised name and a number; only the address is the span.
_CUE = (
    r"(?i:(?<!\w)(?:(?:woont|wonend|wonende|woonachtig|verblijft|verhuisd|verhuist|ingeschreven|woning|"
    r"verhuizing|verhuizen|wonen|woon)"
    r"(?:[ ](?:aan|op|in|naar|bij|te))?(?:[ ](?:de|het|['’]t))?"
    r"|(?:woon|post|huis|verblijfs|correspondentie|nieuw|nieuwe|oud|oude)?adres[ ]?:?))"
)
CUED_ADDRESS = (
    rf"{_CUE}[ ]+(?P<value>{_FIRST_TOKEN}(?:[ ]{_NEXT_TOKEN}){{0,4}}[ ]{_NUMBER})"
)


# In brackets right after a capitalised word, as letters give a person's address after the name
# ("de familie Kanterink (Hoogeinde 7)", "mw. Sabelsma (Grote Oost 12)"): any capitalised name and
# a number that fill the brackets, not a reference to a part of a document or a thing
# ("(Bijlage 3)", "(Hoofdstuk 2)", "(Peugeot 208)": those are never the whole of the brackets with
# a number only, or open with a word of this list).
_NOT_IN_BRACKETS = (
    r"(?!(?:Bijlage|Hoofdstuk|Paragraaf|Fase|Stap|Punt|Agendapunt|Versie|Tabel|Figuur|Pagina|Blz|Nummer|Nr|"
    r"Kamer|Zaal|Groep|Klas|Week|Ronde|Lid|Sub|Model|Type|Serie|Route|Lijn|Bus|Tram|Perceel|Kavel|Sectie|"
    r"Bouwnummer|Dossier|Zaak|Kenmerk|Motie|Amendement|Besluit|Bijl|Art|Onderdeel|Vraag|Antwoord|Item|Regel|"
    r"Editie|Jaargang|Uitgave|Deel|Band|Aflevering|Seizoen|Ronde|Niveau|Schaal|Categorie|Code|Fase|Zone|"
    r"Gebouw|Blok|Unit|Toren|Vak|Rij|Stoel|Plaats|Spoor|Perron|Gate|Terminal)\b)"
)
# Any street name, even without a street word, when a comma and a listed place follow ("Gantel 12,
# Wateringen", "Grote Heide 61, Tegelen"): never a part of a document or a thing ("Bijlage 3,
# Zwolle") nor a compass word ("team Noord 2, Den Haag"); the place is checked against the list of
# places (value_span).
PLACE_ADDRESS = (
    rf"{_START}{_NOT_IN_BRACKETS}(?!(?:{'|'.join(COMPASS_WORDS)})[ ])"
    rf"{_FIRST_TOKEN}(?:[ ]{_NEXT_TOKEN}){{0,3}}[ ]{_NUMBER}"
    rf"(?=,[ ]?(?P<place>\p{{Lu}}[\p{{L}}'’\-]+(?:[ ]\p{{Lu}}[\p{{L}}'’\-]+)?))"
)
BRACKETED_ADDRESS = (
    # (the place, a phone number may follow in the brackets: "mevrouw Kaplan (Parkhout 88, Nieuwegein, 06 ...)")
    rf"(?<=\p{{Lu}}[\p{{L}}'’\-]+[ ]\(){_NOT_IN_BRACKETS}{_FIRST_TOKEN}(?:[ ]{_NEXT_TOKEN}){{0,3}}[ ]{_NUMBER}"
    rf"(?=\)|,[ ]?\p{{Lu}}[\p{{L}}'’\-]+[ ]?[,)])"
)


class AddressRecognizer(DutchPatternRecognizer):
    """Dutch street addresses: street name + house number (+ addition)."""

    ENTITY = "ADDRESS"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("street_suffix", SUFFIX_ADDRESS, 0.75),
        Pattern("street_head", HEAD_ADDRESS, 0.7),
        Pattern("street_before_postcode", POSTCODE_ADDRESS, 0.8),
        Pattern("address_cue", CUED_ADDRESS, 0.85),
        Pattern("address_in_brackets", BRACKETED_ADDRESS, 0.75),
        Pattern("street_before_place", PLACE_ADDRESS, 0.75),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "adres", "woonadres", "postadres", "woont", "woonachtig", "verhuisd", "huisnummer", "straat",
    )  # fmt: skip
    CONTEXT_REGEX = (
        r"(?<!\w)(?:\w*adres|woont|wonende|woonachtig|verhuisd|verhuist|huisnummer|ingeschreven)(?!\w)"
    )
    CONTEXT_SCORE = 0.9
    CONTEXT_BEFORE = 40
    # Case-sensitive: capitals mark names. Suffixes and cues are caseless inside the patterns.
    FLAGS = re.MULTILINE

    def value_span(self, text: str, match: re.Match[str]) -> tuple[int, int] | None:
        """A bracketed address only after a name: not after an ordinary word ("Auto (Peugeot 208)",
        "rapport (Deel 2)"), and never a vehicle's make and model."""
        if match.re.pattern == BRACKETED_ADDRESS:
            before = _WORD_BEFORE_BRACKET.search(text, max(0, match.start() - 40), match.start())
            lex = load_lexicons()
            if before is None or (lex.is_word(name_key(before.group(1))) and not lex.is_name(before.group(1))):
                return None
            if name_key(match.group().split()[0]) in _VEHICLE_MAKES:
                return None
        if match.re.pattern == PLACE_ADDRESS:
            words = match.group("place").split()
            places = load_lexicons().places
            if name_key(words[0]) not in places and name_key(" ".join(words)) not in places:
                return None
        return super().value_span(text, match)

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """Where each pattern can begin: word starts a few words before a house number, cue words.

        Every pattern but the cued one ends in ``[ ]`` + house number, and before that space it
        allows no line break and at most ``_SPACES_BEFORE_NUMBER`` spaces (one per name word). So
        a match begins within that many words before a space where ``_NUMBER_AFTER`` matches: the
        head pattern at a street word (``_HEAD_WORD``), the others at a token start
        (``_TOKEN_START``). The suffix pattern also needs a street suffix (caseless, so checked on
        the lower-cased text) right before that space or before a compass word, the postcode
        pattern its postcode after the number. The cued pattern begins where a cue begins
        (``_CUE_START``).
        """
        folded = fold_case(text)
        if folded is None:
            return None
        heads = [m.start() for m in _HEAD_WORD.finditer(text)]
        suffix: list[int] = []
        head: list[int] = []
        postcode: list[int] = []
        place: list[int] = []
        for anchor in _SPACE_DIGIT.finditer(text):
            space = anchor.start()
            if _NUMBER_AFTER.match(text, space) is None:
                continue
            line_start = text.rfind("\n", 0, space) + 1
            has_head = bisect_left(heads, space) > bisect_left(heads, line_start)
            has_suffix = _suffix_before(text, folded, space)
            has_postcode = _POSTCODE_AFTER.match(text, space) is not None
            has_place = _PLACE_AFTER_NUMBER.match(text, space) is not None
            if not (has_head or has_suffix or has_postcode or has_place):
                continue
            lowest = _lowest_starts(text, line_start, space)
            if has_head:
                low = lowest[_SPACES_BEFORE_NUMBER["street_head"]]
                head.extend(heads[bisect_left(heads, low) : bisect_left(heads, space)])
            if has_place:
                low = lowest[_SPACES_BEFORE_NUMBER["street_before_place"]]
                place.extend(m.start() for m in _TOKEN_START.finditer(text, low, space))
            if has_suffix or has_postcode:
                low = min(lowest[_SPACES_BEFORE_NUMBER[name]] for name in ("street_suffix", "street_before_postcode"))
                tokens = [m.start() for m in _TOKEN_START.finditer(text, low, space)]
                if has_suffix:
                    low = lowest[_SPACES_BEFORE_NUMBER["street_suffix"]]
                    suffix.extend(t for t in tokens if t >= low)
                if has_postcode:
                    low = lowest[_SPACES_BEFORE_NUMBER["street_before_postcode"]]
                    postcode.extend(t for t in tokens if t >= low)
        return {
            "street_suffix": suffix,
            "street_head": head,
            "street_before_postcode": postcode,
            "street_before_place": place,
            "address_cue": [m.start() for m in _CUE_START.finditer(folded)],
            "address_in_brackets": [m.end() for m in _BRACKET_AFTER_WORD.finditer(text)],
        }


# -- candidate_starts -------------------------------------------------------------------------
# How many spaces a pattern allows between its start and the space before the house number.
_SPACES_BEFORE_NUMBER: dict[str, int] = {
    "street_suffix": 6,  # first word + 4 more words, the compass word
    "street_head": 6,  # 5 words after the street word, the name word
    "street_before_postcode": 4,  # first word + 4 more words
    "street_before_place": 3,  # first word + 3 more words
}
_MOST_SPACES = max(_SPACES_BEFORE_NUMBER.values())
# A space and a digit: where "[ ]" + house number can begin. Plain literals, so stdlib ``re`` is exact.
_SPACE_DIGIT = stdlib_re.compile(r" (?=[1-9])")
# The street words that open the head pattern (case-sensitive literals; only their first letter is a
# capital, so no occurrence starts inside another and finditer sees them all).
_HEAD_WORD = stdlib_re.compile("|".join(STREET_HEADS))
_NUMBER_AFTER = re.compile(rf"[ ]{_NUMBER}", AddressRecognizer.FLAGS)
_POSTCODE_AFTER = re.compile(rf"[ ]{_NUMBER}{_POSTCODE_AHEAD}", AddressRecognizer.FLAGS)
_PLACE_AFTER_NUMBER = re.compile(rf"[ ]{_NUMBER}(?=,[ ]?\p{{Lu}})", AddressRecognizer.FLAGS)
# Where a name token can begin: what _START allows, then a capital, a digit 1-9 or an apostrophe.
_TOKEN_START = re.compile(r"(?<![\p{L}\d'’.\-])[\p{Lu}1-9'’]", AddressRecognizer.FLAGS)
# The cue's first word on the lower-cased text; a cue begins after no letter.
_CUE_START = stdlib_re.compile(
    r"(?<![a-z])(?:woont|wonend|woonachtig|verblijft|verhuisd|verhuist|ingeschreven|woning|verhuizing|verhuizen"
    r"|wonen|woon"
    r"|(?:woon|post|huis|verblijfs|correspondentie|nieuwe?|oude?)?adres)"
)
_WORD_BEFORE_BRACKET = re.compile(r"(\p{Lu}[\p{L}'’\-]+)[ ]\($")
_VEHICLE_MAKES = words_of_class("vehicle")
# An opening bracket after a capitalised word and a space: where the bracketed pattern can begin.
_BRACKET_AFTER_WORD = re.compile(r"\p{Lu}[\p{L}'’\-]+[ ]\((?=\p{Lu})", AddressRecognizer.FLAGS)
_SUFFIXES_LOWER = tuple(suffix.lower() for suffix in STREET_SUFFIXES)
_ABBREVIATIONS_LOWER = STREET_ABBREVIATIONS
_ABBREVIATIONS_DOTTED = tuple(f"{a}." for a in (*STREET_ABBREVIATIONS, "st"))
_SPACED_COMPASS = tuple(" " + word for word in COMPASS_WORDS)
_LAST_LETTERS = frozenset(word[-1].lower() for word in _SUFFIXES_LOWER + _SPACED_COMPASS)


def _lowest_starts(text: str, line_start: int, space: int) -> list[int]:
    """``[n]``: the lowest start on the line with at most ``n`` spaces up to ``space``."""
    lowest = []
    cut = space
    for _ in range(_MOST_SPACES + 1):
        cut = text.rfind(" ", line_start, cut)
        if cut < 0:
            break
        lowest.append(cut + 1)
    return lowest + [line_start] * (_MOST_SPACES + 1 - len(lowest))


def _suffix_before(text: str, folded: str, space: int) -> bool:
    """A street suffix (or its abbreviation) ends at ``space``, or before a compass word that ends there."""
    if space == 0:
        return False
    if folded.endswith(_ABBREVIATIONS_LOWER, 0, space) or folded.endswith(_ABBREVIATIONS_DOTTED, 0, space):
        return True
    if folded[space - 1] not in _LAST_LETTERS:
        return False
    if folded.endswith(_SUFFIXES_LOWER, 0, space):
        return True
    return any(
        space >= len(word)
        and text.startswith(word, space - len(word))
        and folded.endswith(_SUFFIXES_LOWER, 0, space - len(word))
        for word in _SPACED_COMPASS
    )
