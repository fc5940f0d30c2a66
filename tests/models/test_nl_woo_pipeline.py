"""The shipped pipeline models/nl_woo loads offline and finds person names."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "nl_woo"

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "meta.json").exists(),
    reason=f"{MODEL_DIR} not built yet: run .venv/bin/python models/training/build.py",
)

LETTER = (
    "Geachte heer De Vries,\n\n"
    "Op 12 maart heeft u met onze consulent mevrouw Yilmaz gesproken over uw aanvraag. "
    "Wij laten u weten dat uw aanvraag is toegekend.\n\n"
    "Met vriendelijke groet,\n\nJ.P. Bakker\nteamleider Inkomen\n"
)


def _no_network(*_args: object, **_kwargs: object) -> socket.socket:
    raise RuntimeError("network access attempted while loading the pipeline")


def test_loads_offline_and_finds_person(monkeypatch: pytest.MonkeyPatch) -> None:
    spacy = pytest.importorskip("spacy")
    monkeypatch.setattr(socket, "socket", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    nlp = spacy.load(MODEL_DIR)
    assert nlp.lang == "nl"
    assert nlp.meta["name"] == "nl_woo"
    assert nlp.meta["license"] == "EUPL-1.2"
    doc = nlp(LETTER)
    persons = [e.text for e in doc.ents if e.label_ == "PER"]
    assert persons, [(e.text, e.label_) for e in doc.ents]
    assert any("Vries" in p for p in persons), persons


def test_pipeline_is_small() -> None:
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 25 * 1024 * 1024


def test_engine_loads_the_same_pipeline_without_reading_the_tokenizer_twice(tmp_path: Path) -> None:
    # load_dutch_pipeline skips the saved tokenizer when it is spaCy's Dutch default (cold start):
    # the result must be the pipeline spacy.load gives, and a tokenizer that differs must be read.
    import shutil

    spacy = pytest.importorskip("spacy")
    from redaction.nlp import LOWER_LEMMA_COMPONENT, load_dutch_pipeline

    reference = spacy.load(MODEL_DIR)
    reference.add_pipe(LOWER_LEMMA_COMPONENT, last=True)
    assert load_dutch_pipeline(MODEL_DIR).to_bytes() == reference.to_bytes()

    changed = tmp_path / "nl_woo"
    shutil.copytree(MODEL_DIR, changed)
    custom = spacy.load(MODEL_DIR)
    custom.tokenizer.add_special_case("Kanterinkstr.", [{"ORTH": "Kanterinkstr."}])
    custom.tokenizer.to_disk(changed / "tokenizer", exclude=["vocab"])
    assert [t.text for t in load_dutch_pipeline(changed)("Kanterinkstr. 4")] == ["Kanterinkstr.", "4"]
    assert [t.text for t in load_dutch_pipeline(MODEL_DIR)("Kanterinkstr. 4")] == ["Kanterinkstr", ".", "4"]
