"""ORGANIZATION: names of organisations, found so the policy can keep them readable.

Organisations are not personal data, but they matter to redaction twice: the reviewer sees them
kept with a reason, and a person-like word inside an organisation's name ("Stichting Anne Frank")
is not a person. Evidence: the shipped gazetteer (``source`` ``organization:gazetteer``), a
capitalised phrase around an organisation word such as Gemeente, Stichting, Dienst, Raad
(``organization:pattern``), and the NER model (``organization:ner``).

Speed: both regexes open with a long alternation that a plain search tries at every character. So
the words of the text are looked up first (one dictionary lookup per word of the lower-cased text,
``_Keys``), and the regexes are tried only where a gazetteer name or an organisation word begins,
and, for a phrase, at the capitalised words that chain up to such a word.
"""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Iterable, Iterator

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.lexicons import Lexicons, load_lexicons, name_key
from redaction.ner_types import NerSpan
from redaction.person.features import words_of_class
from redaction.recognizers.address import is_street_word
from redaction.recognizers.base import evidence_result, finditer_at, fold_case
from redaction.recognizers.person import NON_NAME_WORDS

ENTITY = "ORGANIZATION"
CAP_WORD = r"\p{Lu}[\p{L}\p{M}\p{N}'’&]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
# Lower-case words that may sit inside an organisation's name.
CONNECTORS = r"(?:van|voor|de|der|den|het|en|op|in|aan|'t|tegen|&)"


class DutchOrganizationRecognizer(EntityRecognizer):
    """Organisation names: gazetteer, organisation-word phrases, and the NER model."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        self.lexicons = lexicons or load_lexicons()
        super().__init__(
            supported_entities=[ENTITY],
            name="DutchOrganizationRecognizer",
            supported_language="nl",
            context=[],
        )
        self._gazetteer_pattern: regex.Pattern[str] | None = None
        # sorted first: the same pattern in every process, for the cache of compiled patterns
        words = sorted(sorted(regex.escape(w) for w in self.lexicons.organisation_words), key=len, reverse=True)
        self._phrase = regex.compile(
            # not inside a dotted abbreviation: the "b.v." of "m.b.v." (met behulp van) is no B.V.
            rf"(?<![\p{{L}}\p{{N}}]|\p{{L}}\.)(?:{CAP_WORD}[ ]+)*"
            rf"(?i:{'|'.join(words)})"
            rf"(?:[ ]+(?:{CONNECTORS}[ ]+)*{CAP_WORD})+"
            # "Albert Schweitzer Ziekenhuis": a trailing organisation word only when capitalised;
            # "dat Ahmed school verzuimt" is a boy missing school, not an organisation.
            rf"|(?<![\p{{L}}\p{{N}}])(?:{CAP_WORD}[ ]+)+(?=\p{{Lu}})(?i:{'|'.join(words)})(?![\p{{L}}\p{{N}}])"
        ) if words else None
        self._keys = _Keys(self.lexicons.organisations, self.lexicons.organisation_words)
        # The gazetteer as a lookup: names by their first run of letters and digits, longest first.
        # Trying a 4,500-name alternation at every candidate start costs more than the rest of the
        # recognizer; this finds the same match (the longest name that fits, then its tail).
        self._names_by_run: dict[str, list[str]] = {}
        for name in sorted(self.lexicons.organisations, key=len, reverse=True):
            run = _FIRST_RUN.match(name)
            if run is not None:
                self._names_by_run.setdefault(run.group(), []).append(name)

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and ENTITY not in entities:
            return []
        results = list(self._matches(text))
        if nlp_artifacts is not None:
            for ent, score in zip(nlp_artifacts.entities, nlp_artifacts.scores, strict=False):
                if ent.label_ == ENTITY:
                    results.append(self._result(ent.start_char, ent.end_char, float(score), "ner"))
        return results

    def ner_results(self, spans: list[NerSpan]) -> list[RecognizerResult]:
        return [self._result(s.start, s.end, s.score, "ner") for s in spans if s.label in ("ORG", ENTITY)]

    def _matches(self, text: str) -> Iterator[RecognizerResult]:
        name_starts, word_starts = self._keys.find(text)
        if self.lexicons.organisations and name_starts is not None:
            for start, tail_start, match_end in self._gazetteer_matches(text, name_starts):
                end = self._trim_person_tail(text, tail_start, match_end)
                yield self._result(start, end, 0.9, "gazetteer")
        elif self.lexicons.organisations:
            for m in _search(self._gazetteer(), text, name_starts):
                end = self._trim_person_tail(text, m.start("tail"), m.end())
                yield self._result(m.start(), end, 0.9, "gazetteer")
        if self._phrase is not None:
            phrase_starts = None if word_starts is None else _phrase_starts(text, word_starts)
            for m in _search(self._phrase, text, phrase_starts):
                if _POSSESSIVE.search(m.group()):
                    continue  # "Ali's team" is a person's team, not an organisation's name
                start = self._trim_leading(text, m.start(), m.end())
                letters = _POSTCODE_LETTERS.match(text, start, m.end())
                if letters:
                    # "8271 BV IJsselmuiden": a postcode's letters, no legal form; what follows is an
                    # organisation only with an organisation word of its own
                    start = letters.end()
                    if not self._phrase.match(text, start, m.end()):
                        continue
                end = self._trim_trailing_person(text, start, m.end())
                if self._given_name_then_org_word(text[start:end]):
                    continue  # "Piet Bond in Den Haag": a person whose surname is an organisation word
                if self._role_then_given_name(text[start:end]):
                    continue  # "Toezichthouder Roel Kanterink": a person in a role, no organisation
                end = self._cut_address(text, start, end)
                if start < end and " " in text[start:end]:
                    yield self._result(start, end, 0.8, "pattern")

    def _gazetteer(self) -> regex.Pattern[str]:
        """The gazetteer as one pattern, for texts the lookup cannot key (compiled on first use:
        the alternation of 4,500 names costs some 90 MB of memory while it is compiled)."""
        if self._gazetteer_pattern is None:
            names = sorted((regex.escape(n) for n in self.lexicons.organisations), key=len, reverse=True)
            tail = rf"(?P<tail>(?:[ ]+{CAP_WORD}){{0,2}})"
            self._gazetteer_pattern = regex.compile(
                rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(names)}){tail}(?![\p{{L}}\p{{N}}])")
        return self._gazetteer_pattern

    def _gazetteer_matches(self, text: str, starts: list[int]) -> Iterator[tuple[int, int, int]]:
        """(start, start of the tail, end) of every gazetteer match, as ``finditer_at`` with the
        gazetteer pattern would give them: left to right, never overlapping."""
        end = 0
        for start in sorted(set(starts)):
            if start < end or (start > 0 and _WORD_CHAR.match(text, start - 1)):
                continue
            run = _FIRST_RUN.match(text, start)
            if run is None:
                continue
            for name in self._names_by_run.get(run.group(), ()):
                if not text.startswith(name, start):
                    continue
                tail = _GAZETTEER_TAIL.match(text, start + len(name))
                if tail is not None:
                    yield start, start + len(name), tail.end()
                    end = max(tail.end(), start + 1)
                    break

    def _trim_trailing_person(self, text: str, start: int, end: int) -> int:
        """'team Integratie Jan Jansen', 'gemeente Dordrecht Mark de Boer': the organisation's own
        name ends where a person's name follows it. A name right after the organisation word is
        the organisation's own ("Stichting Anne Frank"), so only a name after a non-name word cuts."""
        lex = self.lexicons
        seen_org_word = seen_own_name = False
        place_next = False  # the organisation word takes a place after it ("gemeente Dordrecht")
        previous: regex.Match[str] | None = None
        for w in _NON_SPACE.finditer(text, start, end):
            key = name_key(w.group())
            before, previous = previous, w
            if not seen_org_word:
                seen_org_word = key in lex.organisation_words
                place_next = key in _PLACE_AFTER_ORG_WORDS
                continue
            if not w.group()[:1].isupper():
                continue  # connectors: "van", "de", "voor"
            is_person_name = lex.is_name(w.group()) and key not in lex.places
            if place_next and not seen_own_name and lex.is_first_name(w.group()) and key not in lex.places:
                # "namens de gemeente Mirjam van Zomeren": a municipality is named after its place,
                # so a given name after "gemeente" opens a person's name
                return self._cut_before(text, start, w.start())
            if is_person_name and seen_own_name:
                return self._cut_before(text, start, w.start())
            if (not seen_own_name and before is not None and name_key(before.group()) in _OF_A_PERSON
                    and lex.is_first_name(w.group()) and not lex.is_common(w.group())):
                # "Taalhuis van Redouane La": a given name after "van" is the person the
                # organisation's business is with, not part of its name
                return self._cut_before(text, start, before.start())
            seen_own_name = seen_own_name or not is_person_name
        return end

    def _given_name_then_org_word(self, phrase: str) -> bool:
        """A listed given name (no ordinary word) right before the organisation word: "Piet Bond",
        "Jasmin Bank". An organisation named after a person has its name whole ("Anne Frank
        Stichting") or its organisation word first ("Stichting Anne Frank")."""
        words = phrase.split()
        lex = self.lexicons
        return (len(words) >= 2 and lex.is_first_name(words[0]) and not lex.is_common(words[0])
                and name_key(words[1]) in lex.organisation_words)

    def _role_then_given_name(self, phrase: str) -> bool:
        """A role that is also an organisation word ("toezichthouder", "handhaver") right before a
        listed given name (no ordinary word): "Toezichthouder Roel Kanterink" is a person in a role;
        "Toezichthouder Wonen" stays an organisation."""
        words = phrase.split()
        lex = self.lexicons
        return (len(words) >= 2 and name_key(words[0]) in _ROLE_WORDS and lex.is_first_name(words[1])
                and not lex.is_common(words[1]))

    def _cut_address(self, text: str, start: int, end: int) -> int:
        """'Bakkerij Sabelsma aan de Agorahof': where the business is ends its name; a connector
        of place ("aan", "in", "op") before a street or a listed place is cut with what follows."""
        places = self.lexicons.places
        for m in _PLACE_AFTER.finditer(text, start, end):
            words = text[m.start("place"):end].split()
            if not words:
                continue
            # the place may have two words ("Den Haag"); a street is one ("Agorahof"); a word with a
            # digit is no name's ("Stichting X op NL45 TRIO ...": the account it is paid on)
            if (is_street_word(words[0]) or name_key(words[0]) in places or name_key(" ".join(words[:2])) in places
                    or any(ch.isdigit() for ch in words[0])):
                return self._cut_before(text, start, m.start())
        return end

    @staticmethod
    def _cut_before(text: str, start: int, cut: int) -> int:
        """``cut`` moved back over spaces and the joining words before it ("Stichting Taalhuis van")."""
        while True:
            while cut > start and text[cut - 1] == " ":
                cut -= 1
            word_start = text.rfind(" ", start, cut) + 1
            if word_start <= start or text[word_start:cut] not in _JOINING_WORDS:
                return cut
            cut = word_start

    @staticmethod
    def _trim_leading(text: str, start: int, end: int) -> int:
        """Drop sentence words before the organisation ("Namens Stichting X" -> "Stichting X")."""
        for m in _NON_SPACE.finditer(text[start:end]):
            if name_key(m.group()) not in NON_NAME_WORDS:
                return start + m.start()
        return end

    def _trim_person_tail(self, text: str, tail_start: int, end: int) -> int:
        """'COA Jan Jansen' must not swallow the person after the organisation: the words added to
        a known name (a place: "Vluchtelingenwerk Dordrecht") stop at the first that is a name of a
        person, common word or not (recall first: "Jan" and "Roos" are names here)."""
        lex = self.lexicons
        for w in _NON_SPACE.finditer(text, tail_start, end):
            word = w.group()
            if lex.is_name(word) and name_key(word) not in lex.places:
                return self._cut_before(text, tail_start, w.start())
        return end

    def _result(self, start: int, end: int, score: float, evidence: str) -> RecognizerResult:
        return evidence_result(self, ENTITY, start, end, score, evidence, f"organization:{evidence}")


# The two letters of a postcode right after its four digits ("8271 BV", "1234 NV"): no legal form.
_POSTCODE_LETTERS = regex.compile(r"(?<=(?<![\d])\d{4}[ ]?)[A-Z]{2}[ ]+")
# Organisation words a place or a topic follows as the body's own name ("gemeente Dordrecht",
# "provincie Drenthe", "team Jeugd", "afdeling Burgerzaken"), never a person's name (unlike
# "Stichting Anne Frank" or "Bureau Jansen").
_PLACE_AFTER_ORG_WORDS = frozenset({
    "gemeente", "provincie", "waterschap", "hoogheemraadschap", "wetterskip", "politie", "regio",
    "veiligheidsregio", "omgevingsdienst", "gemeenteraad", "provinsje", "gemeentehuis", "stadhuis",
    "team", "wijkteam", "afdeling", "sector", "cluster", "directie"})
# -- where the regexes can match --------------------------------------------------------------
# Roles that are also organisation words ("de toezichthouder" is a body or a person).
_ROLE_WORDS = words_of_class("role")
# " aan de Agorahof", " in Zwolle": a connector of place inside an organisation phrase.
_PLACE_AFTER = regex.compile(r" (?:aan|in|op)(?: (?:de|het|'t))? (?P<place>\p{Lu})")
# Words that join an organisation to the person it deals with: "Taalhuis van Redouane La".
_OF_A_PERSON = frozenset({"van", "voor", "namens", "bij"})
_JOINING_WORDS = _OF_A_PERSON | {"de", "der", "den", "het", "en", "&"}
_POSSESSIVE = regex.compile(r"['’]s?\s")
_NON_SPACE = regex.compile(r"\S+")
# Runs of ASCII letters in the lower-cased text (see ``fold_case``); plain literals, exact in re.
_ASCII_WORD = stdlib_re.compile(r"[a-z]+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_GAZETTEER_TAIL = regex.compile(rf"(?:[ ]+{CAP_WORD}){{0,2}}(?![\p{{L}}\p{{N}}])")
_FIRST_RUN = regex.compile(r"[\p{L}\p{N}]+")
_CAP_WORD = regex.compile(CAP_WORD)
# Where a capitalised word can open a phrase: a capital after no letter or digit.
_CAP_START = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}")


class _Keys:
    """Finds where a gazetteer name or an organisation word can begin, by dictionary lookups.

    A gazetteer name matches case-sensitively after no letter or digit, so its first run of letters
    and digits is a whole run in the text, and in the lower-cased text the run of ASCII letters at
    its start is exactly the one at the start of the name (the key). An organisation word (lower-case
    ASCII, matched caseless) is likewise followed by a space or by no letter or digit, so its first
    run of letters is a whole run of ASCII letters in the lower-cased text. A name whose first run has no ASCII
    letter at its start is found with ``str.find``; names or words of another shape switch the
    lookup off (the regex then searches the whole text).
    """

    def __init__(self, names: Iterable[str], words: Iterable[str]) -> None:
        self.by_key: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        first_runs: dict[str, set[str]] = {}
        unkeyed: set[str] = set()
        self.names_ok = True
        for name in names:
            first = _FIRST_RUN.match(name)
            folded = fold_case(first.group()) if first is not None else None
            if first is None or folded is None:
                self.names_ok = False
                break
            key = _ASCII_WORD.match(folded)
            if key is None:
                unkeyed.add(first.group())
            else:
                first_runs.setdefault(key.group(), set()).add(first.group())
        self.unkeyed = tuple(sorted(unkeyed))
        lowered: dict[str, set[str]] = {}
        # Lower-case ASCII only: a caseless upper-case "I" would also match a dotless "ı".
        self.words_ok = all(w.isascii() and w == w.lower() and "a" <= w[:1] <= "z" for w in words)
        if self.words_ok:
            for word in words:
                lowered.setdefault(_ASCII_WORD.match(word).group(), set()).add(word)
        if not self.names_ok:
            first_runs = {}
        for key in first_runs.keys() | lowered.keys():
            self.by_key[key] = (tuple(first_runs.get(key, ())), tuple(sorted(lowered.get(key, ()))))

    def find(self, text: str) -> tuple[list[int] | None, list[int] | None]:
        """Where a gazetteer name can begin and where an organisation word can; ``None``: anywhere."""
        folded = fold_case(text) if self.names_ok or self.words_ok else None
        if folded is None:
            return None, None
        names: list[int] = []
        words: list[int] = []
        for m in _ASCII_WORD.finditer(folded):
            entry = self.by_key.get(m.group())
            if entry is None:
                continue
            start = m.start()
            first_runs, lowered = entry
            if first_runs and text.startswith(first_runs, start):
                names.append(start)
            for word in lowered:
                end = start + len(word)
                if folded.startswith(word, start) and not (end < len(folded) and "a" <= folded[end] <= "z"):
                    words.append(start)
                    break
        for run in self.unkeyed:
            start = text.find(run)
            while start >= 0:
                names.append(start)
                start = text.find(run, start + 1)
        return (names if self.names_ok else None), (words if self.words_ok else None)


def _phrase_starts(text: str, word_starts: list[int]) -> list[int]:
    """Where a phrase can begin: at an organisation word, or in the capitalised words before it.

    Before the word a phrase has ``(CAP_WORD[ ]+)*``: whole space-separated words, the first of
    which may start inside its word after a character that is no letter or digit. So walk back
    word by word while a word is a ``CAP_WORD`` and take every capital after no letter or digit.
    A walk that reaches a word an earlier walk started from stops there (a long run of capitalised
    words is walked once, not once per organisation word in it).
    """
    starts = list(word_starts)
    walked: set[int] = set()
    for word_start in word_starts:
        end = word_start
        while end not in walked:
            walked.add(end)
            before = end
            while before > 0 and text[before - 1] == " ":
                before -= 1
            if before == end or before == 0:
                break
            begin = max(text.rfind(" ", 0, before), text.rfind("\n", 0, before)) + 1
            starts.extend(m.start() for m in _CAP_START.finditer(text, begin, before))
            if _CAP_WORD.fullmatch(text, begin, before) is None:
                break
            end = begin
    return starts


def _search(pattern: regex.Pattern[str], text: str, starts: list[int] | None) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, tried only at ``starts`` when they are known."""
    return pattern.finditer(text) if starts is None else finditer_at(pattern, text, starts, timeout=None)
