"""Keyed pseudonyms: HMAC-SHA256 of a normalised value under a secret key.

Why keyed: a plain hash of a BSN or client number can be reversed by hashing every possible
number (there are only a billion BSNs); an HMAC cannot without the key. The same key gives the
same pseudonym across datasets and runs, so records of one person still link up; a different
key gives unrelated pseudonyms. The key comes from the environment and is never written to any
output, log or Dagster metadata: ``PseudonymKey`` does not even show it in its repr.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata

from redaction.datasets.errors import PseudonymKeyError

KEY_ENV = "WOO_PSEUDONYM_KEY"
# The demo key is refused unless this is "1", whichever variable carries it: a key from the source
# code lets anyone rebuild the pseudonyms by trying every client number.
ALLOW_DEMO_ENV = "WOO_ALLOW_DEMO_KEY"
MIN_KEY_LENGTH = 16
# For `make demo` only, and marked as such wherever it is used: pseudonyms made with a key that is
# in the source code are not secret. Never use it for real case records.
DEMO_KEY = "DEMO-SLEUTEL-alleen-voor-synthetische-demodata-NIET-VOOR-PRODUCTIE"
PSEUDONYM_HEX_CHARS = 20  # 80 bits: collisions are negligible for registers of millions of clients


def normalise(value: object) -> str:
    """The same person written slightly differently must get the same pseudonym.

    NFC, outer whitespace stripped, inner runs of whitespace collapsed, case folded.
    """
    text = unicodedata.normalize("NFC", str(value))
    return " ".join(text.split()).casefold()


class PseudonymKey:
    """A secret key for pseudonyms; its repr and str never reveal it."""

    __slots__ = ("_key", "is_demo")

    def __init__(self, secret: str | bytes, *, is_demo: bool = False) -> None:
        key = secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
        if len(key) < MIN_KEY_LENGTH:
            raise PseudonymKeyError(f"the pseudonym key must be at least {MIN_KEY_LENGTH} bytes")
        self._key = key
        self.is_demo = is_demo or key == DEMO_KEY.encode("utf-8")

    @classmethod
    def from_env(cls, variable: str = KEY_ENV, *, allow_demo: bool | None = None) -> PseudonymKey:
        """The key in ``variable``. The demo key is refused there too unless ``allow_demo`` (or,
        when not given, ``WOO_ALLOW_DEMO_KEY=1``): copying it into the variable is no way round."""
        secret = os.environ.get(variable, "")
        if not secret:
            raise PseudonymKeyError(f"set {variable} to a secret of at least {MIN_KEY_LENGTH} characters")
        if secret.strip() == DEMO_KEY:
            if not demo_allowed(allow_demo):
                raise PseudonymKeyError(f"{variable} holds the demo key; it is only accepted with {ALLOW_DEMO_ENV}=1")
            return cls(DEMO_KEY, is_demo=True)
        return cls(secret)

    @classmethod
    def demo(cls, *, allow_demo: bool | None = None) -> PseudonymKey:
        if not demo_allowed(allow_demo):
            raise PseudonymKeyError(f"the demo key is only accepted with {ALLOW_DEMO_ENV}=1")
        return cls(DEMO_KEY, is_demo=True)

    def __repr__(self) -> str:
        return f"PseudonymKey(<hidden>{', demo' if self.is_demo else ''})"

    __str__ = __repr__

    def pseudonym(self, value: object, *, domain: str = "") -> str:
        """The pseudonym of ``value``. ``domain`` separates kinds of identifier (client vs volunteer),
        so a client number and a volunteer name that happen to be equal never share a pseudonym."""
        message = f"{domain}\x1f{normalise(value)}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()[:PSEUDONYM_HEX_CHARS]

    def record_key(self, value: object) -> int:
        """The record key for cell-key perturbation (``cellkey``): 32 bits of an HMAC of the record
        id under its own domain, so it says nothing about the pseudonym and stays the same between
        releases made with the same secret."""
        message = f"celsleutel\x1f{normalise(value)}".encode()
        return int.from_bytes(hmac.new(self._key, message, hashlib.sha256).digest()[:4], "big")


def demo_allowed(explicit: bool | None = None) -> bool:
    """Whether the demo key may be used: the caller's explicit say, else ``WOO_ALLOW_DEMO_KEY=1``."""
    return explicit if explicit is not None else os.environ.get(ALLOW_DEMO_ENV) == "1"
