"""Evaluate the shipped pipeline ``models/nl_woo`` (``make model-eval``).

Prints entity-level exact-match precision/recall/F1 for PER, ORG (and LOC), token-level PER
recall and the share of PER names covered in full (every word inside a predicted PER span) on

  (a) the Europeana dev set (never used for training or model selection), and
  (b) held-out synthetic correspondence: templates and names that never occur in training,

plus ``nlp.pipe`` throughput in words/second on Europeana dev text, and the redaction engine's
PERSON detection on the same two sets with the model off (rules and lists only), on the lines the
rules leave open (the engine's default) and on all text, so the model's contribution is visible.

    .venv/bin/python models/training/evaluate.py [--model models/nl_woo] [--n-heldout 600]
        [--compare-deduce]   # also time the deduce baseline (dev dependency, benchmark only)
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable
from pathlib import Path

import europeana
import spacy
import synth
from spacy.language import Language
from spacy.tokens import Doc

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
DEFAULT_MODEL = REPO_ROOT / "models" / "nl_woo"
HELDOUT_SEED = 20250503
LABELS = ("PER", "ORG", "LOC")


def with_entities(doc: Doc, spans: Iterable[tuple[int, int, str]], strict: bool = False) -> Doc:
    """``doc`` with the character spans ``(start, end, label)`` as its entities, each widened to
    whole tokens; overlaps resolved by spaCy's filter_spans. A span that fits no token is dropped,
    or with ``strict`` an error."""
    ents = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None:
            if strict:
                raise ValueError(f"cannot align {doc.text[start:end]!r}")
            continue
        ents.append(span)
    doc.ents = spacy.util.filter_spans(ents)
    return doc


def set_per_bias(nlp: Language, delta: float) -> None:
    """Add ``delta`` to the output bias of the NER actions that open a PER entity (B-PER, U-PER).

    A positive delta makes the greedy transition parser start PER entities more readily: it
    trades precision for recall, which is what redaction wants.
    """
    ner = nlp.get_pipe("ner")
    upper = ner.model.get_ref("upper")
    bias = upper.get_param("b").copy()
    base = ner.cfg.setdefault("per_bias_delta", 0.0)
    for i in range(ner.moves.n_moves):
        if ner.moves.get_class_name(i) in ("B-PER", "U-PER"):
            bias[i] += delta - base
    upper.set_param("b", bias)
    ner.cfg["per_bias_delta"] = delta


def predict(nlp: Language, gold: Iterable[Doc]) -> list[Doc]:
    """The pipeline's entities on fresh, unannotated copies of the gold documents' tokens.

    Never pass the same Doc objects twice: spaCy's NER keeps entities already set on a Doc, so a
    second run over annotated inputs would start from the first run's answers.
    """
    inputs = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in gold]
    return list(nlp.pipe(inputs))


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "n_gold": n_gold}


def score(gold_docs: Iterable[Doc], pred_docs: Iterable[Doc]) -> dict[str, dict[str, float]]:
    tp = dict.fromkeys(LABELS, 0)
    npred = dict.fromkeys(LABELS, 0)
    ngold = dict.fromkeys(LABELS, 0)
    tok_gold = tok_hit = tok_any = 0
    names_gold = names_covered = 0
    for gold, pred in zip(gold_docs, pred_docs, strict=True):
        g = {(e.start, e.end, e.label_) for e in gold.ents}
        p = {(e.start, e.end, e.label_) for e in pred.ents}
        for label in LABELS:
            gl = {x for x in g if x[2] == label}
            pl = {x for x in p if x[2] == label}
            tp[label] += len(gl & pl)
            npred[label] += len(pl)
            ngold[label] += len(gl)
        pred_per = {i for e in pred.ents if e.label_ == "PER" for i in range(e.start, e.end)}
        pred_any = {i for e in pred.ents for i in range(e.start, e.end)}
        for e in gold.ents:
            if e.label_ != "PER":
                continue
            words = [i for i in range(e.start, e.end) if not gold[i].is_punct]
            names_gold += 1
            names_covered += all(i in pred_per for i in words)
            for i in words:
                tok_gold += 1
                tok_hit += i in pred_per
                tok_any += i in pred_any
    out = {label: prf(tp[label], npred[label], ngold[label]) for label in LABELS}
    out["PER_tokens"] = {
        "recall": round(tok_hit / tok_gold, 4) if tok_gold else 0.0,
        "recall_any_label": round(tok_any / tok_gold, 4) if tok_gold else 0.0,
        "n_gold": tok_gold,
    }
    # A name is withheld in full when every word of it lies inside predicted PER spans, however
    # those spans are cut (a longer span or two spans over one name is over-redaction, not a leak).
    out["PER_names"] = {
        "covered_recall": round(names_covered / names_gold, 4) if names_gold else 0.0,
        "n_gold": names_gold,
    }
    return out


def europeana_dev_gold(nlp: Language) -> list[Doc]:
    sents = europeana.read_sentences(europeana.EUROPEANA_DIR / "dev.txt")
    return europeana.chunk_docs(nlp.vocab, sents, normalise=True)


def eval_europeana(nlp: Language, gold: list[Doc]) -> dict[str, dict[str, float]]:
    return score(gold, predict(nlp, gold))


def heldout_docs(nlp: Language, n: int) -> list[tuple[str, Doc]]:
    gen = synth.Generator("heldout", HELDOUT_SEED)
    out = []
    for sdoc in gen.documents(n):
        out.append((sdoc.text, with_entities(nlp.make_doc(sdoc.text), sdoc.spans)))
    return out


def eval_heldout(nlp: Language, pairs: list[tuple[str, Doc]]) -> tuple[dict[str, dict[str, float]], list[str]]:
    pred = list(nlp.pipe(text for text, _ in pairs))
    missed: list[str] = []
    for (_, gold), p in zip(pairs, pred, strict=True):
        pper = {i for e in p.ents if e.label_ == "PER" for i in range(e.start, e.end)}
        for e in gold.ents:
            if e.label_ == "PER" and not any(i in pper for i in range(e.start, e.end)):
                ctx = gold[max(0, e.start - 4) : e.end + 3].text.replace("\n", " / ")
                missed.append(f"{e.text!r} in: {ctx}")
    return score([g for _, g in pairs], pred), missed


def europeana_texts() -> tuple[list[str], int]:
    sents = europeana.read_sentences(europeana.EUROPEANA_DIR / "dev.txt")
    joined = [" ".join(w for w, _ in s) for s in sents]
    texts = [" ".join(joined[i : i + 10]) for i in range(0, len(joined), 10)]
    return texts, sum(len(t.split()) for t in texts)


def speed(nlp: Language, repeat: int, n_process: int) -> float:
    texts, n_words = europeana_texts()
    data = texts * repeat
    for _ in nlp.pipe(texts[:20]):
        pass
    t0 = time.perf_counter()
    for _ in nlp.pipe(data, batch_size=64, n_process=n_process):
        pass
    return n_words * repeat / (time.perf_counter() - t0)


def deduce_speed(repeat: int) -> float:
    from deduce import Deduce  # dev-only benchmark dependency (LGPL), never shipped

    texts, n_words = europeana_texts()
    ded = Deduce()
    t0 = time.perf_counter()
    for _ in range(repeat):
        for t in texts:
            ded.deidentify(t)
    return n_words * repeat / (time.perf_counter() - t0)


ENGINE_MODES = ("off", "selective", "full")


def engine_person_docs(mode: str, gold: list[Doc]) -> list[Doc]:
    """The engine's PERSON spans (redacted or kept: found either way) on the gold documents' text,
    as PER entities of a copy of each document, token-aligned like the gold."""
    from redaction import Redactor  # the product; imported here so the model-only path stays light

    redactor = Redactor(ner=mode)
    out = []
    for doc, decisions in zip(gold, redactor.analyze_many([d.text for d in gold]), strict=True):
        pred = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        out.append(with_entities(pred, [(d.start, d.end, "PER") for d in decisions if d.entity == "PERSON"]))
    return out


def fmt_engine(rows: dict[str, dict[str, dict[str, float]]]) -> str:
    lines = ["   engine PERSON   entity P / R / F1         token R   names covered R"]
    for mode, res in rows.items():
        r, t, c = res["PER"], res["PER_tokens"], res["PER_names"]
        lines.append(
            f"   ner={mode:<9s}  {r['p']:.3f} / {r['r']:.3f} / {r['f']:.3f}    {t['recall']:.3f}     "
            f"{c['covered_recall']:.3f}"
        )
    return "\n".join(lines)


def fmt(name: str, res: dict[str, dict[str, float]]) -> str:
    lines = [f"== {name}"]
    for label in LABELS:
        r = res[label]
        lines.append(f"  {label:4s} entity  P={r['p']:.3f} R={r['r']:.3f} F1={r['f']:.3f}  (gold {r['n_gold']})")
    t = res["PER_tokens"]
    lines.append(
        f"  PER  token   R={t['recall']:.3f}  (any entity label: {t['recall_any_label']:.3f}; "
        f"gold tokens {t['n_gold']})"
    )
    c = res["PER_names"]
    lines.append(f"  PER  names covered in full  R={c['covered_recall']:.3f}  (gold names {c['n_gold']})")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--n-heldout", type=int, default=600)
    ap.add_argument("--speed-repeat", type=int, default=5)
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--per-bias", type=float, default=None, help="override the shipped PER bias (analysis)")
    ap.add_argument("--compare-deduce", action="store_true")
    ap.add_argument("--show-missed", type=int, default=0, help="print N missed held-out names")
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON")
    ap.add_argument("--no-engine", action="store_true", help="skip the engine comparison (model only)")
    args = ap.parse_args()

    nlp = spacy.load(args.model)
    if args.per_bias is not None:
        set_per_bias(nlp, args.per_bias)
    results: dict[str, object] = {"model": str(args.model), "meta_version": nlp.meta.get("version")}
    eu_gold = europeana_dev_gold(nlp)
    eu = eval_europeana(nlp, eu_gold)
    print(fmt("(a) Europeana dev (historic newspapers; initials joined)", eu))
    if not args.no_engine:
        engine_eu = {mode: score(eu_gold, engine_person_docs(mode, eu_gold)) for mode in ENGINE_MODES}
        print(fmt_engine(engine_eu))
        results["engine_europeana_dev"] = engine_eu
    ho_pairs = heldout_docs(nlp, args.n_heldout)
    ho, missed = eval_heldout(nlp, ho_pairs)
    print(fmt(f"(b) held-out synthetic correspondence ({args.n_heldout} docs, unseen templates + names)", ho))
    for m in missed[: args.show_missed]:
        print("   missed:", m)
    if not args.no_engine:
        ho_gold = [doc for _, doc in ho_pairs]
        engine_ho = {mode: score(ho_gold, engine_person_docs(mode, ho_gold)) for mode in ENGINE_MODES}
        print(fmt_engine(engine_ho))
        results["engine_heldout_synthetic"] = engine_ho
    results.update({"europeana_dev": eu, "heldout_synthetic": ho})
    if not args.no_speed:
        sp = {f"n_process={n}": round(speed(nlp, args.speed_repeat, n)) for n in (1, 2)}
        print("== nlp.pipe words/second on Europeana dev text:", sp)
        results["words_per_second"] = sp
        if args.compare_deduce:
            dd = round(deduce_speed(args.speed_repeat))
            best = max(sp.values())
            print(f"== deduce words/second (1 process): {dd}; ratio nl_woo best/deduce = {best / dd:.2f}")
            results["deduce_words_per_second"] = dd
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")


if __name__ == "__main__":
    main()
