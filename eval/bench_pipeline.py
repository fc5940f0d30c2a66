"""`make bench-pipeline`: the document platform end to end on generated inboxes, speed and memory.

For each inbox size (default 250 and 1,000 files) one synthetic inbox is generated; then, each in
a fresh process on a copy of that same inbox, the inbox sensor is evaluated and the publication
job run on a temporary Dagster instance with a policy that approves everything (so every document
is rendered, leak-checked and published), in three modes:

- ``baseline``: the code of ``--baseline`` (a git revision, default the last one before the
  per-document work ran in worker processes; ``--baseline none`` skips it), exported with
  ``git archive`` into a temporary folder and run from there (its own child entry point);
- ``sequential``: this code with one process per batch (``ParallelWork(processes=1)``);
- ``parallel``: this code with a worker per core (``ParallelWork(processes=0)``).

It reports documents per second (documents = files plus e-mail attachments), the ratio of each
mode to the baseline, the processor seconds per document (the child process with its workers and
Tesseract, start-up included: steadier than docs/s on a shared machine), the peak RSS of the
job's process and of its largest worker process (the
worker figure is the largest single child, Tesseract included, not a sum). Peak memory that does
not grow with the number of documents is the target: the job streams per document, never a whole
batch.

Results are printed and written to var/bench/pipeline.json. Timing is of the job only; generating
the inbox is reported separately. On a machine doing other work the modes disturb each other less
than the machine's load disturbs them all: run it on an idle machine.

Pages (``--pages N``, default 12; 0 skips): in a process of its own, N typed A4 pages scanned at
200 dpi (1-3 degrees askew, blur, noise; invented names) as one multi-page TIFF and the same text
as a PDF with a text layer. Reported: OCR pages per second (ingest of the TIFF: orientation,
deskew, Tesseract), rendering pages per second and KB per A4 page of the published PDF at 150 dpi
for both inputs (the target is at most 250 KB), the leak check's read-back OCR pages per second,
and the peak RSS of that process (written to var/bench/pages.json).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
# The last revision whose document job ran extraction, rendering and the leak check one document
# after another (analysis forked per chunk of 32): "today's code" of issue 16.
BASELINE_REVISION = "34dbe7e"
MODES = ("baseline", "sequential", "parallel")
OUT = REPOSITORY / "var" / "bench" / "pipeline.json"
PAGES_OUT = REPOSITORY / "var" / "bench" / "pages.json"
APPROVE_ALL = "extends: default\nreview:\n  auto_approve:\n    enabled: true\n    min_score: 0.0\n"


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def measure(files: int, seed: int, inbox: Path | None = None, processes: int = 0) -> dict[str, float | int]:
    """Runs in its own process, so peak RSS belongs to this inbox size and mode alone.

    ``inbox``: a generated inbox to copy (else one is generated here); ``processes``: worker
    processes per batch (0: every core, 1: the job's own process)."""
    from dagster import DagsterInstance

    from eval.inbox.generate import generate_inbox
    from pipelines.definitions import defs
    from pipelines.defs.batches import PUBLICATION_JOB, tick_inbox_sensor
    from pipelines.defs.resources import RedactionEngine, StorageAreas, document_resources

    with tempfile.TemporaryDirectory(prefix="woo-bench-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        if inbox is None:
            generate_inbox(root / "inbox", root / "truth.json", documents=files, seed=seed)
        else:
            shutil.copytree(inbox, root / "inbox")
        generated = time.perf_counter() - started
        policy = root / "approve-all.yaml"
        policy.write_text(APPROVE_ALL, encoding="utf-8")
        resources = document_resources(RedactionEngine(policy_path=str(policy)), StorageAreas.under(root),
                                       f"sqlite:///{root / 'review.db'}", processes=processes)  # fmt: skip
        with DagsterInstance.ephemeral() as instance:
            started = time.perf_counter()
            batch, _ = tick_inbox_sensor(instance, resources)
            assert batch is not None, "the generated inbox holds new files"
            result = defs.resolve_job_def(PUBLICATION_JOB).execute_in_process(
                instance=instance, partition_key=batch, resources=resources, raise_on_error=False
            )
            elapsed = time.perf_counter() - started
        store = resources["review"].get()  # type: ignore[attr-defined]
        queue = store.queue(batch)
        published = sum(q.status == "published" for q in queue)
        documents = sum(q.status != "not_processed" for q in queue)
        return {
            "files": files,
            "documents": documents,
            "published": published,
            "not_processed": len(queue) - documents,
            "success": int(result.success),
            "seconds": round(elapsed, 1),
            "documents_per_second": round(documents / elapsed, 2),
            "generate_seconds": round(generated, 1),
            "peak_rss_mb": round(_rss_mb(resource.RUSAGE_SELF), 1),
            "peak_worker_rss_mb": round(_rss_mb(resource.RUSAGE_CHILDREN), 1),
        }


BENCH_NAMES = ("Kanterink", "Sabelsma", "Wijnbergen", "Oosterhuis")


def measure_pages(count: int, seed: int) -> dict[str, float | int]:
    """OCR, rendering and read-back of ``count`` scanned pages; runs in its own process."""
    import random
    import re

    from eval.inbox.formats import pdf_bytes
    from eval.inbox.generate import FILLER, TOPICS
    from eval.inbox.scans import Spoil, draw_page, page_lines, spoil, tiff_bytes
    from redaction.decisions import Decision
    from redaction.ingest import ingest_bytes
    from redaction.pages.readback import read_back
    from redaction.render import render

    rng = random.Random(seed)
    pages, all_lines = [], []
    for number in range(count):
        lines = [f"Geachte heer {rng.choice(BENCH_NAMES)},", ""]
        while len(lines) < 38:
            topic = rng.choice(TOPICS)[1]
            lines += [*page_lines([rng.choice(topic), f"Mevrouw {rng.choice(BENCH_NAMES)} {rng.choice(FILLER)}"]), ""]
        all_lines += lines[:40]
        how = Spoil(rotate=rng.uniform(1, 3) * rng.choice((-1, 1)), blur=0.6, noise=0.002, seed=number)
        pages.append(spoil(draw_page(lines[:40]), how))
    inputs = {"scan": (tiff_bytes(pages), "scan.tif"), "text_pdf": (pdf_bytes(all_lines), "brief.pdf")}
    out: dict[str, float | int] = {"pages": count}
    with tempfile.TemporaryDirectory(prefix="woo-bench-pages-") as tmp:
        for kind, (data, name) in inputs.items():
            started = time.perf_counter()
            document = ingest_bytes(data, name).documents[0]
            read = time.perf_counter() - started
            decisions = [Decision(m.start(), m.end(), m.group(), "PERSON", "redact", "5.1.2e", "naam", "r", 1.0, "b")
                         for m in re.finditer("|".join(BENCH_NAMES), document.text)]  # fmt: skip
            started = time.perf_counter()
            pdf = render("pages", document.text, decisions, layout=document.layout, source=document.source,
                         title="Document bench")  # fmt: skip
            rendered = time.perf_counter() - started
            pages_out = len(document.layout.pages)
            if kind == "scan":
                out["ocr_pages_per_second"] = round(pages_out / read, 3)
                path = Path(tmp) / "published.pdf"
                path.write_bytes(pdf)
                started = time.perf_counter()
                read_back(path)
                out["read_back_pages_per_second"] = round(pages_out / (time.perf_counter() - started), 3)
            out[f"{kind}_pages"] = pages_out
            out[f"{kind}_render_pages_per_second"] = round(pages_out / rendered, 2)
            # The Noot page is small; its bytes are counted with the pages, an honest upper bound.
            out[f"{kind}_kb_per_page"] = round(len(pdf) / 1024 / pages_out, 1)
    out["peak_rss_mb"] = round(_rss_mb(resource.RUSAGE_SELF), 1)
    return out


def _pages_report(pages: int, seed: int, env: dict[str, str]) -> dict[str, float | int] | None:
    proc = subprocess.run(
        [sys.executable, "-m", "eval.bench_pipeline", "--pages-child", str(pages), "--seed", str(seed)],
        cwd=REPOSITORY, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        print(f"bench-pipeline: pages failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
        return None
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    PAGES_OUT.write_text(json.dumps(r, indent=1) + "\n", encoding="utf-8")
    print(f"pages: {r['pages']} A4 pages scanned at 200 dpi (TIFF) and as a text PDF; published at 150 dpi")
    print(f"  OCR (orientation, deskew, Tesseract nld): {r['ocr_pages_per_second']} pages/s")
    print(f"  rendering, scan: {r['scan_render_pages_per_second']} pages/s, {r['scan_kb_per_page']} KB/page; "
          f"text PDF: {r['text_pdf_render_pages_per_second']} pages/s, {r['text_pdf_kb_per_page']} KB/page")
    print(f"  leak check read-back OCR: {r['read_back_pages_per_second']} pages/s; peak RSS {r['peak_rss_mb']} MB")
    return r


def _baseline_tree(revision: str, into: Path) -> Path:
    """The code of ``revision`` (models and examples included) exported into ``into``."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "--format=tar", revision], cwd=REPOSITORY, capture_output=True,
                             check=True).stdout  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _child(mode: str, size: int, seed: int, inbox: Path, baseline: Path | None, env: dict[str, str]
           ) -> dict[str, float | int] | None:  # fmt: skip
    if mode == "baseline":
        assert baseline is not None
        # Its own entry point generates the same inbox from the same seed (eval/inbox is unchanged).
        command = [sys.executable, "-m", "eval.bench_pipeline", "--child", str(size), "--seed", str(seed)]
        cwd, child_env = baseline, dict(env, PYTHONPATH=str(baseline))
    else:
        processes = "1" if mode == "sequential" else "0"
        command = [sys.executable, "-m", "eval.bench_pipeline", "--child", str(size), "--seed", str(seed),
                   "--inbox", str(inbox), "--processes", processes]  # fmt: skip
        cwd, child_env = REPOSITORY, dict(env, PYTHONPATH=str(REPOSITORY))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(command, cwd=cwd, env=child_env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        print(f"bench-pipeline: {size} files, {mode}, failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
        return None
    result: dict[str, float | int] = json.loads(proc.stdout.strip().splitlines()[-1])
    # Processor time of the child and everything it waited for (workers, Tesseract), its start-up
    # and inbox copy included: unlike docs/s it hardly moves when other work shares the machine,
    # so it compares the cost per document of the modes on a busy host (not their parallelism).
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    result["cpu_seconds"] = round(cpu, 1)
    result["cpu_seconds_per_document"] = round(cpu / max(int(result["documents"]), 1), 3)
    print(f"  {size} files, {mode}: {result['documents_per_second']} docs/s", file=sys.stderr, flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[250, 1000])
    parser.add_argument("--modes", nargs="*", choices=MODES, default=list(MODES))
    parser.add_argument("--baseline", default=BASELINE_REVISION, help="git revision of today's code, or 'none'")
    parser.add_argument("--pages", type=int, default=12, help="scanned pages for the OCR and rendering section")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--inbox", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--pages-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(measure(args.child, args.seed, args.inbox, args.processes)))
        return 0
    if args.pages_child is not None:
        print(json.dumps(measure_pages(args.pages_child, args.seed)))
        return 0
    env = dict(os.environ, DAGSTER_HOME=tempfile.mkdtemp(prefix="woo-bench-home-"))
    modes = [m for m in args.modes if m != "baseline" or args.baseline != "none"]
    results: list[dict[str, float | int | str]] = []
    with tempfile.TemporaryDirectory(prefix="woo-bench-inboxes-") as tmp:
        baseline = _baseline_tree(args.baseline, Path(tmp) / "baseline") if "baseline" in modes else None
        for size in args.sizes:
            from eval.inbox.generate import generate_inbox

            inbox = Path(tmp) / f"inbox-{size}"
            generate_inbox(inbox, Path(tmp) / f"truth-{size}.json", documents=size, seed=args.seed)
            for mode in modes:
                r = _child(mode, size, args.seed, inbox, baseline, env)
                if r is None:
                    return 1
                results.append({"mode": mode, **r})
    pages = _pages_report(args.pages, args.seed, env) if args.pages else None
    if not results:
        return 0 if pages is not None or not args.pages else 1
    _print_table(results)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0 if all(r["success"] for r in results) and (pages is not None or not args.pages) else 1


def _print_table(results: list[dict[str, float | int | str]]) -> None:
    print(f"cores: {os.cpu_count()}")
    print(f"{'files':>6} {'mode':>10} {'docs':>6} {'published':>9} {'not proc.':>9} {'seconds':>8} {'docs/s':>7} "
          f"{'x base':>6} {'CPU s/doc':>9} {'peak RSS MB':>11} {'worker RSS MB':>13}")  # fmt: skip
    for r in results:
        base = next((b for b in results if b["files"] == r["files"] and b["mode"] == "baseline"), None)
        ratio = f"{float(r['documents_per_second']) / float(base['documents_per_second']):.2f}" if base else "-"
        cpu = r.get("cpu_seconds_per_document", "-")
        print(f"{r['files']:>6} {r['mode']:>10} {r['documents']:>6} {r['published']:>9} {r['not_processed']:>9} "
              f"{r['seconds']:>8} {r['documents_per_second']:>7} {ratio:>6} {cpu:>9} {r['peak_rss_mb']:>11} "
              f"{r['peak_worker_rss_mb']:>13}")  # fmt: skip
    sizes = sorted({int(r["files"]) for r in results})
    for mode in dict.fromkeys(str(r["mode"]) for r in results):
        by_size = {int(r["files"]): r for r in results if r["mode"] == mode}
        if len(sizes) > 1 and sizes[0] in by_size and sizes[-1] in by_size:
            small, large = by_size[sizes[0]], by_size[sizes[-1]]
            growth = float(large["peak_rss_mb"]) - float(small["peak_rss_mb"])
            workers = float(large["peak_worker_rss_mb"]) - float(small["peak_worker_rss_mb"])
            print(f"{mode}: peak RSS from {sizes[0]} to {sizes[-1]} files: {growth:+.1f} MB "
                  f"(workers {workers:+.1f} MB)")


if __name__ == "__main__":
    sys.exit(main())
