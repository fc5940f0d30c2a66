"""`woo review ...`: the review store from the command line (the web cockpit does the same in a browser).

    woo review list [--batch B] [--all]
    woo review show DOC
    woo review accept DOC SPAN... [--ground G]     (also: --value TEXT [--batch-wide])
    woo review reject DOC SPAN...                  (also: --value TEXT [--batch-wide])
    woo review add DOC START END [--ground G] [--entity E]
    woo review approve DOC...
    woo review reopen DOC
    woo review audit BATCH [-o FILE]

DOC is a document id or its Documentnummer. Every action is recorded in the audit log under the
name given with ``--as`` (default: $WOO_REVIEWER, else the login name).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from redaction.policy.model import load_policy
from redaction.review.store import ReviewStore

STATUS_NL = {"in_review": "te beoordelen", "approved": "goedgekeurd", "published": "gepubliceerd",
             "not_processed": "niet verwerkt"}  # fmt: skip


def add_review_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    review = sub.add_parser("review", help="review queue: list, show, accept, reject, add, approve")
    review.add_argument("--db", help="review store URL (default: $WOO_REVIEW_DB or var/restricted/review.db)")
    review.add_argument("--as", dest="actor", help="your name in the audit log")
    actions = review.add_subparsers(dest="review_command", required=True)

    listing = actions.add_parser("list", help="documents per batch, riskiest first")
    listing.add_argument("--batch")
    listing.add_argument("--all", action="store_true", help="also approved, published and not processed")

    show = actions.add_parser("show", help="every proposed decision of one document")
    show.add_argument("document")

    for name in ("accept", "reject"):
        act = actions.add_parser(name, help=f"{name} proposals by span id or by value")
        act.add_argument("document")
        act.add_argument("spans", nargs="*", type=int, metavar="SPAN")
        act.add_argument("--value", help="every occurrence of this value")
        act.add_argument("--batch-wide", action="store_true", help="with --value: in the whole batch")
        act.add_argument("--ground", help="Woo ground to use for a redaction (e.g. 5.1.1d)")

    add = actions.add_parser("add", help="add a redaction the engine missed")
    add.add_argument("document")
    add.add_argument("start", type=int)
    add.add_argument("end", type=int)
    add.add_argument("--ground", default="5.1.2e")
    add.add_argument("--entity", default="PERSON")
    add.add_argument("--category", default="naam")

    approve = actions.add_parser("approve", help="approve documents for publication")
    approve.add_argument("documents", nargs="+", metavar="DOC")

    reopen = actions.add_parser("reopen", help="withdraw an approval before publication")
    reopen.add_argument("document")

    audit = actions.add_parser("audit", help="audit log of a batch as CSV")
    audit.add_argument("batch")
    audit.add_argument("-o", "--output")


def run_review(args: argparse.Namespace) -> int:
    store = ReviewStore(args.db)
    actor = args.actor or os.environ.get("WOO_REVIEWER") or getpass.getuser()
    command = args.review_command
    if command == "list":
        statuses = None if args.all else ["in_review"]
        for q in store.queue(args.batch, statuses=statuses):
            entities = ", ".join(f"{e} {n}" for e, n in sorted(q.per_entity.items())) or "-"
            status = STATUS_NL.get(q.status, q.status)
            extra = f"  [{q.failure_code}] {q.failure_reason}" if q.failure_code else ""
            print(f"{q.number:<18} {q.id}  {status:<14} weglakken {q.redactions:>3}  absoluut {q.absolute:>2}  "
                  f"onzeker {q.low_confidence:>2}  beoordeeld {q.reviewed:>3}  ({entities}){extra}")
        return 0
    if command == "show":
        doc = store.document(store.find_document(args.document))
        print(f"{doc.number} ({doc.kind}, {STATUS_NL.get(doc.status, doc.status)}), {len(doc.spans)} spans")
        for sp in doc.spans:
            context = doc.text[max(0, sp.start - 30) : sp.end + 30].replace("\n", " ")
            print(f"  #{sp.id:<5} {sp.start:>6}-{sp.end:<6} {sp.decision:<6} {sp.ground or '-':<7} {sp.entity:<14} "
                  f"{sp.state:<9} {sp.text!r}  … {context} …  ({sp.reason})")
        return 0
    if command in ("accept", "reject"):
        doc_id = store.find_document(args.document)
        changed = 0
        if args.value:
            scope = "batch" if args.batch_wide else "document"
            changed += store.set_value(doc_id, args.value, command, actor, scope=scope, ground=args.ground)
        for span_id in args.spans:
            store.set_span(span_id, command, actor, ground=args.ground)
            changed += 1
        print(f"{changed} voorstel(len) {'geaccepteerd' if command == 'accept' else 'afgewezen'}")
        return 0
    if command == "add":
        span = store.add_span(store.find_document(args.document), args.start, args.end, actor,
                              entity=args.entity, ground=args.ground, category=args.category)
        print(f"weglakking #{span.id} toegevoegd ({span.ground})")
        return 0
    if command == "approve":
        four_eyes = load_policy(args.policy).review.four_eyes
        for document in args.documents:
            store.approve(store.find_document(document), actor, four_eyes=four_eyes)
        print(f"{len(args.documents)} document(en) goedgekeurd voor publicatie")
        return 0
    if command == "reopen":
        store.reopen(store.find_document(args.document), actor)
        print("goedkeuring ingetrokken")
        return 0
    if command == "audit":
        data = store.audit_csv(args.batch)
        if args.output:
            Path(args.output).write_text(data, encoding="utf-8")
        else:
            sys.stdout.write(data)
        return 0
    raise AssertionError(command)  # argparse only lets known commands through
