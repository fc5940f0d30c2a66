"""Entities of the statistical model in offsets of the full text (no spaCy objects kept)."""

from __future__ import annotations

from dataclasses import dataclass


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
