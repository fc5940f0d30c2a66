"""PERSON and ADDRESS in the cells of tables: exports, registers, inventories, chat exports.

A table row is a line with a tab, with at least two semicolons or vertical bars, or a line of an
export as CSV (comma-separated short cells, quotes respected, beside a line with as many cells), or
a line laid out in columns with two or more spaces between them beside a line with as many;
its cells are what stands between the separators. A table's header row is the first line of a run of rows with the same
separator. Two named rules read the cells on their own, because their values stand without the
words that give them away in sentences:

- ``person.table_name`` (source ``person:structure``, like the header forms of e-mails): a cell
  written "Surname, Given name" ("Zeeman, Arjen", "Haan, Trijntje de", "Gulik, Marco van der",
  "Koster-Bakker, Els"), also two of them joined by "en", and the speaker of a chat export written
  that way ("[03-03-2025 08:52] Leeuwen, Roos van: ..."), and an item of a list one per line with
  the rest set off by a dash ("Ommeren, Aaltje van – Lingedijk 104"). The given name must be in the list of
  first names or the surname in the list of surnames; the person scorer then decides.
- ``address.table_cell``: a cell that is a street name and a house number ("Molenbuurt 14",
  "Grote Waal 129", "Hoogt 4") in a row that also has a postcode cell, or in the column whose
  header says "adres" or "straat". Street names without a street word are common ("Hoogeinde 7",
  "Westeinde 41"); in running text they are found only with a postcode after them.
- ``person.table_column``: a cell of one to four capitalised words in the column whose header names
  a person ("Naam", "Voornaam", "Achternaam", "Cliënt", "Aanvrager", "Contactpersoon", ...).
- ``dob.table_column``: a date in the column whose header says date of birth ("Geboortedatum",
  "Geb.datum", "Geboren").
- ``postcode.table_cell``: a Dutch postcode alone in a cell.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.lexicons import Lexicons, load_lexicons, name_key
from redaction.person.features import words_of_class
from redaction.recognizers.base import SpanRuleRecognizer, evidence_result

_SEPARATORS = ("\t", ";", "|")
# A cell boundary inside a span: what runs over it is no single name or value.
CELL_BREAK = regex.compile(r"[\t;|]")
_PARTICLES = r"(?:van|de|der|den|het|ter|ten|te|in|'t|’t|el|al|da|di|du|le|la|von|op)"
_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:" + _PARTICLES + r"-)?\p{L}[\p{Ll}\p{M}'’]+)*"
# "Zeeman, Arjen", "Haan, Trijntje de", "Gulik, Marco van der", "Lie, Mei-Ling", "Vries, J. de",
# "Tjon Sack Kie, Ronald" (a surname of up to three words)
_SURNAME_FIRST = regex.compile(
    r"(?P<surname>(?:" + _PARTICLES + r"[ ]){0,2}" + _WORD + r"(?:[ ]" + _WORD + r"){0,2})"
    r",[ ]?(?P<given>" + _WORD + r"(?:[ ]" + _WORD + r")?|(?:\p{Lu}\.){1,4})"
    r"(?:[ ](?P<particles>" + _PARTICLES + r"(?:[ ]" + _PARTICLES + r")?))?"
)
# The speaker of a chat export: "[03-03-2025 08:52] " (WhatsApp on iOS, Teams) or "03-03-2025 08:52 - "
# (WhatsApp on Android) at the start of the line, then the name, ":".
CHAT_TIME_STAMP = r"(?:\[[\d\-/. :,]+\]|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?[ ]-)"
_CHAT_SPEAKER = regex.compile(rf"(?m)^[ \t]*{CHAT_TIME_STAMP}[ \t]*(?P<cell>[^:\n]{{2,60}}):[ \t]")
# How a chat export names the phone that made it: no name, and not one to search for elsewhere.
_EXPORTER_SELF = frozenset({"jij", "you", "u", "ik", "me", "du", "ich", "jou"})
# A speaker named by a role alone ("[10:02] Klant: ...", "Medewerker:"): an export that left the
# person out already (word_classes.tsv, class "role").
_ROLE_WORDS = words_of_class("role")
# The notice a chat app writes under the group's own name, not a person's.
_GROUP_NOTICE = regex.compile(r"[ \t]*(?:Berichten en oproepen worden end-to-end|Messages and calls are end-to-end|"
                              r"U hebt deze groep gemaakt|You created group)", regex.IGNORECASE)
# An item of a list written one per line, the name surname first and the rest set off by a dash
# ("Van Ommeren, Aaltje – Lingedijk 104, 4147 BL Asperen", "R3 Boogaard, Jacoba van den – Ede-Zuid"),
# as a nota van zienswijzen lists its submitters; an item's number or bullet may open the line.
_LIST_ITEM_SURNAME_FIRST = regex.compile(
    r"(?m)^[ \t]*(?:(?:\p{Lu}{0,2}\d{1,3}|[IVX]{1,5})[.)]?[ \t]+|[-•*·][ \t]+)?"
    r"(?P<cell>[^\n,–—:;|\t]{2,60},[ ][^\n,–—:;|\t]{1,40}?)[ \t]+[–—-][ \t]+\S")
# The speaker line of a Teams export: "Verhoeven, Lotte 2-2-2026 09:14" alone on its line.
_TEAMS_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(?P<cell>[^\n,:;]{2,40},[ ][^\n,:;\d]{1,30}?)[ \t]+\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")
# "Molenbuurt 14", "Grote Waal 129", "Dr. C.J.K. van Aalstweg 8", "Hoogt 4-II", "Molenbuurt 18a"
_STREET_AND_NUMBER = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:\p{Lu}\.){1,4})(?:[ ](?:" + _PARTICLES + r"|\p{Lu}[\p{L}\p{M}'’.-]*"
    r"|(?:\p{Lu}\.){1,4}))*"
    r"[ ](?!(?:19|20)\d\d\b)[1-9]\d{0,3}(?:[ ]?-[ ]?(?:[1-9]\d{0,2}|I{1,3}|IV|[A-Za-z]{1,2})|[ ]?[a-zA-Z])?"
)
_AND = regex.compile(r"[ ]en[ ]")
_COLUMN_GAP = regex.compile(r"[ ]{2,}")
# Headers of a column of people's names; not "Organisatie", "Naam project", "Naam school".
_NAME_HEADER = regex.compile(
    r"(?i)^(?:(?:volledige\s+)?naam|voornaam|voornamen|achternaam|roepnaam|tussenvoegsel|naam\s+(?:cliënt|client|"
    r"bewoner|aanvrager|melder|contactpersoon|medewerker|deelnemer|inspreker|ouder|kind|verzoeker)|cliënt|client|"
    r"bewoner|aanvrager|melder|contactpersoon|deelnemer|inspreker|indiener|verzoeker|huurder|eigenaar|"
    r"begeleider|mentor|ouder|kind|name|first\s+name|last\s+name|surname|vorname|nachname|medewerker|"
    r"behandelaar|consulent|casemanager|contact|gezinslid|gezinsleden|partner|echtgeno(?:o|te)|kinderen|"
    r"naam\s+(?:en\s+)?voorletters|voorletters|achternaam,?\s+voornaam)\s*:?$"
)
_NAME_CELL = regex.compile(
    r"(?:(?:\p{Lu}\.){1,4}[ ]?)?(?:" + _PARTICLES + r"[ ]){0,3}\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*"
    r"(?:[ ](?:" + _PARTICLES + r"[ ]){0,3}\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*){0,3}"
)
_DOB_HEADER = regex.compile(
    r"(?i)^(?:geboortedatum|geb\.?\s*datum|geb\.|geboren(?:\s+op)?|geboortedag|date\s+of\s+birth|dob|d\.o\.b\.|"
    r"geburtsdatum)\s*:?$"
)
_DATE_CELL = regex.compile(
    r"(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[ ](?i:jan|feb|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|sep|sept|okt|nov|dec)"
    r"[\p{L}.]*[ ](?:19|20)\d\d"
)
_POSTCODE_CELL = regex.compile(r"[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}")
_ADDRESS_HEADER = regex.compile(r"(?i)\b(?:adres|woonadres|straat|straatnaam|huisadres|locatie\s+adres)\b")
# Cells under a name header that are no name ("Onbekend", "Anoniem", "Nvt").
_NOT_A_NAME_CELL = frozenset({"onbekend", "anoniem", "nvt", "n.v.t", "geen", "idem", "zie boven", "nee", "ja"})
# Words that open a cell with a number but no address: "Fase 2", "Bijlage 3", "Groep 8".
_NOT_A_STREET = frozenset({
    "fase", "bijlage", "artikel", "groep", "week", "zaal", "kamer", "lid", "punt", "agendapunt", "stap",
    "ronde", "versie", "blok", "deel", "hoofdstuk", "pagina", "nr", "nummer", "categorie", "klasse",
    "niveau", "bus", "lijn", "route", "tafel", "post", "kavel", "perceel", "dossier", "zaak", "team",
    "jaar", "maand", "dag", "uur", "totaal", "regio", "wijk", "sector", "postbus", "antwoordnummer",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int
    column: int

    def text(self, text: str) -> str:
        return text[self.start:self.end]


def _fields(body: str, separator: str) -> list[tuple[int, int]]:
    """The fields of a line between separators; a comma inside double quotes is no separator."""
    fields: list[tuple[int, int]] = []
    if separator != "," or '"' not in body:
        # No quotes to mind (the common case, every line of a text with two commas or more): cut at
        # each separator with str.find rather than reading the line character by character.
        begin = 0
        at = body.find(separator)
        while at != -1:
            fields.append((begin, at))
            begin = at + 1
            at = body.find(separator, begin)
        fields.append((begin, len(body)))
        return fields
    begin, quoted = 0, False
    for i, ch in enumerate(body):
        if ch == '"' and separator == ",":
            quoted = not quoted
        elif ch == separator and not quoted:
            fields.append((begin, i))
            begin = i + 1
    fields.append((begin, len(body)))
    return fields


def _spaced_fields(body: str) -> list[tuple[int, int]]:
    """The columns of a line of a table laid out with spaces (two or more between columns), as text
    extracted from a PDF or a fixed-width export gives them."""
    fields: list[tuple[int, int]] = []
    begin = len(body) - len(body.lstrip(" "))
    for gap in _COLUMN_GAP.finditer(body, begin):
        if gap.start() > begin:
            fields.append((begin, gap.start()))
        begin = gap.end()
    if begin < len(body.rstrip(" ")):
        fields.append((begin, len(body.rstrip(" "))))
    return fields


def _csv_like(fields: list[tuple[int, int]], body: str) -> bool:
    """Comma-separated fields that read as cells, not as a sentence: short, few words each."""
    if len(fields) < 3:
        return False
    return all(len(body[a:b].split()) <= 6 and b - a <= 60 for a, b in fields)


def table_rows(text: str) -> Iterator[tuple[list[Cell], dict[int, str] | None]]:
    """See `_table_rows`; parsed once per text for the four recognizers that read it."""
    return iter(_cached_rows(text))


@lru_cache(maxsize=4)
def _cached_rows(text: str) -> tuple[tuple[list[Cell], dict[int, str] | None], ...]:
    return tuple(_table_rows(text))


def _table_rows(text: str) -> Iterator[tuple[list[Cell], dict[int, str] | None]]:
    """Every table row as its cells (stripped of spaces and quotes), with the header cells of its
    table by column (None for the header row itself).

    A row is a line with a tab, with at least two semicolons or bars, or a comma-separated line
    (an export as CSV) whose neighbour line has as many comma-separated cells."""
    lines: list[tuple[int, str]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        lines.append((position, line.rstrip("\r\n")))
        position += len(line)
    comma_fields = [_fields(body, ",") if body.count(",") >= 2 else [] for _, body in lines]
    spaced_fields = [_spaced_fields(body) if "  " in body else [] for _, body in lines]
    header: dict[int, str] | None = None
    header_separator = ""
    for index, (line_start, body) in enumerate(lines):
        separator = max(_SEPARATORS, key=body.count)
        fields: list[tuple[int, int]] | None = None
        # A tab makes a row on its own (two columns); a semicolon or bar in prose needs company.
        if body.count(separator) >= (1 if separator == "\t" else 2):
            fields = _fields(body, separator)
        else:
            mine = comma_fields[index]
            neighbours = [comma_fields[j] for j in (index - 1, index + 1) if 0 <= j < len(lines)]
            spaced = spaced_fields[index]
            spaced_neighbours = [spaced_fields[j] for j in (index - 1, index + 1) if 0 <= j < len(lines)]
            if _csv_like(mine, body) and any(len(n) == len(mine) for n in neighbours):
                fields, separator = mine, ","
            elif len(spaced) >= 3 and any(len(n) == len(spaced) for n in spaced_neighbours):
                fields, separator = spaced, "  "
        if fields is None:
            header, header_separator = None, ""
            continue
        cells: list[Cell] = []
        for column, (a, b) in enumerate(fields):
            raw = body[a:b]
            stripped = raw.strip(" \t")
            if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':  # '"Jansen, Piet"' in any export
                stripped = stripped[1:-1].strip(" \t")
            if stripped:
                lead = raw.find(stripped)
                cells.append(Cell(line_start + a + lead, line_start + a + lead + len(stripped), column))
        if header is None or separator != header_separator:
            header, header_separator = {c.column: text[c.start:c.end] for c in cells}, separator
            # The header row's own cells may hold data too (tables without a header).
            yield cells, None
            continue
        yield cells, header


class TableNameRecognizer(EntityRecognizer):
    """``person.table_name``: "Surname, Given name" in a table cell or as a chat export's speaker;
    ``person.table_column``: a cell under a header naming people; ``person.chat_speaker``: any
    speaker of a chat export."""

    ENTITY = "PERSON"

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        self.lexicons = lexicons or load_lexicons()
        super().__init__(supported_entities=[self.ENTITY], name="TableNameRecognizer", supported_language="nl")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        results = list(self._name_column(text)) if ("\t" in text or ";" in text or "|" in text) else []
        if "] " in text or " - " in text:
            results.extend(self._chat_speakers(text))
        if "," not in text:
            return results
        # (start, end, the cell's table and column; None for a header row or a chat speaker)
        spans: list[tuple[int, int, tuple[int, int] | None]] = []
        for cells, header in table_rows(text):
            for cell in cells:
                value = text[cell.start:cell.end]
                if "," in value:
                    # "Boot, Femke (bootfemke@...)": what follows in brackets is no part of the name
                    bracket = value.find(" (")
                    column = (id(header), cell.column) if header is not None else None
                    spans.append((cell.start, cell.start + bracket if bracket > 0 else cell.end, column))
        spans.extend((*m.span("cell"), None) for m in _CHAT_SPEAKER.finditer(text) if "," in m.group("cell"))
        # a Teams export's speaker line, "Surname, Given" before the date and time
        spans.extend((*m.span("cell"), None) for m in _TEAMS_SPEAKER.finditer(text))
        # a list's item, "Surname, Given – ..." on its own line
        if "–" in text or "—" in text or " - " in text:
            spans.extend((*m.span("cell"), None) for m in _LIST_ITEM_SURNAME_FIRST.finditer(text))
        # A column of "Surname, Given" cells: where two cells or more hold a listed name, a cell of the
        # same shape in it is a name too, though no list knows it ("Donkers, Eefje" under "Kuijpers, Hein")
        named = Counter(column for start, end, column in spans
                        if column is not None and any(True for _ in self._names_in(text, start, end)))
        name_columns = {column for column, count in named.items() if count >= 2}
        for start, end, column in spans:
            results.extend(self._names_in(text, start, end, shape_only=column in name_columns))
        return results

    def _chat_speakers(self, text: str) -> Iterator[RecognizerResult]:
        """``person.chat_speaker``: who speaks on a line of a chat export ("[11-02-2025 08:05] Mo BOA: ...").

        A speaker is a person or a handle standing for one (a nickname with a role, a first name);
        the line's shape says so where nothing else does. Not a phone number (the phone rule has
        it), an e-mail address, or an organisation or team ("Gemeente Sneek", "Team Handhaving").
        "Surname, Given name" speakers are read by ``person.table_name`` below; a role alone ("Klant:")
        names no one. Whether a speaker
        is an official, kept in their role, is the policy's question, as for any name.
        """
        organisation_words = self.lexicons.organisation_words
        for match in _CHAT_SPEAKER.finditer(text):
            value = match.group("cell")
            start, end = match.span("cell")
            start += len(value) - len(value.lstrip())
            end -= len(value) - len(value.rstrip())
            value = value.strip()
            words = value.split()
            if ("," in value or "@" in value or not value[:1].isalpha() or not 1 <= len(words) <= 4
                    or sum(ch.isdigit() for ch in value) > 2):
                continue
            if any(name_key(w.strip(".()")) in organisation_words for w in words):
                continue
            if name_key(value) in _EXPORTER_SELF:
                continue  # "Jij:", "You:", "U:": the phone that exported the chat, named so
            if len(words) == 1 and name_key(value) in _ROLE_WORDS and not self.lexicons.is_name(value):
                continue  # "Klant:", "Medewerker:": a role the export names instead of the person
            if _GROUP_NOTICE.match(text, match.end()):
                continue  # "Ondernemers Nieuwestad: Berichten en oproepen worden end-to-end versleuteld": the group
            yield evidence_result(self, self.ENTITY, start, end, 0.85, "chat_speaker", "person:structure")

    def _name_column(self, text: str) -> Iterator[RecognizerResult]:
        """``person.table_column``: the cells under a header that names people."""
        for cells, header in table_rows(text):
            if header is None:
                continue
            for cell in cells:
                if not _NAME_HEADER.match(header.get(cell.column, "").strip()):
                    continue
                value = text[cell.start:cell.end]
                if _NAME_CELL.fullmatch(value) and value.lower() not in _NOT_A_NAME_CELL:
                    yield evidence_result(self, self.ENTITY, cell.start, cell.end, 0.8, "table_column",
                                          "person:structure")

    def _names_in(self, text: str, start: int, end: int, shape_only: bool = False) -> Iterator[RecognizerResult]:
        """The "Surname, Given" names of a cell; with ``shape_only`` (a column of names) the shape
        alone makes one, else a listed given name or surname must be in it."""
        # "Koster, Henk en Koster-Bakker, Els": two people in one cell
        piece_start = start
        for separator in [*_AND.finditer(text, start, end), None]:
            piece_end = separator.start() if separator else end
            match = _SURNAME_FIRST.fullmatch(text, piece_start, piece_end)
            if match is not None and (shape_only or self._name_like(match)):
                yield evidence_result(self, self.ENTITY, piece_start, piece_end, 0.85, "table_name",
                                      "person:structure")
            if separator:
                piece_start = separator.end()

    def _name_like(self, match: regex.Match[str]) -> bool:
        lex = self.lexicons
        given = match.group("given")
        surname_words = [w for w in match.group("surname").split() if not lex.is_particle(w)]
        surname = " ".join(surname_words)
        if lex.is_first_name(given.split()[0].split("-")[0]) or given.endswith("."):
            return True
        return lex.is_surname(surname) or any(lex.is_surname(part) for part in surname.split("-"))


class TableAddressRecognizer(SpanRuleRecognizer):
    """``address.table_cell``: a street and house number alone in a cell, in a row with a postcode
    cell or in the address column."""

    ENTITY, RULE, SOURCE, SCORE = "ADDRESS", "table_cell", "address:table_cell", 0.8

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        for cells, header in table_rows(text):
            has_postcode = any(_POSTCODE_CELL.fullmatch(text[c.start:c.end]) for c in cells)
            for cell in cells:
                value = text[cell.start:cell.end]
                if not _STREET_AND_NUMBER.fullmatch(value) or value.split()[0].lower().rstrip(".") in _NOT_A_STREET:
                    continue
                in_address_column = header is not None and bool(_ADDRESS_HEADER.search(header.get(cell.column, "")))
                if has_postcode or in_address_column:
                    yield cell.start, cell.end


class TableDateOfBirthRecognizer(SpanRuleRecognizer):
    """``dob.table_column``: a date in the column of dates of birth."""

    ENTITY, RULE, SOURCE, SCORE = "DATE_OF_BIRTH", "table_column", "dob:table_column", 0.9

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        for cells, header in table_rows(text):
            if header is None:
                continue
            for cell in cells:
                if _DOB_HEADER.match(header.get(cell.column, "").strip()) and _DATE_CELL.fullmatch(
                        text[cell.start:cell.end]):
                    yield cell.start, cell.end


class TablePostcodeRecognizer(SpanRuleRecognizer):
    """``postcode.table_cell``: a Dutch postcode alone in a cell ("1234 AB" between commas of a CSV
    export, where the postcode pattern, wary of "1,5 AB", does not look)."""

    ENTITY, RULE, SOURCE, SCORE = "POSTCODE", "table_cell", "postcode:table_cell", 0.85

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        for cells, _header in table_rows(text):
            for cell in cells:
                if _POSTCODE_CELL.fullmatch(text[cell.start:cell.end]):
                    yield cell.start, cell.end
