"""eval.corpus scores exactly as ../shared/tools/score.py does (synthetic documents and predictions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eval.corpus import SHARED, is_holdout, score

DOCS = [
    {"id": "t-brief-01", "genre": "brief", "text": "Beste Anna de Vries, bel 06 12345678. Wethouder Jan Bos.",
     "spans": [
         {"start": 6, "end": 19, "label": "PERSON", "decision": "redact"},
         {"start": 25, "end": 36, "label": "PHONE", "decision": "redact"},
         {"start": 48, "end": 55, "label": "PUBLIC_OFFICIAL", "decision": "keep"},
     ]},
    {"id": "t-memo-02", "genre": "memo", "text": "Het Woo-verzoek van Kees Kok.",
     "spans": [{"start": 20, "end": 28, "label": "PERSON", "decision": "redact"}]},
]
PREDICTIONS = {
    "t-brief-01": [
        {"start": 6, "end": 10, "entity": "PERSON", "decision": "redact"},      # half a name: a miss
        {"start": 25, "end": 36, "entity": "PHONE_NUMBER", "decision": "redact"},
        {"start": 48, "end": 55, "entity": "PERSON", "decision": "redact"},     # keep violated
    ],
    "t-memo-02": [
        {"start": 4, "end": 7, "entity": "PERSON", "decision": "redact"},       # over-redaction
        {"start": 20, "end": 28, "entity": "PERSON", "decision": "keep"},       # a keep is no redaction
    ],
}


def test_scores() -> None:
    result, findings = score(DOCS, PREDICTIONS)
    assert result["recall"] == round(1 / 3, 4)
    assert result["precision"] == round(2 / 4, 4)
    assert (result["keep_violations"], result["keep_gold"]) == (1, 1)
    assert sorted(f.kind for f in findings) == ["keep", "miss", "miss", "over", "over"]
    # the "officials redacted" share: the wethouder was redacted
    assert (result["officials_redacted"], result["officials"]) == (1, 1)


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="shared/ is not beside the project")
def test_agrees_with_shared_score_py(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in DOCS), "utf-8")
    # A stand-in for `woo analyze --json` that answers with the fixed predictions, by document text.
    by_text = {d["text"]: PREDICTIONS[d["id"]] for d in DOCS}
    fake = tmp_path / "woo"
    fake.write_text(
        f"#!{sys.executable}\nimport json, sys\nby_text = {by_text!r}\n"
        "for path in sys.argv[3:]:\n"
        "    text = open(path, encoding='utf-8').read()\n"
        "    print(json.dumps({'document': path, 'spans': by_text[text]}))\n", "utf-8")
    fake.chmod(0o755)
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), "--woo", str(fake)],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    ours, _ = score(DOCS, PREDICTIONS)
    # every figure score.py gives is the same; the officials' share is ours alone
    assert {k: v for k, v in ours.items() if k not in ("officials", "officials_redacted")} == theirs


def test_split_holds_out_every_third_document() -> None:
    assert is_holdout("dev-a-brief-03") and is_holdout("dev-b-chat-06")
    assert not is_holdout("dev-a-brief-01") and not is_holdout("dev-a-brief-05")
