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
