"""Reader for the Europeana Dutch NER corpus (CC0; ``token<TAB>tag``, IO tags, blank line = sentence end)."""

from __future__ import annotations

import os
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

EUROPEANA_DIR = Path(os.environ.get("WOO_EUROPEANA_DIR", "/work/shared/data/europeana_nl"))
SENTS_PER_DOC = 8


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf8").splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        token, _, tag = line.partition("\t")
        cur.append((token, tag.strip() or "O"))
    if cur:
        sents.append(cur)
    return sents


def normalise_initials(tags: list[str], words: list[str]) -> list[str]:
    """Join "J . H . Dekker" (each initial its own PER run in the corpus) into one PER entity.

    A "." tagged O between two PER tokens becomes PER when the token before it is a short
    capitalised abbreviation (initial, "Jhr", "Mr"). Applied identically to train and dev gold.
    """
    out = list(tags)
    for i in range(1, len(words) - 1):
        if (
            words[i] == "."
            and out[i] == "O"
            and out[i - 1] == "I-PER"
            and out[i + 1] == "I-PER"
            and len(words[i - 1]) <= 3
            and words[i - 1][:1].isupper()
        ):
            out[i] = "I-PER"
    return out


def to_doc(vocab: Vocab, sents: list[list[tuple[str, str]]], normalise: bool = True) -> Doc:
    words = [w for s in sents for w, _ in s]
    tags = [t for s in sents for _, t in s]
    if normalise:
        tags = normalise_initials(tags, words)
    doc = Doc(vocab, words=words, spaces=[True] * len(words))
    ents: list[Span] = []
    i = 0
    while i < len(tags):
        tag = tags[i]
        if tag.startswith(("I-", "B-")):
            label = tag[2:]
            j = i + 1
            while j < len(tags) and tags[j] == f"I-{label}":
                j += 1
            ents.append(Span(doc, i, j, label=label))
            i = j
        else:
            i += 1
    doc.ents = ents
    return doc


def chunk_docs(vocab: Vocab, sents: list[list[tuple[str, str]]], normalise: bool = True) -> list[Doc]:
    return [to_doc(vocab, sents[i : i + SENTS_PER_DOC], normalise) for i in range(0, len(sents), SENTS_PER_DOC)]
