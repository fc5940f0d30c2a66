"""EMAIL_ADDRESS: e-mail addresses, by our own regex.

Presidio's ``EmailRecognizer`` validates the top-level domain with ``tldextract``, which fetches
the public suffix list at run time; we never download anything, so the TLD is checked by shape
only (2 to 24 letters). Whether an address is a functional mailbox (``info@``, ``woo@``) that stays
is a policy decision, not the recognizer's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.base import DutchPatternRecognizer

# Local part: dot-separated atoms, so no leading, trailing or doubled dot. RFC 5322 allows more
# symbols, but in letters they are quotes and brackets around an address, not part of it.
_ATOM = r"[a-z0-9_%+-]+"
_LOCAL = rf"{_ATOM}(?:\.{_ATOM})*"
# Domain labels: letters/digits, inner hyphens, at most 63 characters; the TLD 2-24 letters.
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_DOMAIN = rf"(?:{_LABEL}\.)+[a-z]{{2,24}}"
# Not glued to a preceding address character; not followed by more domain (so a trailing dot at
# the end of a sentence is left out but "x@a.b.c" is never cut short).
EMAIL_REGEX = (
    r"(?<![a-z0-9_%+.-])"
    rf"{_LOCAL}@{_DOMAIN}"
    r"(?![a-z0-9-]|\.[a-z0-9])"
)

# The characters of a local part, read backwards from an "@" (see candidate_starts).
_LOCAL_RUN_BEFORE = regex.compile(r"[a-z0-9_%+.-]+", DutchPatternRecognizer.FLAGS | regex.REVERSE)

# "icon@2x.png" has the shape of an address: file extensions are never a mail domain's TLD here.
FILE_EXTENSIONS = frozenset(
    {"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif", "tiff", "pdf", "doc", "docx", "xls",
     "xlsx", "ppt", "pptx", "txt", "csv", "msg", "eml", "odt", "ods", "rtf", "html", "htm", "js", "css"}
)  # fmt: skip


class EmailRecognizer(DutchPatternRecognizer):
    """E-mail addresses, including ``Name <address>``, upper case, plus-addressing and subdomains."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        # The shape is unambiguous once the TLD is checked: no context needed.
        Pattern("email", EMAIL_REGEX, 1.0),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "e-mail", "email", "mail", "mailadres", "e-mailadres", "emailadres", "mailto",
    )

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """An address begins where the run of local-part characters before an "@" begins: the
        pattern allows only those characters up to the "@", and none right before its start. A few
        "@"s per letter, found by ``str.find``, instead of the pattern tried at every position
        (about 1 % of the engine's time on correspondence)."""
        starts = []
        at = text.find("@")
        while at != -1:
            run = _LOCAL_RUN_BEFORE.match(text, 0, at)
            if run is not None:
                starts.append(run.start())
            at = text.find("@", at + 1)
        return {"email": starts}

    def validate_result(self, pattern_text: str) -> bool:
        """Length limits of RFC 5321 and a TLD that is not a file extension."""
        local, _, domain = pattern_text.rpartition("@")
        tld = domain.rsplit(".", 1)[-1].lower()
        return len(local) <= 64 and len(pattern_text) <= 254 and tld not in FILE_EXTENSIONS
