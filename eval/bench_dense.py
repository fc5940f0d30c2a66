"""The dense case of ``make bench``: name-dense correspondence as a user runs it, start-up included.

``eval.bench`` measures the engine inside one process on sparse generated letters. This measures
the command users run, on the hand-written correspondence of ``../shared/data/woo_dev/`` (read here
at bench time, never copied into the repository; the section is skipped with a message when the
folder is absent), its documents repeated in order to about 3 MB, one file each, written to the
ignored ``var/bench/dense/``:

- ``woo analyze --json --jobs 2 FILE...``: wall time from starting the command to its exit (Python
  start-up, imports and the model load included), against deduce run per document by 2 worker
  processes forked after one ``Deduce()`` (``python -m eval.bench_dense --deduce-worker``), also
  from process start to exit; the same files, read by the workers.
- the same text as one file (``var/bench/dense_one.txt``, the documents joined by blank lines)
  against the many files, both in one process (``--jobs 1``): whether cost grows with the text only.
- peak memory of each command: resident set size summed over the command and its worker
  processes, sampled every 20 ms from /proc (Linux; pages the fork shares count once per process,
  so the sum overstates what the machine needs; the proportional set size, which counts each
  shared page once, is reported beside it).
- cold start: ``woo analyze --json`` on one short letter, the median wall time of five runs (the
  best beside it), with the user's cache of compiled patterns (``redaction/regex_cache.py``) as it
  is, filled by the first of them if empty; and once with an empty cache, as the first start on a
  machine.

Targets (issue 16): >= 2x deduce (3x is the aim), one file <= 1.1x the many files, peak memory
< 600 MB, cold start < 2 s. A measurement, never a test: the numbers are printed and written.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# Only the standard library at module level: the deduce worker's start-up is part of its time.

ROOT = Path(__file__).resolve().parent.parent
WOO_DEV = ROOT.parent / "shared" / "data" / "woo_dev"
DENSE_DIR = ROOT / "var" / "bench" / "dense"
ONE_FILE = ROOT / "var" / "bench" / "dense_one.txt"
COLD_LETTER = ROOT / "var" / "bench" / "cold_letter.txt"
DEFAULT_DENSE_CHARS = 3_000_000
JOBS = 2
COLD_RUNS = 5
SAMPLE_INTERVAL_S = 0.02
RESULT_MARKER = "DENSE-RESULT "
TIMEOUT_S = 1800

TARGET_SPEEDUP = 2.0
AIM_SPEEDUP = 3.0
TARGET_ONE_FILE_RATIO = 1.1
TARGET_PEAK_MB = 600.0
TARGET_COLD_START_S = 2.0

# A short letter with invented people and .example addresses, for the cold start.
COLD_LETTER_TEXT = """Van: Wietske Kanterink <w.kanterink@post.example>
Aan: info@gemeente.example
Onderwerp: overlast

Geachte heer Sabelsma,

Sinds maart staat er een aanhanger (kenteken 12-ABC-3) voor Lindelaan 4, 9711 AB Groningen.
U kunt mij bellen op 06-12345678.

Met vriendelijke groet,
Wietske Kanterink
"""


# --------------------------------------------------------------------------- corpus


def dense_texts(folder: Path = WOO_DEV, min_chars: int = DEFAULT_DENSE_CHARS) -> list[str]:
    """The documents of every ``*.jsonl`` in ``folder`` in file order, repeated in that order until
    at least ``min_chars`` characters; empty when the folder holds none."""
    documents = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            documents += [text for line in fh if line.strip() and (text := json.loads(line).get("text"))]
    texts: list[str] = []
    total = 0
    while documents and (total < min_chars or not texts):
        text = documents[len(texts) % len(documents)]
        texts.append(text)
        total += len(text)
    return texts


def write_dense(texts: Sequence[str], directory: Path = DENSE_DIR, one_file: Path = ONE_FILE) -> list[Path]:
    """One file per text in ``directory`` (emptied first) and all of them joined in ``one_file``."""
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.txt"):
        old.unlink()
    paths = []
    for index, text in enumerate(texts):
        path = directory / f"{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    one_file.write_text("\n\n".join(texts), encoding="utf-8")
    return paths


# --------------------------------------------------------------------------- memory of a process tree


def _tree(pid: int) -> list[int]:
    """``pid`` and every process below it, from /proc's children lists."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as fh:
                    todo.extend(int(child) for child in fh.read().split())
        except OSError:  # ended between two reads
            continue
    return found


def _kilobytes(path: str, field: str) -> int:
    try:
        with open(path, encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class TreeMemory:
    """Samples the summed RSS and PSS of a process and its descendants until stopped; keeps the peaks."""

    def __init__(self, pid: int, interval: float = SAMPLE_INTERVAL_S) -> None:
        self.pid, self.interval = pid, interval
        self.peak_rss_kb = self.peak_pss_kb = 0
        self.available = Path(f"/proc/{pid}/status").exists()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _tree(self.pid)
            self.peak_rss_kb = max(self.peak_rss_kb, sum(_kilobytes(f"/proc/{p}/status", "VmRSS:") for p in pids))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(_kilobytes(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids))
            self._stop.wait(self.interval)

    @property
    def peak_rss_mb(self) -> float | None:
        return round(self.peak_rss_kb / 1024, 1) if self.available else None

    @property
    def peak_pss_mb(self) -> float | None:
        return round(self.peak_pss_kb / 1024, 1) if self.available else None


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_command(command: Sequence[str], stdout: Path, timeout: float = TIMEOUT_S,
                env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``command`` (stdout to a file), timing it from start to exit and sampling its memory.

    ``cpu_s`` is the processor time of the command and its worker processes: on a machine that
    others use at the same time, wall time says more about them than about the command."""
    cpu_before = _children_cpu_s()
    started = time.perf_counter()
    with stdout.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.PIPE, text=True, env=env)
        with TreeMemory(proc.pid) as memory:
            try:
                _, stderr = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
                return {"error": f"timed out after {timeout:.0f} s"}
    wall = time.perf_counter() - started
    result: dict[str, Any] = {"wall_s": round(wall, 2), "cpu_s": round(_children_cpu_s() - cpu_before, 2),
                              "peak_rss_mb": memory.peak_rss_mb,
                              "peak_pss_mb": memory.peak_pss_mb, "exit": proc.returncode}
    if proc.returncode != 0:
        result["error"] = f"exit {proc.returncode}: " + " | ".join(stderr.strip().splitlines()[-2:])
    return result


def _woo() -> list[str]:
    """The console script users run, beside this interpreter (else the module it starts)."""
    script = Path(sys.executable).parent / "woo"
    return [str(script)] if script.exists() else [sys.executable, "-m", "redaction.cli"]


def count_spans(jsonl: Path) -> tuple[int, int]:
    """Documents and spans in ``woo analyze --json`` output."""
    documents = spans = 0
    with jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                documents += 1
                spans += len(json.loads(line).get("spans", []))
    return documents, spans


# --------------------------------------------------------------------------- deduce, per document, forked


_DEDUCE: Any = None


def _deduce_file(path: str) -> int:
    with open(path, encoding="utf-8") as fh:
        return len(_DEDUCE.deidentify(fh.read()).annotations)


def deduce_worker(file_list: Path, jobs: int) -> int:
    """deduce as a user would run it on many files: one init, then ``jobs`` forked workers, one
    ``deidentify`` per document. Prints the number of documents and annotations."""
    global _DEDUCE
    from deduce import Deduce

    _DEDUCE = Deduce()
    paths = file_list.read_text(encoding="utf-8").splitlines()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        spans = sum(pool.imap(_deduce_file, paths, chunksize=8))
    print(RESULT_MARKER + json.dumps({"documents": len(paths), "spans": spans}), flush=True)
    return 0


def _deduce_result(stdout: Path) -> dict[str, Any]:
    for line in stdout.read_text(encoding="utf-8").splitlines():
        if line.startswith(RESULT_MARKER):
            return json.loads(line[len(RESULT_MARKER):])
    return {}


# --------------------------------------------------------------------------- the measurement


def measure_dense(folder: Path = WOO_DEV, min_chars: int = DEFAULT_DENSE_CHARS, skip_deduce: bool = False,
                  log: Any = sys.stderr) -> dict[str, Any]:
    """Every number of the dense section; ``{"skipped": why}`` when there is no corpus."""
    texts = dense_texts(folder, min_chars) if folder.is_dir() else []
    if not texts:
        return {"skipped": f"no woo_dev documents in {folder}: dense section skipped"}
    paths = write_dense(texts)
    out_dir = DENSE_DIR.parent
    files = [str(p) for p in paths]
    result: dict[str, Any] = {"corpus": {"folder": str(folder), "files": len(texts),
                                         "characters": sum(len(t) for t in texts),
                                         "distinct_documents": len(set(texts))}, "jobs": JOBS}

    def step(name: str, command: list[str], stdout: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
        print(f"dense: {name} ...", file=log, flush=True)
        return run_command(command, stdout, env=env)

    many = step(f"woo analyze --jobs {JOBS}", [*_woo(), "analyze", "--json", "--jobs", str(JOBS), *files],
                out_dir / "dense_ours.jsonl")
    if "error" not in many:
        many["documents"], many["spans"] = count_spans(out_dir / "dense_ours.jsonl")
    result["ours"] = many
    if not skip_deduce:
        file_list = out_dir / "dense_files.txt"
        file_list.write_text("\n".join(files) + "\n", encoding="utf-8")
        deduce = step(f"deduce, {JOBS} forked workers",
                      [sys.executable, "-m", "eval.bench_dense", "--deduce-worker", "--file-list", str(file_list),
                       "--jobs", str(JOBS)], out_dir / "dense_deduce.out")
        result["deduce"] = {**deduce, **_deduce_result(out_dir / "dense_deduce.out")}
    one_job = step("woo analyze --jobs 1 (many files)", [*_woo(), "analyze", "--json", "--jobs", "1", *files],
                   out_dir / "dense_ours_one_job.jsonl")
    result["ours_one_job"] = one_job
    one_file = step("woo analyze (one file)", [*_woo(), "analyze", "--json", "--jobs", "1", str(ONE_FILE)],
                    out_dir / "dense_ours_one_file.jsonl")
    if "error" not in one_file:
        one_file["documents"], one_file["spans"] = count_spans(out_dir / "dense_ours_one_file.jsonl")
    result["ours_one_file"] = one_file
    COLD_LETTER.write_text(COLD_LETTER_TEXT, encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="woo-bench-cache-") as empty:
        result["cold_start_empty_cache"] = step(
            "cold start, empty pattern cache", [*_woo(), "analyze", "--json", str(COLD_LETTER)],
            out_dir / "cold_letter.jsonl", env={**os.environ, "WOO_CACHE_DIR": empty})
    cold = [step(f"cold start {run + 1}/{COLD_RUNS}", [*_woo(), "analyze", "--json", str(COLD_LETTER)],
                 out_dir / "cold_letter.jsonl") for run in range(COLD_RUNS)]
    walls = [c["wall_s"] for c in cold if "error" not in c]
    result["cold_start"] = ({"wall_s": round(statistics.median(walls), 2), "best_wall_s": min(walls), "runs_s": walls,
                             "cpu_s": round(statistics.median(c["cpu_s"] for c in cold if "error" not in c), 2),
                             "peak_rss_mb": max(c["peak_rss_mb"] or 0 for c in cold),
                             "peak_pss_mb": max(c["peak_pss_mb"] or 0 for c in cold)}
                            if walls else {"error": cold[0].get("error", "no run")})
    if hasattr(os, "getloadavg"):
        result["load_average"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return result


def _ok(result: dict[str, Any] | None) -> bool:
    return result is not None and "error" not in result and result.get("wall_s") is not None


def dense_targets(dense: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets on these numbers; ``ok`` None when a number is missing."""
    ours, deduce = dense.get("ours"), dense.get("deduce")
    one_job, one_file, cold = dense.get("ours_one_job"), dense.get("ours_one_file"), dense.get("cold_start")
    speedup = deduce["wall_s"] / ours["wall_s"] if _ok(ours) and _ok(deduce) else None
    ratio = one_file["wall_s"] / one_job["wall_s"] if _ok(one_file) and _ok(one_job) else None
    peaks = [r["peak_rss_mb"] for r in (ours, one_file) if _ok(r) and r.get("peak_rss_mb") is not None]

    def target(name: str, value: float | None, limit: float, unit: str, higher: bool) -> dict[str, Any]:
        # "at least 2x", "no more than 1.1x": ratios may equal their limit; "under 600 MB" may not
        if value is None:
            ok = None
        elif higher:
            ok = value >= limit
        else:
            ok = value <= limit if unit == "x" else value < limit
        return {"name": name, "value": None if value is None else round(value, 3), "limit": limit,
                "unit": unit, "higher_is_better": higher, "ok": ok}

    return [
        target(f"dense: woo analyze --jobs {JOBS} vs deduce ({JOBS} workers), start-up included "
               f"(aim {AIM_SPEEDUP:g}x)", speedup, TARGET_SPEEDUP, "x", True),
        target("dense: one 3 MB file / the same text as many files (one process)", ratio, TARGET_ONE_FILE_RATIO,
               "x", False),
        target("dense: peak RSS summed over processes", max(peaks) if peaks else None, TARGET_PEAK_MB, "MB", False),
        target("cold start of woo analyze on one short letter", cold["wall_s"] if _ok(cold) else None,
               TARGET_COLD_START_S, "s", False),
    ]


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def format_dense(dense: dict[str, Any], targets: list[dict[str, Any]]) -> str:
    """The dense section of the bench report."""
    if "skipped" in dense:
        return f"dense correspondence: {dense['skipped']}"
    corpus = dense["corpus"]
    lines = [
        f"dense correspondence: {corpus['folder']} ({corpus['distinct_documents']} documents) repeated to "
        f"{corpus['characters']:,} characters in {corpus['files']:,} files; wall time from start to exit",
        f"  {'run':<52} {'wall s':>8} {'cpu s':>8} {'peak RSS MB':>11} {'PSS MB':>8} {'docs':>6} {'spans':>8}",
    ]
    rows = [
        (f"woo analyze --json --jobs {dense['jobs']} (many files)", dense.get("ours")),
        (f"deduce per document, {dense['jobs']} forked workers after one init", dense.get("deduce")),
        ("woo analyze --json --jobs 1 (many files)", dense.get("ours_one_job")),
        ("woo analyze --json (one file of the same text)", dense.get("ours_one_file")),
        (f"woo analyze --json, one short letter (median of {COLD_RUNS})", dense.get("cold_start")),
        ("woo analyze --json, one short letter, empty pattern cache", dense.get("cold_start_empty_cache")),
    ]
    for name, run in rows:
        if run is None:
            lines.append(f"  {name:<52} skipped")
        elif "error" in run:
            lines.append(f"  {name:<52} NOT MEASURED: {run['error']}")
        else:
            lines.append(f"  {name:<52} {_num(run['wall_s']):>8} {_num(run.get('cpu_s')):>8} "
                         f"{_num(run.get('peak_rss_mb'), 1):>11} "
                         f"{_num(run.get('peak_pss_mb'), 1):>8} {run.get('documents', '-')!s:>6} "
                         f"{run.get('spans', '-')!s:>8}")
    cold = dense.get("cold_start")
    if _ok(cold) and cold.get("runs_s"):
        lines.append(f"  cold start runs: {', '.join(f'{r:.2f}' for r in cold['runs_s'])} s "
                     f"(best {min(cold['runs_s']):.2f} s, median {cold['wall_s']:.2f} s)")
    for label, numerator, denominator in (
            ("deduce / woo analyze --jobs 2, processor time", dense.get("deduce"), dense.get("ours")),
            ("one file / many files, processor time", dense.get("ours_one_file"), dense.get("ours_one_job"))):
        if _ok(numerator) and _ok(denominator) and numerator.get("cpu_s") and denominator.get("cpu_s"):
            lines.append(f"  {label}: {numerator['cpu_s'] / denominator['cpu_s']:.2f}x "
                         "(information: steadier than wall time when others share the machine)")
    if dense.get("load_average"):
        lines.append(f"  load average (1, 5, 15 min) at the end: {dense['load_average']} on {os.cpu_count()} CPUs")
    lines.append("targets (dense):")
    for t in targets:
        status = {True: "ok  ", False: "MISS", None: "n/a "}[t["ok"]]
        sign = ">=" if t["higher_is_better"] else ("<=" if t["unit"] == "x" else "<")
        value = "not measured" if t["value"] is None else f"{t['value']:.2f} {t['unit']}"
        lines.append(f"  {status} {t['name']} {sign} {t['limit']:g} {t['unit']}: {value}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench_dense", description=__doc__.splitlines()[0])
    parser.add_argument("--woo-dev", type=Path, default=WOO_DEV, help="folder of woo_dev JSONL (default: %(default)s)")
    parser.add_argument("--dense-chars", type=int, default=DEFAULT_DENSE_CHARS)
    parser.add_argument("--skip-deduce", action="store_true")
    parser.add_argument("--deduce-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--file-list", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=JOBS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.deduce_worker:
        return deduce_worker(args.file_list, args.jobs)
    dense = measure_dense(args.woo_dev, args.dense_chars, args.skip_deduce)
    print(format_dense(dense, dense_targets(dense)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
