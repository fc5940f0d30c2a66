"""DATE_OF_BIRTH: a date, only when a birth cue stands close before it.

Dates of letters and meetings stay public under the Woo; a date of birth is personal data. So
the cue is part of the regex ("geboren", "geb.", "geboortedatum", "d.d. geboorte", "DOB",
"born", ...), followed within 40 characters on the same line, without a sentence end or any
digit in between, by the date. Only the date is returned as the span. The nearest date after the
cue wins: "geboren 12-03-1988, ingeschreven 01-02-2020" gives only the first.

Tables are the other place dates of birth live (a household overview in a Word document, whose
cells ingest separates with tabs): a date in a column whose header cell is a birth cue is a date
of birth too, however many rows lie between header and date.

And where the text itself says the date is someone's birth: a household's line of children with
dates in brackets, a newsletter's birthday section or a line about birthdays (day and month, with
or without the year), a date someone "werd geboren" on, and a date in brackets after a relative's
or a titled adult's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.base import LINE_WRAP, DutchPatternRecognizer, evidence_result, finditer_at, fold_case

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2, "maart": 3,
    "mrt": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6,
    "june": 6, "juli": 7, "jul": 7, "july": 7, "augustus": 8, "aug": 8, "august": 8, "september": 9,
    "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
DATE_REGEX = (
    r"(?:"
    rf"{_DAY}(?P<s>[-/. ]){_MONTH}(?P=s)(?:19|20)?\d\d"  # 12-03-1988, 12/03/88, 12.03.1988, 12 03 1988
    rf"|(?:19|20)\d\d-{_MONTH}-{_DAY}"  # 1988-03-12
    rf"|{_DAY}\s(?:{_MONTH_NAMES})\.?\s(?:(?:19|20)\d\d|['’]\d\d)"  # 12 maart 1988, 3 mrt. 1988, 3 feb '85
    r")(?![\w-]|[.,/]\d)"
)
# The cue, as a whole word. "geb" with or without a dot; "(geb." works because "(" is no letter.
CUE_REGEX = (
    r"(?<![\w.])(?:geboren|geboortedatum|geboortedag|geb\.?\s?dat(?:um|\.)?|geb\.?(?!\w)|d\.d\.\s*geboorte"
    r"|datum\s+van\s+geboorte|geboorte|birthday"
    r"|dob|d\.o\.b\.?|born|date\s+of\s+birth|birth\s*date)(?!\w)"
)
# How every way of CUE_REGEX opens, in the folded text (see fold_case): where a cue, and so a match
# of the cued patterns, can begin: "geb" alone or before "dat" ("geb.", "gebdatum"), "geboorte",
# "geboren", "d.d.", "datum", "date", "birth", "dob", "d.o.b", "born". A test keeps it in step with
# CUE_REGEX (tests/recognizers/test_date_of_birth.py).
_CUE_OPENINGS = re.compile(r"geb(?![a-ce-z])|geboorte|geboren|d\.d\.|datum|date|birth|dob|d\.o\.b|born")
# Between cue and date: no line break, no sentence end, no digits (no other number or year).
_GAP = r"[^\n\r.!?\d]{0,40}?"
DOB_REGEX = rf"{CUE_REGEX}{_GAP}(?P<value>{DATE_REGEX})"
# The genealogists' star: "(*12-03-1988)", "* 3 februari 1985".
DOB_STAR_REGEX = rf"(?<![\w*])\*[ \t]?(?P<value>{DATE_REGEX})"
# A form's label alone on its line and the date at the start of the next ("Geboortedatum:\n03-02-1985");
# not a sentence that ends in the cue before a dated note ("... hier geboren\n12-03-2025 gebeld").
DOB_NEXT_LINE_REGEX = rf"(?m:^)[ \t>]*{CUE_REGEX}[ \t]*:?[ \t]*{LINE_WRAP}(?P<value>{DATE_REGEX})"


# The three written forms parse_date reads, compiled once: it runs for every candidate date.
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2,4})")
_NAMED_DATE = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4}|['’]\d\d)")


def parse_date(text: str) -> date | None:
    """The calendar date written in ``text`` (one of the DATE_REGEX forms), or ``None``."""
    text = text.strip().lower()
    iso = _ISO_DATE.fullmatch(text)
    numeric = _NUMERIC_DATE.fullmatch(text)
    named = _NAMED_DATE.fullmatch(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif numeric:
        day, month, year = (int(g) for g in numeric.groups())
        if year < 100:
            # A two-digit birth year is in the past: "12-03-88" is 1988, "01-02-15" is 2015.
            year += 2000 if year <= date.today().year % 100 else 1900
    elif named and named.group(2) in MONTHS:
        day, month, year = int(named.group(1)), MONTHS[named.group(2)], int(named.group(3).lstrip("'’"))
        if year < 100:
            year += 2000 if year <= date.today().year % 100 else 1900
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateOfBirthRecognizer(DutchPatternRecognizer):
    """Dates of birth: a date right after a birth cue on the same line."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("date_after_birth_cue", DOB_REGEX, 0.9),
        Pattern("date_under_birth_label", DOB_NEXT_LINE_REGEX, 0.9),
        Pattern("date_after_birth_star", DOB_STAR_REGEX, 0.9),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "geboren", "geb", "geb.", "geboortedatum", "geboorte", "dob", "born",
    )  # fmt: skip
    # The cue is inside the regex already: no second window check (an empty window). The words
    # above still let Presidio's enhancer confirm the match in the engine.
    CONTEXT_BEFORE = 0
    CONTEXT_AFTER = 0

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """The two patterns with a cue are tried only where a cue opens (the first) and at the
        start of a line holding one (the second, its label alone on the line): each was tried at
        every character of a text holding a cue's word anywhere, which a long text always does."""
        folded = fold_case(text)
        if folded is None:
            return {}
        # (overlapped: one way's opening inside another's, "date" in "birthdate", is a start too)
        openings = [m.start() for m in _CUE_OPENINGS.finditer(folded, overlapped=True)]
        return {"date_after_birth_cue": openings,
                "date_under_birth_label": [folded.rfind("\n", 0, at) + 1 for at in openings]}

    def validate_result(self, pattern_text: str) -> bool:
        """A real calendar date ("31-02-1988" is not)."""
        return parse_date(pattern_text) is not None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if entities and self.ENTITY not in entities:
            return results
        seen = {(r.start, r.end) for r in results}
        if "\t" in text or "|" in text or ";" in text:
            for start, end in table_birth_dates(text):
                if (start, end) not in seen:
                    seen.add((start, end))
                    results.append(evidence_result(self, self.ENTITY, start, end, TABLE_SCORE, "birth column"))
        for start, end in family_birth_dates(text):
            if (start, end) not in seen:
                seen.add((start, end))
                results.append(evidence_result(self, self.ENTITY, start, end, TABLE_SCORE, "family line"))
        for start, end, why in (*birthday_dates(text), *bracketed_birth_dates(text)):
            if (start, end) not in seen:
                seen.add((start, end))
                results.append(evidence_result(self, self.ENTITY, start, end, TABLE_SCORE, why))
        return results


TABLE_SCORE = 0.9
_CELL_CUE = re.compile(rf"\s*(?:{CUE_REGEX})\s*:?\s*", re.IGNORECASE)
# the last cell of a header that a line of prose opens ("..., kolommen: nr | naam | geb.datum"): only a
# cue closing that cell counts, as it would stand alone in its own header cell
_CELL_CUE_AFTER_PROSE = re.compile(rf"(?:{CUE_REGEX})\s*$", re.IGNORECASE)
_CELL_DATE = re.compile(rf"\s*(?P<value>{DATE_REGEX})\s*", re.IGNORECASE)
# A header is looked for this many table rows up; a table with a birth column is a household
# overview, never hundreds of rows long, and a blank line ends the table.
_MAX_ROWS_UP = 60


def _cell_separator(line: str) -> str | None:
    """How a row of a table parts its cells: tabs (a Word table as ingest reads it), bars (a
    Markdown or exported table, "01 | Tesfamariam, Yohannes | 12-05-1991") or semicolons (a CSV
    export); ``None`` for a line that is no row."""
    if "\t" in line:
        return "\t"
    if line.count("|") >= 2:
        return "|"
    if line.count(";") >= 2:
        return ";"
    return None


def table_birth_dates(text: str) -> list[tuple[int, int]]:
    """Dates in a table's rows under a header cell that is a birth cue ("Geboortedatum", "geb.datum").
    The header may end a line of prose ("kolommen: nr | naam | geb.datum | BSN"): its cells count
    from the line's start like the rows' do."""
    found: list[tuple[int, int]] = []
    birth_columns: set[int] = set()
    separator: str | None = None
    rows_since_header = 0
    next_offset = 0
    for line in text.splitlines(keepends=True):
        offset, next_offset = next_offset, next_offset + len(line)
        row_separator = _cell_separator(line) if line.strip() else None
        if row_separator is None:
            # no table row: the table ended here, unless a blank line stands between its header
            # and its first row
            if line.strip() or rows_since_header:
                birth_columns, rows_since_header = set(), 0
            continue
        cells = line.rstrip("\r\n").split(row_separator)
        if birth_columns and row_separator != separator:
            birth_columns, rows_since_header = set(), 0  # another table
        header = {i for i, cell in enumerate(cells) if _CELL_CUE.fullmatch(cell)
                  or (i == 0 and _CELL_CUE_AFTER_PROSE.search(cell))}
        if header:
            birth_columns, rows_since_header, separator = header, 0, row_separator
        elif birth_columns and rows_since_header < _MAX_ROWS_UP:
            rows_since_header += 1
            position = offset
            for i, cell in enumerate(cells):
                match = _CELL_DATE.fullmatch(cell) if i in birth_columns else None
                if match and parse_date(match.group("value")) is not None:
                    found.append((position + match.start("value"), position + match.end("value")))
                position += len(cell) + 1
    return found


# A household's line of children or members, each with the date in brackets after the name:
# "Kinderen: Jayden (14-08-2010), Lieke (22-01-2014)". Every such date on the line is a birth date.
_FAMILY_LABEL = re.compile(
    r"(?im)^[ \t>*•-]*(?:kinderen|kind|zoon|dochter|zonen|dochters|gezinsleden|gezinssamenstelling|"
    r"inwonende\s+kinderen|minderjarige\s+kinderen|kleinkinderen)[ \t]*:(?P<items>[^\n]*)")
_DATE_IN_BRACKETS = re.compile(rf"\((?:[^()\n]{{0,20}}?)(?P<value>{DATE_REGEX})\s*\)", re.IGNORECASE)


def family_birth_dates(text: str) -> list[tuple[int, int]]:
    """Dates in brackets on a line that lists a household's children or members."""
    found = []
    for line in _FAMILY_LABEL.finditer(text):
        for match in _DATE_IN_BRACKETS.finditer(text, line.start("items"), line.end("items")):
            if parse_date(match.group("value")) is not None:
                found.append((match.start("value"), match.end("value")))
    return found


# A birthday: a day and month, with or without the year, where the text says someone has one. A
# newsletter's "Jarig" or "Jarigen in mei" section (heading alone on its line, up to the next blank
# line) or a line saying so ("... zijn jarig: Jappie (12 april)", "vierden hun verjaardag", "wordt
# op 2 augustus 100 jaar"). A date a sentence says someone was born on comes with its cue after it
# ("die op 21 mei 1933 werd geboren"). (A year alone is no birthday; the day and month without one
# are personal data all the same in a club's list of its members.)
_BIRTHDAY_HEADING = re.compile(
    r"(?im)^[ \t#*]*(?:jarig|jarigen|verjaardagen|wie\s+is\s+er\s+jarig\??)(?:[ \t]+(?:in|deze)[ \t]+\p{L}+)?[ \t:]*\n"
    r"(?P<body>(?:[ \t]*\S[^\n]*(?:\n|$))+)")
# What on a line says it is about a birthday (not "het 40-jarig bestaan"); the line around it is searched.
_BIRTHDAY_CUE = re.compile(
    r"(?i)(?<![\p{L}-])jarig(?:en)?\b|verjaardag"
    rf"|\b(?:wordt|werd)[ \t]+(?:op[ \t]+{_DAY}\s(?:{_MONTH_NAMES})[ \t]+)?\d{{1,3}}[ \t]+jaar\b")
_DAY_AND_MONTH = re.compile(
    rf"(?<![\w-]){_DAY}\s(?:{_MONTH_NAMES})(?:\s(?:19|20)\d\d)?(?![\w-])", re.IGNORECASE)
_DATE_BEFORE_BORN = re.compile(
    rf"(?<![\w-])(?P<value>{DATE_REGEX})[ \t]+(?:werd[ \t]+|is[ \t]+|was[ \t]+)?geboren\b", re.IGNORECASE)


def birthday_dates(text: str) -> list[tuple[int, int, str]]:
    """Days and months in a birthday section or on a line about birthdays; full dates a sentence
    says someone was born on."""
    folded = fold_case(text)
    found: list[tuple[int, int, str]] = []
    if folded is None or "jarig" in folded or "verjaardag" in folded or " jaar" in folded:
        # (the cues first, in one pass, then their lines: a pattern tried at every line start of a
        # long text cost a second on 3 MB)
        areas = ([(m.start("body"), m.end("body")) for m in _BIRTHDAY_HEADING.finditer(text)]
                 if folded is None or "jarig" in folded or "verjaardag" in folded else [])
        lines: set[tuple[int, int]] = set()
        for cue in _BIRTHDAY_CUE.finditer(text):
            line_end = text.find("\n", cue.end())
            lines.add((text.rfind("\n", 0, cue.start()) + 1, len(text) if line_end == -1 else line_end))
        areas += sorted(lines)
        for start, end in areas:
            for match in _DAY_AND_MONTH.finditer(text, start, end):
                found.append((match.start(), match.end(), "birthday"))
    if folded is None or "geboren" in folded:
        matches = (_DATE_BEFORE_BORN.finditer(text) if folded is None
                   else finditer_at(_DATE_BEFORE_BORN, text, _dates_before_born(folded), timeout=None))
        for match in matches:
            if parse_date(match.group("value")) is not None:
                found.append((match.start("value"), match.end("value"), "date before born"))
    return found


_DIGIT = re.compile(r"[0-9]")


def _dates_before_born(folded: str) -> list[int]:
    """Where a match of ``_DATE_BEFORE_BORN`` can begin in the folded text: at a digit (every form
    of a date opens with one) on the line of a "geboren" or the two lines above it (the blanks of a
    written-out date may be line breaks, two at most). Tried at every character of a text that holds
    the word anywhere, the pattern cost a long text more than the rest of the birthday search."""
    starts: list[int] = []
    reached = 0  # the windows, in text order, may overlap: each character is looked at once
    at = folded.find("geboren")
    while at != -1:
        window = at
        for _ in range(3):
            window = folded.rfind("\n", 0, window)
            if window == -1:
                break
        starts += [m.start() for m in _DIGIT.finditer(folded, max(window + 1, reached), at)]
        reached = max(reached, at)
        at = folded.find("geboren", at + 1)
    return starts


# A date in brackets right after the name of a relative or of a person addressed by title:
# "Kleindochter Mirte Wiersma (08-09-2006)", "de heer K. Postma (14-04-2003)". After a kinship word
# any past date is a birth date; after "de heer" or "mevrouw" only one at least twelve years back
# (a recent date there is more often the date of that person's letter: "mevrouw X (12-03-2025)").
_KINSHIP = (r"dochter|zoon|kind|kleindochter|kleinzoon|kleinkind|pleegkind|pleegzoon|pleegdochter|stiefzoon|"
            r"stiefdochter|broer|zus|zuster|vader|moeder|partner|echtgenoot|echtgenote|neef|nicht|oom|tante|"
            r"opa|oma|baby")
_NAME_THEN_BRACKETED_DATE = re.compile(
    rf"(?i:(?<![\p{{L}}])(?:(?P<kin>{_KINSHIP})|(?P<title>de[ \t]+heer|mevrouw|dhr\.?|mw\.?|mevr\.?)))"
    r"[ \t]+(?:(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.)+|van|de|der|den|ter|ten|'t|het|in)[ \t]+){0,4}"
    r"\p{Lu}[\p{L}'’-]+[ \t]*\((?P<value>" + DATE_REGEX + r")\)")
_ADULT_YEARS = 12
_BRACKET_ON_A_DIGIT = re.compile(r"\((?=\d)")


def bracketed_birth_dates(text: str, today: date | None = None) -> list[tuple[int, int, str]]:
    """Dates in brackets after a relative's or a titled person's name."""
    if "(" not in text:
        return []
    today = today or date.today()
    found: list[tuple[int, int, str]] = []
    # (only where a bracket opens on a digit: tried at every character, the pattern's words cost half
    # a second on 3 MB)
    matches = []
    for bracket in _BRACKET_ON_A_DIGIT.finditer(text):
        window = _NAME_THEN_BRACKETED_DATE.finditer(text, max(0, bracket.start() - 120), bracket.end() + 40)
        match = next((m for m in window if m.start("value") == bracket.end()), None)
        if match is not None:
            matches.append(match)
    for match in matches:
        born = parse_date(match.group("value"))
        if born is None or born > today:
            continue
        if match.group("kin") is None and born > today.replace(year=today.year - _ADULT_YEARS, day=min(today.day, 28)):
            continue
        found.append((match.start("value"), match.end("value"), "date after a name"))
    return found
