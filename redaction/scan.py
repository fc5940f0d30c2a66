"""An independent leak scanner for published files: broad regexes plus checksums.

A second pair of eyes that shares nothing with the analyzer (no recognizers, engine or policy
rules), so a bug there is not repeated here. It errs on the side of reporting: it looks for
e-mail addresses that are not functional mailboxes, 8/9-digit numbers that pass the 11-proef (BSN),
IBANs with a valid mod-97 check, and Dutch phone numbers (via Google's libphonenumber, which the
analyzer does not use). A `Leak` says where and what kind, never the value: its reason may be
logged, shown in Dagster or put in a ticket.

It also searches published files for given values (the values the reviewed decisions withhold,
`find_values`). A published file holds text the renderer writes itself: the Noot, the marks
(``[5.1.2e]``), the PDF footer, the HTML page's markup and style, the DiWoo metadata. A withheld
word that also occurs there ("Woo", "Art", "Noot") is no leak. `FixedTexts` names that text as a
closed list of exact phrases, built from constants, ground codes and kinds of data, never from the
document's own text, and the search skips only exact occurrences of those phrases. Why phrases
and not ranges reported by the renderer: the scanner reads what a reader gets out of a file (PDF
text extraction rewraps and reorders lines, HTML is read as source and as text), where the
renderer's offsets mean nothing; and a range the renderer vouches for would hide a value the
renderer wrote there by mistake, while an exact phrase cannot contain a value it was not built from.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Final

import phonenumbers
from phonenumbers import PhoneNumberType

from redaction.errors import WooError


class ScanError(WooError):
    """A file cannot be scanned (missing, unreadable, or a type the scanner does not know)."""

    code = "W510"


EMAIL: Final = "email"
BSN: Final = "bsn"
IBAN: Final = "iban"
PHONE: Final = "phone"

# Local parts of mailboxes that belong to a function, not a person (full match, case-insensitive).
DEFAULT_FUNCTIONAL_LOCALPARTS: Final[tuple[str, ...]] = (
    r"info(?:rmatie)?",
    r"woo(?:[-._]?(?:verzoek(?:en)?|loket|team))?",
    r"wob",
    r"(?:raads)?griffie",
    r"postbus",
    r"post",
    r"secretariaat",
    r"gemeente",
    r"no[-._]?reply",
    r"donotreply",
    r"klantcontact(?:centrum)?",
    r"communicatie",
    r"pers(?:voorlichting)?",
    r"contact",
    r"servicedesk",
    r"helpdesk",
    r"privacy",
    r"fg",
    r"functionaris[-._]?gegevensbescherming",
    r"bestuurssecretariaat",
    r"klachten",
    r"facturen",
    r"webmaster",
)

_EMAIL_RE: Final = re.compile(r"(?<![\w.%+-])([\w.%+-]+)@((?:[\w-]+\.)+[A-Za-z]{2,})(?![\w-])", re.UNICODE)
# 9 digits plain or grouped as BSNs are written (123456782, 123.456.782, 1234.56.782, 123 456 782);
# 8 digits plain or 12.345.678. Dates (dd-mm-yyyy, dd.mm.yyyy) are not among these shapes.
_NUMBER_RE: Final = re.compile(
    r"(?<![\w.,-])"
    r"(\d{9}|\d{3}([. ])\d{3}\2\d{3}|\d{4}([. ])\d{2}\3\d{3}|\d{8}|\d{2}\.\d{3}\.\d{3})"
    r"(?![\w]|[.,-]\d)"
)
_IBAN_START_RE: Final = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})")
_NON_PERSONAL_PHONE_TYPES: Final = frozenset(
    {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN}
)

# IBAN length per country (SWIFT IBAN registry). The length decides where an IBAN ends, so the
# check never runs on a prefix that happens to pass mod-97.
IBAN_LENGTHS: Final[dict[str, int]] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
    "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Leak:
    """Something that looks like personal data in a published file.

    ``start``/``end`` index the scanned text (for a file: the text of the part named by
    ``where``, e.g. ``pagina 2`` or ``metadata``). ``reason`` never holds the value itself.
    """

    kind: str
    start: int
    end: int
    reason: str
    where: str = ""

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.reason}"


@dataclass(frozen=True, slots=True)
class _Hit:
    leak: Leak
    value: str  # normalised value, only to deduplicate views of one file; never leaves this module


def elfproef(digits: str) -> bool:
    """The BSN 11-proef on 8 or 9 digits (an 8-digit BSN has a leading zero dropped)."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def iban_valid(compact: str) -> bool:
    """ISO 13616 mod-97 check on an IBAN without spaces."""
    compact = compact.upper()
    if len(compact) < 15 or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def _emails(text: str, allowed_emails: Collection[str], functional: Sequence[re.Pattern[str]]) -> Iterator[_Hit]:
    allowed = {address.lower() for address in allowed_emails}
    for match in _EMAIL_RE.finditer(text):
        address = match.group(0).lower()
        local = match.group(1).lower()
        if address in allowed or any(pattern.fullmatch(local) for pattern in functional):
            continue
        reason = f"e-mailadres op positie {match.start()} (niet functioneel)"
        yield _Hit(Leak(EMAIL, match.start(), match.end(), reason), address)


def _ibans(text: str) -> Iterator[_Hit]:
    for match in _IBAN_START_RE.finditer(text):
        country = match.group(1).upper()
        length = IBAN_LENGTHS.get(country)
        if length is None:
            continue
        # Walk the rest, allowing one space (or hyphen) between characters, as IBANs are printed.
        chars = [*country, *match.group(2)]
        position = match.end()
        while len(chars) < length and position < len(text):
            char = text[position]
            if char.isascii() and char.isalnum():
                chars.append(char)
                position += 1
            elif char in " -" and position + 1 < len(text) and text[position + 1].isalnum() and chars[-1] != " ":
                position += 1
            else:
                break
        if len(chars) != length or (position < len(text) and text[position].isalnum()):
            continue
        compact = "".join(chars).upper()
        if iban_valid(compact):
            reason = f"IBAN op positie {match.start()} (geldig controlegetal)"
            yield _Hit(Leak(IBAN, match.start(), position, reason), compact)


def _numbers(text: str) -> Iterator[_Hit]:
    for match in _NUMBER_RE.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if elfproef(digits):
            reason = f"{len(digits)}-cijferig nummer op positie {match.start()} (voldoet aan de 11-proef)"
            yield _Hit(Leak(BSN, match.start(), match.end(), reason), digits.zfill(9))


def _phones(text: str, allowed_phones: Collection[str]) -> Iterator[_Hit]:
    allowed = {_e164(number) for number in allowed_phones} - {None}
    matcher = phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID)
    for match in matcher:
        if not match.raw_string.lstrip("(").startswith(("0", "+")):
            continue  # a BSN or account number is not dialled; a Dutch number starts with 0 or +
        number = match.number
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        kind = phonenumbers.number_type(number)
        if kind in _NON_PERSONAL_PHONE_TYPES:
            continue
        if kind == PhoneNumberType.MOBILE:
            what = "mobiel nummer"
        elif e164 in allowed:
            continue
        elif number.country_code != 31:
            what = "buitenlands nummer"
        else:
            what = "vast nummer, niet toegestaan"
        reason = f"telefoonnummer op positie {match.start} ({what})"
        yield _Hit(Leak(PHONE, match.start, match.end, reason), e164)


def _e164(value: str) -> str | None:
    try:
        return phonenumbers.format_number(phonenumbers.parse(value, "NL"), phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return None


def _overlaps(hit: _Hit, others: Sequence[_Hit]) -> bool:
    return any(hit.leak.start < other.leak.end and other.leak.start < hit.leak.end for other in others)


def _scan(
    text: str,
    allowed_emails: Collection[str],
    allowed_email_patterns: Sequence[str],
    allowed_phones: Collection[str],
) -> list[_Hit]:
    functional = [re.compile(pattern, re.IGNORECASE) for pattern in allowed_email_patterns]
    emails = list(_emails(text, allowed_emails, functional))
    ibans = [hit for hit in _ibans(text) if not _overlaps(hit, emails)]
    phones = [hit for hit in _phones(text, allowed_phones) if not _overlaps(hit, [*emails, *ibans])]
    # A number inside an e-mail address, IBAN or phone number is already reported (or allowed) there.
    numbers = [hit for hit in _numbers(text) if not _overlaps(hit, [*emails, *ibans, *phones])]
    return sorted([*emails, *ibans, *phones, *numbers], key=lambda hit: (hit.leak.start, hit.leak.kind))


def scan_text(
    text: str,
    *,
    allowed_emails: Collection[str] = (),
    allowed_email_patterns: Sequence[str] = DEFAULT_FUNCTIONAL_LOCALPARTS,
    allowed_phones: Collection[str] = (),
) -> list[Leak]:
    """Every e-mail address, BSN-like number, IBAN and phone number that should not be published.

    ``allowed_email_patterns`` are regexes that fully match functional local parts;
    ``allowed_emails`` and ``allowed_phones`` are the body's own addresses and switchboard numbers
    (phones in any notation). Mobile numbers are always reported.
    """
    return [hit.leak for hit in _scan(text, allowed_emails, allowed_email_patterns, allowed_phones)]


# --- files -------------------------------------------------------------------------------------


class _TextCollector(HTMLParser):
    """The text of an HTML page, without tags, so an address split by markup is joined again."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def html_text(source: str) -> str:
    """The text of an HTML page or fragment as the scanner's text view reads it (tags dropped)."""
    collector = _TextCollector()
    collector.feed(source)
    collector.close()
    return "".join(collector.chunks)


def _read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig", errors="replace")


def _parts_html(path: Path) -> list[tuple[str, str]]:
    source = _read_text(path)
    # The source view (entities decoded) covers attributes, comments and scripts; the text view
    # catches values that markup splits in two.
    return [("bron", html.unescape(source)), ("tekst", html_text(source))]


def _parts_xml(path: Path) -> list[tuple[str, str]]:
    return [("bron", html.unescape(_read_text(path)))]


def _parts_plain(path: Path) -> list[tuple[str, str]]:
    return [("tekst", _read_text(path))]


def _parts_json(path: Path) -> list[tuple[str, str]]:
    source = _read_text(path)
    try:
        # Re-serialised without escapes, so "\u0040" cannot hide an @.
        return [("json", json.dumps(json.loads(source), ensure_ascii=False, indent=1))]
    except json.JSONDecodeError:
        return [("bron", source)]


def _parts_pdf(path: Path) -> list[tuple[str, str]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        parts: list[tuple[str, str]] = []
        for number, page in enumerate(reader.pages, start=1):
            parts.append((f"pagina {number}", page.extract_text() or ""))
            for annotation in page.get("/Annots") or []:
                obj = annotation.get_object()
                values = [str(obj.get(key, "")) for key in ("/Contents", "/T", "/RC")]
                parts.append((f"pagina {number} annotatie", "\n".join(values)))
        info = reader.metadata or {}
        parts.append(("metadata", "\n".join(f"{key} {value}" for key, value in info.items())))
        root = reader.trailer["/Root"]
        if "/Metadata" in root:
            xmp = root["/Metadata"].get_object().get_data().decode("utf-8", errors="replace")
            parts.append(("XMP", html.unescape(xmp)))
        for name in reader.attachments:
            parts.append(("bijlage (bestandsnaam)", name))
    except (PdfReadError, OSError, ValueError, KeyError) as error:
        raise ScanError(f"cannot read PDF {path.name} ({type(error).__name__})") from None
    return parts


def _parts_xlsx(path: Path) -> list[tuple[str, str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, data_only=False)
    except (OSError, ValueError, KeyError) as error:
        raise ScanError(f"cannot read workbook {path.name} ({type(error).__name__})") from None
    parts: list[tuple[str, str]] = []
    properties = workbook.properties
    meta = [properties.creator, properties.lastModifiedBy, properties.title, properties.subject,
            properties.description, properties.keywords]  # fmt: skip
    parts.append(("metadata", "\n".join(str(value) for value in meta if value)))
    for index, sheet in enumerate(workbook.worksheets, start=1):
        parts.append((f"blad {index} naam", sheet.title))
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    parts.append((f"blad {index} cel {cell.coordinate}", str(cell.value)))
                if cell.comment is not None:
                    parts.append((f"blad {index} opmerking {cell.coordinate}", cell.comment.text))
    return parts


_READERS: Final[dict[str, Callable[[Path], list[tuple[str, str]]]]] = {
    ".txt": _parts_plain,
    ".csv": _parts_plain,
    ".html": _parts_html,
    ".htm": _parts_html,
    ".xml": _parts_xml,
    ".json": _parts_json,
    ".pdf": _parts_pdf,
    ".xlsx": _parts_xlsx,
}


def read_parts(path: str | Path) -> list[tuple[str, str]]:
    """Every readable view of a published file as (where, text): page text, markup source,
    metadata, XMP, annotations, cells. What a reader of the file could get out of it."""
    path = Path(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        raise ScanError(f"cannot scan {path.name}: unknown file type {path.suffix or '(none)'}")
    if not path.is_file():
        raise ScanError(f"cannot scan {path.name}: not a file")
    return reader(path)


def scan_parts(
    parts: Sequence[tuple[str, str]],
    *,
    deduplicate: bool = False,
    allowed_emails: Collection[str] = (),
    allowed_email_patterns: Sequence[str] = DEFAULT_FUNCTIONAL_LOCALPARTS,
    allowed_phones: Collection[str] = (),
) -> list[Leak]:
    """Scan the parts `read_parts` returned. With ``deduplicate`` a value seen in several views of
    one file (an HTML page's source and its text) is reported once."""
    seen: set[tuple[str, str]] = set()
    leaks: list[Leak] = []
    for where, text in parts:
        hits = _scan(text, allowed_emails, allowed_email_patterns, allowed_phones)
        for hit in hits:
            if deduplicate and (hit.leak.kind, hit.value) in seen:
                continue  # already reported from an earlier view of the same page
            leak = hit.leak
            leaks.append(Leak(leak.kind, leak.start, leak.end, leak.reason, where))
        seen.update((hit.leak.kind, hit.value) for hit in hits)
    return leaks


def is_markup(path: str | Path) -> bool:
    """HTML files are read twice (source and text): their leaks are deduplicated."""
    return Path(path).suffix.lower() in {".html", ".htm"}


def scan_file(
    path: str | Path,
    *,
    allowed_emails: Collection[str] = (),
    allowed_email_patterns: Sequence[str] = DEFAULT_FUNCTIONAL_LOCALPARTS,
    allowed_phones: Collection[str] = (),
) -> list[Leak]:
    """Scan every part of a published file: text, markup source, metadata, cells, annotations.

    A value seen in several views of one file (an HTML page's source and its text) is reported
    once. ``Leak.where`` names the part, ``start``/``end`` index that part's text.
    """
    return scan_parts(
        read_parts(path), deduplicate=is_markup(path), allowed_emails=allowed_emails,
        allowed_email_patterns=allowed_email_patterns, allowed_phones=allowed_phones,
    )  # fmt: skip


def describe(leaks: Sequence[Leak]) -> dict[str, Any]:
    """Counts per kind, safe for Dagster metadata and logs (no values, no positions)."""
    counts: dict[str, int] = {}
    for leak in leaks:
        counts[leak.kind] = counts.get(leak.kind, 0) + 1
    return {"leaks": len(leaks), "per_kind": dict(sorted(counts.items()))}


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text``: where a reviewer finds a leak."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


# --- renderer-owned text and the search for withheld values ------------------------------------

# Between the words of a fixed phrase: whitespace (PDF extraction rewraps lines, HTML indents) or
# a bare tag without attributes (an HTML heading and the paragraph after it). A tag with attributes
# could carry text of its own, so it never counts as a gap.
_PHRASE_GAP: Final = r"(?:\s|</?[A-Za-z][A-Za-z0-9]*>)+"
_QUOTED_RE: Final = re.compile(r"\"[^\"]*\"|'[^']*'")


def _words_pattern(text: str, gap: str = _PHRASE_GAP, *, whole_words: bool = True) -> str | None:
    """A regex for ``text`` with any run of whitespace between its words matching ``gap``."""
    words = text.split()
    if not words:
        return None
    pattern = gap.join(re.escape(word) for word in words)
    if whole_words:
        # Word boundaries only where the phrase itself starts or ends with a word character, so
        # "(naam)" still matches right after a bullet and "Noot" never matches inside "Noten".
        if re.match(r"\w", words[0]):
            pattern = r"(?<!\w)" + pattern
        if re.search(r"\w$", words[-1]):
            pattern += r"(?!\w)"
    return pattern


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class FixedTexts:
    """The text a renderer writes into a published file itself, as a closed list.

    ``phrases`` are exact texts (matched word for word, whatever whitespace or bare tags lie between
    the words); ``patterns`` are regexes for fixed texts with a counter (the PDF footer's page
    number). ``tags`` is a regex for the element names the renderer writes (``diwoo:[A-Za-z]+``):
    such a tag is the renderer's (element and attribute names), except its quoted attribute values,
    which are text like any other and skipped only when they are phrases. Only named elements: a
    value that looks like a tag once entities are decoded ("<Jan de Vries>") is still searched.
    """

    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    tags: str | None = None

    @cached_property
    def _compiled(self) -> tuple[re.Pattern[str], ...]:
        found = [_words_pattern(phrase) for phrase in dict.fromkeys(self.phrases)]
        return tuple(re.compile(p) for p in [*found, *self.patterns] if p)

    @cached_property
    def _tag_re(self) -> re.Pattern[str] | None:
        return re.compile(rf"<[/?]?(?:{self.tags})(?![\w:.-])[^<>]*>") if self.tags else None

    def ranges(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) stretches of ``text`` that are this fixed text, merged and sorted."""
        ranges = [(m.start(), m.end()) for p in self._compiled for m in p.finditer(text) if m.end() > m.start()]
        if self._tag_re is not None:
            for tag in self._tag_re.finditer(text):
                position = tag.start()
                for value in _QUOTED_RE.finditer(text, tag.start(), tag.end()):
                    ranges.append((position, value.start() + 1))  # up to and including the opening quote
                    position = value.end() - 1
                ranges.append((position, tag.end()))
        return _merge(ranges)


@dataclass(frozen=True, slots=True)
class ValueHit:
    """Where searched value number ``index`` can still be read. Holds no value, so it may be logged."""

    index: int
    where: str
    start: int
    end: int


@dataclass(frozen=True)
class _Search:
    values: Sequence[str]
    fixed: FixedTexts
    ignore: Sequence[str] = field(default_factory=tuple)

    @cached_property
    def value_patterns(self) -> list[re.Pattern[str] | None]:
        # Whole words, whatever whitespace the file puts between them (a name wrapped over two lines).
        out: list[re.Pattern[str] | None] = []
        for value in self.values:
            words = value.split()
            out.append(re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)") if words else None)
        return out

    @cached_property
    def ignore_patterns(self) -> list[re.Pattern[str]]:
        found = (_words_pattern(text, r"\s+", whole_words=False) for text in self.ignore)
        return [re.compile(p) for p in found if p]

    def skipped(self, text: str) -> list[tuple[int, int]]:
        ranges = self.fixed.ranges(text)
        ranges += [(m.start(), m.end()) for p in self.ignore_patterns for m in p.finditer(text) if m.end() > m.start()]
        return _merge(ranges)


def find_values(
    parts: Sequence[tuple[str, str]],
    values: Sequence[str],
    *,
    fixed: FixedTexts | None = None,
    ignore: Sequence[str] = (),
    deduplicate: bool = False,
) -> list[ValueHit]:
    """Every whole-word occurrence of ``values`` in the parts `read_parts` returned, except inside
    the renderer's own text (``fixed``) and inside ``ignore`` (texts deliberately kept, such as an
    organisation whose name contains a withheld surname; matched anywhere).

    A hit says which value (its index), which part and where: never the value. With
    ``deduplicate`` (a page read as source and as text) a value is reported from one view only,
    the text view when it is readable there.
    """
    search = _Search(values, fixed or FixedTexts(), tuple(ignore))
    order = sorted(range(len(parts)), key=lambda i: parts[i][0] != "tekst") if deduplicate else range(len(parts))
    reported: set[int] = set()
    hits: list[ValueHit] = []
    for part_index in order:
        where, text = parts[part_index]
        skipped: list[tuple[int, int]] | None = None
        found_here: set[int] = set()
        for index, pattern in enumerate(search.value_patterns):
            if pattern is None or index in reported:
                continue
            for match in pattern.finditer(text):
                if skipped is None:
                    skipped = search.skipped(text)  # only for parts where some value occurs at all
                if any(start <= match.start() and match.end() <= end for start, end in skipped):
                    continue
                hits.append(ValueHit(index, where, match.start(), match.end()))
                found_here.add(index)
        if deduplicate:
            reported |= found_here
    reading_order = {name: i for i, (name, _) in reversed(list(enumerate(parts)))}
    return sorted(hits, key=lambda hit: (reading_order[hit.where], hit.start, hit.index))
