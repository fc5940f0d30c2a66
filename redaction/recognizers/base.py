"""Shared base for the Dutch pattern recognizers.

Presidio's ``PatternRecognizer`` is built for English defaults and a wide constructor. Our
recognizers differ from it in three deliberate ways, all implemented here once:

1. **Language and constructor.** ``supported_language`` is always ``"nl"``; a subclass declares
   ``ENTITY``, ``PATTERNS``, ``CONTEXT`` and ``FLAGS`` as class attributes and the constructor only
   lets a caller override patterns, context words and the name.
2. **Validation keeps the pattern's score.** Presidio raises a validated match to 1.0. We keep the
   score the pattern declares, so "a valid 11-proef alone" can mean 0.6 while "valid and the word
   BSN in front of it" means 1.0. A validation of ``False`` drops the match outright (Presidio would
   keep it at score 0 and filter it later; the effect is the same, the intent is clearer).
3. **Context is read from the raw text by the recognizer itself.** Presidio's context enhancer
   matches lemmas, only ever *raises* a score, and needs a pipeline with lemmas. Several Dutch
   entities must *not* be returned without a cue (an 8-digit BSN, a kenteken written without
   hyphens), which the enhancer cannot express. So each recognizer looks for its cue words in a
   small window on the same line, sets the score to ``CONTEXT_SCORE`` when it finds one and marks
   the result as context-enhanced, so the engine's enhancer does not boost it a second time. The
   ``CONTEXT`` words are also handed to Presidio (``self.context``), so the enhancer can still help
   a result whose cue lies outside our window.

A match can also be vetoed by ``VETO_PATTERNS``: spans of other kinds of numbers (dates, IBANs,
amounts) inside which a candidate must not be found.

Speed: a pattern that starts with a lookbehind or an optional group is tried at every character of
the text. A subclass may name, per pattern, the few positions where a match can begin
(``candidate_starts``, found with cheap literal scans); the pattern is then tried only there, with
``finditer_at``, which returns exactly what a full ``finditer`` would.
"""

from __future__ import annotations

import logging
import time
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate
from typing import ClassVar

import regex as re
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

logger = logging.getLogger(__name__)

LANGUAGE = "nl"
# A malicious or pathological text must not hang a batch; Presidio uses the same guard.
REGEX_TIMEOUT_SECONDS = 10
# Space inside an entity: a normal or a non-breaking space (copied from PDFs and Word).
SP = r"[ \u00a0]"
# A line break where text from a PDF wrapped a line, with the next line's indent or quote marks.
LINE_WRAP = r"\r?\n[ \t>]*"

Span = tuple[int, int]


# Characters that a caseless ``regex`` lower-case ASCII letter matches but ``str.lower`` does not turn
# into that letter: U+0130 ("İbrahim", lower-cased to two characters) and the long s. The Kelvin sign
# lower-cases to "k" by itself. (A caseless upper-case "I" also matches the dotless "ı", which stays
# "ı": so only lower-case literals qualify.) Checked over all of Unicode in test_organization.py.
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u017f": "s"})


def fold_case(text: str) -> str | None:
    """``text`` lower-cased at the same offsets, for cheap prefilters of caseless patterns.

    Wherever a caseless ``regex`` literal in lower-case ASCII (letters, digits, punctuation)
    matches at ``[i, j)``, ``fold_case(text)[i:j]`` is that literal, and a character that is no
    letter never becomes an ASCII letter. ``None`` if lower-casing would shift offsets (no character does
    after the translation above; the check guards a future Unicode version).
    """
    if "\u0130" in text or "\u017f" in text:
        text = text.translate(_FOLD_TO_ASCII)
    folded = text.lower()
    return folded if len(folded) == len(text) else None


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], timeout: float | None = REGEX_TIMEOUT_SECONDS
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, trying the pattern only at the positions ``starts``.

    Exact when ``starts`` holds every position where a match can begin (more positions are
    harmless) and the pattern cannot match the empty string: ``finditer`` takes the leftmost match
    at or after the end of the previous one, and ``match`` at a position reads the whole text, so
    lookbehinds and lookaheads see what they see in ``finditer``. ``timeout`` bounds all attempts
    together, as it bounds one ``finditer`` (``None``: no bound).
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    end = 0
    for start in sorted(set(starts)):
        if start < end:
            continue
        remaining = None if deadline is None else deadline - time.monotonic()
        if remaining is not None and remaining <= 0:
            raise TimeoutError("regex timed out")
        # (a pattern of the standard library's re takes no timeout: pass it only when bounded)
        match = pattern.match(text, start) if remaining is None else pattern.match(text, start, timeout=remaining)
        if match is not None:
            yield match
            end = max(match.end(), start + 1)


def whole_words(words: tuple[str, ...] | list[str]) -> str:
    """A regex matching any of ``words`` as whole words (escaped, longest first)."""
    # sorted first: the same pattern in every process, for the cache of compiled patterns
    ordered = sorted(sorted({w.lower() for w in words}), key=len, reverse=True)
    return r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)"


class SpanReach:
    """A fixed set of spans, asked whether any overlaps a range: one look-up in a running maximum of
    the ends of the spans by start. A scan of every span per question is quadratic in a long text."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """``any(s < end and start < e for s, e in spans)``: of the spans starting before ``end``,
        the one reaching furthest ends after ``start``."""
        index = bisect_left(self._starts, end)
        return index > 0 and self._reach[index - 1] > start


def evidence_result(
    recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float, evidence: str,
    source: str | None = None,
) -> RecognizerResult:
    """A result found by a rule of our own (not a pattern match): the rule's name is its evidence.

    ``source`` ("person:title") goes into the metadata; the engine shows it as the decision's
    source, and falls back to the recognizer's name without it.
    """
    metadata: dict[str, object] = {
        RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
    }
    if source is not None:
        metadata["source"] = source
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, textual_explanation=evidence
        ),
        recognition_metadata=metadata,
    )


class DutchPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` for Dutch text with recognizer-side context handling.

    Subclasses set:

    - ``ENTITY``: the entity type returned.
    - ``PATTERNS``: Presidio ``Pattern`` objects. A pattern with a named group ``value`` returns
      only that group as the span (so a cue can be part of the regex but not of the result).
    - ``CONTEXT``: cue words, for our window check and for Presidio's enhancer.
    - ``CONTEXT_REGEX``: optional regex for the window check when the plain word list is too
      narrow (compounds like "telefoonnummer") or too wide ("bel" inside "belasting").
    - ``CONTEXT_REQUIRED``: names of patterns whose matches are dropped when no cue is found.
    - ``CONTEXT_SCORE``: the score of a match with a cue (never lowered by it).
    - ``CONTEXT_BEFORE`` / ``CONTEXT_AFTER``: window sizes in characters, cut at line ends.
    - ``VETO_PATTERNS``: regexes whose matches a candidate may not overlap.
    - ``FLAGS``: regex flags for all patterns. Not Presidio's IGNORECASE|MULTILINE|DOTALL by
      default: case matters for postcodes, plates and street names, so each module decides.

    And may override ``candidate_starts`` to have patterns tried only where a match can begin.
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    CONTEXT_REGEX: ClassVar[str | None] = None
    CONTEXT_REQUIRED: ClassVar[frozenset[str]] = frozenset()
    CONTEXT_SCORE: ClassVar[float] = 1.0
    CONTEXT_BEFORE: ClassVar[int] = 40
    CONTEXT_AFTER: ClassVar[int] = 0
    VETO_PATTERNS: ClassVar[tuple[str, ...]] = ()
    FLAGS: ClassVar[int] = re.IGNORECASE | re.MULTILINE

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        name: str | None = None,
    ) -> None:
        if not self.ENTITY:
            raise TypeError(f"{type(self).__name__} must set ENTITY")
        # Fresh Pattern objects per instance: Presidio caches the compiled regex on the Pattern.
        own_patterns = patterns or [Pattern(p.name, p.regex, p.score) for p in self.PATTERNS]
        words = list(context) if context is not None else list(self.CONTEXT)
        super().__init__(
            supported_entity=self.ENTITY,
            name=name,
            supported_language=LANGUAGE,
            patterns=own_patterns,
            context=words,
            global_regex_flags=self.FLAGS,
        )
        if context is None and self.CONTEXT_REGEX:
            cue = self.CONTEXT_REGEX
        else:
            cue = whole_words(words) if words else None
        self._context_regex = re.compile(cue, re.IGNORECASE) if cue else None
        self._veto_regexes = [re.compile(v, self.FLAGS) for v in self.VETO_PATTERNS]
        # Compiled now with the flags analyze uses, not at the first text: part of the engine's load,
        # where the command's cache of compiled patterns (redaction/regex_cache.py) may keep them.
        for pattern in own_patterns:
            pattern.compiled_with_flags = self.global_regex_flags
            pattern.compiled_regex = re.compile(pattern.regex, flags=self.global_regex_flags)
        # candidate_starts knows the class's own patterns only: not one a caller passed in.
        own = {(p.name, p.regex) for p in self.PATTERNS}
        self._prefiltered = frozenset(p.name for p in own_patterns if (p.name, p.regex) in own)

    # -- Presidio entry point -----------------------------------------------------------------

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find every pattern match, validate it, apply the context rules and vetoes."""
        if entities and self.ENTITY not in entities:
            return []
        flags = regex_flags or self.global_regex_flags
        vetoes: SpanReach | None = None  # computed at the first match: most texts have none
        # Candidate positions hold for the patterns as compiled with the class's own flags.
        candidates = self.candidate_starts(text) if self._prefiltered and flags == self.FLAGS else None
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
                pattern.compiled_with_flags = flags
                pattern.compiled_regex = re.compile(pattern.regex, flags=flags)
            starts = None
            if candidates is not None and pattern.name in self._prefiltered:
                starts = candidates.get(pattern.name)
            try:
                if starts is None:
                    matches = pattern.compiled_regex.finditer(text, timeout=REGEX_TIMEOUT_SECONDS)
                else:
                    matches = finditer_at(pattern.compiled_regex, text, starts)
                for match in matches:
                    if vetoes is None:
                        vetoes = self._veto_spans(text)
                    result = self._result_for(text, match, pattern, flags, vetoes)
                    if result is not None:
                        results.append(result)
            except TimeoutError:
                logger.warning("pattern %s of %s timed out; skipped", pattern.name, self.name)
        return self.remove_duplicates(results)

    # -- hooks for subclasses -----------------------------------------------------------------

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """Per pattern name, every position in ``text`` where a match of that pattern can begin.

        A pattern left out (or ``None`` for all) is searched through the whole text. The positions
        may include ones where nothing matches, but must not miss one where something does: the
        results have to stay what a full ``finditer`` gives. (A position may only be left out if a
        match there would be dropped anyway and could not overlap a kept one.) An empty list skips
        the pattern.
        """
        return None

    def value_span(self, text: str, match: re.Match[str]) -> Span | None:
        """The span a match stands for: the ``value`` group if the pattern has one."""
        if "value" in match.re.groupindex:
            if match.group("value") is None:
                return None
            return match.span("value")
        return match.span()

    def find_context(self, text: str, start: int, end: int) -> str | None:
        """The cue word near ``text[start:end]`` on the same line, or ``None``.

        Before the match the nearest cue counts; after it the first. Searching the full text with
        ``pos``/``endpos`` (not a slice) keeps word boundaries right at the window's edges, so the
        tail of "zaaknummer" is never read as "nummer".
        """
        if self._context_regex is None:
            return None
        line_start = text.rfind("\n", 0, start) + 1
        lo = max(line_start, start - self.CONTEXT_BEFORE)
        cues_before = list(self._context_regex.finditer(text, pos=lo, endpos=start))
        if cues_before:
            return cues_before[-1].group(0)
        if self.CONTEXT_AFTER:
            line_end = text.find("\n", end)
            hi = min(len(text) if line_end == -1 else line_end, end + self.CONTEXT_AFTER)
            after = self._context_regex.search(text, pos=end, endpos=hi)
            if after is not None:
                return after.group(0)
        return None

    # -- internals ----------------------------------------------------------------------------

    def _veto_spans(self, text: str) -> SpanReach:
        return SpanReach([m.span() for regex in self._veto_regexes for m in regex.finditer(text)])

    def _result_for(
        self,
        text: str,
        match: re.Match[str],
        pattern: Pattern,
        flags: int,
        vetoes: SpanReach,
    ) -> RecognizerResult | None:
        span = self.value_span(text, match)
        if span is None or span[0] == span[1]:
            return None
        start, end = span
        if vetoes.overlaps(start, end):
            return None
        value = text[start:end]
        validation = self.validate_result(value)
        if validation is False or self.invalidate_result(value):
            return None
        cue = self.find_context(text, start, end)
        if cue is None and pattern.name in self.CONTEXT_REQUIRED:
            return None
        score = max(pattern.score, self.CONTEXT_SCORE) if cue is not None else pattern.score
        explanation: AnalysisExplanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, pattern.score, validation, flags
        )
        if cue is not None:
            explanation.set_supportive_context_word(cue)
            explanation.set_improved_score(score)
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                # Our window check already used the context: the engine must not add to it.
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: cue is not None,
            },
        )


class SpanRuleRecognizer(EntityRecognizer):
    """A recognizer of one named rule that finds spans by code rather than by one pattern.

    A subclass sets ``ENTITY``, ``RULE`` (the evidence named in the result, "table_cell"),
    ``SOURCE`` ("address:table_cell") and ``SCORE``, and yields ``(start, end)`` from ``spans``.
    """

    ENTITY: ClassVar[str] = ""
    RULE: ClassVar[str] = ""
    SOURCE: ClassVar[str] = ""
    SCORE: ClassVar[float] = 0.8
    CONTEXT_WORDS: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="nl",
                         context=list(self.CONTEXT_WORDS))

    def load(self) -> None:
        return None

    def spans(self, text: str) -> Iterable[tuple[int, int]]:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        return [evidence_result(self, self.ENTITY, start, end, self.SCORE, self.RULE, self.SOURCE)
                for start, end in self.spans(text)]
