"""Benchmark the redaction engine against the Dutch baseline ``deduce``: cold start, throughput, memory.

Usage (``make bench``)::

    .venv/bin/python -m eval.bench [--min-chars 1000000] [--skip-deduce]

This is a measurement, not a test: it prints a table, writes ``var/bench/engine.json`` and exits 0
whatever the numbers (2 only when an engine could not be measured at all, because then there is
nothing to compare). Speed is never asserted by the test suite; timings on shared CI machines are
noise, and a flaky timed test teaches people to ignore failures.

What is measured, per engine, each in its OWN fresh subprocess (``--worker ours|deduce``):

- cold start: seconds from before the engine's first import to a constructed engine
  (``redaction.Redactor()`` / ``deduce.Deduce()``). A fresh process is the only honest way to
  include imports: in this process they would already be cached. The interpreter's own start-up
  is excluded (it is the same for both); the parent's wall time of the whole worker is reported
  separately as ``process_s``.
- throughput: characters per second of ``Redactor.analyze(text)`` / ``Deduce.deidentify(text)``
  over every document of the corpus, one call per document, as a real batch of letters and mails
  would be processed (one giant string would hide per-document overhead and exceed what spaCy
  is built for). One untimed warm-up call on the first document comes first, so lazy first-call
  work is reported apart (``first_call_s``) instead of being smeared over the throughput.
- peak RSS: ``ru_maxrss`` of the worker at the end. It is per process, which is exactly why the
  engines must not share one: the second would inherit the first's peak.

The corpus (``var/bench/corpus.jsonl``, >= ``--min-chars`` characters) is built by the dev-set
generator ``eval.generate_devset.generate`` with seeds after the dev set's own seed: fresh,
deterministic documents of the same six kinds rather than the 126 dev-set texts repeated verbatim
(a repeated text would flatter any engine with caches and says nothing new). The number of
verbatim duplicate texts is reported, so repetition could never go unnoticed.

Targets (for our engine): throughput >= 1.5x deduce, cold start < 3 s, peak RSS < 600 MB.

Then the dense case (``eval/bench_dense.py``): the command users run, ``woo analyze --json --jobs 2``
on the hand-written woo_dev correspondence repeated to about 3 MB (one file per document), start-up
included, against deduce per document with 2 forked workers; the same text as one file; peak memory
summed over the processes; the cold start of ``woo analyze`` on one short letter. Skipped with a
message when ``../shared/data/woo_dev/`` is absent (``--skip-dense`` skips it on purpose).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

# Only the standard library at module level: the worker imports this module before it starts the
# cold-start clock, and anything imported here would silently leave the measurement.

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
CORPUS_PATH = BENCH_DIR / "corpus.jsonl"
RESULT_PATH = BENCH_DIR / "engine.json"
DEFAULT_MIN_CHARS = 1_000_000
# "ours" analyses document by document in one process (like deduce); "ours-batch" hands the whole
# batch to Redactor.analyze_many, which spreads it over the machine's cores, as the pipeline does.
ENGINES: tuple[str, ...] = ("ours", "ours-batch", "deduce")
# The worker prints its result as one JSON line behind this marker: libraries may print to stdout too.
RESULT_MARKER = "BENCH-RESULT "
# A worker that hangs (an engine caught mid-edit once ran for 20 minutes on 1 MB) is stopped after
# this base plus one second per SLOWEST_CHARS_PER_S characters: generous for any usable engine.
WORKER_BASE_TIMEOUT_S = 300
SLOWEST_CHARS_PER_S = 2_000

TARGET_SPEEDUP = 1.5
TARGET_COLD_START_S = 3.0
TARGET_PEAK_RSS_MB = 600.0

Analyse = Callable[[str], int]
"""One engine call on one document; returns the number of spans found (proof that it did work)."""


# --------------------------------------------------------------------------- corpus


def build_corpus(min_chars: int = DEFAULT_MIN_CHARS) -> list[dict[str, Any]]:
    """Generated documents (id, seed, kind, text) totalling at least ``min_chars`` characters.

    Whole generator runs with seeds ``SEED + 1``, ``SEED + 2``, ... until the size is reached, so
    every document is fresh, the dev set itself (``SEED``) is never part of it, and the same
    ``min_chars`` always gives the same corpus. Gold spans are dropped: speed needs text only.
    """
    from eval.generate_devset import SEED, generate

    records: list[dict[str, Any]] = []
    total = 0
    seed = SEED
    while total < min_chars or not records:
        seed += 1
        batch = [r for r in generate(seed) if r["text"]]
        if not batch:  # a generator that yields nothing would loop forever
            raise RuntimeError(f"eval.generate_devset.generate({seed}) produced no text")
        for record in batch:
            records.append({"id": f"s{seed}-{record['id']}", "seed": seed, "kind": record["kind"],
                            "text": record["text"]})
            total += len(record["text"])
    return records


def corpus_stats(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Size and provenance of the corpus, as printed and written to the JSON."""
    texts = Counter(r["text"] for r in records)
    return {
        "documents": len(records),
        "characters": sum(len(r["text"]) for r in records),
        "seeds": sorted({r["seed"] for r in records}),
        "kinds": dict(sorted(Counter(r["kind"] for r in records).items())),
        "duplicate_texts": sum(n - 1 for n in texts.values()),
    }


def write_corpus(records: Sequence[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


# --------------------------------------------------------------------------- worker (one engine)


def build_ours() -> tuple[Analyse, str]:
    """Import and construct our engine; everything here counts as cold start."""
    import redaction

    redactor = redaction.Redactor()

    def analyse(text: str) -> int:
        return len(redactor.analyze(text))

    return analyse, redaction.__version__


def build_deduce() -> tuple[Analyse, str]:
    """Import and construct the baseline with its defaults, as its README shows it."""
    from importlib.metadata import version

    from deduce import Deduce

    deduce = Deduce()

    def analyse(text: str) -> int:
        return len(deduce.deidentify(text).annotations)

    return analyse, version("deduce")


def build_ours_batch() -> tuple[Analyse, str]:
    import redaction

    redactor = redaction.Redactor()

    def analyse_all(texts: Sequence[str]) -> int:
        return sum(len(decisions) for decisions in redactor.analyze_many(texts))

    analyse_all.batch = True  # type: ignore[attr-defined]
    return analyse_all, redaction.__version__  # type: ignore[return-value]


BUILDERS: dict[str, Callable[[], tuple[Analyse, str]]] = {
    "ours": build_ours,
    "ours-batch": build_ours_batch,
    "deduce": build_deduce,
}


def peak_rss_mb() -> float:
    """Peak resident set size of this process; ``ru_maxrss`` is KB on Linux (bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def children_peak_rss_mb() -> float:
    """Peak RSS of the largest finished child process, times the number of cores (all ran at once)."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return peak_mb * (os.cpu_count() or 1)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime


def measure(engine: str, build: Callable[[], tuple[Analyse, str]], corpus: Path) -> dict[str, Any]:
    """Cold start, then warm-up, then the timed batch; to be called first thing in a fresh process.

    The corpus is read after the engine is built, so that reading it is not counted as cold start.
    ``cpu_s`` next to ``analysis_s`` shows whether an engine used more than one core.
    """
    started = time.perf_counter()
    analyse, version = build()
    cold_start = time.perf_counter() - started

    texts = read_texts(corpus)
    if not texts:
        raise ValueError(f"empty corpus: {corpus}")
    batch = getattr(analyse, "batch", False)
    started = time.perf_counter()
    analyse(texts[:1] if batch else texts[0])  # type: ignore[arg-type]
    first_call = time.perf_counter() - started

    spans = 0
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    if batch:
        spans = analyse(texts)  # type: ignore[arg-type]
    else:
        for text in texts:
            spans += analyse(text)
    elapsed = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    characters = sum(len(t) for t in texts)
    return {
        "engine": engine,
        "version": version,
        "cold_start_s": round(cold_start, 3),
        "first_call_s": round(first_call, 3),
        "documents": len(texts),
        "characters": characters,
        "analysis_s": round(elapsed, 3),
        "cpu_s": round(cpu, 3),
        "chars_per_s": round(characters / elapsed, 1) if elapsed > 0 else None,
        "docs_per_s": round(len(texts) / elapsed, 2) if elapsed > 0 else None,
        "spans": spans,
        # Worker processes of a batch run count too: their largest peak is added to this one's.
        "peak_rss_mb": round(peak_rss_mb() + (children_peak_rss_mb() if batch else 0.0), 1),
    }


def worker(engine: str, corpus: Path) -> int:
    """Measure one engine and print the result line; a failure is a result too (with ``error``)."""
    try:
        result = measure(engine, BUILDERS[engine], corpus)
        code = 0
    except Exception as exc:  # the engine may not build yet: report why instead of a bare traceback
        traceback.print_exc()
        result = {"engine": engine, "error": f"{type(exc).__name__}: {exc}"}
        code = 2
    print(RESULT_MARKER + json.dumps(result), flush=True)
    return code


# --------------------------------------------------------------------------- parent (orchestration)


def parse_worker_output(engine: str, stdout: str, stderr: str, returncode: int) -> dict[str, Any]:
    """The worker's result line; a crash without one (killed, out of memory) becomes an error result."""
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_MARKER):
            return json.loads(line[len(RESULT_MARKER):])
    tail = " | ".join(stderr.strip().splitlines()[-3:])
    return {"engine": engine, "error": f"worker exited with {returncode} without a result: {tail}"}


def worker_timeout(characters: int) -> float:
    return WORKER_BASE_TIMEOUT_S + characters / SLOWEST_CHARS_PER_S


def run_worker(engine: str, corpus: Path, timeout: float) -> dict[str, Any]:
    """Run one engine in a fresh interpreter so its imports, cold start and peak RSS are its own."""
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "eval.bench", "--worker", engine, "--corpus", str(corpus)],
            cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False,
        )
    except subprocess.TimeoutExpired:
        return {"engine": engine, "error": f"worker timed out after {timeout:.0f} s"}
    result = parse_worker_output(engine, proc.stdout, proc.stderr, proc.returncode)
    result["process_s"] = round(time.perf_counter() - started, 3)
    return result


@dataclass(frozen=True)
class Target:
    """One target: ``ok`` is None when it could not be measured (engine failed or skipped)."""

    name: str
    value: float | None
    limit: float
    unit: str
    higher_is_better: bool
    ok: bool | None


def measured(result: dict[str, Any] | None) -> bool:
    return result is not None and "error" not in result


def speedup(results: dict[str, dict[str, Any]], engine: str = "ours") -> float | None:
    """Throughput of one of our runs divided by deduce's, or None when either is missing."""
    ours, deduce = results.get(engine), results.get("deduce")
    if not (measured(ours) and measured(deduce)) or not deduce["chars_per_s"] or not ours["chars_per_s"]:
        return None
    return ours["chars_per_s"] / deduce["chars_per_s"]


def check_targets(results: dict[str, dict[str, Any]]) -> list[Target]:
    """The engine issue's targets, all about our engine on this machine (both cores); deduce only
    provides the yardstick. One process alone is reported for information, not as a target."""
    ours = results.get("ours")

    def target(name: str, value: float | None, limit: float, unit: str, higher: bool) -> Target:
        ok = None if value is None else (value >= limit if higher else value < limit)
        return Target(name, value, limit, unit, higher, ok)

    ours_ok = measured(ours)
    batch = results.get("ours-batch")
    return [
        target("throughput ours-batch/deduce, all cores", speedup(results, "ours-batch"), TARGET_SPEEDUP, "x",
               True),
        target("peak RSS, batch (parent + workers)", batch["peak_rss_mb"] if measured(batch) else None,
               TARGET_PEAK_RSS_MB, "MB", False),
        target("cold start", ours["cold_start_s"] if ours_ok else None, TARGET_COLD_START_S, "s", False),
        target("peak RSS", ours["peak_rss_mb"] if ours_ok else None, TARGET_PEAK_RSS_MB, "MB", False),
    ]


def _shown(path: Path) -> str:
    """A path relative to the repository when it is inside it: shorter, and the same on every checkout."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _fmt(value: float | None, digits: int = 2, thousands: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if thousands else f"{value:.{digits}f}"


def format_report(stats: dict[str, Any], results: dict[str, dict[str, Any]], targets: list[Target],
                  corpus: Path = CORPUS_PATH) -> str:
    """The human-readable table: corpus, one row per engine, the ratio, the targets."""
    seeds = stats["seeds"]
    seed_text = "no seeds" if not seeds else (
        f"seed {seeds[0]}" if len(seeds) == 1 else f"seeds {seeds[0]}-{seeds[-1]}")
    duplicates = stats["duplicate_texts"]
    lines = [
        f"corpus: {_shown(corpus)}",
        f"  {stats['characters']:,} characters in {stats['documents']} documents "
        f"(generated, {seed_text}; {duplicates} verbatim duplicate texts"
        + (": REPEATED TEXTS, throughput may be flattered)" if duplicates else ")"),
        f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.machine()}",
        "",
    ]
    header = (f"{'engine':<8} {'version':<8} {'cold start s':>12} {'1st call s':>10} {'analysis s':>10} "
              f"{'cpu s':>8} {'chars/s':>10} {'docs/s':>8} {'peak RSS MB':>11} {'spans':>8}")
    lines += [header, "-" * len(header)]
    for engine in ENGINES:
        result = results.get(engine)
        if result is None:
            lines.append(f"{engine:<8} skipped")
        elif "error" in result:
            lines.append(f"{engine:<8} NOT MEASURED: {result['error']}")
        else:
            lines.append(
                f"{engine:<8} {result['version']:<8} {_fmt(result['cold_start_s']):>12} "
                f"{_fmt(result['first_call_s']):>10} {_fmt(result['analysis_s']):>10} "
                f"{_fmt(result['cpu_s']):>8} {_fmt(result['chars_per_s'], thousands=True):>10} "
                f"{_fmt(result['docs_per_s'], 1):>8} {_fmt(result['peak_rss_mb'], 1):>11} "
                f"{result['spans']:>8,}"
            )
    ratio = speedup(results)
    ratio_text = f"{ratio:.2f}x" if ratio is not None else "-"
    lines += ["", f"throughput ours (one process) / deduce: {ratio_text} (information; the target is for all cores)",
              "", "targets:"]
    for t in targets:
        status = {True: "ok  ", False: "MISS", None: "n/a "}[t.ok]
        sign = ">=" if t.higher_is_better else "<"
        value = "not measured" if t.value is None else f"{t.value:.2f} {t.unit}"
        lines.append(f"  {status} {t.name} {sign} {t.limit:g} {t.unit}: {value}")
    return "\n".join(lines)


def summary(stats: dict[str, Any], results: dict[str, dict[str, Any]], targets: list[Target],
            corpus: Path = CORPUS_PATH) -> dict[str, Any]:
    """The JSON document: everything in the table, machine-readable, to compare runs over time."""
    ratio = speedup(results)
    return {
        "corpus": {"path": _shown(corpus), **stats},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "engines": results,
        "throughput_ratio": round(ratio, 3) if ratio is not None else None,
        "targets": [asdict(t) for t in targets],
        "all_targets_met": all(t.ok is True for t in targets),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--min-chars", type=int, default=DEFAULT_MIN_CHARS,
                        help="corpus size in characters (default: %(default)s)")
    parser.add_argument("--skip-deduce", action="store_true", help="measure our engine only")
    parser.add_argument("--skip-dense", action="store_true", help="leave out the dense woo_dev section")
    parser.add_argument("--woo-dev", type=Path, default=None,
                        help="folder of the woo_dev JSONL files (default: ../shared/data/woo_dev)")
    parser.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, default=CORPUS_PATH,
                        help="corpus JSONL: written here, read by the workers (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker, args.corpus)

    records = build_corpus(args.min_chars)
    write_corpus(records, args.corpus)
    stats = corpus_stats(records)
    results: dict[str, dict[str, Any]] = {}
    for engine in ENGINES:
        if engine == "deduce" and args.skip_deduce:
            continue
        print(f"measuring {engine} on {stats['characters']:,} characters ...", file=sys.stderr, flush=True)
        results[engine] = run_worker(engine, args.corpus, worker_timeout(stats["characters"]))
    targets = check_targets(results)
    print(format_report(stats, results, targets, args.corpus))
    document = summary(stats, results, targets, args.corpus)
    dense_failed = False
    if not args.skip_dense:
        from eval import bench_dense

        dense = bench_dense.measure_dense(args.woo_dev or bench_dense.WOO_DEV, skip_deduce=args.skip_deduce)
        dense_targets = bench_dense.dense_targets(dense) if "skipped" not in dense else []
        print("\n" + bench_dense.format_dense(dense, dense_targets))
        document["dense"] = {**dense, "targets": dense_targets}
        dense_failed = any(isinstance(run, dict) and "error" in run for run in dense.values())
    RESULT_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULT_PATH.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {_shown(RESULT_PATH)}")
    return 2 if dense_failed or any("error" in r for r in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
