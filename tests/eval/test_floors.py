"""Regression floors: the engine on the generated dev set and on the first helper-written set.

Floors sit just under the figures measured when they were set (eval/corpus.py, make eval); a
change that loses recall or floods redactions fails here before anyone reads a report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.corpus import SETS, predict, score

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generated() -> list[dict]:
    with (ROOT / "eval" / "devset" / "devset.jsonl").open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    # the generated set names its labels "entity"; the scorer reads "label"
    return [{**d, "spans": [{**s, "label": s["entity"]} for s in d["spans"]]} for d in docs]


def test_generated_devset_floor(generated: list[dict]) -> None:
    result, _ = score(generated, predict(generated, str(ROOT / "examples" / "policies" / "dordrecht.yaml")))
    assert result["recall"] >= 0.995
    assert result["precision"] >= 0.985
    assert result["keep_violations"] == 0


def test_independent_set_floor() -> None:
    docs = SETS["independent"].load()
    assert len(docs) == 30
    result, _ = score(docs, predict(docs))
    assert result["recall"] >= 0.945
    assert result["recall_by_label"]["PERSON"] >= 0.955
    assert result["precision"] >= 0.70
