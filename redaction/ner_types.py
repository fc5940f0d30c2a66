"""Entities of the statistical model in offsets of the full text (no spaCy objects kept)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class NerWord:
    start: int
    end: int
    text: str
    is_punct: bool


@dataclass(frozen=True, slots=True)
class NerSpan:
    """One entity of the model, in offsets of the full text."""

    label: str
    start: int
    end: int
    words: tuple[NerWord, ...]
    score: float


def ner_span(ent: Any, offset: int, score: float) -> NerSpan:
    """A spaCy entity (of a document that starts at ``offset`` in the full text) as a NerSpan."""
    words = tuple(NerWord(offset + t.idx, offset + t.idx + len(t.text), t.text, t.is_punct) for t in ent)
    return NerSpan(ent.label_, offset + ent.start_char, offset + ent.end_char, words, score)


def ner_spans(ents: Iterable[Any], offset: int, scores: Iterable[float]) -> list[NerSpan]:
    return [ner_span(ent, offset, score) for ent, score in zip(ents, scores, strict=False)]
