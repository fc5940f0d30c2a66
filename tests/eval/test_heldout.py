"""Tests of the held-out set's generator and of the committed file, without loading the engine.

The held-out set is only worth something if the committed file is exactly what the generator
writes (so nobody edits it by hand, e.g. to "fix" a span the engine misses) and if its gold labels
are right by construction. Neither needs the engine, so nothing here scores it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eval import generate_devset
from eval.builder import Ent, self_check
from eval.generate_heldout import HELDOUT_DIR, KIND_COUNTS, SEED, generate, render_readme

HELDOUT_FILE = HELDOUT_DIR / "heldout.jsonl"


@pytest.fixture(scope="module")
def generated() -> list[dict[str, Any]]:
    """Generation runs the builder's self-check on every document (it raises on a bad span)."""
    return generate()


@pytest.fixture(scope="module")
def on_disk() -> list[dict[str, Any]]:
    with HELDOUT_FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_file_on_disk_is_what_the_generator_writes(generated: list[dict[str, Any]],
                                                   on_disk: list[dict[str, Any]]) -> None:
    """Regenerate with `python -m eval.generate_heldout` whenever the generator changes."""
    assert generated == on_disk
    expected = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generated)
    assert HELDOUT_FILE.read_text(encoding="utf-8") == expected
    assert (HELDOUT_DIR / "README.md").read_text(encoding="utf-8") == render_readme(generated)


def test_generation_is_deterministic(generated: list[dict[str, Any]]) -> None:
    assert generate() == generated


def test_seed_differs_from_the_dev_set() -> None:
    assert SEED != generate_devset.SEED


def test_self_check_passes_on_the_committed_file(on_disk: list[dict[str, Any]]) -> None:
    """Offsets, no overlaps, 11-proef / mod-97 of gold spans, and the negatives really negative."""
    for record in on_disk:
        text = record["text"]
        inserted = [Ent(text[s["start"]:s["end"]], s["entity"], s["decision"]) for s in record["spans"]]
        self_check(record, inserted)


def test_shape(on_disk: list[dict[str, Any]]) -> None:
    assert len(on_disk) >= 60
    assert Counter(r["kind"] for r in on_disk) == Counter(KIND_COUNTS)
    ids = [r["id"] for r in on_disk]
    assert len(set(ids)) == len(ids) and all(i.startswith("held-") for i in ids)
    for record in on_disk:
        for span in record["spans"]:
            assert span["decision"] in ("redact", "keep")
            if span["entity"] == "PERSON" and span["decision"] == "redact":
                assert span.get("origin"), record["id"]


def _values(records: list[dict[str, Any]], entity: str, decision: str) -> list[tuple[str, str]]:
    """(span text, text right after it) of every span of an entity and decision."""
    return [(r["text"][s["start"]:s["end"]], r["text"][s["end"]:s["end"] + 3])
            for r in records for s in r["spans"] if s["entity"] == entity and s["decision"] == decision]


def test_surface_forms_of_the_label_conventions_occur(on_disk: list[dict[str, Any]]) -> None:
    """Every surface form the conventions name is present, so the set exercises all of them."""
    names = _values(on_disk, "PERSON", "redact")
    values = [v for v, _after in names]
    assert any(re.fullmatch(r"(?:[A-ZÀ-Ž]\.)+ \S.*", v) for v in values), "initials"
    assert any(re.fullmatch(r"[A-Z][^,]+, [A-Z][a-zà-ž]+.*", v) for v in values), "reversed name"
    assert any(v.islower() for v in values), "lower-case slip"
    assert any(v.isupper() for v in values), "capitals"
    assert any(after.startswith(("'s", "s ", "' ")) for _v, after in names), "possessive outside the span"
    texts = "\n".join(r["text"] for r in on_disk)
    assert "---------- Doorgestuurd bericht ---------" in texts
    assert re.search(r"^> > ", texts, re.MULTILINE), "nested quoted replies"
    assert re.search(r"^(?:Van|From): '", texts, re.MULTILINE), "reversed name in a header"


def test_keep_spans_cover_officials_mailboxes_and_the_body(on_disk: list[dict[str, Any]]) -> None:
    kept = {s["entity"] for r in on_disk for s in r["spans"] if s["decision"] == "keep"}
    assert {"PERSON", "EMAIL_ADDRESS", "ORGANIZATION", "ADDRESS", "POSTCODE", "PHONE_NUMBER"} <= kept
    mailboxes = {v for v, _after in _values(on_disk, "EMAIL_ADDRESS", "keep")}
    assert "woo@dordrecht.nl" in mailboxes and "leerplicht@dordrecht.nl" in mailboxes
    work_mail = [v for v, _after in _values(on_disk, "EMAIL_ADDRESS", "redact") if v.endswith("@dordrecht.nl")]
    assert work_mail, "personal work addresses of civil servants are redact"


def test_name_pools_are_the_held_out_sets_own() -> None:
    """The generator draws from eval/heldout_names.py only (never the dev set's pools)."""
    source = Path(__file__).resolve().parents[2] / "eval" / "generate_heldout.py"
    code = source.read_text(encoding="utf-8")
    assert "from eval.names" not in code and "import names" not in code
