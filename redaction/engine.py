"""The redaction engine: detect with Presidio, decide with the policy, find every mention.

    >>> redactor = Redactor()
    >>> decisions = redactor.analyze(text)        # one Decision per span, redact and keep
    >>> published = redactor.redact(text).text    # marks + Noot

Building a `Redactor` loads the pipeline and lexicons once (about a second); reuse it.
"""

from __future__ import annotations

import logging
import os
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar

import regex
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.language import Language

from redaction import mojibake, ocr_digits, ocr_letters
from redaction.decisions import Decision
from redaction.entities import ENTITY_REGISTRY
from redaction.errors import AnalysisError
from redaction.lexicons import Lexicons, load_lexicons
from redaction.mentions import MentionFinder
from redaction.ner import SelectiveNer
from redaction.ner import windows as ner_windows
from redaction.nlp import LANGUAGE, DutchNlpEngine, load_dutch_pipeline
from redaction.parallel import WorkerDied, ordered_map, worker_count
from redaction.person import RULE as PERSON_SCORER_RULE
from redaction.person import Candidate, PersonScorer, load_person_scorer
from redaction.policy import Detection, Policy, PolicyDecider, load_policy
from redaction.recognizers.base import SpanReach
from redaction.recognizers.organization import DutchOrganizationRecognizer
from redaction.recognizers.person import DutchPersonRecognizer, GluedParties, glued_parties
from redaction.recognizers.registry import all_recognizers
from redaction.render import render
from redaction.render.text import noot_lines

logger = logging.getLogger(__name__)

NER_MODES = ("selective", "full", "off")
# Documents per unit of work in analyze_many: large enough for the model to batch, small enough
# to keep both cores busy to the end.
BATCH_GROUP = 32
# Recall first: a weak detection goes to the reviewer rather than being dropped.
SCORE_THRESHOLD = 0.35
# spaCy works per chunk; chunks end at blank lines so a signature stays with its sign-off.
CHUNK_CHARS = 50_000
# Context read again around an OCR repair (see ``repair_windows``): more than a long letter's body.
REPAIR_CONTEXT_CHARS = 2_000
# When two detections overlap and one contains the other, the more specific one wins: each
# entity's priority is declared with it in redaction/entities.py (a live view of that table).
PRIORITY: dict[str, int] = ENTITY_REGISTRY.priority
# A person found by structure or title (score >= this) is not swallowed by an organisation.
STRONG_PERSON = 0.9
# The source of an organisation that only the name model found.
MODEL_ORGANIZATION = "organization:ner"
# The words between a person and the organisation they work for or the street they live in: "Jan
# Jansen van (de) Politie", "mevrouw X van de Lange Groenendaal 41".
_LINK_TO_WORKPLACE_OR_HOME = regex.compile(r"[ \t]+(?P<particles>van(?:[ \t]+(?:de|het|den|der))?)[ \t]+$")


@dataclass(frozen=True)
class RedactionResult:
    text: str
    decisions: list[Decision]

    @property
    def noot(self) -> list[str]:
        return noot_lines(self.decisions)


class Redactor:
    """Dutch Woo redaction: ``analyze`` returns decisions, ``redact`` the publishable text."""

    def __init__(
        self,
        policy: Policy | str | Path | None = None,
        nlp: Language | None = None,
        lexicons: Lexicons | None = None,
        ner: str = "selective",
        person_scorer: PersonScorer | bool | None = True,
    ) -> None:
        """``ner``: "selective" runs the name model on lines the rules leave unexplained (default),
        "full" on all text (slower; for comparison), "off" not at all (rules and lists only).
        ``person_scorer``: True loads the shipped scorer that decides on every person candidate;
        False withholds every candidate (the scorer's training reads candidates so)."""
        if ner not in NER_MODES:
            raise ValueError(f"ner must be one of {', '.join(NER_MODES)}")
        self.ner_mode = ner
        # Presidio's own e-mail recognizer would fetch the public suffix list; we never load it,
        # and this makes sure tldextract stays offline if anything imports it.
        os.environ.setdefault("TLDEXTRACT_CACHE", str(Path.home() / ".cache" / "woo-tldextract"))
        self.policy = policy if isinstance(policy, Policy) else load_policy(policy)
        self.lexicons = lexicons or load_lexicons()
        self.nlp = nlp if nlp is not None else load_dutch_pipeline(strings=False)
        registry = _OrderedRegistry(supported_languages=[LANGUAGE])
        recognizers = all_recognizers(self.lexicons)
        for recognizer in recognizers:
            registry.add_recognizer(recognizer)
        self.nlp_engine = DutchNlpEngine(self.nlp)
        self.analyzer = _RawContextAnalyzer(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=[LANGUAGE],
            context_aware_enhancer=RawTextContext(),
        )
        self._person = _first(recognizers, DutchPersonRecognizer)
        self._organization = _first(recognizers, DutchOrganizationRecognizer)
        self.ner = SelectiveNer(self.nlp, self.lexicons) if "ner" in self.nlp.pipe_names and ner != "off" else None
        self.decider = PolicyDecider(self.policy, self.lexicons)
        self.mentions = MentionFinder(self.lexicons)
        if person_scorer is True:
            person_scorer = load_person_scorer(self.lexicons)
        self.person_scorer: PersonScorer | None = person_scorer or None

    def detect(self, text: str) -> list[Detection]:
        """Raw detections of every recognizer, overlaps resolved, before any policy decision."""
        return self.detect_batch([text])[0]

    def detect_batch(self, texts: Sequence[str]) -> list[list[Detection]]:
        """`detect` for several documents: the name model reads all their open lines in one pass,
        which is cheaper than a pass per document."""
        # Rules and lists run on the raw text; the model only where they leave a question. Each
        # chunk's results become detections at once: Presidio's result objects (with their
        # explanations) for a whole long document held until the model had read it took 200 MB
        # for 3 MB of text.
        pieces: list[tuple[int, str, list[Detection], list[tuple[int, int]]]] = []  # (offset, chunk, found, open)
        # Each chunk's glued parties, found by the person recognizer's chains and needed again for
        # the model's spans: kept here, as its cache of the last few texts has lost all but the last
        # chunks of a long document by then.
        glued: list[GluedParties] = []
        glued_fixed: list[GluedParties] = []  # the same for each repaired copy
        owners: list[int] = []  # the document of each piece
        # Chunks with words OCR damaged ("Fat1ma"): their repaired copy, read for names on those words.
        repaired: list[tuple[int, str, list[Detection], list[tuple[int, int]], list[tuple[int, int]]]] = []
        for index, text in enumerate(texts):
            for offset, chunk in chunks(text):
                results = self.analyzer.analyze(
                    chunk,
                    language=LANGUAGE,
                    entities=list(ENTITY_REGISTRY.detected()),
                    score_threshold=SCORE_THRESHOLD,
                    nlp_artifacts=self._rules_only_artifacts(),
                )
                glued.append(glued_parties(chunk))
                results.extend(self._ocr_digit_results(chunk, results))
                segments = [] if self.ner is None else (
                    [(0, len(chunk))] if self.ner_mode == "full"
                    else self.ner.segments(chunk, [(r.start, r.end) for r in results]))
                found = [_to_detection(r, offset) for r in results if r.score >= SCORE_THRESHOLD]
                pieces.append((offset, chunk, found, segments))
                owners.append(index)
                words = ocr_letters.repaired_words(chunk, self.lexicons.is_name)
                if words:
                    fixed = ocr_letters.repair(chunk, words)
                    found.extend(_to_detection(r, offset) for r in self._ocr_name_results(fixed, words))
                    lines = sorted({chunk.count("\n", 0, start) for start, _ in words})
                    repaired.append((offset, fixed, found, ner_windows(fixed, lines), words))
                    glued_fixed.append(glued_parties(fixed))
        if self.ner is not None:
            all_spans = self.ner.spans_many([chunk for _, chunk, _, _ in pieces], [seg for *_, seg in pieces])
            for (offset, chunk, found, _), spans, parties in zip(pieces, all_spans, glued, strict=True):
                model = [*self._person.ner_results(chunk, spans, parties), *self._organization.ner_results(spans)]
                found.extend(_to_detection(r, offset) for r in model if r.score >= SCORE_THRESHOLD)
            if repaired:
                fixed_spans = self.ner.spans_many([fixed for _, fixed, *_ in repaired],
                                                  [lines for *_, lines, _ in repaired])
                for (offset, fixed, found, _, words), spans, parties in zip(repaired, fixed_spans, glued_fixed,
                                                                            strict=True):
                    found.extend(_to_detection(r, offset) for r in self._person.ner_results(fixed, spans, parties)
                                 if r.score >= SCORE_THRESHOLD and _on_any(r.start, r.end, words))
        detections: list[list[Detection]] = [[] for _ in texts]
        for index, (_, _, found, _) in zip(owners, pieces, strict=True):
            detections[index].extend(found)
        return [resolve_overlaps(self._names_before_organisations_and_addresses(text, found))
                for text, found in zip(texts, detections, strict=True)]

    def _names_before_organisations_and_addresses(self, text: str, detections: list[Detection]) -> list[Detection]:
        """A person's name that runs on over "van" into an organisation the lists or patterns
        found ends before the "van": in "Kian Simanjuntak van Politie" or "mevrouw Reid van OLVG"
        the organisation is where the person works, and it stays readable. So does a name that runs
        on into an address ("mevrouw Nguyen van de Lange Groenendaal 41": where she lives).

        Not when "van" and the organisation's first word form a surname, or that word is one
        ("Pieter van Lanschot", "Sulaiman van Vroom"): then the name goes on (recall first). An
        address's street before its number is no surname, whatever the lists say.
        """
        run_into = [d for d in detections if (d.entity == "ORGANIZATION" and d.source != MODEL_ORGANIZATION)
                or d.entity == "ADDRESS"]
        if not run_into:
            return detections
        # Organisations and addresses by start, so each person looks only at those starting inside
        # it (a scan of every organisation per person made a long document quadratic); ties keep
        # list order.
        by_start = sorted(range(len(run_into)), key=lambda i: run_into[i].start)
        starts = [run_into[i].start for i in by_start]
        out = []
        for det in detections:
            if det.entity == "PERSON":
                inside = by_start[bisect_right(starts, det.start) : bisect_left(starts, det.end)]
                for other in (run_into[i] for i in sorted(inside)):
                    if not det.start < other.start < det.end <= other.end:
                        continue
                    link = _LINK_TO_WORKPLACE_OR_HOME.search(text, det.start, other.start)
                    if link is None or link.start() <= det.start:
                        continue
                    first_word = text[other.start:other.end].split(maxsplit=1)[0]
                    if other.entity == "ORGANIZATION" and (
                            self.lexicons.is_surname(first_word)
                            or self.lexicons.is_surname(f"{link.group('particles')} {first_word}")):
                        continue
                    det = Detection(det.start, link.start(), det.entity, det.score, det.source)
                    break
            out.append(det)
        return out

    def _ocr_name_results(self, fixed: str, words: list[tuple[int, int]]) -> list[RecognizerResult]:
        """Person names the rules and lists find in the repaired copy of a chunk, on a repaired word."""
        extra = self._analyze_around(fixed, words, ["PERSON"])
        return [r for r in extra if _on_any(r.start, r.end, words)]

    def _ocr_digit_results(self, chunk: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """The number entities once more on the text with OCR's look-alike letters repaired
        ("06 2O4 17 553"): what they find there that nothing found in the raw text. Same length,
        so the same offsets; only chunks that have such numbers pay for the second pass."""
        tokens = ocr_digits.repaired_tokens(chunk)
        if not tokens:
            return []
        extra = self._analyze_around(ocr_digits.repair(chunk, tokens), tokens,
                                     list(ENTITY_REGISTRY.ocr_digit_entities()))
        if not extra:
            return []
        # Per entity, one look-up per result (a scan of every earlier result was quadratic in a chunk).
        spans: dict[str, list[tuple[int, int]]] = {}
        for f in found:
            spans.setdefault(f.entity_type, []).append((f.start, f.end))
        reach = {entity: SpanReach(entity_spans) for entity, entity_spans in spans.items()}
        return [r for r in extra if not (r.entity_type in reach and reach[r.entity_type].overlaps(r.start, r.end))]

    def _analyze_around(self, repaired: str, spans: list[tuple[int, int]],
                        entities: list[str]) -> list[RecognizerResult]:
        """The rules and lists for ``entities`` on the parts of a repaired copy around its repairs,
        offsets in the copy. A repair is a word or a number: the paragraphs around it are context
        enough, and reading the whole chunk again cost a long document with a few scanned pages a
        second pass over all of it (a 3 MB file paid for every chunk holding one damaged word)."""
        results: list[RecognizerResult] = []
        for start, end in repair_windows(repaired, spans):
            found = self.analyzer.analyze(
                repaired[start:end],
                language=LANGUAGE,
                entities=entities,
                score_threshold=SCORE_THRESHOLD,
                nlp_artifacts=self._rules_only_artifacts(),
            )
            for r in found:
                r.start += start
                r.end += start
            results.extend(found)
        return results

    def _rules_only_artifacts(self) -> NlpArtifacts:
        return NlpArtifacts(entities=[], tokens=None, tokens_indices=[], lemmas=[], nlp_engine=self.nlp_engine,
                            language=LANGUAGE)

    def analyze(self, text: str) -> list[Decision]:
        """Every detected span with its decision (redact with ground, or keep), sorted by start."""
        return self.analyze_batch([text])[0]

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Decision]]:
        """`analyze` for several documents in this process, in input order."""
        out = []
        # Mojibake ("SchÃ¤fer") is analysed repaired and the decisions mapped back to the original.
        repairs = [mojibake.repair(text) for text in texts]
        analysed = [fix[0] if fix else text for text, fix in zip(texts, repairs, strict=True)]
        for original, text, fix, detections in zip(texts, analysed, repairs, self.detect_batch(analysed),
                                                    strict=True):
            detections, rejected = self.score_persons(text, detections)
            decisions = self.decider.decide_document(text, detections)
            decisions = self.mentions.propagate(text, decisions)
            decisions = _with_rejected(decisions, rejected)
            if fix is not None:
                decisions = _mapped_back(decisions, original, fix[1])
            counts = Counter(d.decision for d in decisions)
            # Counts only: never a name, never a span's text.
            logger.info("analysed %d characters: %d redact, %d keep", len(text), counts["redact"], counts["keep"])
            out.append(decisions)
        return out

    def score_persons(self, text: str, detections: list[Detection]) -> tuple[list[Detection], list[Decision]]:
        """The person scorer's decision on every person candidate: those it judges names go on
        with its probability as their score; the others become keep decisions that say why
        (shown to the reviewer, never searched for other mentions)."""
        if self.person_scorer is None:
            return detections, []
        persons = [d for d in detections if d.entity == "PERSON"]
        if not persons:
            return detections, []
        probabilities = self.person_scorer.probabilities(
            text, [Candidate(d.start, d.end, d.score, d.source) for d in persons])
        verdict = {id(d): p for d, p in zip(persons, probabilities, strict=True)}
        threshold = self.person_scorer.threshold
        kept: list[Detection] = []
        rejected: list[Decision] = []
        for det in detections:
            p = verdict.get(id(det))
            if p is None:
                kept.append(det)
            elif p >= threshold:
                kept.append(Detection(det.start, det.end, det.entity, round(p, 4), det.source))
            else:
                rule = self.policy.rule_for("PERSON")
                rejected.append(Decision(
                    start=det.start, end=det.end, text=text[det.start:det.end], entity="PERSON",
                    decision="keep", ground=None, category=rule.category,
                    reason=f"Geen naam van een persoon volgens de naamscorer (kans {p:.2f}, drempel {threshold:.2f}).",
                    score=round(p, 4), source=det.source, rule=PERSON_SCORER_RULE))
        return kept, rejected

    def analyze_many(self, texts: Sequence[str], processes: int | None = None) -> list[list[Decision]]:
        """`analyze` for a batch of documents, spread over the machine's cores.

        Worker processes are forked from this one, so they share the loaded pipeline and lexicons
        instead of loading their own; each takes groups of documents; results come back in order.
        """
        groups = [list(texts[i : i + BATCH_GROUP]) for i in range(0, len(texts), BATCH_GROUP)]
        return [decisions for group in self.map_ordered(Redactor.analyze_batch, groups, processes)
                for decisions in group]

    def map_ordered(self, work: Callable[[Redactor, _T], _R], items: Sequence[_T],
                    processes: int | None = None) -> Iterator[_R]:
        """``work(self, item)`` for every item, in worker processes forked from this one: each result
        is yielded in input order as soon as it and all before it are done (a caller can print it
        while later items are still being analysed).

        The forked workers share this process's loaded pipeline and lexicons (one load for all of
        them); ``work`` and the engine are handed over by the fork, never pickled, so ``work`` may
        be a closure; items and results travel through pipes and must pickle. Runs in this process
        when ``processes`` (default: every core) or the number of items is 1, or fork is missing.
        """
        for result in ordered_map(partial(work, self), items, worker_count(processes, len(items))):
            if isinstance(result, WorkerDied):
                raise AnalysisError(result.reason)
            yield result

    def redact(self, text: str) -> RedactionResult:
        decisions = self.analyze(text)
        return RedactionResult(text=render("text", text, decisions), decisions=decisions)


_T = TypeVar("_T")
_R = TypeVar("_R")
_Recognizer = TypeVar("_Recognizer", bound=EntityRecognizer)


class _OrderedRegistry(RecognizerRegistry):
    """Presidio's registry, handing out the recognizers in the order they were registered.

    Presidio collects them in a set of objects (hashed by address), so they ran in an order that
    changed from process to process, and so did which recognizer a duplicate span was credited to
    (its ``source``, and through the source the person scorer's probability)."""

    def get_recognizers(self, *args: Any, **kwargs: Any) -> list[EntityRecognizer]:
        found = super().get_recognizers(*args, **kwargs)
        order = {id(recognizer): index for index, recognizer in enumerate(self.recognizers)}
        return sorted(found, key=lambda recognizer: order.get(id(recognizer), len(order)))


class _RawContextAnalyzer(AnalyzerEngine):
    """Presidio's engine without its per-recognizer context pass when no recognizer does
    recognizer-level context enhancement (ours weigh context while matching, see RawTextContext).

    Presidio splits all results per recognizer and asks each recognizer to enhance its share:
    two list scans per recognizer per text, for nothing here (about 2 % of ``analyze``).
    """

    def _enhance_using_context(self, text: str, raw_results: list[RecognizerResult], nlp_artifacts: NlpArtifacts,
                               recognizers: list[EntityRecognizer],
                               context: list[str] | None = None) -> list[RecognizerResult]:
        if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        return self.context_aware_enhancer.enhance_using_context(text, raw_results, nlp_artifacts, recognizers,
                                                                 context)


class RawTextContext(ContextAwareEnhancer):
    """Context is weighed by each recognizer on the raw text (cue words on the same line, before or
    after the match), so that a cue can also decide whether a match counts at all. Presidio's lemma
    window would count the same cue a second time."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0.0, min_score_with_context_similarity=0.0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult], nlp_artifacts: NlpArtifacts,
                              recognizers: list[EntityRecognizer],
                              context: list[str] | None = None) -> list[RecognizerResult]:
        return raw_results


def _on_any(start: int, end: int, words: Sequence[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in words)


def _first(recognizers: Sequence[EntityRecognizer], kind: type[_Recognizer]) -> _Recognizer:
    return next(r for r in recognizers if isinstance(r, kind))


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Pieces of at most about ``size`` characters, cut at a blank line (else a line end)."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start + size // 2, end - 1)
            if cut != -1:
                end = cut + 2
            else:
                cut = text.rfind("\n", start + size // 2, end)
                end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


def repair_windows(text: str, spans: Sequence[tuple[int, int]],
                   margin: int = REPAIR_CONTEXT_CHARS) -> list[tuple[int, int]]:
    """The parts of ``text`` to read again around repaired ``spans`` (sorted): from the blank line
    at least ``margin`` characters before each to the blank line at least ``margin`` after it (or
    the text's ends), overlapping parts merged. A whole letter of ordinary length is one part."""
    windows: list[tuple[int, int]] = []
    for span_start, span_end in sorted(spans):
        cut = text.rfind("\n\n", 0, max(0, span_start - margin))
        start = 0 if cut == -1 else cut + 2
        cut = text.find("\n\n", min(len(text), span_end + margin))
        end = len(text) if cut == -1 else cut + 2
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _mapped_back(decisions: list[Decision], original: str, origin: Sequence[int]) -> list[Decision]:
    """Decisions on a repaired text, on the original's offsets and characters."""
    out = []
    for d in decisions:
        start, end = mojibake.original_span(origin, d.start, d.end)
        out.append(d.at(start, end, original[start:end]))
    return out


def _with_rejected(decisions: list[Decision], rejected: list[Decision]) -> list[Decision]:
    """The scorer's rejected candidates beside the decisions, where no redaction covers them."""
    if not rejected:
        return decisions
    # A rejected span overlaps a redaction when the redactions starting before its end reach past
    # its start: one look-up in a running maximum of ends (a scan per span was quadratic).
    redactions = sorted((d.start, d.end) for d in decisions if d.decision == "redact")
    starts = [a for a, _ in redactions]
    reach = list(accumulate((b for _, b in redactions), max))
    extra = [r for r in rejected
             if not ((k := bisect_left(starts, r.end)) and reach[k - 1] > r.start)]
    return sorted([*decisions, *extra], key=lambda d: (d.start, -d.end))


def _to_detection(result: RecognizerResult, offset: int) -> Detection:
    metadata = result.recognition_metadata or {}
    source = metadata.get("source") or metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown")
    return Detection(
        start=result.start + offset,
        end=result.end + offset,
        entity=result.entity_type,
        score=float(result.score),
        source=str(source),
    )


def resolve_overlaps(detections: Sequence[Detection]) -> list[Detection]:
    """One detection per stretch of text.

    Same entity overlapping: merged into their union (a name found twice with different
    boundaries is withheld as a whole), except that an organisation the lists or patterns found
    keeps its own boundaries against the model's. One inside another: the more specific entity wins, except
    that a strongly evidenced person inside an organisation survives (recall first). Partial
    overlaps of different entities both stay; the renderer merges what disappears.
    """
    merged: list[Detection] = []
    # Score and source break ties, so that which rule a merged span names never depends on the
    # order the recognizers ran in (it did: the same span was "title" in one run, "staff_initials"
    # in the next, and the scorer's training was not reproducible).
    for det in sorted(detections, key=lambda d: (d.entity, d.start, -d.end, -d.score, d.source)):
        if merged and merged[-1].entity == det.entity and det.start < merged[-1].end:
            last = merged[-1]
            model = [d for d in (last, det) if d.source == MODEL_ORGANIZATION]
            if len(model) == 1:
                # A listed or patterned organisation has the right boundaries; what the model adds
                # around it ("Juultje van" before "Vluchtelingenwerk") is often a person.
                merged[-1] = last if model[0] is det else det
                continue
            best = last if last.score >= det.score else det
            merged[-1] = Detection(last.start, max(last.end, det.end), det.entity,
                                   max(last.score, det.score), best.source)
        else:
            merged.append(det)
    merged.sort(key=lambda d: (d.start, -d.end))
    kept: list[Detection] = []
    for index, det in enumerate(merged):
        if any(_beaten_by(det, other) for other in _neighbours(merged, index)):
            continue
        kept.append(det)
    return kept


def _neighbours(ordered: Sequence[Detection], index: int) -> Iterator[Detection]:
    """Detections overlapping ``ordered[index]`` (sorted by start; spans are short)."""
    det = ordered[index]
    for other in ordered[max(0, index - 32) : index]:
        if other.end > det.start:
            yield other
    # By index, not over a slice: a copy of the rest of the list per detection was quadratic.
    for after in range(index + 1, len(ordered)):
        other = ordered[after]
        if other.start >= det.end:
            break
        yield other


def _beaten_by(det: Detection, other: Detection) -> bool:
    """True when ``det`` lies inside ``other`` and ``other`` should stand for that text."""
    inside = other.start <= det.start and det.end <= other.end
    if not inside or other.entity == det.entity:
        return False
    if (det.start, det.end) == (other.start, other.end) and PRIORITY.get(det.entity, 0) == PRIORITY.get(
        other.entity, 0
    ):
        return det.entity > other.entity
    same_words = (det.start, det.end) == (other.start, other.end)
    if det.entity == "PERSON" and other.entity == "ORGANIZATION":
        # A person on or inside words that only the model called an organisation stands (recall
        # first). A listed or patterned organisation ("Reinier van Arkel", the hospital) stands
        # against a weakly evidenced person.
        if other.source == MODEL_ORGANIZATION:
            return False  # also inside it: "Juultje" in the model's "Juultje van Vluchtelingenwerk"
        return det.score < STRONG_PERSON
    if det.entity == "ORGANIZATION" and other.entity == "PERSON":
        # inside a person's name, and on the very same words only when the person stands
        return not same_words or det.source == MODEL_ORGANIZATION or other.score >= STRONG_PERSON
    return PRIORITY.get(det.entity, 0) <= PRIORITY.get(other.entity, 0)
