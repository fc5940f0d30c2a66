"""Recall on scans: the woo_dev letters printed, scanned askew with noise and blur, read back by OCR.

Usage::

    .venv/bin/python -m eval.scanned [--set woo_dev] [--limit N] [--seed S] [--json]

For every document of the set (``eval.corpus``; the held-out part is never used here) the text is
typed onto A4 pages at 200 dpi (`eval.inbox.scans`), each page turned a random 1-3 degrees either
way, blurred and sprinkled with noise, saved as a multi-page TIFF in ``var/scanned/`` (git-ignored:
the text of the set never enters the repository) and ingested like an inbox file: Tesseract reads
it, the engine analyses the OCR text. The same documents as text are analysed too.

Scoring as ``eval.corpus`` does (a gold span is caught when 90 % of its non-space characters lie
in predicted redactions), after carrying each gold span over to the OCR text: the words of both
texts are aligned (difflib on normalised words); a gold span's words map to the OCR words they
align with, a replaced run of words to the run that replaced it. A gold span none of whose words
has a counterpart (OCR lost the line) counts as missed. Printed: recall of names (PERSON) and of
all redactions, as text and as scan, and the difference (target: names within 0.05).
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.corpus import SETS, _covered, predict
from eval.inbox.scans import Spoil, draw_page, page_lines, spoil, tiff_bytes

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "var" / "scanned"
DPI = 200
LINES_PER_PAGE = 40
_WORD = re.compile(r"\S+")


def scan_document(text: str, rng: random.Random) -> bytes:
    """The text typed onto pages and scanned: a multi-page TIFF."""
    lines = page_lines(text.splitlines(), width_chars=85)
    chunks = [lines[at : at + LINES_PER_PAGE] for at in range(0, len(lines), LINES_PER_PAGE)] or [[""]]
    pages = []
    for chunk in chunks:
        angle = rng.uniform(1.0, 3.0) * rng.choice((-1, 1))
        how = Spoil(rotate=angle, blur=rng.uniform(0.4, 0.8), noise=0.002, seed=rng.randrange(10_000))
        pages.append(spoil(draw_page(chunk, dpi=DPI), how))
    return tiff_bytes(pages, DPI)


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(re.sub(r"[^\w@.]", "", m.group()).casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def carry_spans(source: str, target: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """Each (start, end) of ``source`` as a range of ``target`` (None: no word of it survived)."""
    a, b = _words(source), _words(target)
    mapping: dict[int, tuple[int, int]] = {}  # source word index -> target word index range
    matcher = difflib.SequenceMatcher(None, [w for w, _, _ in a], [w for w, _, _ in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                mapping[i1 + k] = (j1 + k, j1 + k + 1)
        elif tag == "replace":
            for k in range(i1, i2):
                mapping[k] = (j1, j2) if (i2 - i1) != (j2 - j1) else (j1 + k - i1, j1 + k - i1 + 1)
    out: list[tuple[int, int] | None] = []
    for start, end in spans:
        hits = [mapping[i] for i, (_, s, e) in enumerate(a) if s < end and start < e and i in mapping]
        if not hits:
            out.append(None)
            continue
        first, last = min(h[0] for h in hits), max(h[1] for h in hits)
        begin, finish = b[first][1], b[last - 1][2]
        # Words carry their punctuation ("Dijkema,"): keep only what the gold span has.
        while finish > begin and target[finish - 1] in _PUNCTUATION and source[end - 1] not in _PUNCTUATION:
            finish -= 1
        while begin < finish and target[begin] in _PUNCTUATION and source[start] not in _PUNCTUATION:
            begin += 1
        out.append((begin, finish))
    return out


_PUNCTUATION = set(".,;:!?()[]\"'“”‘’«»")


def recall(docs: Sequence[dict[str, Any]], texts: dict[str, str], predictions: dict[str, list[dict[str, Any]]],
           label: str | None) -> tuple[int, int]:  # fmt: skip
    """(caught, gold) of the gold redactions (of ``label``, or all) carried over to ``texts``."""
    caught = gold = 0
    for doc in docs:
        spans = [s for s in doc["spans"] if s["decision"] == "redact" and (label is None or s["label"] == label)]
        target = texts[doc["id"]]
        ranges = [(p["start"], p["end"]) for p in predictions.get(doc["id"], []) if p.get("decision") == "redact"]
        carried = (carry_spans(doc["text"], target, [(s["start"], s["end"]) for s in spans])
                   if target is not doc["text"] else [(s["start"], s["end"]) for s in spans])  # fmt: skip
        for span in carried:
            gold += 1
            caught += span is not None and _covered(target, span[0], span[1], ranges)
    return caught, gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.scanned", description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="woo_dev", choices=[n for n, s in SETS.items() if not s.holdout])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from redaction.ingest import ingest_bytes

    docs = SETS[args.set].load()
    if args.limit:
        docs = docs[: args.limit]
    if not docs:
        print(f"no documents in set {args.set} on this machine", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    folder = OUT / args.set
    folder.mkdir(parents=True, exist_ok=True)
    ocr_texts: dict[str, str] = {}
    pages = 0
    started = time.perf_counter()
    for doc in docs:
        data = scan_document(doc["text"], rng)
        (folder / f"{doc['id']}.tif").write_bytes(data)
        result = ingest_bytes(data, "scan.tif")
        document = result.documents[0] if result.documents else None
        ocr_texts[doc["id"]] = document.text if document else ""
        pages += len(document.pages) if document else 0
    ocr_seconds = time.perf_counter() - started
    as_text = predict(docs)
    scanned_docs = [{**d, "text": ocr_texts[d["id"]]} for d in docs]
    as_scan = predict(scanned_docs)
    texts = {d["id"]: d["text"] for d in docs}
    figures: dict[str, Any] = {"set": args.set, "documents": len(docs), "pages": pages,
                               "ocr_pages_per_second": round(pages / ocr_seconds, 3)}  # fmt: skip
    for name, label in (("names", "PERSON"), ("all", None)):
        text_caught, gold = recall(docs, texts, as_text, label)
        scan_caught, _ = recall(docs, ocr_texts, as_scan, label)
        figures[name] = {"gold": gold, "recall_text": round(text_caught / gold, 4) if gold else None,
                         "recall_scan": round(scan_caught / gold, 4) if gold else None}  # fmt: skip
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    print(f"{args.set}: {len(docs)} documents scanned to {pages} pages ({figures['ocr_pages_per_second']} pages/s "
          f"OCR on this machine), TIFFs in {folder}")  # fmt: skip
    for name in ("names", "all"):
        f = figures[name]
        diff = f["recall_text"] - f["recall_scan"] if f["gold"] else 0.0
        print(f"  recall {name:<6} ({f['gold']} gold spans): text {f['recall_text']:.3f}, scan {f['recall_scan']:.3f},"
              f" difference {diff:+.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
