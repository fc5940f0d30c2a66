"""PERSON: staff initials that case notes and tables use as author codes.

Rule ``person.staff_initials``: a name followed by its initials in brackets ("Wietse Bouwhuis (WB)",
"Rianne van der Molen (RvdM)") or a legend ("EK = E. Kuipers", "RdB: R. de Bruin") defines a code;
every other stand-alone use of that code in the document ("12-06-24 (WB) Moratorium ...",
"...;EK;In behandeling") names the same person and is withheld with it. A code counts only when
its letters are the name's: the first letter of the first name (or initial) and the first letter
of the surname, particles in small letters between ("RvdM"), so "(CDA)" after a council member
defines nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.lexicons import Lexicons, name_key
from redaction.recognizers.base import evidence_result

ENTITY = "PERSON"
SOURCE = "person:staff_initials"
_PARTICLES = r"(?:van|de|der|den|het|ter|ten|te|in|'t|el|al|da|di|du|le|la|op|von|vd|v\.d\.)"
_NAME = (
    r"(?P<name>(?:\p{Lu}\.){1,4}\s?(?:" + _PARTICLES + r"\s+){0,3}\p{Lu}[\p{L}'-]+"
    r"|\p{Lu}[\p{L}'-]+(?:\s+(?:" + _PARTICLES + r"\s+){0,3}\p{Lu}[\p{L}'-]+){1,3})"
)
_CODE = r"(?P<code>\p{Lu}(?:\p{Ll}{1,2}|\p{Lu}){0,3}\p{Lu})"
# "Wiebe Bosma (WB)", also after the person's role: "Ruud Hermsen (werkcoach, RH)"
_DEFINED_AFTER = regex.compile(_NAME + r"[ \t]*\((?:[^()\n,]{1,40},[ \t]*)?" + _CODE + r"\)")
_LEGEND = regex.compile(r"(?<![\p{L}])" + _CODE + r"[ \t]*(?:=|:)[ \t]*" + _NAME)


def code_fits(code: str, name: str) -> bool:
    """Whether a code is made of the name's initials: "RvdM" for "Rianne van der Molen"."""
    words = regex.findall(r"[\p{L}'-]+", name)
    capitals = [w for w in words if w[:1].isupper()]
    if not capitals:
        return False
    upper = [c for c in code if c.isupper()]
    if len(upper) < 2 or upper[0] != capitals[0][0] or upper[-1] != capitals[-1][0]:
        return False
    return len(code) <= len(words) + 2


class StaffInitialsRecognizer(EntityRecognizer):
    """Finds the codes a document defines for its staff, and every use of them."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        super().__init__(supported_entities=[ENTITY], name="StaffInitialsRecognizer", supported_language="nl")
        self.lexicons = lexicons

    def _person_name(self, name: str) -> bool:
        """"Vereniging Wijkbelang Oostkade (VWO)" defines an organisation's abbreviation, no staff code."""
        if self.lexicons is None:
            return True
        lex = self.lexicons
        for word in regex.findall(r"\p{Lu}[\p{L}'-]+", name):
            key = name_key(word)
            if key in lex.organisation_words or key in lex.places or (lex.is_word(key) and not lex.is_name(key)):
                return False
        return True

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if ENTITY not in entities or ("(" not in text and "=" not in text and ":" not in text):
            return []
        return list(self._uses(text))

    def _uses(self, text: str) -> Iterator[RecognizerResult]:
        codes: set[str] = set()
        for pattern in (_DEFINED_AFTER, _LEGEND):
            for match in pattern.finditer(text):
                if code_fits(match.group("code"), match.group("name")) and self._person_name(match.group("name")):
                    codes.add(match.group("code"))
        if not codes:
            return
        alternatives = "|".join(regex.escape(c) for c in sorted(codes, key=len, reverse=True))
        for match in regex.finditer(rf"(?<![\p{{L}}\d@./-])(?:{alternatives})(?![\p{{L}}\d@]|\.\p{{L}})", text):
            yield evidence_result(self, ENTITY, match.start(), match.end(), 0.9, "staff_initials", SOURCE)
