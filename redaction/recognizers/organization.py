"""ORGANIZATION: names of organisations, found so the policy can keep them readable.

Organisations are not personal data, but they matter to redaction twice: the reviewer sees them
kept with a reason, and a person-like word inside an organisation's name ("Stichting Anne Frank")
is not a person. Evidence: the shipped gazetteer (``source`` ``organization:gazetteer``), a
capitalised phrase around an organisation word such as Gemeente, Stichting, Dienst, Raad
(``organization:pattern``), and the NER model (``organization:ner``).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.lexicons import Lexicons, load_lexicons, name_key
from redaction.ner_types import NerSpan
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
        names = sorted((regex.escape(n) for n in self.lexicons.organisations), key=len, reverse=True)
        tail = rf"(?:[ ]+{CAP_WORD}){{0,2}}"
        self._gazetteer = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(names)}){tail}(?![\p{{L}}\p{{N}}])"
        ) if names else None
        words = sorted((regex.escape(w) for w in self.lexicons.organisation_words), key=len, reverse=True)
        self._phrase = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{CAP_WORD}[ ]+)*"
            rf"(?i:{'|'.join(words)})"
            rf"(?:[ ]+(?:{CONNECTORS}[ ]+)*{CAP_WORD})+"
            # "Albert Schweitzer Ziekenhuis": a trailing organisation word only when capitalised;
            # "dat Ahmed school verzuimt" is a boy missing school, not an organisation.
            rf"|(?<![\p{{L}}\p{{N}}])(?:{CAP_WORD}[ ]+)+(?=\p{{Lu}})(?i:{'|'.join(words)})(?![\p{{L}}\p{{N}}])"
        ) if words else None

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
        if self._gazetteer is not None:
            for m in self._gazetteer.finditer(text):
                end = self._trim_person_tail(text, m.start(), m.end())
                yield self._result(m.start(), end, 0.9, "gazetteer")
        if self._phrase is not None:
            for m in self._phrase.finditer(text):
                if regex.search(r"['’]s?\s", m.group()):
                    continue  # "Ali's team" is a person's team, not an organisation's name
                start = self._trim_leading(text, m.start(), m.end())
                if start < m.end() and " " in text[start : m.end()]:
                    yield self._result(start, m.end(), 0.8, "pattern")

    @staticmethod
    def _trim_leading(text: str, start: int, end: int) -> int:
        """Drop sentence words before the organisation ("Namens Stichting X" -> "Stichting X")."""
        for m in regex.finditer(r"\S+", text[start:end]):
            if name_key(m.group()) not in NON_NAME_WORDS:
                return start + m.start()
        return end

    def _trim_person_tail(self, text: str, start: int, end: int) -> int:
        """'COA Jan Jansen' must not swallow the person after the organisation."""
        words = list(regex.finditer(r"\S+", text[start:end]))
        for w in words[1:]:
            if self.lexicons.is_first_name(w.group()) and not self.lexicons.is_common(w.group()):
                return start + w.start() - 1
        return end

    def _result(self, start: int, end: int, score: float, evidence: str) -> RecognizerResult:
        return RecognizerResult(
            entity_type=ENTITY,
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(
                recognizer=self.name, original_score=score, textual_explanation=evidence
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "source": f"organization:{evidence}",
            },
        )
