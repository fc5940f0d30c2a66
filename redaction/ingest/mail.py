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


# Inline styles that keep text from the reader of a mail; a phishing trick and a way to smuggle a
# passage past a reviewer, whose names would then be published unseen.
_HIDING_STYLES = (
    ("display:none", re.compile(r"display\s*:\s*none", re.IGNORECASE)),
    ("visibility:hidden", re.compile(r"visibility\s*:\s*hidden", re.IGNORECASE)),
    ("font-size 0", re.compile(r"font-size\s*:\s*0(?:\.0*)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)", re.IGNORECASE)),
    ("white text", re.compile(
        r"(?<![-\w])color\s*:\s*(?:white|#fff(?:fff)?|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))", re.IGNORECASE)),
)  # fmt: skip
# Elements without an end tag: they never enclose text, so they never open a hidden stretch.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                   "wbr"})  # fmt: skip


class _HtmlText(HTMLParser):
    """HTML to text with line breaks where a browser would break: enough for mail bodies.

    Text the mail client would not show (display:none, visibility:hidden, white, size 0, the
    ``hidden`` attribute) is kept, so its names are found, and counted per kind in ``hidden``.
    """

    BLOCK = frozenset({
        "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table",
        "ul", "ol", "hr", "pre", "address", "section", "article", "header", "footer",
    })
    SKIP = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        # Open elements with the hiding kind each one adds (None when it hides nothing).
        self.open: list[tuple[str, str | None]] = []
        self.hidden: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        if tag not in _VOID and tag not in self.SKIP:
            self.open.append((tag, _hiding(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")
        # Close up to the matching element; a stray end tag closes nothing.
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth][0] == tag:
                del self.open[depth:]
                break

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        self.parts.append(re.sub(r"\s+", " ", data))
        if data.strip():
            kind = next((kind for _tag, kind in reversed(self.open) if kind), None)
            if kind:
                self.hidden[kind] = self.hidden.get(kind, 0) + 1


def _hiding(attrs: list[tuple[str, str | None]]) -> str | None:
    for name, value in attrs:
        if name == "hidden":
            return "hidden attribute"
        if name == "style" and value:
            for kind, pattern in _HIDING_STYLES:
                if pattern.search(value):
                    return kind
    return None


def html_to_text(html: str) -> str:
    return read_html(html)[0]


def read_html(html: str) -> tuple[str, tuple[str, ...]]:
    """The text of an HTML body and what of it the reader does not see (kinds and counts only)."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    return text, tuple(f"{kind} in the HTML body: {n}" for kind, n in parser.hidden.items())
