"""Woo grounds: the reference table and normalisation of the many ways people write them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from redaction.errors import PolicyError


@dataclass(frozen=True, slots=True)
class Ground:
    code: str
    label: str
    noot: str
    automatic: bool


@cache
def _load_grounds() -> dict[str, Ground]:
    raw = yaml.safe_load(resources.files("redaction.policy").joinpath("grounds.yaml").read_text("utf-8"))
    return {
        code: Ground(code=code, label=v["label"], noot=v["noot"], automatic=bool(v["automatic"]))
        for code, v in raw["grounds"].items()
    }


GROUNDS: dict[str, Ground] = _load_grounds()

_ORDINALS = {
    "eerste": "1", "tweede": "2", "derde": "3", "vierde": "4", "vijfde": "5",
}  # fmt: skip
_LONG_FORM = re.compile(
    r"(?:art(?:ikel|\.)?\s*)?5\.?(?P<article>[12])"
    r"(?:\s*,?\s*(?:lid\s*(?P<lid>\d)|(?P<lidword>eerste|tweede|derde|vierde|vijfde)\s+lid))?"
    r"(?:\s*,?\s*(?:aanhef\s+en\s+)?(?:onder(?:deel)?|sub)\s*(?P<letter>[a-i]))?",
    re.IGNORECASE,
)
_SHORT_FORM = re.compile(r"5[.\s]*([12])[.\s]*([1-5])?[.\s]*([a-i])?", re.IGNORECASE)


def normalise_ground(value: str) -> str:
    """Return the short code (``5.1.2e``) for any common spelling of a Woo ground.

    Accepts ``5.1.2e``, ``5.1.2.e``, ``5.1.2 e``, ``art. 5.1 lid 2 sub e`` and
    ``artikel 5.1, tweede lid, aanhef en onder e``. Raises `PolicyError` for unknown grounds.
    """
    text = " ".join(value.strip().split())
    if text.lower() == "dubbel":
        return "dubbel"
    match = _LONG_FORM.fullmatch(text)
    if match and (match.group("lid") or match.group("lidword") or match.group("letter") is None):
        lid = match.group("lid") or _ORDINALS.get((match.group("lidword") or "").lower(), "")
        code = f"5.{match.group('article')}" + (f".{lid}" if lid else "") + (match.group("letter") or "")
    else:
        short = _SHORT_FORM.fullmatch(text)
        if not short:
            raise PolicyError(f"unknown Woo ground {value!r}")
        article, lid, letter = short.groups()
        code = f"5.{article}" + (f".{lid}" if lid else "") + (letter or "")
    code = code.lower()
    if code not in GROUNDS:
        raise PolicyError(f"unknown Woo ground {value!r}")
    return code


def noot_line(ground: str, category: str) -> str:
    """One line of the Noot, e.g. ``Art. 5.1 lid 2 onderdeel e Woo (naam)``."""
    return f"{GROUNDS[ground].noot} ({category})"
