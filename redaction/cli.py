"""The `woo` command: analyse and redact Dutch documents for Woo publication.

    woo analyze FILE... [--json] [--jobs N] [--policy POLICY.yaml]
    woo redact FILE [-o OUT] [--policy POLICY.yaml]
    woo redact FILE... -o DIR [--jobs N] [--policy POLICY.yaml]
    woo review list|show|accept|reject|add|approve|reopen|audit ...   (see redaction/review/cli.py)

Errors are one line on stderr with a non-zero exit; a batch goes on past a bad file and reports it.
Several files are analysed by ``--jobs`` worker processes (default: every core) forked after the one
model load, short files a few at a time; results are printed in input order, each as soon as it and
all before it are done.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
import tempfile
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from redaction.decisions import decisions_to_jsonl
from redaction.errors import UsageError, WooError
from redaction.textio import MAX_INPUT_BYTES, read_text_document

if TYPE_CHECKING:
    from redaction.decisions import Decision
    from redaction.engine import Redactor

EXIT_OK = 0
EXIT_FAILED_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


def _one_line_warning(message: Warning | str, category: type[Warning], *_: object, **__: object) -> str:
    return f"woo: warning: {message}\n"


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return jobs


def _build_parser(with_review: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="woo", description="Woo-redactie van Nederlandse documenten.")
    parser.add_argument("--policy", help="policy YAML (default: the shipped default policy)")
    parser.add_argument("--max-bytes", type=int, default=MAX_INPUT_BYTES, help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (counts only)")
    sub = parser.add_subparsers(dest="command", required=True)
    jobs_help = "worker processes for several files (default: every core, %(default)s here)"

    analyze = sub.add_parser("analyze", help="detect and decide; list every span")
    analyze.add_argument("files", nargs="+", metavar="FILE")
    analyze.add_argument("--json", action="store_true", help="one JSON object per file per line")
    analyze.add_argument("-j", "--jobs", type=_jobs, default=os.cpu_count() or 1, help=jobs_help)

    redact = sub.add_parser("redact", help="write the publishable text with marks and Noot")
    redact.add_argument("files", nargs="+", metavar="FILE")
    redact.add_argument("-o", "--output", metavar="OUT",
                        help="write here instead of stdout; a directory for several files")
    redact.add_argument("-j", "--jobs", type=_jobs, default=os.cpu_count() or 1, help=jobs_help)

    if with_review:
        from redaction.review.cli import add_review_parser

        add_review_parser(sub)
    else:
        # `woo analyze` and `woo redact` need no review store: its import (SQLAlchemy, a third of a
        # second) is left out of their cold start; "review" anywhere in the line brings it back.
        sub.add_parser("review", help="review queue: list, show, accept, reject, add, approve")
    return parser


def _needs_review_parser(argv: Sequence[str]) -> bool:
    """Whether the full `woo review` parser must be built: for `woo review ...` and for help."""
    return "review" in argv or not any(command in argv for command in ("analyze", "redact")) or any(
        arg in ("-h", "--help") for arg in argv)


def _redactor(args: argparse.Namespace) -> Redactor:
    # The imports and the model load make some 120,000 objects that the cyclic collector tracks and
    # that live as long as the command; it would walk them again at each of its runs while they are
    # made (a tenth of `woo analyze`'s cold start) and later during the analysis. It rests while they
    # are made, and then they are frozen: never walked again, and never written to by the collector
    # in forked workers, whose pages the fork shares.
    # A threshold of 0 as well: srsly (spaCy's msgpack) calls gc.enable() after every load it makes,
    # which had the collector walk everything made so far a few times in the model load (0.1 s).
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)
    from redaction import regex_cache

    # The fixed patterns the imports and the load compile come from a cache when it is there;
    # recording stops before the first document, whose text later patterns may hold.
    regex_cache.install()
    try:
        from redaction.lean_imports import import_engine_libraries

        import_engine_libraries()
        from redaction.engine import Redactor

        redactor = Redactor(policy=args.policy)
    finally:
        regex_cache.stop_recording()
        gc.set_threshold(*thresholds)
        gc.enable()
    gc.freeze()
    return redactor


@dataclass(frozen=True)
class _Outcome:
    """What one file gave, made in a worker and printed by the parent in input order."""

    output: str | None = None  # for stdout
    error: str | None = None  # one line, for stderr


class _Reporter:
    """Prints results and errors; with a progress bar on stderr when stderr is a terminal.

    tqdm (MPL-2.0/MIT) draws the bar: small, imported only when a bar is shown (cold start), already
    installed with spaCy and Dagster, off by itself when not asked for, and its ``write`` keeps
    printed lines and the bar apart. rich does the same with a heavier import."""

    def __init__(self, total: int) -> None:
        self.bar = None
        if total > 1 and sys.stderr.isatty():
            from tqdm import tqdm

            # no monitor thread: worker processes are forked while the bar exists
            tqdm.monitor_interval = 0
            self.bar = tqdm(total=total, file=sys.stderr, unit="file", desc="woo", dynamic_ncols=True)

    def print(self, line: str, stream: TextIO) -> None:
        if self.bar is not None:
            self.bar.write(line, file=stream)
            stream.flush()
        else:
            print(line, file=stream, flush=True)

    def done(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# Several short files are analysed together: the name model reads the open lines of a group of
# letters in one pass, cheaper than a pass per letter (woo_dev x3: 4.9 -> 4.5 s of processor time in
# groups of 4; the decisions are the same). Larger groups save a little more time but cost each
# worker memory (8 files: 20 MB more at its peak, and the dense bench's 600 MB is near). A group
# stays under GROUP_BYTES, so a long file goes alone, and there are at least GROUPS_PER_JOB groups
# per worker, so a short run still spreads over the workers.
GROUP_FILES = 4
GROUP_BYTES = 32_000
GROUPS_PER_JOB = 4


def _groups(files: Sequence[str], jobs: int) -> list[list[str]]:
    """``files`` in order, cut into groups of consecutive files (see GROUP_FILES)."""
    most = max(1, min(GROUP_FILES, len(files) // (jobs * GROUPS_PER_JOB)))
    groups: list[list[str]] = []
    size = 0
    for name in files:
        try:
            length = os.path.getsize(name)
        except OSError:
            length = 0  # reported when the worker reads it
        if not groups or len(groups[-1]) >= most or size + length > GROUP_BYTES:
            groups.append([])
            size = 0
        groups[-1].append(name)
        size += length
    return groups


def _analyze_files(redactor: Redactor, names: Sequence[str], as_json: bool, max_bytes: int) -> list[_Outcome]:
    outcomes: list[_Outcome | None] = [None] * len(names)
    texts: dict[int, str] = {}
    for index, name in enumerate(names):
        try:
            texts[index] = read_text_document(name, max_bytes)
        except WooError as exc:
            outcomes[index] = _Outcome(error=str(exc))
    for index, decisions in zip(texts, redactor.analyze_batch(list(texts.values())), strict=True):
        outcomes[index] = _analysis_outcome(names[index], decisions, as_json)
    return [outcome for outcome in outcomes if outcome is not None]


def _analysis_outcome(name: str, decisions: list[Decision], as_json: bool) -> _Outcome:
    if as_json:
        return _Outcome(output=decisions_to_jsonl(name, decisions))
    redact = sum(d.is_redaction for d in decisions)
    lines = [f"{name}: {redact} weglakken, {len(decisions) - redact} behouden"]
    for d in decisions:
        ground = d.ground or "-"
        lines.append(f"  {d.start:>6}-{d.end:<6} {d.decision:<6} {ground:<7} {d.entity:<14} "
                     f"{d.text!r}  ({d.reason})")
    return _Outcome(output="\n".join(lines))


def _cmd_analyze(args: argparse.Namespace) -> int:
    redactor = _redactor(args)

    def work(engine: Redactor, names: list[str]) -> list[_Outcome]:
        return _analyze_files(engine, names, args.json, args.max_bytes)

    groups = _groups(args.files, args.jobs)
    outcomes = (outcome for group in redactor.map_ordered(work, groups, args.jobs) for outcome in group)
    status = EXIT_OK
    reporter = _Reporter(len(args.files))
    try:
        for name, outcome in zip(args.files, outcomes, strict=True):
            if outcome.error is not None:
                reporter.print(f"woo: error: {outcome.error}", sys.stderr)
                if args.json:
                    reporter.print(json.dumps({"document": name, "error": outcome.error}, ensure_ascii=False),
                                   sys.stdout)
                status = EXIT_FAILED_INPUT
            elif outcome.output is not None:
                reporter.print(outcome.output, sys.stdout)
            reporter.done()
    finally:
        reporter.close()
    return status


def _write_atomically(out: Path, text: str) -> None:
    # Write next to the target and rename: a reader never sees a half-written publication.
    fd, tmp = tempfile.mkstemp(dir=out.parent if str(out.parent) else ".", prefix=".woo-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)  # never a half-written or orphaned file beside the target
        raise


def _cmd_redact(args: argparse.Namespace) -> int:
    if len(args.files) > 1 or (args.output and Path(args.output).is_dir()):
        return _redact_into_directory(args)
    try:
        text = read_text_document(args.files[0], args.max_bytes)
    except WooError as exc:
        print(f"woo: error: {exc}", file=sys.stderr)
        return EXIT_FAILED_INPUT
    result = _redactor(args).redact(text)
    if args.output:
        _write_atomically(Path(args.output), result.text)
    else:
        sys.stdout.write(result.text)
    return EXIT_OK


def _redact_into_directory(args: argparse.Namespace) -> int:
    """Several files: each published text to ``DIR/<its file name>``, input order, one line per failure."""
    if not args.output:
        raise UsageError("several files need an output directory (-o DIR) / meerdere bestanden vragen om -o MAP")
    directory = Path(args.output)
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{directory}: is not a directory / is geen map")
    seen: dict[str, str] = {}
    for name in args.files:
        other = seen.setdefault(Path(name).name, name)
        if other != name:
            raise UsageError(f"{other} and {name} would both be written to {directory / Path(name).name}"
                             " / zouden hetzelfde uitvoerbestand krijgen")
    directory.mkdir(parents=True, exist_ok=True)
    redactor = _redactor(args)

    def work(engine: Redactor, name: str) -> _Outcome:
        target = directory / Path(name).name
        try:
            text = read_text_document(name, args.max_bytes)
            if target.exists() and target.resolve() == Path(name).resolve():
                return _Outcome(error=f"{name}: output would overwrite the input / uitvoer zou de invoer "
                                      "overschrijven")
        except WooError as exc:
            return _Outcome(error=str(exc))
        published = engine.redact(text).text
        try:
            _write_atomically(target, published)
        except OSError as exc:
            return _Outcome(error=f"{target}: cannot be written ({exc.strerror}) / niet te schrijven")
        return _Outcome()

    status = EXIT_OK
    reporter = _Reporter(len(args.files))
    try:
        for outcome in redactor.map_ordered(work, args.files, args.jobs):
            if outcome.error is not None:
                reporter.print(f"woo: error: {outcome.error}", sys.stderr)
                status = EXIT_FAILED_INPUT
            reporter.done()
    finally:
        reporter.close()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    warnings.formatwarning = _one_line_warning  # type: ignore[assignment]
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _build_parser(with_review=_needs_review_parser(argv))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="woo: %(levelname)s: %(message)s")
    try:
        if args.command == "analyze":
            return _cmd_analyze(args)
        if args.command == "review":
            from redaction.review.cli import run_review

            return run_review(args)
        return _cmd_redact(args)
    except WooError as exc:
        print(f"woo: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback with document content for the user
        if os.environ.get("WOO_DEBUG"):
            raise
        print(f"woo: internal error ({exc.__class__.__name__}); rerun with WOO_DEBUG=1 for details",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
