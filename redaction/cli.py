"""The `woo` command: analyse and redact Dutch documents for Woo publication.

    woo analyze FILE... [--json] [--policy POLICY.yaml]
    woo redact FILE [-o OUT] [--policy POLICY.yaml]
    woo review list|show|accept|reject|add|approve|reopen|audit ...   (see redaction/review/cli.py)

Errors are one line on stderr with a non-zero exit; a batch goes on past a bad file and reports it.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path

from redaction.decisions import decisions_to_jsonl
from redaction.errors import WooError
from redaction.textio import MAX_INPUT_BYTES, read_text_document

EXIT_OK = 0
EXIT_FAILED_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


def _one_line_warning(message: Warning | str, category: type[Warning], *_: object, **__: object) -> str:
    return f"woo: warning: {message}\n"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="woo", description="Woo-redactie van Nederlandse documenten.")
    parser.add_argument("--policy", help="policy YAML (default: the shipped default policy)")
    parser.add_argument("--max-bytes", type=int, default=MAX_INPUT_BYTES, help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (counts only)")
    sub = parser.add_subparsers(dest="command", required=True)

    analyze = sub.add_parser("analyze", help="detect and decide; list every span")
    analyze.add_argument("files", nargs="+", metavar="FILE")
    analyze.add_argument("--json", action="store_true", help="one JSON object per file per line")

    redact = sub.add_parser("redact", help="write the publishable text with marks and Noot")
    redact.add_argument("file", metavar="FILE")
    redact.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")

    from redaction.review.cli import add_review_parser

    add_review_parser(sub)
    return parser


def _redactor(args: argparse.Namespace):
    from redaction.engine import Redactor

    return Redactor(policy=args.policy)


def _cmd_analyze(args: argparse.Namespace) -> int:
    redactor = _redactor(args)
    status = EXIT_OK
    for name in args.files:
        try:
            text = read_text_document(name, args.max_bytes)
        except WooError as exc:
            print(f"woo: error: {exc}", file=sys.stderr)
            if args.json:
                print(json.dumps({"document": name, "error": str(exc)}, ensure_ascii=False), flush=True)
            status = EXIT_FAILED_INPUT
            continue
        decisions = redactor.analyze(text)
        if args.json:
            print(decisions_to_jsonl(name, decisions), flush=True)
        else:
            redact = sum(d.is_redaction for d in decisions)
            print(f"{name}: {redact} weglakken, {len(decisions) - redact} behouden")
            for d in decisions:
                ground = d.ground or "-"
                print(f"  {d.start:>6}-{d.end:<6} {d.decision:<6} {ground:<7} {d.entity:<14} "
                      f"{d.text!r}  ({d.reason})")
    return status


def _cmd_redact(args: argparse.Namespace) -> int:
    try:
        text = read_text_document(args.file, args.max_bytes)
    except WooError as exc:
        print(f"woo: error: {exc}", file=sys.stderr)
        return EXIT_FAILED_INPUT
    result = _redactor(args).redact(text)
    if args.output:
        out = Path(args.output)
        # Write next to the target and rename: a reader never sees a half-written publication.
        fd, tmp = tempfile.mkstemp(dir=out.parent if str(out.parent) else ".", prefix=".woo-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(result.text)
        os.replace(tmp, out)
    else:
        sys.stdout.write(result.text)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    warnings.formatwarning = _one_line_warning  # type: ignore[assignment]
    parser = _build_parser()
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
