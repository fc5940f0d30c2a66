"""The review cockpit as a FastAPI app: server-rendered pages, a little JavaScript, one store.

Security in one place:
- One `APIRouter` per area (`routes/auth.py`, `batches.py`, `documents.py`, `accounts.py`); the
  login, role and CSRF checks are dependencies (`deps.py`) declared on the router or route, and a
  test walks every route to prove none lacks them.
- Sessions live on the server (`redaction.review.accounts`): the signed cookie (Starlette's
  SessionMiddleware: HttpOnly, SameSite=Lax, Secure over https) carries a random session token,
  the CSRF token and flash messages. Logout, a new password and deactivation end the session in
  the store, so a copied cookie is useless afterwards; an idle session ends after a while.
- Failed logins are counted in the store per (username, client) and per client, so several
  workers share one limit and spraying many usernames from one client is slowed too.
- Templates autoescape; the Content-Security-Policy allows only our own script and style.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.middleware.sessions import SessionMiddleware

from redaction.policy.grounds import GROUNDS
from redaction.policy.model import load_policy
from redaction.review.audit import shown_time
from redaction.review.store import ROLES, ReviewStore
from redaction.review.web import security, view
from redaction.review.web.deps import (
    MESSAGES,
    Cockpit,
    HttpProblem,
    LoginRequired,
    Settings,
    flash,
    page,
    wants_json,
)
from redaction.review.web.pageview import PageModels, reject_choice
from redaction.review.web.routes import accounts, auth, batches, documents

SESSION_COOKIE = "woo_sessie"
SESSION_MAX_AGE = 8 * 3600  # one working day, also on the server
IDLE_TIMEOUT = 30 * 60  # unused this long, a session ends (a screen left open at lunch)
TEMPLATES_DIR = resources.files("redaction.review.web") / "templates"
STATIC_DIR = resources.files("redaction.review.web") / "static"


def _templates() -> Jinja2Templates:
    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True, undefined=StrictUndefined, trim_blocks=True,
        lstrip_blocks=True,
    )  # fmt: skip
    environment.filters["exact"] = view.exact_text
    environment.filters["tijd"] = shown_time
    environment.filters["datum"] = view.date_nl
    environment.globals.update(
        STATUS_NL=view.STATUS_NL, HELD_NL=view.HELD_NL, STATE_NL=view.STATE_NL, DECISION_NL=view.DECISION_NL,
        ROLE_NL=view.ROLE_NL,
        entity_class=view.entity_class, entity_label=view.entity_label, ground_label=view.ground_label,
        span_tip=view.span_tip, reject_choice=reject_choice, GROUNDS=GROUNDS, categories=view.categories,
        legend=view.legend, ROLES=ROLES,
        csrf_field=security.CSRF_FIELD,
    )  # fmt: skip
    return Jinja2Templates(env=environment)


def create_app(
    store_url: str | None = None,
    policy_path: str | None = None,
    *,
    session_secret: str | None = None,
    secure_cookies: bool | None = None,
    max_failed_logins: int = 5,
    max_failed_logins_per_client: int = 20,
    lockout_seconds: int = 900,
    idle_timeout_seconds: int | None = None,
    restricted_dir: str | None = None,
    public_dir: str | None = None,
) -> FastAPI:
    """The cockpit on the review store at ``store_url`` ($WOO_REVIEW_DB, else the default SQLite file).

    ``policy_path`` ($WOO_POLICY, else the shipped policy) decides four eyes. ``secure_cookies``
    marks the session cookie Secure; None reads $WOO_COOKIE_SECURE (set it behind an https proxy).
    ``idle_timeout_seconds`` (else $WOO_SESSION_IDLE_MINUTES, else 30 minutes) ends unused sessions.
    ``public_dir`` ($WOO_PUBLIC, else var/public) is where the publication step writes the public
    files the cockpit links to.
    """
    store = ReviewStore(store_url)
    four_eyes = load_policy(policy_path or os.environ.get("WOO_POLICY")).review.four_eyes
    secret = session_secret or security.session_secret(restricted_dir)
    if secure_cookies is None:
        secure_cookies = os.environ.get("WOO_COOKIE_SECURE", "").lower() in ("1", "true", "yes", "ja")
    if idle_timeout_seconds is None:
        minutes = os.environ.get("WOO_SESSION_IDLE_MINUTES", "")
        idle_timeout_seconds = int(minutes) * 60 if minutes.isdigit() else IDLE_TIMEOUT
    settings = Settings(
        four_eyes=four_eyes, secret=secret, max_failed_logins=max_failed_logins,
        max_failed_logins_per_client=max_failed_logins_per_client, lockout_seconds=lockout_seconds,
        idle_seconds=idle_timeout_seconds, max_session_seconds=SESSION_MAX_AGE,
        public_dir=Path(public_dir or os.environ.get("WOO_PUBLIC") or "var/public"),
    )  # fmt: skip

    app = FastAPI(title="Woo-beoordeling", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.state.four_eyes = four_eyes
    # The page models and originals of PDFs and scans are in the restricted area, as the pipeline
    # keeps them ($WOO_RESTRICTED, as pipelines/definitions.py reads it).
    restricted = Path(restricted_dir or os.environ.get("WOO_RESTRICTED") or "var/restricted")
    app.state.cockpit = Cockpit(store, _templates(), settings, PageModels(restricted))
    app.add_middleware(
        SessionMiddleware, secret_key=secret, session_cookie=SESSION_COOKIE, max_age=SESSION_MAX_AGE,
        same_site="lax", https_only=secure_cookies,
    )  # fmt: skip

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith("/static/"):
            # Pages hold unredacted text: never keep them in a browser or proxy cache.
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired) -> Response:
        if request.method == "GET" and not wants_json(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='/')}", status_code=303)
        return JSONResponse({"ok": False, "message": MESSAGES["login_required"]}, status_code=401)

    @app.exception_handler(HttpProblem)
    async def problem(request: Request, exc: HttpProblem) -> Response:
        if wants_json(request):
            return JSONResponse({"ok": False, "message": exc.message, "code": exc.code}, status_code=exc.status)
        if request.method == "POST" and exc.code != "W604" and exc.status in (400, 403, 409):
            # A refused form action: back to the page it came from, with the message on top.
            flash(request, "fout", exc.message)
            referer = request.headers.get("referer", "")
            back = referer if referer.startswith(str(request.base_url)) else "/"
            return RedirectResponse(back, status_code=303)
        return page(request, "problem.html", {"message": exc.message, "status": exc.status}, exc.status)

    @app.get("/entities.css")
    async def entity_colours() -> Response:
        # No login: the colours per entity are the same for everyone and name no document.
        return PlainTextResponse(view.entity_stylesheet(), media_type="text/css")

    for area in (auth, batches, documents, accounts):
        app.include_router(area.router)
    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` with several workers: everything from the environment."""
    return create_app(os.environ.get("WOO_REVIEW_DB"), os.environ.get("WOO_POLICY"))
