"""How much the leak check's read-back OCR sees, and what it costs, at a given resolution.

Detection power, measured the hard way: every page document of a generated inbox (PDFs, scans,
PDF attachments) and a few askew, blurred, noisy scanned letters (as ``eval.bench_pipeline``
makes them) is published as page images with *no* boxes at all, as if every box had missed its
word. The read-back (`redaction.pages.readback.read_back`) then has to find each withheld value
(the generator's truth for that file, where the document's text holds it) in the pixels; reported
are the values found, the occurrences found (an occurrence is what one missed box leaves) and the
seconds per page. Run the resolutions one after the other, alternately and more than once on a
busy machine: the timings are noisy, the counts are not.

    python -m eval.readback_power --documents 60 --scans 6 --dpi native 300 native 300
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from redaction.ingest import ExtractedDocument, ingest_bytes, ingest_file
from redaction.pages.readback import read_back
from redaction.render import render
from redaction.scan import find_values

SCAN_NAMES = ("Kanterink", "Sabelsma", "Wijnbergen", "Oosterhuis")


def _occurrences(parts: list[tuple[str, str]], value: str) -> int:
    return len(find_values(parts, [value]))


def _inbox_documents(documents: int, seed: int, into: Path) -> list[tuple[ExtractedDocument, list[str]]]:
    from eval.inbox.generate import generate_inbox

    generate_inbox(into / "inbox", into / "truth.json", documents=documents, seed=seed)
    truth = json.loads((into / "truth.json").read_text(encoding="utf-8"))["files"]
    out = []
    for name, info in sorted(truth.items()):
        path = into / "inbox" / name
        if not path.is_file():
            continue
        for document in ingest_file(path).documents:
            if document.layout is None or document.source is None:
                continue
            values = [v for v in info["redact"] if _occurrences([("tekst", document.text)], v)]
            if values:
                out.append((document, values))
    return out


def _scanned_letters(count: int, seed: int) -> list[tuple[ExtractedDocument, list[str]]]:
    from eval.inbox.generate import FILLER, TOPICS
    from eval.inbox.scans import Spoil, draw_page, page_lines, spoil, tiff_bytes

    rng = random.Random(seed)
    out = []
    for number in range(count):
        lines = [f"Geachte heer {rng.choice(SCAN_NAMES)},", ""]
        while len(lines) < 38:
            topic = rng.choice(TOPICS)[1]
            lines += [*page_lines([rng.choice(topic), f"Mevrouw {rng.choice(SCAN_NAMES)} {rng.choice(FILLER)}"]), ""]
        how = Spoil(rotate=rng.uniform(1, 3) * rng.choice((-1, 1)), blur=0.6, noise=0.002, seed=number)
        document = ingest_bytes(tiff_bytes([spoil(draw_page(lines[:40]), how)]), "scan.tif").documents[0]
        values = [v for v in SCAN_NAMES if _occurrences([("tekst", document.text)], v)]
        out.append((document, values))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=60, help="files in the generated inbox")
    parser.add_argument("--scans", type=int, default=6, help="extra askew, noisy scanned letters")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dpi", nargs="+", default=["native", "300"],
                        help="resolutions to compare in turn: 'native' (the image's own) or a number")  # fmt: skip
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="woo-readback-power-") as tmp:
        root = Path(tmp)
        documents = _inbox_documents(args.documents, args.seed, root) + _scanned_letters(args.scans, args.seed)
        files = []
        for index, (document, values) in enumerate(documents):
            path = root / f"{index}.pdf"
            # No decisions: nothing is boxed, every withheld value stays in the pixels.
            path.write_bytes(render("pages", document.text, [], layout=document.layout, source=document.source,
                                    title="Leesproef"))  # fmt: skip
            files.append((path, document.text, values))
        print(f"{len(files)} documents, {sum(len(v) for _, _, v in files)} withheld values", file=sys.stderr)
        for setting in args.dpi:
            dpi = None if setting == "native" else float(setting)
            found = values_total = occurrences = occurrences_total = pages = 0
            started = time.perf_counter()
            for path, text, values in files:
                read = read_back(path, dpi=dpi)
                pages += len(read)
                for value in values:
                    want = _occurrences([("tekst", text)], value)
                    seen = _occurrences(read, value)
                    values_total += 1
                    found += bool(seen)
                    occurrences_total += want
                    occurrences += min(want, seen)
            seconds = time.perf_counter() - started
            print(json.dumps({"dpi": setting, "pages": pages, "values_found": found, "values": values_total,
                              "occurrences_found": occurrences, "occurrences": occurrences_total,
                              "seconds_per_page": round(seconds / max(pages, 1), 3)}), flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
