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
    ours = load_dutch_pipeline(MODEL_DIR)
    ours.tokenizer.fill()  # its special cases are added as texts need them: all of them, for the comparison
    assert ours.to_bytes() == reference.to_bytes()

    changed = tmp_path / "nl_woo"
    shutil.copytree(MODEL_DIR, changed)
    custom = spacy.load(MODEL_DIR)
    custom.tokenizer.add_special_case("Kanterinkstr.", [{"ORTH": "Kanterinkstr."}])
    custom.tokenizer.to_disk(changed / "tokenizer", exclude=["vocab"])
    assert [t.text for t in load_dutch_pipeline(changed)("Kanterinkstr. 4")] == ["Kanterinkstr.", "4"]
    assert [t.text for t in load_dutch_pipeline(MODEL_DIR)("Kanterinkstr. 4")] == ["Kanterinkstr", ".", "4"]


def test_engine_pipeline_multiplies_with_numpy_and_finds_the_same_entities() -> None:
    # load_dutch_pipeline hands the model's matrix products to numpy's BLAS (faster than the
    # generic kernel of thinc's bundled BLIS); the entities must be those of spaCy's own load.
    spacy = pytest.importorskip("spacy")
    pytest.importorskip("threadpoolctl")
    from redaction.nlp import load_dutch_pipeline, model_threads

    ours = load_dutch_pipeline(MODEL_DIR)
    layers = [layer for name in ("tok2vec", "ner") for layer in ours.get_pipe(name).model.walk()]
    assert layers and all(layer.ops.use_blis is False for layer in layers)
    reference = spacy.load(MODEL_DIR)
    assert reference.get_pipe("tok2vec").model.ops.use_blis is True
    texts = [LETTER, "Gisteren belde Wietske Kanterink van de Stichting Lindeboom over Fenna Sabelsma."]
    with model_threads():
        found = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in ours.pipe(texts)]
    assert found == [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in reference.pipe(texts)]
    assert any(found)


def test_model_threads_holds_numpy_blas_at_one_thread_and_restores_it() -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")
    from redaction.nlp import model_threads

    def blas_threads() -> list[int]:
        return [info["num_threads"] for info in threadpoolctl.threadpool_info() if info["user_api"] == "blas"]

    with threadpoolctl.threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        assert before and all(n == 2 for n in before)
        with model_threads():
            assert all(n == 1 for n in blas_threads())
        assert blas_threads() == before


def test_engine_pipeline_without_the_saved_strings_finds_the_same_entities() -> None:
    # The engine loads the pipeline without the vocabulary's saved strings (memory per worker):
    # the model reads hashes, so its entities, their text and their labels must stay the same.
    pytest.importorskip("spacy")
    from redaction.nlp import load_dutch_pipeline, model_threads

    full = load_dutch_pipeline(MODEL_DIR)
    lean = load_dutch_pipeline(MODEL_DIR, strings=False)
    assert len(lean.vocab.strings) < len(full.vocab.strings)
    texts = [LETTER, "Gisteren belde Wietske Kanterink van de Stichting Lindeboom over Fenna Sabelsma.",
             "Aanwezig: mw. A.B. de Wit-Oosterhuis (VVD), dhr. Çelik en Jan-Willem van 't Hof."]
    with model_threads():
        found = [[(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents] for doc in lean.pipe(texts)]
        expected = [[(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents] for doc in full.pipe(texts)]
    assert found == expected
    assert any(found)


def test_special_cases_are_added_as_texts_hold_them_and_the_tokens_are_spacys() -> None:
    # Building the Dutch tokenizer's 4,700 special cases took a quarter of `woo analyze`'s cold start:
    # the engine's tokenizer adds them as texts hold them. Its tokens must be those of spaCy's full
    # tokenizer, also where a special case's pieces stand apart ("bijv ."), sit between affixes
    # ("(t.a.v.)") or run into other text; random mixtures of special cases, words and punctuation.
    import pickle
    import random

    spacy = pytest.importorskip("spacy")
    from redaction.nlp import LazySpecialCases, load_dutch_pipeline

    ours = load_dutch_pipeline(MODEL_DIR, strings=False).tokenizer
    assert isinstance(ours, LazySpecialCases)
    reference = spacy.blank("nl").tokenizer
    specials = sorted(reference.rules)
    pieces = [*specials, "Kanterink", "heer", "4", "12-ABC-3", "(", ")", ".", ",", "-", ":", "'", "’", '"']
    gaps = ["", " ", "  ", "\n", "\n\n", "\t", "\xa0", " - "]
    rng = random.Random(16)
    texts = [LETTER, "bijv . t.a.v. dhr. J.P. Bakker :-) (z.g.a.n.) a.s.\nmaandag", "e.a. z.o.z. 't is 's avonds",
             *("".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(1, 12)))
               for _ in range(400))]

    def tokens(doc: object) -> list[tuple[str, int, str, str]]:
        return [(t.text, t.idx, t.whitespace_, t.norm_) for t in doc]  # type: ignore[attr-defined]

    assert tokens(ours(LETTER)) == tokens(reference(LETTER))
    assert len(ours.tokenizer.rules) < 20 < len(specials)  # the letter holds few special cases
    for text in texts:
        assert tokens(ours(text)) == tokens(reference(text)), text
    assert ours.fill().rules == reference.rules
    # copied or pickled (a process pool's way), it is still the same tokenizer
    again = pickle.loads(pickle.dumps(load_dutch_pipeline(MODEL_DIR, strings=False).tokenizer))
    assert tokens(again(texts[1])) == tokens(reference(texts[1]))
