"""Generalisation: from an exact value to a coarser one, level by level.

Each quasi-identifier climbs a ladder configured in the YAML file (``levels``): level 0 is the
finest published form (an age band of 5 years, a month, a 4-digit postcode), every next level is
coarser, and one level above the last is "*" (the value suppressed). k-anonymity climbs these
ladders (see ``kanonymity``); the ladders themselves know nothing about k.
"""

from __future__ import annotations

import re
from datetime import date

from redaction.datasets.config import ColumnRule

SUPPRESSED = "*"
MONTHS_NL: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (("januari", "jan"), ("februari", "feb"), ("maart", "mrt", "mar"), ("april", "apr"), ("mei",),
         ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"), ("september", "sep", "sept"),
         ("oktober", "okt", "oct"), ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}
_NUMERIC = re.compile(r"^\s*(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})\s*$")
_LONG = re.compile(r"^\s*(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})\s*$")
_POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s?([A-Za-z]{2})?\s*$")


def parse_date(value: object) -> date | None:
    """A date as Dutch registers write it (31-12-2024, 31/12/2024, 31.12.2024, 2024-12-31,
    31 december 2024), or None when it is not a real date. Timestamps keep their date part."""
    if value is None:
        return None
    if isinstance(value, date):
        return value if not hasattr(value, "date") else value.date()  # type: ignore[union-attr]
    text = str(value).strip().lower()
    if not text:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}[t ]", text):  # an ISO timestamp from a spreadsheet export
        text = text[:10]
    try:
        if match := _NUMERIC.match(text):
            a, b, c = match.groups()
            if len(a) == 4:
                return date(int(a), int(b), int(c))
            if len(c) == 4:
                return date(int(c), int(b), int(a))
            return None
        if match := _LONG.match(text):
            day, month, year = match.groups()
            if month not in MONTHS_NL:
                return None
            return date(int(year), MONTHS_NL[month], int(day))
    except ValueError:  # 31-02-2024 and friends
        return None
    return None


def normalise_postcode(value: object) -> str | None:
    """'3311 gr' -> '3311GR'; a bare 4-digit postcode is accepted; anything else is None."""
    match = _POSTCODE.match(str(value)) if value is not None else None
    if not match:
        return None
    return match.group(1) + (match.group(2) or "").upper()


def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age_band(age: int, width: int) -> str:
    """'30-34' for width 5; ages of 70 and over share one open band so old age is never rare."""
    if age >= 70:
        return "70+"
    low = max(age, 0) // width * width
    return f"{low}-{min(low + width - 1, 69)}"


def month(value: date) -> str:
    return f"{value.year}-{value.month:02d}"


def quarter(value: date) -> str:
    return f"{value.year}-K{(value.month - 1) // 3 + 1}"


def months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def duration_band(months: int, bands: tuple[int, ...]) -> str:
    """Months of support in the configured bands: (3, 6, 12) -> 0-3, 3-6, 6-12, 12 or longer."""
    low = 0
    for high in bands:
        if months < high:
            return f"{low}-{high} maanden"
        low = high
    return f"{low} maanden of langer"


def generalise_value(rule: ColumnRule, level: int, value: object, record: dict[str, object]) -> str:
    """The value of ``rule``'s column at ``level`` (0 = finest). ``record`` gives the other columns
    a level may need (the arrival date for an age, the start of support for a duration); values
    in it are already parsed (dates as ``date``). Above the last level the value is suppressed."""
    if level >= len(rule.levels):
        return SUPPRESSED
    kind, _, argument = rule.levels[level].partition(":")
    if kind == "duration":
        start = record.get(argument)
        if not isinstance(start, date):
            return SUPPRESSED
        if not isinstance(value, date):
            return rule.open_value
        return duration_band(max(months_between(start, value), 0), rule.bands)
    if value is None or value == "":
        return SUPPRESSED
    if kind == "value":
        return " ".join(str(value).split())
    if kind == "group":
        key = str(value)[:4] if rule.type == "postcode" else " ".join(str(value).split())
        return rule.groups.get(key, rule.other)
    if kind == "postcode4":
        return str(value)[:4]
    if not isinstance(value, date):
        return SUPPRESSED
    if kind == "age":
        reference = record.get(rule.relative_to) if rule.relative_to else None
        if not isinstance(reference, date):
            return SUPPRESSED
        return age_band(age_on(value, reference), int(argument or 10))
    if kind == "month":
        return month(value)
    if kind == "quarter":
        return quarter(value)
    if kind == "year":
        return str(value.year)
    return SUPPRESSED
