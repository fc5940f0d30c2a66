"""What .eml and .msg share: the header block a reader sees, thread keys and HTML bodies."""

from __future__ import annotations

import datetime
import hashlib
import re
from html.parser import HTMLParser

# Dutch labels, as Outlook prints them for a Dutch body; the engine reads Dutch.
HEADER_LABELS: tuple[tuple[str, str], ...] = (
    ("from", "Van"),
    ("date", "Verzonden"),
    ("to", "Aan"),
    ("cc", "CC"),
    ("subject", "Onderwerp"),
)

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")

_WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december")  # fmt: skip


def dutch_sent_line(moment: datetime.datetime) -> str:
    """The send time as a Dutch Outlook prints it ("dinsdag 27 mei 2025 14:16").

    The sender's own clock time is kept. English header dates ("Tue, 27 May") would put words in
    the text that a Dutch name model never saw in that position.
    """
    return (f"{_WEEKDAYS_NL[moment.weekday()]} {moment.day} {_MONTHS_NL[moment.month - 1]} {moment.year} "
            f"{moment:%H:%M}")  # fmt: skip


def header_block(values: dict[str, str]) -> str:
    """Header lines (only those present) followed by a blank line.

    Names and addresses in headers are personal data too, so they go into the analysed text.
    """
    lines = [f"{label}: {' '.join(values[key].split())}" for key, label in HEADER_LABELS if values.get(key)]
    return "\n".join(lines) + "\n\n" if lines else ""


def message_ids(value: str | None) -> list[str]:
    """Message-IDs in a header value, in order, normalised (angle brackets off, lower case)."""
    if not value:
        return []
    found = _MESSAGE_ID.findall(value)
    if not found and value.strip():
        found = [value.strip()]
    return [m.strip("<>").strip().lower() for m in found]


def thread_key(message_id: str | None, in_reply_to: str | None, references: str | None) -> str | None:
    """Opaque key of the thread: hash prefix of the root Message-ID.

    The root is the first References entry (RFC 5322 puts the thread's first message there),
    else In-Reply-To, else the message's own ID. Hashed, because a Message-ID often carries a
    host or user name.
    """
    for value in (references, in_reply_to, message_id):
        ids = message_ids(value)
        if ids:
            return hashlib.sha256(ids[0].encode("utf-8")).hexdigest()[:16]
    return None


class _HtmlText(HTMLParser):
    """HTML to text with line breaks where a browser would break: enough for mail bodies."""

    BLOCK = frozenset({
        "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table",
        "ul", "ol", "hr", "pre", "address", "section", "article", "header", "footer",
    })
    SKIP = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
