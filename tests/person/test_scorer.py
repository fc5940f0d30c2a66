"""The person scorer: its shipped weights, its features and its verdicts on plain cases (synthetic text)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from redaction.lexicons import load_lexicons
from redaction.person import FEATURE_NAMES, Candidate, PersonScorer, ScorerWeights, load_person_scorer
from redaction.person.scorer import scorer_path


@pytest.fixture(scope="module")
def scorer() -> PersonScorer:
    loaded = load_person_scorer(load_lexicons())
    assert loaded is not None
    return loaded


def test_shipped_weights_name_known_features_and_a_recall_first_threshold() -> None:
    data = json.loads(scorer_path().read_text("utf-8"))
    assert set(data["weights"]) == set(FEATURE_NAMES)
    assert 0.0 < data["threshold"] < 0.5
    assert data["threshold_out_of_fold"]["private_name_recall"] >= data["training"]["recall_target"]


def _p(scorer: PersonScorer, text: str, value: str, source: str, score: float = 0.85) -> float:
    start = text.index(value)
    return scorer.probabilities(text, [Candidate(start, start + len(value), score, source)])[0]


@pytest.mark.parametrize(("text", "value", "source"), [
    ("Gisteren sprak ik met mevrouw Fatima el Ouarzazi over de aanvraag.", "Fatima el Ouarzazi", "person:title"),
    ("Van: Jeroen Kwakkelsteen <j.kwakkelsteen@gemeente.example>", "Jeroen Kwakkelsteen", "person:structure"),
    ("Volgens Pieter-Jan Hoogwerf is de brug te smal.", "Pieter-Jan Hoogwerf", "person:lexicon"),
])
def test_names_score_above_the_threshold(scorer: PersonScorer, text: str, value: str, source: str) -> None:
    assert _p(scorer, text, value, source) >= scorer.threshold


@pytest.mark.parametrize(("text", "value"), [
    ("Zijn aanvraag is ontvangen. Zijn dochter belt morgen.", "Zijn"),
    # (the names of laws, "Woo", never reach the scorer: the recognizer's legal terms stop them)
    ("De Afghaanse familie woont hier. Afghaanse kinderen spelen buiten.", "Afghaanse"),
    ("Wij gingen naar Dordrecht. Dordrecht is mooi.", "Dordrecht"),
    ("Please send me the documents. Thank you for your help.", "Please"),
])
def test_ordinary_words_score_below_the_threshold(scorer: PersonScorer, text: str, value: str) -> None:
    assert _p(scorer, text, value, "person:ner", 0.85) < scorer.threshold


def test_missing_file_means_no_scorer_and_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert load_person_scorer(load_lexicons(), tmp_path / "absent.json") is None
    assert "person scorer missing" in caplog.text


def test_unknown_feature_in_weights_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scorer.json"
    path.write_text(json.dumps({"threshold": 0.1, "weights": {"no.such.feature": 1.0}}), "utf-8")
    with pytest.raises(ValueError, match="unknown features"):
        ScorerWeights.load(path)


def test_engine_keeps_a_rejected_candidate_with_its_reason() -> None:
    from redaction import Redactor

    redactor = Redactor()
    text = "Geachte heer, wij hebben uw Woo-verzoek ontvangen. Zijn brief is doorgestuurd naar Hoorn."
    decisions = redactor.analyze(text)
    assert not [d for d in decisions if d.decision == "redact"]
    for d in decisions:
        if d.rule == "person.scorer":
            assert d.decision == "keep" and "naamscorer" in d.reason
