"""ADDRESS: a street and house number right after a person's name, as letters and decisions give a
resident's address in a sentence.

Rule ``address.after_name``: "het bezwaar van mevrouw Grietje Schouten, Ramen 31, tegen ...",
"de heer P. de Wit, Grote Oost 118, verzoekt ...", "mevrouw Nguyen van de Lange Groenendaal 41 belde".
A street without a street word ("Ramen", "Grote Oost", "Bellestein") has nothing of its own that
marks it; the form of address, the name and the comma (or "van de") before it do, and a separator
after the number. Not a document's part, a school class or a page ("mevrouw X, bijlage 2", "mevrouw
X, Groep 7"): words that count things are no street.
"""

from __future__ import annotations

import regex

from redaction.recognizers.base import SpanRuleRecognizer
from redaction.recognizers.person import FORMS_OF_ADDRESS

# "de heer", "mevrouw", their abbreviations: only a form of address makes what follows a person's name.
_FORM_OF_ADDRESS = regex.compile(rf"(?<![\p{{L}}])(?i:{FORMS_OF_ADDRESS})\.?[ \t]+")
# The name after it: initials, given names, particles and surnames (with hyphens), up to six tokens.
_PARTICLE = r"(?:van|de|der|den|het|ter|ten|te|in|'t|’t|el|al|da|di|du|le|la|op|von|Van|De|Ter|Ten)"
_NAME_TOKEN = rf"(?:(?:\p{{Lu}}\.){{1,4}}|\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}[\p{{Ll}}'’]+)?|{_PARTICLE})"
_NAME = rf"{_NAME_TOKEN}(?:[ \t]?{_NAME_TOKEN}){{0,5}}"
# Words that count or label things, not streets: "Bijlage 2", "Groep 7", "Kamer 12".
_NOT_STREET = (
    r"(?!(?:Bijlage|Groep|Artikel|Fase|Kamer|Zaal|Punt|Agendapunt|Pagina|Hoofdstuk|Week|Klas|Lid|Nummer|Nr|Versie|"
    r"Stap|Bladzijde|Blz|Deel|Dossier|Zaak|Kenmerk|Team|Afdeling|Unit|Box|Locatie|Perceel|Kavel|Bouwnummer)\b)"
)
_STREET_WORD = r"\p{Lu}[\p{Ll}'’-]+"
_STREET = rf"{_NOT_STREET}{_STREET_WORD}(?:[ ](?:(?:van|de|der|den|het|op|aan)[ ])?{_STREET_WORD}){{0,2}}"
# (not a year: "mevrouw X, Maart 2024.")
_NUMBER = r"(?!(?:19|20)\d\d(?!\d))[1-9]\d{0,3}(?:[ ]?[a-z](?![\p{L}])|-\d{1,3})?"
_AFTER_NAME = regex.compile(
    rf"{_NAME},[ \t]+(?P<value>{_STREET}[ ]{_NUMBER})(?=[ \t]*(?:[,.;)]|\n|$))")
# What a number counts, when a word in small letters follows it: "12 jaar", "3 weken", "40 procent".
_COUNTED = (r"(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren|minuten|keer|maal|procent|euro|meter|"
            r"km|kilometer|kilo|ton|stuks|personen|mensen|woningen|leden|kinderen|deelnemers)")
# ... or linked by "van de" / "van het" and followed by the sentence going on, as a neighbour is named
# in a complaint or a log: "mevrouw Nguyen van de Lange Groenendaal 41 belde weer" (no comma; the
# number right after the street is what makes it an address, not a double surname).
_OF_THE_STREET = regex.compile(
    rf"{_NAME}[ \t]+van[ \t]+(?:de|het)[ \t]+(?P<value>{_STREET}[ ]{_NUMBER})"
    rf"(?=[ \t]*(?:[,.;:)]|\n|$)|[ \t]+(?!{_COUNTED}(?![\p{{L}}]))\p{{Ll}})")


class AddressAfterNameRecognizer(SpanRuleRecognizer):
    """A street and number after a form of address, a name and a comma."""

    ENTITY, RULE, SOURCE, SCORE = "ADDRESS", "after_name", "address:after_name", 0.75
    CONTEXT_WORDS = ("adres", "woonadres", "bewoner")

    def spans(self, text: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for form in _FORM_OF_ADDRESS.finditer(text):
            match = _AFTER_NAME.match(text, form.end()) or _OF_THE_STREET.match(text, form.end())
            if match is not None:
                found.append(match.span("value"))
        return found
