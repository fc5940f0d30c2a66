"""Fast tests of the dense bench's corpus, memory sampling, targets and report, never of speed.

No engine is loaded: the corpus comes from a synthetic JSONL folder, the memory sampler watches a
small Python child, and targets and report get hand-made numbers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eval import bench_dense
from eval.bench_dense import TreeMemory, count_spans, dense_targets, dense_texts, format_dense, run_command


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "woo_dev"
    folder.mkdir()
    lines = [json.dumps({"id": f"x-{i}", "text": f"Geachte heer Kanterink {i},\n\nGroet,\nSabelsma\n" * (i + 1)})
             for i in range(3)]
    (folder / "part_a.jsonl").write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    (folder / "part_b.jsonl").write_text(lines[2] + "\n\n", encoding="utf-8")
    return folder


def test_dense_texts_repeat_the_documents_in_order_to_the_size(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    once = dense_texts(folder, 1)
    assert len(once) == 1
    documents = dense_texts(folder, 0)
    every = [json.loads(line)["text"] for name in ("part_a.jsonl", "part_b.jsonl")
             for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    total = sum(map(len, every))
    texts = dense_texts(folder, 2 * total + 1)
    assert texts[: 2 * len(every)] == every + every and texts[-1] == every[0]
    assert sum(map(len, texts)) >= 2 * total + 1 > sum(map(len, texts[:-1]))
    assert documents == [every[0]]


def test_no_corpus_means_the_section_is_skipped_with_a_message(tmp_path: Path) -> None:
    assert dense_texts(tmp_path) == []
    dense = bench_dense.measure_dense(tmp_path / "absent")
    assert "skipped" in dense and "absent" in dense["skipped"]
    assert "dense section skipped" in format_dense(dense, [])


def test_write_dense_writes_one_file_each_and_the_whole(tmp_path: Path) -> None:
    paths = bench_dense.write_dense(["een", "twee"], tmp_path / "dense", tmp_path / "one.txt")
    assert [p.read_text(encoding="utf-8") for p in paths] == ["een", "twee"]
    assert (tmp_path / "one.txt").read_text(encoding="utf-8") == "een\n\ntwee"
    assert len(bench_dense.write_dense(["drie"], tmp_path / "dense", tmp_path / "one.txt")) == 1
    assert len(list((tmp_path / "dense").iterdir())) == 1  # the old files are gone


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_memory_of_a_process_tree_counts_its_children(tmp_path: Path) -> None:
    # A parent that forks a child; each holds 60 MB for a moment: the sum sees both.
    script = ("import os, time\nblock = bytearray(60 * 1024 * 1024)\n"
              "for i in range(0, len(block), 4096): block[i] = 1\n"
              "pid = os.fork()\ntime.sleep(1.0)\nif pid: os.waitpid(pid, 0)\n")
    result = run_command([sys.executable, "-c", script], tmp_path / "out.txt")
    assert result["exit"] == 0 and "error" not in result
    assert result["peak_rss_mb"] >= 110
    assert 0 < result["cpu_s"] < result["wall_s"] + 1  # mostly asleep, but it did run
    assert 55 <= result["peak_pss_mb"] < result["peak_rss_mb"]  # the fork's shared pages count once


def test_a_failing_command_is_an_error_with_its_last_line(tmp_path: Path) -> None:
    result = run_command([sys.executable, "-c", "raise SystemExit('kapot: bestand onleesbaar')"], tmp_path / "o")
    assert result["exit"] == 1 and "kapot" in result["error"]


def test_memory_sampler_on_an_ended_process_reports_nothing_rather_than_failing() -> None:
    proc = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert proc.returncode == 0
    with TreeMemory(2**22 + 7) as memory:  # no such process
        pass
    assert memory.peak_rss_mb in (None, 0.0)


def test_count_spans_reads_the_json_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"document": "a", "spans": [{}, {}]}) + "\n"
                   + json.dumps({"document": "b", "error": "x"}) + "\n", encoding="utf-8")
    assert count_spans(out) == (2, 2)


def _run(wall: float, rss: float = 400.0) -> dict[str, Any]:
    return {"wall_s": wall, "cpu_s": wall * 2, "peak_rss_mb": rss, "peak_pss_mb": rss / 2, "exit": 0,
            "documents": 3, "spans": 9}


def _dense(**runs: dict[str, Any]) -> dict[str, Any]:
    return {"corpus": {"folder": "woo_dev", "files": 1151, "characters": 3_000_756, "distinct_documents": 80},
            "jobs": 2, **runs}


def test_targets_met_at_their_limits_and_missed_past_them() -> None:
    met = _dense(ours=_run(10.0, 599.0), deduce=_run(20.0, 3000.0), ours_one_job=_run(20.0),
                 ours_one_file=_run(22.0, 599.0), cold_start=_run(1.99))
    assert [t["ok"] for t in dense_targets(met)] == [True, True, True, True]
    missed = _dense(ours=_run(10.0, 600.0), deduce=_run(19.9), ours_one_job=_run(20.0),
                    ours_one_file=_run(22.1), cold_start=_run(2.0))
    targets = dense_targets(missed)
    assert [t["ok"] for t in targets] == [False, False, False, False]
    assert targets[0]["value"] == pytest.approx(1.99) and targets[1]["value"] == pytest.approx(1.105)


def test_missing_runs_are_not_measured_rather_than_missed() -> None:
    dense = _dense(ours={"error": "exit 3: internal error"}, ours_one_job=_run(20.0), ours_one_file=_run(21.0),
                   cold_start=_run(1.5))
    assert [t["ok"] for t in dense_targets(dense)] == [None, True, True, True]


def test_report_shows_every_run_and_verdict() -> None:
    dense = _dense(ours=_run(15.25, 667.0), deduce=_run(12.8, 3147.0), ours_one_job=_run(30.0),
                   ours_one_file=_run(31.5), cold_start={"error": "exit 3: internal error"})
    text = format_dense(dense, dense_targets(dense))
    assert "3,000,756 characters in 1,151 files" in text
    assert "15.25" in text and "667.0" in text and "12.80" in text
    assert "NOT MEASURED: exit 3: internal error" in text
    assert "MISS dense: woo analyze --jobs 2 vs deduce" in text and "0.84 x" in text
    assert "ok   dense: one 3 MB file / the same text as many files (one process) <= 1.1 x: 1.05 x" in text
    assert "MISS dense: peak RSS summed over processes < 600 MB: 667.00 MB" in text
    assert "n/a  cold start" in text
    assert "one file / many files, processor time: 1.05x" in text
