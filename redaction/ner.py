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
from redaction.recognizers.address import is_street_word
from redaction.recognizers.person import _TITLE_KEYS, NOT_A_NAME, _bare

CONTEXT_LINES = 1
# At most this much of the neighbouring lines: enough words around a name for the model to judge.
CONTEXT_CHARS = 80
_CAMEL_CASE = regex.compile(r"\p{Ll}{2}\p{Lu}")
_LOWER_TAIL = regex.compile(r"-\p{Ll}[\p{L}]*$")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}@._/-])\p{Lu}[\p{L}\p{M}'’-]*")
# Form and header words that some lexicon also lists as a name ("Tel" is a surname, "Sunday" a
# given name) but that in a letter label a field: no line needs the model for them. A real name
# elsewhere on the same line still sends the line to the model.
_FIELD_WORDS = frozenset(
    {"tel", "telefoon", "mobiel", "fax", "email", "mvg", "bsn", "iban", "cc", "bcc", "re", "fw", "fwd",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


class SelectiveNer:
    def __init__(self, nlp: Language, lexicons: Lexicons, score: float = 0.85) -> None:
        self.nlp = nlp
        self.lexicons = lexicons
        self.score = score

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

    def segments(self, text: str, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Lines holding a capitalised word no detection covers and no list explains, each with the
        line before and after it: the model needs the words around a name to judge it."""
        spans = sorted(covered)
        lines: list[tuple[int, int]] = []
        wanted: list[int] = []
        line_start = 0
        for index, line in enumerate(text.split("\n")):
            line_end = line_start + len(line)
            lines.append((line_start, line_end))
            for match in _CAPITALISED.finditer(line):
                start = line_start + match.start()
                if self.needs_model(match.group()) and not _inside(spans, start, line_start + match.end()):
                    wanted.append(index)
                    break
            line_start = line_end + 1
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

    def spans(self, text: str, segments: Iterable[tuple[int, int]]) -> list[NerSpan]:
        return self.spans_many([text], [list(segments)])[0]

    def spans_many(self, texts: Sequence[str], segments: Sequence[Sequence[tuple[int, int]]]) -> list[list[NerSpan]]:
        """The model's entities for the segments of several texts, in one batched pass."""
        jobs = [(index, start, end) for index, segs in enumerate(segments) for start, end in segs]
        result: list[list[NerSpan]] = [[] for _ in texts]
        docs = self.nlp.pipe((texts[i][s:e] for i, s, e in jobs), batch_size=128)
        for (index, offset, _), doc in zip(jobs, docs, strict=True):
            result[index].extend(ner_span(ent, offset, self.score) for ent in doc.ents)
        return result


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    # Detections are short and sorted: only the few that start just before the word can hold it.
    index = bisect.bisect_right(spans, (start, float("inf")))
    return any(s <= start and end <= e for s, e in spans[max(0, index - 8) : index])
