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


def test_a_name_counts_as_covered_only_when_every_word_of_it_is_inside_a_predicted_span() -> None:
    words = ["Brief", "van", "Ilse", "van", "Rooden", "en", "Tamar", "Okafor", "aan", "Wim", "."]
    gold = gold_doc(words, [(2, 5), (6, 8), (9, 10)])
    # one span too long (over-redaction, still covered), one name split in two spans (covered),
    # and one name not found at all (not covered)
    pred = gold_doc(words, [(1, 5), (6, 7), (7, 8)])
    res = evaluate.score([gold], [pred])
    assert res["PER"]["r"] == 0.0  # no exact match at all
    assert res["PER_names"] == {"covered_recall": round(2 / 3, 4), "n_gold": 3}
    assert res["PER_tokens"]["recall"] == round(5 / 6, 4)


def test_predictions_do_not_start_from_entities_already_on_the_gold_documents() -> None:
    # spaCy's NER keeps entities set on an input Doc; the calibration once fed the same Docs to
    # every grid point, so each point started from the previous point's answers.
    nlp = spacy.load(evaluate.DEFAULT_MODEL)
    words = ["Het", "verslag", "is", "gisteren", "verstuurd", "naar", "de", "afdeling", "."]
    gold = gold_doc(words, [(0, 2)])  # a deliberately wrong gold entity over "Het verslag"
    first = evaluate.predict(nlp, [gold])
    second = evaluate.predict(nlp, [gold])
    assert [(e.start, e.end) for e in first[0].ents] == [(e.start, e.end) for e in second[0].ents]
    assert (0, 2) not in {(e.start, e.end) for e in first[0].ents}
    assert [(e.start, e.end) for e in gold.ents] == [(0, 2)]  # the gold itself is left alone
