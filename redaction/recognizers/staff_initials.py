"""PERSON: staff initials that case notes and tables use as author codes.

Rule ``person.staff_initials``: a name followed by its initials in brackets ("Wietse Bouwhuis (WB)",
"Rianne van der Molen (RvdM)") or a legend ("EK = E. Kuipers", "RdB: R. de Bruin") defines a code;
every other stand-alone use of that code in the document ("12-06-24 (WB) Moratorium ...",
"...;EK;In behandeling") names the same person and is withheld with it. A code counts only when
its letters are the name's: the first letter of the first name (or initial) and the first letter
of the surname, particles in small letters between ("RvdM"), so "(CDA)" after a council member
defines nothing.

The legend may be a sentence: "GL staat in deze memo voor Gerda L." (the code, "staat", at most
four small words, "voor" and the name, its given name and initial enough).

Rule ``person.author_code``: a code the document never defines, in an author's place: after the
date that opens an entry of a case log ("26-03 (JB) Energiefixer geweest", "04-09 EvdB", "JdW
04-03-2024"), when the log has at least two such entries, or in a table's column that holds such
codes in at least two rows ("...\tIn behandeling\tJB"). An author's initials identify a member of
staff as well as a defined code does. Not an organisation's or a law's acronym, a national party
("12-03 (GGD)", a column of "VVD", "CDA"), an ordinary word ("JA"), nor under a header that names
no person ("Partij", "Land", "Status"). Its other stand-alone uses are withheld with it, as above.

Rule ``person.signed_initials``: initials right after a label that names a civil servant or a
signer by them ("Paraaf: MSW", "ambtelijk: GG", "(ondertekend "JvdL")", "Opgesteld door: PK"),
with a slash a second author ("AB/LKK" after "Opsteller:"), also the pair alone on its line, as a memo
ends; who wrote a note or took the minutes, the initials closing the line ("Opgesteld: RP", "Notulen:
L.V.") or in brackets after "Notitie" ("Notitie (RJK) 14-03:"), also after "Aantekening" and a date, where
an organisation's acronym of the same letters is still the author's code ("Aantekening 15-01 (NEA):");
any other log entry opened by a word and its date with the author in brackets before the colon
("Terugkoppeling 05-03-2025 (RJ): ..."), not an organisation's acronym there.
Otherwise not an acronym; never a party or a word; its
other stand-alone uses in the document are withheld with it.

Rule ``person.particle_initials``: a code whose particles "van de", "van der" or "van den" are
shortened to "vd" ("KvdB", "– SvdL", "Interne notitie (JvdB)") is a person's initials wherever it
stands, defined or not; the organisations written so are listed (CvdM, RvdK) and the parties (PvdA,
PvdD) are none. Its other stand-alone uses are withheld with it.

Rule ``person.reference_initials``: the initials in a letter's reference after its number, as a firm
or an office writes them ("Ons kenmerk: 24.0871/PAB/ks": the author's and the typist's), each a
group of two to four capitals (with particles: "JvdB") or two or three small letters between
slashes. Not an organisation's acronym, a party or an ordinary word.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.lexicons import PARTY_KEYS, Lexicons, name_key
from redaction.recognizers.base import evidence_result, finditer_at
from redaction.recognizers.table_cells import table_rows

ENTITY = "PERSON"
SOURCE = "person:staff_initials"
_PARTICLES = r"(?:van|de|der|den|het|ter|ten|te|in|'t|el|al|da|di|du|le|la|op|von|vd|v\.d\.)"
_NAME = (
    r"(?P<name>(?:\p{Lu}\.){1,4}\s?(?:" + _PARTICLES + r"\s+){0,3}\p{Lu}[\p{L}'-]+"
    r"|\p{Lu}[\p{L}'-]+(?:\s+(?:" + _PARTICLES + r"\s+){0,3}\p{Lu}[\p{L}'-]+){1,3})"
)
# A staff member's initials as a code: "WB", "JvdB", "RvK" (also read by the policy, rules.py).
INITIALS_CODE = r"(?P<code>\p{Lu}(?:\p{Ll}{1,2}|\p{Lu}){0,3}\p{Lu})"
# "Wiebe Bosma (WB)", also after the person's role: "Ruud Hermsen (werkcoach, RH)"
_DEFINED_AFTER = regex.compile(_NAME + r"[ \t]*\((?:[^()\n,]{1,40},[ \t]*)?" + INITIALS_CODE + r"\)")
_LEGEND = regex.compile(r"(?<![\p{L}])" + INITIALS_CODE + r"[ \t]*(?:=|:)[ \t]*" + _NAME)
# A legend in words: "GL staat in deze memo voor Gerda L.", "de afkorting RvK staat voor Ruud van Kesteren".
_STANDS_FOR = regex.compile(
    r"(?<![\p{L}])" + INITIALS_CODE + r"[ \t]+(?i:staat)(?:[ \t]+[\p{Ll}]+){0,4}?[ \t]+(?i:voor)[ \t]+"
    # (also a given name and the surname's initial: "voor Gerda L.")
    r"(?:" + _NAME + r"|(?P<name>\p{Lu}\p{Ll}+[ \t]+\p{Lu}\.))")
# A code with the particles "van de(r/n)" shortened to "vd" ("KvdB", "SvdL", "JvdBr"): a person's
# initials wherever it stands; the organisations written so are listed (PvdA, CvdM) or parties.
_PARTICLE_CODE = regex.compile(r"(?<![\p{L}\d@./-])\p{Lu}{1,2}vd\p{Lu}\p{Ll}?(?![\p{L}\d@]|\.\p{L})")
# Read backwards from a "(": the letters, spaces, dots, hyphens and apostrophes a name is made of.
_NAME_RUN_BEFORE = regex.compile(r"[\p{L}'.\s-]+", regex.REVERSE)
_BLANKS_BEFORE = regex.compile(r"[ \t]+", regex.REVERSE)
_CAPITAL = regex.compile(r"\p{Lu}")
_LONGEST_CODE = 8  # INITIALS_CODE: a capital, at most three times two letters, a capital
# An author's code: two to four capitals, small letters only as the particles of a surname ("LvH",
# "EvdB", "JdW"), so words and abbreviations in small letters ("Tel", "Ged") are none.
_AUTHOR = r"(?:\p{Lu}{2,4}|\p{Lu}{1,2}(?:vd|v|d|t)\p{Lu}{1,2})"
_ENTRY_DATE = r"\d{1,2}[-/.]\d{1,2}(?:[-/.](?:\d{4}|\d{2}))?"
# The code after (or before) the date that opens an entry of a case log.
_DATED_AUTHOR = regex.compile(
    r"(?m)^[ \t]*(?:[-•*][ \t]*)?" + _ENTRY_DATE + r"[ \t]+(?:[–-][ \t]+)?"
    r"(?:\((?P<code>" + _AUTHOR + r")\)|(?P<code>" + _AUTHOR + r"))(?=[ \t]*$|[ \t]*[–:-][ \t]|[ \t]+\S)"
    r"|(?m)^[ \t]*(?P<code>" + _AUTHOR + r")[ \t]+" + _ENTRY_DATE + r"(?![\d/.-]?\d)"
)
_AUTHOR_CELL = regex.compile(_AUTHOR)
# A reference's label and its value: a number, then initials between slashes ("24.0871/PAB/ks").
_REFERENCE = regex.compile(
    r"(?i:\b(?:ons|uw|mijn|onze)\s+kenmerk|\bkenmerk|\breferentie|\bref\.|\bour\s+ref(?:erence)?)[ \t]*:?[ \t]*"
    r"(?P<value>[\w.-]*\d[\w.-]*(?:/[\w.-]+)+)")
# A label that names a civil servant or a signer, then the initials ("Paraaf: MSW", "(ambtelijk: GG)").
_SIGNED = regex.compile(
    r"(?i:\b(?:paraaf|geparafeerd(?:\s+door)?|ambtelijk|ambtelijke\s+ondersteuning|ambtelijk\s+contact|"
    r"opsteller|opgesteld\s+door|behandelaar|behandeld\s+door|ondertekend|getekend|auteur))"
    r"[ \t]*:?[ \t]*[\"“'‘]?(?P<code>" + _AUTHOR + r")(?:/(?P<code2>" + _AUTHOR + r"))?(?![\p{L}\d@.]|\.\p{L})"
    # who wrote the note or took the minutes, the initials closing the line or in brackets after the
    # word: "Opgesteld: RP", "Notulen: L.V.", "Notitie (NEA) 14-03:" (not "Notulen: ALV van 12 mei")
    r"|(?i:\b(?:opgesteld|notulen|notulist|notuliste|verslaglegging|verslag))[ \t]*:[ \t]*"
    r"(?P<code>" + _AUTHOR + r"|(?:\p{Lu}\.){2,3})[ \t]*(?m:$)"
    # ... and a case note's entry in brackets after the word and its date, where an author's code
    # stands, even when an organisation's acronym has the same letters ("Aantekening 15-01-2026 (IB):",
    # "Aantekening (TKB) 05-02:", "Notitie (NEA) 14-03:")
    r"|(?i:\b(?:notitie|aantekening))(?:[ \t]+" + _ENTRY_DATE + r")?[ \t]*\((?P<note>" + _AUTHOR + r")\)"
    # ... and any log entry opened by a word and its date, its author in brackets before the colon
    # ("Terugkoppeling 05-03-2025 (RJ): formulier ontvangen"; not an organisation: "(GGD):")
    r"|(?m:^)[ \t]*\p{Lu}\p{Ll}+[ \t]+" + _ENTRY_DATE + r"[ \t]*\((?P<entry>" + _AUTHOR + r")\)[ \t]*:"
)
# The author's and the typist's initials alone on a line, as a memo or a letter ends ("AB/LKK"): the
# same as after "Opsteller:", without the label.
_INITIALS_LINE = regex.compile(
    r"(?m:^)[ \t]*(?P<code>" + _AUTHOR + r")/(?P<code2>" + _AUTHOR + r")[ \t]*(?m:$)")
# Abbreviations a reference holds besides initials ("2024/nr/12", "dossier/bijl").
_REFERENCE_WORDS = frozenset({"nr", "bv", "dd", "ea", "ev", "ca", "zk", "pag", "blz", "bijl", "ref", "kenm", "dos",
                              "vz", "inv", "uit", "in", "ink", "afd", "wob", "woo", "br", "mail", "doc", "def"})
_REFERENCE_CODE = regex.compile(r"(?<=/)(?:" + _AUTHOR + r"|\p{Ll}{2,3})(?=/|$)")
# Headers of columns that hold codes of other things than people.
_NO_AUTHOR_HEADERS = frozenset({
    "partij", "fractie", "land", "landcode", "status", "code", "type", "soort", "grond", "categorie", "afdeling",
    "team", "eenheid", "taal", "valuta", "provincie", "gemeente", "kenmerk", "weigeringsgrond", "beoordeling",
    "openbaar", "besluit", "label", "klasse", "niveau", "regio", "sector", "rubriek",
})


def _definitions(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_DEFINED_AFTER`` and then of ``_LEGEND``, as their ``finditer`` gives them,
    each pattern tried only where a match can begin: at a capital in the run of name characters
    before a "(" (the name runs up to the bracket that holds the code), and at a capital at most a
    code's length before a ":" or "=" (blanks between). Tried at every capital of the text, the
    names of several words made the two patterns most of this recognizer's time."""
    starts = []
    at = text.find("(")
    while at != -1:
        run = _NAME_RUN_BEFORE.match(text, 0, at)
        if run is not None:
            starts.extend(m.start() for m in _CAPITAL.finditer(text, run.start(), at))
        at = text.find("(", at + 1)
    yield from finditer_at(_DEFINED_AFTER, text, starts, timeout=None)
    starts = []
    for sign in ":=":
        at = text.find(sign)
        while at != -1:
            blanks = _BLANKS_BEFORE.match(text, 0, at)
            code_end = at if blanks is None else blanks.start()
            starts.extend(m.start() for m in _CAPITAL.finditer(text, max(0, code_end - _LONGEST_CODE), code_end))
            at = text.find(sign, at + 1)
    yield from finditer_at(_LEGEND, text, starts, timeout=None)
    if "staat" in text or "Staat" in text:
        yield from _STANDS_FOR.finditer(text)


# Compiled once (``regex.findall`` with a pattern string looks it up again per call).
_NAME_WORD = regex.compile(r"[\p{L}'-]+")
_CAPITALISED_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'-]+")


def code_fits(code: str, name: str) -> bool:
    """Whether a code is made of the name's initials: "RvdM" for "Rianne van der Molen"."""
    words = _NAME_WORD.findall(name)
    capitals = [w for w in words if w[:1].isupper()]
    if not capitals:
        return False
    upper = [c for c in code if c.isupper()]
    if len(upper) < 2 or upper[0] != capitals[0][0] or upper[-1] != capitals[-1][0]:
        return False
    return len(code) <= len(words) + 2


class StaffInitialsRecognizer(EntityRecognizer):
    """Finds the codes a document defines for its staff, and every use of them."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        super().__init__(supported_entities=[ENTITY], name="StaffInitialsRecognizer", supported_language="nl")
        self.lexicons = lexicons
        self._acronym_keys: frozenset[str] | None = None

    def _person_name(self, name: str) -> bool:
        """"Vereniging Wijkbelang Oostkade (VWO)" defines an organisation's abbreviation, no staff code."""
        if self.lexicons is None:
            return True
        lex = self.lexicons
        for word in _CAPITALISED_NAME_WORD.findall(name):
            key = name_key(word)
            if key in lex.organisation_words or key in lex.places or (lex.is_word(key) and not lex.is_name(key)):
                return False
        return True

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if ENTITY not in entities:
            return []
        return list(self._uses(text))

    def _no_initials(self, code: str) -> bool:
        """An organisation's or a law's acronym, a national party, or an ordinary word ("JA")."""
        key = name_key(code)
        if key in PARTY_KEYS:
            return True
        lex = self.lexicons
        return lex is not None and (lex.is_common(key) or key in self._acronyms())

    def _acronyms(self) -> frozenset[str]:
        if self._acronym_keys is None:
            lex = self.lexicons
            self._acronym_keys = frozenset(
                name_key(o) for o in (lex.organisations if lex is not None else ()) if " " not in o and len(o) <= 6)
        return self._acronym_keys

    def _author_codes(self, text: str) -> set[str]:
        """``person.author_code``: codes in an author's place that the document does not define."""
        codes: set[str] = set()
        dated = [m.group("code") for m in _DATED_AUTHOR.finditer(text)]
        dated = [c for c in dated if not self._no_initials(c)]
        if len(dated) >= 2:
            codes.update(dated)
        if "\t" in text or ";" in text or "|" in text:
            by_column: dict[tuple[int, str], set[str]] = {}
            rows: dict[tuple[int, str], int] = {}
            for cells, header in table_rows(text):
                if header is None:
                    continue
                for cell in cells:
                    value = cell.text(text)
                    if not _AUTHOR_CELL.fullmatch(value) or self._no_initials(value):
                        continue
                    head = header.get(cell.column, "")
                    if name_key(head.strip(" :")) in _NO_AUTHOR_HEADERS:
                        continue
                    key = (cell.column, head)
                    by_column.setdefault(key, set()).add(value)
                    rows[key] = rows.get(key, 0) + 1
            for key, values in by_column.items():
                if rows[key] >= 2:
                    codes.update(values)
        return codes

    def _signed(self, text: str) -> tuple[set[str], list[RecognizerResult]]:
        """``person.signed_initials``: the initials after a label that names a civil servant or a
        signer, and the second author after a slash ("Opsteller: AB/LKK") as results of their own:
        the search for stand-alone uses of a code passes over it (a slash before a code is a path's
        or a reference's)."""
        codes: set[str] = set()
        after_slash: list[RecognizerResult] = []
        lines = _INITIALS_LINE.finditer(text) if "/" in text else ()
        for match in itertools.chain(_SIGNED.finditer(text), lines):
            entry = match.groupdict().get("entry")
            if entry is not None:
                if not self._no_initials(entry):
                    codes.add(entry)
                continue
            note = match.groupdict().get("note")
            if note is not None:
                common = self.lexicons is not None and self.lexicons.is_common(note)
                if name_key(note) not in PARTY_KEYS and not common:
                    codes.add(note)
                continue
            first, second = match.group("code"), match.group("code2")
            if not self._no_initials(first):
                codes.add(first)
            if second and not self._no_initials(second):
                codes.add(second)
                if not self._no_initials(first):
                    after_slash.append(evidence_result(self, ENTITY, match.start("code2"), match.end("code2"), 0.9,
                                                       "signed_initials", SOURCE))
        return codes, after_slash

    def _reference_initials(self, text: str) -> Iterator[RecognizerResult]:
        """``person.reference_initials``: the initials in a reference after its number."""
        if "/" not in text:
            return
        for reference in _REFERENCE.finditer(text):
            value_start = reference.start("value")
            for code in _REFERENCE_CODE.finditer(reference.group("value")):
                found = code.group()
                if self._no_initials(found) or found.lower() in _REFERENCE_WORDS or (
                        found.isupper() and self.lexicons is not None and self.lexicons.is_word(found)):
                    continue  # an acronym, a party, an abbreviation or a word ("ZAAK")
                yield evidence_result(self, ENTITY, value_start + code.start(), value_start + code.end(), 0.9,
                                      "reference_initials", SOURCE)

    def _uses(self, text: str) -> Iterator[RecognizerResult]:
        yield from self._reference_initials(text)
        signed_codes, after_slash = self._signed(text)
        yield from after_slash
        codes: set[str] = set()
        for match in _definitions(text):
            if code_fits(match.group("code"), match.group("name")) and self._person_name(match.group("name")):
                codes.add(match.group("code"))
        signed = signed_codes - codes
        authors = (self._author_codes(text) | signed) - codes
        codes |= authors
        particle = {code for code in _PARTICLE_CODE.findall(text) if not self._no_initials(code)} - codes \
            if "vd" in text else set()
        codes |= particle
        if not codes:
            return
        alternatives = "|".join(regex.escape(c) for c in sorted(codes, key=len, reverse=True))
        for match in regex.finditer(rf"(?<![\p{{L}}\d@./-])(?:{alternatives})(?![\p{{L}}\d@]|\.\p{{L}})", text):
            rule = ("signed_initials" if match.group() in signed else "author_code" if match.group() in authors
                    else "particle_initials" if match.group() in particle else "staff_initials")
            yield evidence_result(self, ENTITY, match.start(), match.end(), 0.9, rule, SOURCE)
