"""URL: any web address, with or without scheme, for the policy to judge.

``url.ProfileUrlRecognizer`` knows the sites whose links are a person's (profiles, fundraisers).
A web address elsewhere names a person too when it is built from a name of the document: a
one-person business's site ("www.pimrasenbergfoto.nl" beside "fotograaf Pim Rasenberg"), a
petition named after its starter ("petities.nl/fietspad-weg-wiegman"). Which is which only the
whole document tells, so this recognizer returns every web address (source
``WebAddressRecognizer``) and the policy keeps those that carry no name of the document
(``evidence.general_link``): "www.deventer.nl/subsidies" stays readable.

Not an e-mail address's domain ("info@x.nl") and not a file name ("besluit.pdf"): a host needs a
known top-level domain, and a bare host without "www." or a path needs one of the common ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import ClassVar

from presidio_analyzer import Pattern

from redaction.recognizers.base import DutchPatternRecognizer

# Top-level domains seen in Dutch correspondence (".example" for invented text, RFC 2606).
_TLD = r"(?:nl|com|org|net|eu|be|de|info|nu|frl|amsterdam|io|app|online|example)"
_HOST = rf"[a-z0-9](?:[a-z0-9-]{{0,62}}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{{0,62}}[a-z0-9])?)*\.{_TLD}"
# The path: URL characters, ending on a letter, digit or slash (not on ".", ",", ")").
_PATH = r"(?:/[\w\-./%?=&#~+]*[\w/])?"
_START = r"(?<![\w@./\-])"
_END = r"(?![\w\-@])"
# The source its detections carry (the class's name): the policy judges these links by the document's names.
WEB_ADDRESS_SOURCE = "WebAddressRecognizer"


class WebAddressRecognizer(DutchPatternRecognizer):
    """Every web address: with a scheme, with "www.", or a host with a path."""

    ENTITY = "URL"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("web_address_scheme", rf"{_START}https?://{_HOST}(?::\d{{2,5}})?{_PATH}{_END}", 0.5),
        Pattern("web_address_www", rf"{_START}www\.{_HOST}{_PATH}{_END}", 0.5),
        Pattern("web_address_path", rf"{_START}{_HOST}/[\w\-./%?=&#~+]*[\w/]{_END}", 0.4),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("website", "site", "link", "url", "webadres", "pagina", "petitie")
    FLAGS: ClassVar[int] = re.IGNORECASE

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """Where an address can begin: at "http", at "www.", and at the start of a host before a
        slash (found by walking back from each "/" over the host's characters) - literal scans,
        so the patterns are not tried at every letter of a long document."""
        low = text.lower()
        path: list[int] = []
        slash = low.find("/")
        while slash != -1:
            begin = slash
            while begin > 0 and (low[begin - 1].isalnum() or low[begin - 1] in ".-"):
                begin -= 1
            if begin < slash and "." in low[begin:slash]:
                path.append(begin)
            slash = low.find("/", slash + 1)
        return {"web_address_scheme": _all(low, "http"), "web_address_www": _all(low, "www."),
                "web_address_path": path}


def _all(text: str, literal: str) -> list[int]:
    """Every position of ``literal`` in ``text``."""
    found = []
    at = text.find(literal)
    while at != -1:
        found.append(at)
        at = text.find(literal, at + 1)
    return found
