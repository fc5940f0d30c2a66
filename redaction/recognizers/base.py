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
"""

from __future__ import annotations

import logging
from typing import ClassVar

import regex as re
from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

logger = logging.getLogger(__name__)

LANGUAGE = "nl"
# A malicious or pathological text must not hang a batch; Presidio uses the same guard.
REGEX_TIMEOUT_SECONDS = 10
# Space inside an entity: a normal or a non-breaking space (copied from PDFs and Word).
SP = r"[ \u00a0]"

Span = tuple[int, int]


def whole_words(words: tuple[str, ...] | list[str]) -> str:
    """A regex matching any of ``words`` as whole words (escaped, longest first)."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)"


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
        vetoes = self._veto_spans(text)
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
                pattern.compiled_with_flags = flags
                pattern.compiled_regex = re.compile(pattern.regex, flags=flags)
            try:
                for match in pattern.compiled_regex.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
                    result = self._result_for(text, match, pattern, flags, vetoes)
                    if result is not None:
                        results.append(result)
            except TimeoutError:
                logger.warning("pattern %s of %s timed out; skipped", pattern.name, self.name)
        return self.remove_duplicates(results)

    # -- hooks for subclasses -----------------------------------------------------------------

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

    def _veto_spans(self, text: str) -> list[Span]:
        return [m.span() for regex in self._veto_regexes for m in regex.finditer(text)]

    def _result_for(
        self,
        text: str,
        match: re.Match[str],
        pattern: Pattern,
        flags: int,
        vetoes: list[Span],
    ) -> RecognizerResult | None:
        span = self.value_span(text, match)
        if span is None or span[0] == span[1]:
            return None
        start, end = span
        if any(v_start < end and start < v_end for v_start, v_end in vetoes):
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
