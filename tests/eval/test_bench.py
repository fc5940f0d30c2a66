"""Fast tests of the benchmark's corpus builder, worker protocol and report, never of speed.

Speed is measured by ``make bench``; a timed assertion here would fail on a busy CI machine and
pass on a fast one, telling nobody anything. Neither engine is loaded: the worker is exercised
with a fake engine, and the report with hand-made numbers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eval.bench import (
    RESULT_MARKER,
    build_corpus,
    check_targets,
    corpus_stats,
    format_report,
    measure,
    parse_worker_output,
    read_texts,
    speedup,
    summary,
    write_corpus,
)
from eval.generate_devset import SEED, generate

SMALL = 200_000  # two generator runs: enough to see that seeds advance, still a fraction of a second


def result(engine: str, chars_per_s: float, cold: float = 1.0, rss: float = 300.0) -> dict[str, Any]:
    """A worker result with hand-made numbers."""
    return {
        "engine": engine, "version": "9.9", "cold_start_s": cold, "first_call_s": 0.1, "documents": 10,
        "characters": 1000, "analysis_s": 1.0, "cpu_s": 1.0, "chars_per_s": chars_per_s,
        "docs_per_s": 10.0, "spans": 42, "peak_rss_mb": rss,
    }


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    return build_corpus(SMALL)


def test_corpus_reaches_the_requested_size_with_non_empty_documents(corpus: list[dict[str, Any]]) -> None:
    stats = corpus_stats(corpus)
    assert stats["characters"] >= SMALL
    assert stats["documents"] == len(corpus) > 126
    assert all(r["text"].strip() for r in corpus)
    assert len({r["id"] for r in corpus}) == len(corpus)


def test_corpus_is_fresh_text_not_the_dev_set_repeated(corpus: list[dict[str, Any]]) -> None:
    stats = corpus_stats(corpus)
    assert SEED not in stats["seeds"] and len(stats["seeds"]) >= 2
    assert stats["duplicate_texts"] == 0
    devset_texts = {r["text"] for r in generate(SEED)}
    assert not devset_texts & {r["text"] for r in corpus}


def test_corpus_is_deterministic(corpus: list[dict[str, Any]]) -> None:
    assert build_corpus(SMALL) == corpus


def test_tiny_request_still_gives_a_corpus() -> None:
    assert build_corpus(1)


def test_corpus_round_trips_through_jsonl(corpus: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "nested" / "corpus.jsonl"
    write_corpus(corpus[:5], path)
    assert read_texts(path) == [r["text"] for r in corpus[:5]]


def test_measure_reports_every_number_with_a_fake_engine(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    write_corpus([{"id": "a", "seed": 1, "kind": "memo", "text": "een twee"},
                  {"id": "b", "seed": 1, "kind": "memo", "text": "drie"}], path)
    calls: list[str] = []

    def build() -> tuple[Any, str]:
        def analyse(text: str) -> int:
            calls.append(text)
            return 1

        return analyse, "0.0"

    out = measure("fake", build, path)
    assert calls == ["een twee", "een twee", "drie"]  # one warm-up call, then every document once
    assert out["documents"] == 2 and out["characters"] == 12 and out["spans"] == 2
    assert out["peak_rss_mb"] > 0 and out["cold_start_s"] >= 0


def test_worker_output_is_found_among_other_prints_and_a_crash_is_an_error() -> None:
    stdout = "some library chatter\n" + RESULT_MARKER + json.dumps(result("ours", 10.0)) + "\n"
    assert parse_worker_output("ours", stdout, "", 0)["chars_per_s"] == 10.0
    crashed = parse_worker_output("ours", "", "Traceback\nMemoryError", -9)
    assert "error" in crashed and "MemoryError" in crashed["error"]


def test_targets_all_met() -> None:
    results = {"ours": result("ours", 300_000, cold=2.5, rss=599.0),
               "ours-batch": result("ours-batch", 450_000, rss=599.0), "deduce": result("deduce", 200_000)}
    targets = check_targets(results)
    assert speedup(results) == pytest.approx(1.5)
    assert speedup(results, "ours-batch") == pytest.approx(2.25)
    assert [t.ok for t in targets] == [True, True, True, True]
    assert summary({"documents": 10, "characters": 1000, "seeds": [1], "kinds": {},
                    "duplicate_texts": 0}, results, targets)["all_targets_met"] is True


def test_targets_missed_at_the_limits() -> None:
    results = {"ours": result("ours", 299_000, cold=3.0, rss=600.0),
               "ours-batch": result("ours-batch", 299_000, rss=600.0), "deduce": result("deduce", 200_000)}
    assert [t.ok for t in check_targets(results)] == [False, False, False, False]


def test_failed_or_skipped_engines_are_not_measured_rather_than_failed() -> None:
    skipped = check_targets({"ours": result("ours", 300_000)})
    assert [t.ok for t in skipped] == [None, None, True, True]
    broken = {"ours": {"engine": "ours", "error": "LexiconError: missing"}, "deduce": result("deduce", 1.0)}
    assert [t.ok for t in check_targets(broken)] == [None, None, None, None]


def test_report_shows_numbers_ratio_errors_and_verdicts() -> None:
    stats = {"documents": 882, "characters": 1_041_805, "seeds": [11, 17], "kinds": {},
             "duplicate_texts": 0}
    results = {"ours": result("ours", 123_456.7, cold=4.2), "deduce": result("deduce", 100_000)}
    text = format_report(stats, results, check_targets(results))
    assert "1,041,805 characters in 882 documents" in text and "0 verbatim duplicate" in text
    assert "123,457" in text and "1.23x" in text
    assert "throughput ours (one process) / deduce: 1.23x (information" in text
    assert "n/a  throughput ours-batch/deduce, all cores >= 1.5 x: not measured" in text
    assert "MISS cold start < 3 s: 4.20 s" in text
    assert "ok   peak RSS < 600 MB: 300.00 MB" in text

    broken = {"ours": {"engine": "ours", "error": "LexiconError: missing"}}
    text = format_report({**stats, "duplicate_texts": 3}, broken, check_targets(broken))
    assert "NOT MEASURED: LexiconError: missing" in text and "deduce   skipped" in text
    assert "REPEATED TEXTS" in text and "not measured" in text
    json.dumps(summary(stats, broken, check_targets(broken)))  # the JSON file must be writable
