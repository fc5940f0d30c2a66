"""`make model-eval`'s engine comparison: engine spans aligned to gold tokens and scored like the model."""

from __future__ import annotations

import evaluate
import spacy
from spacy.tokens import Doc


def gold_doc(words: list[str], per: list[tuple[int, int]]) -> Doc:
    nlp = spacy.blank("nl")
    doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words))
    doc.ents = [spacy.tokens.Span(doc, s, e, label="PER") for s, e in per]
    return doc


def test_engine_person_spans_are_scored_against_the_gold_tokens() -> None:
    words = ["Geachte", "heer", "Bakker", ",", "namens", "de", "gemeente", "schrijft", "Tesfalem",
             "Ghebreyesus", "u", "."]  # fmt: skip
    gold = [gold_doc(words, [(2, 3), (8, 10)])]
    rules_only = evaluate.score(gold, evaluate.engine_person_docs("off", gold))
    assert rules_only["PER"]["n_gold"] == 2
    assert rules_only["PER"]["r"] >= 0.5  # "Bakker" after "Geachte heer" is found by structure
    with_model = evaluate.score(gold, evaluate.engine_person_docs("selective", gold))
    assert with_model["PER"]["r"] == 1.0 and with_model["PER_tokens"]["recall"] == 1.0
