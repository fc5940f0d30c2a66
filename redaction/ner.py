"""The statistical name model, run only where the rules leave a capitalised word unexplained.

Running the spaCy model over every line costs most of the engine's time, while most lines hold
no capitalised word that rules and lists did not already settle (a sentence-initial ordinary
word, a known name, an organisation, an address). A line is sent to the model when it holds a
capitalised word that is none of these: an unknown name, an unknown place or organisation. The
model's spans come back with offsets into the full text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import regex
from spacy.language import Language

from redaction.lexicons import Lexicons, name_key
from redaction.ner_types import NerSpan, ner_span
from redaction.nlp import model_threads
from redaction.recognizers.address import is_street_word
from redaction.recognizers.person import _LOWER_TAIL, _TITLE_KEYS, DOTTED_ABBREVIATIONS, NOT_A_NAME, _bare

CONTEXT_LINES = 1
# At most this much of the neighbouring lines: enough words around a name for the model to judge.
CONTEXT_CHARS = 80
_CAMEL_CASE = regex.compile(r"\p{Ll}{2}\p{Lu}")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}@._/-])\p{Lu}[\p{L}\p{M}'’-]*")
# A lower-case word of three letters or more, not part of an address, number or path.
_LOWER_CASE = regex.compile(r"(?<![\p{L}\p{N}@._/-])\p{Ll}[\p{L}\p{M}'’-]{2,}+(?![\p{N}@/])")
# Form and header words that some lexicon also lists as a name ("Tel" is a surname, "Sunday" a
# given name) but that in a letter label a field: no line needs the model for them. A real name
# elsewhere on the same line still sends the line to the model.
_FIELD_WORDS = frozenset(
    {"tel", "telefoon", "mobiel", "fax", "email", "mvg", "bsn", "iban", "cc", "bcc", "re", "fw", "fwd",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


# The dotted abbreviations written without dots ("ivm", "tav", "evt"), link schemes, and the English
# words and platform names Dutch mail uses that the Dutch word list does not hold: no names.
_LOWER_CASE_NON_NAMES = frozenset(
    {a.replace(".", "") for a in DOTTED_ABBREVIATIONS}
    | {"evt", "mailto", "https", "http", "www", "social", "call", "follow", "fyi", "thanks", "please", "hello",
       "regards", "cheers", "asap", "sharepoint", "linkedin", "instagram", "twitter", "youtube", "google"}
)  # fmt: skip


_MAX_JUDGED = 200_000


class SelectiveNer:
    def __init__(self, nlp: Language, lexicons: Lexicons, score: float = 0.85) -> None:
        self.nlp = nlp
        self.lexicons = lexicons
        self.score = score
        # Every line's words are judged; the same words recur in every letter. Bounded by the
        # vocabulary of the texts seen, and never holding text, only words and a yes/no.
        self._judged: dict[tuple[bool, str], bool] = {}
        names = nlp.pipe_names
        self._not_needed = names[names.index("ner") + 1 :] if "ner" in names else []

    def needs_model(self, word: str) -> bool:
        """Whether a capitalised word is left unexplained by lists and rules."""
        if len(word) < 2 or (word.isupper() and len(word) <= 5):
            return False  # initials and acronyms (COA, IND, VWD) are no person names
        if _CAMEL_CASE.search(word) or _LOWER_TAIL.search(word):
            return False  # "SamenWerkplein", "Woo-verzoek", "Wmo-consulent": no person's name
        lex = self.lexicons
        key = name_key(_bare(word))
        if key in _FIELD_WORDS:
            return False
        if key in lex.first_names or key in lex.surname_cores or key in lex.surnames:
            return True  # a known name the rules did not take: the model gets a second look (recall first)
        return not (
            key in NOT_A_NAME
            or key in _TITLE_KEYS
            or key in lex.dutch_words
            or key in lex.organisation_words
            or key in lex.common_words
            or key in lex.places
            or is_street_word(word)
        )

    def lower_case_needs_model(self, word: str) -> bool:
        """Whether a lower-case word may be a name typed in lower case ("gebeld met shin musavi").

        Ordinary Dutch words (the word list holds inflected forms too), titles, particles and
        place, street and organisation words are explained; what is left is a typo, a foreign
        word or a name, and the model tells these apart.
        """
        word = word.strip("-'’")
        key = name_key(_bare(word))
        if len(key) < 3 or key in _FIELD_WORDS or key in _LOWER_CASE_NON_NAMES or key in NOT_A_NAME:
            return False
        lex = self.lexicons
        if key in _TITLE_KEYS or lex.is_particle(key) or key in lex.common_words:
            return False
        if key in lex.dutch_words or key in lex.organisation_words or key in lex.places or is_street_word(word):
            return False
        if key in lex.first_names or key in lex.surnames or key in lex.surname_cores:
            return True  # a known name that is no word ("boersma", "hoogland"): never explained away
        if "-" in key:
            return not all(part in lex.dutch_words or len(part) <= 2 for part in key.split("-") if part)
        return not lex.is_compound(key)

    def segments(self, text: str, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Lines holding a word no detection covers and no list explains, each with the line before
        and after it: the model needs the words around a name to judge it. The word is a
        capitalised one, or a lower-case one that is no Dutch word (names typed in lower case)."""
        spans = sorted(covered)
        lines = _lines(text)
        wanted = [index for index, (start, end) in enumerate(lines)
                  if self._line_needs_model(text[start:end], start, spans)]
        return windows(text, wanted, lines)

    def _line_needs_model(self, line: str, line_start: int, spans: Sequence[tuple[int, int]]) -> bool:

        judged = self._judged
        if len(judged) > _MAX_JUDGED:
            judged.clear()
        for capitalised, pattern in ((True, _CAPITALISED), (False, _LOWER_CASE)):
            for match in pattern.finditer(line):
                word = match.group()
                verdict = judged.get((capitalised, word))
                if verdict is None:
                    verdict = self.needs_model(word) if capitalised else self.lower_case_needs_model(word)
                    judged[(capitalised, word)] = verdict
                if verdict and not _inside(spans, line_start + match.start(), line_start + match.end()):
                    return True
        return False

    def spans(self, text: str, segments: Iterable[tuple[int, int]]) -> list[NerSpan]:
        return self.spans_many([text], [list(segments)])[0]

    def spans_many(self, texts: Sequence[str], segments: Sequence[Sequence[tuple[int, int]]]) -> list[list[NerSpan]]:
        """The model's entities for the segments of several texts, in one batched pass."""
        jobs = [(index, start, end) for index, segs in enumerate(segments) for start, end in segs]
        result: list[list[NerSpan]] = [[] for _ in texts]
        # Only the entities are read here: components after the NER (the lower-case lemmas
        # Presidio's context words need) are skipped.
        docs = self.nlp.pipe((texts[i][s:e] for i, s, e in jobs), batch_size=128, disable=self._not_needed)
        with model_threads():  # the pipe is lazy: the model runs inside this loop
            for (index, offset, _), doc in zip(jobs, docs, strict=True):
                result[index].extend(ner_span(ent, offset, self.score) for ent in doc.ents)
        return result


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``."""
    lines: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        lines.append((line_start, line_start + len(line)))
        line_start += len(line) + 1
    return lines


def windows(text: str, wanted: Sequence[int], lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The lines of ``text`` numbered in ``wanted`` (ascending), each with some context of the line
    before and after it (at most ``CONTEXT_CHARS``, cut at a word boundary), merged where they touch:
    what the model reads of a text. ``lines``: ``_lines(text)`` where the caller has it already."""
    if lines is None:
        lines = _lines(text)
    out: list[tuple[int, int]] = []
    for index in wanted:
        line_start, line_end = lines[index]
        start = max(lines[max(0, index - CONTEXT_LINES)][0], line_start - CONTEXT_CHARS)
        end = min(lines[min(len(lines) - 1, index + CONTEXT_LINES)][1], line_end + CONTEXT_CHARS)
        # Cut the borrowed context at a word boundary, never inside a word.
        if start < line_start:
            space = text.find(" ", start, line_start)
            start = space + 1 if space != -1 else line_start
        if end > line_end:
            space = text.rfind(" ", line_end, end)
            end = space if space != -1 else line_end
        if out and start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    # Detections are short and sorted: only the few that start just before the word can hold it.
    index = bisect.bisect_right(spans, (start, float("inf")))
    return any(s <= start and end <= e for s, e in spans[max(0, index - 8) : index])
