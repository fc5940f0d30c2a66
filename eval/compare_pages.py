"""Published pages against their originals, looked at as images.

Usage::

    .venv/bin/python -m eval.compare_pages [BATCH_FOLDER] [--public var/public/documenten] [--save DIR]

For every document of a batch that has a page model (a PDF or a scan; default: the newest batch
under var/restricted/batches, as `make demo` leaves it), the published PDF is rendered by poppler's
``pdftoppm`` (another PDF engine than the pypdfium2 that made it, so the check does not trust its
own renderer) at 150 dpi, and the original page is made as the renderer makes it (pypdfium2 or
Pillow, turned and deskewed as OCR found it). Printed per document: pages, the mean gray-level
difference outside the boxes (0 = identical; the image encoding adds a little), the share of
pixels that changed by more than 64 levels outside the boxes, and the share of box area that is
black or white label (burned in) on the published page. ``--save`` writes side-by-side PNGs.
Output holds document numbers and figures only (no text), so it may be shared.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from redaction.pages import DocumentLayout
from redaction.pages.raster import PageRaster
from redaction.render.pages import PAD
from redaction.render.text import redacted_regions

ROOT = Path(__file__).resolve().parent.parent
DPI = 150


def _published_pages(pdf: Path, folder: Path) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(folder / "p")], check=True)
    return [Image.open(p).convert("L") for p in sorted(folder.glob("p-*.png"))]


def compare(batch: Path, public: Path, save: Path | None) -> list[dict[str, object]]:
    records = [json.loads(line) for line in (batch / "documents.jsonl").read_text("utf-8").splitlines() if line]
    rows = []
    for record in records:
        layout_file = batch / "texts" / f"{record['id']}.pages.json"
        published = public / f"{record['number']}.pdf"
        decisions_file = batch / "reviewed" / f"{record['id']}.jsonl"
        if not (layout_file.exists() and published.exists() and decisions_file.exists()):
            continue
        layout = DocumentLayout.from_json(layout_file.read_text("utf-8"))
        spans = json.loads(decisions_file.read_text("utf-8"))["spans"]
        from redaction.decisions import Decision

        regions = redacted_regions([Decision.from_json_dict(span) for span in spans])
        boxes: dict[int, list] = {}
        for region in regions:
            for number, box in layout.boxes(region.start, region.end):
                boxes.setdefault(number, []).append(box)
        with tempfile.TemporaryDirectory() as tmp, PageRaster((batch / "texts" / f"{record['id']}.source")
                                                              .read_bytes(), layout.suffix) as raster:  # fmt: skip
            shown = _published_pages(published, Path(tmp))
            diffs, changed, burned = [], [], []
            for page, after in zip(layout.pages, shown, strict=False):
                before = raster.image(page.source, page.width, page.height, DPI).convert("L")
                after = after.resize(before.size)
                a, b = np.asarray(before, dtype=np.int16), np.asarray(after, dtype=np.int16)
                inside = np.zeros(a.shape, dtype=bool)
                scale = DPI / 72.0
                for box in boxes.get(page.number, []):
                    inside[max(0, int((box.top - PAD) * scale)) : int((box.bottom + PAD) * scale) + 1,
                           max(0, int((box.x0 - PAD) * scale) - 40) : int((box.x1 + PAD) * scale) + 41] = True
                outside = ~inside
                delta = np.abs(a - b)
                diffs.append(float(delta[outside].mean()))
                changed.append(float((delta[outside] > 64).mean()))
                if boxes.get(page.number):
                    tight = np.zeros(a.shape, dtype=bool)
                    for box in boxes[page.number]:
                        tight[int(box.top * scale) + 1 : int(box.bottom * scale),
                              int(box.x0 * scale) + 1 : int(box.x1 * scale)] = True  # fmt: skip
                    burned.append(float(((b[tight] < 60) | (b[tight] > 200)).mean()))
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    pair = Image.new("L", (before.width * 2 + 10, before.height), 128)
                    pair.paste(before, (0, 0))
                    pair.paste(after, (before.width + 10, 0))
                    pair.reduce(2).save(save / f"{record['number']}-{page.number}.png")
        rows.append({
            "number": record["number"], "kind": record["kind"], "pages": len(layout.pages),
            "published_pages": len(shown), "ocr_pages": layout.ocr_pages,
            "mean_diff_outside": round(sum(diffs) / len(diffs), 2) if diffs else None,
            "changed_outside": round(max(changed), 4) if changed else None,
            "burned_in_boxes": round(min(burned), 3) if burned else None,
            "boxes": sum(len(v) for v in boxes.values()),
        })  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.compare_pages", description=__doc__.splitlines()[0])
    parser.add_argument("batch", nargs="?", type=Path, help="a batch folder (default: the newest under var/)")
    parser.add_argument("--public", type=Path, default=ROOT / "var" / "public" / "documenten")
    parser.add_argument("--save", type=Path, help="write side-by-side PNGs (original | published) here")
    args = parser.parse_args(argv)
    batch = args.batch
    if batch is None:
        batches = ROOT / "var" / "restricted" / "batches"
        found = sorted(batches.glob("*/documents.jsonl"), key=lambda p: p.stat().st_mtime)
        if not found:
            print("no batch found: run `make demo` first", file=sys.stderr)
            return 1
        batch = found[-1].parent
    rows = compare(batch, args.public, args.save)
    print(f"{'document':<20}{'kind':<6}{'pages':>6}{'ocr':>5}{'boxes':>6}{'mean diff':>10}{'changed':>9}{'burned':>8}")
    for r in rows:
        print(f"{r['number']:<20}{r['kind']:<6}{r['pages']:>6}{r['ocr_pages']:>5}{r['boxes']:>6}"
              f"{r['mean_diff_outside']!s:>10}{r['changed_outside']!s:>9}{r['burned_in_boxes']!s:>8}")  # fmt: skip
    print("mean diff: mean gray-level difference outside the boxes (0-255); changed: largest share of pixels "
          "outside the boxes changed by more than 64 levels on a page; burned: smallest share of box area black "
          "or white label on a page (published pages rendered by pdftoppm)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
