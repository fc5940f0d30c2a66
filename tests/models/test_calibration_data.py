"""The PER bias calibration reads correspondence the network never trained on, and no evaluation data."""

from __future__ import annotations

import json

import build
import spacy

from eval.bench import build_corpus
from eval.generate_devset import SEED
from tests.conftest import REPOSITORY_ROOT


def test_calibration_correspondence_is_labelled_and_unseen_by_dev_set_and_benchmark() -> None:
    nlp = spacy.blank("nl")
    docs = build.correspondence_validation_docs(nlp)
    assert len(docs) > 300
    n_per = sum(1 for d in docs for e in d.ents if e.label_ == "PER")
    assert n_per > 1000
    assert {e.label_ for d in docs for e in d.ents} <= {"PER", "ORG"}
    # Fresh seeds: never the dev set's own documents, never the benchmark corpus's.
    assert all(offset > 0 for offset in build.VALIDATION_SEED_OFFSETS)
    bench_seeds = {r["seed"] for r in build_corpus()}
    assert not bench_seeds & {SEED + offset for offset in build.VALIDATION_SEED_OFFSETS}
    texts = {d.text for d in docs}
    devset = REPOSITORY_ROOT / "eval" / "devset" / "devset.jsonl"
    dev_texts = {json.loads(line)["text"] for line in devset.read_text(encoding="utf8").splitlines() if line}
    assert not texts & dev_texts


def _row(delta: float, europeana: float, correspondence: float, engine_p: float = 0.97) -> dict[str, float]:
    return {"delta": delta, "europeana_r_covered": europeana, "correspondence_r_covered": correspondence,
            "engine_p": engine_p}


def test_the_bias_is_the_smallest_that_meets_both_recall_requirements() -> None:
    table = [_row(4, 0.72, 0.945), _row(5, 0.77, 0.957), _row(8, 0.84, 0.979), _row(9, 0.88, 0.984),
             _row(10, 0.90, 0.988)]
    assert build.choose_per_bias(table, {"europeana": 0.85, "correspondence": 0.95}) == 9
    # A requirement met at a lower bias in one domain does not decide alone.
    assert build.choose_per_bias(table, {"europeana": 0.75, "correspondence": 0.95}) == 5


def test_the_engine_precision_floor_excludes_a_bias_that_would_flood_the_reviewer() -> None:
    table = [_row(8, 0.84, 0.979, 0.95), _row(9, 0.88, 0.984, 0.89), _row(10, 0.90, 0.988, 0.85)]
    # Nothing meets the requirements above the floor: the closest admissible bias.
    assert build.choose_per_bias(table, {"europeana": 0.85, "correspondence": 0.95}, 0.9) == 8


def test_without_an_admissible_bias_the_most_precise_engine_wins() -> None:
    table = [_row(0, 0.5, 0.8, 0.85), _row(1, 0.6, 0.9, 0.88), _row(2, 0.7, 0.95, 0.80)]
    assert build.choose_per_bias(table, {"europeana": 0.85, "correspondence": 0.95}, 0.9) == 1


def test_the_shipped_bias_is_what_the_recorded_calibration_table_chooses() -> None:
    meta = json.loads((REPOSITORY_ROOT / "models" / "nl_woo" / "meta.json").read_text(encoding="utf8"))
    training = meta["training"]
    assert training["per_bias_delta"] == build.choose_per_bias(training["calibration"])
