"""Run the redaction engine over the development set and report leak-oriented span metrics.

Usage::

    .venv/bin/python -m eval.evaluate [--devset PATH] [--json] [--show-misses] [--check]

Metrics (implemented in ``eval/metrics.py``, importable without the engine):

- recall of entity E: fraction of gold *redact* spans of E whose letters and digits are ALL covered
  by predicted redact spans of any entity (a name inside a redacted e-mail address is not leaked;
  partial coverage is a miss, because half a name is a leak);
- precision of entity E: fraction of predicted redact spans of E that overlap at least one gold
  redact span of any entity;
- keep violations: gold *keep* spans (officials in their role, functional mailboxes,
  organisations, the body's own address and switchboard) overlapped by any predicted redaction,
  counted per entity;
- an "all entities" row (micro) and PERSON recall per origin pool of the gold names.

The exit code is 0 whatever the scores (this is a report), unless ``--check`` is given: then it is
1 when a target is missed (recall >= 0.97 for PERSON and EMAIL_ADDRESS, 1.0 for NL_BSN and
IBAN_CODE, overall precision >= 0.9, no keep violations). It is 2 when the engine cannot be
loaded, since then there is nothing to report.

``--engine module:attr`` evaluates another redactor factory with the same ``analyze(text)`` API,
e.g. a baseline; the default is the product engine, ``redaction:Redactor``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from eval.metrics import (
    Document,
    Report,
    Span,
    check_targets,
    evaluate,
    format_findings,
    format_report,
    report_to_dict,
)

DEFAULT_DEVSET = Path(__file__).resolve().parent / "devset" / "devset.jsonl"
DEFAULT_ENGINE = "redaction:Redactor"
DEFAULT_POLICY = Path(__file__).resolve().parent.parent / "examples" / "policies" / "dordrecht.yaml"


class Analyzer(Protocol):
    """What the evaluator needs from an engine: ``analyze(text)`` returning decision-like objects."""

    def analyze(self, text: str) -> Iterable[Any]: ...


def load_devset(path: Path) -> list[dict[str, Any]]:
    """The JSONL records of the dev set, in file order."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_spans(record: dict[str, Any]) -> tuple[Span, ...]:
    return tuple(
        Span(int(s["start"]), int(s["end"]), str(s["entity"]), str(s["decision"]), s.get("origin"))
        for s in record["spans"]
    )


def predicted_spans(decisions: Iterable[Any]) -> tuple[Span, ...]:
    """Engine decisions to spans; duck-typed on ``start``/``end``/``entity``/``decision``."""
    return tuple(Span(int(d.start), int(d.end), str(d.entity), str(d.decision)) for d in decisions)


def load_engine(spec: str, policy: Path | None = None) -> Analyzer:
    """Instantiate ``module:attr``; imported lazily so that the metrics work without the engine.

    ``policy`` is passed to factories that take one (the product engine): the dev set's documents
    come from one municipality, whose own addresses and numbers its policy file names.
    """
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    factory = getattr(module, attr or "Redactor")
    if policy is None:
        return factory()
    # WOO_NER=full|off compares the name model's contribution (default: the engine's own choice).
    mode = os.environ.get("WOO_NER")
    return factory(policy=policy, ner=mode) if mode else factory(policy=policy)


def run(records: list[dict[str, Any]], engine: Analyzer) -> Iterator[Document]:
    for record in records:
        text = record["text"]
        yield Document(record["id"], text, gold_spans(record), predicted_spans(engine.analyze(text)))


def evaluate_engine(records: list[dict[str, Any]], engine: Analyzer) -> Report:
    return evaluate(run(records, engine))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET, help="JSONL dev set")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--show-misses", action="store_true",
                        help="list missed gold spans, keep violations and false positives")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--summary", action="store_true",
                        help="print only the table, never a document's spans (use on the held-out set)")
    parser.add_argument("--engine", default=DEFAULT_ENGINE, help="redactor factory as module:attr")
    parser.add_argument("--policy", type=Path, default=DEFAULT_POLICY,
                        help="policy file for the product engine (default: the Dordrecht example)")
    args = parser.parse_args(argv)

    try:
        records = load_devset(args.devset)
    except OSError as exc:
        print(f"cannot read dev set: {exc}", file=sys.stderr)
        return 2
    try:
        engine = load_engine(args.engine, args.policy if args.engine == DEFAULT_ENGINE else None)
    except Exception as exc:  # any failure to build the engine: nothing to report on
        print(f"cannot load engine {args.engine!r}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2

    started = time.perf_counter()
    report = evaluate_engine(records, engine)
    elapsed = time.perf_counter() - started
    failures = check_targets(report)

    if args.json:
        out = report_to_dict(report, with_findings=args.show_misses)
        out["devset"] = str(args.devset)
        out["seconds"] = round(elapsed, 3)
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(f"devset: {args.devset}  engine: {args.engine}  ({elapsed:.1f} s)")
        print(format_report(report))
        if args.show_misses or (report.keep_violations and not args.summary):
            print()
            print(format_findings("keep violations", report.keep_violations))
        if args.show_misses:
            print()
            print(format_findings("missed gold redactions", report.misses))
            print()
            print(format_findings("false positives (redactions overlapping no gold redact span)",
                                  report.false_positives))
        print()
        print("targets: " + ("all met" if not failures else "MISSED: " + "; ".join(failures)))
    if args.check and failures:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
