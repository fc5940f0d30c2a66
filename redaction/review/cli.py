"""`woo review ...`: the review store from the command line (the web cockpit does the same in a browser).

    woo review list [--batch B] [--all]
    woo review show DOC
    woo review accept DOC SPAN... [--ground G]     (also: --value TEXT [--batch-wide])
    woo review reject DOC SPAN...                  (also: --value TEXT [--batch-wide])
    woo review add DOC START END [--ground G] [--entity E]
    woo review approve DOC...
    woo review reopen DOC
    woo review audit BATCH [-o FILE]
    woo review serve [--host 127.0.0.1] [--port 8000] [--workers N] [--ssl-certfile F --ssl-keyfile F]
    woo review users add NAME --role reviewer|approver|admin [--password-stdin]
    woo review users list | deactivate NAME | activate NAME | role NAME ROLE | password NAME [--password-stdin]

DOC is a document id or its Documentnummer. Every action is recorded in the audit log under the
name given with ``--as`` (default: $WOO_REVIEWER, else the login name).

A password is never a command-line argument (it would end up in the shell history and in `ps`):
it is asked twice at a prompt, or read from stdin with ``--password-stdin``, or from
$WOO_NEW_PASSWORD for scripts.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from redaction.policy.model import load_policy
from redaction.review.store import ROLES, AccountError, ReviewError, ReviewStore

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

    audit = actions.add_parser("audit", help="audit log of a batch (or of all account changes) as CSV")
    audit.add_argument("batch", nargs="?")
    audit.add_argument("--accounts", action="store_true", help="every change to an account instead of a batch")
    audit.add_argument("-o", "--output")

    serve = actions.add_parser("serve", help="start the review cockpit (web) on this store")
    serve.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1: only this machine")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="worker processes (they share store and secret)")
    serve.add_argument("--ssl-certfile", help="serve https (session cookie marked Secure)")
    serve.add_argument("--ssl-keyfile")
    serve.add_argument("--behind-proxy", metavar="PROXY_IP",
                       help="trust X-Forwarded-For/-Proto from this TLS proxy (client addresses for the login "
                            "rate limit; cookies marked Secure)")  # fmt: skip

    users = actions.add_parser("users", help="accounts of the review cockpit")
    user_actions = users.add_subparsers(dest="users_command", required=True)
    user_add = user_actions.add_parser("add", help="create an account (password asked, never an argument)")
    user_add.add_argument("username")
    user_add.add_argument("--role", choices=ROLES, required=True)
    user_add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    user_actions.add_parser("list", help="accounts and roles")
    for name in ("deactivate", "activate"):
        toggle = user_actions.add_parser(name, help=f"{name} an account")
        toggle.add_argument("username")
    role = user_actions.add_parser("role", help="change the role of an account")
    role.add_argument("username")
    role.add_argument("role", choices=ROLES)
    password = user_actions.add_parser("password", help="set a new password")
    password.add_argument("username")
    password.add_argument("--password-stdin", action="store_true", help="read the password from stdin")


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    from_env = os.environ.get("WOO_NEW_PASSWORD")
    if from_env:
        return from_env
    first = getpass.getpass("Wachtwoord: ")
    if getpass.getpass("Herhaal het wachtwoord: ") != first:
        raise AccountError("the passwords do not match")
    return first


def _hashed_password(args: argparse.Namespace) -> str:
    from redaction.review.web.security import hash_password

    try:
        return hash_password(_read_password(args))
    except ValueError as exc:
        raise AccountError(str(exc)) from None


def run_users(store: ReviewStore, args: argparse.Namespace, actor: str) -> int:
    command = args.users_command
    if command == "add":
        user = store.add_user(args.username, _hashed_password(args), args.role, actor=actor)
        print(f"gebruiker {user.username} aangemaakt ({user.role})")
    elif command == "list":
        for user in store.users():
            print(f"{user.username:<30} {user.role:<9} {'actief' if user.active else 'inactief'}")
    elif command in ("deactivate", "activate"):
        store.update_user(args.username, actor, active=command == "activate")
        print(f"gebruiker {args.username} {'geactiveerd' if command == 'activate' else 'gedeactiveerd'}")
    elif command == "role":
        store.update_user(args.username, actor, role=args.role)
        print(f"gebruiker {args.username} heeft nu de rol {args.role}")
    elif command == "password":
        store.update_user(args.username, actor, password_hash=_hashed_password(args))
        print(f"wachtwoord van {args.username} gewijzigd")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Start uvicorn on the cockpit. Settings travel to the worker processes through the environment."""
    import uvicorn

    from redaction.review.web.security import session_secret

    if args.db:
        os.environ["WOO_REVIEW_DB"] = args.db
    if getattr(args, "policy", None):
        os.environ["WOO_POLICY"] = args.policy
    if args.ssl_certfile or args.behind_proxy:
        os.environ["WOO_COOKIE_SECURE"] = "1"
    # Migrate and create the session secret once, before several workers could race for them.
    ReviewStore(args.db).close()
    session_secret()
    if args.host not in ("127.0.0.1", "localhost", "::1") and not (args.ssl_certfile or args.behind_proxy):
        print("woo: warning: serving on a network address without https; put a TLS proxy in front and set "
              "WOO_COOKIE_SECURE=1", file=sys.stderr)  # fmt: skip
    uvicorn.run(
        "redaction.review.web.app:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
        ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile, log_level="info",
        # Behind a proxy every request comes from the proxy: without its headers one attacker's
        # failed logins would lock out everyone (the rate limit is per user and client address).
        proxy_headers=bool(args.behind_proxy), forwarded_allow_ips=args.behind_proxy or "127.0.0.1",
    )  # fmt: skip
    return 0


def run_review(args: argparse.Namespace) -> int:
    if args.review_command == "serve":
        return run_serve(args)
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
    if command == "users":
        return run_users(store, args, actor)
    if command == "audit":
        if not args.accounts and not args.batch:
            raise ReviewError("name a batch, or use --accounts for the changes to accounts")
        data = store.accounts_audit_csv() if args.accounts else store.audit_csv(args.batch)
        if args.output:
            Path(args.output).write_text(data, encoding="utf-8")
        else:
            sys.stdout.write(data)
        return 0
    raise AssertionError(command)  # argparse only lets known commands through
