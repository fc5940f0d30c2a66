"""Every mention of a person found once: surname alone, first name alone, possessive, lower case.

A name found anywhere in a document (header, salutation, signature, model) makes every other
occurrence of its parts a mention of the same person, with the same decision: a private person is
withheld everywhere, an official acting in their role stays readable everywhere.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from functools import cached_property

import regex

from redaction.decisions import Decision
from redaction.lexicons import Lexicons, ends_compound, name_key
from redaction.person.features import COMPASS_PARTS, foreign_words, german_text, word_classes, words_of_class
from redaction.recognizers.address import is_street_word
from redaction.recognizers.person import (
    _INITIALS_RE,
    _LOWER_PARTICLES,
    _PARTICLE_WORD,
    _POINT_REFERENCE,
    _TITLE_KEYS,
    AFTER_POSTCODE,
    MONTHS_AND_DAYS,
    NOT_A_NAME,
    PERSON_MARK_BEFORE,
    PROJECT_ENDINGS,
    SAINT_OR_QUEEN,
    _bare,
    inside_listed_place,
)

# Relatives, clients and residents: a name right after one of these is a private person, even
# when an official of the document has the same name ("wethouder Soetrisno ... mijn dochter
# Soetrisno"). Matched right to left from the name.
PRIVATE_ROLES = (
    "moeder", "vader", "zoon", "dochter", "broer", "zus", "zoontje", "dochtertje", "kind", "kinderen",
    "echtgenoot", "echtgenote", "man", "vrouw", "partner", "ex-partner", "ex-man", "ex-vrouw", "oom", "tante",
    "opa", "oma", "neef", "nicht", "kleinzoon", "kleindochter", "schoonmoeder", "schoonvader", "schoonzoon",
    "schoondochter", "schoonzus", "zwager", "zwagerin", "stiefvader", "stiefmoeder", "pleegmoeder",
    "pleegvader", "pleegzoon", "pleegdochter", "grootmoeder", "grootvader", "gezinslid", "buurman",
    "buurvrouw", "cl", "cliënt", "client", "cliënte", "patiënt", "patient", "bewoner", "bewoonster",
    "huurder", "klager", "klaagster", "aanvrager", "aanvraagster", "verzoeker", "verzoekster", "leerling",
)  # fmt: skip
_PRIVATE_ROLE_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}])(?i:{'|'.join(regex.escape(r) for r in PRIVATE_ROLES)})\.?[ \t]+"
    rf"(?:(?:{_LOWER_PARTICLES}|'t|’t)[ \t]+)*$"
)
# The rules that keep a name as a public official's (policy/rules.py).
OFFICIAL_RULES = frozenset({
    "exceptions.public_officials.titles", "exceptions.public_officials.register", "evidence.party_affiliation",
    "evidence.attendance_list", "evidence.members_list", "evidence.council_chair", "evidence.speaker_index",
    "evidence.office_column", "evidence.signature_columns", "evidence.member_addressed", "evidence.council_paper",
    "evidence.fraction_chat",
})
_ROLE_WORDS = words_of_class("role")
# Kinds of business a person runs under their own name (a one-person firm), and its legal forms.
_BUSINESS_KINDS = (
    r"bedrijf|bakkerij|handel|verhuur|advocatuur|praktijk|maatschap|winkel|salon|atelier|"
    r"installatie|installaties|techniek|transport|klussen|hoveniers|schilders|loodgieters|administratie|advies"
    r"|coaching|eenmanszaak")
_BUSINESS_WORD = regex.compile(rf"(?i:\p{{L}}*(?:{_BUSINESS_KINDS})|v\.?o\.?f\.?)(?![\p{{L}}])")
# Whether a name holds such a word: the same answer as ``_BUSINESS_WORD.search`` (a match of it
# holds one of the endings where it ends), without trying every run of letters before each ending.
_BUSINESS_ENDING = regex.compile(rf"(?i:(?:{_BUSINESS_KINDS})|v\.?o\.?f\.?)(?![\p{{L}}])")
# A family firm or a company with legal personality ("Bakkerij Bakker & Zn.", "Gebr. Kanterink",
# "Kanterink Transport B.V."): no one person's firm.
_FAMILY_OR_LEGAL_ENTITY = regex.compile(
    r"&[ ]?(?:Zn|Zonen|Co|Dochters?)\b|\ben (?:Zn|Zonen)\b|\bGebr(?:\.|oeders\b)|\b(?:B\.?V|N\.?V)\b\.?"
)
# A capitalised word in a business's name, with the particles that open it ("Van Dijkhuis").
_NAME_IN_FIRM = regex.compile(
    r"(?<![\p{L}])(?P<name>(?:(?i:van|de|der|den|ter|ten|te)[ ]){0,2}(?P<core>\p{Lu}[\p{L}\p{M}'’]+))(?![\p{L}])"
)
_NO_ANCHOR_RULES = frozenset({"evidence.mailbox_display_name", "evidence.named_after", "evidence.firm_name",
                              "evidence.animal_name", "evidence.acronym",
                              "evidence.party_name", "evidence.organisation_mention"})
# An article right before a word ("de Koning", "het Groen"), and a "de" inside a name ("Anne de Boer").
# A saint's or a queen's title right before a word: the word names them, not a person of the letter.
_SAINT_OR_ROYAL_BEFORE = regex.compile(rf"(?<![\p{{L}}]){SAINT_OR_QUEEN}[ \t]+$")
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:de|De|het|Het)[ \t]+$")
# The capitalised word right after a mention, one space between ("Lange Noordstraat").
_CAPITALISED_AFTER = regex.compile(r" (\p{Lu}[\p{L}-]+)")
_ARTICLE_IN_NAME = regex.compile(r"(?i)(?<![\p{L}])de(?![\p{L}])")
# "T. Hofstra", "T.J. van der Hofstra"; "Tjitske Hofstra", "Tjitske van der Hofstra".
_INITIAL_AND_SURNAME = regex.compile(
    r"(?P<initial>\p{Lu})\.(?:\p{Lu}\.)*[ ]?(?P<surname>(?:[\p{Ll}']+[ ]){0,3}\p{Lu}[\p{L}'’-]+)")
_BRACKETED_GIVEN = regex.compile(r"[ ]?\(\p{Lu}\p{Ll}+\)")
_GIVEN_AND_SURNAME = regex.compile(
    r"(?P<given>\p{Lu}\p{Ll}+)[ ](?P<surname>(?:[\p{Ll}']+[ ]){0,3}\p{Lu}[\p{L}'’-]+)")
_FOREIGN_CLASSES = frozenset({"en", "de", "fy", "pronoun"})
_PRODUCT_CLASSES = frozenset({"product", "event"})
_NO_CLASSES: frozenset[str] = frozenset()
_FUNCTION_CLASSES = frozenset({"en", "de", "fy"})
_LINE_BREAK_HYPHEN = regex.compile(r"-[ \t]*\n[ \t>]*(?=\p{Ll})")
_WORD = regex.compile(r"[\p{L}\p{M}'’]+(?:-[\p{L}\p{M}'’]+)*")
# A word of running text, not part of an e-mail address, URL or domain; in a file's name only
# between underscores or before its extension ("Klacht_Rombouts_2023-11-04.eml", "Rombouts.pdf"):
# a document's name that names a person is withheld where it stands in an inventory.
_TEXT_WORD = regex.compile(
    r"(?<![\p{L}\p{N}@./-])[\p{L}\p{M}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*"
    r"(?![\p{L}\p{N}@]|-\p{L}|\.(?!(?:pdf|docx?|eml|msg|xlsx?|odt|txt|jpe?g|png)\b)\p{L})"
)


# A form of address right before a surname's particles, also across a line break ("mevr.\nvan").
_ADDRESSED_BEFORE = regex.compile(r"(?<![\p{L}])(?i:heer|mevrouw|meneer|mevr|mw|dhr|hr|familie|fam)\.?\s+$")


def _after_particles(text: str, start: int, tails: list[tuple[str, Decision]]) -> tuple[int, Decision] | None:
    """Where the particles before ``start`` begin and whose name they complete, when the text has
    one of ``tails``' particles right before it (a space or a line break apart): capitalised as a
    surname's in running text ("Handhavingsverzoek Van Lunteren"), or in small letters after a form
    of address ("mevr.\nvan Lunteren"); "wethouders van Tilburg" stays the town."""
    for particles, owner in tails:
        opening = start - len(particles) - 1
        if (opening >= 0 and text[opening:start - 1].lower() == particles and text[start - 1] in " \n"
                and (opening == 0 or not text[opening - 1].isalnum())
                and (text[opening].isupper() or _ADDRESSED_BEFORE.search(text, max(0, opening - 12), opening))):
            return opening, owner
    return None


class MentionFinder:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons

    def variants(self, name: str, lower_case_parts: bool = True) -> set[str]:
        """The parts of a name that identify the person on their own.

        ``lower_case_parts=False``: a lower-case word is no part of its own (the model's span
        "helps us with Dutch" must not make every "with" a name)."""
        lex = self.lexicons
        name = _LINE_BREAK_HYPHEN.sub("", name)  # "Verbrug-\ngen", broken over two lines, is "Verbruggen"
        words = [_bare(w) for w in _WORD.findall(name) if not _INITIALS_RE.fullmatch(w + ".")]
        out: set[str] = set()
        # "Van Tilburg", "van Dordrecht": a place after a particle is a name only with the particle;
        # the town on its own stays readable.
        after_particle = {w for prev, w in itertools.pairwise(words) if lex.is_particle(prev)
                          and (name_key(w) in lex.places or name_key(f"{prev} {w}") in lex.places)}
        # A town no surname list knows is no part to search for on its own either: the model's span
        # "Burgerbelangen Enschede" must not make every "Enschede" a name.
        if len(words) > 1:
            after_particle |= {w for w in words if name_key(w) in lex.places and not lex.is_surname(w)}
        core = [w for w in words if not lex.is_particle(w) and name_key(w) not in _TITLE_KEYS
                and (lower_case_parts or not w[:1].islower()) and w not in after_particle
                and not self._place_or_role(w)]
        particle_before = {w for prev, w in itertools.pairwise(words) if lex.is_particle(prev)}
        for word in core:
            out.add(word)
            parts = [part for part in word.split("-") if len(part) > 1]
            # "Tiel-Waardenburg", "Nijmegen-Oost": places joined, no double surname to search part by part
            place_parts = all(name_key(part) in lex.places or name_key(part) in COMPASS_PARTS for part in parts)
            if "-" in word and not place_parts:
                # "van Tilburg-Moonen": the first part goes with its particle, so a town there is
                # no name on its own
                if word in particle_before and name_key(parts[0]) in lex.places:
                    parts = parts[1:]
                # a town no surname list knows is no part on its own either ("Zwolle" of the
                # model's span "Zwolle-Kampen", a railway line, must not make every "Zwolle" a name)
                out.update(part for part in parts if not (name_key(part) in lex.places and not lex.is_surname(part)))
        if len(words) > 1:
            out.add(" ".join(words))
        # Surname with its particles, as it is written alone: "de Vries", "El Amrani".
        for i, word in enumerate(words):
            if lex.is_particle(word) and i + 1 < len(words):
                out.add(" ".join(words[i:]))
                break
        return {
            v for v in out
            if len(v) > 1
            # "April" of "Tuinstra, April" is her name elsewhere too (capitalised only, see strict)
            and (name_key(v) not in NOT_A_NAME
                 or (name_key(v) in MONTHS_AND_DAYS and v[:1].isupper() and lex.is_first_name(v)))
            and name_key(v) not in _TITLE_KEYS
            and name_key(v) not in lex.organisation_words
            and not lex.is_particle(v)
            # "Haar" of "Marieke ter Haar" alone reads as the pronoun ("Haar man belde"); the name
            # is still found with its particle ("ter Haar"). Likewise, from the model's guesses, an
            # English, German or Frisian word no name list knows ("Mit" of "Mit freundlichen")
            and "pronoun" not in word_classes().get(name_key(v), _NO_CLASSES)
            # "Syrische", "Indonesische": an adjective the model or a chain took in, no name part alone
            and ("nationality" not in word_classes().get(name_key(v), _NO_CLASSES) or lex.is_name(v))
            # "WhatsApp", "Carnaval": an app or a feast the model took in
            and word_classes().get(name_key(v), _NO_CLASSES).isdisjoint(_PRODUCT_CLASSES)
            and (lower_case_parts or not (word_classes().get(name_key(v), _NO_CLASSES) & _FUNCTION_CLASSES
                                          and not lex.is_first_name(v) and not lex.is_surname(v)))
        }

    def propagate(self, text: str, decisions: list[Decision]) -> list[Decision]:
        # A group's display name, a facility or firm named after someone, a party: they name no person
        # here, so nothing to look for elsewhere.
        decisions = self._organisation_mentions(text, decisions)
        decisions = _officials_by_initials(decisions)
        german = self._german_text(text)
        persons = [d for d in decisions if d.entity == "PERSON" and d.rule not in _NO_ANCHOR_RULES
                   and self._is_anchor(d, german)]
        if not persons:
            return decisions
        variant_owner = self._variant_owners(persons)
        endings = _official_endings(variant_owner)
        decisions = [d if _PRIVATE_ROLE_BEFORE.search(text, max(0, d.start - 30), d.start)
                     else self._align_with_cluster(d, variant_owner, endings) for d in decisions]
        decisions = self._one_person_firms(text, decisions, variant_owner)
        occupied = _SpanSet((d.start, d.end) for d in decisions)
        found: list[Decision] = []
        for start, end, owner in self._mention_spans(text, variant_owner):
            if occupied.overlaps(start, end):
                continue
            found.append(self._mention(owner, start, end, text[start:end]))
            occupied.add(start, end)
        return _join_name_parts(text, sorted([*decisions, *found], key=lambda d: (d.start, -d.end)), self.lexicons)

    def _german_text(self, text: str) -> bool:
        """Whether the text is German (features.german_text), counted in words of running text."""
        return german_text(text, self._german_words, _TEXT_WORD.findall)

    @cached_property
    def _german_words(self) -> frozenset[str]:
        return foreign_words(self.lexicons, "de")

    def _is_anchor(self, person: Decision, german: bool = False) -> bool:
        """Whether a found name is sure enough to look for its other mentions.

        A lone word only the model calls a name ("Kern", "Dordrecht") is withheld where it stands,
        but not searched for elsewhere: one wrong guess must not spread through the document.
        """
        if person.source != "person:ner" or len(_WORD.findall(person.text)) > 1:
            return True
        lex = self.lexicons
        word = _bare(person.text)
        key = name_key(word)
        if key in lex.places or (len(key) >= 7 and lex.is_compound(key)):
            return False  # "Woerden" (also a surname), "Wijkprocesmanager": a town or a compound word
        if lex.is_first_name(word) or lex.is_surname(word):
            return True
        # A capitalised word no list knows ("Sardjo"), no Dutch word, place or organisation word:
        # the model's guess can hardly be anything but a name, so its other mentions are searched.
        # Not in German text: there the capital marks every noun ("Samstagen", "Gemeinderat").
        return (not german and word[:1].isupper() and len(key) >= 3 and not lex.is_word(key) and key not in lex.places
                and key not in lex.organisation_words and key not in NOT_A_NAME and key not in _TITLE_KEYS)

    def _variant_owners(self, persons: list[Decision]) -> dict[str, tuple[str, Decision]]:
        """variant key -> (variant, the decision that produced it).

        Full names (two or more words) define the people of the document; a redaction outranks a
        keep when two people share a name part (recall first). A lone surname or first name only
        adds a variant nobody else produced.
        """
        owners: dict[str, tuple[str, Decision]] = {}
        # A surname with its particles ("De Kraker") is one name part, like "Kraker": the official
        # "Ellen de Kraker" owns it as she owns "Kraker" (it used to count as a full name and so
        # outranked her, and "mevrouw De Kraker" in the same minutes was withheld).
        full: list[Decision] = []
        single: list[Decision] = []
        for p in persons:
            (full if self._name_words(p.text) > 1 else single).append(p)
        # A full name kept as an official's ("wethouder Tjitske Oldenhof") is that official wherever
        # the very same full name stands (a chat's speaker lines), not only where the role does.
        # (also written "Surname, Given" in a mail header: "Bakker, Hester" is "Hester Bakker")
        officials = {_full_name_key(p.text) for p in full if p.decision == "keep"}
        for person in full:
            # A model span with capitals is a name in its capitalised words; its lower-case words
            # are the model's overreach, not parts to search for.
            lower_case_parts = person.source != "person:ner" or person.text.islower()
            full_key = _full_name_key(person.text)
            same_official = person.decision == "redact" and full_key in officials
            for variant in self.variants(person.text, lower_case_parts):
                key = name_key(variant)
                current = owners.get(key)
                if current is None or (current[1].decision == "keep" and person.decision == "redact"
                                       and not same_official) or (
                        # the official's own name, withheld once before the role showed (a mail
                        # header above the signature): the official owns it
                        person.decision == "keep" and full_key in officials and current[1].decision == "redact"
                        and _full_name_key(current[1].text) == full_key):
                    owners[key] = (variant, person)
        single_ids = {id(p) for p in single}
        for person in single:
            for variant in self.variants(person.text):
                key = name_key(variant)
                current = owners.get(key)
                # A surname alone that the document shows to be an official's ("Mevrouw Kanterink (SP):")
                # is that official where it stands bare as well ("het woord is aan mevrouw Kanterink"):
                # minutes address their members by surname. A full name owning the key, or a
                # relative's or client's role before a mention (see propagate), still wins.
                if current is None or (id(current[1]) in single_ids and current[1].decision == "redact"
                                       and person.decision == "keep" and person.rule in OFFICIAL_RULES):
                    owners[key] = (variant, person)
        return owners

    def _organisation_mentions(self, text: str, decisions: list[Decision]) -> list[Decision]:
        """A firm's name the document shows to be a firm's ("de ontwikkelcombinatie Heijmans/Van
        Wijnen", "Van der Linden B.V.") names that firm where it stands bare as well ("De zienswijze
        van Heijmans"): ``evidence.organisation_mention``; so does a word of a party's name ("Emmen"
        of "(Wakker Emmen)": "de Voedselbank Emmen"). Not where a form of address, a title or
        an initial stands before it, nor when a person the document introduces (a full name, or a
        title before the surname) bears the name: then a bare mention may be that person."""
        firms = {self._core_key(d.text): d for d in decisions
                 if d.entity == "PERSON" and d.decision == "keep"
                 and d.rule in ("evidence.firm_name", "evidence.acronym", "evidence.party_name")
                 and self._name_words(d.text) == 1 and len(d.text) <= 40}
        # ... and a café's, a shop's or a facility's name of several words without a given name or
        # initials in it ("café De Gouden Leeuw" ... "afspraken met De Gouden Leeuw")
        firms.update({self._core_key(d.text): d for d in decisions
                      if d.entity == "PERSON" and d.decision == "keep" and d.rule == "evidence.named_after"
                      and " " in d.text.strip() and len(d.text) <= 40 and not _INITIALS_RE.search(d.text)
                      and not any(self.lexicons.is_first_name(w) for w in d.text.split())})
        if not firms:
            return decisions
        introduced: set[str] = set()
        for d in decisions:
            if d.entity == "PERSON" and d.decision == "redact" and (
                    (self._name_words(d.text) > 1 and self._core_key(d.text) not in firms)
                    or PERSON_MARK_BEFORE.search(text, max(0, d.start - 12), d.start)):
                # (the firm's own name of several words, bare, introduces no person of that name)
                introduced.update(name_key(v) for v in self.variants(d.text))
        out: list[Decision] = []
        for d in decisions:
            key = self._core_key(d.text)
            firm = firms.get(key) if d.entity == "PERSON" and d.decision == "redact" else None
            if (firm is None or key in introduced or any(name_key(v) in introduced for v in self.variants(d.text))
                    or PERSON_MARK_BEFORE.search(text, max(0, d.start - 12), d.start)):
                out.append(d)
                continue
            out.append(firm.with_changes(
                start=d.start, end=d.end, text=d.text, source=d.source, score=d.score,
                rule="evidence.organisation_mention",
                reason=f"Zelfde organisatie als elders in dit document ({firm.rule}): geen persoon."))
        return out

    def _core_key(self, name: str) -> str:
        """A name without its particles, folded: "Van Wijnen" and "Wijnen" are one firm's name."""
        return name_key(" ".join(w for w in name.split() if not self.lexicons.is_particle(w)))

    def _one_person_firms(self, text: str, decisions: list[Decision],
                          variant_owner: dict[str, tuple[str, Decision]]) -> list[Decision]:
        """A business kept as an organisation whose name is a private person's of the document
        ("Bakkerij Kanterink" of "Hatice Kanterink-Çelik", "Maatschap Van Dijkhuis",
        "Kanterink Advocatuur" of "mr. P. Kanterink"): the annotation guideline's one-person firm,
        whose name is its owner's personal data. The owner's name in it is withheld as a mention
        of the owner; the rest of the business's name stays readable. Foundations, associations and
        firms whose name nobody in the document bears stay organisations."""
        out: list[Decision] = []
        # (an owner's name the rules already withhold inside the business's name is no second mention)
        persons = {(d.start, d.end) for d in decisions if d.entity == "PERSON"}
        for d in decisions:
            if (d.entity != "ORGANIZATION" or d.decision != "keep" or not _BUSINESS_ENDING.search(d.text)
                    or _FAMILY_OR_LEGAL_ENTITY.search(d.text)):
                out.append(d)
                continue
            owned: list[Decision] = []
            for m in _NAME_IN_FIRM.finditer(d.text):
                variant = m.group("name")
                entry = variant_owner.get(name_key(variant)) or variant_owner.get(name_key(m.group("core")))
                # the owner is a person the document introduces (a full name, or a title or
                # initials before the surname), not a lone word the model guessed ("Heijmans")
                if (entry is None or entry[1].decision != "redact" or _BUSINESS_WORD.fullmatch(m.group("core"))
                        or (len(entry[1].text.split()) < 2 and entry[1].source == "person:ner")
                        or (d.start + m.start("name"), d.start + m.end("name")) in persons):
                    continue
                owned.append(self._mention(entry[1], d.start + m.start("name"), d.start + m.end("name"), variant))
            out.extend(owned or [d])
        return out

    def _place_or_role(self, word: str) -> bool:
        """A district's or project's name ("Waalfront", "Heekgebied") or a role ("Projectleider")
        that the model took into a name: no part to search for elsewhere. A listed surname stays."""
        key = name_key(word)
        if self.lexicons.is_surname(word):
            return False
        return key in _ROLE_WORDS or ends_compound(key, PROJECT_ENDINGS)

    def _name_words(self, text: str) -> int:
        return sum(1 for w in _WORD.findall(text) if not self.lexicons.is_particle(w))

    @staticmethod
    def _align_with_cluster(d: Decision, variant_owner: dict[str, tuple[str, Decision]],
                            endings: dict[str, Decision]) -> Decision:
        """A name part of an official kept elsewhere in the document is that official here too."""
        if d.entity != "PERSON" or d.decision != "redact":
            return d
        owner = _owner(variant_owner, d.text)
        if (owner is None or owner.decision != "keep") and " " in d.text.strip():
            # "mevrouw Oude Vrielink" of the member "Femke Oude Vrielink": an official's full name ends so
            owner = endings.get(name_key(" ".join(d.text.split())), owner)
        if owner is None or owner.decision != "keep":
            return d
        return owner.with_changes(start=d.start, end=d.end, text=d.text, source=d.source, score=d.score,
                                  reason="Zelfde publieke ambtsdrager als elders in dit document. " + owner.reason)

    @staticmethod
    def _mention(owner: Decision, start: int, end: int, matched: str) -> Decision:
        return owner.with_changes(
            start=start,
            end=end,
            text=matched,
            score=round(min(owner.score, 0.95), 4),
            source="person:mention",
            reason=owner.reason if owner.decision == "redact" or owner.reason.startswith("Zelfde") else (
                "Zelfde publieke ambtsdrager als elders in dit document. " + owner.reason
            ),
        )

    def _mention_spans(
        self, text: str, variant_owner: dict[str, tuple[str, Decision]]
    ) -> list[tuple[int, int, Decision]]:
        """Every word of the text that is a name part of a found person, joined into full names.

        One pass over the words with set look-ups (no per-document regex): a part that is also an
        ordinary word ("de Boer", "Groen") counts only when capitalised; others in any case
        ("yonas"); possessives ("Okbay's", "Yonas'", "Judiths") count too.
        """
        lex = self.lexicons
        # A part that is also an ordinary word ("Groen", "nieuwe") is a mention only when capitalised.
        # So is an English, German or Frisian word ("My", a given name, against "my contract"), and a
        # compound of words that no list knows as a name ("Bezonningsstudie" of a heading the model
        # took for a name, against "een bezonningsstudie" in the text).
        foreign = word_classes()
        strict = {
            key for key, (variant, _owner) in variant_owner.items()
            if any(lex.is_word(w) or name_key(w) in MONTHS_AND_DAYS or _unlisted_compound(lex, w)
                   or not foreign.get(name_key(w), _NO_CLASSES).isdisjoint(_FOREIGN_CLASSES)
                   for w in variant.split())
        }
        # Every key a word of the text could have and still be a name part: the variants and their
        # possessive forms. One look-up per word settles most words; only those in this set or with
        # a hyphen go through the full candidate check below.
        reachable = set(variant_owner)
        for key in variant_owner:
            reachable.update((key + "'s", key + "'"))
            if len(key) >= 3:
                reachable.add(key + "s")
        # A surname that is a place ("van Lunteren") is searched for with its particles only: the
        # place after them, with the particles right before it in any case ("Van Lunteren").
        particle_tails: dict[str, list[tuple[str, Decision]]] = {}
        for variant, owner in variant_owner.values():
            words = variant.split()
            if len(words) > 1 and all(lex.is_particle(w) for w in words[:-1]) and words[-1][:1].isupper():
                particles = " ".join(words[:-1]).lower()
                particle_tails.setdefault(name_key(words[-1]), []).append((particles, owner))
        reachable.update(particle_tails)
        hits: list[tuple[int, int, Decision]] = []
        for match in _TEXT_WORD.finditer(text):
            word = match.group()
            if name_key(word) not in reachable and "-" not in word:
                continue
            owner = None
            for candidate in _candidates(word):
                key = name_key(candidate)
                if key in variant_owner and (key not in strict or candidate[:1].isupper()):
                    owner = variant_owner[key][1]
                    break
            if owner is not None and key in strict and _ARTICLE_BEFORE.search(text, max(0, match.start() - 5),
                                                                                match.start()) \
                    and not _ARTICLE_IN_NAME.search(owner.text):
                # "het bezoek van de Koning" beside "Jelle Koning", "de Boer" beside "Anne Boer": an
                # article before an ordinary word makes it the word (the king, the farmer); the
                # person's own surname has no "de" to stand there
                owner = None
            if owner is not None and key in strict and (street := _CAPITALISED_AFTER.match(text, match.end())) \
                    and is_street_word(street.group(1)):
                # "de Lange Noordstraat" beside a "Mila de Lange": an ordinary word opening a street's name
                owner = None
            if owner is not None and _SAINT_OR_ROYAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                owner = None  # "CBS Koningin Juliana", "Sint Jan" beside a Juliana or a Jan: a queen, a saint
            if owner is not None and inside_listed_place(text, match.start(), match.end(), lex):
                owner = None  # "Addis Abeba" beside a woman called Abeba: the city
            if owner is not None and AFTER_POSTCODE.search(text, max(0, match.start() - 10), match.start()):
                owner = None  # "3814 CK Amersfoort" beside a "Meedoen Amersfoort" taken for a name: the town
            if owner is not None and _POINT_REFERENCE.match(text, match.start(), min(len(text), match.start() + 8)):
                owner = None  # "Ad 1. Ja." beside an Ad: "regarding point 1"
            if owner is not None:
                hits.append((match.start(), match.end(), owner))
            elif word[:1].isupper() and name_key(word) in particle_tails:
                hit = _after_particles(text, match.start(), particle_tails[name_key(word)])
                if hit is not None:
                    hits.append((hit[0], match.end(), hit[1]))
        # "Pieter van der Berg": neighbouring parts of one person, with particles between, are one mention.
        merged: list[tuple[int, int, Decision]] = []
        for start, end, owner in hits:
            if merged and merged[-1][2] is owner and self._only_particles(text[merged[-1][1] : start]):
                merged[-1] = (merged[-1][0], end, owner)
            else:
                merged.append((start, end, owner))
        return merged

    def _only_particles(self, gap: str) -> bool:
        if len(gap) > 20 or "\n" in gap:
            return False
        return all(self.lexicons.is_particle(word) for word in gap.split())


def _officials_by_initials(decisions: list[Decision]) -> list[Decision]:
    """A full name withheld whose given name starts with the initial of an official kept elsewhere
    in the document with the same surname ("Aan: Tjitske Hofstra" and "T. Hofstra, wethouder") is
    that official: one person, written two ways."""
    officials: dict[tuple[str, str], Decision] = {}
    by_given: dict[tuple[str, str], Decision] = {}
    for d in decisions:
        # (any rule that keeps an official: "D. Nijboer-Kramer" in the attendance list of the
        # States' executive is "Doutzen Nijboer-Kramer" further on)
        if d.entity == "PERSON" and d.decision == "keep" and d.rule in OFFICIAL_RULES:
            match = _INITIAL_AND_SURNAME.fullmatch(d.text.strip())
            if match:
                officials[(match.group("initial").lower(), name_key(match.group("surname")))] = d
            given = _GIVEN_AND_SURNAME.fullmatch(d.text.strip())
            if given:
                by_given[(given.group("given")[0].lower(), name_key(given.group("surname")))] = d
    if not officials and not by_given:
        return decisions
    out = []
    for d in decisions:
        if d.entity == "PERSON" and d.decision == "redact":
            match = _GIVEN_AND_SURNAME.fullmatch(d.text.strip())
            official = (officials.get((match.group("given")[0].lower(), name_key(match.group("surname"))))
                        if match else None)
            # ... and the other way round: "Voorzitter J.J. (Job) de Jong" beside the speaker "Job de Jong"
            initials = _INITIAL_AND_SURNAME.fullmatch(_BRACKETED_GIVEN.sub("", d.text.strip()))
            if official is None and initials:
                official = by_given.get((initials.group("initial").lower(), name_key(initials.group("surname"))))
            if official is not None:
                d = official.with_changes(start=d.start, end=d.end, text=d.text, source=d.source, score=d.score,
                                          reason="Zelfde publieke ambtsdrager als elders in dit document. "
                                          + official.reason)
        out.append(d)
    return out


def _unlisted_compound(lex: Lexicons, word: str) -> bool:
    """A word of seven letters or more made of Dutch words, that no list knows as a name."""
    key = name_key(word)
    return len(key) >= 7 and lex.is_compound(key) and not lex.is_name(word)


def _full_name_key(name: str) -> str:
    """A full name's key in reading order: "Bakker, Hester" as "Hester Bakker"."""
    if name.count(",") == 1:
        surname, given = (part.strip() for part in name.split(","))
        if surname and given:
            name = f"{given} {surname}"
    return name_key(" ".join(name.split()))


def _candidates(word: str) -> list[str]:
    """The forms under which a word may be a name part: itself, without possessive, hyphen parts."""
    bare = _bare(word)
    forms = [bare]
    if bare.endswith("s") and len(bare) > 3:
        forms.append(bare[:-1])  # Dutch genitive: "Judiths", "Okbays"
    if "-" in bare:
        forms.extend(part for part in bare.split("-") if len(part) > 1)
    return forms


def _official_endings(variant_owner: dict[str, tuple[str, Decision]]) -> dict[str, Decision]:
    """The endings of two words or more of the kept officials' full names ("oude vrielink" of "Femke
    Oude Vrielink"), each to its official: built once per document, then looked up per decision.
    The whole name is one of them: "de heer A. Travaille" withheld in a later sentence is the member
    kept where his party stood ("A. Travaille, fractie Partij voor de Dieren"); a name with initials
    has no variant of its own that would carry him there."""
    endings: dict[str, Decision] = {}
    for _variant, candidate in variant_owner.values():
        if candidate.decision != "keep":
            continue
        words = name_key(" ".join(candidate.text.split())).split()
        for i in range(len(words) - 1):
            endings.setdefault(" ".join(words[i:]), candidate)
    return endings


def _owner(variant_owner: dict[str, tuple[str, Decision]], matched: str) -> Decision | None:
    key = name_key(" ".join(matched.split()))
    reading_order = _full_name_key(matched)  # "Bakker, Hester" is "Hester Bakker"
    for candidate in (key, key[:-2] if key.endswith("'s") else key[:-1] if key.endswith(("'", "s")) else key,
                      reading_order):
        if candidate in variant_owner:
            return variant_owner[candidate][1]
    return None


class _SpanSet:
    """Occupied character ranges, for overlap tests in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._ends = [e for _, e in ordered]  # in the order of the starts (ties by end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end)
        # Spans are short; looking back a few entries is enough unless one is very long. Every
        # span before ``index`` starts before ``end``: it overlaps when it ends after ``start``
        # (max over a slice of ends, not a generator over tuples, as a long text asks often).
        return index > 0 and max(self._ends[max(0, index - 64) : index]) > start

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)


# A nickname in quotes between a person's given name and surname, or in brackets right after the
# name: 'Durk "Dukke" van der Meer', 'Jack Thornton ("Jacko")'. It names the same person.
_NICKNAME_BETWEEN = regex.compile(r"[ \t]*[\"“'‘][ \t]*(?P<nick>\p{Lu}[\p{L}'’-]+)[ \t]*[\"”'’][ \t]*")
_NICKNAME_AFTER = regex.compile(r"[ \t]*\([ \t]*[\"“'‘](?P<nick>\p{Lu}[\p{L}'’-]+)[\"”'’][ \t]*\)")
# The given name of a surname-first form, its particles after it: "Heuvel-Ploegmakers, Ingrid van den",
# "Haan, Gerbrich de" (in prose, where no header or table cell makes the form one span).
_PARTICLES_CLOSING = regex.compile(rf"(?:[ \t]+{_PARTICLE_WORD})+(?=[ \t]*(?:[,;:()\n.]|$))")


def _join_name_parts(text: str, decisions: list[Decision], lexicons: Lexicons) -> list[Decision]:
    """The parts of one written name the recognizers found apart, withheld as that name: a nickname
    between or after, and a surname-first form with its particles at the end."""
    persons = [d for d in decisions if d.entity == "PERSON" and d.decision == "redact"]
    if not persons:
        return decisions
    added: list[Decision] = []
    replaced: dict[int, Decision] = {}
    for before, after in itertools.pairwise(persons):
        gap = _NICKNAME_BETWEEN.fullmatch(text, before.end, after.start)
        if gap:
            added.append(MentionFinder._mention(before, gap.start("nick"), gap.end("nick"), gap.group("nick")))
            continue
        if (text[before.end:after.start] in (", ", ",") and lexicons.is_first_name(after.text)
                and " " not in after.text):
            particles = _PARTICLES_CLOSING.match(text, after.end)
            if particles:
                joined = before.with_changes(end=particles.end(), text=text[before.start:particles.end()])
                replaced[id(before)] = joined
                replaced[id(after)] = joined
    for person in persons:
        nick = _NICKNAME_AFTER.match(text, person.end)
        if nick:
            added.append(MentionFinder._mention(person, nick.start("nick"), nick.end("nick"), nick.group("nick")))
    if not added and not replaced:
        return decisions
    occupied = _SpanSet((d.start, d.end) for d in decisions)
    out: list[Decision] = []
    seen: set[int] = set()
    for d in decisions:
        joined = replaced.get(id(d))
        if joined is None:
            out.append(d)
        elif id(joined) not in seen:
            seen.add(id(joined))
            out.append(joined)
    out += [d for d in added if not occupied.overlaps(d.start, d.end)]
    return sorted(out, key=lambda d: (d.start, -d.end))
