"""Leak check: does any value of a direct identifier occur anywhere in the published files?

Independent of how the data were anonymised: it takes the identifiers straight from the raw
export and reads the published files the way a reader would (Parquet and DuckDB cell by cell,
everything else as text). Text is compared as sequences of words, case-folded, so "Fatima
El Amrani" is found in "...FATIMA el amrani..." and in a JSON string, but not inside another
word; numbers (BSN, phone) are also compared as bare digits, so "1234.56.782" is caught too.
Only counts leave this module: the values found are never returned to a log or to metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from redaction.datasets.config import DatasetConfig

_WORD = re.compile(r"[^\W_]+")
_DIGIT_RUN = re.compile(r"\+?\d[\d \t.\-/()]*\d")
NUMERIC_KINDS: frozenset[str] = frozenset({"bsn", "phone"})
MIN_DIGITS = 7  # shorter digit strings are house numbers and counts, not identifiers


def words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


def digits(text: str) -> str:
    only = re.sub(r"\D", "", text)
    for prefix in ("0031", "31"):  # +31 6 ... and 0031 6 ... are the same number as 06 ...
        if text.lstrip().startswith(("+31", "0031")) and only.startswith(prefix):
            return "0" + only[len(prefix):]
    return only


@dataclass(frozen=True, slots=True)
class IdentifierSet:
    """The forms in which the identifiers of an export are searched for."""

    phrases: frozenset[tuple[str, ...]]
    numbers: frozenset[str]

    def __len__(self) -> int:
        return len(self.phrases) + len(self.numbers)


def identifier_set(raw: pd.DataFrame, config: DatasetConfig) -> IdentifierSet:
    """Every non-empty value of every direct-identifier column of the raw export."""
    phrases: set[tuple[str, ...]] = set()
    numbers: set[str] = set()
    for rule in config.direct_identifiers:
        if rule.name not in raw.columns:
            continue
        for value in raw[rule.name].dropna().astype(str):
            if not value.strip():
                continue
            phrase = words(value)
            if phrase:
                phrases.add(phrase)
            if rule.kind in NUMERIC_KINDS and len(digits(value)) >= MIN_DIGITS:
                numbers.add(digits(value))
    return IdentifierSet(frozenset(phrases), frozenset(numbers))


def published_text(path: Path) -> str:
    """All a reader can get out of a published file, as text."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        frame = pd.read_parquet(path)
        return "\n".join([" ".join(map(str, frame.columns)), frame.astype(str).to_csv(index=False)])
    if suffix == ".duckdb":
        parts: list[str] = []
        with duckdb.connect(str(path), read_only=True) as connection:
            listing = connection.execute("SELECT table_name FROM information_schema.tables").fetchall()
            tables = [row[0] for row in listing]
            for table in tables:
                frame = connection.execute(f'SELECT * FROM "{table}"').df()
                parts.append(table + "\n" + " ".join(map(str, frame.columns)) + "\n" + frame.astype(str).to_csv())
        return "\n".join(parts)
    return path.read_bytes().decode("utf-8", errors="replace")


def count_hits(text: str, identifiers: IdentifierSet) -> int:
    """How many identifier occurrences the text holds (word sequences plus digit strings)."""
    hits = 0
    if identifiers.phrases:
        tokens = words(text)
        lengths = sorted({len(p) for p in identifiers.phrases})
        for length in lengths:
            for start in range(len(tokens) - length + 1):
                hits += tokens[start : start + length] in identifiers.phrases
    if identifiers.numbers:
        lengths = sorted({len(n) for n in identifiers.numbers})
        for run in _DIGIT_RUN.findall(text):
            number = digits(run)
            for length in lengths:
                hits += sum(number[i : i + length] in identifiers.numbers for i in range(len(number) - length + 1))
    return hits


def scan_files(paths: Iterable[Path], identifiers: IdentifierSet) -> dict[str, int]:
    """Hits per published file name (file names in the public area are opaque, not personal)."""
    return {path.name: count_hits(published_text(path), identifiers) for path in sorted(paths)}


def identifier_columns(columns: Iterable[str], config: DatasetConfig) -> list[str]:
    """Columns of a table that carry a direct identifier by name (source or output name)."""
    names = {rule.name.casefold() for rule in config.direct_identifiers}
    names |= {rule.output_name.casefold() for rule in config.direct_identifiers if rule.action == "drop"}
    return [column for column in columns if str(column).casefold() in names]
