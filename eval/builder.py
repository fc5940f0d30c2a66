"""Text-and-span builder for the synthetic development set.

Gold offsets are computed while the text is assembled, never by searching the finished text:
a search would silently label the wrong occurrence when a name also appears as a word ("Groen"
vs "het groen") or twice with different decisions. Every labelled value is appended through
``Doc.ent``, which records ``[start, end)`` at the moment of insertion; quoted replies are built
as sub-documents and re-emitted line by line with their prefix, so their spans shift correctly.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from typing import Any

from eval import identifiers as ids

_FORMATTER = string.Formatter()


@dataclass(frozen=True, slots=True)
class Ent:
    """A labelled value: the exact characters of the span and its gold label."""

    value: str
    entity: str
    decision: str = "redact"
    origin: str | None = None


# --------------------------------------------------------------------------- persons

MALE_TITLES: tuple[str, ...] = ("dhr.", "de heer", "meneer", "Dhr.", "de heer")
FEMALE_TITLES: tuple[str, ...] = ("mw.", "mevrouw", "mevr.", "Mw.", "mevrouw")


def possessive_suffix(name: str) -> str:
    """Dutch genitive: Fatima's, Yonas', Karims (the suffix is never part of the gold span)."""
    last = name[-1].lower()
    if last in "sxz":
        return "'"
    if last in "aeiouy":
        return "'s"
    return "s"


@dataclass(frozen=True, slots=True)
class Person:
    """An invented person; ``decision`` is "keep" for public officials acting in their role."""

    first: str
    tussen: str
    core: str
    gender: str
    origin: str
    initials: str
    decision: str = "redact"
    role: str = ""
    extra: str = ""

    @property
    def surname(self) -> str:
        """Surname as written after a first name or initials: "de Vries"."""
        return f"{self.tussen} {self.core}" if self.tussen else self.core

    @property
    def surname_alone(self) -> str:
        """Surname standing alone: the tussenvoegsel is capitalised ("mevrouw De Vries")."""
        if not self.tussen:
            return self.core
        return f"{self.tussen[0].upper()}{self.tussen[1:]} {self.core}"

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def with_initials(self) -> str:
        return f"{self.initials} {self.surname}"

    def ent(self, value: str) -> Ent:
        return Ent(value, "PERSON", self.decision, self.origin)

    def title(self, rng: random.Random) -> str:
        return rng.choice(MALE_TITLES if self.gender == "m" else FEMALE_TITLES)

    def mention(self, doc: Doc, form: str) -> None:
        """Write one mention; honorifics and genitive suffixes stay outside the span."""
        rng = doc.rng
        if form == "full":
            doc.ent(self.ent(self.full))
        elif form == "first":
            doc.ent(self.ent(self.first))
        elif form == "sur":
            doc.ent(self.ent(self.surname_alone))
        elif form == "ini":
            doc.ent(self.ent(self.with_initials))
        elif form == "t_sur":
            lower = self.tussen and rng.random() < 0.2
            doc.text(self.title(rng) + " ")
            doc.ent(self.ent(self.surname if lower else self.surname_alone))
        elif form == "t_full":
            doc.text(self.title(rng) + " ")
            doc.ent(self.ent(self.full))
        elif form == "t_ini":
            doc.text(self.title(rng) + " ")
            doc.ent(self.ent(self.with_initials))
        elif form == "hon":
            doc.text("heer " if self.gender == "m" else "mevrouw ")
            doc.ent(self.ent(self.surname_alone))
        elif form == "cl":
            doc.text("cl. ")
            doc.ent(self.ent(self.surname_alone))
        elif form == "poss":
            doc.ent(self.ent(self.first))
            doc.text(possessive_suffix(self.first))
        elif form == "poss_sur":
            doc.ent(self.ent(self.surname_alone))
            doc.text(possessive_suffix(self.surname_alone))
        elif form == "low":
            doc.ent(self.ent(self.first.lower()))
        elif form == "low_full":
            doc.ent(self.ent(self.full.lower()))
        elif form == "rev":
            doc.ent(self.ent(f"{self.surname_alone}, {self.first}"))
        elif form == "rev_ini":
            doc.ent(self.ent(f"{self.surname_alone}, {self.initials}"))
        elif form == "caps":
            doc.ent(self.ent(self.surname_alone.upper()))
        elif form == "any":
            self.mention(doc, rng.choice(("full", "first", "sur", "t_sur", "t_sur", "ini")))
        elif form == "later":
            self.mention(doc, rng.choice(("first", "sur", "t_sur", "t_sur")))
        else:
            raise ValueError(f"unknown mention form {form!r}")


# --------------------------------------------------------------------------- document


class Doc:
    """An append-only text with gold spans whose offsets are fixed at insertion time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.segments: list[tuple[str, Ent | None]] = []
        self.spans: list[dict[str, Any]] = []
        self._parts: list[str] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def text(self, value: str) -> Doc:
        if value:
            self.segments.append((value, None))
            self._parts.append(value)
            self._length += len(value)
        return self

    def ent(self, ent: Ent) -> Doc:
        start = self._length
        self.segments.append((ent.value, ent))
        self._parts.append(ent.value)
        self._length += len(ent.value)
        span: dict[str, Any] = {
            "start": start,
            "end": self._length,
            "entity": ent.entity,
            "decision": ent.decision,
        }
        if ent.origin and ent.entity == "PERSON":
            span["origin"] = ent.origin
        self.spans.append(span)
        return self

    def add(self, value: Any, form: str = "") -> Doc:
        if isinstance(value, str):
            self.text(value)
        elif isinstance(value, Ent):
            self.ent(value)
        elif isinstance(value, Person):
            value.mention(self, form or "full")
        elif isinstance(value, Doc):
            self.extend(value)
        else:
            raise TypeError(f"cannot add {type(value).__name__}")
        return self

    def put(self, template: str, **values: Any) -> Doc:
        """Append a template: ``{name}`` inserts a value, ``{p:sur}`` a person in a given form."""
        for literal, field_name, spec, _conversion in _FORMATTER.parse(template):
            self.text(literal)
            if field_name is not None:
                self.add(values[field_name], spec or "")
        return self

    def extend(self, other: Doc, prefix: str = "") -> Doc:
        """Append another document, prefixing every line of it (``"> "`` for quoted replies)."""
        at_line_start = True
        for value, ent in other.segments:
            if ent is not None:
                if prefix and at_line_start:
                    self.text(prefix)
                self.ent(ent)
                at_line_start = False
                continue
            if not prefix:
                self.text(value)
                continue
            chunk: list[str] = []
            for ch in value:
                if at_line_start:
                    chunk.append(prefix if ch != "\n" else prefix.rstrip())
                    at_line_start = False
                chunk.append(ch)
                if ch == "\n":
                    at_line_start = True
            self.text("".join(chunk))
        return self

    @property
    def value(self) -> str:
        return "".join(self._parts)

    def finish(self, doc_id: str, kind: str) -> dict[str, Any]:
        """The JSON record, after the self-check has verified every span."""
        text = self.value
        record = {"id": doc_id, "kind": kind, "text": text, "spans": list(self.spans)}
        self_check(record, [ent for _value, ent in self.segments if ent is not None])
        return record


# --------------------------------------------------------------------------- self-check

_NINE_DIGITS = re.compile(r"(?<![\w.\-/])\d{9}(?![\w.\-/])")
_IBAN_LIKE = re.compile(r"\bNL\d{2}[A-Z]{4}\d{8,11}\b")


def self_check(record: dict[str, Any], inserted: list[Ent]) -> None:
    """Assert the gold labels are exactly what was inserted and the negatives really are negative."""
    text: str = record["text"]
    spans: list[dict[str, Any]] = record["spans"]
    assert len(spans) == len(inserted), record["id"]
    previous_end = 0
    for span, ent in zip(spans, inserted, strict=True):
        start, end = span["start"], span["end"]
        value = text[start:end]
        assert value == ent.value, (record["id"], value, ent.value)
        assert span["entity"] == ent.entity and span["decision"] == ent.decision, record["id"]
        assert start >= previous_end, f"{record['id']}: overlapping spans at {start}"
        assert value and value == value.strip() and "\n" not in value, (record["id"], value)
        previous_end = end
        if ent.entity == "NL_BSN":
            digits = "".join(ch for ch in value if ch.isdigit())
            assert ids.bsn_checksum_ok(digits), (record["id"], value)
        if ent.entity == "IBAN_CODE":
            assert ids.iban_checksum_ok(value), (record["id"], value)

    def labelled(start: int, end: int) -> bool:
        return any(s["start"] <= start and end <= s["end"] for s in spans)

    for match in _NINE_DIGITS.finditer(text):
        if not labelled(match.start(), match.end()):
            assert not ids.bsn_checksum_ok(match.group()), (record["id"], match.group())
    for match in _IBAN_LIKE.finditer(text):
        if not labelled(match.start(), match.end()):
            assert not ids.iban_checksum_ok(match.group()), (record["id"], match.group())
