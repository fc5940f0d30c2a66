"""Tests for the synthetic correspondence generator (models/training/synth.py)."""

from __future__ import annotations

import itertools

import pytest
import spacy
import synth


@pytest.fixture(scope="module")
def names() -> synth.NameSplit:
    return synth.split_names(*synth.load_names())


@pytest.fixture(scope="module")
def train_docs(names: synth.NameSplit) -> list[synth.Doc]:
    return synth.Generator("train", 0, names).documents(800) + synth.Generator("dev", 0, names).documents(200)


@pytest.fixture(scope="module")
def heldout_docs(names: synth.NameSplit) -> list[synth.Doc]:
    return synth.Generator("heldout", 1, names).documents(300)


def test_offsets_match_inserted_text(train_docs: list[synth.Doc], heldout_docs: list[synth.Doc]) -> None:
    for doc in train_docs + heldout_docs:
        assert len(doc.spans) == len(doc.entity_texts)
        for (start, end, label), inserted in zip(doc.spans, doc.entity_texts, strict=True):
            assert label in {"PER", "ORG", "LOC"}
            assert 0 <= start < end <= len(doc.text)
            assert doc.text[start:end] == inserted
            assert inserted == inserted.strip()


def test_spans_do_not_overlap_and_align_to_tokens(train_docs: list[synth.Doc]) -> None:
    nlp = spacy.blank("nl")
    for doc in train_docs[:300]:
        spans = sorted(doc.spans)
        for (_, end1, _), (start2, _, _) in itertools.pairwise(spans):
            assert end1 <= start2
        tokens = nlp.make_doc(doc.text)
        for start, end, _ in doc.spans:
            span = tokens.char_span(start, end, alignment_mode="expand")
            assert span is not None
            # expansion only ever adds a possessive suffix ("Fatima's", "Jans")
            assert len(span.text) - (end - start) <= 2


def test_generator_is_deterministic(names: synth.NameSplit) -> None:
    a = [d.to_json() for d in synth.Generator("train", 7, names).documents(20)]
    b = [d.to_json() for d in synth.Generator("train", 7, names).documents(20)]
    assert a == b


def test_template_split_is_disjoint_and_covers_every_category() -> None:
    train, held = synth.split_templates()
    for cat in synth.TEMPLATES:
        assert train[cat], cat
        assert held[cat], cat
        assert not {t for t, _ in train[cat]} & {t for t, _ in held[cat]}


def test_heldout_templates_never_in_training(train_docs: list[synth.Doc]) -> None:
    _, held = synth.split_templates()
    held_ids = {tid for items in held.values() for tid, _ in items}
    used = {tid for doc in train_docs for tid in doc.template_ids}
    assert used
    assert not used & held_ids


def test_heldout_names_never_in_training(names: synth.NameSplit, train_docs: list[synth.Doc]) -> None:
    assert names.heldout_keys
    assert names.test_first and names.test_sur and names.train_first and names.train_sur
    for doc in train_docs:
        for used in doc.names_used:
            assert names.train_ok(used), used
        for (_, _, label), text in zip(doc.spans, doc.entity_texts, strict=True):
            leaked = {tok for tok in synth.name_tokens(text) if tok in names.heldout_keys}
            assert not leaked, (label, text)


def test_heldout_docs_use_only_heldout_material(names: synth.NameSplit, heldout_docs: list[synth.Doc]) -> None:
    _, held = synth.split_templates()
    held_ids = {tid for items in held.values() for tid, _ in items}
    for doc in heldout_docs:
        assert set(doc.template_ids) <= held_ids
        # held-out names or their spelling variants, never a training name
        for used in doc.names_used:
            assert not set(synth.name_tokens(used)) & names.train_keys, used
    assert sum(label == "PER" for doc in heldout_docs for _, _, label in doc.spans) > 500


def test_quote_block_shifts_offsets() -> None:
    text = "Beste Jan,\nIk bel Piet de Vries."
    spans = [(text.index(n), text.index(n) + len(n), "PER", n) for n in ("Jan", "Piet de Vries")]
    new_text, new_spans = synth.quote_block(text, spans)
    assert new_text.startswith("> Beste")
    for start, end, _, inserted in new_spans:
        assert new_text[start:end] == inserted
